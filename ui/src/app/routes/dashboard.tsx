import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadingState } from '@/components/query-state';

// The dashboard brings the chart library: a chunk of its own, loaded when the page is opened.
const SponsorDashboard = lazy(() =>
  import('@/features/dashboard/components/sponsor-dashboard').then((module) => ({ default: module.SponsorDashboard })),
);

/** `/dashboard`: the sponsor dashboard over every project the viewer can see. */
export function DashboardRoute() {
  const { search } = useLocation();
  return (
    <>
      <title>Dashboard · Averted</title>
      <h1>Sponsor dashboard</h1>
      <p>
        <Link to={`/report${search}`}>One-page sponsor report to send on (print or PDF)</Link>
      </p>
      <Suspense fallback={<LoadingState label="Loading the dashboard…" />}>
        <SponsorDashboard />
      </Suspense>
    </>
  );
}
