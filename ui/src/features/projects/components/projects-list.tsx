import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useMyProjects } from '@/features/projects/api/get-projects';
import { humanize } from '@/lib/format';

/** "My projects": every project the viewer is a member of (admins: all), each linking to its page. */
export function ProjectsList() {
  const projects = useMyProjects();

  if (projects.isPending) {
    return <LoadingState label="Loading projects…" />;
  }
  if (projects.isError) {
    return (
      <ErrorState
        title="The projects could not be loaded."
        error={projects.error}
        onRetry={() => void projects.refetch()}
      />
    );
  }

  const { nodes, totalCount } = projects.data.projects;
  if (nodes.length === 0) {
    return (
      <p className="empty">
        You are not a member of any project yet. Ask an administrator to add you to one.
      </p>
    );
  }

  return (
    <>
      <p className="count">
        {totalCount === 1 ? '1 project' : `${totalCount} projects`}
        {totalCount > nodes.length && `, showing the first ${nodes.length}`}
      </p>
      <div className="table-scroll">
        <table className="data-table" aria-label="My projects">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Currency</th>
              <th scope="col">My role</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((project) => (
              <tr key={project.id}>
                <td className="mono">{project.key}</td>
                <td>
                  <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.name}</Link>
                </td>
                <td>
                  <span className={`badge badge--${project.status.toLowerCase()}`}>{humanize(project.status)}</span>
                </td>
                <td>{project.currency}</td>
                <td>{project.myRole ? humanize(project.myRole) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
