import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { IncidentRow } from '@/features/incidents/api/get-incidents';
import { Incidents } from '@/features/incidents/components/incidents';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

function anIncident(overrides: Partial<IncidentRow> = {}): IncidentRow {
  return {
    id: 'i1',
    title: 'UAT test data loaded into production',
    severity: 'SEV1',
    occurredAt: '2026-03-02T08:00:00Z',
    resolvedAt: '2026-03-02T14:00:00Z',
    nearMiss: false,
    recurrence: false,
    totalLoss: { amount: '50000.00', currency: 'USD' },
    postmortem: { id: 'pm1', status: 'PUBLISHED' },
    ...overrides,
  };
}

function incidentsPage(nodes: IncidentRow[], { totalCount = nodes.length, hasNextPage = false, endCursor = 'c1' } = {}) {
  return { project: { id: 'p1', incidents: { totalCount, pageInfo: { hasNextPage, endCursor }, nodes } } };
}

describe('Incidents', () => {
  it('shows each incident with severity, total loss and post-mortem status', async () => {
    const api = mockGraphQL({ ProjectIncidents: () => incidentsPage([anIncident()]) });

    renderWithProviders(<Incidents projectId="p1" />);

    const table = await screen.findByRole('table', { name: 'Incidents' });
    const row = within(table).getByRole('row', { name: /UAT test data loaded into production/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'SEV1',
      expect.stringMatching(/Mar 2, 2026/),
      '$50,000.00',
      'Published',
    ]);
    expect(within(row).queryByText('Recurrence')).not.toBeInTheDocument();
    expect(api.variablesOf('ProjectIncidents')).toEqual([{ projectId: 'p1', first: 20, after: null }]);
  });

  it('marks an incident whose earlier fix did not hold with a recurrence badge', async () => {
    mockGraphQL({
      ProjectIncidents: () =>
        incidentsPage([
          anIncident({ id: 'i2', title: 'Snapshot restored onto production again', recurrence: true }),
          anIncident({ id: 'i1', title: 'Snapshot restored onto production', recurrence: false }),
        ]),
    });

    renderWithProviders(<Incidents projectId="p1" />);

    const table = await screen.findByRole('table', { name: 'Incidents' });
    const again = within(table).getByRole('row', { name: /onto production again/ });
    expect(within(again).getByText('Recurrence')).toHaveClass('badge--recurrence');
    const first = within(table).getByRole('row', { name: /^Snapshot restored onto production(?! again)/ });
    expect(within(first).queryByText('Recurrence')).not.toBeInTheDocument();
  });

  it('loads the next incidents after the last cursor', async () => {
    const user = userEvent.setup();
    const api = mockGraphQL({
      ProjectIncidents: (variables) =>
        variables.after === null
          ? incidentsPage([anIncident({ id: 'a', title: 'Newest incident' })], { totalCount: 2, hasNextPage: true, endCursor: 'after-a' })
          : incidentsPage([anIncident({ id: 'b', title: 'Older incident' })], { totalCount: 2 }),
    });

    renderWithProviders(<Incidents projectId="p1" />);
    await screen.findByText('Newest incident');
    await user.click(screen.getByRole('button', { name: 'Load more incidents' }));

    await screen.findByText('Older incident');
    expect(screen.getByText('Showing 2 of 2 incidents')).toBeInTheDocument();
    expect(api.variablesOf('ProjectIncidents').at(-1)).toMatchObject({ first: 20, after: 'after-a' });
    expect(screen.queryByRole('button', { name: 'Load more incidents' })).not.toBeInTheDocument();
  });

  it('says so when the project has no incidents', async () => {
    mockGraphQL({ ProjectIncidents: () => incidentsPage([]) });

    renderWithProviders(<Incidents projectId="p1" />);

    expect(await screen.findByText('No incidents have been reported for this project.')).toBeInTheDocument();
  });

  it('shows a loading status, then an alert when the incidents cannot be loaded', async () => {
    mockGraphQL({ ProjectIncidents: () => new Response('<html>Sign in</html>', { headers: { 'Content-Type': 'text/html' } }) });

    renderWithProviders(<Incidents projectId="p1" />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading incidents…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The incidents could not be loaded.');
    expect(alert).toHaveTextContent(/reload the page to sign in again/i);
  });
});
