import { useForm } from 'react-hook-form';
import type { PostmortemStatus } from '@/gql/graphql';
import type { IncidentDetail } from '@/features/incidents/api/get-incident';
import { addTimelineEntry, incidentQueriesOf, updatePostmortem } from '@/features/incidents/api/incident-mutations';
import { publishingGaps } from '@/features/incidents/lib/publishing';
import { toInstant } from '@/features/incidents/lib/incident-time';
import { FormError } from '@/components/form-error';
import { useApiMutation } from '@/lib/api-mutation';
import { formatDateTime, humanize } from '@/lib/format';

type Postmortem = IncidentDetail['postmortem'];

const TEXT_FIELDS = [
  { name: 'summary', label: 'Summary', hint: 'What happened, in a few sentences.' },
  { name: 'impact', label: 'Impact', hint: 'What it cost the business and its users. Required to publish.' },
  { name: 'rootCauses', label: 'Root causes', hint: 'Conditions, not people: what made the failure possible.' },
  { name: 'contributingFactors', label: 'Contributing factors', hint: 'What made it worse or slower to notice.' },
  { name: 'whatWentWell', label: 'What went well', hint: 'What to keep doing.' },
  { name: 'whereWeGotLucky', label: 'Where we got lucky', hint: 'What spared us this time and might not next time.' },
  { name: 'noActionReason', label: 'Why no action item is needed', hint: 'Only when no action item follows from it.' },
] as const;

type PostmortemValues = Record<(typeof TEXT_FIELDS)[number]['name'], string>;

const NEXT: Record<PostmortemStatus, { status: PostmortemStatus; label: string }[]> = {
  DRAFT: [{ status: 'IN_REVIEW', label: 'Send for review' }],
  IN_REVIEW: [
    { status: 'PUBLISHED', label: 'Publish' },
    { status: 'DRAFT', label: 'Back to draft' },
  ],
  PUBLISHED: [{ status: 'DRAFT', label: 'Reopen as draft' }],
};

function valuesOf(postmortem: Postmortem): PostmortemValues {
  return {
    summary: postmortem.summary ?? '',
    impact: postmortem.impact ?? '',
    rootCauses: postmortem.rootCauses ?? '',
    contributingFactors: postmortem.contributingFactors ?? '',
    whatWentWell: postmortem.whatWentWell ?? '',
    whereWeGotLucky: postmortem.whereWeGotLucky ?? '',
    noActionReason: postmortem.noActionReason ?? '',
  };
}

function TimelineForm({ incident }: { incident: IncidentDetail }) {
  const form = useForm({ defaultValues: { at: '', description: '' } });
  const add = useApiMutation({
    mutate: addTimelineEntry,
    invalidates: () => incidentQueriesOf(incident.id),
    setError: form.setError,
    formFields: ['at', 'description'],
    onDone: () => form.reset(),
  });
  const errors = form.formState.errors;
  return (
    <form
      className="risk-form"
      aria-label="Add a timeline entry"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        await add.run({ incidentId: incident.id, at: toInstant(values.at), description: values.description.trim() });
      })}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor="timeline-at">When (your local time)</label>
          <input id="timeline-at" type="datetime-local" {...form.register('at', { required: 'Say when.' })} />
          {errors.at && <p className="field__error">{errors.at.message}</p>}
        </div>
        <div className="field">
          <label htmlFor="timeline-description">What happened</label>
          <input
            id="timeline-description"
            {...form.register('description', { validate: (v) => v.trim() !== '' || 'Say what happened.' })}
          />
          {errors.description && <p className="field__error">{errors.description.message}</p>}
        </div>
      </div>
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          Add to the timeline
        </button>
      </div>
    </form>
  );
}

interface PostmortemEditorProps {
  incident: IncidentDetail;
  canWrite: boolean;
  canAddTimeline: boolean;
}

/**
 * The blameless post-mortem: the manager writes it and moves it DRAFT → IN_REVIEW → PUBLISHED; the
 * team adds timeline entries. The publishing rule is shown before the server would refuse.
 */
export function PostmortemEditor({ incident, canWrite, canAddTimeline }: PostmortemEditorProps) {
  const postmortem = incident.postmortem;
  // follows the saved post-mortem after each change, without throwing away what is being typed
  const form = useForm<PostmortemValues>({ values: valuesOf(postmortem), resetOptions: { keepDirtyValues: true } });
  const update = useApiMutation({
    mutate: updatePostmortem,
    invalidates: () => incidentQueriesOf(incident.id, incident.project.id),
    setError: form.setError,
    formFields: TEXT_FIELDS.map((f) => f.name),
  });
  const errors = form.formState.errors;
  const live = form.watch();
  const gaps = publishingGaps({
    impact: live.impact,
    noActionReason: live.noActionReason,
    actionItems: incident.actionItems.filter((item) => item.status !== 'DROPPED').length,
  });
  const save = (status?: PostmortemStatus) =>
    form.handleSubmit(async (values) => {
      await update.run({ incidentId: incident.id, version: postmortem.version, ...values, ...(status ? { status } : {}) });
    });

  return (
    <section className="project-section" aria-labelledby="postmortem-heading">
      <div className="section-head">
        <h2 id="postmortem-heading">Post-mortem</h2>
        <span className={`badge badge--pm-${postmortem.status.toLowerCase()}`}>{humanize(postmortem.status)}</span>
      </div>
      {postmortem.publishedBy && (
        <p className="muted">
          Published by {postmortem.publishedBy}, {formatDateTime(postmortem.publishedAt)}
        </p>
      )}
      <p className="help">
        Blameless by design: describe what happened, how we responded, what it cost and what concretely makes it less likely
        next time. There is no field for who caused it — people acted sensibly on what they knew; we fix the conditions.
      </p>
      {canWrite ? (
        <form className="risk-form" aria-label="Post-mortem" noValidate onSubmit={save()}>
          {TEXT_FIELDS.map((field) => (
            <div className="field" key={field.name}>
              <label htmlFor={`pm-${field.name}`}>{field.label}</label>
              <textarea id={`pm-${field.name}`} rows={field.name === 'noActionReason' ? 1 : 3} aria-describedby={`pm-${field.name}-hint`} {...form.register(field.name)} />
              <p className="hint" id={`pm-${field.name}-hint`}>
                {field.hint}
              </p>
              {errors[field.name] && <p className="field__error">{errors[field.name]?.message}</p>}
            </div>
          ))}
          <div className="help" aria-live="polite">
            <p>
              <strong>To publish:</strong> an impact statement, and at least one action item or a reason why none is needed.
            </p>
            {gaps.length === 0 ? (
              <p data-testid="publishing-rule">Ready to publish.</p>
            ) : (
              <ul data-testid="publishing-rule">
                {gaps.map((gap) => (
                  <li key={gap}>{gap}</li>
                ))}
              </ul>
            )}
          </div>
          <FormError message={errors.root?.server?.message} />
          <FormError message={update.error?.message} />
          <div className="form-actions">
            <button type="submit" className="button--primary" disabled={update.isPending}>
              Save
            </button>
            {NEXT[postmortem.status].map((next) => (
              <button key={next.status} type="button" disabled={update.isPending} onClick={() => void save(next.status)()}>
                {next.label}
              </button>
            ))}
          </div>
        </form>
      ) : (
        <dl className="facts">
          {TEXT_FIELDS.map((field) => (
            <div key={field.name}>
              <dt>{field.label}</dt>
              <dd>{postmortem[field.name] ?? '—'}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>Timeline</h3>
      {postmortem.timeline.length === 0 ? (
        <p className="empty">No timeline entry yet.</p>
      ) : (
        <ol className="plain-list" aria-label="Timeline">
          {postmortem.timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <strong>{formatDateTime(entry.at)}</strong> — {entry.description} <span className="muted">({entry.recordedBy})</span>
            </li>
          ))}
        </ol>
      )}
      {canAddTimeline && <TimelineForm incident={incident} />}
    </section>
  );
}
