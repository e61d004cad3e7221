import type { RiskConflict } from '@/features/risks/api/use-risk-edit';
import { RISK_FIELD_LABELS, type RiskFieldOptions } from '@/features/risks/components/risk-fields';
import type { RiskField } from '@/features/risks/lib/risk-edit';
import { formatDate, humanize } from '@/lib/format';

interface RiskConflictPanelProps {
  conflict: RiskConflict;
  options: RiskFieldOptions;
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}

function display(field: RiskField, value: string, options: RiskFieldOptions): string {
  if (value === '') return '—';
  if (field === 'owner') return options.members.find((m) => m.username === value)?.displayName ?? value;
  if (field === 'milestoneId') return options.milestones.find((m) => m.id === value)?.name ?? value;
  if (field === 'nextReviewOn') return formatDate(value);
  if (field === 'category' || field === 'status' || field === 'response') return humanize(value);
  return value;
}

/** Someone saved the risk first: the user's changes beside the values stored now, to re-apply or discard. */
export function RiskConflictPanel({ conflict, options, onReapply, onDiscard, busy }: RiskConflictPanelProps) {
  return (
    <div role="alert" className="conflict" aria-label="Edit conflict">
      <p className="state__title">Someone else changed this risk while you were editing.</p>
      <p>Nothing was saved. Your changes are kept below, beside the values stored now.</p>
      <div className="table-scroll">
        <table className="data-table conflict__table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your change</th>
              <th scope="col">Stored now</th>
            </tr>
          </thead>
          <tbody>
            {conflict.rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{RISK_FIELD_LABELS[row.field]}</th>
                <td className="conflict__mine">{display(row.field, row.mine, options)}</td>
                <td>
                  {display(row.field, row.current, options)}
                  {row.changedByOthers && <span className="badge badge--warning">Changed by someone else</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button--primary" onClick={onReapply} disabled={busy}>
          Re-apply my changes
        </button>
        <button type="button" onClick={onDiscard} disabled={busy}>
          Discard my changes
        </button>
      </div>
    </div>
  );
}
