import { ErrorState, LoadingState } from '@/components/query-state';
import { usePortfolioEconomics } from '@/features/dashboard/api/get-portfolio-economics';
import { usePortfolioLossSimulation } from '@/features/dashboard/api/get-portfolio-loss-simulation';
import { SectionBoundary } from '@/components/section-boundary';
import { CurrencySection } from '@/features/dashboard/components/currency-section';
import { DeclinedHeadline } from '@/features/dashboard/components/declined-headline';
import type { PortfolioCurrencyEconomics } from '@/features/dashboard/api/get-portfolio-economics';

/**
 * Currencies by size, never by name: the one with the most projects first, then the one with more declined
 * prevention (amounts of different currencies are never compared, so size is not measured in money).
 */
export function bySize(groups: readonly PortfolioCurrencyEconomics[]): PortfolioCurrencyEconomics[] {
  // a malformed group must not take the page down; its own section says what is wrong with it
  const weight = (g: PortfolioCurrencyEconomics) => (Array.isArray(g.economics.declinedPrevention) ? g.economics.declinedPrevention.length : 0);
  return [...groups].sort((a, b) => b.projects.length - a.projects.length || weight(b) - weight(a) || a.currency.localeCompare(b.currency));
}

/**
 * The sponsor's view of the portfolio: per currency, what prevention costs against what
 * incidents cost, the prevention that was declined, cost of quality and the loss exceedance curve.
 */
export function SponsorDashboard() {
  const economics = usePortfolioEconomics();
  const simulation = usePortfolioLossSimulation();

  if (economics.isPending) {
    return <LoadingState label="Loading the portfolio…" />;
  }
  if (economics.isError) {
    return (
      <ErrorState
        title="The portfolio could not be loaded."
        error={economics.error}
        onRetry={() => void economics.refetch()}
      />
    );
  }

  const groups = bySize(economics.data.portfolio.currencies);
  if (groups.length === 0) {
    return (
      <p className="empty">You are not a member of any project yet. Ask an administrator to add you to one.</p>
    );
  }

  return (
    <>
      <SectionBoundary name="The headline">
        <DeclinedHeadline groups={groups} />
      </SectionBoundary>
      {groups.length > 1 && (
        <p className="muted">
          Your projects are in {groups.length} currencies. Each is shown on its own; nothing is converted or added
          across currencies.
        </p>
      )}
      {groups.map((group) => (
        <SectionBoundary key={group.currency} name={`The ${group.currency} section`}>
          <CurrencySection group={group} simulation={simulation} />
        </SectionBoundary>
      ))}
    </>
  );
}
