import { ErrorState, LoadingState } from '@/components/query-state';
import { usePortfolioEconomics } from '@/features/dashboard/api/get-portfolio-economics';
import { usePortfolioLossSimulation } from '@/features/dashboard/api/get-portfolio-loss-simulation';
import { SectionBoundary } from '@/components/section-boundary';
import { CurrencySection } from '@/features/dashboard/components/currency-section';

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

  const groups = economics.data.portfolio.currencies;
  if (groups.length === 0) {
    return (
      <p className="empty">You are not a member of any project yet. Ask an administrator to add you to one.</p>
    );
  }

  return (
    <>
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
