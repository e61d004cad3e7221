import { useForm } from 'react-hook-form';
import type { Severity } from '@/gql/graphql';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useIncidentReportOptions } from '@/features/incidents/api/get-incident';
import { incidentQueriesOf, reportIncident } from '@/features/incidents/api/incident-mutations';
import { toInstant } from '@/features/incidents/lib/incident-time';
import { FormError } from '@/components/form-error';
import { useApiMutation } from '@/lib/api-mutation';

const SEVERITIES: { value: Severity; label: string }[] = [
  { value: 'SEV1', label: 'SEV1 — critical: outage or data loss for many users' },
  { value: 'SEV2', label: 'SEV2 — major: a key function degraded' },
  { value: 'SEV3', label: 'SEV3 — minor: limited impact' },
  { value: 'SEV4', label: 'SEV4 — negligible, or a near-miss' },
];

interface ReportValues {
  title: string;
  description: string;
  severity: Severity;
  occurredAt: string;
  detectedAt: string;
  resolvedAt: string;
  milestoneId: string;
  riskIds: string[];
  nearMiss: boolean;
  lossAvoidedByLuck: string;
  dataLostMinutes: string;
  dataLostRecords: string;
}

const FIELDS = Object.keys({
  title: 0,
  description: 0,
  severity: 0,
  occurredAt: 0,
  detectedAt: 0,
  resolvedAt: 0,
  milestoneId: 0,
  riskIds: 0,
  nearMiss: 0,
  lossAvoidedByLuck: 0,
  dataLostMinutes: 0,
  dataLostRecords: 0,
} satisfies Record<keyof ReportValues, 0>);

interface IncidentReportFormProps {
  projectId: string;
  currency: string;
  onReported: (incident: { id: string }) => void;
  onCancel: () => void;
}

/** Reports an incident: when, how bad, at which milestone, which risks it materialized, what luck spared. */
export function IncidentReportForm({ projectId, currency, onReported, onCancel }: IncidentReportFormProps) {
  const options = useIncidentReportOptions(projectId);
  const form = useForm<ReportValues>({
    defaultValues: {
      title: '',
      description: '',
      severity: 'SEV2',
      occurredAt: '',
      detectedAt: '',
      resolvedAt: '',
      milestoneId: '',
      riskIds: [],
      nearMiss: false,
      lossAvoidedByLuck: '',
      dataLostMinutes: '',
      dataLostRecords: '',
    },
  });
  const report = useApiMutation({
    mutate: reportIncident,
    invalidates: (payload) => incidentQueriesOf(payload.incident?.id ?? '', projectId),
    setError: form.setError,
    formFields: FIELDS,
    onDone: (payload) => payload.incident && onReported(payload.incident),
  });
  const errors = form.formState.errors;
  const nearMiss = form.watch('nearMiss');
  if (options.isPending) return <LoadingState label="Loading the project's risks and milestones…" />;
  if (options.isError) return <ErrorState title="The form could not be loaded." error={options.error} onRetry={() => void options.refetch()} />;
  const milestones = options.data.project?.milestones.nodes ?? [];
  const risks = options.data.project?.risks.nodes ?? [];
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  const required = (label: string) => ({ validate: (v: string) => v.trim() !== '' || `Give ${label}.` });

  return (
    <form
      className="risk-form"
      aria-label="Report an incident"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await report.run({
          projectId,
          title: values.title.trim(),
          description: optional(values.description),
          severity: values.severity,
          occurredAt: toInstant(values.occurredAt),
          detectedAt: toInstant(values.detectedAt),
          resolvedAt: values.resolvedAt ? toInstant(values.resolvedAt) : null,
          milestoneId: optional(values.milestoneId),
          riskIds: values.riskIds,
          nearMiss: values.nearMiss,
          lossAvoidedByLuck: values.nearMiss ? optional(values.lossAvoidedByLuck) : null,
          dataLostMinutes: values.dataLostMinutes.trim() === '' ? null : Number(values.dataLostMinutes),
          dataLostRecords: values.dataLostRecords.trim() === '' ? null : Number(values.dataLostRecords),
        });
      })}
    >
      <fieldset>
        <legend>What happened</legend>
        <div className="field">
          <label htmlFor="incident-title">Title</label>
          <input id="incident-title" autoFocus {...form.register('title', required('a short title'))} />
          {errors.title && <p className="field__error">{errors.title.message}</p>}
        </div>
        <div className="field">
          <label htmlFor="incident-description">Description</label>
          <textarea id="incident-description" rows={3} {...form.register('description')} />
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor="incident-severity">Severity</label>
            <select id="incident-severity" {...form.register('severity')}>
              {SEVERITIES.map((severity) => (
                <option key={severity.value} value={severity.value}>
                  {severity.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="incident-milestone">Milestone</label>
            <select id="incident-milestone" {...form.register('milestoneId')}>
              <option value="">No milestone</option>
              {milestones.map((milestone) => (
                <option key={milestone.id} value={milestone.id}>
                  {milestone.name}
                </option>
              ))}
            </select>
            {errors.milestoneId && <p className="field__error">{errors.milestoneId.message}</p>}
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>When (your local time)</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor="incident-occurred">Occurred</label>
            <input id="incident-occurred" type="datetime-local" {...form.register('occurredAt', required('when it started'))} />
            {errors.occurredAt && <p className="field__error">{errors.occurredAt.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="incident-detected">Detected</label>
            <input id="incident-detected" type="datetime-local" {...form.register('detectedAt', required('when someone noticed'))} />
            {errors.detectedAt && <p className="field__error">{errors.detectedAt.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="incident-resolved">Resolved</label>
            <input id="incident-resolved" type="datetime-local" {...form.register('resolvedAt')} />
            {errors.resolvedAt && <p className="field__error">{errors.resolvedAt.message}</p>}
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Risks it materialized</legend>
        {risks.length === 0 ? (
          <p className="empty">The project has no open risk.</p>
        ) : (
          <ul className="what-if__options">
            {risks.map((risk) => (
              <li key={risk.id}>
                <label>
                  <input type="checkbox" value={risk.id} {...form.register('riskIds')} /> {risk.title}
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors.riskIds && <p className="field__error">{errors.riskIds.message}</p>}
        <p className="hint">Each becomes MATERIALIZED; an investment that would have mitigated it shows as “preventable by”.</p>
      </fieldset>
      <fieldset>
        <legend>Luck and data</legend>
        <div className="field field--check">
          <label>
            <input type="checkbox" {...form.register('nearMiss')} /> Near-miss: luck kept it from costing (much) more
          </label>
        </div>
        {nearMiss && (
          <div className="field">
            <label htmlFor="incident-luck">Loss avoided by luck, estimated ({currency})</label>
            <input id="incident-luck" inputMode="decimal" {...form.register('lossAvoidedByLuck')} />
            {errors.lossAvoidedByLuck && <p className="field__error">{errors.lossAvoidedByLuck.message}</p>}
          </div>
        )}
        <div className="form-row">
          <div className="field">
            <label htmlFor="incident-lost-minutes">Data lost (minutes of history)</label>
            <input id="incident-lost-minutes" inputMode="numeric" {...form.register('dataLostMinutes')} />
            {errors.dataLostMinutes && <p className="field__error">{errors.dataLostMinutes.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="incident-lost-records">Data lost (records)</label>
            <input id="incident-lost-records" inputMode="numeric" {...form.register('dataLostRecords')} />
            {errors.dataLostRecords && <p className="field__error">{errors.dataLostRecords.message}</p>}
          </div>
        </div>
      </fieldset>
      <FormError message={errors.root?.server?.message} />
      <FormError message={report.error?.message} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={report.isPending}>
          Report incident
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
