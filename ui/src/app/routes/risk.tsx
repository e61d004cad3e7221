import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useRisk } from '@/features/risks/api/get-risk';
import { RiskDetails } from '@/features/risks/components/risk-details';
import { useViewer } from '@/features/viewer/api/get-viewer';
import { permissionsOf } from '@/lib/permissions';

/** `/risks/:riskId`: one risk with everything around it and its history. */
export function RiskRoute() {
  const { riskId = '' } = useParams();
  const risk = useRisk(riskId);
  const viewer = useViewer();
  if (risk.isPending) return <LoadingState label="Loading the risk…" />;
  if (risk.isError)
    return <ErrorState title="The risk could not be loaded." error={risk.error} onRetry={() => void risk.refetch()} />;
  if (!risk.data.risk) {
    return (
      <>
        <title>Risk not found · Averted</title>
        <h1>Risk not found</h1>
        <p>There is no risk with this id, or you are not a member of its project.</p>
        <p>
          <Link to="/">Back to my projects</Link>
        </p>
      </>
    );
  }
  const admin = viewer.data?.viewer.roles.includes('admin') ?? false;
  const permissions = permissionsOf(risk.data.risk.project.myRole, admin);
  return (
    <>
      <title>{`${risk.data.risk.title} · Averted`}</title>
      <RiskDetails risk={risk.data.risk} canEdit={permissions.editRegister} />
    </>
  );
}
