import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { LossDistribution, LossSimulation } from '@/features/dashboard/api/get-portfolio-loss-simulation';
import { formatAxisMoney, formatCount, formatEstimate, formatPercent, type MoneyValue } from '@/lib/format';

const INHERENT = { name: 'Inherent (without prevention)', color: '#d55e00' };
const RESIDUAL = { name: 'Residual (with prevention in force)', color: '#0072b2' };

interface CurvePoint {
  /** Chart coordinate (log axis): the loss as a float. */
  loss: number;
  /** The exact amount, for labels. */
  money: MoneyValue;
  inherent?: number;
  residual?: number;
}

/**
 * Both curves on one set of loss amounts (the server uses the same log-spaced amounts; where
 * they differ, each line connects its own points). A log axis cannot show a loss of zero.
 */
function mergeCurves(inherent: LossDistribution, residual: LossDistribution): CurvePoint[] {
  const points = new Map<number, CurvePoint>();
  const add = (distribution: LossDistribution, key: 'inherent' | 'residual') => {
    for (const point of distribution.exceedanceCurve) {
      const loss = Number(point.loss.amount);
      if (!(loss > 0)) continue;
      const entry = points.get(loss) ?? { loss, money: point.loss };
      entry[key] = Number(point.probability);
      points.set(loss, entry);
    }
  };
  add(inherent, 'inherent');
  add(residual, 'residual');
  return [...points.values()].sort((a, b) => a.loss - b.loss);
}

/** Powers of ten around the losses: the log axis' domain and ticks. */
function decades(points: CurvePoint[]): number[] {
  const low = Math.floor(Math.log10(points[0]?.loss ?? 1));
  const high = Math.max(low + 1, Math.ceil(Math.log10(points.at(-1)?.loss ?? 10)));
  return Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
}

const STATISTICS: readonly { label: string; key: 'mean' | 'p50' | 'p90' | 'p95' | 'p99' }[] = [
  { label: 'Mean', key: 'mean' },
  { label: 'P50 (median)', key: 'p50' },
  { label: 'P90', key: 'p90' },
  { label: 'P95', key: 'p95' },
  { label: 'P99', key: 'p99' },
];

interface LossExceedanceProps {
  simulation: LossSimulation;
  currency: string;
}

/**
 * The loss exceedance curve (chance that a year's loss is above an amount, amounts on a log
 * scale) with and without prevention, and the distribution's mean and percentiles.
 */
export function LossExceedance({ simulation, currency }: LossExceedanceProps) {
  const { inherent, residual } = simulation;
  const points = mergeCurves(inherent, residual);
  const ticks = decades(points);
  const axisMoney = (value: number) => formatAxisMoney(value, currency);

  return (
    <>
      <p className="lec-sentence">
        In plain words: a 1-in-10 year loses more than <strong>{formatEstimate(inherent.p90)}</strong> without prevention, and more
        than <strong>{formatEstimate(residual.p90)}</strong> with the prevention in force; a 1-in-100 year more than{' '}
        {formatEstimate(residual.p99)}.
      </p>
      <table className="data-table stats-table" aria-label={`Simulated annual loss, ${currency}`}>
        <caption className="stats-table__caption">
          Simulated annual loss over {formatCount(simulation.trials)} years
        </caption>
        <thead>
          <tr>
            <th scope="col">Statistic</th>
            <th scope="col" className="num">
              Inherent
            </th>
            <th scope="col" className="num">
              Residual
            </th>
          </tr>
        </thead>
        <tbody>
          {STATISTICS.map((statistic) => (
            <tr key={statistic.key}>
              <th scope="row">{statistic.label}</th>
              <td className="num">{formatEstimate(inherent[statistic.key])}</td>
              <td className="num">{formatEstimate(residual[statistic.key])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Chance of any loss</th>
            <td className="num">{formatPercent(inherent.probabilityOfAnyLoss)}</td>
            <td className="num">{formatPercent(residual.probabilityOfAnyLoss)}</td>
          </tr>
        </tbody>
      </table>

      {points.length === 0 ? (
        <p className="empty">No loss to plot: there are no open risks to simulate.</p>
      ) : (
        <figure
          className="chart"
          aria-label={`Loss exceedance curve, ${currency}: chance that a year's loss exceeds an amount, inherent and residual`}
        >
          <LineChart responsive data={points} style={{ width: '100%', height: 300 }} margin={{ top: 8, right: 16, left: 8, bottom: 20 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="loss"
              type="number"
              scale="log"
              domain={[ticks[0] ?? 1, ticks.at(-1) ?? 10]}
              ticks={ticks}
              interval={0}
              allowDataOverflow
              tickFormatter={axisMoney}
              label={{ value: `A year's loss (${currency}, log scale)`, position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={(value: number) => formatPercent(value)}
              width={72}
              label={{ value: 'Chance exceeded', angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
            />
            <Tooltip
              labelFormatter={(label) => `Loss above ${typeof label === 'number' ? axisMoney(label) : String(label)}`}
              formatter={(value) => (typeof value === 'number' ? formatPercent(value, undefined, 2) : String(value))}
            />
            <Legend formatter={(value) => <span className="chart__legend-label">{value}</span>} />
            <Line
              isAnimationActive={false}
              type="monotone"
              dataKey="inherent"
              name={INHERENT.name}
              stroke={INHERENT.color}
              strokeWidth={2}
              dot={false}
              connectNulls
            />
            <Line
              isAnimationActive={false}
              type="monotone"
              dataKey="residual"
              name={RESIDUAL.name}
              stroke={RESIDUAL.color}
              strokeWidth={2.5}
              strokeDasharray="7 4"
              dot={false}
              connectNulls
            />
          </LineChart>
          <details className="chart__data">
            <summary>Loss exceedance as a table</summary>
            <div className="table-scroll">
              <table className="data-table" aria-label={`Loss exceedance, ${currency}`}>
                <thead>
                  <tr>
                    <th scope="col">Year's loss above</th>
                    <th scope="col" className="num">
                      Chance, inherent
                    </th>
                    <th scope="col" className="num">
                      Chance, residual
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.loss}>
                      <th scope="row">{formatEstimate(point.money)}</th>
                      <td className="num">{point.inherent === undefined ? '—' : formatPercent(point.inherent, undefined, 2)}</td>
                      <td className="num">{point.residual === undefined ? '—' : formatPercent(point.residual, undefined, 2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
    </>
  );
}
