import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { Incidents } from '@/features/incidents/components/incidents';
import { Milestones } from '@/features/milestones/components/milestones';
import { useProject } from '@/features/projects/api/get-project';
import { ProjectSummary } from '@/features/projects/components/project-summary';
import { RegisterCsvActions } from '@/features/register-csv/components/register-csv-actions';
import { RiskRegister } from '@/features/risks/components/risk-register';

/** `/projects/:projectId`: the project's summary, its milestones and incidents, then its risk register. */
export function ProjectRoute() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);

  if (project.isPending) {
    return <LoadingState label="Loading project…" />;
  }
  if (project.isError) {
    return (
      <ErrorState title="The project could not be loaded." error={project.error} onRetry={() => void project.refetch()} />
    );
  }
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

  const { name, key } = project.data.project;
  return (
    <>
      <title>{`${key} ${name} · Averted`}</title>
      <ProjectSummary project={project.data.project} />
      <Milestones projectId={projectId} />
      <Incidents projectId={projectId} />
      <RegisterCsvActions projectId={projectId} />
      <RiskRegister projectId={projectId} />
    </>
  );
}
