import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MilestoneRow } from '@/features/milestones/api/get-milestones';
import { MilestoneDetails } from '@/features/milestones/components/milestone-details';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const reconciliation = {
  id: 'g1',
  version: 1,
  name: 'Data reconciliation',
  kind: 'DATA_RECONCILIATION' as const,
  status: 'FAILED' as const,
  blocking: true,
  criteria: 'Counts and checksums match.',
  decidedBy: 'cole',
  decidedAt: '2026-11-30T10:00:00Z',
  waiverReason: null,
  sourceActionItems: [],
  results: [
    {
      id: 'res1',
      outcome: 'FAILED' as const,
      recordedBy: 'cole',
      recordedAt: '2026-11-30T10:00:00Z',
      note: 'Target is short.',
      link: 'https://ci.example.com/runs/1',
      measurements: [{ name: 'source rows', value: '2500000.000000', unit: 'rows' }],
    },
  ],
};

const milestone: MilestoneRow = {
  id: 'm1',
  version: 2,
  name: 'Member data cut-over',
  description: null,
  kind: 'DATA_MIGRATION',
  dueDate: '2999-01-31',
  status: 'IN_PROGRESS',
  completedAt: null,
  completedBy: null,
  gates: [reconciliation],
  gatesInTheWay: [{ id: 'g1' }],
};

function mockMilestone(complete = () => ({})) {
  return mockGraphQL({
    ProjectMilestones: () => ({ project: { id: 'p1', currency: 'USD', milestones: { totalCount: 1, nodes: [milestone] } } }),
    MilestoneHistory: () => ({
      project: {
        id: 'p1',
        milestones: {
          nodes: [
            {
              id: 'm1',
              history: [
                { actor: 'maria', at: '2026-11-29T09:00:00Z', operation: 'CREATED', changes: [{ field: 'name', after: '"Member data cut-over"' }] },
                { actor: 'maria', at: '2026-11-30T09:00:00Z', operation: 'UPDATED', changes: [{ field: 'status', before: '"PLANNED"', after: '"IN_PROGRESS"' }] },
              ],
              gates: [
                { id: 'g1', name: 'Data reconciliation', removed: false, removedBy: null, removedAt: null, removalReason: null, history: [] },
                {
                  id: 'g2',
                  name: 'Peer review',
                  removed: true,
                  removedBy: 'maria',
                  removedAt: '2026-11-30T08:00:00Z',
                  removalReason: 'Covered by the reconciliation',
                  history: [],
                },
              ],
            },
          ],
        },
      },
    }),
    MilestoneComplete: complete,
  });
}

describe('MilestoneDetails', () => {
  it('shows a refused completion with the gates in the way', async () => {
    const user = userEvent.setup();
    const api = mockMilestone(() => ({
      milestoneComplete: {
        milestone: null,
        userErrors: [{ code: 'GATES_NOT_PASSED', field: 'id', message: 'Gate "Data reconciliation" is FAILED.' }],
      },
    }));
    renderWithProviders(<MilestoneDetails projectId="p1" milestoneId="m1" canPlan canRecord={false} />);

    await user.click(await screen.findByRole('button', { name: 'Complete milestone' }));

    const refusal = await screen.findByRole('alert', { name: 'Completion refused' });
    expect(refusal).toHaveTextContent('Gate "Data reconciliation" is FAILED.');
    expect(api.variablesOf('MilestoneComplete')).toEqual([{ input: { id: 'm1', version: 2 } }]);
  });

  it('shows each gate with its evidence, the removed gates and the history', async () => {
    mockMilestone();
    renderWithProviders(<MilestoneDetails projectId="p1" milestoneId="m1" canPlan={false} canRecord />);

    const gate = await screen.findByRole('region', { name: 'Data reconciliation' });
    expect(gate).toHaveTextContent('Blocks completion');
    expect(gate).toHaveTextContent('Counts and checksums match.');
    const results = within(gate).getByRole('list', { name: 'Results of Data reconciliation' });
    expect(results).toHaveTextContent('recorded by cole');
    expect(results).toHaveTextContent('Target is short.');
    expect(results).toHaveTextContent('2,500,000 rows');
    expect(within(gate).getByRole('button', { name: 'Record a result for Data reconciliation' })).toBeInTheDocument();
    expect(within(gate).queryByRole('button', { name: /Remove gate/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Complete milestone' })).not.toBeInTheDocument();
    expect(await screen.findByText(/Covered by the reconciliation/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Changes to Member data cut-over' })).toHaveTextContent('Planned → In progress');
  });

  it('saves an edit without sending an unchanged status, so a DONE milestone is not reopened', async () => {
    const user = userEvent.setup();
    const api = mockGraphQL({
      ProjectMilestones: () => ({
        project: { id: 'p1', currency: 'USD', milestones: { totalCount: 1, nodes: [{ ...milestone, status: 'DONE', gatesInTheWay: [] }] } },
      }),
      MilestoneHistory: () => ({ project: { id: 'p1', milestones: { nodes: [] } } }),
      MilestoneUpdate: () => ({ milestoneUpdate: { milestone: { id: 'm1', version: 3 }, userErrors: [] } }),
    });
    renderWithProviders(<MilestoneDetails projectId="p1" milestoneId="m1" canPlan canRecord={false} />);

    await user.click(await screen.findByRole('button', { name: 'Edit milestone' }));
    expect(screen.getByLabelText('Status')).toHaveValue('DONE');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Cut-over done');
    await user.click(screen.getByRole('button', { name: 'Save milestone' }));

    await vi.waitFor(() =>
      expect(api.variablesOf('MilestoneUpdate')).toEqual([
        { input: { id: 'm1', version: 2, name: 'Cut-over done', description: '', dueDate: '2999-01-31' } },
      ]),
    );
  });
});
