import type { RouteObject } from 'react-router';
import { Layout } from '@/app/layout';
import { DashboardRoute } from '@/app/routes/dashboard';
import { NotFoundRoute } from '@/app/routes/not-found';
import { ProjectRoute } from '@/app/routes/project';
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
          { path: 'dashboard', element: <DashboardRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
