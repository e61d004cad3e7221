import { useEffect, useState } from 'react';
import type { RiskCategory, RiskFilter, RiskStatus } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import { OPEN_STATUSES } from '@/features/risks/api/get-open-risks';
import { isFiltered, RISK_CATEGORIES, RISK_STATUSES } from '@/features/risks/lib/register-search';

interface RiskFilterBarProps {
  filter: RiskFilter;
  members: readonly { username: string; displayName: string }[];
  milestones: readonly { id: string; name: string }[];
  onChange: (filter: RiskFilter) => void;
}

const OPEN = 'OPEN';

function statusValue(status: RiskFilter['status']): string {
  const statuses = (status ?? []).filter(Boolean);
  if (statuses.length === 0) return '';
  if (statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => statuses.includes(s))) return OPEN;
  return statuses.length === 1 ? String(statuses[0]) : statuses.join(',');
}

function without<K extends keyof RiskFilter>(filter: RiskFilter, key: K): RiskFilter {
  const next = { ...filter };
  delete next[key];
  return next;
}

/** The register's filters: each change becomes a new URL (the text when submitted). */
export function RiskFilterBar({ filter, members, milestones, onChange }: RiskFilterBarProps) {
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => setText(filter.text ?? ''), [filter.text]);
  const status = statusValue(filter.status);
  const set = <K extends keyof RiskFilter>(key: K, value: RiskFilter[K] | '') =>
    onChange(value === '' || value == null ? without(filter, key) : { ...filter, [key]: value });

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter risks"
      onSubmit={(event) => {
        event.preventDefault();
        set('text', text.trim());
      }}
    >
      <div className="field">
        <label htmlFor="filter-text">Search</label>
        <div className="search-input">
          <input id="filter-text" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit">Search</button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select
          id="filter-status"
          value={status}
          onChange={(event) => {
            const value = event.target.value;
            set('status', value === OPEN ? OPEN_STATUSES : value === '' ? '' : (value.split(',') as RiskStatus[]));
          }}
        >
          <option value="">Any status</option>
          <option value={OPEN}>Open (not closed)</option>
          {RISK_STATUSES.map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
          {status.includes(',') && <option value={status}>{status.split(',').map(humanize).join(', ')}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-category">Category</label>
        <select
          id="filter-category"
          value={filter.category?.[0] ?? ''}
          onChange={(event) => set('category', event.target.value === '' ? '' : [event.target.value as RiskCategory])}
        >
          <option value="">Any category</option>
          {RISK_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-owner">Owner</label>
        <select id="filter-owner" value={filter.owner ?? ''} onChange={(event) => set('owner', event.target.value)}>
          <option value="">Anyone</option>
          {members.map((member) => (
            <option key={member.username} value={member.username}>
              {member.displayName}
            </option>
          ))}
          {filter.owner && !members.some((m) => m.username === filter.owner) && (
            <option value={filter.owner}>{filter.owner}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-milestone">Milestone</label>
        <select
          id="filter-milestone"
          value={filter.milestone ?? ''}
          onChange={(event) => set('milestone', event.target.value)}
        >
          <option value="">Any milestone</option>
          {milestones.map((milestone) => (
            <option key={milestone.id} value={milestone.id}>
              {milestone.name}
            </option>
          ))}
        </select>
      </div>
      {(filter.likelihood || filter.impact) && (
        <p className="chip">
          Heat-map cell: likelihood {filter.likelihood ?? 'any'} × impact {filter.impact ?? 'any'}
          <button
            type="button"
            className="chip__remove"
            aria-label="Remove the heat-map cell filter"
            onClick={() => onChange(without(without(filter, 'likelihood'), 'impact'))}
          >
            Remove
          </button>
        </p>
      )}
      {(filter.residualLikelihood || filter.residualImpact) && (
        <p className="chip">
          Residual heat-map cell: likelihood {filter.residualLikelihood ?? 'any'} × impact {filter.residualImpact ?? 'any'}
          <button
            type="button"
            className="chip__remove"
            aria-label="Remove the residual heat-map cell filter"
            onClick={() => onChange(without(without(filter, 'residualLikelihood'), 'residualImpact'))}
          >
            Remove
          </button>
        </p>
      )}
      {isFiltered(filter) && (
        <button type="button" className="button--link" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </form>
  );
}
