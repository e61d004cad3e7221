import { useForm } from 'react-hook-form';
import { closeRisk, riskQueriesOf } from '@/features/risks/api/risk-mutations';
import { useApiMutation } from '@/lib/api-mutation';

interface RiskCloseFormProps {
  risk: { id: string; version: number; title: string };
  projectId: string;
  onDone: () => void;
}

/** Closes a risk with the reason it no longer matters. */
export function RiskCloseForm({ risk, projectId, onDone }: RiskCloseFormProps) {
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const close = useApiMutation({
    mutate: closeRisk,
    invalidates: () => riskQueriesOf(projectId, risk.id),
    setError: form.setError,
    formFields: ['reason'],
    onDone,
  });
  const error = form.formState.errors.reason?.message ?? form.formState.errors.root?.server?.message;
  return (
    <form
      className="risk-form"
      aria-label={`Close ${risk.title}`}
      noValidate
      onSubmit={form.handleSubmit(async ({ reason }) => {
        await close.run({ id: risk.id, version: risk.version, reason: reason.trim() });
      })}
    >
      <div className="field">
        <label htmlFor="close-reason">Why is it closed?</label>
        <textarea
          id="close-reason"
          rows={2}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'close-reason-error' : undefined}
          {...form.register('reason', { validate: (value) => value.trim() !== '' || 'Give the reason.' })}
        />
        {error && (
          <p id="close-reason-error" className="field__error">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={close.isPending}>
          Close risk
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
