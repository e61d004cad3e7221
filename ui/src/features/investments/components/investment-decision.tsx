import { useForm } from 'react-hook-form';
import type { InvestmentDecision, InvestmentOperatingStatus } from '@/gql/graphql';
import type { InvestmentRow } from '@/features/investments/api/get-investments';
import { decideInvestment, investmentQueriesOf, setInvestmentStatus } from '@/features/investments/api/investment-mutations';
import { FormError } from '@/components/form-error';
import { useApiMutation } from '@/lib/api-mutation';

interface DecideProps {
  investment: InvestmentRow;
  projectId: string;
  onDone: () => void;
}

/** The sponsor's decision: approve or reject, always with the reason, which stays on record beside the decision. */
export function InvestmentDecideForm({ investment, projectId, onDone }: DecideProps) {
  const form = useForm<{ decision: InvestmentDecision | ''; rationale: string }>({
    defaultValues: { decision: '', rationale: '' },
  });
  const decide = useApiMutation({
    mutate: decideInvestment,
    invalidates: () => investmentQueriesOf(projectId),
    setError: form.setError,
    formFields: ['decision', 'rationale'],
    onDone,
  });
  const errors = form.formState.errors;
  const id = `decide-${investment.id}`;
  return (
    <form
      className="risk-form"
      aria-label={`Decide on ${investment.name}`}
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        if (values.decision === '') return;
        await decide.run({
          id: investment.id,
          version: investment.version,
          decision: values.decision,
          rationale: values.rationale.trim(),
        });
      })}
    >
      <fieldset>
        <legend>Decision</legend>
        <div className="choices">
          <label>
            <input type="radio" value="APPROVED" {...form.register('decision', { required: 'Approve or reject it.' })} /> Approve
          </label>
          <label>
            <input type="radio" value="REJECTED" {...form.register('decision', { required: 'Approve or reject it.' })} /> Reject
          </label>
        </div>
        {errors.decision && <p className="field__error">{errors.decision.message}</p>}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Rationale (kept on record)</label>
        <textarea
          id={`${id}-rationale`}
          rows={3}
          {...form.register('rationale', { validate: (v) => v.trim() !== '' || 'Say why, for the record.' })}
        />
        {errors.rationale && <p className="field__error">{errors.rationale.message}</p>}
      </div>
      <FormError message={errors.root?.server?.message} />
      <FormError message={decide.error?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={decide.isPending}>
          Record decision
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Puts an approved investment into operation, or retires it. */
export function InvestmentStatusButtons({ investment, projectId }: { investment: InvestmentRow; projectId: string }) {
  const change = useApiMutation({
    mutate: setInvestmentStatus,
    invalidates: () => investmentQueriesOf(projectId),
  });
  const next: InvestmentOperatingStatus[] =
    investment.status === 'APPROVED' ? ['ACTIVE', 'RETIRED'] : investment.status === 'ACTIVE' ? ['RETIRED'] : [];
  if (next.length === 0) return null;
  const refused = change.data?.userErrors.map((e) => e.message).join(' ') ?? change.error?.message;
  return (
    <>
      {next.map((status) => (
        <button
          key={status}
          type="button"
          disabled={change.isPending}
          onClick={() => void change.run({ id: investment.id, version: investment.version, status })}
        >
          {status === 'ACTIVE' ? 'Mark active' : 'Retire'}
        </button>
      ))}
      <FormError message={refused} />
    </>
  );
}
