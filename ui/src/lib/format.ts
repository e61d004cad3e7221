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
  try {
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: money.currency,
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      });
      moneyFormats.set(key, format);
    }
    return format.format(asFormattable(money.amount));
  } catch {
    // an unknown currency code must not take the page down: show the figures as they came
    return `${String(money.amount)} ${money.currency}`;
  }
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

/** A measured decimal as written, with grouping and without trailing zeros: "2500000.000000" → "2,500,000". */
export function formatDecimal(value: Decimal, locale = browserLocale()): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(asFormattable(value));
}

/** A count with grouping: 100000 → "100,000". */
export function formatCount(count: number, locale = browserLocale()): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** Shown in place of a date the API sent that is missing or cannot be read. */
export const NO_DATE = '—';

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/**
 * A calendar date ("2026-11-22") as written, independent of the viewer's time zone. Never throws:
 * a missing date shows "—", an unreadable one is shown as the text it came as (a bad value must
 * not blank the page with "Invalid time value").
 */
export function formatDate(isoDate: string | null | undefined, locale = browserLocale()): string {
  if (!isoDate) return NO_DATE;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(isoDate) || !isValid(date)) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today as a calendar date ("2026-11-30") in the viewer's time zone. */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** True when a calendar date lies before `today` (both "YYYY-MM-DD"); false when either is missing or unreadable. */
export function isBefore(isoDate: string | null | undefined, today: string): boolean {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate.slice(0, 10))) return false;
  return isoDate.slice(0, 10) < today;
}

/** A calendar month ("2026-03") as words ("Mar 2026"), independent of the viewer's time zone. Never throws. */
export function formatMonth(isoMonth: string | null | undefined, locale = browserLocale()): string {
  if (!isoMonth) return NO_DATE;
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  if (!isValid(date)) return isoMonth;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant ("2026-11-22T10:15:30Z") in the viewer's time zone. Never throws. */
export function formatDateTime(isoInstant: string | null | undefined, locale = browserLocale()): string {
  if (!isoInstant) return NO_DATE;
  const date = new Date(isoInstant);
  if (!isValid(date)) return isoInstant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A field name as the API spells it ("next_review_on", "lossHigh") as a label ("Next review on", "Loss high"). */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An API enum value as words: "DATA_INTEGRITY" → "Data integrity", "ON_HOLD" → "On hold". */
export function humanize(enumValue: string): string {
  const words = enumValue.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const estimateFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = estimateFormats.get(key);
  if (!format) {
    format = make();
    estimateFormats.set(key, format);
  }
  return format;
}

/**
 * An estimate or a simulation result, which should not pretend to more precision than it has:
 * money rounded to 3 significant figures ("$52,400", "$1,230,000", "$0.123"). Realized losses and
 * costs use `formatMoney`, to the cent.
 */
export function formatEstimate(money: MoneyValue, locale = browserLocale()): string {
  try {
    return cachedFormat(`${locale ?? ''}|${money.currency}|estimate`, () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: money.currency,
        maximumSignificantDigits: 3,
      }),
    ).format(asFormattable(money.amount));
  } catch {
    return `${String(money.amount)} ${money.currency}`;
  }
}

/** Money on a chart axis: compact and to 3 significant figures ("$52.4K", "$1.2M", "$500"). */
export function formatAxisMoney(amount: number, currency: string, locale = browserLocale()): string {
  try {
    return cachedFormat(`${locale ?? ''}|${currency}|axis`, () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumSignificantDigits: 3,
      }),
    ).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A ratio such as a return on investment (0.5 → "50%", 25.2 → "2,520%"), to 3 significant figures. */
export function formatRatio(ratio: Decimal, locale = browserLocale()): string {
  return cachedFormat(`${locale ?? ''}|ratio`, () =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 3 }),
  ).format(asFormattable(ratio));
}

/** How many times one amount is another, to 2 significant figures: 26.2 → "26×", 3.14 → "3.1×". */
export function formatTimes(ratio: number, locale = browserLocale()): string {
  return `${cachedFormat(`${locale ?? ''}|times`, () => new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 })).format(ratio)}×`;
}
