import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { SectionBoundary } from '@/components/section-boundary';
import type { LossSimulation } from '@/features/dashboard/api/get-portfolio-loss-simulation';
import type { PortfolioCurrencyEconomics } from '@/features/dashboard/api/get-portfolio-economics';
import { CostOfQualityChart } from '@/features/dashboard/components/cost-of-quality-chart';
import { DeclinedPrevention } from '@/features/dashboard/components/declined-prevention';
import { KpiTiles } from '@/features/dashboard/components/kpi-tiles';
import { LossExceedance } from '@/features/dashboard/components/loss-exceedance';
import { PreventionAgainstLossChart } from '@/features/dashboard/components/prevention-against-loss-chart';
import { ReturnPerInvestment } from '@/features/dashboard/components/return-per-investment';

/** Where a loss simulation stands: loading, failed, or its result (null when there is none). */
export interface SimulationState {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
  result: LossSimulation | null | undefined;
}

interface CurrencySectionProps {
  group: PortfolioCurrencyEconomics;
  simulation: SimulationState;
}

/** One currency's projects and their economics. Amounts of different currencies never meet. */
export function CurrencySection({ group, simulation }: CurrencySectionProps) {
  const { currency, projects, economics } = group;
  const headingId = `portfolio-${currency}-heading`;

  return (
    <section className="currency-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{currency} projects</h2>
      <p className="currency-section__projects">
        {projects.length === 1 ? '1 project' : `${projects.length} projects`}:{' '}
        {projects.map((project, index) => (
          <span key={project.id}>
            {index > 0 && ', '}
            <Link to={`/projects/${encodeURIComponent(project.id)}`}>
              <span className="mono">{project.key}</span> {project.name}
            </Link>
          </span>
        ))}
      </p>

      <SectionBoundary name={`The key figures in ${currency}`}>
        <KpiTiles economics={economics} label={`Key figures, ${currency}`} />
      </SectionBoundary>

      <SectionBoundary name="The declined prevention">
        <DeclinedPrevention lines={economics.declinedPrevention} />
      </SectionBoundary>

      <section className="panel" aria-labelledby={`${headingId}-pal`}>
        <h3 id={`${headingId}-pal`}>Prevention against loss over time</h3>
        <SectionBoundary name="The prevention against loss chart">
          <PreventionAgainstLossChart months={economics.costOfQuality} currency={currency} />
        </SectionBoundary>
      </section>

      <section className="panel" aria-labelledby={`${headingId}-roi`}>
        <h3 id={`${headingId}-roi`}>Return per investment in force</h3>
        <SectionBoundary name="The return per investment">
          <ReturnPerInvestment investments={economics.preventionCost.investments} currency={currency} />
        </SectionBoundary>
      </section>

      <div className="dashboard-charts">
        <section className="panel" aria-labelledby={`${headingId}-coq`}>
          <h3 id={`${headingId}-coq`}>Cost of quality per month</h3>
          <SectionBoundary name="The cost of quality chart">
            <CostOfQualityChart months={economics.costOfQuality} currency={currency} />
          </SectionBoundary>
        </section>
        <section className="panel" aria-labelledby={`${headingId}-lec`}>
          <h3 id={`${headingId}-lec`}>Loss exceedance</h3>
          {simulation.isPending ? (
            <LoadingState label="Simulating a year's loss…" />
          ) : simulation.isError && simulation.error ? (
            <ErrorState
              title="The loss simulation could not be loaded."
              error={simulation.error}
              onRetry={() => void simulation.refetch()}
            />
          ) : simulation.result ? (
            <SectionBoundary name="The loss exceedance curve">
              <LossExceedance simulation={simulation.result} currency={currency} />
            </SectionBoundary>
          ) : (
            <p className="empty">No simulation for {currency}.</p>
          )}
        </section>
      </div>
    </section>
  );
}
