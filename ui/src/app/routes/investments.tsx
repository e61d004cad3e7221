import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { LoadingState } from '@/components/query-state';
import { ProjectFrame } from '@/app/routes/project-frame';

// The investments page brings the chart library: a chunk of its own, loaded when the page is opened.
const Investments = lazy(() =>
  import('@/features/investments/components/investments').then((module) => ({ default: module.Investments })),
);

/** `/projects/:projectId/investments`: propose, decide and weigh the project's preventive investments. */
export function InvestmentsRoute() {
  const { projectId = '' } = useParams();
  return (
    <ProjectFrame projectId={projectId}>
      {(project, permissions) => (
        <>
          <title>{`Investments · ${project.key} · Averted`}</title>
          <h1>Investments in {project.name}</h1>
          <Suspense fallback={<LoadingState label="Loading investments…" />}>
            <Investments projectId={projectId} permissions={permissions} />
          </Suspense>
        </>
      )}
    </ProjectFrame>
  );
}
