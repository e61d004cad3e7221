import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { CostOfQualityMonth } from '@/features/dashboard/api/get-portfolio-economics';
import { preventionAgainstLoss } from '@/features/dashboard/lib/prevention-against-loss';
import { formatAxisMoney, formatMoney, formatMonth } from '@/lib/format';

const SERIES = {
  prevention: { name: 'Prevention spent', color: '#009e73' },
  loss: { name: 'Incident loss', color: '#d55e00' },
  cumulativePrevention: { name: 'Prevention, cumulative', color: '#009e73' },
  cumulativeLoss: { name: 'Incident loss, cumulative', color: '#d55e00' },
} as const;

interface PreventionAgainstLossChartProps {
  months: readonly CostOfQualityMonth[];
  currency: string;
}

/** The comparison the product is about, in one look: prevention spend against incident loss, per month and summed. */
export function PreventionAgainstLossChart({ months, currency }: PreventionAgainstLossChartProps) {
  const rows = preventionAgainstLoss(months).map((row) => ({ ...row, label: formatMonth(row.month) }));
  if (rows.length === 0) return <p className="empty">No prevention spend or incident loss recorded yet.</p>;
  const last = rows.at(-1);
  return (
    <figure className="chart" aria-label={`Prevention against loss per month, ${currency}: bars per month, lines cumulative`}>
      {last && (
        <figcaption className="muted">
          So far: {formatMoney({ amount: last.cumulativePrevention, currency })} spent on prevention,{' '}
          {formatMoney({ amount: last.cumulativeLoss, currency })} lost in incidents.
        </figcaption>
      )}
      <ComposedChart responsive data={rows} style={{ width: '100%', height: 300 }} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={(value: number) => formatAxisMoney(value, currency)} width={64} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatMoney({ amount: value, currency }) : String(value))} />
        <Legend />
        <Bar dataKey="prevention" name={SERIES.prevention.name} fill={SERIES.prevention.color} isAnimationActive={false} />
        <Bar dataKey="loss" name={SERIES.loss.name} fill={SERIES.loss.color} isAnimationActive={false} />
        <Line
          dataKey="cumulativePrevention"
          name={SERIES.cumulativePrevention.name}
          stroke={SERIES.cumulativePrevention.color}
          strokeDasharray="6 3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="cumulativeLoss"
          name={SERIES.cumulativeLoss.name}
          stroke={SERIES.cumulativeLoss.color}
          strokeDasharray="6 3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </figure>
  );
}
