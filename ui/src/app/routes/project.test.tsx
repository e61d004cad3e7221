import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

const viewer = { viewer: { username: 'pat.manager', roles: ['manager'] } };

const project = {
  id: 'p1',
  key: 'PORTAL',
  name: 'Member portal migration',
  description: null,
  currency: 'USD',
  status: 'ACTIVE',
  startDate: '2026-01-05',
  targetDate: null,
  myRole: 'MANAGER',
  manager: { username: 'pat.manager', displayName: 'Pat Manager' },
  sponsor: { username: 'sam.sponsor', displayName: 'Sam Sponsor' },
};

describe('project page', () => {
  it('shows the overview: summary, heat map, top risks, timeline, milestones and incidents', async () => {
    const api = mockGraphQL({
      Viewer: () => viewer,
      Project: () => ({ project }),
      OpenRisks: () => ({
        project: {
          id: 'p1',
          risks: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              {
                id: 'r1',
                title: 'Wrong source',
                status: 'IDENTIFIED',
                likelihood: 4,
                impact: 5,
                nextReviewOn: null,
                expectedLoss: { amount: '9910.78', currency: 'USD' },
                residualExpectedLoss: { amount: '1000.00', currency: 'USD' },
                residualRating: { likelihood: 2, impact: 5 },
              },
            ],
          },
        },
      }),
      ProjectMilestones: () => ({ project: { id: 'p1', currency: 'USD', milestones: { totalCount: 0, nodes: [] } } }),
      ProjectIncidents: () => ({
        project: { id: 'p1', incidents: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
      }),
    });

    renderApp('/projects/p1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Member portal migration' })).toBeInTheDocument();
    expect(screen.getByText('PORTAL')).toBeInTheDocument();
    expect(screen.getByText('Pat Manager')).toBeInTheDocument();
    expect(screen.getByText('Sam Sponsor')).toBeInTheDocument();
    const inherent = await screen.findByRole('table', { name: 'Inherent heat map' });
    const cell = within(inherent).getByRole('link', { name: 'Likelihood 4, impact 5: 1 risk' });
    expect(cell).toHaveAttribute(
      'href',
      '/projects/p1/risks?status=IDENTIFIED%2CMITIGATING%2CACCEPTED%2CMATERIALIZED&likelihood=4&impact=5',
    );
    const residual = screen.getByRole('table', { name: 'Residual (after mitigations in force) heat map' });
    const residualCell = within(residual).getByRole('link', { name: 'Likelihood 2, impact 5: 1 risk' });
    expect(residualCell).toHaveTextContent('1');
    expect(residualCell).toHaveAttribute(
      'href',
      '/projects/p1/risks?status=IDENTIFIED%2CMITIGATING%2CACCEPTED%2CMATERIALIZED&residualLikelihood=2&residualImpact=5',
    );
    const top = screen.getByRole('table', { name: 'Top risks by expected loss' });
    expect(top).toHaveTextContent('$9,910.78');
    expect(top).toHaveTextContent('$1,000.00');
    const milestones = screen.getByRole('region', { name: 'Milestones' });
    const incidents = screen.getByRole('region', { name: 'Incidents' });
    expect(milestones.compareDocumentPosition(incidents) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await within(milestones).findByText('No milestones are planned for this project yet.')).toBeInTheDocument();
    expect(within(milestones).getByRole('link', { name: 'New milestone' })).toBeInTheDocument();
    expect(await within(incidents).findByText('No incidents have been reported for this project.')).toBeInTheDocument();
    expect(document.title).toBe('PORTAL Member portal migration · Averted');
    expect(api.variablesOf('Project')).toEqual([{ id: 'p1' }]);
    expect(api.variablesOf('OpenRisks')[0]).toMatchObject({ projectId: 'p1' });
  });

  it('moves focus to the new page heading after navigating', async () => {
    mockGraphQL({
      Viewer: () => viewer,
      Project: () => ({ project: null }),
      Projects: () => ({ viewer: { projects: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } }),
    });

    const { router } = renderApp('/dashboard-not-here');
    await screen.findByRole('heading', { level: 1 });

    await router.navigate('/projects/missing');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Project not found' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('says "Project not found" when the server has no such project', async () => {
    const api = mockGraphQL({ Viewer: () => viewer, Project: () => ({ project: null }) });

    renderApp('/projects/missing');

    expect(await screen.findByRole('heading', { level: 1, name: 'Project not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my projects' })).toHaveAttribute('href', '/');
    expect(api.variablesOf('RiskRegister')).toEqual([]);
    expect(api.variablesOf('ProjectMilestones')).toEqual([]);
    expect(api.variablesOf('ProjectIncidents')).toEqual([]);
  });
});

describe('header', () => {
  it('shows the signed-in user and a sign-out link to the server logout', async () => {
    mockGraphQL({ Viewer: () => viewer, MyProjects: () => ({ projects: { totalCount: 0, nodes: [] } }) });

    renderApp('/');

    const header = screen.getByRole('banner');
    expect(await within(header).findByText('pat.manager')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Sign out' })).toHaveAttribute('href', '/logout');
    expect(within(header).getByRole('link', { name: 'Averted' })).toHaveAttribute('href', '/');
    const nav = within(header).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My projects' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('href', '/dashboard');
  });

  it('shows an alert in the header when the user cannot be loaded', async () => {
    mockGraphQL({
      Viewer: () => new Response('', { status: 401 }),
      MyProjects: () => ({ projects: { totalCount: 0, nodes: [] } }),
    });

    renderApp('/');

    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('alert')).toHaveTextContent(/reload/i);
  });
});

describe('unknown paths', () => {
  it('show a page-not-found message inside the app', async () => {
    mockGraphQL({ Viewer: () => viewer });

    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
