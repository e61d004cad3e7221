import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useProjectIncidents } from '@/features/incidents/api/get-incidents';
import { formatDateTime, formatMoney, humanize } from '@/lib/format';

interface IncidentsProps {
  projectId: string;
}

/** A project's incidents, newest first: severity, when, what they cost, and whether a fix did not hold. */
export function Incidents({ projectId }: IncidentsProps) {
  const incidents = useProjectIncidents(projectId);

  let content: ReactNode;
  if (incidents.isPending) {
    content = <LoadingState label="Loading incidents…" />;
  } else if (incidents.isError && !incidents.isFetchNextPageError) {
    content = (
      <ErrorState
        title="The incidents could not be loaded."
        error={incidents.error}
        onRetry={() => void incidents.refetch()}
      />
    );
  } else if (!incidents.data.projectFound) {
    content = <p className="empty">Project not found.</p>;
  } else if (incidents.data.incidents.length === 0) {
    content = <p className="empty">No incidents have been reported for this project.</p>;
  } else {
    const { incidents: rows, totalCount } = incidents.data;
    content = (
      <>
        <p className="count" aria-live="polite">
          Showing {rows.length} of {totalCount} {totalCount === 1 ? 'incident' : 'incidents'}
        </p>
        <div className="table-scroll">
          <table className="data-table" aria-label="Incidents">
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Severity</th>
                <th scope="col">Occurred</th>
                <th scope="col" className="num">
                  Total loss
                </th>
                <th scope="col">Post-mortem</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((incident) => (
                <tr key={incident.id}>
                  <th scope="row" className="row-title">
                    <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
                    {incident.recurrence && (
                      <span
                        className="badge badge--recurrence"
                        title="A risk it materialized had an action item done before: the fix did not hold."
                      >
                        Recurrence
                      </span>
                    )}
                    {incident.nearMiss && <span className="badge badge--near-miss">Near miss</span>}
                  </th>
                  <td>
                    <span className={`badge badge--${incident.severity.toLowerCase()}`}>{incident.severity}</span>
                  </td>
                  <td className="nowrap">
                    {formatDateTime(incident.occurredAt)}
                    {!incident.resolvedAt && <span className="cell-detail">Unresolved</span>}
                  </td>
                  <td className="num">{formatMoney(incident.totalLoss)}</td>
                  <td>
                    <span className={`badge badge--pm-${incident.postmortem.status.toLowerCase()}`}>
                      {humanize(incident.postmortem.status)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {incidents.isFetchNextPageError && (
          <ErrorState
            title="More incidents could not be loaded."
            error={incidents.error}
            onRetry={() => void incidents.fetchNextPage()}
          />
        )}
        {incidents.isFetchingNextPage && <LoadingState label="Loading more incidents…" />}
        {incidents.hasNextPage && (
          <button
            type="button"
            className="load-more"
            onClick={() => void incidents.fetchNextPage()}
            disabled={incidents.isFetchingNextPage}
          >
            Load more incidents
          </button>
        )}
      </>
    );
  }

  return (
    <section className="project-section" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents</h2>
      {content}
    </section>
  );
}
