import { isBefore, todayIso } from '@/lib/format';

/** A milestone is overdue when its due date has passed and it is not DONE. */
export function milestoneOverdue(milestone: { dueDate: string; status: string }, today = todayIso()): boolean {
  return milestone.status !== 'DONE' && isBefore(milestone.dueDate, today);
}

function dayNumber(isoDate: string): number | null {
  const time = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

export interface TimelinePoint<T> {
  item: T;
  /** Position on the axis, 0–1. */
  position: number;
}

/**
 * Places dated items and today on one time axis, with a little room on both sides. Items whose
 * date cannot be read are left out of the axis (the caller lists them anyway).
 */
export function timelineOf<T extends { dueDate: string }>(items: readonly T[], today = todayIso()) {
  const days = items.map((item) => dayNumber(item.dueDate));
  const todayDay = dayNumber(today) ?? 0;
  const known = days.filter((day): day is number => day !== null);
  const first = Math.min(todayDay, ...known);
  const last = Math.max(todayDay, ...known);
  const pad = Math.max(7, Math.round((last - first) * 0.05));
  const start = first - pad;
  const span = last + pad - start;
  const at = (day: number) => (day - start) / span;
  const points: TimelinePoint<T>[] = [];
  items.forEach((item, index) => {
    const day = days[index];
    if (day != null) points.push({ item, position: at(day) });
  });
  return { points, today: at(todayDay), startDay: start, endDay: start + span };
}
