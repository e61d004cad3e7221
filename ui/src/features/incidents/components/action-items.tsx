import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { ActionItemBecomeInput, GateKind, InvestmentKind, RiskCategory } from '@/gql/graphql';
import type { ActionItemRow, IncidentDetail } from '@/features/incidents/api/get-incident';
import {
  becomeFromActionItem,
  createActionItem,
  incidentQueriesOf,
  updateActionItem,
} from '@/features/incidents/api/incident-mutations';
import { FormError } from '@/components/form-error';
import { useApiMutation } from '@/lib/api-mutation';
import { formatDate, formatDateTime, humanize } from '@/lib/format';

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
const INVESTMENT_KINDS: InvestmentKind[] = ['TOOL', 'PROCESS', 'TRAINING', 'STAFFING', 'INFRASTRUCTURE'];
const RISK_CATEGORIES: RiskCategory[] = [
  'DATA_INTEGRITY',
  'AVAILABILITY',
  'SECURITY',
  'SCHEDULE',
  'COST',
  'COMPLIANCE',
  'PEOPLE',
  'VENDOR',
  'OTHER',
];

function CreateActionItemForm({ incident, onDone }: { incident: IncidentDetail; onDone: () => void }) {
  const form = useForm({
    defaultValues: { title: '', owner: '', dueDate: '', targetRiskId: incident.risks[0]?.id ?? '', committed: true },
  });
  const create = useApiMutation({
    mutate: createActionItem,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
    setError: form.setError,
    formFields: ['title', 'owner', 'dueDate', 'targetRiskId', 'committed'],
    onDone,
  });
  const errors = form.formState.errors;
  return (
    <form
      className="risk-form"
      aria-label="New action item"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await create.run({
          incidentId: incident.id,
          title: values.title.trim(),
          owner: values.owner || null,
          dueDate: values.dueDate || null,
          targetRiskId: values.targetRiskId || null,
          committed: values.committed,
        });
      })}
    >
      <div className="field">
        <label htmlFor="action-title">What will be done, concretely</label>
        <input id="action-title" autoFocus {...form.register('title', { validate: (v) => v.trim() !== '' || 'Say what will be done.' })} />
        {errors.title && <p className="field__error">{errors.title.message}</p>}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="action-owner">Owner</label>
          <select id="action-owner" {...form.register('owner')}>
            <option value="">Unassigned</option>
            {incident.project.members.map((member) => (
              <option key={member.username} value={member.username}>
                {member.displayName}
              </option>
            ))}
          </select>
          {errors.owner && <p className="field__error">{errors.owner.message}</p>}
        </div>
        <div className="field">
          <label htmlFor="action-due">Due date</label>
          <input id="action-due" type="date" {...form.register('dueDate')} />
          {errors.dueDate && <p className="field__error">{errors.dueDate.message}</p>}
        </div>
        <div className="field">
          <label htmlFor="action-risk">Prevents the recurrence of</label>
          <select id="action-risk" {...form.register('targetRiskId')}>
            <option value="">No particular risk</option>
            {incident.risks.map((risk) => (
              <option key={risk.id} value={risk.id}>
                {risk.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field field--check">
        <label>
          <input type="checkbox" {...form.register('committed')} /> The team commits to it (not only proposed)
        </label>
      </div>
      <FormError message={errors.root?.server?.message} />
      <FormError message={create.error?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={create.isPending}>
          Add action item
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DropForm({ item, incident, onDone }: { item: ActionItemRow; incident: IncidentDetail; onDone: () => void }) {
  const form = useForm({ defaultValues: { dropReason: '' } });
  const drop = useApiMutation({
    mutate: updateActionItem,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
    setError: form.setError,
    formFields: ['dropReason'],
    onDone,
  });
  const error = form.formState.errors.dropReason?.message ?? form.formState.errors.root?.server?.message;
  return (
    <form
      className="risk-form"
      aria-label={`Drop ${item.title}`}
      noValidate
      onSubmit={form.handleSubmit(async ({ dropReason }) => {
        await drop.run({ id: item.id, version: item.version, status: 'DROPPED', dropReason: dropReason.trim() });
      })}
    >
      <div className="field">
        <label htmlFor={`drop-${item.id}`}>Why is it dropped?</label>
        <input id={`drop-${item.id}`} autoFocus {...form.register('dropReason', { validate: (v) => v.trim() !== '' || 'Give the reason.' })} />
        {error && <p className="field__error">{error}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button--danger" disabled={drop.isPending}>
          Drop action item
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ReplanForm({ item, incident, onDone }: { item: ActionItemRow; incident: IncidentDetail; onDone: () => void }) {
  const form = useForm({ defaultValues: { owner: item.owner?.username ?? '', dueDate: item.dueDate ?? '', committed: item.committed } });
  const replan = useApiMutation({
    mutate: updateActionItem,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
    setError: form.setError,
    formFields: ['owner', 'dueDate', 'committed'],
    onDone,
  });
  const errors = form.formState.errors;
  const id = `replan-${item.id}`;
  return (
    <form
      className="risk-form"
      aria-label={`Re-plan ${item.title}`}
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await replan.run({
          id: item.id,
          version: item.version,
          owner: values.owner || null,
          dueDate: values.dueDate || null,
          committed: values.committed,
        });
      })}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select id={`${id}-owner`} autoFocus {...form.register('owner')}>
            <option value="">Unassigned</option>
            {incident.project.members.map((member) => (
              <option key={member.username} value={member.username}>
                {member.displayName}
              </option>
            ))}
          </select>
          {errors.owner && <p className="field__error">{errors.owner.message}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input id={`${id}-due`} type="date" {...form.register('dueDate')} />
          {errors.dueDate && <p className="field__error">{errors.dueDate.message}</p>}
        </div>
      </div>
      <div className="field field--check">
        <label>
          <input type="checkbox" {...form.register('committed')} /> The team commits to it
        </label>
      </div>
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={replan.isPending}>
          Save plan
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type Becomes = 'gate' | 'risk' | 'riskUpdate' | 'investment';

interface BecomeValues {
  becomes: Becomes;
  name: string;
  milestoneId: string;
  gateKind: GateKind;
  criteria: string;
  blocking: boolean;
  category: RiskCategory;
  riskId: string;
  probability: string;
  lossLow: string;
  lossHigh: string;
  investmentKind: InvestmentKind;
  oneTimeCost: string;
  annualCost: string;
  probabilityReduction: string;
  lossReduction: string;
}

function inputOf(item: ActionItemRow, incident: IncidentDetail, v: BecomeValues): ActionItemBecomeInput {
  const base = { id: item.id, version: item.version };
  switch (v.becomes) {
    case 'gate':
      return {
        ...base,
        gate: { milestoneId: v.milestoneId, name: v.name.trim(), kind: v.gateKind, criteria: v.criteria.trim() || null, blocking: v.blocking },
      };
    case 'risk':
      return {
        ...base,
        risk: {
          projectId: incident.project.id,
          title: v.name.trim(),
          category: v.category,
          response: 'MITIGATE',
          likelihood: 3,
          impact: 3,
          probability: v.probability.trim(),
          lossLow: v.lossLow.trim(),
          lossHigh: v.lossHigh.trim(),
        },
      };
    case 'riskUpdate': {
      const risk = incident.risks.find((r) => r.id === v.riskId);
      return {
        ...base,
        riskUpdate: {
          id: v.riskId,
          version: risk?.version ?? 0,
          probability: v.probability.trim() || null,
          lossLow: v.lossLow.trim() || null,
          lossHigh: v.lossHigh.trim() || null,
        },
      };
    }
    case 'investment':
      return {
        ...base,
        investment: {
          projectId: incident.project.id,
          name: v.name.trim(),
          kind: v.investmentKind,
          oneTimeCost: v.oneTimeCost.trim() || '0',
          annualCost: v.annualCost.trim() || '0',
          mitigations:
            v.riskId && v.probabilityReduction.trim() !== ''
              ? [{ riskId: v.riskId, probabilityReduction: v.probabilityReduction.trim(), lossReduction: v.lossReduction.trim() || '0' }]
              : [],
        },
      };
  }
}

function BecomeForm({ item, incident, onDone }: { item: ActionItemRow; incident: IncidentDetail; onDone: () => void }) {
  const target = item.targetRisk?.id ?? incident.risks[0]?.id ?? '';
  const form = useForm<BecomeValues>({
    defaultValues: {
      becomes: 'gate',
      name: item.title,
      milestoneId: incident.milestone?.id ?? incident.project.milestones.nodes.find((m) => m.status !== 'DONE')?.id ?? '',
      gateKind: 'CUSTOM',
      criteria: '',
      blocking: true,
      category: 'DATA_INTEGRITY',
      riskId: target,
      probability: '',
      lossLow: '',
      lossHigh: '',
      investmentKind: 'TOOL',
      oneTimeCost: '0',
      annualCost: '',
      probabilityReduction: '',
      lossReduction: '',
    },
  });
  const become = useApiMutation({
    mutate: becomeFromActionItem,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
    setError: form.setError,
    formFields: [],
    onDone,
  });
  const errors = form.formState.errors;
  const becomes = form.watch('becomes');
  const id = `become-${item.id}`;
  const text = (name: keyof BecomeValues, label: string, decimal = false) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} inputMode={decimal ? 'decimal' : undefined} {...form.register(name)} />
    </div>
  );
  const riskSelect = (label: string) => (
    <div className="field">
      <label htmlFor={`${id}-riskId`}>{label}</label>
      <select id={`${id}-riskId`} {...form.register('riskId')}>
        <option value="">None</option>
        {incident.risks.map((risk) => (
          <option key={risk.id} value={risk.id}>
            {risk.title}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="risk-form"
      aria-label={`Turn ${item.title} into`}
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await become.run(inputOf(item, incident, values));
      })}
    >
      <div className="field">
        <label htmlFor={`${id}-becomes`}>It becomes</label>
        <select id={`${id}-becomes`} autoFocus {...form.register('becomes')}>
          <option value="gate">A quality gate on a milestone</option>
          <option value="risk">A new risk in the register</option>
          <option value="riskUpdate">A new estimate of a risk</option>
          <option value="investment">An investment proposal</option>
        </select>
      </div>
      {becomes !== 'riskUpdate' && text('name', becomes === 'gate' ? 'Gate name' : becomes === 'risk' ? 'Risk title' : 'Investment name')}
      {becomes === 'gate' && (
        <>
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${id}-milestoneId`}>Milestone</label>
              <select id={`${id}-milestoneId`} {...form.register('milestoneId')}>
                {incident.project.milestones.nodes.map((milestone) => (
                  <option key={milestone.id} value={milestone.id}>
                    {milestone.name} ({humanize(milestone.status)})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-gateKind`}>Gate kind</label>
              <select id={`${id}-gateKind`} {...form.register('gateKind')}>
                {GATE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {humanize(kind)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {text('criteria', 'Criteria: what must be true to pass')}
          <div className="field field--check">
            <label>
              <input type="checkbox" {...form.register('blocking')} /> Blocking: the milestone cannot complete until it passes
            </label>
          </div>
        </>
      )}
      {becomes === 'risk' && (
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} {...form.register('category')}>
            {RISK_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {humanize(category)}
              </option>
            ))}
          </select>
        </div>
      )}
      {becomes === 'riskUpdate' && riskSelect('Risk to re-estimate')}
      {(becomes === 'risk' || becomes === 'riskUpdate') && (
        <div className="form-row">
          {text('probability', 'Probability (0–1)', true)}
          {text('lossLow', 'Loss low (5th percentile)', true)}
          {text('lossHigh', 'Loss high (95th percentile)', true)}
        </div>
      )}
      {becomes === 'investment' && (
        <>
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${id}-investmentKind`}>Kind</label>
              <select id={`${id}-investmentKind`} {...form.register('investmentKind')}>
                {INVESTMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {humanize(kind)}
                  </option>
                ))}
              </select>
            </div>
            {text('oneTimeCost', 'One-time cost', true)}
            {text('annualCost', 'Annual cost', true)}
          </div>
          <div className="form-row">
            {riskSelect('Risk it mitigates')}
            {text('probabilityReduction', 'Probability reduction (0–1)', true)}
            {text('lossReduction', 'Loss reduction (0–1)', true)}
          </div>
        </>
      )}
      <FormError message={errors.root?.server?.message} />
      <FormError message={become.error?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={become.isPending}>
          Create and link
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Became({ item, projectId }: { item: ActionItemRow; projectId: string }) {
  if (item.becameGate)
    return (
      <>
        became the gate{' '}
        <Link to={`/projects/${projectId}/milestones/${item.becameGate.milestone.id}`}>
          {item.becameGate.name} on {item.becameGate.milestone.name}
        </Link>
      </>
    );
  if (item.becameRisk)
    return (
      <>
        became the risk <Link to={`/risks/${item.becameRisk.id}`}>{item.becameRisk.title}</Link>
      </>
    );
  if (item.becameInvestment)
    return (
      <>
        became the investment proposal <Link to={`/projects/${projectId}/investments`}>{item.becameInvestment.name}</Link>
      </>
    );
  return null;
}

interface ActionItemsProps {
  incident: IncidentDetail;
  /** The manager: create, drop, re-plan, turn into register entries. */
  canManage: boolean;
  /** Who is signed in: a contributor completes the items it owns. */
  username: string | undefined;
}

/** The post-mortem's action items: owned, dated, tracked to closure, and turned into risks, gates or investments. */
export function ActionItems({ incident, canManage, username }: ActionItemsProps) {
  const [mode, setMode] = useState<{ kind: 'create' } | { kind: 'drop' | 'become' | 'replan'; id: string } | null>(null);
  const complete = useApiMutation({
    mutate: updateActionItem,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
  });
  const refused = complete.data?.userErrors.map((e) => e.message).join(' ') ?? complete.error?.message;
  const projectId = incident.project.id;
  return (
    <section className="project-section" aria-labelledby="action-items-heading">
      <div className="section-head">
        <h2 id="action-items-heading">Action items</h2>
        {canManage && mode?.kind !== 'create' && (
          <button type="button" className="button--primary" onClick={() => setMode({ kind: 'create' })}>
            Add an action item
          </button>
        )}
      </div>
      {mode?.kind === 'create' && <CreateActionItemForm incident={incident} onDone={() => setMode(null)} />}
      {incident.actionItems.length === 0 ? (
        <p className="empty">No action item yet. “Try harder” is not one: name what concretely changes.</p>
      ) : (
        <ul className="cards" aria-label="Action items">
          {incident.actionItems.map((item) => {
            const open = item.status === 'OPEN';
            const mayComplete = open && (canManage || (username !== undefined && item.owner?.username === username));
            const linked = item.becameGate ?? item.becameRisk ?? item.becameInvestment;
            return (
              <li key={item.id} className="card" aria-label={item.title}>
                <div className="section-head">
                  <h3>{item.title}</h3>
                  <span className={`badge badge--${item.status.toLowerCase()}`}>{humanize(item.status)}</span>
                  {item.overdue && <span className="badge badge--overdue">Overdue</span>}
                  {!item.committed && <span className="badge">Proposed</span>}
                </div>
                <p>
                  {item.owner ? item.owner.displayName : 'Unassigned'}, due {formatDate(item.dueDate)}
                  {item.targetRisk && (
                    <>
                      {' '}
                      · prevents <Link to={`/risks/${item.targetRisk.id}`}>{item.targetRisk.title}</Link>
                    </>
                  )}
                  {linked && (
                    <>
                      {' '}
                      · <Became item={item} projectId={projectId} />
                    </>
                  )}
                </p>
                {item.completedBy && (
                  <p className="muted">
                    Done by {item.completedBy}, {formatDateTime(item.completedAt)}
                  </p>
                )}
                {item.dropReason && <p className="muted">Dropped: {item.dropReason}</p>}
                {mode?.kind === 'drop' && mode.id === item.id && (
                  <DropForm item={item} incident={incident} onDone={() => setMode(null)} />
                )}
                {mode?.kind === 'replan' && mode.id === item.id && (
                  <ReplanForm item={item} incident={incident} onDone={() => setMode(null)} />
                )}
                {mode?.kind === 'become' && mode.id === item.id && (
                  <BecomeForm item={item} incident={incident} onDone={() => setMode(null)} />
                )}
                {mode === null && (mayComplete || (canManage && open)) && (
                  <div className="form-actions">
                    {mayComplete && (
                      <button
                        type="button"
                        disabled={complete.isPending}
                        onClick={() => void complete.run({ id: item.id, version: item.version, status: 'DONE' })}
                      >
                        Mark done
                      </button>
                    )}
                    {canManage && !linked && (
                      <button type="button" aria-label={`Turn ${item.title} into…`} onClick={() => setMode({ kind: 'become', id: item.id })}>
                        Turn into…
                      </button>
                    )}
                    {canManage && open && (
                      <button type="button" aria-label={`Re-plan ${item.title}`} onClick={() => setMode({ kind: 'replan', id: item.id })}>
                        Re-plan
                      </button>
                    )}
                    {canManage && open && (
                      <button type="button" aria-label={`Drop ${item.title}`} onClick={() => setMode({ kind: 'drop', id: item.id })}>
                        Drop
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={refused} />
    </section>
  );
}
