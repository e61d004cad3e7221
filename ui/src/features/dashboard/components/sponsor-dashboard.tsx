import { useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { usePortfolioEconomics, useProjectEconomics } from '@/features/dashboard/api/get-portfolio-economics';
import {
  SIMULATION_SEED,
  SIMULATION_TRIALS,
  usePortfolioLossSimulation,
} from '@/features/dashboard/api/get-portfolio-loss-simulation';
import { SectionBoundary } from '@/components/section-boundary';
import { CurrencySection, type SimulationState } from '@/features/dashboard/components/currency-section';
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

/** The dashboard narrowed to one project: the same sections, over its figures alone. */
function ProjectScope({ projectId }: { projectId: string }) {
  const query = useProjectEconomics(projectId, SIMULATION_TRIALS, SIMULATION_SEED);
  if (query.isPending) return <LoadingState label="Loading the project…" />;
  if (query.isError)
    return <ErrorState title="The project could not be loaded." error={query.error} onRetry={() => void query.refetch()} />;
  const project = query.data.project;
  if (!project) return <p className="empty">There is no such project among yours.</p>;
  const group: PortfolioCurrencyEconomics = {
    currency: project.currency,
    projects: [{ id: project.id, key: project.key, name: project.name }],
    economics: project.economics,
  };
  const simulation: SimulationState = {
    isPending: false,
    isError: false,
    error: null,
    refetch: () => query.refetch(),
    result: project.lossSimulation,
  };
  return (
    <>
      <SectionBoundary name="The headline">
        <DeclinedHeadline groups={[group]} />
      </SectionBoundary>
      <SectionBoundary name={`The ${group.currency} section`}>
        <CurrencySection group={group} simulation={simulation} />
      </SectionBoundary>
    </>
  );
}

/** Chooses the whole portfolio or one project; kept in the address (`?project=`), so it can be shared. */
function ScopePicker({ groups, value, onChange }: { groups: readonly PortfolioCurrencyEconomics[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="field dashboard-scope">
      <label htmlFor="dashboard-scope">Show</label>
      <select id="dashboard-scope" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">The whole portfolio</option>
        {groups.flatMap((group) =>
          group.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.key} {project.name}
            </option>
          )),
        )}
      </select>
    </div>
  );
}

/**
 * The sponsor's view of the portfolio or of one project: per currency, what prevention costs against what
 * incidents cost, the prevention that was declined, cost of quality and the loss exceedance curve.
 */
export function SponsorDashboard() {
  const economics = usePortfolioEconomics();
  const simulation = usePortfolioLossSimulation();
  const [params, setParams] = useSearchParams();
  const projectId = params.get('project') ?? '';

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

  const picker = (
    <ScopePicker
      groups={groups}
      value={projectId}
      onChange={(id) => setParams(id ? { project: id } : {}, { replace: true })}
    />
  );
  if (projectId) {
    return (
      <>
        {picker}
        <ProjectScope projectId={projectId} />
      </>
    );
  }

  return (
    <>
      {picker}
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
          <CurrencySection
            group={group}
            simulation={{
              isPending: simulation.isPending,
              isError: simulation.isError,
              error: simulation.error,
              refetch: () => simulation.refetch(),
              result: simulation.data?.portfolio.currencies.find((other) => other.currency === group.currency)?.lossSimulation,
            }}
          />
        </SectionBoundary>
      ))}
    </>
  );
}
