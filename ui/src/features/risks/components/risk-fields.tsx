import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { RiskCategory, RiskResponse, RiskStatus } from '@/gql/graphql';
import { humanize } from '@/lib/format';
import type { RiskField, RiskValues } from '@/features/risks/lib/risk-edit';
import { RISK_CATEGORIES, RISK_STATUSES } from '@/features/risks/lib/register-search';

export const RISK_RESPONSES: RiskResponse[] = ['AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT'];

/** Labels of a risk's fields, as the forms, the conflict panel and the history show them. */
export const RISK_FIELD_LABELS: Readonly<Record<RiskField, string>> = {
  title: 'Title',
  description: 'Description',
  category: 'Category',
  status: 'Status',
  response: 'Response',
  owner: 'Owner',
  milestoneId: 'Milestone',
  likelihood: 'Likelihood (1–5)',
  impact: 'Impact (1–5)',
  probability: 'Probability (0–1)',
  lossLow: 'Loss low (5th percentile)',
  lossHigh: 'Loss high (95th percentile)',
  nextReviewOn: 'Next review',
};

export interface RiskFieldOptions {
  members: readonly { username: string; displayName: string }[];
  milestones: readonly { id: string; name: string }[];
}

interface RiskFieldProps {
  field: RiskField;
  register: UseFormRegister<RiskValues>;
  errors: FieldErrors<RiskValues>;
  options: RiskFieldOptions;
  /** An id prefix, so several forms on one page keep their ids apart. */
  idPrefix: string;
  autoFocus?: boolean;
}

const ENUMS: Partial<Record<RiskField, readonly string[]>> = {
  category: RISK_CATEGORIES satisfies readonly RiskCategory[],
  status: RISK_STATUSES satisfies readonly RiskStatus[],
  response: RISK_RESPONSES,
  likelihood: ['1', '2', '3', '4', '5'],
  impact: ['1', '2', '3', '4', '5'],
};

/** One labelled field of a risk form, with the API's user error for it underneath. */
export function RiskFieldInput({ field, register, errors, options, idPrefix, autoFocus }: RiskFieldProps) {
  const id = `${idPrefix}-${field}`;
  const error = errors[field]?.message;
  const describedBy = error ? `${id}-error` : undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, autoFocus };
  let input;
  if (field === 'owner') {
    input = (
      <select {...common} {...register(field)}>
        <option value="">Unassigned</option>
        {options.members.map((member) => (
          <option key={member.username} value={member.username}>
            {member.displayName}
          </option>
        ))}
      </select>
    );
  } else if (field === 'milestoneId') {
    input = (
      <select {...common} {...register(field)}>
        <option value="">No milestone</option>
        {options.milestones.map((milestone) => (
          <option key={milestone.id} value={milestone.id}>
            {milestone.name}
          </option>
        ))}
      </select>
    );
  } else if (ENUMS[field]) {
    input = (
      <select {...common} {...register(field)}>
        {ENUMS[field].map((value) => (
          <option key={value} value={value}>
            {/^\d$/.test(value) ? value : humanize(value)}
          </option>
        ))}
      </select>
    );
  } else if (field === 'description') {
    input = <textarea rows={3} {...common} {...register(field)} />;
  } else if (field === 'nextReviewOn') {
    input = <input type="date" {...common} {...register(field)} />;
  } else if (field === 'probability' || field === 'lossLow' || field === 'lossHigh') {
    input = (
      <input
        inputMode="decimal"
        autoComplete="off"
        {...common}
        {...register(field, { validate: (value) => value.trim() !== '' || 'Required.' })}
      />
    );
  } else {
    input = <input autoComplete="off" {...common} {...register(field, { validate: (value) => value.trim() !== '' || 'Give the risk a title.' })} />;
  }
  return (
    <div className={`field field--${field}`}>
      <label htmlFor={id}>{RISK_FIELD_LABELS[field]}</label>
      {input}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
