import { Link, useParams } from 'react-router';
import { RegisterCsvActions } from '@/features/register-csv/components/register-csv-actions';
import { RiskRegister } from '@/features/risks/components/risk-register';
import { ProjectFrame } from '@/app/routes/project-frame';

/** `/projects/:projectId/risks`: the register, its filter and order in the URL. */
export function RegisterRoute() {
  const { projectId = '' } = useParams();
  return (
    <ProjectFrame projectId={projectId}>
      {(project, permissions) => (
        <>
          <title>{`${project.key} risk register · Averted`}</title>
          <div className="section-head">
            <h1>
              <span className="mono">{project.key}</span> Risk register
            </h1>
            {permissions.editRegister && (
              <Link className="button button--primary" to={`/projects/${projectId}/risks/new`}>
                New risk
              </Link>
            )}
          </div>
          <RiskRegister
            projectId={projectId}
            canEdit={permissions.editRegister}
            toolbarActions={(filter) => <RegisterCsvActions projectId={projectId} filter={filter} />}
          />
        </>
      )}
    </ProjectFrame>
  );
}
