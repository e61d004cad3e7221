import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { LossType } from '@/gql/graphql';
import type { IncidentDetail } from '@/features/incidents/api/get-incident';
import { addLoss, incidentQueriesOf } from '@/features/incidents/api/incident-mutations';
import { laborAmount } from '@/features/incidents/lib/incident-time';
import { FormError } from '@/components/form-error';
import { useApiMutation } from '@/lib/api-mutation';
import { formatDateTime, formatDecimal, formatMoney, humanize } from '@/lib/format';

const LOSS_TYPES: LossType[] = ['LABOR', 'REVENUE', 'PENALTY', 'CUSTOMER_CREDIT', 'RECOVERY', 'DATA_LOSS', 'OTHER'];

interface LossValues {
  type: LossType;
  amount: string;
  hours: string;
  hourlyRate: string;
  note: string;
}

function AddLossForm({ incident, onDone }: { incident: IncidentDetail; onDone: () => void }) {
  const form = useForm<LossValues>({ defaultValues: { type: 'LABOR', amount: '', hours: '', hourlyRate: '', note: '' } });
  const add = useApiMutation({
    mutate: addLoss,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
    setError: form.setError,
    formFields: ['type', 'amount', 'hours', 'hourlyRate', 'note'],
    onDone,
  });
  const errors = form.formState.errors;
  const [type, hours, rate] = form.watch(['type', 'hours', 'hourlyRate']);
  const labor = type === 'LABOR';
  const computed = labor ? laborAmount(hours, rate) : null;
  const currency = incident.project.currency;
  return (
    <form
      className="risk-form"
      aria-label="Add a loss"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await add.run({
          incidentId: incident.id,
          type: values.type,
          note: values.note.trim() || null,
          ...(labor
            ? { hours: values.hours.trim(), hourlyRate: values.hourlyRate.trim() }
            : { amount: values.amount.trim() }),
        });
      })}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor="loss-type">Type</label>
          <select id="loss-type" autoFocus {...form.register('type')}>
            {LOSS_TYPES.map((value) => (
              <option key={value} value={value}>
                {humanize(value)}
              </option>
            ))}
          </select>
        </div>
        {labor ? (
          <>
            <div className="field">
              <label htmlFor="loss-hours">Hours</label>
              <input id="loss-hours" inputMode="decimal" {...form.register('hours', { required: labor && 'Enter the hours worked.' })} />
              {errors.hours && <p className="field__error">{errors.hours.message}</p>}
            </div>
            <div className="field">
              <label htmlFor="loss-rate">Hourly rate ({currency})</label>
              <input id="loss-rate" inputMode="decimal" {...form.register('hourlyRate', { required: labor && 'Enter the hourly rate.' })} />
              {errors.hourlyRate && <p className="field__error">{errors.hourlyRate.message}</p>}
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor="loss-amount">Amount ({currency})</label>
            <input id="loss-amount" inputMode="decimal" {...form.register('amount', { required: !labor && 'Enter the amount.' })} />
            {errors.amount && <p className="field__error">{errors.amount.message}</p>}
          </div>
        )}
      </div>
      {labor && (
        <p className="hint" aria-live="polite">
          Hours × rate{computed !== null ? ` = ${formatMoney({ amount: computed, currency })}` : ''}; the rate is kept with the loss, so a
          later rate change rewrites nothing.
        </p>
      )}
      <div className="field">
        <label htmlFor="loss-note">Note</label>
        <input id="loss-note" {...form.register('note')} />
      </div>
      <FormError message={errors.root?.server?.message} />
      <FormError message={add.error?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={add.isPending}>
          Add loss
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** An incident's losses by type and one by one (LABOR with the hours and the rate it was costed at); add one. */
export function IncidentLosses({ incident, canAdd }: { incident: IncidentDetail; canAdd: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="project-section" aria-labelledby="losses-heading">
      <div className="section-head">
        <h2 id="losses-heading">Losses</h2>
        {canAdd && !adding && (
          <button type="button" className="button--primary" onClick={() => setAdding(true)}>
            Add a loss
          </button>
        )}
      </div>
      {adding && <AddLossForm incident={incident} onDone={() => setAdding(false)} />}
      {incident.losses.length === 0 ? (
        <p className="empty">No loss recorded yet.</p>
      ) : (
        <>
          <table className="data-table" aria-label="Losses by type">
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {incident.lossByType.map((line) => (
                <tr key={line.type}>
                  <th scope="row">{humanize(line.type)}</th>
                  <td className="num">{formatMoney(line.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num" data-testid="total-loss">
                  <strong>{formatMoney(incident.totalLoss)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
          <div className="table-scroll">
            <table className="data-table" aria-label="Each loss">
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">How it was costed</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">Recorded</th>
                </tr>
              </thead>
              <tbody>
                {incident.losses.map((loss) => (
                  <tr key={loss.id}>
                    <th scope="row">{humanize(loss.type)}</th>
                    <td>
                      {loss.hours != null && loss.hourlyRate
                        ? `${formatDecimal(loss.hours)} h × ${formatMoney(loss.hourlyRate)}/h`
                        : ''}
                      {loss.note && <span className="cell-detail">{loss.note}</span>}
                    </td>
                    <td className="num">{formatMoney(loss.amount)}</td>
                    <td className="nowrap">
                      {loss.recordedBy}, {formatDateTime(loss.createdAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
