import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useProjectMilestones } from '@/features/milestones/api/get-milestones';
import { GateBadge } from '@/features/milestones/components/gate-badge';
import { milestoneOverdue } from '@/features/milestones/lib/milestone-time';
import { formatDate, humanize } from '@/lib/format';

interface MilestonesProps {
  projectId: string;
  /** Offers "New milestone" to those who plan milestones. */
  canPlan?: boolean;
}

/** A project's milestones by due date, with their quality gates; the gates in the way stand out. */
export function Milestones({ projectId, canPlan = false }: MilestonesProps) {
  const milestones = useProjectMilestones(projectId);

  let content: ReactNode;
  if (milestones.isPending) {
    content = <LoadingState label="Loading milestones…" />;
  } else if (milestones.isError) {
    content = (
      <ErrorState
        title="The milestones could not be loaded."
        error={milestones.error}
        onRetry={() => void milestones.refetch()}
      />
    );
  } else if (!milestones.data.project) {
    content = <p className="empty">Project not found.</p>;
  } else if (milestones.data.project.milestones.nodes.length === 0) {
    content = <p className="empty">No milestones are planned for this project yet.</p>;
  } else {
    const { nodes, totalCount } = milestones.data.project.milestones;
    content = (
      <>
        {totalCount > nodes.length && (
          <p className="count">
            Showing the first {nodes.length} of {totalCount} milestones
          </p>
        )}
        <div className="table-scroll">
          <table className="data-table" aria-label="Milestones">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Quality gates</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((milestone) => {
                const inTheWay = new Set(milestone.gatesInTheWay.map((gate) => gate.id));
                return (
                  <tr key={milestone.id}>
                    <th scope="row" className="row-title">
                      <Link to={`/projects/${projectId}/milestones/${milestone.id}`}>{milestone.name}</Link>
                      <span className="cell-detail">{humanize(milestone.kind)}</span>
                    </th>
                    <td className="nowrap">
                      {formatDate(milestone.dueDate)}
                      {milestoneOverdue(milestone) && <span className="badge badge--overdue">Overdue</span>}
                    </td>
                    <td>
                      <span className={`badge badge--${milestone.status.toLowerCase()}`}>{humanize(milestone.status)}</span>
                    </td>
                    <td>
                      {milestone.gates.length === 0 ? (
                        <span className="muted">No gates</span>
                      ) : (
                        <ul className="gates" aria-label={`Gates of ${milestone.name}`}>
                          {milestone.gates.map((gate) => (
                            <li key={gate.id}>
                              <GateBadge gate={gate} inTheWay={inTheWay.has(gate.id)} />
                            </li>
                          ))}
                        </ul>
                      )}
                      {inTheWay.size > 0 && (
                        <p className="gates__summary">
                          {inTheWay.size === 1 ? '1 blocking gate' : `${inTheWay.size} blocking gates`} in the way of
                          completion
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  return (
    <section className="project-section" aria-labelledby="milestones-heading">
      <div className="section-head">
        <h2 id="milestones-heading">Milestones</h2>
        {canPlan && (
          <Link className="button" to={`/projects/${projectId}/milestones/new`}>
            New milestone
          </Link>
        )}
      </div>
      {content}
    </section>
  );
}
