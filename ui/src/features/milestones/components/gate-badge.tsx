import type { GateBadgeData } from '@/features/milestones/api/get-milestones';
import { humanize } from '@/lib/format';

const STATUS_MARK: Readonly<Record<GateBadgeData['status'], string>> = {
  PASSED: '✓',
  FAILED: '✗',
  PENDING: '…',
  WAIVED: '–',
};

interface GateBadgeProps {
  gate: GateBadgeData;
  /** A blocking gate that keeps the milestone from completing. */
  inTheWay: boolean;
}

/** A quality gate as a small badge: its status and name, marked when it stands in the way. */
export function GateBadge({ gate, inTheWay }: GateBadgeProps) {
  const status = humanize(gate.status);
  return (
    <span
      className={`gate gate--${gate.status.toLowerCase()}${inTheWay ? ' gate--in-the-way' : ''}`}
      title={`${gate.name}: ${status}${gate.blocking ? ', blocking' : ''}${inTheWay ? ' — in the way of completion' : ''}`}
    >
      <span className="gate__mark" aria-hidden="true">
        {STATUS_MARK[gate.status]}
      </span>
      <span className="gate__status">{status}</span>
      <span className="gate__name">{gate.name}</span>
      {inTheWay && <span className="gate__blocks">Blocks completion</span>}
    </span>
  );
}
