import { describe, expect, it } from 'vitest';
import { preventionAgainstLoss } from '@/features/dashboard/lib/prevention-against-loss';

const usd = (amount: string) => ({ amount, currency: 'USD' });
const month = (m: string, prevention: string, external: string) => ({
  month: m,
  prevention: usd(prevention),
  appraisal: usd('10.00'),
  internalFailure: usd('20.00'),
  externalFailure: usd(external),
});

describe('prevention against loss', () => {
  it('puts spend and loss per month side by side with running totals, oldest first, to the cent', () => {
    const rows = preventionAgainstLoss([month('2026-03', '0.10', '50000.00'), month('2026-01', '166.67', '0.00'), month('2026-02', '166.66', '0.20')]);
    expect(rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(rows.map((r) => r.cumulativePrevention)).toEqual([166.67, 333.33, 333.43]);
    expect(rows.map((r) => r.cumulativeLoss)).toEqual([0, 0.2, 50000.2]);
    expect(rows[2]).toMatchObject({ prevention: 0.1, loss: 50000 });
  });
});
