import { Fragment, useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { RiskOrder, RiskOrderField } from '@/gql/graphql';
import type { RiskRow } from '@/features/risks/api/get-risk-register';
import { RiskEditForm } from '@/features/risks/components/risk-inline-editor';
import type { RiskFieldOptions } from '@/features/risks/components/risk-fields';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyRange,
  formatPercent,
  humanize,
  isBefore,
  todayIso,
} from '@/lib/format';

const features = tableFeatures({ rowSortingFeature });
const column = createColumnHelper<typeof features, RiskRow>();

/** The columns the server can sort by, and the order field each one asks for. */
const ORDER_FIELD_BY_COLUMN: Readonly<Record<string, RiskOrderField>> = {
  score: 'SCORE',
  expectedLoss: 'EXPECTED_LOSS',
  nextReviewOn: 'NEXT_REVIEW',
  updatedAt: 'UPDATED',
};

function columnIdOf(field: RiskOrderField): string {
  return Object.keys(ORDER_FIELD_BY_COLUMN).find((id) => ORDER_FIELD_BY_COLUMN[id] === field) ?? 'expectedLoss';
}

/** A risk is due for review when its next review date has passed and it is not closed. */
export function reviewOverdue(risk: Pick<RiskRow, 'nextReviewOn' | 'status'>, today = todayIso()): boolean {
  return risk.status !== 'CLOSED' && isBefore(risk.nextReviewOn, today);
}

const columns = column.columns([
  column.accessor('title', {
    header: 'Title',
    enableSorting: false,
    meta: { className: 'col-title' },
    cell: (info) => <Link to={`/risks/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  column.accessor('category', {
    header: 'Category',
    enableSorting: false,
    cell: (info) => humanize(info.getValue()),
  }),
  column.accessor((risk) => risk.owner?.displayName, {
    id: 'owner',
    header: 'Owner',
    enableSorting: false,
    cell: (info) => info.getValue() ?? <span className="muted">Unassigned</span>,
  }),
  column.accessor('status', {
    header: 'Status',
    enableSorting: false,
    cell: (info) => (
      <span className={`badge badge--${info.getValue().toLowerCase()}`}>{humanize(info.getValue())}</span>
    ),
  }),
  column.accessor('score', {
    header: 'Score',
    sortDescFirst: true,
    meta: { className: 'num' },
    cell: (info) => {
      const { likelihood, impact, score } = info.row.original;
      return (
        <span title={`Likelihood ${likelihood} × impact ${impact}`}>
          <span className={`score score--${score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low'}`}>{score}</span>
          <span className="muted">
            {' '}
            ({likelihood}×{impact})
          </span>
        </span>
      );
    },
  }),
  column.accessor('probability', {
    header: 'Probability',
    enableSorting: false,
    meta: { className: 'num' },
    cell: (info) => formatPercent(info.getValue()),
  }),
  column.accessor((risk) => risk.lossHigh.amount, {
    id: 'lossRange',
    header: 'Loss range (90%)',
    enableSorting: false,
    meta: { className: 'num' },
    cell: (info) => formatMoneyRange(info.row.original.lossLow, info.row.original.lossHigh),
  }),
  column.accessor((risk) => risk.expectedLoss.amount, {
    id: 'expectedLoss',
    header: 'Expected loss',
    sortDescFirst: true,
    meta: { className: 'num' },
    cell: (info) => (
      <span data-testid="expected-loss">
        {formatMoney(info.row.original.expectedLoss)}
        <span className="cell-detail">residual {formatMoney(info.row.original.residualExpectedLoss)}</span>
      </span>
    ),
  }),
  column.accessor('nextReviewOn', {
    header: 'Next review',
    // Soonest review first.
    sortDescFirst: false,
    cell: (info) => {
      const date = info.getValue();
      if (!date) return <span className="muted">—</span>;
      return (
        <span className="nowrap">
          {formatDate(date)}
          {reviewOverdue(info.row.original) && <span className="badge badge--overdue">Review overdue</span>}
        </span>
      );
    },
  }),
  column.accessor('updatedAt', {
    header: 'Updated',
    sortDescFirst: true,
    cell: (info) => formatDateTime(info.getValue()),
  }),
]);

interface ColumnMeta {
  className?: string;
}

function classNameOf(meta: unknown): string | undefined {
  return (meta as ColumnMeta | undefined)?.className;
}

interface RiskRegisterTableProps {
  risks: RiskRow[];
  orderBy: RiskOrder;
  onOrderByChange: (orderBy: RiskOrder) => void;
  /** True while rows for a new order are on their way. */
  busy?: boolean;
  /** Editing in place: the project, its members and milestones; absent for those who may not edit. */
  editing?: { projectId: string; options: RiskFieldOptions; editingId: string | null; onEdit: (id: string | null) => void };
}

/**
 * The register as a table. Sorting happens on the server: the table only shows which column is
 * sorted and turns header clicks into a new `orderBy`. Managers edit a row in place.
 */
export function RiskRegisterTable({ risks, orderBy, onOrderByChange, busy = false, editing }: RiskRegisterTableProps) {
  const sorting = useMemo<SortingState>(
    () => [{ id: columnIdOf(orderBy.field), desc: orderBy.direction === 'DESC' }],
    [orderBy],
  );

  const table = useTable({
    features,
    columns,
    data: risks,
    getRowId: (risk) => risk.id,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const sorted = next[0];
      const field = sorted && ORDER_FIELD_BY_COLUMN[sorted.id];
      if (sorted && field) {
        onOrderByChange({ field, direction: sorted.desc ? 'DESC' : 'ASC' });
      }
    },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });
  const columnCount = columns.length + (editing ? 1 : 0);

  // When an editor closes (saved or cancelled), keyboard focus returns to the row's Edit button.
  const editingId = editing?.editingId ?? null;
  const previousEditingId = useRef<string | null>(null);
  useEffect(() => {
    const closed = previousEditingId.current;
    previousEditingId.current = editingId;
    if (closed && editingId === null) {
      document.getElementById(`edit-risk-${closed}`)?.focus();
    }
  }, [editingId]);

  return (
    <div className="table-scroll">
      <table className="data-table risk-register" aria-label="Risk register" aria-busy={busy || undefined}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={classNameOf(header.column.columnDef.meta)}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
              {editing && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const open = editing?.editingId === row.id;
            return (
              <Fragment key={row.id}>
                <tr className={open ? 'is-editing' : undefined}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={classNameOf(cell.column.columnDef.meta)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                  {editing && (
                    <td>
                      <button
                        type="button"
                        id={`edit-risk-${row.id}`}
                        className="button--small"
                        aria-expanded={open}
                        aria-label={`${open ? 'Close editor' : 'Edit'} ${row.original.title}`}
                        onClick={() => editing.onEdit(open ? null : row.id)}
                      >
                        {open ? 'Close editor' : 'Edit'}
                      </button>
                    </td>
                  )}
                </tr>
                {editing && open && (
                  <tr className="edit-row">
                    <td colSpan={columnCount}>
                      <RiskEditForm
                        risk={row.original}
                        projectId={editing.projectId}
                        options={editing.options}
                        label={`Edit ${row.original.title}`}
                        onDone={() => editing.onEdit(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
