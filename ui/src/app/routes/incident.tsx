import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useIncident } from '@/features/incidents/api/get-incident';
import { IncidentDetails } from '@/features/incidents/components/incident-details';
import { IncidentReportForm } from '@/features/incidents/components/incident-report-form';
import { useViewer } from '@/features/viewer/api/get-viewer';
import { permissionsOf } from '@/lib/permissions';
import { ProjectFrame } from '@/app/routes/project-frame';

/** `/incidents/:incidentId`: an incident, its losses, its post-mortem and its action items. */
export function IncidentRoute() {
  const { incidentId = '' } = useParams();
  const incident = useIncident(incidentId);
  const viewer = useViewer();
  if (incident.isPending) return <LoadingState label="Loading the incident…" />;
  if (incident.isError)
    return <ErrorState title="The incident could not be loaded." error={incident.error} onRetry={() => void incident.refetch()} />;
  if (!incident.data.incident) {
    return (
      <>
        <title>Incident not found · Averted</title>
        <h1>Incident not found</h1>
        <p>There is no incident with this id, or you are not a member of its project.</p>
        <p>
          <Link to="/">Back to my projects</Link>
        </p>
      </>
    );
  }
  const admin = viewer.data?.viewer.roles.includes('admin') ?? false;
  return (
    <>
      <title>{`${incident.data.incident.title} · Averted`}</title>
      <IncidentDetails
        incident={incident.data.incident}
        permissions={permissionsOf(incident.data.incident.project.myRole, admin)}
        username={viewer.data?.viewer.username}
      />
    </>
  );
}

/** `/projects/:projectId/incidents/new`: report an incident (contributors and managers). */
export function IncidentNewRoute() {
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  return (
    <ProjectFrame projectId={projectId}>
      {(project, permissions) => (
        <>
          <title>{`Report an incident · ${project.key} · Averted`}</title>
          <h1>Report an incident in {project.name}</h1>
          {permissions.reportIncident ? (
            <IncidentReportForm
              projectId={projectId}
              currency={project.currency}
              onReported={(created) => void navigate(`/incidents/${created.id}`)}
              onCancel={() => void navigate(`/projects/${projectId}`)}
            />
          ) : (
            <p>Contributors and managers report incidents.</p>
          )}
        </>
      )}
    </ProjectFrame>
  );
}
