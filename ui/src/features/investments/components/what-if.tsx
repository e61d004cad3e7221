import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorState, LoadingState } from '@/components/query-state';
import type { InvestmentRow } from '@/features/investments/api/get-investments';
import { useWhatIf, WHAT_IF_TRIALS } from '@/features/investments/api/get-what-if';
import {
  ASSUMABLE,
  keepAssumable,
  mergeWhatIfCurves,
  NOTHING_ASSUMED,
  residualChange,
  toggleAssumed,
  type WhatIfSelection,
} from '@/features/investments/lib/what-if';
import { formatAxisMoney, formatCount, formatEstimate, formatMoney, formatPercent, humanize } from '@/lib/format';

const CURVES = {
  // wide and pale, under the others: visible as a halo where a residual curve lies on it
  inherent: { name: 'Inherent (no prevention)', color: '#c7c7c7', dash: undefined },
  current: { name: 'Residual now', color: '#0072b2', dash: undefined },
  whatIf: { name: 'Residual with the selection', color: '#d55e00', dash: '7 4' },
} as const;

/** Powers of ten around the losses: the log axis' domain and ticks. */
function decades(losses: number[]): number[] {
  const low = Math.floor(Math.log10(losses[0] ?? 1));
  const high = Math.max(low + 1, Math.ceil(Math.log10(losses.at(-1) ?? 10)));
  return Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
}

interface WhatIfProps {
  projectId: string;
  currency: string;
  investments: readonly InvestmentRow[];
}

/**
 * Before deciding: switch proposed, rejected or retired investments on and off and see the residual
 * expected loss and the loss exceedance curve move against the current one. Both come from the real
 * simulation with the same draws, so the difference is the investments' effect, not noise.
 */
export function WhatIf({ projectId, currency, investments }: WhatIfProps) {
  const [chosen, setChosen] = useState<WhatIfSelection>(NOTHING_ASSUMED);
  const selection = keepAssumable(chosen, investments);
  const simulation = useWhatIf(projectId, selection);
  const options = investments.filter((i) => ASSUMABLE.includes(i.status));

  let result;
  if (simulation.isPending) {
    result = <LoadingState label="Simulating…" />;
  } else if (simulation.isError) {
    result = <ErrorState title="The what-if could not be simulated." error={simulation.error} onRetry={() => void simulation.refetch()} />;
  } else {
    const { current, whatIf } = simulation.data.project ?? {};
    if (!current || !whatIf) {
      result = <p className="empty">No simulation for this project.</p>;
    } else {
      const change = residualChange(current.residual.mean.amount, whatIf.residual.mean.amount);
      const points = mergeWhatIfCurves({
        inherent: current.inherent.exceedanceCurve,
        current: current.residual.exceedanceCurve,
        whatIf: whatIf.residual.exceedanceCurve,
      });
      const ticks = decades(points.map((p) => p.loss));
      result = (
        <>
          <div className="what-if__figures" aria-live="polite" aria-busy={simulation.isFetching}>
            <p>
              Residual expected loss now <strong data-testid="residual-now">{formatEstimate(current.residual.mean)}/yr</strong>
            </p>
            <p>
              With the selection <strong data-testid="residual-what-if">{formatEstimate(whatIf.residual.mean)}/yr</strong>
            </p>
            <p>
              Change{' '}
              <strong data-testid="residual-change">
                {change === 0 ? 'none' : `${change < 0 ? '−' : '+'}${formatEstimate({ amount: Math.abs(change), currency })}/yr`}
              </strong>
            </p>
            <p>
              A 1-in-10 year loses more than <strong>{formatEstimate(current.residual.p90)}</strong>
            </p>
            <p>
              …with the selection <strong data-testid="p90-what-if">{formatEstimate(whatIf.residual.p90)}</strong>
            </p>
          </div>
          {points.length > 0 && (
            <figure
              className="chart"
              aria-label={`Loss exceedance, ${currency}: chance that a year's loss exceeds an amount, now and with the selection`}
            >
              <LineChart responsive data={points} style={{ width: '100%', height: 300 }} margin={{ top: 8, right: 16, left: 8, bottom: 24 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="loss"
                  type="number"
                  scale="log"
                  domain={[ticks[0] ?? 1, ticks.at(-1) ?? 10]}
                  ticks={ticks}
                  interval={0}
                  allowDataOverflow
                  tickFormatter={(value: number) => formatAxisMoney(value, currency)}
                  label={{ value: `A year's loss (${currency}, log scale)`, position: 'insideBottom', offset: -16 }}
                />
                <YAxis
                  type="number"
                  domain={[0, 1]}
                  tickFormatter={(value: number) => formatPercent(value)}
                  width={72}
                  label={{ value: 'Chance exceeded', angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
                />
                <Tooltip
                  labelFormatter={(label) => `Loss above ${typeof label === 'number' ? formatMoney({ amount: label, currency }, undefined, true) : String(label)}`}
                  formatter={(value) => (typeof value === 'number' ? formatPercent(value, undefined, 2) : String(value))}
                />
                <Legend verticalAlign="top" />
                {(Object.keys(CURVES) as (keyof typeof CURVES)[]).map((key) => (
                  <Line
                    key={key}
                    isAnimationActive={false}
                    type="monotone"
                    dataKey={key}
                    name={CURVES[key].name}
                    stroke={CURVES[key].color}
                    strokeWidth={key === 'inherent' ? 7 : 2.5}
                    strokeDasharray={CURVES[key].dash}
                    dot={false}
                    connectNulls
                  />
                ))}
              </LineChart>
            </figure>
          )}
          <p className="muted">
            {formatCount(WHAT_IF_TRIALS)} simulated years over {current.risks} open {current.risks === 1 ? 'risk' : 'risks'}, the same
            draws with and without the selection.
          </p>
        </>
      );
    }
  }

  return (
    <section className="project-section" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">What if…</h2>
      {options.length === 0 ? (
        <p className="empty">Every investment is in force already: there is nothing to try.</p>
      ) : (
        <fieldset>
          <legend>Count these as in force</legend>
          <ul className="what-if__options">
            {options.map((investment) => (
              <li key={investment.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selection.includes(investment.id)}
                    onChange={() => setChosen(toggleAssumed(selection, investment.id))}
                  />{' '}
                  {investment.name} <span className="muted">({humanize(investment.status)}, {formatMoney(investment.annualizedCost)}/yr)</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {result}
    </section>
  );
}
