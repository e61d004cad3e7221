import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useOpenRisks } from '@/features/risks/api/get-open-risks';
import { reviewOverdue } from '@/features/risks/components/risk-register-table';
import { formatDate, formatMoney, humanize } from '@/lib/format';

interface TopRisksProps {
  projectId: string;
  /** How many to show. */
  limit?: number;
}

/** The open risks with the largest expected loss, residual beside inherent. */
export function TopRisks({ projectId, limit = 5 }: TopRisksProps) {
  const risks = useOpenRisks(projectId);
  let content;
  if (risks.isPending) content = <LoadingState label="Loading the top risks…" />;
  else if (risks.isError)
    content = <ErrorState title="The top risks could not be loaded." error={risks.error} onRetry={() => void risks.refetch()} />;
  else if (!risks.data || risks.data.length === 0) content = <p className="empty">No open risks.</p>;
  else
    content = (
      <div className="table-scroll">
        <table className="data-table" aria-label="Top risks by expected loss">
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col" className="num">
                Expected loss
              </th>
              <th scope="col" className="num">
                Residual
              </th>
              <th scope="col">Next review</th>
            </tr>
          </thead>
          <tbody>
            {risks.data.slice(0, limit).map((risk) => (
              <tr key={risk.id}>
                <th scope="row" className="row-title">
                  <Link to={`/risks/${risk.id}`}>{risk.title}</Link>
                  <span className="cell-detail">{humanize(risk.status)}</span>
                </th>
                <td className="num">{formatMoney(risk.expectedLoss)}</td>
                <td className="num">{formatMoney(risk.residualExpectedLoss)}</td>
                <td className="nowrap">
                  {formatDate(risk.nextReviewOn)}
                  {reviewOverdue(risk) && <span className="badge badge--overdue">Review overdue</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <section className="project-section" aria-labelledby="top-risks-heading">
      <h2 id="top-risks-heading">Top risks by expected loss</h2>
      {content}
    </section>
  );
}
