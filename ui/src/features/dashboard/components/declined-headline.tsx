import type { PortfolioCurrencyEconomics } from '@/features/dashboard/api/get-portfolio-economics';
import { formatMoney, formatTimes } from '@/lib/format';

/** The declined-prevention lines of every currency, largest loss first within each currency. */
export function headlineLines(groups: readonly PortfolioCurrencyEconomics[]) {
  return groups.flatMap((group) =>
    [...group.economics.declinedPrevention]
      .sort((a, b) => Number(b.lossOnMitigatedRisks.amount) - Number(a.lossOnMitigatedRisks.amount))
      .map((line) => {
        const cost = Number(line.annualizedCost.amount);
        const lost = Number(line.lossOnMitigatedRisks.amount);
        return { line, ratio: cost > 0 ? lost / cost : null };
      }),
  );
}

/**
 * The line a sponsor must not miss, first on the page: each declined prevention's refused cost
 * beside the loss that followed, and the ratio ("$2,000.00/yr refused → $52,400.00 lost, 26×").
 */
export function DeclinedHeadline({ groups }: { groups: readonly PortfolioCurrencyEconomics[] }) {
  const lines = headlineLines(groups);
  if (lines.length === 0) return null;
  return (
    <section className="declined declined--alert headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="declined__heading">
        Prevention you declined, and what followed
      </h2>
      <ul className="declined__lines">
        {lines.map(({ line, ratio }) => (
          <li key={line.investment.id} className="declined__line headline__line">
            <strong>{line.investment.name}</strong>: {formatMoney(line.annualizedCost)}/yr refused →{' '}
            <strong className="declined__loss">{formatMoney(line.lossOnMitigatedRisks)} lost</strong>
            {ratio !== null && <>, {formatTimes(ratio)}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
