import type { EditableRiskFragment, RiskCategory, RiskResponse, RiskStatus, RiskUpdateInput } from '@/gql/graphql';

/** A risk's editable fields as a form holds them (text inputs hold text; empty means "none"). */
export interface RiskValues {
  title: string;
  description: string;
  category: RiskCategory;
  status: RiskStatus;
  response: RiskResponse;
  owner: string;
  milestoneId: string;
  likelihood: string;
  impact: string;
  probability: string;
  lossLow: string;
  lossHigh: string;
  nextReviewOn: string;
}

export type RiskField = keyof RiskValues;

export const RISK_FIELDS: readonly RiskField[] = [
  'title',
  'description',
  'category',
  'status',
  'response',
  'owner',
  'milestoneId',
  'likelihood',
  'impact',
  'probability',
  'lossLow',
  'lossHigh',
  'nextReviewOn',
];

/** The form values of a risk as the API returned it. */
export function valuesOf(risk: EditableRiskFragment): RiskValues {
  return {
    title: risk.title,
    description: risk.description ?? '',
    category: risk.category,
    status: risk.status,
    response: risk.response,
    owner: risk.owner?.username ?? '',
    milestoneId: risk.milestone?.id ?? '',
    likelihood: String(risk.likelihood),
    impact: String(risk.impact),
    probability: String(risk.probability),
    lossLow: String(risk.lossLow.amount),
    lossHigh: String(risk.lossHigh.amount),
    nextReviewOn: risk.nextReviewOn ?? '',
  };
}

function normalized(field: RiskField, value: string): string {
  const text = value.trim();
  if (['probability', 'lossLow', 'lossHigh', 'likelihood', 'impact'].includes(field) && text !== '') {
    const number = Number(text);
    return Number.isFinite(number) ? String(number) : text;
  }
  return text;
}

/** Whether two values of a field mean the same ("0.150000" and "0.15" do). */
export function sameValue(field: RiskField, a: string, b: string): boolean {
  return normalized(field, a) === normalized(field, b);
}

/** The fields the user changed: where `mine` differs from the values the edit started from. */
export function changedFields(base: RiskValues, mine: RiskValues, fields: readonly RiskField[] = RISK_FIELDS): RiskField[] {
  return fields.filter((field) => !sameValue(field, base[field], mine[field]));
}

/** A `riskUpdate` input carrying only the given fields of `values`, with the version the edit read. */
export function updateInputOf(id: string, version: number, values: RiskValues, fields: readonly RiskField[]): RiskUpdateInput {
  const input: RiskUpdateInput = { id, version };
  for (const field of fields) {
    const value = values[field].trim();
    switch (field) {
      case 'likelihood':
      case 'impact':
        input[field] = Number(value);
        break;
      case 'category':
        input.category = values.category;
        break;
      case 'status':
        input.status = values.status;
        break;
      case 'response':
        input.response = values.response;
        break;
      default:
        // The API takes text for decimals and dates; an emptied optional field is sent as null.
        input[field] = value === '' ? null : value;
    }
  }
  return input;
}

/** One field of a conflict: what the edit started from, what the user wants, what is stored now. */
export interface ConflictRow {
  field: RiskField;
  base: string;
  mine: string;
  current: string;
  /** Someone else changed this very field since the edit started. */
  changedByOthers: boolean;
}

/**
 * What a stale edit collides with. For each field the user changed: their value beside the value
 * stored now (and whether someone else changed that field meanwhile). Nothing is dropped: the user's
 * values are kept until they re-apply (onto the current version) or discard them.
 */
export function conflictRows(base: RiskValues, mine: RiskValues, current: RiskValues, fields = changedFields(base, mine)): ConflictRow[] {
  return fields.map((field) => ({
    field,
    base: base[field],
    mine: mine[field],
    current: current[field],
    changedByOthers: !sameValue(field, base[field], current[field]),
  }));
}

/**
 * The values to show after "Re-apply": the current values with the user's changes on top,
 * so what others changed in other fields is kept, and the user's fields win.
 */
export function reapplied(current: RiskValues, mine: RiskValues, fields: readonly RiskField[]): RiskValues {
  const next = { ...current };
  for (const field of fields) {
    (next as Record<RiskField, string>)[field] = mine[field];
  }
  return next;
}
