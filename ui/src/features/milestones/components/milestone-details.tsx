import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { GateKind, MilestoneStatus } from '@/gql/graphql';
import { HistoryList } from '@/components/history-list';
import { ErrorState, LoadingState } from '@/components/query-state';
import { SectionBoundary } from '@/components/section-boundary';
import { milestonesQueryKey, useProjectMilestones, type MilestoneRow } from '@/features/milestones/api/get-milestones';
import { useMilestoneHistory } from '@/features/milestones/api/get-milestone-history';
import { completeMilestone, createGate, updateMilestone } from '@/features/milestones/api/milestone-mutations';
import { GatePanel } from '@/features/milestones/components/gate-panel';
import { milestoneOverdue } from '@/features/milestones/lib/milestone-time';
import { useApiMutation, type UserErrorValue } from '@/lib/api-mutation';
import { formatDate, formatDateTime, humanize } from '@/lib/format';
import { FormError } from '@/components/form-error';

const GATE_KINDS: GateKind[] = [
  'DATA_RECONCILIATION',
  'BACKUP_VERIFIED',
  'ROLLBACK_REHEARSED',
  'TARGET_CONFIRMED',
  'LOAD_REHEARSAL',
  'CHANGE_WINDOW',
  'CHECKLIST_SIGNOFF',
  'PEER_REVIEW',
  'CUSTOM',
];
const EDITABLE_STATUSES: MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'BLOCKED', 'MISSED'];

function MilestoneEditForm({ milestone, projectId, onDone }: { milestone: MilestoneRow; projectId: string; onDone: () => void }) {
  const form = useForm({
    defaultValues: {
      name: milestone.name,
      description: milestone.description ?? '',
      dueDate: milestone.dueDate,
      status: milestone.status as MilestoneStatus,
    },
  });
  const update = useApiMutation({
    mutate: updateMilestone,
    invalidates: () => [milestonesQueryKey(projectId)],
    setError: form.setError,
    formFields: ['name', 'description', 'dueDate', 'status'],
    onDone,
  });
  const errors = form.formState.errors;
  return (
    <form
      className="risk-form"
      aria-label={`Edit ${milestone.name}`}
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await update.run({
          id: milestone.id,
          version: milestone.version,
          name: values.name.trim(),
          description: values.description.trim(),
          dueDate: values.dueDate,
          // only a changed status is sent: DONE is reached by completing, and saving a name must not reopen it
          ...(values.status !== milestone.status ? { status: values.status } : {}),
        });
      })}
    >
      <div className="field">
        <label htmlFor="edit-milestone-name">Name</label>
        <input id="edit-milestone-name" autoFocus {...form.register('name')} />
        {errors.name && <p className="field__error">{errors.name.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="edit-milestone-description">Description</label>
        <textarea id="edit-milestone-description" rows={2} {...form.register('description')} />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="edit-milestone-due">Due date</label>
          <input id="edit-milestone-due" type="date" {...form.register('dueDate')} />
          {errors.dueDate && <p className="field__error">{errors.dueDate.message}</p>}
        </div>
        <div className="field">
          <label htmlFor="edit-milestone-status">Status</label>
          <select id="edit-milestone-status" {...form.register('status')}>
            {(EDITABLE_STATUSES.includes(milestone.status) ? EDITABLE_STATUSES : [milestone.status, ...EDITABLE_STATUSES]).map((status) => (
              <option key={status} value={status}>
                {humanize(status)}
              </option>
            ))}
          </select>
          {errors.status && <p className="field__error">{errors.status.message}</p>}
        </div>
      </div>
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={update.isPending}>
          Save milestone
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AddGateForm({ milestone, projectId, onDone }: { milestone: MilestoneRow; projectId: string; onDone: () => void }) {
  const form = useForm({ defaultValues: { name: '', kind: 'CUSTOM' as GateKind, criteria: '', blocking: true } });
  const create = useApiMutation({
    mutate: createGate,
    invalidates: () => [milestonesQueryKey(projectId)],
    setError: form.setError,
    formFields: ['name', 'kind', 'criteria', 'blocking'],
    onDone,
  });
  const errors = form.formState.errors;
  return (
    <form
      className="risk-form"
      aria-label="New gate"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await create.run({
          milestoneId: milestone.id,
          name: values.name.trim(),
          kind: values.kind,
          criteria: values.criteria.trim() || null,
          blocking: values.blocking,
        });
      })}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor="gate-name">Gate name</label>
          <input
            id="gate-name"
            autoFocus
            {...form.register('name', { validate: (value) => value.trim() !== '' || 'Give the gate a name.' })}
          />
          {errors.name && <p className="field__error">{errors.name.message}</p>}
        </div>
        <div className="field">
          <label htmlFor="gate-kind">Kind</label>
          <select id="gate-kind" {...form.register('kind')}>
            {GATE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {humanize(kind)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="gate-criteria">Criteria</label>
        <textarea id="gate-criteria" rows={2} {...form.register('criteria')} />
        {errors.criteria && <p className="field__error">{errors.criteria.message}</p>}
      </div>
      <div className="field field--check">
        <input id="gate-blocking" type="checkbox" {...form.register('blocking')} />
        <label htmlFor="gate-blocking">Blocking: the milestone cannot complete until it passes</label>
      </div>
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={create.isPending}>
          Add gate
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface MilestoneDetailsProps {
  projectId: string;
  milestoneId: string;
  canPlan: boolean;
  canRecord: boolean;
  /** The sponsor waives gates, with a reason. */
  canWaive?: boolean;
}

/** A milestone with its gates: edit it, complete it (a refusal names the gates in the way), record results, manage gates. */
export function MilestoneDetails({ projectId, milestoneId, canPlan, canRecord, canWaive = false }: MilestoneDetailsProps) {
  const milestones = useProjectMilestones(projectId);
  const history = useMilestoneHistory(projectId);
  const [mode, setMode] = useState<'view' | 'edit' | 'gate'>('view');
  const [refusal, setRefusal] = useState<readonly UserErrorValue[]>([]);
  const complete = useApiMutation({
    mutate: completeMilestone,
    invalidates: () => [milestonesQueryKey(projectId)],
  });

  if (milestones.isPending) return <LoadingState label="Loading the milestone…" />;
  if (milestones.isError)
    return (
      <ErrorState title="The milestone could not be loaded." error={milestones.error} onRetry={() => void milestones.refetch()} />
    );
  const milestone = milestones.data.project?.milestones.nodes.find((node) => node.id === milestoneId);
  if (!milestone) {
    return (
      <>
        <h1>Milestone not found</h1>
        <p>
          <Link to={`/projects/${projectId}`}>Back to the project</Link>
        </p>
      </>
    );
  }
  const inTheWay = new Set(milestone.gatesInTheWay.map((gate) => gate.id));
  const currency = milestones.data.project?.currency ?? 'USD';
  const recorded = history.data?.project?.milestones.nodes.find((node) => node.id === milestoneId);
  const removedGates = recorded?.gates.filter((gate) => gate.removed) ?? [];
  const overdue = milestoneOverdue(milestone);

  return (
    <article>
      <title>{`${milestone.name} · Averted`}</title>
      <header className="project-summary">
        <p className="project-summary__key">
          <Link to={`/projects/${projectId}`}>Project overview</Link>
        </p>
        <h1>{milestone.name}</h1>
        {milestone.description && <p className="project-summary__description">{milestone.description}</p>}
        <dl className="facts">
          <div>
            <dt>Kind</dt>
            <dd>{humanize(milestone.kind)}</dd>
          </div>
          <div>
            <dt>Due</dt>
            <dd>
              {formatDate(milestone.dueDate)}
              {overdue && <span className="badge badge--overdue">Overdue</span>}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`badge badge--${milestone.status.toLowerCase()}`}>{humanize(milestone.status)}</span>
            </dd>
          </div>
          {milestone.completedBy && (
            <div>
              <dt>Completed</dt>
              <dd>
                {milestone.completedBy}, {formatDateTime(milestone.completedAt)}
              </dd>
            </div>
          )}
        </dl>
        {canPlan && mode === 'view' && (
          <div className="form-actions">
            <button type="button" onClick={() => setMode('edit')}>
              Edit milestone
            </button>
            {milestone.status !== 'DONE' && (
              <button
                type="button"
                className="button--primary"
                disabled={complete.isPending}
                onClick={async () => {
                  setRefusal([]);
                  const { payload } = await complete.run({ id: milestone.id, version: milestone.version });
                  setRefusal(payload.userErrors);
                }}
              >
                Complete milestone
              </button>
            )}
            <button type="button" onClick={() => setMode('gate')}>
              Add a gate
            </button>
          </div>
        )}
      </header>
      {refusal.length > 0 && (
        <div role="alert" className="state state--error" aria-label="Completion refused">
          <p className="state__title">The milestone cannot be completed yet.</p>
          <ul>
            {refusal.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {mode === 'edit' && <MilestoneEditForm milestone={milestone} projectId={projectId} onDone={() => setMode('view')} />}
      {mode === 'gate' && <AddGateForm milestone={milestone} projectId={projectId} onDone={() => setMode('view')} />}
      <section className="project-section" aria-labelledby="gates-heading">
        <h2 id="gates-heading">Quality gates</h2>
        {milestone.gates.length === 0 ? (
          <p className="empty">This milestone has no gates.</p>
        ) : (
          milestone.gates.map((gate) => (
            <SectionBoundary key={gate.id} name={`The gate ${gate.name}`}>
              <GatePanel
                gate={gate}
                projectId={projectId}
                inTheWay={inTheWay.has(gate.id)}
                canRecord={canRecord}
                canRemove={canPlan}
                canWaive={canWaive}
                currency={currency}
                history={recorded?.gates.find((other) => other.id === gate.id)?.history}
              />
            </SectionBoundary>
          ))
        )}
      </section>
      {removedGates.length > 0 && (
        <section className="project-section" aria-labelledby="removed-gates-heading">
          <h2 id="removed-gates-heading">Removed gates</h2>
          <ul className="plain-list">
            {removedGates.map((gate) => (
              <li key={gate.id}>
                <strong>{gate.name}</strong> — removed by {gate.removedBy ?? 'someone'}, {formatDateTime(gate.removedAt)}
                {gate.removalReason ? `: ${gate.removalReason}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SectionBoundary name="The history">
        <section className="project-section" aria-labelledby="milestone-history-heading">
          <h2 id="milestone-history-heading">History</h2>
          {history.isPending ? (
            <LoadingState label="Loading the history…" />
          ) : history.isError ? (
            <ErrorState title="The history could not be loaded." error={history.error} onRetry={() => void history.refetch()} />
          ) : (
            <HistoryList label={`Changes to ${milestone.name}`} entries={recorded?.history ?? []} currency={currency} />
          )}
        </section>
      </SectionBoundary>
    </article>
  );
}
