/** One of the 25 cells: likelihood and impact 1–5. */
export interface HeatCell {
  likelihood: number;
  impact: number;
  count: number;
}

export interface Rated {
  likelihood: number;
  impact: number;
}

export const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * Counts risks per (likelihood, impact) cell of the 5×5 heat map. Rows run from likelihood 5 at
 * the top down to 1, columns from impact 1 to 5, as heat maps are read. A rating outside 1–5
 * (a bad value) is clamped to the nearest cell, so no risk disappears from the count.
 */
export function binHeatMap<T>(risks: readonly T[], ratingOf: (risk: T) => Rated): HeatCell[][] {
  const counts = new Map<string, number>();
  for (const risk of risks) {
    const { likelihood, impact } = ratingOf(risk);
    const key = `${clamp(likelihood)}:${clamp(impact)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...RATINGS].reverse().map((likelihood) =>
    RATINGS.map((impact) => ({ likelihood, impact, count: counts.get(`${likelihood}:${impact}`) ?? 0 })),
  );
}

function clamp(rating: number): number {
  if (!Number.isFinite(rating)) return 1;
  return Math.min(5, Math.max(1, Math.round(rating)));
}

/** The colour band of a cell by its score (likelihood × impact), as the register colours scores. */
export function bandOf(likelihood: number, impact: number): 'low' | 'medium' | 'high' {
  const score = likelihood * impact;
  return score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low';
}
