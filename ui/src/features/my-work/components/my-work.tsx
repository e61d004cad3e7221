import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useMyWork, type MyWorkData } from '@/features/my-work/api/get-my-work';
import { formatDate, formatEstimate, formatMoney, humanize } from '@/lib/format';

/** What needs doing, from the API's answer: open items (overdue first), gates to record, decisions awaiting. */
export function myWorkOf(data: MyWorkData) {
  const projects = data.projects.nodes;
  const actionItems = data.actionItems
    .filter((item) => item.status === 'OPEN')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const gates = projects
    .filter((project) => project.myRole === 'CONTRIBUTOR')
    .flatMap((project) =>
      project.milestones.nodes.flatMap((milestone) =>
        milestone.gates
          .filter((gate) => gate.status === 'PENDING' || gate.status === 'FAILED')
          .map((gate) => ({ gate, milestone, project })),
      ),
    );
  const decisions = projects
    .filter((project) => project.myRole === 'SPONSOR')
    .flatMap((project) => project.investments.nodes.map((investment) => ({ investment, project })));
  return { actionItems, gates, decisions };
}

/** "My work": the signed-in user's open and overdue action items, gate results to record, investments to decide. */
export function MyWork({ username }: { username: string | undefined }) {
  const query = useMyWork(username);
  if (query.isPending) return <LoadingState label="Loading your work…" />;
  if (query.isError) return <ErrorState title="Your work could not be loaded." error={query.error} onRetry={() => void query.refetch()} />;
  const { actionItems, gates, decisions } = myWorkOf(query.data);
  const roles = new Set(query.data.projects.nodes.map((project) => project.myRole));
  return (
    <>
      {roles.has('SPONSOR') && (
      <section className="project-section" aria-labelledby="my-decisions-heading">
        <h2 id="my-decisions-heading">Investments awaiting your decision</h2>
        {decisions.length === 0 ? (
          <p className="empty">No investment awaits your decision.</p>
        ) : (
          <ul aria-label="Investments awaiting your decision">
            {decisions.map(({ investment, project }) => (
              <li key={investment.id}>
                <Link to={`/projects/${project.id}/investments`}>{investment.name}</Link>{' '}
                <span className="muted">
                  ({project.key}, {formatMoney(investment.annualizedCost)}/yr, would avoid {formatEstimate(investment.expectedLossAvoided)}/yr,
                  proposed by {investment.proposedBy})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      )}
      <section className="project-section" aria-labelledby="my-actions-heading">
        <h2 id="my-actions-heading">Your open action items</h2>
        {actionItems.length === 0 ? (
          <p className="empty">No open action item is yours.</p>
        ) : (
          <ul aria-label="Your open action items">
            {actionItems.map((item) => (
              <li key={item.id}>
                <Link to={`/incidents/${item.incident.id}`}>{item.title}</Link>{' '}
                {item.overdue && <span className="badge badge--overdue">Overdue</span>}{' '}
                <span className="muted">
                  ({item.incident.project.key}, due {formatDate(item.dueDate)}, from “{item.incident.title}”)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {roles.has('CONTRIBUTOR') && (
      <section className="project-section" aria-labelledby="my-gates-heading">
        <h2 id="my-gates-heading">Gate results to record</h2>
        {gates.length === 0 ? (
          <p className="empty">No gate waits for a result from you.</p>
        ) : (
          <ul aria-label="Gate results to record">
            {gates.map(({ gate, milestone, project }) => (
              <li key={gate.id}>
                <Link to={`/projects/${project.id}/milestones/${milestone.id}`}>
                  {gate.name} on {milestone.name}
                </Link>{' '}
                <span className="muted">
                  ({project.key}, {humanize(gate.status)}
                  {gate.blocking ? ', blocking' : ''}, milestone due {formatDate(milestone.dueDate)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      )}
    </>
  );
}
