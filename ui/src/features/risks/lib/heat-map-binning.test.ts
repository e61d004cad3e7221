import { describe, expect, it } from 'vitest';
import { bandOf, binHeatMap } from '@/features/risks/lib/heat-map-binning';

describe('binHeatMap', () => {
  const risks = [
    { likelihood: 4, impact: 5, residual: { likelihood: 2, impact: 5 } },
    { likelihood: 4, impact: 5, residual: { likelihood: 4, impact: 5 } },
    { likelihood: 1, impact: 1, residual: { likelihood: 1, impact: 1 } },
  ];

  it('counts risks per likelihood and impact, likelihood 5 on top and impact 1 on the left', () => {
    const grid = binHeatMap(risks, (risk) => risk);

    expect(grid).toHaveLength(5);
    expect(grid.map((row) => row[0]?.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(grid[0]?.map((cell) => cell.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(grid[1]?.[4]).toEqual({ likelihood: 4, impact: 5, count: 2 });
    expect(grid[4]?.[0]).toEqual({ likelihood: 1, impact: 1, count: 1 });
    expect(grid.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });

  it('bins by whichever rating it is given, such as the residual one', () => {
    const grid = binHeatMap(risks, (risk) => risk.residual);

    expect(grid[1]?.[4]?.count).toBe(1);
    expect(grid[3]?.[4]?.count).toBe(1);
  });

  it('keeps a risk with a rating outside 1–5 in the nearest cell', () => {
    const grid = binHeatMap([{ likelihood: 7, impact: 0 }], (risk) => risk);

    expect(grid[0]?.[0]?.count).toBe(1);
  });

  it('bands cells by score', () => {
    expect(bandOf(5, 3)).toBe('high');
    expect(bandOf(2, 4)).toBe('medium');
    expect(bandOf(1, 5)).toBe('low');
  });
});
