import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Economics } from '@/features/dashboard/api/get-portfolio-economics';
import { formatEstimate, formatMoney, formatRatio } from '@/lib/format';

type InForce = Economics['preventionCost']['investments'][number];

/** Return per investment in force, largest first, as bars and as a table: what each one's cost buys. */
export function ReturnPerInvestment({ investments, currency }: { investments: readonly InForce[]; currency: string }) {
  const rows = investments
    .filter((i) => i.returnOnInvestment != null)
    .map((i) => ({ id: i.id, name: i.name, value: Number(i.returnOnInvestment), source: i }))
    .sort((a, b) => b.value - a.value);
  if (rows.length === 0) return <p className="empty">No investment in force has a return to show.</p>;
  return (
    <figure className="chart" aria-label={`Return per investment in force, ${currency}`}>
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: '100%', height: Math.max(140, 44 * rows.length + 60) }}
        margin={{ top: 8, right: 24, left: 8, bottom: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatRatio(value)}
          label={{ value: '(Avoided − cost) ÷ cost, per year', position: 'insideBottom', offset: -8 }}
        />
        <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke="#5b6475" />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatRatio(value) : String(value))} />
        <Bar dataKey="value" name="Return" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.id} fill={row.value >= 0 ? '#009e73' : '#d55e00'} />
          ))}
        </Bar>
      </BarChart>
      <details className="chart__data">
        <summary>Return per investment as a table</summary>
        <div className="table-scroll">
          <table className="data-table" aria-label={`Return per investment, ${currency}`}>
            <thead>
              <tr>
                <th scope="col">Investment</th>
                <th scope="col" className="num">
                  Cost per year
                </th>
                <th scope="col" className="num">
                  Expected loss avoided
                </th>
                <th scope="col" className="num">
                  Return
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td className="num">{formatMoney(row.source.annualizedCost)}</td>
                  <td className="num">{formatEstimate(row.source.expectedLossAvoided)}</td>
                  <td className="num">{formatRatio(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
