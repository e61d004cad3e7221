import { useNavigate, useParams } from 'react-router';
import { MilestoneCreateForm } from '@/features/milestones/components/milestone-create-form';
import { MilestoneDetails } from '@/features/milestones/components/milestone-details';
import { ProjectFrame } from '@/app/routes/project-frame';

/** `/projects/:projectId/milestones/:milestoneId`: a milestone and its gates. */
export function MilestoneRoute() {
  const { projectId = '', milestoneId = '' } = useParams();
  return (
    <ProjectFrame projectId={projectId}>
      {(_project, permissions) => (
        <MilestoneDetails
          projectId={projectId}
          milestoneId={milestoneId}
          canPlan={permissions.planMilestones}
          canRecord={permissions.recordEvidence}
          canWaive={permissions.waiveGate}
        />
      )}
    </ProjectFrame>
  );
}

/** `/projects/:projectId/milestones/new`: a new milestone with its template gates. */
export function MilestoneNewRoute() {
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  return (
    <ProjectFrame projectId={projectId}>
      {(project, permissions) => (
        <>
          <title>{`New milestone · ${project.key} · Averted`}</title>
          <h1>New milestone in {project.name}</h1>
          {permissions.planMilestones ? (
            <MilestoneCreateForm
              projectId={projectId}
              onCreated={(milestone) => void navigate(`/projects/${projectId}/milestones/${milestone.id}`)}
              onCancel={() => void navigate(`/projects/${projectId}`)}
            />
          ) : (
            <p>Only the project's managers plan milestones.</p>
          )}
        </>
      )}
    </ProjectFrame>
  );
}
