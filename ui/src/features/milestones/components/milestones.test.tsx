import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MilestoneRow } from '@/features/milestones/api/get-milestones';
import { Milestones } from '@/features/milestones/components/milestones';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

function aMilestone(overrides: Partial<MilestoneRow> = {}): MilestoneRow {
  return {
    id: 'm1',
    version: 0,
    description: null,
    name: 'Member data cut-over',
    kind: 'DATA_MIGRATION',
    dueDate: '2999-12-01',
    status: 'IN_PROGRESS',
    gates: [],
    gatesInTheWay: [],
    ...overrides,
  };
}

function milestonesPage(nodes: MilestoneRow[], totalCount = nodes.length) {
  return { project: { id: 'p1', currency: 'USD', milestones: { totalCount, nodes } } };
}

describe('Milestones', () => {
  it('lists each milestone with its due date, status and gates as status badges', async () => {
    const api = mockGraphQL({
      ProjectMilestones: () =>
        milestonesPage([
          aMilestone({
            gates: [
              { id: 'g1', name: 'Backup verified', kind: 'BACKUP_VERIFIED', status: 'PASSED', blocking: true, version: 0, results: [], sourceActionItems: [] },
              { id: 'g2', name: 'Peer review', kind: 'PEER_REVIEW', status: 'WAIVED', blocking: true, version: 0, results: [], sourceActionItems: [] },
              { id: 'g3', name: 'Load rehearsal', kind: 'LOAD_REHEARSAL', status: 'PENDING', blocking: false, version: 0, results: [], sourceActionItems: [] },
            ],
          }),
        ]),
    });

    renderWithProviders(<Milestones projectId="p1" />);

    const table = await screen.findByRole('table', { name: 'Milestones' });
    const row = within(table).getByRole('row', { name: /Member data cut-over/ });
    expect(row).toHaveTextContent('Dec 1, 2999');
    expect(row).not.toHaveTextContent('Overdue');
    expect(row).toHaveTextContent('In progress');
    const gates = within(row).getAllByRole('listitem').map((gate) => gate.textContent);
    expect(gates).toEqual(['✓PassedBackup verified', '–WaivedPeer review', '…PendingLoad rehearsal']);
    expect(within(row).queryByText('Blocks completion')).not.toBeInTheDocument();
    expect(api.variablesOf('ProjectMilestones')).toEqual([{ projectId: 'p1', first: 100 }]);
  });

  it('marks a failing blocking gate as standing in the way of completion', async () => {
    mockGraphQL({
      ProjectMilestones: () =>
        milestonesPage([
          aMilestone({
            status: 'BLOCKED',
            gates: [
              { id: 'g1', name: 'Backup verified', kind: 'BACKUP_VERIFIED', status: 'PASSED', blocking: true, version: 0, results: [], sourceActionItems: [] },
              { id: 'g2', name: 'Data reconciliation', kind: 'DATA_RECONCILIATION', status: 'FAILED', blocking: true, version: 0, results: [], sourceActionItems: [] },
              { id: 'g3', name: 'Change window', kind: 'CHANGE_WINDOW', status: 'FAILED', blocking: false, version: 0, results: [], sourceActionItems: [] },
            ],
            gatesInTheWay: [{ id: 'g2' }],
          }),
        ]),
    });

    renderWithProviders(<Milestones projectId="p1" />);

    const gates = await screen.findByRole('list', { name: 'Gates of Member data cut-over' });
    const failing = within(gates).getByText('Data reconciliation').closest('li');
    expect(failing).toHaveTextContent('Failed');
    expect(failing).toHaveTextContent('Blocks completion');
    expect(failing?.firstElementChild).toHaveClass('gate--in-the-way');
    // A failed gate that does not block is shown as failed, not as in the way.
    const nonBlocking = within(gates).getByText('Change window').closest('li');
    expect(nonBlocking).toHaveTextContent('Failed');
    expect(nonBlocking).not.toHaveTextContent('Blocks completion');
    expect(nonBlocking?.firstElementChild).not.toHaveClass('gate--in-the-way');
    expect(within(gates).getByText('Backup verified').closest('li')).not.toHaveTextContent('Blocks completion');
    expect(screen.getByText('1 blocking gate in the way of completion')).toBeInTheDocument();
  });

  it('marks a milestone past its due date that is not done, in words', async () => {
    mockGraphQL({
      ProjectMilestones: () =>
        milestonesPage([
          aMilestone({ id: 'late', name: 'Late cut-over', dueDate: '2020-01-01' }),
          aMilestone({ id: 'done', name: 'Finished', dueDate: '2020-01-01', status: 'DONE' }),
        ]),
    });

    renderWithProviders(<Milestones projectId="p1" />);

    const table = await screen.findByRole('table', { name: 'Milestones' });
    expect(within(table).getByRole('row', { name: /Late cut-over/ })).toHaveTextContent('Overdue');
    expect(within(table).getByRole('row', { name: /Finished/ })).not.toHaveTextContent('Overdue');
  });

  it('says so when the project has no milestones', async () => {
    mockGraphQL({ ProjectMilestones: () => milestonesPage([]) });

    renderWithProviders(<Milestones projectId="p1" />);

    expect(await screen.findByText('No milestones are planned for this project yet.')).toBeInTheDocument();
  });

  it('says how many it shows when the project has more than fit', async () => {
    mockGraphQL({ ProjectMilestones: () => milestonesPage([aMilestone()], 101) });

    renderWithProviders(<Milestones projectId="p1" />);

    expect(await screen.findByText('Showing the first 1 of 101 milestones')).toBeInTheDocument();
  });

  it('shows a loading status, then an alert when the milestones cannot be loaded', async () => {
    mockGraphQL({
      ProjectMilestones: () =>
        new Response(JSON.stringify({ errors: [{ message: 'Internal server error' }] }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    });

    renderWithProviders(<Milestones projectId="p1" />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading milestones…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The milestones could not be loaded.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
