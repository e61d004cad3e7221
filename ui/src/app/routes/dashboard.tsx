import { lazy, Suspense } from 'react';
import { LoadingState } from '@/components/query-state';

// The dashboard brings the chart library: a chunk of its own, loaded when the page is opened.
const SponsorDashboard = lazy(() =>
  import('@/features/dashboard/components/sponsor-dashboard').then((module) => ({ default: module.SponsorDashboard })),
);

/** `/dashboard`: the sponsor dashboard over every project the viewer can see. */
export function DashboardRoute() {
  return (
    <>
      <title>Dashboard · Averted</title>
      <h1>Sponsor dashboard</h1>
      <Suspense fallback={<LoadingState label="Loading the dashboard…" />}>
        <SponsorDashboard />
      </Suspense>
    </>
  );
}
