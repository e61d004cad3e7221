import type { ReactNode } from 'react';
import type { Economics } from '@/features/dashboard/api/get-portfolio-economics';
import { formatEstimate, formatMoney, formatPercent } from '@/lib/format';

interface TileProps {
  label: string;
  value: string;
  detail?: ReactNode;
  tone?: 'cost' | 'loss' | 'gain';
}

function Tile({ label, value, detail, tone }: TileProps) {
  return (
    <div className={`kpi${tone ? ` kpi--${tone}` : ''}`}>
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">{value}</dd>
      {detail && <dd className="kpi__detail">{detail}</dd>}
    </div>
  );
}

interface KpiTilesProps {
  economics: Economics;
  /** Names the list, e.g. "Key figures, USD". */
  label: string;
}

/** What prevention costs, what incidents cost, and what the register expects to lose per year. */
export function KpiTiles({ economics, label }: KpiTilesProps) {
  const { preventionCost, incidentLoss, returnOnPrevention } = economics;
  return (
    <dl className="kpis" aria-label={label}>
      <Tile
        label="Prevention cost per year"
        value={formatMoney(preventionCost.annualized)}
        detail="Annual plus amortized one-time costs"
        tone="cost"
      />
      <Tile
        label="Prevention spent to date"
        value={formatMoney(preventionCost.spendToDate)}
        detail="One-time and annual costs so far"
        tone="cost"
      />
      <Tile label="Incident loss" value={formatMoney(incidentLoss.total)} detail="Realized, all incidents" tone="loss" />
      <Tile
        label="Return on prevention"
        value={returnOnPrevention == null ? '—' : formatPercent(returnOnPrevention)}
        detail={returnOnPrevention == null ? 'No prevention in force' : '(Avoided − cost) ÷ cost'}
      />
      <Tile
        label="Expected loss, inherent"
        value={formatEstimate(economics.expectedLossInherent)}
        detail="Per year, without prevention"
      />
      <Tile
        label="Expected loss, residual"
        value={formatEstimate(economics.expectedLossResidual)}
        detail="Per year, with prevention in force"
      />
      <Tile
        label="Expected loss avoided"
        value={formatEstimate(economics.expectedLossAvoided)}
        detail="Per year"
        tone="gain"
      />
    </dl>
  );
}
