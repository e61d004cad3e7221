import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActionItemRow, IncidentDetail } from '@/features/incidents/api/get-incident';
import { ActionItems } from '@/features/incidents/components/action-items';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const item = (id: string, title: string, owner: string): ActionItemRow => ({
  id,
  title,
  status: 'OPEN',
  version: 3,
  committed: true,
  dueDate: '2027-01-15',
  overdue: false,
  completedAt: null,
  completedBy: null,
  dropReason: null,
  owner: { username: owner, displayName: owner },
  targetRisk: null,
  becameRisk: null,
  becameGate: null,
  becameInvestment: null,
});

const incident = {
  id: 'inc1',
  risks: [],
  milestone: null,
  actionItems: [item('a1', 'Confirm the source', 'cole'), item('a2', 'Rehearse the rollback', 'maria')],
  project: { id: 'p1', key: 'MBR', name: 'Portal', currency: 'USD', myRole: 'CONTRIBUTOR', members: [], milestones: { nodes: [] } },
} as unknown as IncidentDetail;

describe('ActionItems', () => {
  it('lets a contributor complete only the items it owns, and nothing else', async () => {
    const api = mockGraphQL({
      ActionItemUpdate: () => ({ actionItemUpdate: { actionItem: { id: 'a1', status: 'DONE', version: 4 }, userErrors: [] } }),
      Incident: () => ({ incident: null }),
      PortfolioEconomics: () => ({ portfolio: { currencies: [] } }),
    });

    renderWithProviders(<ActionItems incident={incident} canManage={false} username="cole" />);

    const mine = screen.getByRole('listitem', { name: 'Confirm the source' });
    const theirs = screen.getByRole('listitem', { name: 'Rehearse the rollback' });
    expect(within(theirs).queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Drop|Turn .* into|Re-plan/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add an action item' })).not.toBeInTheDocument();

    await userEvent.click(within(mine).getByRole('button', { name: 'Mark done' }));

    expect(api.variablesOf('ActionItemUpdate')).toEqual([{ input: { id: 'a1', version: 3, status: 'DONE' } }]);
  });

  it('offers the manager to re-plan, drop with a reason, and turn an item into a gate, risk or investment', () => {
    mockGraphQL({});

    renderWithProviders(<ActionItems incident={incident} canManage username="maria" />);

    const first = screen.getByRole('listitem', { name: 'Confirm the source' });
    for (const name of ['Mark done', 'Turn Confirm the source into…', 'Re-plan Confirm the source', 'Drop Confirm the source']) {
      expect(within(first).getByRole('button', { name })).toBeInTheDocument();
    }
  });
});
