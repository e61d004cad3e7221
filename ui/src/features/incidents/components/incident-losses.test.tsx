import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from '@/features/incidents/api/get-incident';
import { IncidentLosses } from '@/features/incidents/components/incident-losses';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const incident = {
  id: 'inc1',
  losses: [],
  lossByType: [],
  totalLoss: { amount: 0, currency: 'USD' },
  project: { id: 'p1', key: 'MBR', name: 'Portal', currency: 'USD' },
} as unknown as IncidentDetail;

describe('IncidentLosses', () => {
  it('asks for the hours and the rate of a LABOR loss before sending anything', async () => {
    const api = mockGraphQL({});
    renderWithProviders(<IncidentLosses incident={incident} canAdd />);

    await userEvent.click(screen.getByRole('button', { name: 'Add a loss' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add loss' }));

    expect(await screen.findByText('Enter the hours worked.')).toBeInTheDocument();
    expect(screen.getByText('Enter the hourly rate.')).toBeInTheDocument();
    expect(api.variablesOf('IncidentAddLoss')).toEqual([]);
  });

  it('asks for the amount of any other loss before sending anything', async () => {
    const api = mockGraphQL({});
    renderWithProviders(<IncidentLosses incident={incident} canAdd />);

    await userEvent.click(screen.getByRole('button', { name: 'Add a loss' }));
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'REVENUE');
    await userEvent.click(screen.getByRole('button', { name: 'Add loss' }));

    expect(await screen.findByText('Enter the amount.')).toBeInTheDocument();
    expect(api.variablesOf('IncidentAddLoss')).toEqual([]);
  });
});
