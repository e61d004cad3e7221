import { describe, expect, it } from 'vitest';
import { formatAxisMoney, formatEstimate, formatMoney, formatRatio } from '@/lib/format';

describe('numbers that do not pretend', () => {
  it('rounds estimates and simulation results to 3 significant figures', () => {
    expect(formatEstimate({ amount: '52417.93', currency: 'USD' }, 'en-US')).toBe('$52,400');
    expect(formatEstimate({ amount: 1234567.89, currency: 'USD' }, 'en-US')).toBe('$1,230,000');
    expect(formatEstimate({ amount: '0.1234', currency: 'EUR' }, 'en-US')).toBe('€0.123');
    expect(formatEstimate({ amount: 999.5, currency: 'USD' }, 'en-US')).toBe('$1,000');
  });

  it('keeps realized losses and costs to the cent', () => {
    expect(formatMoney({ amount: '52417.93', currency: 'USD' }, 'en-US')).toBe('$52,417.93');
  });

  it('writes axis ticks compactly, to 3 significant figures at most', () => {
    expect(formatAxisMoney(52_417, 'USD', 'en-US')).toBe('$52.4K');
    expect(formatAxisMoney(1_000_000, 'USD', 'en-US')).toBe('$1M');
    expect(formatAxisMoney(1_234_567, 'USD', 'en-US')).toBe('$1.23M');
    expect(formatAxisMoney(500, 'EUR', 'en-US')).toBe('€500');
  });

  it('shows a return as a percentage to 3 significant figures', () => {
    expect(formatRatio('0.5', 'en-US')).toBe('50%');
    expect(formatRatio('25.2123', 'en-US')).toBe('2,520%');
    expect(formatRatio('-0.66667', 'en-US')).toBe('-66.7%');
  });

  it('never throws on an unknown currency', () => {
    expect(formatEstimate({ amount: 5, currency: 'nope' }, 'en-US')).toBe('5 nope');
  });
});

describe('formatTimes', () => {
  it('says how many times, to 2 significant figures', async () => {
    const { formatTimes } = await import('@/lib/format');
    expect(formatTimes(26.2, 'en-US')).toBe('26×');
    expect(formatTimes(3.14159, 'en-US')).toBe('3.1×');
    expect(formatTimes(250, 'en-US')).toBe('250×');
  });
});
