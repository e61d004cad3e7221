import { useNavigate, useParams } from 'react-router';
import { LoadingState } from '@/components/query-state';
import { useRiskOptions } from '@/features/risks/api/get-risk-options';
import { RiskCreateForm } from '@/features/risks/components/risk-create-form';
import { ProjectFrame } from '@/app/routes/project-frame';

/** `/projects/:projectId/risks/new`: a new risk; after saving, its page. */
export function RiskNewRoute() {
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const options = useRiskOptions(projectId);
  return (
    <ProjectFrame projectId={projectId}>
      {(project, permissions) => (
        <>
          <title>{`New risk · ${project.key} · Averted`}</title>
          <h1>New risk in {project.name}</h1>
          {!permissions.editRegister ? (
            <p>Only the project's managers add risks.</p>
          ) : !options.data?.project ? (
            <LoadingState label="Loading the project's members…" />
          ) : (
            <RiskCreateForm
              projectId={projectId}
              currency={project.currency}
              options={{ members: options.data.project.members, milestones: options.data.project.milestones.nodes }}
              onCreated={(risk) => void navigate(`/risks/${risk.id}`)}
              onCancel={() => void navigate(`/projects/${projectId}/risks`)}
            />
          )}
        </>
      )}
    </ProjectFrame>
  );
}
