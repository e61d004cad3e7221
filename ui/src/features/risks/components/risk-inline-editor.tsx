import { useForm } from 'react-hook-form';
import type { EditableRiskFragment } from '@/gql/graphql';
import { useRiskEdit } from '@/features/risks/api/use-risk-edit';
import { RiskConflictPanel } from '@/features/risks/components/risk-conflict-panel';
import { RiskFieldInput, type RiskFieldOptions } from '@/features/risks/components/risk-fields';
import { valuesOf, type RiskField, type RiskValues } from '@/features/risks/lib/risk-edit';
import { GraphQLResponseError } from '@/lib/graphql-client';

/** What the register edits in place; the rest is on the risk's page. */
export const INLINE_FIELDS: readonly RiskField[] = [
  'probability',
  'lossLow',
  'lossHigh',
  'likelihood',
  'impact',
  'owner',
  'status',
  'response',
  'nextReviewOn',
];

interface RiskEditFormProps {
  risk: EditableRiskFragment;
  projectId: string;
  options: RiskFieldOptions;
  fields?: readonly RiskField[];
  onDone: () => void;
  /** Accessible name of the form. */
  label: string;
}

/** Edits some or all fields of a risk: the user's errors beside their fields, conflicts resolved by the user. */
export function RiskEditForm({ risk, projectId, options, fields = INLINE_FIELDS, onDone, label }: RiskEditFormProps) {
  const form = useForm<RiskValues>({ defaultValues: valuesOf(risk) });
  const edit = useRiskEdit({
    risk,
    projectId,
    setError: form.setError,
    resetForm: (values) => form.reset(values),
    onSaved: onDone,
  });
  const rootError = form.formState.errors.root?.server?.message;

  return (
    <form
      className="risk-edit"
      aria-label={label}
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await edit.save(values);
      })}
    >
      <p className="risk-edit__title">
        Editing <strong>{risk.title}</strong>
      </p>
      <div className="risk-edit__fields">
        {fields.map((field, index) => (
          <RiskFieldInput
            key={field}
            field={field}
            register={form.register}
            errors={form.formState.errors}
            options={options}
            idPrefix={`edit-${risk.id}`}
            autoFocus={index === 0}
          />
        ))}
      </div>
      {rootError && (
        <p role="alert" className="field__error">
          {rootError}
        </p>
      )}
      {edit.error && (
        <p role="alert" className="field__error">
          {edit.error instanceof GraphQLResponseError ? edit.error.message : 'The change could not be saved. Try again.'}
        </p>
      )}
      {edit.conflict ? (
        <RiskConflictPanel
          conflict={edit.conflict}
          options={options}
          busy={edit.saving}
          onReapply={() => void edit.reapply(form.getValues())}
          onDiscard={edit.discard}
        />
      ) : (
        <div className="form-actions">
          <button type="submit" className="button--primary" disabled={edit.saving}>
            {edit.saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
