import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RiskRow } from '@/features/risks/api/get-risk-register';
import { RiskRegister } from '@/features/risks/components/risk-register';
import { mockGraphQL as mockApi, type OperationHandler } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const options = {
  project: {
    id: 'p1',
    currency: 'USD',
    members: [{ username: 'dana', displayName: 'Dana Scully', role: 'MANAGER' }],
    milestones: { nodes: [{ id: 'm1', name: 'Cutover' }] },
  },
};

/** The register also asks for the project's members and milestones (its filter and edit options). */
function mockGraphQL(handlers: Record<string, OperationHandler>) {
  return mockApi({ RiskOptions: () => options, ...handlers });
}

function aRisk(overrides: Partial<RiskRow> = {}): RiskRow {
  return {
    id: 'risk-1',
    version: 0,
    description: null,
    response: 'MITIGATE',
    milestone: null,
    closedReason: null,
    residualExpectedLoss: { amount: '1000.00', currency: 'USD' },
    title: 'UAT test data loaded into production',
    category: 'DATA_INTEGRITY',
    status: 'IDENTIFIED',
    owner: { username: 'dana', displayName: 'Dana Scully' },
    likelihood: 3,
    impact: 5,
    score: 15,
    probability: '0.35',
    lossLow: { amount: '10000', currency: 'USD' },
    lossHigh: { amount: '80000.00', currency: 'USD' },
    expectedLoss: { amount: '12345.67', currency: 'USD' },
    nextReviewOn: '2999-12-01',
    updatedAt: '2026-11-20T09:30:00Z',
    ...overrides,
  };
}

function registerPage(risks: RiskRow[], { totalCount = risks.length, endCursor = 'cursor-1', hasNextPage = false } = {}) {
  return {
    project: {
      id: 'p1',
      risks: {
        totalCount,
        pageInfo: { hasNextPage, endCursor },
        nodes: risks,
      },
    },
  };
}

describe('RiskRegister', () => {
  it('shows each risk as a row with money in the currency of the risk', async () => {
    mockGraphQL({
      RiskRegister: () =>
        registerPage([
          aRisk(),
          aRisk({
            id: 'risk-2',
            title: 'Snapshot restored onto production',
            category: 'AVAILABILITY',
            owner: null,
            status: 'MITIGATING',
            likelihood: 2,
            impact: 4,
            score: 8,
            probability: 0.125,
            lossLow: { amount: 5000, currency: 'EUR' },
            lossHigh: { amount: 50000, currency: 'EUR' },
            expectedLoss: { amount: 2500.4, currency: 'EUR' },
            nextReviewOn: null,
          }),
        ]),
    });

    renderWithProviders(<RiskRegister projectId="p1" />);

    const table = await screen.findByRole('table', { name: 'Risk register' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toBeDefined();
    expect(second).toBeDefined();

    const firstCells = within(first!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(firstCells).toEqual([
      'UAT test data loaded into production',
      'Data integrity',
      'Dana Scully',
      'Identified',
      '15 (3×5)',
      '35%',
      '$10,000–$80,000',
      '$12,345.67residual $1,000.00',
      'Dec 1, 2999',
      expect.any(String),
    ]);

    const secondCells = within(second!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(secondCells.slice(0, 9)).toEqual([
      'Snapshot restored onto production',
      'Availability',
      'Unassigned',
      'Mitigating',
      '8 (2×4)',
      '12.5%',
      '€5,000–€50,000',
      '€2,500.40residual $1,000.00',
      '—',
    ]);
    expect(screen.getByText('Showing 2 of 2 risks')).toBeInTheDocument();
  });

  it('asks the server for the largest expected loss first and marks that column as sorted', async () => {
    const api = mockGraphQL({ RiskRegister: () => registerPage([aRisk()]) });

    renderWithProviders(<RiskRegister projectId="p1" />);
    await screen.findByRole('table', { name: 'Risk register' });

    expect(api.variablesOf('RiskRegister')).toEqual([
      { projectId: 'p1', first: 50, after: null, orderBy: { field: 'EXPECTED_LOSS', direction: 'DESC' }, filter: {} },
    ]);
    expect(screen.getByRole('columnheader', { name: /Expected loss/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Score/ })).not.toHaveAttribute('aria-sort');
  });

  it('re-queries the server with the new orderBy when a sortable header is clicked', async () => {
    const user = userEvent.setup();
    const api = mockGraphQL({
      RiskRegister: (variables) => {
        const { field, direction } = variables.orderBy as { field: string; direction: string };
        return registerPage([aRisk({ title: `Sorted by ${field} ${direction}` })]);
      },
    });

    renderWithProviders(<RiskRegister projectId="p1" />);
    await screen.findByText('Sorted by EXPECTED_LOSS DESC');

    await user.click(screen.getByRole('button', { name: /Score/ }));

    await screen.findByText('Sorted by SCORE DESC');
    expect(api.variablesOf('RiskRegister').at(-1)).toMatchObject({
      after: null,
      orderBy: { field: 'SCORE', direction: 'DESC' },
    });
    expect(screen.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Expected loss/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /Score/ }));

    await screen.findByText('Sorted by SCORE ASC');
    expect(api.variablesOf('RiskRegister').at(-1)).toMatchObject({ orderBy: { field: 'SCORE', direction: 'ASC' } });
    expect(screen.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by the soonest review first', async () => {
    const user = userEvent.setup();
    const api = mockGraphQL({ RiskRegister: () => registerPage([aRisk()]) });

    renderWithProviders(<RiskRegister projectId="p1" />);
    await screen.findByRole('table', { name: 'Risk register' });
    await user.click(screen.getByRole('button', { name: /Next review/ }));

    await expect
      .poll(() => api.variablesOf('RiskRegister').at(-1)?.orderBy)
      .toEqual({ field: 'NEXT_REVIEW', direction: 'ASC' });
  });

  it('does not offer sorting on columns the server cannot sort by', async () => {
    mockGraphQL({ RiskRegister: () => registerPage([aRisk()]) });

    renderWithProviders(<RiskRegister projectId="p1" />);
    const table = await screen.findByRole('table', { name: 'Risk register' });

    const sortButtons = within(table)
      .getAllByRole('button').map((button) => button.textContent?.replace(/[▲▼↕]/g, ''));
    expect(sortButtons).toEqual(['Score', 'Expected loss', 'Next review', 'Updated']);
  });

  it('reads the filter from the URL, so a shared link shows the same risks', async () => {
    const api = mockGraphQL({ RiskRegister: () => registerPage([aRisk()]) });

    renderWithProviders(<RiskRegister projectId="p1" />, '/?likelihood=4&impact=5&status=IDENTIFIED&sort=SCORE&dir=ASC');
    await screen.findByRole('table', { name: 'Risk register' });

    expect(api.variablesOf('RiskRegister')[0]).toMatchObject({
      filter: { likelihood: 4, impact: 5, status: ['IDENTIFIED'] },
      orderBy: { field: 'SCORE', direction: 'ASC' },
    });
    expect(screen.getByText(/Heat-map cell: likelihood 4 × impact 5/)).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('IDENTIFIED');
  });

  it('puts a new filter into the URL and goes back to the previous one with the back button', async () => {
    const user = userEvent.setup();
    const api = mockGraphQL({ RiskRegister: () => registerPage([aRisk()]) });

    const { router } = renderWithProviders(<RiskRegister projectId="p1" />, '/');
    await screen.findByRole('table', { name: 'Risk register' });
    await user.selectOptions(screen.getByLabelText('Owner'), 'dana');
    await user.type(screen.getByLabelText('Search'), 'snapshot{Enter}');

    await expect.poll(() => router.state.location.search).toBe('?owner=dana&q=snapshot');
    await expect.poll(() => api.variablesOf('RiskRegister').at(-1)?.filter).toEqual({ owner: 'dana', text: 'snapshot' });

    await router.navigate(-1);

    await expect.poll(() => router.state.location.search).toBe('?owner=dana');
    await waitFor(() => expect(screen.getByLabelText('Search')).toHaveValue(''));
    expect(screen.getByLabelText('Owner')).toHaveValue('dana');
  });

  it('marks a risk whose review date has passed, in words', async () => {
    mockGraphQL({ RiskRegister: () => registerPage([aRisk({ nextReviewOn: '2020-01-01' })]) });

    renderWithProviders(<RiskRegister projectId="p1" />);

    expect(await screen.findByText('Review overdue')).toBeInTheDocument();
  });

  it('offers edit controls only to those who may edit', async () => {
    mockGraphQL({ RiskRegister: () => registerPage([aRisk()]) });

    renderWithProviders(<RiskRegister projectId="p1" />);
    await screen.findByRole('table', { name: 'Risk register' });

    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('loads the next 50 risks after the last cursor and appends them', async () => {
    const user = userEvent.setup();
    const api = mockGraphQL({
      RiskRegister: (variables) =>
        variables.after === null
          ? registerPage([aRisk({ id: 'a', title: 'First page risk' })], {
              totalCount: 2,
              hasNextPage: true,
              endCursor: 'after-first',
            })
          : registerPage([aRisk({ id: 'b', title: 'Second page risk' })], { totalCount: 2, hasNextPage: false }),
    });

    renderWithProviders(<RiskRegister projectId="p1" />);
    await screen.findByText('First page risk');
    expect(screen.getByText('Showing 1 of 2 risks')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await screen.findByText('Second page risk');
    expect(screen.getByText('First page risk')).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 risks')).toBeInTheDocument();
    expect(api.variablesOf('RiskRegister').at(-1)).toMatchObject({ first: 50, after: 'after-first' });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when the project has no risks', async () => {
    mockGraphQL({ RiskRegister: () => registerPage([]) });

    renderWithProviders(<RiskRegister projectId="p1" />);

    expect(await screen.findByText('No risks match.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a loading status, then an alert telling the user to reload when the session is gone', async () => {
    mockGraphQL({
      RiskRegister: () => new Response('<html>Sign in</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    });

    renderWithProviders(<RiskRegister projectId="p1" />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading risks…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The risks could not be loaded.');
    expect(alert).toHaveTextContent(/reload the page to sign in again/i);
  });

  it('lets a manager edit a row in place, and returns focus to its Edit button after saving', async () => {
    const user = userEvent.setup();
    let probability = '0.35';
    const api = mockGraphQL({
      RiskRegister: () => registerPage([aRisk({ probability })]),
      RiskUpdate: (variables) => {
        probability = (variables.input as { probability: string }).probability;
        return { riskUpdate: { risk: aRisk({ probability, version: 1 }), userErrors: [] } };
      },
    });

    renderWithProviders(<RiskRegister projectId="p1" canEdit />);
    await user.click(await screen.findByRole('button', { name: 'Edit UAT test data loaded into production' }));
    const editor = screen.getByRole('form', { name: 'Edit UAT test data loaded into production' });
    const field = within(editor).getByLabelText('Probability (0–1)');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, '0.5{Enter}');

    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(api.variablesOf('RiskUpdate')).toEqual([{ input: { id: 'risk-1', version: 0, probability: '0.5' } }]);
    expect(await screen.findByText('50%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit UAT test data loaded into production' })).toHaveFocus();
  });
});
