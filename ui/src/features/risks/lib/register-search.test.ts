import { describe, expect, it } from 'vitest';
import { isFiltered, parseRegisterSearch, registerSearchParams } from '@/features/risks/lib/register-search';

describe('register search ↔ URL', () => {
  it('reads every filter and the order from the query string', () => {
    const search = parseRegisterSearch(
      new URLSearchParams(
        'status=IDENTIFIED,MITIGATING&category=SECURITY&owner=cole&milestone=m1&q=snapshot&likelihood=4&impact=5&residualLikelihood=2&residualImpact=5&sort=SCORE&dir=ASC',
      ),
    );

    expect(search).toEqual({
      filter: {
        status: ['IDENTIFIED', 'MITIGATING'],
        category: ['SECURITY'],
        owner: 'cole',
        milestone: 'm1',
        text: 'snapshot',
        likelihood: 4,
        impact: 5,
        residualLikelihood: 2,
        residualImpact: 5,
      },
      orderBy: { field: 'SCORE', direction: 'ASC' },
    });
  });

  it('writes what it reads, so a link round-trips', () => {
    const query = 'status=ACCEPTED&category=COST%2CVENDOR&owner=maria&q=tax+season&likelihood=2&impact=3&residualLikelihood=1&residualImpact=3&sort=NEXT_REVIEW&dir=ASC';
    const search = parseRegisterSearch(new URLSearchParams(query));

    expect(parseRegisterSearch(registerSearchParams(search))).toEqual(search);
  });

  it('opens with the default order and no filter, and leaves both out of the URL', () => {
    const search = parseRegisterSearch(new URLSearchParams(''));

    expect(search).toEqual({ filter: {}, orderBy: { field: 'EXPECTED_LOSS', direction: 'DESC' } });
    expect(registerSearchParams(search).toString()).toBe('');
    expect(isFiltered(search.filter)).toBe(false);
  });

  it('ignores values the API would refuse', () => {
    const search = parseRegisterSearch(new URLSearchParams('status=BOGUS&likelihood=9&impact=x&sort=TITLE&q=%20%20'));

    expect(search.filter).toEqual({});
    expect(search.orderBy).toEqual({ field: 'EXPECTED_LOSS', direction: 'DESC' });
  });
});
