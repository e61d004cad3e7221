import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import type { ProjectQuery } from '@/gql/graphql';
import type { Permissions } from '@/lib/permissions';
import { useProjectContext } from '@/app/use-project-context';

type Project = NonNullable<ProjectQuery['project']>;

interface ProjectFrameProps {
  projectId: string;
  children: (project: Project, permissions: Permissions) => ReactNode;
}

/** Loads a project for one of its pages; says so when it is missing; adds the project's tabs. */
export function ProjectFrame({ projectId, children }: ProjectFrameProps) {
  const { project, permissions } = useProjectContext(projectId);
  if (project.isPending) return <LoadingState label="Loading project…" />;
  if (project.isError)
    return <ErrorState title="The project could not be loaded." error={project.error} onRetry={() => void project.refetch()} />;
  if (!project.data.project) {
    return (
      <>
        <title>Project not found · Averted</title>
        <h1>Project not found</h1>
        <p>There is no project with this id, or you are not a member of it.</p>
        <p>
          <Link to="/">Back to my projects</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <nav aria-label="Project" className="tabs">
        <NavLink to={`/projects/${projectId}`} end>
          Overview
        </NavLink>
        <NavLink to={`/projects/${projectId}/risks`}>Risk register</NavLink>
        <NavLink to={`/projects/${projectId}/investments`}>Investments</NavLink>
        {permissions.reportIncident && <NavLink to={`/projects/${projectId}/incidents/new`}>Report an incident</NavLink>}
      </nav>
      {children(project.data.project, permissions)}
    </>
  );
}
