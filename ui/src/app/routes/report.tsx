import { lazy, Suspense } from 'react';
import { LoadingState } from '@/components/query-state';

const SponsorReport = lazy(() =>
  import('@/features/dashboard/components/sponsor-report').then((module) => ({ default: module.SponsorReport })),
);

/** `/report`: the one-page sponsor report (portfolio, or `?project=` one project), ready to print. */
export function ReportRoute() {
  return (
    <>
      <title>Sponsor report · Averted</title>
      <h1>Sponsor report</h1>
      <Suspense fallback={<LoadingState label="Loading the report…" />}>
        <SponsorReport />
      </Suspense>
    </>
  );
}
