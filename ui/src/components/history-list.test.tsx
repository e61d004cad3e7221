import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { displayValue, HistoryList } from '@/components/history-list';

describe('HistoryList', () => {
  it('shows who changed what when, each field before → after, readable', () => {
    render(
      <HistoryList
        label="History"
        currency="USD"
        moneyFields={['lossHigh']}
        names={{ milestoneId: { 'm-1': 'Cut-over' } }}
        fractionFields={['probability']}
        labels={{ owner: 'Owner' }}
        entries={[
          { actor: 'maria', at: '2026-11-01T10:00:00Z', operation: 'CREATED', changes: [{ field: 'title', after: '"Wrong source"' }] },
          {
            actor: 'cole',
            at: '2026-11-02T10:00:00Z',
            operation: 'UPDATED',
            changes: [
              { field: 'lossHigh', before: '150000.00', after: '180000.00' },
              { field: 'milestoneId', before: null, after: '"m-1"' },
              { field: 'status', before: '"IDENTIFIED"', after: '"MITIGATING"' },
              { field: 'owner', before: null, after: '"cole"' },
              { field: 'next_review_on', before: '"2026-12-01"', after: '"2027-01-15"' },
              { field: 'version', before: '0', after: '1' },
            ],
          },
        ]}
      />,
    );

    const [latest] = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(latest).toHaveTextContent(/cole changed it/);
    expect(latest).toHaveTextContent('Loss high$150,000.00 → $180,000.00');
    expect(latest).toHaveTextContent('StatusIdentified → Mitigating');
    expect(latest).toHaveTextContent('Owner— → cole');
    expect(latest).toHaveTextContent('Milestone id— → Cut-over');
    expect(latest).toHaveTextContent('Next review onDec 1, 2026 → Jan 15, 2027');
    expect(latest).not.toHaveTextContent('Version');
  });

  it('formats fractions as percentages and never throws on odd values', () => {
    expect(displayValue('probability', '0.15', 'USD', [], ['probability'])).toBe('15%');
    expect(displayValue('due_date', '"not a date"', 'USD')).toBe('not a date');
    expect(displayValue('note', 'not json', 'USD')).toBe('not json');
  });
});
