import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { OPEN_STATUSES, useOpenRisks, type OpenRisk } from '@/features/risks/api/get-open-risks';
import { bandOf, binHeatMap, RATINGS } from '@/features/risks/lib/heat-map-binning';
import { registerSearchParams } from '@/features/risks/lib/register-search';

type View = 'inherent' | 'residual';

const RATING_OF: Record<View, (risk: OpenRisk) => { likelihood: number; impact: number }> = {
  inherent: (risk) => risk,
  residual: (risk) => risk.residualRating,
};

interface HeatGridProps {
  risks: OpenRisk[];
  view: View;
  projectId: string;
}

function HeatGrid({ risks, view, projectId }: HeatGridProps) {
  const grid = binHeatMap(risks, RATING_OF[view]);
  const caption = view === 'inherent' ? 'Inherent' : 'Residual (after mitigations in force)';
  return (
    <table className="heat-map" aria-label={`${caption} heat map`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td className="heat-map__corner">
            <span className="visually-hidden">Likelihood down, impact across</span>
          </td>
          {RATINGS.map((impact) => (
            <th key={impact} scope="col">
              <span className="heat-map__axis">Impact</span> {impact}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.map((row) => (
          <tr key={row[0]?.likelihood}>
            <th scope="row">
              <span className="heat-map__axis">Likelihood</span> {row[0]?.likelihood}
            </th>
            {row.map((cell) => {
              const band = bandOf(cell.likelihood, cell.impact);
              const label = `Likelihood ${cell.likelihood}, impact ${cell.impact}: ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}`;
              const className = `heat-cell heat-cell--${band}${cell.count === 0 ? ' heat-cell--empty' : ''}`;
              // Each cell opens the register filtered to it: by the inherent or the residual placement.
              const cellFilter =
                view === 'inherent'
                  ? { likelihood: cell.likelihood, impact: cell.impact }
                  : { residualLikelihood: cell.likelihood, residualImpact: cell.impact };
              const search = registerSearchParams({
                filter: { status: OPEN_STATUSES, ...cellFilter },
                orderBy: { field: 'EXPECTED_LOSS', direction: 'DESC' },
              });
              return (
                <td key={cell.impact} className={className} data-likelihood={cell.likelihood} data-impact={cell.impact}>
                  <Link to={`/projects/${projectId}/risks?${search.toString()}`} aria-label={label}>
                    {cell.count}
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface RiskHeatMapProps {
  projectId: string;
}

/**
 * The 5×5 heat map of a project's open risks: a count per likelihood × impact cell, inherent and
 * residual side by side (stacked on a phone). Colours follow the score; every cell also says its count,
 * and its accessible name says the cell, so nothing depends on colour.
 */
export function RiskHeatMap({ projectId }: RiskHeatMapProps) {
  const risks = useOpenRisks(projectId);
  const [view, setView] = useState<View | 'both'>('both');

  let content;
  if (risks.isPending) content = <LoadingState label="Loading the heat map…" />;
  else if (risks.isError)
    content = <ErrorState title="The heat map could not be loaded." error={risks.error} onRetry={() => void risks.refetch()} />;
  else if (!risks.data) content = <p className="empty">Project not found.</p>;
  else
    content = (
      <>
        <p className="count">
          {risks.data.length} open {risks.data.length === 1 ? 'risk' : 'risks'}. Select a cell to see its risks in
          the register.
        </p>
        <div className="heat-maps">
          {view !== 'residual' && <HeatGrid risks={risks.data} view="inherent" projectId={projectId} />}
          {view !== 'inherent' && <HeatGrid risks={risks.data} view="residual" projectId={projectId} />}
        </div>
        <ul className="legend" aria-label="Colour scale">
          <li>
            <span className="legend__swatch heat-cell--low" aria-hidden="true" /> Low: score 1–7
          </li>
          <li>
            <span className="legend__swatch heat-cell--medium" aria-hidden="true" /> Medium: score 8–14
          </li>
          <li>
            <span className="legend__swatch heat-cell--high" aria-hidden="true" /> High: score 15–25
          </li>
        </ul>
      </>
    );

  return (
    <section className="project-section" aria-labelledby="heat-map-heading">
      <div className="section-head">
        <h2 id="heat-map-heading">Heat map</h2>
        <div className="segmented" role="group" aria-label="Heat map view">
          {(['both', 'inherent', 'residual'] as const).map((option) => (
            <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
              {option === 'both' ? 'Side by side' : option === 'inherent' ? 'Inherent' : 'Residual'}
            </button>
          ))}
        </div>
      </div>
      {content}
    </section>
  );
}
