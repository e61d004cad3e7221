import type { DeclinedPreventionLine } from '@/features/dashboard/api/get-portfolio-economics';
import { formatDateTime, formatMoney } from '@/lib/format';

interface DeclinedPreventionProps {
  lines: DeclinedPreventionLine[];
}

function refusal(line: DeclinedPreventionLine): string {
  const { decidedBy, decisionRationale } = line.investment;
  const by = decidedBy ? `refused by ${decidedBy}` : 'refused';
  return decisionRationale ? `${by}: '${decisionRationale}'` : by;
}

/**
 * Rejected investments whose risks later materialized, each beside what those incidents cost:
 * the line a sponsor must not miss ("$2,000/year refused, $50,000 lost").
 */
export function DeclinedPrevention({ lines }: DeclinedPreventionProps) {
  return (
    <section className={`declined${lines.length > 0 ? ' declined--alert' : ''}`} aria-label="Declined prevention">
      <h3 className="declined__heading">Declined prevention</h3>
      {lines.length === 0 ? (
        <p className="declined__empty">
          None: no rejected investment has been followed by an incident on the risks it would have mitigated.
        </p>
      ) : (
        <ul className="declined__lines">
          {lines.map((line) => {
            const count = line.incidents.length;
            return (
              <li key={line.investment.id} className="declined__line">
                <p className="declined__refused">
                  <strong>{line.investment.name}</strong> — {formatMoney(line.annualizedCost)}/year, {refusal(line)}
                  {line.investment.vendor && <span className="declined__vendor"> (vendor: {line.investment.vendor})</span>}
                </p>
                <div className="declined__lost">
                  <p>
                    <strong className="declined__loss">{formatMoney(line.lossOnMitigatedRisks)}</strong> lost in {count}{' '}
                    {count === 1 ? 'incident' : 'incidents'}
                  </p>
                  {count > 0 && (
                    <ul className="declined__incidents">
                      {line.incidents.map((incident) => (
                        <li key={incident.id}>
                          {incident.title} <span className="muted">({formatDateTime(incident.occurredAt)})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
