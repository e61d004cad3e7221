/** Formatting for display. Values stay exact until here; only the screen rounds. */

export type Decimal = number | string;

export interface MoneyValue {
  amount: Decimal;
  currency: string;
}

function browserLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/** Decimal text from the API ("12345.67") is formatted exactly, without going through a float. */
function asFormattable(value: Decimal): number | `${number}` {
  return typeof value === 'number' ? value : (value as `${number}`);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Money in its own currency, to the currency's minor unit ("$9,910.78", "¥1,200"), so the screen
 * shows the exact figure the API computed; `whole` rounds to whole units for estimates ("$20,000").
 */
export function formatMoney(money: MoneyValue, locale = browserLocale(), whole = false): string {
  const key = `${locale ?? ''}|${money.currency}|${whole}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    moneyFormats.set(key, format);
  }
  return format.format(asFormattable(money.amount));
}

/** A range of money, in whole units: "$10,000–$80,000". */
export function formatMoneyRange(low: MoneyValue, high: MoneyValue, locale = browserLocale()): string {
  return `${formatMoney(low, locale, true)}–${formatMoney(high, locale, true)}`;
}

/**
 * A probability 0–1 as a percentage: 0.35 → "35%", 0.125 → "12.5%"; `fractionDigits` keeps
 * more of small tail probabilities (0.0042 → "0.42%" with 2).
 */
export function formatPercent(probability: Decimal, locale = browserLocale(), fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(
    asFormattable(probability),
  );
}

/** A count with grouping: 100000 → "100,000". */
export function formatCount(count: number, locale = browserLocale()): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** A calendar date ("2026-11-22") as written, independent of the viewer's time zone. */
export function formatDate(isoDate: string, locale = browserLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A calendar month ("2026-03") as words ("Mar 2026"), independent of the viewer's time zone. */
export function formatMonth(isoMonth: string, locale = browserLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoMonth}-01T00:00:00Z`),
  );
}

/** An instant ("2026-11-22T10:15:30Z") in the viewer's time zone. */
export function formatDateTime(isoInstant: string, locale = browserLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}

/** An API enum value as words: "DATA_INTEGRITY" → "Data integrity", "ON_HOLD" → "On hold". */
export function humanize(enumValue: string): string {
  const words = enumValue.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
