import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useAwaitingDecisions } from '@/features/dashboard/api/get-awaiting-decisions';
import { SponsorDashboard } from '@/features/dashboard/components/sponsor-dashboard';
import { formatDate, formatEstimate, formatMoney, formatRatio, todayIso } from '@/lib/format';

function AwaitingDecisions({ projectId }: { projectId: string }) {
  const query = useAwaitingDecisions();
  if (query.isPending) return <LoadingState label="Loading the decisions awaiting…" />;
  if (query.isError) return <ErrorState title="The decisions could not be loaded." error={query.error} onRetry={() => void query.refetch()} />;
  const rows = query.data.projects.nodes
    .filter((project) => projectId === '' || project.id === projectId)
    .flatMap((project) => project.investments.nodes.map((investment) => ({ project, investment })));
  return (
    <section className="project-section" aria-labelledby="report-decisions-heading">
      <h2 id="report-decisions-heading">Decisions awaiting the sponsor</h2>
      {rows.length === 0 ? (
        <p className="empty">No investment awaits a decision.</p>
      ) : (
        <div className="table-scroll">
        <table className="data-table" aria-label="Decisions awaiting the sponsor">
          <thead>
            <tr>
              <th scope="col">Investment</th>
              <th scope="col">Project</th>
              <th scope="col" className="num">
                Cost per year
              </th>
              <th scope="col" className="num">
                Would avoid per year
              </th>
              <th scope="col" className="num">
                Return
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ project, investment }) => (
              <tr key={investment.id}>
                <th scope="row">
                  <Link to={`/projects/${project.id}/investments`}>{investment.name}</Link>
                  <span className="cell-detail">proposed by {investment.proposedBy}</span>
                </th>
                <td>{project.key}</td>
                <td className="num">{formatMoney(investment.annualizedCost)}</td>
                <td className="num">{formatEstimate(investment.expectedLossAvoided)}</td>
                <td className="num">{investment.returnOnInvestment == null ? '—' : formatRatio(investment.returnOnInvestment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

/** A one-page report a sponsor can send on: the headline, the figures and charts, and the decisions awaiting. */
export function SponsorReport() {
  const [params] = useSearchParams();
  const projectId = params.get('project') ?? '';
  return (
    <div className="sponsor-report">
      <p className="muted">
        Prepared {formatDate(todayIso())} from Averted. Realized losses and costs are exact; expected losses and simulated figures are
        estimates, rounded to 3 significant figures.
      </p>
      <p className="no-print">
        <button type="button" className="button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>
      <SponsorDashboard />
      <AwaitingDecisions projectId={projectId} />
    </div>
  );
}
