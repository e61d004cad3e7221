import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CostOfQualityMonth } from '@/features/dashboard/api/get-portfolio-economics';
import { formatMoney, formatMonth } from '@/lib/format';

type CostKey = 'prevention' | 'appraisal' | 'internalFailure' | 'externalFailure';

/** The four kinds of cost of quality, bottom of the stack first (Okabe–Ito colours, safe for colour blindness). */
const SERIES: readonly { key: CostKey; name: string; color: string }[] = [
  { key: 'prevention', name: 'Prevention', color: '#009e73' },
  { key: 'appraisal', name: 'Appraisal', color: '#0072b2' },
  { key: 'internalFailure', name: 'Internal failure', color: '#e69f00' },
  { key: 'externalFailure', name: 'External failure', color: '#d55e00' },
];

interface ChartRow extends Record<CostKey, number> {
  label: string;
  source: CostOfQualityMonth;
}

/** Bar heights are chart coordinates: the only place an amount becomes a float. Labels stay exact. */
function toRow(month: CostOfQualityMonth): ChartRow {
  return {
    label: formatMonth(month.month),
    prevention: Number(month.prevention.amount),
    appraisal: Number(month.appraisal.amount),
    internalFailure: Number(month.internalFailure.amount),
    externalFailure: Number(month.externalFailure.amount),
    source: month,
  };
}

interface CostOfQualityChartProps {
  months: CostOfQualityMonth[];
  currency: string;
}

/** Cost of quality per month as stacked bars, with the same figures as a table for screen readers and keyboards. */
export function CostOfQualityChart({ months, currency }: CostOfQualityChartProps) {
  if (months.length === 0) {
    return <p className="empty">No cost of quality recorded yet.</p>;
  }
  const rows = months.map(toRow);
  const axisMoney = (value: number) => formatMoney({ amount: value, currency }, undefined, true);

  return (
    <figure className="chart" aria-label={`Cost of quality per month, ${currency}: stacked bars`}>
      <BarChart responsive data={rows} style={{ width: '100%', height: 300 }} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={axisMoney} width={96} />
        <Tooltip
          formatter={(_value, name, item) => {
            const key = SERIES.find((series) => series.name === name)?.key;
            const source = (item.payload as ChartRow | undefined)?.source;
            return key && source ? formatMoney(source[key]) : '';
          }}
        />
        <Legend itemSorter={null} formatter={(value) => <span className="chart__legend-label">{value}</span>} />
        {SERIES.map((series) => (
          <Bar key={series.key} dataKey={series.key} name={series.name} stackId="cost" fill={series.color} isAnimationActive={false} />
        ))}
      </BarChart>
      <details className="chart__data">
        <summary>Cost of quality as a table</summary>
        <div className="table-scroll">
          <table className="data-table" aria-label={`Cost of quality per month, ${currency}`}>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {SERIES.map((series) => (
                  <th key={series.key} scope="col" className="num">
                    {series.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.source.month}>
                  <th scope="row">{row.label}</th>
                  {SERIES.map((series) => (
                    <td key={series.key} className="num">
                      {formatMoney(row.source[series.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
