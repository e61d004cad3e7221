import { useMemo } from 'react';
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
import { formatDate, formatDateTime, formatMoney, formatMoneyRange, formatPercent, humanize } from '@/lib/format';

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

const columns = column.columns([
  column.accessor('title', {
    header: 'Title',
    enableSorting: false,
    meta: { className: 'col-title' },
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
    cell: (info) => formatMoney(info.row.original.expectedLoss),
  }),
  column.accessor('nextReviewOn', {
    header: 'Next review',
    // Soonest review first.
    sortDescFirst: false,
    cell: (info) => {
      const date = info.getValue();
      return date ? formatDate(date) : <span className="muted">—</span>;
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
}

/**
 * The register as a read-only table. Sorting happens on the server: the table only shows
 * which column is sorted and turns header clicks into a new `orderBy`.
 */
export function RiskRegisterTable({ risks, orderBy, onOrderByChange, busy = false }: RiskRegisterTableProps) {
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
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={classNameOf(cell.column.columnDef.meta)}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
