import { fieldLabel, formatDate, formatDateTime, formatMoney, formatPercent, humanize } from '@/lib/format';

export interface HistoryEntryValue {
  actor: string;
  at: string;
  operation: string;
  changes: readonly { field: string; before?: string | null; after?: string | null }[];
}

interface HistoryListProps {
  entries: readonly HistoryEntryValue[];
  /** The currency of the record's amounts. */
  currency: string;
  /** Fields (as the history names them) that hold money. */
  moneyFields?: readonly string[];
  /** Fields that hold a probability or fraction 0–1. */
  fractionFields?: readonly string[];
  /** Fields not worth showing (ids, versions, generated columns). */
  hiddenFields?: readonly string[];
  /** Names for ids, per field ({ milestoneId: { "<uuid>": "Cut-over" } }), so no raw id is shown. */
  names?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Labels for fields whose name reads badly ("owner_username" → "Owner"). */
  labels?: Readonly<Record<string, string>>;
  /** Accessible name of the list. */
  label: string;
}

const ALWAYS_HIDDEN = ['id', 'version', 'created_at', 'updated_at', 'project_id', 'createdAt', 'updatedAt', 'projectId'];

function parse(json: string | null | undefined): unknown {
  if (json == null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** One value of a change, readable: money in its currency, enums in words, dates as dates. */
export function displayValue(
  field: string,
  json: string | null | undefined,
  currency: string,
  moneyFields: readonly string[] = [],
  fractionFields: readonly string[] = [],
): string {
  const value = parse(json);
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (moneyFields.includes(field) && (typeof value === 'number' || typeof value === 'string')) {
    return formatMoney({ amount: value, currency });
  }
  if (fractionFields.includes(field) && (typeof value === 'number' || typeof value === 'string')) {
    return formatPercent(value, undefined, 2);
  }
  if (typeof value === 'string') {
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(value)) return humanize(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Every recorded change, newest first: who, when, and each field before → after. */
export function HistoryList({
  entries,
  currency,
  moneyFields = [],
  fractionFields = [],
  hiddenFields = [],
  names = {},
  labels = {},
  label,
}: HistoryListProps) {
  const show = (field: string, json: string | null | undefined) => {
    const id = parse(json);
    const named = typeof id === 'string' ? names[field]?.[id] : undefined;
    return named ?? displayValue(field, json, currency, moneyFields, fractionFields);
  };
  if (entries.length === 0) return <p className="empty">No changes are recorded.</p>;
  const hidden = new Set([...ALWAYS_HIDDEN, ...hiddenFields]);
  return (
    <ol className="history" aria-label={label}>
      {[...entries].reverse().map((entry, index) => {
        const changes = entry.changes.filter((change) => !hidden.has(change.field));
        return (
          <li key={`${entry.at}-${index}`} className="history__entry">
            <p className="history__head">
              <strong>{entry.actor}</strong> {entry.operation === 'CREATED' ? 'created it' : 'changed it'}{' '}
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </p>
            {changes.length > 0 && (
              <dl className="history__changes">
                {changes.map((change) => (
                  <div key={change.field}>
                    <dt>{labels[change.field] ?? fieldLabel(change.field)}</dt>
                    <dd>
                      {entry.operation !== 'CREATED' && (
                        <>
                          <span className="history__before">{show(change.field, change.before)}</span>
                          <span aria-label="changed to"> → </span>
                        </>
                      )}
                      <span className="history__after">{show(change.field, change.after)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
