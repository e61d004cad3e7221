import { describe, expect, it } from 'vitest';
import { changedFields, conflictRows, reapplied, updateInputOf, type RiskValues } from '@/features/risks/lib/risk-edit';

const base: RiskValues = {
  title: 'Wrong source',
  description: '',
  category: 'DATA_INTEGRITY',
  status: 'IDENTIFIED',
  response: 'MITIGATE',
  owner: 'cole',
  milestoneId: '',
  likelihood: '3',
  impact: '5',
  probability: '0.150000',
  lossLow: '20000.00',
  lossHigh: '150000.00',
  nextReviewOn: '2026-12-01',
};

describe('risk edits', () => {
  it('finds only the fields the user really changed (0.15 is 0.150000)', () => {
    const mine = { ...base, probability: '0.15', lossHigh: '180000', owner: 'maria' };

    expect(changedFields(base, mine)).toEqual(['owner', 'lossHigh']);
  });

  it('sends only the changed fields with the version the edit read, emptied fields as null', () => {
    const mine = { ...base, probability: '0.3', impact: '4', nextReviewOn: '' };

    expect(updateInputOf('r1', 7, mine, changedFields(base, mine))).toEqual({
      id: 'r1',
      version: 7,
      probability: '0.3',
      impact: 4,
      nextReviewOn: null,
    });
  });

  it("puts the user's value beside the stored one and tells which fields others changed too", () => {
    const mine = { ...base, probability: '0.3', owner: 'maria' };
    const current = { ...base, probability: '0.2', status: 'MITIGATING' as const };

    expect(conflictRows(base, mine, current)).toEqual([
      { field: 'owner', base: 'cole', mine: 'maria', current: 'cole', changedByOthers: false },
      { field: 'probability', base: '0.150000', mine: '0.3', current: '0.2', changedByOthers: true },
    ]);
  });

  it("re-applies the user's fields on top of the current values, keeping the others' changes", () => {
    const mine = { ...base, probability: '0.3' };
    const current = { ...base, probability: '0.2', status: 'MITIGATING' as const };

    expect(reapplied(current, mine, ['probability'])).toEqual({ ...base, probability: '0.3', status: 'MITIGATING' });
  });
});
