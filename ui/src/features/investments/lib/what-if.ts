import type { InvestmentStatus } from '@/gql/graphql';

/** Statuses whose investment is not in force, so the what-if can assume it: what adopting it would do. */
export const ASSUMABLE: readonly InvestmentStatus[] = ['PROPOSED', 'REJECTED', 'RETIRED'];

/** The investments a sponsor counts as in force for the what-if: ids, sorted and unique (a stable query key). */
export type WhatIfSelection = readonly string[];

export const NOTHING_ASSUMED: WhatIfSelection = [];

/** Switches one investment on or off. */
export function toggleAssumed(selection: WhatIfSelection, id: string): WhatIfSelection {
  return selection.includes(id) ? selection.filter((other) => other !== id) : [...selection, id].sort();
}

/** Keeps only investments that can still be assumed (one that was approved meanwhile is in force anyway). */
export function keepAssumable(
  selection: WhatIfSelection,
  investments: readonly { id: string; status: InvestmentStatus }[],
): WhatIfSelection {
  const assumable = new Set(investments.filter((i) => ASSUMABLE.includes(i.status)).map((i) => i.id));
  const kept = selection.filter((id) => assumable.has(id));
  return kept.length === selection.length ? selection : kept;
}

interface CurvePoint {
  loss: { amount: string | number; currency: string };
  probability: string | number;
}

/** One point of the what-if chart: the loss (log axis) and each curve's chance of exceeding it. */
export interface WhatIfPoint {
  loss: number;
  inherent?: number;
  current?: number;
  whatIf?: number;
}

/** The three curves on one set of loss amounts, ascending; a log axis cannot show zero, so zeros are left out. */
export function mergeWhatIfCurves(curves: { inherent: CurvePoint[]; current: CurvePoint[]; whatIf: CurvePoint[] }): WhatIfPoint[] {
  const points = new Map<number, WhatIfPoint>();
  for (const key of ['inherent', 'current', 'whatIf'] as const) {
    for (const point of curves[key]) {
      const loss = Number(point.loss.amount);
      if (!(loss > 0)) continue;
      const entry = points.get(loss) ?? { loss };
      entry[key] = Number(point.probability);
      points.set(loss, entry);
    }
  }
  return [...points.values()].sort((a, b) => a.loss - b.loss);
}

/** How much the what-if moves the residual expected loss: what-if minus current (negative: it avoids loss). */
export function residualChange(current: string | number, whatIf: string | number): number {
  return Number(whatIf) - Number(current);
}
