import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PortfolioEconomicsQuery, PortfolioLossSimulationQuery } from '@/gql/graphql';
import { SponsorDashboard } from '@/features/dashboard/components/sponsor-dashboard';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

type CurrencyGroup = PortfolioEconomicsQuery['portfolio']['currencies'][number];
type SimulationGroup = PortfolioLossSimulationQuery['portfolio']['currencies'][number];

const usd = (amount: number | string) => ({ amount, currency: 'USD' });
const eur = (amount: number | string) => ({ amount, currency: 'EUR' });

const usdGroup: CurrencyGroup = {
  currency: 'USD',
  projects: [{ id: 'p1', key: 'PORTAL', name: 'Member portal migration' }],
  economics: {
    preventionCost: {
      annualized: usd('12000.00'),
      spendToDate: usd('7500.50'),
      investments: [
        { id: 'inv-2', name: 'Restore drill', returnOnInvestment: '-0.2500', annualizedCost: usd('4000.00'), expectedLossAvoided: usd('3000.00') },
        { id: 'inv-3', name: 'Load-realistic staging', returnOnInvestment: '4.2000', annualizedCost: usd('8000.00'), expectedLossAvoided: usd('41600.00') },
      ],
    },
    incidentLoss: { total: usd('52000.00') },
    expectedLossInherent: usd('90000.00'),
    expectedLossResidual: usd('30000.00'),
    expectedLossAvoided: usd('60000.00'),
    returnOnPrevention: '4.0000',
    declinedPrevention: [
      {
        investment: {
          id: 'inv-1',
          name: 'Data comparison tool',
          vendor: 'DiffCo',
          decidedBy: 'sam.sponsor',
          decisionRationale: 'Not in this year’s budget',
        },
        annualizedCost: usd('2000.00'),
        lossOnMitigatedRisks: usd('50000.00'),
        incidents: [
          { id: 'i1', title: 'UAT test data loaded into production', occurredAt: '2026-03-02T08:00:00Z' },
          { id: 'i2', title: 'Customer balances overwritten', occurredAt: '2026-04-11T22:30:00Z' },
        ],
      },
    ],
    costOfQuality: [
      {
        month: '2026-03',
        prevention: usd('1000.00'),
        appraisal: usd('250.00'),
        internalFailure: usd('0.00'),
        externalFailure: usd('50000.00'),
      },
    ],
  },
};

const eurGroup: CurrencyGroup = {
  currency: 'EUR',
  projects: [{ id: 'p2', key: 'TAX', name: 'Tax season compliance' }],
  economics: {
    preventionCost: { annualized: eur(0), spendToDate: eur(0), investments: [] },
    incidentLoss: { total: eur('1234.56') },
    expectedLossInherent: eur('8000.00'),
    expectedLossResidual: eur('8000.00'),
    expectedLossAvoided: eur('0.00'),
    returnOnPrevention: null,
    declinedPrevention: [],
    costOfQuality: [],
  },
};

function distribution(money: (amount: number | string) => { amount: number | string; currency: string }, scale: number) {
  return {
    mean: money(10000 * scale),
    p50: money(5000 * scale),
    p90: money(25000 * scale),
    p95: money(40000 * scale),
    p99: money(90000 * scale),
    probabilityOfAnyLoss: '0.62',
    exceedanceCurve: [
      { loss: money(1000), probability: '0.6' },
      { loss: money(10000), probability: String(0.3 * scale) },
      { loss: money(100000), probability: String(0.01 * scale) },
    ],
  };
}

const simulations: SimulationGroup[] = [
  { currency: 'EUR', lossSimulation: { trials: 100000, inherent: distribution(eur, 1), residual: distribution(eur, 1) } },
  { currency: 'USD', lossSimulation: { trials: 100000, inherent: distribution(usd, 1), residual: distribution(usd, 0.5) } },
];

function mockPortfolio(groups: CurrencyGroup[] = [usdGroup, eurGroup]) {
  return mockGraphQL({
    PortfolioEconomics: () => ({ portfolio: { currencies: groups } }),
    PortfolioLossSimulation: () => ({ portfolio: { currencies: simulations } }),
  });
}

async function currencySection(currency: string) {
  return screen.findByRole('region', { name: `${currency} projects` });
}

/** The value shown on the KPI tile with this label. */
function tileValue(section: HTMLElement, label: string): string | null | undefined {
  const kpis = within(section).getByLabelText(/^Key figures/);
  const term = within(kpis).getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('.kpi__value')?.textContent;
}

describe('SponsorDashboard', () => {
  it('calls out declined prevention: the refused cost beside the incidents that followed', async () => {
    mockPortfolio();

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    const callout = within(usdSection).getByRole('region', { name: 'Declined prevention' });
    const [line] = within(callout).getAllByRole('listitem').filter((item) => item.parentElement?.parentElement === callout);
    expect(line).toBeDefined();
    expect(line).toHaveTextContent(
      "Data comparison tool — $2,000.00/year, refused by sam.sponsor: 'Not in this year’s budget'",
    );
    expect(line).toHaveTextContent('$50,000.00 lost in 2 incidents');
    expect(within(line!).getByText('UAT test data loaded into production')).toBeInTheDocument();
    expect(within(line!).getByText('Customer balances overwritten')).toBeInTheDocument();

    const eurCallout = within(await currencySection('EUR')).getByRole('region', { name: 'Declined prevention' });
    expect(eurCallout).toHaveTextContent(/None: no rejected investment/);
  });

  it('keeps a section that cannot be drawn to itself: one bad value does not blank the dashboard', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = {
      ...usdGroup,
      economics: { ...usdGroup.economics, declinedPrevention: null, costOfQuality: [{ month: 'not-a-month' }] },
    } as unknown as CurrencyGroup;
    mockPortfolio([broken, eurGroup]);

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    expect(tileValue(usdSection, 'Incident loss')).toBe('$52,000.00');
    expect(within(usdSection).getByText('The declined prevention could not be shown.')).toBeInTheDocument();
    expect(within(usdSection).getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
    expect(tileValue(await currencySection('EUR'), 'Incident loss')).toBe('€1,234.56');
  });

  it('renders the key figures of each currency, formatted exactly', async () => {
    mockPortfolio();

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    expect(tileValue(usdSection, 'Prevention cost per year')).toBe('$12,000.00');
    expect(tileValue(usdSection, 'Prevention spent to date')).toBe('$7,500.50');
    expect(tileValue(usdSection, 'Incident loss')).toBe('$52,000.00');
    // expected losses are estimates: 3 significant figures; costs and realized losses to the cent
    expect(tileValue(usdSection, 'Expected loss, inherent')).toBe('$90,000');
    expect(tileValue(usdSection, 'Expected loss, residual')).toBe('$30,000');
    expect(tileValue(usdSection, 'Expected loss avoided')).toBe('$60,000');
    expect(tileValue(usdSection, 'Return on prevention')).toBe('400%');

    const eurSection = await currencySection('EUR');
    expect(tileValue(eurSection, 'Incident loss')).toBe('€1,234.56');
    expect(tileValue(eurSection, 'Return on prevention')).toBe('—');
  });

  it('keeps each currency in its own section and never mixes amounts', async () => {
    mockPortfolio();

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    const eurSection = await currencySection('EUR');
    expect(within(usdSection).getByRole('link', { name: /Member portal migration/ })).toHaveAttribute('href', '/projects/p1');
    expect(within(eurSection).getByRole('link', { name: /Tax season compliance/ })).toHaveAttribute('href', '/projects/p2');
    expect(within(usdSection).queryByText(/Tax season compliance/)).not.toBeInTheDocument();

    await within(usdSection).findByRole('table', { name: 'Simulated annual loss, USD' });
    await within(eurSection).findByRole('table', { name: 'Simulated annual loss, EUR' });
    expect(usdSection.textContent).not.toContain('€');
    expect(eurSection.textContent).not.toContain('$');
    expect(screen.getByText(/nothing is converted or added across currencies/)).toBeInTheDocument();
  });

  it('shows the loss simulation of each currency: percentiles, and the exceedance curve with a name', async () => {
    const api = mockPortfolio();

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    const stats = await within(usdSection).findByRole('table', { name: 'Simulated annual loss, USD' });
    const rows = within(stats)
      .getAllByRole('row')
      .map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent));
    // simulation results are estimates: 3 significant figures, not cents
    expect(rows.slice(1)).toEqual([
      ['$10,000', '$5,000'],
      ['$5,000', '$2,500'],
      ['$25,000', '$12,500'],
      ['$40,000', '$20,000'],
      ['$90,000', '$45,000'],
      ['62%', '62%'],
    ]);
    expect(within(usdSection).getByRole('figure', { name: /Loss exceedance curve, USD/ })).toBeInTheDocument();
    expect(within(usdSection).getByRole('figure', { name: /Cost of quality per month, USD/ })).toBeInTheDocument();
    const curve = within(usdSection).getByRole('table', { name: 'Loss exceedance, USD' });
    expect(within(curve).getByRole('row', { name: /\$10,000/ })).toHaveTextContent('$10,00030%15%');
    expect(usdSection).toHaveTextContent(
      'In plain words: a 1-in-10 year loses more than $25,000 without prevention, and more than $12,500 with the prevention in force',
    );
    expect(api.variablesOf('PortfolioLossSimulation')).toEqual([{ trials: 100000, seed: 1 }]);
  });

  it('shows the economics even when the simulation fails, with an alert in its place', async () => {
    let failSimulation = () => {};
    const simulationAnswered = new Promise<void>((resolve) => {
      failSimulation = resolve;
    });
    mockGraphQL({
      PortfolioEconomics: () => ({ portfolio: { currencies: [usdGroup] } }),
      PortfolioLossSimulation: async () => {
        await simulationAnswered;
        return new Response(JSON.stringify({ errors: [{ message: 'Too many trials' }] }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    expect(within(usdSection).getByRole('status')).toHaveTextContent("Simulating a year's loss…");
    failSimulation();
    const alert = await within(usdSection).findByRole('alert');
    expect(alert).toHaveTextContent('The loss simulation could not be loaded.');
    expect(alert).toHaveTextContent('Too many trials');
    expect(within(usdSection).getByRole('region', { name: 'Declined prevention' })).toBeInTheDocument();
  });

  it('shows a loading status, then an alert when the portfolio cannot be loaded', async () => {
    mockGraphQL({
      PortfolioEconomics: () => new Response('', { status: 502 }),
      PortfolioLossSimulation: () => new Response('', { status: 502 }),
    });

    renderWithProviders(<SponsorDashboard />);

    expect(screen.getByRole('status')).toHaveTextContent('Loading the portfolio…');
    expect(await screen.findByRole('alert')).toHaveTextContent('The portfolio could not be loaded.');
  });

  it('explains an empty portfolio', async () => {
    mockPortfolio([]);

    renderWithProviders(<SponsorDashboard />);

    expect(await screen.findByText(/You are not a member of any project yet/)).toBeInTheDocument();
  });
});

describe('SponsorDashboard headline', () => {
  it('puts each declined prevention first: the refused cost beside the loss that followed, and the ratio', async () => {
    mockPortfolio([eurGroup, usdGroup]);

    renderWithProviders(<SponsorDashboard />);

    const headline = await screen.findByRole('region', { name: 'Prevention you declined, and what followed' });
    expect(headline).toHaveTextContent('Data comparison tool: $2,000.00/yr refused → $50,000.00 lost, 25×');
    // first on the page, before any currency's figures
    const firstSection = screen.getAllByRole('region')[0];
    expect(firstSection).toBe(headline);
  });

  it('orders currencies by size, not by name', async () => {
    const bigEur = { ...eurGroup, projects: [...eurGroup.projects, { id: 'p3', key: 'OPS', name: 'Operations' }] };
    mockPortfolio([usdGroup, bigEur]);

    renderWithProviders(<SponsorDashboard />);

    await currencySection('USD');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('EUR projects')).toBeLessThan(headings.indexOf('USD projects'));
  });

  it('shows no headline when no declined prevention was followed by a loss', async () => {
    mockPortfolio([eurGroup]);

    renderWithProviders(<SponsorDashboard />);

    await currencySection('EUR');
    expect(screen.queryByRole('region', { name: 'Prevention you declined, and what followed' })).not.toBeInTheDocument();
  });
});

describe('SponsorDashboard narrowed to one project', () => {
  it('shows the chosen project alone, from its own figures, and says so in the address', async () => {
    const api = mockGraphQL({
      PortfolioEconomics: () => ({ portfolio: { currencies: [usdGroup, eurGroup] } }),
      PortfolioLossSimulation: () => ({ portfolio: { currencies: simulations } }),
      ProjectEconomics: () => ({
        project: {
          id: 'p2',
          key: 'TAX',
          name: 'Tax season compliance',
          currency: 'EUR',
          economics: eurGroup.economics,
          lossSimulation: { trials: 100000, inherent: distribution(eur, 1), residual: distribution(eur, 1) },
        },
      }),
    });

    const { router } = renderWithProviders(<SponsorDashboard />);
    await currencySection('USD');
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'p2');

    const eurSection = await currencySection('EUR');
    expect(tileValue(eurSection, 'Incident loss')).toBe('€1,234.56');
    expect(screen.queryByRole('region', { name: 'USD projects' })).not.toBeInTheDocument();
    expect(api.variablesOf('ProjectEconomics')).toEqual([{ id: 'p2', trials: 100000, seed: 1 }]);
    expect(router.state.location.search).toBe('?project=p2');
  });
});

describe('SponsorDashboard return per investment', () => {
  it('shows the return of each investment in force, largest first, with its cost and what it avoids', async () => {
    mockPortfolio();

    renderWithProviders(<SponsorDashboard />);

    const usdSection = await currencySection('USD');
    expect(within(usdSection).getByRole('figure', { name: 'Return per investment in force, USD' })).toBeInTheDocument();
    const table = within(usdSection).getByRole('table', { name: 'Return per investment, USD' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Load-realistic staging$8,000.00$41,600420%', 'Restore drill$4,000.00$3,000-25%']);
    expect(within(await currencySection('EUR')).getByText('No investment in force has a return to show.')).toBeInTheDocument();
  });
});
