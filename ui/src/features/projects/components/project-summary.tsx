import type { ProjectQuery } from '@/gql/graphql';
import { formatDate, humanize } from '@/lib/format';

type Project = NonNullable<ProjectQuery['project']>;

interface ProjectSummaryProps {
  project: Project;
}

/** The head of a project's page: key, name, status, currency, manager and sponsor. */
export function ProjectSummary({ project }: ProjectSummaryProps) {
  return (
    <header className="project-summary">
      <p className="project-summary__key mono">{project.key}</p>
      <h1>{project.name}</h1>
      {project.description && <p className="project-summary__description">{project.description}</p>}
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge badge--${project.status.toLowerCase()}`}>{humanize(project.status)}</span>
          </dd>
        </div>
        <div>
          <dt>Currency</dt>
          <dd>{project.currency}</dd>
        </div>
        <div>
          <dt>Manager</dt>
          <dd>{project.manager?.displayName ?? 'Not assigned'}</dd>
        </div>
        <div>
          <dt>Sponsor</dt>
          <dd>{project.sponsor?.displayName ?? 'Not assigned'}</dd>
        </div>
        {(project.startDate || project.targetDate) && (
          <div>
            <dt>Dates</dt>
            <dd>
              {project.startDate ? formatDate(project.startDate) : '…'} – {project.targetDate ? formatDate(project.targetDate) : '…'}
            </dd>
          </div>
        )}
        {project.myRole && (
          <div>
            <dt>My role</dt>
            <dd>{humanize(project.myRole)}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
