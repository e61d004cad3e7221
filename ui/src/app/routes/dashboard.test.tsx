import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

const viewer = { viewer: { username: 'sam.sponsor', roles: ['sponsor'] } };

describe('dashboard page', () => {
  it('is reached from the header and shows the sponsor dashboard', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      Viewer: () => viewer,
      MyProjects: () => ({ projects: { totalCount: 0, nodes: [] } }),
      PortfolioEconomics: () => ({ portfolio: { currencies: [] } }),
      PortfolioLossSimulation: () => ({ portfolio: { currencies: [] } }),
    });

    const { router } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Dashboard' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sponsor dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dashboard');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Dashboard · Averted');
    expect(await screen.findByText(/You are not a member of any project yet/)).toBeInTheDocument();
  });
});
