import { describe, expect, it } from 'vitest';
import type { MyWorkData } from '@/features/my-work/api/get-my-work';
import { myWorkOf } from '@/features/my-work/components/my-work';

const usd = (amount: string) => ({ amount, currency: 'USD' });
const gate = (id: string, status: 'PENDING' | 'FAILED' | 'PASSED' | 'WAIVED') => ({ id, name: id, status, blocking: true });
const project = (id: string, myRole: 'SPONSOR' | 'CONTRIBUTOR' | 'MANAGER') => ({
  id,
  key: id.toUpperCase(),
  name: id,
  myRole,
  milestones: { nodes: [{ id: `${id}-m`, name: 'Cut-over', dueDate: '2027-01-01', gates: [gate(`${id}-pending`, 'PENDING'), gate(`${id}-failed`, 'FAILED'), gate(`${id}-passed`, 'PASSED'), gate(`${id}-waived`, 'WAIVED')] }] },
  investments: { nodes: [{ id: `${id}-inv`, name: 'Tool', proposedBy: 'maria', createdAt: '2026-11-01T00:00:00Z', annualizedCost: usd('1000'), expectedLossAvoided: usd('5000') }] },
});
const item = (id: string, status: 'OPEN' | 'DONE' | 'DROPPED', overdue: boolean, dueDate: string | null) => ({
  id,
  title: id,
  status,
  overdue,
  dueDate,
  incident: { id: 'i1', title: 'Incident', project: { id: 'a', key: 'A' } },
});

describe('myWorkOf', () => {
  it('lists open items overdue first then by due date, gates to record where one contributes, decisions where one sponsors', () => {
    const data = {
      actionItems: [item('later', 'OPEN', false, '2027-03-01'), item('done', 'DONE', false, '2026-01-01'), item('undated', 'OPEN', false, null), item('late', 'OPEN', true, '2026-10-01'), item('sooner', 'OPEN', false, '2027-01-01')],
      projects: { nodes: [project('a', 'CONTRIBUTOR'), project('b', 'SPONSOR'), project('c', 'MANAGER')] },
    } as unknown as MyWorkData;

    const work = myWorkOf(data);

    expect(work.actionItems.map((i) => i.id)).toEqual(['late', 'sooner', 'later', 'undated']);
    expect(work.gates.map((g) => g.gate.id)).toEqual(['a-pending', 'a-failed']);
    expect(work.decisions.map((d) => d.investment.id)).toEqual(['b-inv']);
  });
});
