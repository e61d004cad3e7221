import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { HistoryList } from '@/components/history-list';
import { SectionBoundary } from '@/components/section-boundary';
import { useRiskOptions } from '@/features/risks/api/get-risk-options';
import type { RiskDetail } from '@/features/risks/api/get-risk';
import { RiskCloseForm } from '@/features/risks/components/risk-close-form';
import { RiskEditForm } from '@/features/risks/components/risk-inline-editor';
import { reviewOverdue } from '@/features/risks/components/risk-register-table';
import { RISK_FIELDS } from '@/features/risks/lib/risk-edit';
import { formatDate, formatDateTime, formatMoney, formatMoneyRange, formatPercent, humanize } from '@/lib/format';

const HISTORY_LABELS: Readonly<Record<string, string>> = {
  owner: 'Owner',
  ownerUsername: 'Owner',
  milestoneId: 'Milestone',
  nextReviewOn: 'Next review',
  lossLow: 'Loss low (5th percentile)',
  lossHigh: 'Loss high (95th percentile)',
  closedReason: 'Closed because',
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface RiskDetailsProps {
  risk: RiskDetail;
  canEdit: boolean;
}

/** A risk's page: every field, its expected loss inherent and residual, what mitigates it, what it caused, its history. */
export function RiskDetails({ risk, canEdit }: RiskDetailsProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'close'>('view');
  // the project's members and milestones: the edit form's choices, and names for ids in the history
  const options = useRiskOptions(risk.project.id);
  const milestoneNames = Object.fromEntries(
    (options.data?.project?.milestones.nodes ?? []).map((milestone) => [milestone.id, milestone.name]),
  );
  const currency = risk.project.currency;
  const closed = risk.status === 'CLOSED';

  return (
    <article className="risk-details">
      <header className="project-summary">
        <p className="project-summary__key">
          <Link to={`/projects/${risk.project.id}`}>{risk.project.key}</Link> ·{' '}
          <Link to={`/projects/${risk.project.id}/risks`}>Risk register</Link>
        </p>
        <h1>{risk.title}</h1>
        {risk.description && <p className="project-summary__description">{risk.description}</p>}
        {canEdit && mode === 'view' && (
          <div className="form-actions">
            <button type="button" onClick={() => setMode('edit')}>
              Edit risk
            </button>
            {!closed && (
              <button type="button" onClick={() => setMode('close')}>
                Close risk
              </button>
            )}
          </div>
        )}
      </header>

      {mode === 'edit' && options.data?.project && (
        <section className="project-section" aria-label="Edit risk">
          <RiskEditForm
            risk={risk}
            projectId={risk.project.id}
            fields={RISK_FIELDS}
            options={{ members: options.data.project.members, milestones: options.data.project.milestones.nodes }}
            label={`Edit ${risk.title}`}
            onDone={() => setMode('view')}
          />
        </section>
      )}
      {mode === 'close' && (
        <section className="project-section" aria-label="Close risk">
          <RiskCloseForm risk={risk} projectId={risk.project.id} onDone={() => setMode('view')} />
        </section>
      )}

      <SectionBoundary name="The risk's figures">
        <section className="project-section" aria-labelledby="risk-facts-heading">
          <h2 id="risk-facts-heading">Assessment</h2>
          <dl className="facts facts--grid">
            <Fact term="Status">
              <span className={`badge badge--${risk.status.toLowerCase()}`}>{humanize(risk.status)}</span>
            </Fact>
            <Fact term="Category">{humanize(risk.category)}</Fact>
            <Fact term="Response">{humanize(risk.response)}</Fact>
            <Fact term="Owner">{risk.owner?.displayName ?? 'Unassigned'}</Fact>
            <Fact term="Milestone">{risk.milestone?.name ?? 'None'}</Fact>
            <Fact term="Next review">
              {formatDate(risk.nextReviewOn)}
              {reviewOverdue(risk) && <span className="badge badge--overdue">Review overdue</span>}
            </Fact>
            <Fact term="Likelihood × impact">
              {risk.likelihood} × {risk.impact} = {risk.score}
            </Fact>
            <Fact term="Residual likelihood × impact">
              {risk.residualRating.likelihood} × {risk.residualRating.impact} = {risk.residualRating.score}
            </Fact>
            <Fact term="Probability">{formatPercent(risk.probability)}</Fact>
            <Fact term="Loss of one occurrence (90%)">{formatMoneyRange(risk.lossLow, risk.lossHigh)}</Fact>
            <Fact term="Expected loss, inherent">{formatMoney(risk.expectedLoss)}</Fact>
            <Fact term="Expected loss, residual">{formatMoney(risk.residualExpectedLoss)}</Fact>
            {risk.closedReason && <Fact term="Closed because">{risk.closedReason}</Fact>}
            <Fact term="Recorded">{formatDateTime(risk.createdAt)}</Fact>
            <Fact term="Last changed">{formatDateTime(risk.updatedAt)}</Fact>
          </dl>
        </section>
      </SectionBoundary>

      <SectionBoundary name="The mitigations">
        <section className="project-section" aria-labelledby="risk-mitigations-heading">
          <h2 id="risk-mitigations-heading">Mitigations</h2>
          {risk.mitigations.length === 0 ? (
            <p className="empty">No investment mitigates this risk.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" aria-label="Mitigations">
                <thead>
                  <tr>
                    <th scope="col">Investment</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Takes off probability
                    </th>
                    <th scope="col" className="num">
                      Takes off loss
                    </th>
                    <th scope="col" className="num">
                      Cost per year
                    </th>
                    <th scope="col" className="num">
                      Loss avoided per year
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {risk.mitigations.map((mitigation) => (
                    <tr key={mitigation.id}>
                      <th scope="row" className="row-title">
                        {mitigation.investment.name}
                        <span className="cell-detail">
                          {humanize(mitigation.investment.kind)}
                          {mitigation.investment.vendor ? ` · ${mitigation.investment.vendor}` : ''}
                        </span>
                      </th>
                      <td>
                        <span className={`badge badge--${mitigation.investment.status.toLowerCase()}`}>
                          {humanize(mitigation.investment.status)}
                        </span>
                      </td>
                      <td className="num">{formatPercent(mitigation.probabilityReduction)}</td>
                      <td className="num">{formatPercent(mitigation.lossReduction)}</td>
                      <td className="num">
                        {formatMoney(mitigation.investment.annualizedCost)}
                        <span className="cell-detail">
                          {formatMoney(mitigation.investment.oneTimeCost)} once + {formatMoney(mitigation.investment.annualCost)}/yr
                        </span>
                      </td>
                      <td className="num">{formatMoney(mitigation.investment.expectedLossAvoided)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </SectionBoundary>

      <SectionBoundary name="The incidents">
        <section className="project-section" aria-labelledby="risk-incidents-heading">
          <h2 id="risk-incidents-heading">Incidents that materialized it</h2>
          {risk.incidents.length === 0 ? (
            <p className="empty">It has not materialized.</p>
          ) : (
            <ul className="plain-list">
              {risk.incidents.map((incident) => (
                <li key={incident.id}>
                  <span className={`badge badge--${incident.severity.toLowerCase()}`}>{incident.severity}</span>{' '}
                  <Link to={`/incidents/${incident.id}`}>
                    <strong>{incident.title}</strong>
                  </Link>{' '}
                  — {formatDateTime(incident.occurredAt)}, loss{' '}
                  {formatMoney(incident.totalLoss)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </SectionBoundary>

      <SectionBoundary name="The action items">
        <section className="project-section" aria-labelledby="risk-actions-heading">
          <h2 id="risk-actions-heading">Action items</h2>
          {risk.actionItems.length === 0 ? (
            <p className="empty">No action items target this risk.</p>
          ) : (
            <ul className="plain-list">
              {risk.actionItems.map((item) => (
                <li key={item.id}>
                  <span className={`badge badge--${item.status.toLowerCase()}`}>{humanize(item.status)}</span>{' '}
                  <Link to={`/incidents/${item.incident.id}`}>{item.title}</Link> — {item.owner?.displayName ?? 'no owner'}, due{' '}
                  {formatDate(item.dueDate)}
                  {item.overdue && <span className="badge badge--overdue">Overdue</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </SectionBoundary>

      <SectionBoundary name="The history">
        <section className="project-section" aria-labelledby="risk-history-heading">
          <h2 id="risk-history-heading">History</h2>
          <HistoryList
            label="Changes to this risk"
            entries={risk.history}
            currency={currency}
            moneyFields={['lossLow', 'lossHigh']}
            fractionFields={['probability']}
            hiddenFields={['lossMean', 'expectedLoss', 'score']}
            names={{ milestoneId: milestoneNames }}
            labels={HISTORY_LABELS}
          />
        </section>
      </SectionBoundary>
    </article>
  );
}
