import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('sponsor report page', () => {
  it('is reached from the dashboard, lists the decisions awaiting and prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    mockGraphQL({
      Viewer: () => ({ viewer: { username: 'sam', roles: ['sponsor'] } }),
      PortfolioEconomics: () => ({ portfolio: { currencies: [] } }),
      PortfolioLossSimulation: () => ({ portfolio: { currencies: [] } }),
      AwaitingDecisions: () => ({
        projects: {
          nodes: [
            {
              id: 'p1',
              key: 'MBR',
              name: 'Member portal',
              investments: {
                nodes: [
                  {
                    id: 'i1',
                    name: 'Data comparison tool',
                    proposedBy: 'maria',
                    annualizedCost: usd('2000.00'),
                    expectedLossAvoided: usd('52417.00'),
                    returnOnInvestment: '25.2085',
                  },
                ],
              },
            },
          ],
        },
      }),
    });

    const { router } = renderApp('/dashboard');
    await user.click(await screen.findByRole('link', { name: /One-page sponsor report/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sponsor report' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/report');
    const table = await screen.findByRole('table', { name: 'Decisions awaiting the sponsor' });
    expect(within(table).getByRole('row', { name: /Data comparison tool/ })).toHaveTextContent('MBR$2,000.00$52,400');
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
