import type { RouteObject } from 'react-router';
import { Layout } from '@/app/layout';
import { DashboardRoute } from '@/app/routes/dashboard';
import { NotFoundRoute } from '@/app/routes/not-found';
import { MilestoneNewRoute, MilestoneRoute } from '@/app/routes/milestone';
import { MyWorkRoute } from '@/app/routes/my-work';
import { IncidentNewRoute, IncidentRoute } from '@/app/routes/incident';
import { InvestmentsRoute } from '@/app/routes/investments';
import { ProjectRoute } from '@/app/routes/project';
import { RegisterRoute } from '@/app/routes/register';
import { ReportRoute } from '@/app/routes/report';
import { RiskRoute } from '@/app/routes/risk';
import { RiskNewRoute } from '@/app/routes/risk-new';
import { ProjectsRoute } from '@/app/routes/projects';
import { RouteError } from '@/app/routes/route-error';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ProjectsRoute /> },
          { path: 'projects/:projectId', element: <ProjectRoute /> },
          { path: 'projects/:projectId/risks', element: <RegisterRoute /> },
          { path: 'projects/:projectId/risks/new', element: <RiskNewRoute /> },
          { path: 'projects/:projectId/investments', element: <InvestmentsRoute /> },
          { path: 'projects/:projectId/incidents/new', element: <IncidentNewRoute /> },
          { path: 'incidents/:incidentId', element: <IncidentRoute /> },
          { path: 'projects/:projectId/milestones/new', element: <MilestoneNewRoute /> },
          { path: 'projects/:projectId/milestones/:milestoneId', element: <MilestoneRoute /> },
          { path: 'risks/:riskId', element: <RiskRoute /> },
          { path: 'dashboard', element: <DashboardRoute /> },
          { path: 'my-work', element: <MyWorkRoute /> },
          { path: 'report', element: <ReportRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
