import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useProjectMilestones } from '@/features/milestones/api/get-milestones';
import { milestoneOverdue, timelineOf } from '@/features/milestones/lib/milestone-time';
import { formatDate, humanize, todayIso } from '@/lib/format';

interface MilestoneTimelineProps {
  projectId: string;
}

function gateSummary(gates: readonly { status: string }[]): string {
  if (gates.length === 0) return 'no gates';
  const passed = gates.filter((gate) => gate.status === 'PASSED' || gate.status === 'WAIVED').length;
  const failed = gates.filter((gate) => gate.status === 'FAILED').length;
  return `${passed}/${gates.length} gates passed${failed > 0 ? `, ${failed} failed` : ''}`;
}

/**
 * The milestones on a time axis with today marked. Each says its date, status and gates in words;
 * DONE and overdue ones look different and say so.
 */
export function MilestoneTimeline({ projectId }: MilestoneTimelineProps) {
  const milestones = useProjectMilestones(projectId);
  let content;
  if (milestones.isPending) content = <LoadingState label="Loading the timeline…" />;
  else if (milestones.isError)
    content = (
      <ErrorState title="The timeline could not be loaded." error={milestones.error} onRetry={() => void milestones.refetch()} />
    );
  else if (!milestones.data.project || milestones.data.project.milestones.nodes.length === 0)
    content = <p className="empty">No milestones are planned.</p>;
  else {
    const nodes = milestones.data.project.milestones.nodes;
    const today = todayIso();
    const { points, today: todayAt } = timelineOf(nodes, today);
    content = (
      <div className="timeline" role="group" aria-label="Milestones on a timeline">
        <div className="timeline__axis" aria-hidden="true">
          <span className="timeline__today" style={{ left: `${todayAt * 100}%` }}>
            <span className="timeline__today-label">Today</span>
          </span>
          {points.map(({ item, position }) => {
            const state = item.status === 'DONE' ? 'done' : milestoneOverdue(item, today) ? 'overdue' : 'open';
            return <span key={item.id} className={`timeline__dot timeline__dot--${state}`} style={{ left: `${position * 100}%` }} />;
          })}
        </div>
        <ol className="timeline__list">
          {nodes.map((milestone) => {
            const overdue = milestoneOverdue(milestone, today);
            const state = milestone.status === 'DONE' ? 'done' : overdue ? 'overdue' : 'open';
            const inTheWay = milestone.gatesInTheWay.length;
            return (
              <li key={milestone.id} className={`timeline__item timeline__item--${state}`}>
                <span className={`timeline__marker timeline__dot--${state}`} aria-hidden="true" />
                <time dateTime={milestone.dueDate}>{formatDate(milestone.dueDate)}</time>{' '}
                <Link to={`/projects/${projectId}/milestones/${milestone.id}`}>{milestone.name}</Link>{' '}
                <span className={`badge badge--${milestone.status.toLowerCase()}`}>{humanize(milestone.status)}</span>
                {overdue && <span className="badge badge--overdue">Overdue</span>}
                <span className="cell-detail">
                  {gateSummary(milestone.gates)}
                  {inTheWay > 0 && ` · ${inTheWay} blocking ${inTheWay === 1 ? 'gate' : 'gates'} in the way`}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }
  return (
    <section className="project-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {content}
    </section>
  );
}
