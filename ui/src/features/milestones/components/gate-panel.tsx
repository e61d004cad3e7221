import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { GateOutcome } from '@/gql/graphql';
import type { GateRow } from '@/features/milestones/api/get-milestones';
import { milestonesQueryKey } from '@/features/milestones/api/get-milestones';
import { recordGateResult, removeGate, waiveGate } from '@/features/milestones/api/milestone-mutations';
import { GateBadge } from '@/features/milestones/components/gate-badge';
import { HistoryList, type HistoryEntryValue } from '@/components/history-list';
import { useApiMutation } from '@/lib/api-mutation';
import { formatDateTime, formatDecimal, humanize } from '@/lib/format';
import { FormError } from '@/components/form-error';

interface ResultValues {
  outcome: GateOutcome;
  note: string;
  link: string;
  measurements: { name: string; value: string; unit: string }[];
}

function RecordResultForm({ gate, projectId, onDone }: { gate: GateRow; projectId: string; onDone: () => void }) {
  const form = useForm<ResultValues>({
    defaultValues: { outcome: 'PASSED', note: '', link: '', measurements: [{ name: '', value: '', unit: '' }] },
  });
  const measurements = useFieldArray({ control: form.control, name: 'measurements' });
  const record = useApiMutation({
    mutate: recordGateResult,
    invalidates: () => [milestonesQueryKey(projectId)],
    setError: form.setError,
    formFields: ['outcome', 'note', 'link', 'measurements'],
    onDone,
  });
  const errors = form.formState.errors;
  const id = `result-${gate.id}`;
  return (
    <form
      className="risk-form"
      aria-label={`Record a result for ${gate.name}`}
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await record.run({
          gateId: gate.id,
          outcome: values.outcome,
          note: values.note.trim() || null,
          link: values.link.trim() || null,
          measurements: values.measurements
            .filter((m) => m.name.trim() !== '')
            .map((m) => ({ name: m.name.trim(), value: m.value.trim(), unit: m.unit.trim() || null })),
        });
      })}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select id={`${id}-outcome`} autoFocus {...form.register('outcome')}>
            <option value="PASSED">Passed</option>
            <option value="FAILED">Failed</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-link`}>Link to the evidence</label>
          <input id={`${id}-link`} type="url" {...form.register('link')} />
          {errors.link && <p className="field__error">{errors.link.message}</p>}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={2} {...form.register('note')} />
        {errors.note && <p className="field__error">{errors.note.message}</p>}
      </div>
      <fieldset>
        <legend>Measurements</legend>
        {measurements.fields.map((field, index) => (
          <div className="form-row measurement-row" key={field.id} role="group" aria-label={`Measurement ${index + 1}`}>
            <div className="field">
              <label htmlFor={`${id}-m${index}-name`}>Measured</label>
              <input id={`${id}-m${index}-name`} {...form.register(`measurements.${index}.name`)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-m${index}-value`}>Value</label>
              <input
                id={`${id}-m${index}-value`}
                inputMode="decimal"
                {...form.register(`measurements.${index}.value`, {
                  validate: (value, all) =>
                    all.measurements[index]?.name.trim() === '' || (value.trim() !== '' && Number.isFinite(Number(value))) || 'Give a number.',
                })}
              />
              {errors.measurements?.[index]?.value && (
                <p className="field__error">{errors.measurements[index]?.value?.message}</p>
              )}
            </div>
            <div className="field">
              <label htmlFor={`${id}-m${index}-unit`}>Unit</label>
              <input id={`${id}-m${index}-unit`} {...form.register(`measurements.${index}.unit`)} />
            </div>
            <button
              type="button"
              className="button--small"
              aria-label={`Remove measurement ${index + 1}`}
              onClick={() => measurements.remove(index)}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="button--small" onClick={() => measurements.append({ name: '', value: '', unit: '' })}>
          Add a measurement
        </button>
        {errors.measurements?.message && <p className="field__error">{errors.measurements.message}</p>}
      </fieldset>
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={record.isPending}>
          Record result
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RemoveGateForm({ gate, projectId, onDone }: { gate: GateRow; projectId: string; onDone: () => void }) {
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const remove = useApiMutation({
    mutate: removeGate,
    invalidates: () => [milestonesQueryKey(projectId)],
    setError: form.setError,
    formFields: ['reason'],
    onDone,
  });
  const error = form.formState.errors.reason?.message ?? form.formState.errors.root?.server?.message;
  return (
    <form
      className="risk-form"
      aria-label={`Remove ${gate.name}`}
      noValidate
      onSubmit={form.handleSubmit(async ({ reason }) => {
        await remove.run({ id: gate.id, version: gate.version, reason: reason.trim() });
      })}
    >
      <div className="field">
        <label htmlFor={`remove-${gate.id}`}>Why is the gate removed?</label>
        <input
          id={`remove-${gate.id}`}
          autoFocus
          {...form.register('reason', { validate: (value) => value.trim() !== '' || 'Give the reason.' })}
        />
        {error && <p className="field__error">{error}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button--danger" disabled={remove.isPending}>
          Remove gate
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function WaiveGateForm({ gate, projectId, onDone }: { gate: GateRow; projectId: string; onDone: () => void }) {
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const waive = useApiMutation({
    mutate: waiveGate,
    invalidates: () => [milestonesQueryKey(projectId), ['my-work']],
    setError: form.setError,
    formFields: ['reason'],
    onDone,
  });
  const error = form.formState.errors.reason?.message ?? form.formState.errors.root?.server?.message ?? waive.error?.message;
  return (
    <form
      className="risk-form"
      aria-label={`Waive ${gate.name}`}
      noValidate
      onSubmit={form.handleSubmit(async ({ reason }) => {
        await waive.run({ id: gate.id, version: gate.version, reason: reason.trim() });
      })}
    >
      <div className="field">
        <label htmlFor={`waive-${gate.id}`}>Why may the milestone complete without this gate passing?</label>
        <textarea
          id={`waive-${gate.id}`}
          rows={2}
          autoFocus
          {...form.register('reason', { validate: (value) => value.trim() !== '' || 'Give the reason; it stays on record.' })}
        />
        {error && <p className="field__error">{error}</p>}
      </div>
      <p className="hint">The waiver, your name and the reason stay on the gate's record; failed results stay in its history.</p>
      <div className="form-actions">
        <button type="submit" className="button--danger" disabled={waive.isPending}>
          Waive gate
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface GatePanelProps {
  gate: GateRow;
  projectId: string;
  inTheWay: boolean;
  canRecord: boolean;
  canRemove: boolean;
  /** The sponsor waives a gate that has not passed, with a reason. */
  canWaive?: boolean;
  /** The gate's recorded changes, when loaded. */
  history?: readonly HistoryEntryValue[];
  currency: string;
}

/** One quality gate: criteria, blocking, status, every result with its evidence; record a result or remove it. */
export function GatePanel({ gate, projectId, inTheWay, canRecord, canRemove, canWaive = false, history, currency }: GatePanelProps) {
  const [mode, setMode] = useState<'view' | 'record' | 'remove' | 'waive'>('view');
  const waivable = canWaive && (gate.status === 'PENDING' || gate.status === 'FAILED');
  return (
    <section className="gate-panel" aria-labelledby={`gate-${gate.id}-heading`}>
      <div className="section-head">
        <h3 id={`gate-${gate.id}-heading`}>{gate.name}</h3>
        <GateBadge gate={gate} inTheWay={inTheWay} />
      </div>
      <dl className="facts">
        <div>
          <dt>Kind</dt>
          <dd>{humanize(gate.kind)}</dd>
        </div>
        <div>
          <dt>Blocking</dt>
          <dd>{gate.blocking ? 'Yes: the milestone cannot complete until it passes' : 'No'}</dd>
        </div>
        {gate.decidedBy && (
          <div>
            <dt>Decided</dt>
            <dd>
              {gate.decidedBy}, {formatDateTime(gate.decidedAt)}
            </dd>
          </div>
        )}
        {gate.waiverReason && (
          <div>
            <dt>Waived because</dt>
            <dd>{gate.waiverReason}</dd>
          </div>
        )}
      </dl>
      {gate.criteria && <p className="gate-panel__criteria">{gate.criteria}</p>}
      {gate.sourceActionItems.length > 0 && (
        <p className="muted">
          A lesson from{' '}
          {gate.sourceActionItems.map((item, index) => (
            <span key={item.id}>
              {index > 0 && ', '}
              <Link to={`/incidents/${item.incident.id}`}>
                “{item.title}” ({item.incident.title})
              </Link>
            </span>
          ))}
        </p>
      )}
      <h4>Results</h4>
      {gate.results.length === 0 ? (
        <p className="empty">No result is recorded yet.</p>
      ) : (
        <ol className="results" aria-label={`Results of ${gate.name}`}>
          {gate.results.map((result) => (
            <li key={result.id} className={`result result--${result.outcome.toLowerCase()}`}>
              <p>
                <span className={`badge badge--${result.outcome.toLowerCase()}`}>{humanize(result.outcome)}</span>{' '}
                recorded by <strong>{result.recordedBy}</strong>, {formatDateTime(result.recordedAt)}
              </p>
              {result.note && <p>{result.note}</p>}
              {result.link && (
                <p>
                  <a href={result.link} rel="noreferrer noopener" target="_blank">
                    {result.link}
                  </a>
                </p>
              )}
              {result.measurements.length > 0 && (
                <table className="data-table measurements" aria-label="Measurements">
                  <thead>
                    <tr>
                      <th scope="col">Measured</th>
                      <th scope="col" className="num">
                        Value
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.measurements.map((measurement, index) => (
                      <tr key={`${measurement.name}-${index}`}>
                        <th scope="row">{measurement.name}</th>
                        <td className="num">
                          {formatDecimal(measurement.value)}
                          {measurement.unit ? ` ${measurement.unit}` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
      {history && (
        <details className="gate-panel__history">
          <summary>History of this gate</summary>
          <HistoryList label={`Changes to ${gate.name}`} entries={history} currency={currency} hiddenFields={['milestoneId']} />
        </details>
      )}
      {mode === 'record' && <RecordResultForm gate={gate} projectId={projectId} onDone={() => setMode('view')} />}
      {mode === 'remove' && <RemoveGateForm gate={gate} projectId={projectId} onDone={() => setMode('view')} />}
      {mode === 'waive' && <WaiveGateForm gate={gate} projectId={projectId} onDone={() => setMode('view')} />}
      {mode === 'view' && (canRecord || canRemove || waivable) && (
        <div className="form-actions">
          {canRecord && (
            <button type="button" aria-label={`Record a result for ${gate.name}`} onClick={() => setMode('record')}>
              Record a result
            </button>
          )}
          {canRemove && (
            <button type="button" aria-label={`Remove gate ${gate.name}`} onClick={() => setMode('remove')}>
              Remove gate
            </button>
          )}
          {waivable && (
            <button type="button" aria-label={`Waive gate ${gate.name}`} onClick={() => setMode('waive')}>
              Waive gate
            </button>
          )}
        </div>
      )}
    </section>
  );
}
