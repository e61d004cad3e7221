import { useForm } from 'react-hook-form';
import type { RiskCreateInput } from '@/gql/graphql';
import { createRisk, riskQueriesOf } from '@/features/risks/api/risk-mutations';
import { RiskFieldInput, type RiskFieldOptions } from '@/features/risks/components/risk-fields';
import { RISK_FIELDS, type RiskValues } from '@/features/risks/lib/risk-edit';
import { useApiMutation } from '@/lib/api-mutation';
import { GraphQLResponseError } from '@/lib/graphql-client';

const EMPTY: RiskValues = {
  title: '',
  description: '',
  category: 'DATA_INTEGRITY',
  status: 'IDENTIFIED',
  response: 'MITIGATE',
  owner: '',
  milestoneId: '',
  likelihood: '3',
  impact: '3',
  probability: '',
  lossLow: '',
  lossHigh: '',
  nextReviewOn: '',
};

function inputOf(projectId: string, values: RiskValues): RiskCreateInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    projectId,
    title: values.title.trim(),
    description: optional(values.description),
    category: values.category,
    status: values.status,
    response: values.response,
    owner: optional(values.owner),
    milestoneId: optional(values.milestoneId),
    likelihood: Number(values.likelihood),
    impact: Number(values.impact),
    // decimals go as text, exactly as typed; the API says what is wrong with them
    probability: values.probability.trim(),
    lossLow: values.lossLow.trim(),
    lossHigh: values.lossHigh.trim(),
    nextReviewOn: optional(values.nextReviewOn),
  };
}

interface RiskCreateFormProps {
  projectId: string;
  currency: string;
  options: RiskFieldOptions;
  onCreated: (risk: { id: string; title: string }) => void;
  onCancel: () => void;
}

/** A new risk with every field of PRODUCT.md §3; the API's user errors appear beside their fields. */
export function RiskCreateForm({ projectId, currency, options, onCreated, onCancel }: RiskCreateFormProps) {
  const form = useForm<RiskValues>({ defaultValues: EMPTY });
  const create = useApiMutation({
    mutate: createRisk,
    invalidates: () => riskQueriesOf(projectId),
    setError: form.setError,
    formFields: RISK_FIELDS,
    onDone: (payload) => payload.risk && onCreated(payload.risk),
  });
  const rootError = form.formState.errors.root?.server?.message;
  const field = (name: (typeof RISK_FIELDS)[number], autoFocus = false) => (
    <RiskFieldInput
      field={name}
      register={form.register}
      errors={form.formState.errors}
      options={options}
      idPrefix="new-risk"
      autoFocus={autoFocus}
    />
  );

  return (
    <form
      className="risk-form"
      aria-label="New risk"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await create.run(inputOf(projectId, values));
      })}
    >
      <fieldset>
        <legend>What could go wrong</legend>
        {field('title', true)}
        {field('description')}
        <div className="form-row">
          {field('category')}
          {field('status')}
          {field('response')}
        </div>
        <div className="form-row">
          {field('owner')}
          {field('milestoneId')}
          {field('nextReviewOn')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Heat map</legend>
        <div className="form-row">
          {field('likelihood')}
          {field('impact')}
        </div>
      </fieldset>
      <fieldset>
        <legend>Estimate (amounts in {currency})</legend>
        <div className="form-row">
          {field('probability')}
          {field('lossLow')}
          {field('lossHigh')}
        </div>
        <p className="hint">
          Probability: the chance it happens at least once in the next 12 months or at its milestone. Loss: a 90% range for
          one occurrence.
        </p>
      </fieldset>
      {rootError && (
        <p role="alert" className="field__error">
          {rootError}
        </p>
      )}
      {create.error && (
        <p role="alert" className="field__error">
          {create.error instanceof GraphQLResponseError ? create.error.message : 'The risk could not be saved. Try again.'}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create risk'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
