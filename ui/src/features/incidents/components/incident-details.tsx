import { Link } from 'react-router';
import type { IncidentDetail } from '@/features/incidents/api/get-incident';
import { ActionItems } from '@/features/incidents/components/action-items';
import { IncidentLosses } from '@/features/incidents/components/incident-losses';
import { PostmortemEditor } from '@/features/incidents/components/postmortem-editor';
import { formatMinutes } from '@/features/incidents/lib/incident-time';
import { formatCount, formatDateTime, formatEstimate, formatMoney, humanize } from '@/lib/format';
import type { Permissions } from '@/lib/permissions';

interface IncidentDetailsProps {
  incident: IncidentDetail;
  permissions: Permissions;
  username: string | undefined;
}

/** One incident: what happened and when, what it cost, what would have prevented it, its post-mortem and actions. */
export function IncidentDetails({ incident, permissions, username }: IncidentDetailsProps) {
  const project = incident.project;
  const declined = incident.preventableBy.filter((i) => i.status === 'REJECTED' || i.status === 'PROPOSED');
  const inForce = incident.preventableBy.filter((i) => i.status !== 'REJECTED' && i.status !== 'PROPOSED');
  return (
    <>
      <p className="muted">
        <Link to={`/projects/${project.id}`}>
          <span className="mono">{project.key}</span> {project.name}
        </Link>{' '}
        › Incident
      </p>
      <div className="section-head">
        <h1>{incident.title}</h1>
        <span className={`badge badge--${incident.severity.toLowerCase()}`}>{incident.severity}</span>
        {incident.nearMiss && <span className="badge badge--near-miss">Near miss</span>}
        {incident.recurrence && <span className="badge badge--recurrence">Recurrence</span>}
      </div>
      {incident.description && <p>{incident.description}</p>}

      {declined.length > 0 && (
        <section className="declined declined--alert" aria-label="Preventable by">
          <h2 className="declined__heading">Preventable by</h2>
          <ul className="declined__lines">
            {declined.map((investment) => (
              <li key={investment.id} className="declined__line headline__line">
                <strong>{investment.name}</strong> — {formatMoney(investment.annualizedCost)}/year,{' '}
                {investment.status === 'REJECTED'
                  ? `refused${investment.decidedBy ? ` by ${investment.decidedBy}` : ''}${investment.decisionRationale ? `: “${investment.decisionRationale}”` : ''}`
                  : 'still awaiting a decision'}
                ; this incident cost <strong>{formatMoney(incident.totalLoss)}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      {incident.recurrenceOf.length > 0 && (
        <p className="help">
          <strong>Recurrence:</strong> the fix did not hold — done before:{' '}
          {incident.recurrenceOf.map((item, index) => (
            <span key={item.id}>
              {index > 0 && ', '}“{item.title}” ({formatDateTime(item.completedAt)})
            </span>
          ))}
          .
        </p>
      )}

      <dl className="facts facts--grid">
        <div>
          <dt>Occurred</dt>
          <dd>{formatDateTime(incident.occurredAt)}</dd>
        </div>
        <div>
          <dt>Detected</dt>
          <dd>{formatDateTime(incident.detectedAt)}</dd>
        </div>
        <div>
          <dt>Resolved</dt>
          <dd>{incident.resolvedAt ? formatDateTime(incident.resolvedAt) : 'Unresolved'}</dd>
        </div>
        <div>
          <dt>Time to detect</dt>
          <dd data-testid="time-to-detect">{formatMinutes(incident.timeToDetectMinutes)}</dd>
        </div>
        <div>
          <dt>Time to resolve</dt>
          <dd data-testid="time-to-resolve">{formatMinutes(incident.timeToResolveMinutes)}</dd>
        </div>
        <div>
          <dt>Milestone</dt>
          <dd>
            {incident.milestone ? (
              <Link to={`/projects/${project.id}/milestones/${incident.milestone.id}`}>{incident.milestone.name}</Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Reported by</dt>
          <dd>{incident.reportedBy}</dd>
        </div>
        <div>
          <dt>Total loss</dt>
          <dd>{formatMoney(incident.totalLoss)}</dd>
        </div>
        {incident.lossAvoidedByLuck && (
          <div>
            <dt>Avoided by luck (estimate)</dt>
            <dd>{formatEstimate(incident.lossAvoidedByLuck)}</dd>
          </div>
        )}
        {(incident.dataLostMinutes != null || incident.dataLostRecords != null) && (
          <div>
            <dt>Data lost</dt>
            <dd>
              {[
                incident.dataLostMinutes != null ? `${formatMinutes(incident.dataLostMinutes)} of history` : null,
                incident.dataLostRecords != null ? `${formatCount(Number(incident.dataLostRecords))} records` : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        )}
      </dl>

      <section className="project-section" aria-labelledby="materialized-heading">
        <h2 id="materialized-heading">Risks it materialized</h2>
        {incident.risks.length === 0 ? (
          <p className="empty">None named.</p>
        ) : (
          <ul>
            {incident.risks.map((risk) => (
              <li key={risk.id}>
                <Link to={`/risks/${risk.id}`}>{risk.title}</Link> <span className="muted">({humanize(risk.status)})</span>
              </li>
            ))}
          </ul>
        )}
        {inForce.length > 0 && (
          <p className="muted">
            In force and did not prevent it: {inForce.map((i) => `${i.name} (${humanize(i.status)})`).join(', ')}.
          </p>
        )}
      </section>

      <IncidentLosses incident={incident} canAdd={permissions.reportIncident} />
      <PostmortemEditor incident={incident} canWrite={permissions.writePostmortem} canAddTimeline={permissions.reportIncident} />
      <ActionItems incident={incident} canManage={permissions.writePostmortem} username={username} />
    </>
  );
}
