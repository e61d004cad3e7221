import type { OrderDirection, RiskCategory, RiskFilter, RiskOrder, RiskOrderField, RiskStatus } from '@/gql/graphql';

export const RISK_STATUSES: RiskStatus[] = ['IDENTIFIED', 'MITIGATING', 'ACCEPTED', 'MATERIALIZED', 'CLOSED'];
export const RISK_CATEGORIES: RiskCategory[] = [
  'DATA_INTEGRITY',
  'AVAILABILITY',
  'SECURITY',
  'SCHEDULE',
  'COST',
  'COMPLIANCE',
  'PEOPLE',
  'VENDOR',
  'OTHER',
];
const ORDER_FIELDS: RiskOrderField[] = ['SCORE', 'EXPECTED_LOSS', 'NEXT_REVIEW', 'UPDATED'];

export const DEFAULT_ORDER: RiskOrder = { field: 'EXPECTED_LOSS', direction: 'DESC' };

/** What the register shows: the API's filter and order, as kept in the page's URL. */
export interface RegisterSearch {
  filter: RiskFilter;
  orderBy: RiskOrder;
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length > 0 ? items : undefined;
}

function ratingOf(value: string | null): number | undefined {
  if (!value) return undefined;
  const rating = Number(value);
  return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : undefined;
}

function textOf(value: string | null): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/**
 * Reads the register's filter and order from a URL's query string, e.g.
 * `?status=IDENTIFIED,MITIGATING&likelihood=4&impact=5&sort=SCORE&dir=ASC`. Unknown or malformed
 * values are ignored, so a hand-edited link still opens the register.
 */
export function parseRegisterSearch(params: URLSearchParams): RegisterSearch {
  const filter: RiskFilter = {};
  const status = listOf(params.get('status'), RISK_STATUSES);
  const category = listOf(params.get('category'), RISK_CATEGORIES);
  const owner = textOf(params.get('owner'));
  const milestone = textOf(params.get('milestone'));
  const text = textOf(params.get('q'));
  const likelihood = ratingOf(params.get('likelihood'));
  const impact = ratingOf(params.get('impact'));
  const residualLikelihood = ratingOf(params.get('residualLikelihood'));
  const residualImpact = ratingOf(params.get('residualImpact'));
  if (status) filter.status = status;
  if (category) filter.category = category;
  if (owner) filter.owner = owner;
  if (milestone) filter.milestone = milestone;
  if (text) filter.text = text;
  if (likelihood) filter.likelihood = likelihood;
  if (impact) filter.impact = impact;
  if (residualLikelihood) filter.residualLikelihood = residualLikelihood;
  if (residualImpact) filter.residualImpact = residualImpact;

  const sort = params.get('sort') as RiskOrderField | null;
  const dir = params.get('dir') as OrderDirection | null;
  const orderBy: RiskOrder =
    sort && ORDER_FIELDS.includes(sort)
      ? { field: sort, direction: dir === 'ASC' || dir === 'DESC' ? dir : 'DESC' }
      : DEFAULT_ORDER;
  return { filter, orderBy };
}

/** The query string for a filter and order; the default order and empty fields are left out. */
export function registerSearchParams({ filter, orderBy }: RegisterSearch): URLSearchParams {
  const params = new URLSearchParams();
  const status = filter.status?.filter((value): value is RiskStatus => value != null);
  const category = filter.category?.filter((value): value is RiskCategory => value != null);
  if (status?.length) params.set('status', status.join(','));
  if (category?.length) params.set('category', category.join(','));
  if (filter.owner) params.set('owner', filter.owner);
  if (filter.milestone) params.set('milestone', filter.milestone);
  if (filter.text?.trim()) params.set('q', filter.text.trim());
  if (filter.likelihood) params.set('likelihood', String(filter.likelihood));
  if (filter.impact) params.set('impact', String(filter.impact));
  if (filter.residualLikelihood) params.set('residualLikelihood', String(filter.residualLikelihood));
  if (filter.residualImpact) params.set('residualImpact', String(filter.residualImpact));
  if (orderBy.field !== DEFAULT_ORDER.field || orderBy.direction !== DEFAULT_ORDER.direction) {
    params.set('sort', orderBy.field);
    params.set('dir', orderBy.direction);
  }
  return params;
}

/** Whether any filter is set (the order aside). */
export function isFiltered(filter: RiskFilter): boolean {
  return Object.values(filter).some((value) => (Array.isArray(value) ? value.length > 0 : value != null && value !== ''));
}
