import { useState } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useProjectInvestments, type InvestmentRow } from '@/features/investments/api/get-investments';
import { InvestmentDecideForm, InvestmentStatusButtons } from '@/features/investments/components/investment-decision';
import { InvestmentProposeForm } from '@/features/investments/components/investment-propose-form';
import { WhatIf } from '@/features/investments/components/what-if';
import { formatDateTime, formatEstimate, formatMoney, formatPercent, formatRatio, humanize } from '@/lib/format';
import type { Permissions } from '@/lib/permissions';

/** Return per investment as bars (percent), positive in green and negative in red; those that cost nothing are left out. */
function ReturnChart({ investments }: { investments: readonly InvestmentRow[] }) {
  const data = investments
    .filter((i) => i.returnOnInvestment != null)
    .map((i) => ({ name: i.name, status: i.status, value: Number(i.returnOnInvestment) }));
  if (data.length === 0) return null;
  return (
    <figure className="chart" aria-label="Return per investment: (expected loss avoided − annualized cost) / annualized cost">
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={{ width: '100%', height: Math.max(140, 48 * data.length + 60) }}
        margin={{ top: 8, right: 24, left: 8, bottom: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(value: number) => formatRatio(value)}
          label={{ value: 'Return per year', position: 'insideBottom', offset: -8 }}
        />
        <YAxis type="category" dataKey="name" width={Math.min(200, Math.round(window.innerWidth * 0.35))} interval={0} tick={{ fontSize: 12 }} />
        <ReferenceLine x={0} stroke="#5b6475" />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatRatio(value) : String(value))} />
        <Bar dataKey="value" name="Return" isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.name} fill={entry.value >= 0 ? '#009e73' : '#d55e00'} />
          ))}
        </Bar>
      </BarChart>
    </figure>
  );
}

interface InvestmentCardProps {
  investment: InvestmentRow;
  projectId: string;
  permissions: Permissions;
}

function InvestmentCard({ investment, projectId, permissions }: InvestmentCardProps) {
  const [deciding, setDeciding] = useState(false);
  const headingId = `investment-${investment.id}`;
  const hypothetical = investment.status !== 'APPROVED' && investment.status !== 'ACTIVE';
  return (
    <li className="card" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>{investment.name}</h3>
        <span className={`badge badge--${investment.status.toLowerCase()}`}>{humanize(investment.status)}</span>
      </div>
      {investment.description && <p>{investment.description}</p>}
      <dl className="facts facts--grid">
        <div>
          <dt>Kind</dt>
          <dd>{humanize(investment.kind)}</dd>
        </div>
        <div>
          <dt>Vendor</dt>
          <dd>{investment.vendor ?? '—'}</dd>
        </div>
        <div>
          <dt>One-time cost</dt>
          <dd>{formatMoney(investment.oneTimeCost)}</dd>
        </div>
        <div>
          <dt>Annual cost</dt>
          <dd>{formatMoney(investment.annualCost)}</dd>
        </div>
        <div>
          <dt>Annualized cost</dt>
          <dd>{formatMoney(investment.annualizedCost)}/yr</dd>
        </div>
        <div>
          <dt>{hypothetical ? 'Would avoid (expected)' : 'Expected loss avoided'}</dt>
          <dd data-testid="expected-loss-avoided">{formatEstimate(investment.expectedLossAvoided)}/yr</dd>
        </div>
        <div>
          <dt>Return</dt>
          <dd>{investment.returnOnInvestment == null ? '—' : formatRatio(investment.returnOnInvestment)}</dd>
        </div>
        <div>
          <dt>Proposed</dt>
          <dd>
            {investment.proposedBy}, {formatDateTime(investment.createdAt)}
          </dd>
        </div>
        {investment.decidedBy && (
          <div>
            <dt>{investment.status === 'REJECTED' ? 'Rejected' : 'Approved'}</dt>
            <dd>
              {investment.decidedBy}, {formatDateTime(investment.decidedAt)}
            </dd>
          </div>
        )}
      </dl>
      {investment.decisionRationale && (
        <p>
          <strong>Rationale:</strong> {investment.decisionRationale}
        </p>
      )}
      {investment.sourceActionItems.length > 0 && (
        <p className="muted">
          From the post-mortem action{' '}
          {investment.sourceActionItems.map((item, index) => (
            <span key={item.id}>
              {index > 0 && ', '}
              <Link to={`/incidents/${item.incident.id}`}>“{item.title}”</Link>
            </span>
          ))}
        </p>
      )}
      {investment.mitigations.length === 0 ? (
        <p className="empty">It mitigates no risk yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-label={`Risks ${investment.name} mitigates`}>
            <thead>
              <tr>
                <th scope="col">Risk it mitigates</th>
                <th scope="col" className="num">
                  Probability reduction
                </th>
                <th scope="col" className="num">
                  Loss reduction
                </th>
              </tr>
            </thead>
            <tbody>
              {investment.mitigations.map((mitigation) => (
                <tr key={mitigation.id}>
                  <th scope="row">
                    <Link to={`/risks/${mitigation.risk.id}`}>{mitigation.risk.title}</Link>
                    {mitigation.risk.status === 'MATERIALIZED' && <span className="badge badge--materialized">Materialized</span>}
                  </th>
                  <td className="num">{formatPercent(mitigation.probabilityReduction)}</td>
                  <td className="num">{formatPercent(mitigation.lossReduction)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deciding ? (
        <InvestmentDecideForm investment={investment} projectId={projectId} onDone={() => setDeciding(false)} />
      ) : (
        <div className="form-actions">
          {permissions.decideInvestment && investment.status === 'PROPOSED' && (
            <button type="button" className="button--primary" aria-label={`Decide on ${investment.name}`} onClick={() => setDeciding(true)}>
              Decide
            </button>
          )}
          {permissions.operateInvestment && <InvestmentStatusButtons investment={investment} projectId={projectId} />}
        </div>
      )}
    </li>
  );
}

interface InvestmentsProps {
  projectId: string;
  permissions: Permissions;
}

/** A project's investments: costs, status and decision, the risks each mitigates, what it avoids and returns. */
export function Investments({ projectId, permissions }: InvestmentsProps) {
  const query = useProjectInvestments(projectId);
  const [proposing, setProposing] = useState(false);
  if (query.isPending) return <LoadingState label="Loading investments…" />;
  if (query.isError)
    return <ErrorState title="The investments could not be loaded." error={query.error} onRetry={() => void query.refetch()} />;
  const project = query.data.project;
  if (!project) return <p className="empty">Project not found.</p>;
  const investments = project.investments.nodes;
  const awaiting = investments.filter((i) => i.status === 'PROPOSED').length;

  return (
    <>
      <section className="project-section" aria-labelledby="investments-heading">
        <div className="section-head">
          <h2 id="investments-heading">Investments</h2>
          {permissions.proposeInvestment && !proposing && (
            <button type="button" className="button--primary" onClick={() => setProposing(true)}>
              Propose an investment
            </button>
          )}
        </div>
        {proposing && (
          <InvestmentProposeForm
            projectId={projectId}
            currency={project.currency}
            risks={project.risks.nodes}
            onDone={() => setProposing(false)}
          />
        )}
        <p className="count">
          {investments.length} {investments.length === 1 ? 'investment' : 'investments'}
          {awaiting > 0 && `, ${awaiting} awaiting the sponsor's decision`}. Only approved and active ones reduce residual loss;
          for the others, “would avoid” is the what-if of adopting them.
        </p>
        {investments.length === 0 ? (
          <p className="empty">No investment has been proposed for this project.</p>
        ) : (
          <ul className="cards" aria-label="Investments">
            {investments.map((investment) => (
              <InvestmentCard key={investment.id} investment={investment} projectId={projectId} permissions={permissions} />
            ))}
          </ul>
        )}
      </section>
      {investments.length > 0 && <WhatIf projectId={projectId} currency={project.currency} investments={investments} />}
      {investments.length > 0 && (
        <section className="project-section" aria-labelledby="returns-heading">
          <h2 id="returns-heading">Return per investment</h2>
          <ReturnChart investments={investments} />
        </section>
      )}
    </>
  );
}
