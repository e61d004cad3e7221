import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatMoneyRange,
  formatMonth,
  formatPercent,
  humanize,
  isBefore,
  todayIso,
} from '@/lib/format';

describe('format', () => {
  it('formats money in its own currency to its minor unit', () => {
    expect(formatMoney({ amount: 9910.78, currency: 'USD' }, 'en-US')).toBe('$9,910.78');
    expect(formatMoney({ amount: '50000.00', currency: 'EUR' }, 'en-US')).toBe('€50,000.00');
    expect(formatMoney({ amount: '1234.5', currency: 'EUR' }, 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
  });

  it('never throws on an unknown currency code', () => {
    expect(formatMoney({ amount: '12.50', currency: 'NOT-A-CODE' }, 'en-US')).toBe('12.50 NOT-A-CODE');
  });

  it('rounds to whole units when asked', () => {
    expect(formatMoney({ amount: '1234.5', currency: 'EUR' }, 'de-DE', true)).toBe('1.235\u00a0€');
  });

  it('formats decimal text exactly, without a detour through floating point', () => {
    expect(formatMoney({ amount: '9007199254740993', currency: 'USD' }, 'en-US')).toBe('$9,007,199,254,740,993.00');
  });

  it('formats a loss range', () => {
    expect(formatMoneyRange({ amount: 10000, currency: 'USD' }, { amount: 80000, currency: 'USD' }, 'en-US')).toBe(
      '$10,000–$80,000',
    );
  });

  it('formats a probability as a percentage', () => {
    expect(formatPercent('0.35', 'en-US')).toBe('35%');
    expect(formatPercent(0.125, 'en-US')).toBe('12.5%');
    expect(formatPercent('0.0042', 'en-US', 2)).toBe('0.42%');
  });

  it('formats a measured decimal without trailing zeros', () => {
    expect(formatDecimal('2500000.000000', 'en-US')).toBe('2,500,000');
    expect(formatDecimal('0.125000', 'en-US')).toBe('0.125');
  });

  it('formats a count with grouping', () => {
    expect(formatCount(100000, 'en-US')).toBe('100,000');
  });

  it('formats a calendar date as written, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it('formats a month as written, whatever the time zone', () => {
    expect(formatMonth('2026-03', 'en-US')).toBe('Mar 2026');
    expect(formatMonth('2026-12', 'en-US')).toBe('Dec 2026');
  });

  it('turns enum values into words', () => {
    expect(humanize('DATA_INTEGRITY')).toBe('Data integrity');
    expect(humanize('ON_HOLD')).toBe('On hold');
  });

  it('never throws on a bad or missing date: it shows the text or a dash instead', () => {
    expect(formatDate('not-a-date', 'en-US')).toBe('not-a-date');
    expect(formatDate('2026-13-45', 'en-US')).toBe('2026-13-45');
    expect(formatDate(null, 'en-US')).toBe('—');
    expect(formatDateTime('yesterday', 'en-US')).toBe('yesterday');
    expect(formatDateTime(undefined, 'en-US')).toBe('—');
    expect(formatMonth('2026-99', 'en-US')).toBe('2026-99');
  });

  it('tells whether a calendar date is past', () => {
    expect(isBefore('2026-11-29', '2026-11-30')).toBe(true);
    expect(isBefore('2026-11-30', '2026-11-30')).toBe(false);
    expect(isBefore('garbage', '2026-11-30')).toBe(false);
    expect(isBefore(null, '2026-11-30')).toBe(false);
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('turns API field names into labels', () => {
    expect(fieldLabel('next_review_on')).toBe('Next review on');
    expect(fieldLabel('lossHigh')).toBe('Loss high');
    expect(fieldLabel('owner_username')).toBe('Owner username');
  });
});
