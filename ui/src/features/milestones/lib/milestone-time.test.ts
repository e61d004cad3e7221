import { describe, expect, it } from 'vitest';
import { milestoneOverdue, timelineOf } from '@/features/milestones/lib/milestone-time';

describe('milestone time', () => {
  it('is overdue only past its due date and not done', () => {
    expect(milestoneOverdue({ dueDate: '2026-11-29', status: 'IN_PROGRESS' }, '2026-11-30')).toBe(true);
    expect(milestoneOverdue({ dueDate: '2026-11-29', status: 'DONE' }, '2026-11-30')).toBe(false);
    expect(milestoneOverdue({ dueDate: '2026-11-30', status: 'PLANNED' }, '2026-11-30')).toBe(false);
  });

  it('places milestones and today in date order on one axis and skips unreadable dates', () => {
    const { points, today } = timelineOf(
      [{ dueDate: '2026-12-31' }, { dueDate: 'bad' }, { dueDate: '2026-10-01' }],
      '2026-11-30',
    );

    expect(points).toHaveLength(2);
    const [december, october] = points.map((point) => point.position);
    expect(october!).toBeLessThan(today);
    expect(today).toBeLessThan(december!);
    expect(october!).toBeGreaterThan(0);
    expect(december!).toBeLessThan(1);
  });
});
