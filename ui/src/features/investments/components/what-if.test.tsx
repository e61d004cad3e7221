import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InvestmentRow } from '@/features/investments/api/get-investments';
import { WhatIf } from '@/features/investments/components/what-if';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const usd = (amount: string) => ({ amount, currency: 'USD' });

function investment(id: string, name: string, status: InvestmentRow['status']): InvestmentRow {
  return {
    id,
    name,
    kind: 'TOOL',
    vendor: null,
    description: null,
    status,
    version: 0,
    proposedBy: 'maria',
    createdAt: '2026-11-01T10:00:00Z',
    decidedBy: null,
    decidedAt: null,
    decisionRationale: null,
    oneTimeCost: usd('0.00'),
    annualCost: usd('2000.00'),
    annualizedCost: usd('2000.00'),
    expectedLossAvoided: usd('40000.00'),
    returnOnInvestment: '19.0000',
    sourceActionItems: [],
    mitigations: [],
  };
}

function distribution(mean: string) {
  return {
    mean: usd(mean),
    p90: usd(String(Number(mean) * 2)),
    exceedanceCurve: [
      { loss: usd('1000'), probability: '0.5' },
      { loss: usd('100000'), probability: String(Number(mean) / 1_000_000) },
    ],
  };
}

describe('WhatIf', () => {
  it('offers only investments not in force, and re-simulates with the ones switched on', async () => {
    const api = mockGraphQL({
      WhatIfSimulation: (variables) => {
        const assumed = variables.assume as string[];
        return {
          project: {
            id: 'p1',
            current: { risks: 100, inherent: distribution('90000'), residual: distribution('52417') },
            whatIf: { residual: distribution(assumed.includes('tool') ? '12417' : '52417') },
          },
        };
      },
    });
    const investments = [
      investment('tool', 'Data comparison tool', 'PROPOSED'),
      investment('drill', 'Restore drill', 'ACTIVE'),
      investment('old', 'Old staging', 'REJECTED'),
    ];

    renderWithProviders(<WhatIf projectId="p1" currency="USD" investments={investments} />);

    const region = screen.getByRole('region', { name: 'What if…' });
    expect(await within(region).findByTestId('residual-now')).toHaveTextContent('$52,400/yr');
    expect(within(region).getByTestId('residual-change')).toHaveTextContent('none');
    expect(within(region).queryByRole('checkbox', { name: /Restore drill/ })).not.toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: /Old staging/ })).not.toBeChecked();

    await userEvent.click(within(region).getByRole('checkbox', { name: /Data comparison tool/ }));

    expect(await within(region).findByText('$12,400/yr')).toBeInTheDocument();
    expect(within(region).getByTestId('residual-change')).toHaveTextContent('−$40,000/yr');
    expect(within(region).getByTestId('residual-now')).toHaveTextContent('$52,400/yr');
    expect(api.variablesOf('WhatIfSimulation').map((v) => v.assume)).toEqual([[], ['tool']]);
    // the same draws: one seed and one number of trials for every what-if
    const [first, second] = api.variablesOf('WhatIfSimulation');
    expect(second?.seed).toBe(first?.seed);
    expect(second?.trials).toBe(first?.trials);
  });
});
