import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProjectsList } from '@/features/projects/components/projects-list';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

describe('ProjectsList', () => {
  it('links each project by name to its page', async () => {
    mockGraphQL({
      MyProjects: () => ({
        projects: {
          totalCount: 2,
          nodes: [
            { id: 'p1', key: 'PORTAL', name: 'Member portal migration', currency: 'USD', status: 'ACTIVE', myRole: 'MANAGER' },
            { id: 'p2', key: 'TAX', name: 'Tax season compliance', currency: 'EUR', status: 'ON_HOLD', myRole: null },
          ],
        },
      }),
    });

    renderWithProviders(<ProjectsList />);

    expect(await screen.findByRole('link', { name: 'Member portal migration' })).toHaveAttribute('href', '/projects/p1');
    expect(screen.getByRole('link', { name: 'Tax season compliance' })).toHaveAttribute('href', '/projects/p2');
    const table = screen.getByRole('table', { name: 'My projects' });
    const taxRow = within(table).getByRole('row', { name: /TAX/ });
    expect(within(taxRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'TAX',
      'Tax season compliance',
      'On hold',
      'EUR',
      '—',
    ]);
    expect(screen.getByText('2 projects')).toBeInTheDocument();
  });

  it('explains what to do when the viewer has no projects', async () => {
    mockGraphQL({ MyProjects: () => ({ projects: { totalCount: 0, nodes: [] } }) });

    renderWithProviders(<ProjectsList />);

    expect(await screen.findByText(/You are not a member of any project yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a loading status and then an alert when the projects cannot be loaded', async () => {
    mockGraphQL({
      MyProjects: () => new Response(JSON.stringify({ errors: [{ message: 'Internal server error' }] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    });

    renderWithProviders(<ProjectsList />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading projects…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The projects could not be loaded.');
    expect(alert).toHaveTextContent('Internal server error');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
