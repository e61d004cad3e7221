import type { CostOfQualityMonth } from '@/features/dashboard/api/get-portfolio-economics';

/** One month of prevention against loss: what was spent, what was lost, and both summed so far. */
export interface PreventionLossRow {
  month: string;
  prevention: number;
  loss: number;
  cumulativePrevention: number;
  cumulativeLoss: number;
}

/**
 * Prevention spend and incident loss (external failure) per month, oldest first, with running totals. Months
 * without data are absent from the API and count as zero; sums are in cents so they do not drift.
 */
export function preventionAgainstLoss(months: readonly CostOfQualityMonth[]): PreventionLossRow[] {
  let prevention = 0;
  let loss = 0;
  return [...months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((month) => {
      const spent = Math.round(Number(month.prevention.amount) * 100);
      const lost = Math.round(Number(month.externalFailure.amount) * 100);
      prevention += spent;
      loss += lost;
      return {
        month: month.month,
        prevention: spent / 100,
        loss: lost / 100,
        cumulativePrevention: prevention / 100,
        cumulativeLoss: loss / 100,
      };
    });
}
