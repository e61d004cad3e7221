import { describe, expect, it } from 'vitest';
import { keepAssumable, mergeWhatIfCurves, NOTHING_ASSUMED, residualChange, toggleAssumed } from '@/features/investments/lib/what-if';

describe('what-if selection', () => {
  it('switches investments on and off, keeping the ids sorted so the same selection is the same query', () => {
    const one = toggleAssumed(NOTHING_ASSUMED, 'b');
    const two = toggleAssumed(one, 'a');
    expect(two).toEqual(['a', 'b']);
    expect(toggleAssumed(toggleAssumed(NOTHING_ASSUMED, 'a'), 'b')).toEqual(two);
    expect(toggleAssumed(two, 'b')).toEqual(['a']);
    expect(toggleAssumed(['a'], 'a')).toEqual([]);
  });

  it('drops an investment that is now in force, and keeps the same selection object when nothing changed', () => {
    const investments = [
      { id: 'a', status: 'PROPOSED' as const },
      { id: 'b', status: 'APPROVED' as const },
      { id: 'c', status: 'REJECTED' as const },
    ];
    expect(keepAssumable(['a', 'b', 'c'], investments)).toEqual(['a', 'c']);
    const unchanged = ['a', 'c'];
    expect(keepAssumable(unchanged, investments)).toBe(unchanged);
    expect(keepAssumable(['gone'], investments)).toEqual([]);
  });
});

describe('what-if curves', () => {
  const usd = (amount: string) => ({ amount, currency: 'USD' });
  it('puts the three curves on one ascending set of amounts and leaves out zero losses', () => {
    const points = mergeWhatIfCurves({
      inherent: [
        { loss: usd('0'), probability: '0.5' },
        { loss: usd('1000'), probability: '0.4' },
        { loss: usd('100'), probability: '0.45' },
      ],
      current: [{ loss: usd('1000'), probability: '0.3' }],
      whatIf: [
        { loss: usd('1000'), probability: '0.1' },
        { loss: usd('5000'), probability: '0.01' },
      ],
    });
    expect(points).toEqual([
      { loss: 100, inherent: 0.45 },
      { loss: 1000, inherent: 0.4, current: 0.3, whatIf: 0.1 },
      { loss: 5000, whatIf: 0.01 },
    ]);
  });

  it('says how far the residual expected loss moves', () => {
    expect(residualChange('52400.00', '12400.00')).toBe(-40000);
    expect(residualChange(100, 100)).toBe(0);
  });
});
