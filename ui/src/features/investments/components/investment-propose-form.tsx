import { useFieldArray, useForm } from 'react-hook-form';
import type { InvestmentKind } from '@/gql/graphql';
import { investmentQueriesOf, proposeInvestment } from '@/features/investments/api/investment-mutations';
import { FormError } from '@/components/form-error';
import { useApiMutation } from '@/lib/api-mutation';
import { humanize } from '@/lib/format';

export const INVESTMENT_KINDS: InvestmentKind[] = ['TOOL', 'PROCESS', 'TRAINING', 'STAFFING', 'INFRASTRUCTURE'];

interface MitigationValues {
  riskId: string;
  probabilityReduction: string;
  lossReduction: string;
}

interface ProposeValues {
  name: string;
  kind: InvestmentKind;
  vendor: string;
  description: string;
  oneTimeCost: string;
  annualCost: string;
  mitigations: MitigationValues[];
}

const EMPTY_MITIGATION: MitigationValues = { riskId: '', probabilityReduction: '', lossReduction: '' };
const FIELDS = ['name', 'kind', 'vendor', 'description', 'oneTimeCost', 'annualCost', 'mitigations'];

function isFraction(value: string): boolean {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) && number >= 0 && number <= 1;
}

interface InvestmentProposeFormProps {
  projectId: string;
  currency: string;
  risks: readonly { id: string; title: string }[];
  onDone: () => void;
}

/** A new investment proposal and the risks it mitigates, in one form (the manager's). */
export function InvestmentProposeForm({ projectId, currency, risks, onDone }: InvestmentProposeFormProps) {
  const form = useForm<ProposeValues>({
    defaultValues: {
      name: '',
      kind: 'TOOL',
      vendor: '',
      description: '',
      oneTimeCost: '0',
      annualCost: '',
      mitigations: [EMPTY_MITIGATION],
    },
  });
  const mitigations = useFieldArray({ control: form.control, name: 'mitigations' });
  const propose = useApiMutation({
    mutate: proposeInvestment,
    invalidates: () => investmentQueriesOf(projectId),
    setError: form.setError,
    formFields: FIELDS,
    onDone,
  });
  const errors = form.formState.errors;
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());

  return (
    <form
      className="risk-form"
      aria-label="Propose an investment"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await propose.run({
          projectId,
          name: values.name.trim(),
          kind: values.kind,
          vendor: optional(values.vendor),
          description: optional(values.description),
          // decimals go as text, exactly as typed; the API says what is wrong with them
          oneTimeCost: values.oneTimeCost.trim() || '0',
          annualCost: values.annualCost.trim(),
          mitigations: values.mitigations
            .filter((m) => m.riskId !== '')
            .map((m) => ({
              riskId: m.riskId,
              probabilityReduction: m.probabilityReduction.trim(),
              lossReduction: m.lossReduction.trim(),
            })),
        });
      })}
    >
      <fieldset>
        <legend>What it is</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor="propose-name">Name</label>
            <input
              id="propose-name"
              autoFocus
              {...form.register('name', { validate: (v) => v.trim() !== '' || 'Give the investment a name.' })}
            />
            {errors.name && <p className="field__error">{errors.name.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="propose-kind">Kind</label>
            <select id="propose-kind" {...form.register('kind')}>
              {INVESTMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {humanize(kind)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="propose-vendor">Vendor</label>
            <input id="propose-vendor" {...form.register('vendor')} />
            {errors.vendor && <p className="field__error">{errors.vendor.message}</p>}
          </div>
        </div>
        <div className="field">
          <label htmlFor="propose-description">How it prevents loss</label>
          <textarea id="propose-description" rows={2} {...form.register('description')} />
          {errors.description && <p className="field__error">{errors.description.message}</p>}
        </div>
      </fieldset>
      <fieldset>
        <legend>Cost (in {currency})</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor="propose-one-time">One-time cost</label>
            <input id="propose-one-time" inputMode="decimal" {...form.register('oneTimeCost')} />
            {errors.oneTimeCost && <p className="field__error">{errors.oneTimeCost.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="propose-annual">Annual cost</label>
            <input
              id="propose-annual"
              inputMode="decimal"
              {...form.register('annualCost', { validate: (v) => v.trim() !== '' || 'Give the annual cost (0 if none).' })}
            />
            {errors.annualCost && <p className="field__error">{errors.annualCost.message}</p>}
          </div>
        </div>
        <p className="hint">The annualized cost adds the one-time cost spread over the amortization years (3 unless configured).</p>
      </fieldset>
      <fieldset>
        <legend>Risks it mitigates</legend>
        <p className="hint">Reductions are fractions from 0 to 1: 0.8 removes 80% of the probability, or of the loss of one occurrence.</p>
        {mitigations.fields.map((field, index) => {
          const rowErrors = errors.mitigations?.[index];
          return (
            <div className="form-row measurement-row" key={field.id} role="group" aria-label={`Mitigation ${index + 1}`}>
              <div className="field">
                <label htmlFor={`propose-m${index}-risk`}>Risk</label>
                <select id={`propose-m${index}-risk`} {...form.register(`mitigations.${index}.riskId`)}>
                  <option value="">Choose a risk</option>
                  {risks.map((risk) => (
                    <option key={risk.id} value={risk.id}>
                      {risk.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`propose-m${index}-probability`}>Probability reduction (0–1)</label>
                <input
                  id={`propose-m${index}-probability`}
                  inputMode="decimal"
                  {...form.register(`mitigations.${index}.probabilityReduction`, {
                    validate: (value, all) => all.mitigations[index]?.riskId === '' || isFraction(value) || 'Give a number from 0 to 1.',
                  })}
                />
                {rowErrors?.probabilityReduction && <p className="field__error">{rowErrors.probabilityReduction.message}</p>}
              </div>
              <div className="field">
                <label htmlFor={`propose-m${index}-loss`}>Loss reduction (0–1)</label>
                <input
                  id={`propose-m${index}-loss`}
                  inputMode="decimal"
                  {...form.register(`mitigations.${index}.lossReduction`, {
                    validate: (value, all) => all.mitigations[index]?.riskId === '' || isFraction(value) || 'Give a number from 0 to 1.',
                  })}
                />
                {rowErrors?.lossReduction && <p className="field__error">{rowErrors.lossReduction.message}</p>}
              </div>
              <button
                type="button"
                className="button--small"
                aria-label={`Remove mitigation ${index + 1}`}
                onClick={() => mitigations.remove(index)}
              >
                Remove
              </button>
            </div>
          );
        })}
        <button type="button" className="button--small" onClick={() => mitigations.append(EMPTY_MITIGATION)}>
          Add a mitigated risk
        </button>
        {errors.mitigations?.message && <p className="field__error">{errors.mitigations.message}</p>}
      </fieldset>
      <FormError message={errors.root?.server?.message} />
      <FormError message={propose.error?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={propose.isPending}>
          {propose.isPending ? 'Proposing…' : 'Propose investment'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
