import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MilestoneKind } from '@/gql/graphql';
import { milestonesQueryKey } from '@/features/milestones/api/get-milestones';
import { createGate, createMilestone, useGateTemplates } from '@/features/milestones/api/milestone-mutations';
import { useApiMutation } from '@/lib/api-mutation';
import { humanize } from '@/lib/format';
import { GraphQLResponseError } from '@/lib/graphql-client';

export const MILESTONE_KINDS: MilestoneKind[] = ['DATA_MIGRATION', 'SCHEMA_CHANGE', 'RESTORE_OR_FAILOVER', 'RELEASE', 'OTHER'];

interface MilestoneValues {
  name: string;
  description: string;
  kind: MilestoneKind;
  dueDate: string;
}

interface MilestoneCreateFormProps {
  projectId: string;
  onCreated: (milestone: { id: string }) => void;
  onCancel: () => void;
}

/**
 * A new milestone. Choosing its kind shows the gates it will start with (the server's templates)
 * before saving; each can be removed. With every template kept the server adds them itself;
 * otherwise the milestone starts without templates and the kept ones are added one by one.
 */
export function MilestoneCreateForm({ projectId, onCreated, onCancel }: MilestoneCreateFormProps) {
  const form = useForm<MilestoneValues>({ defaultValues: { name: '', description: '', kind: 'DATA_MIGRATION', dueDate: '' } });
  const kind = form.watch('kind');
  const templates = useGateTemplates(kind);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [gateError, setGateError] = useState<string | null>(null);
  const all = templates.data?.gateTemplates ?? [];
  const kept = all.filter((template) => !removed.has(`${kind}:${template.name}`));

  const create = useApiMutation({
    mutate: createMilestone,
    invalidates: () => [milestonesQueryKey(projectId), ['risk-options', projectId]],
    setError: form.setError,
    formFields: ['name', 'description', 'kind', 'dueDate'],
  });
  const errors = form.formState.errors;

  return (
    <form
      className="risk-form"
      aria-label="New milestone"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        setGateError(null);
        const allKept = kept.length === all.length;
        const { payload, ok } = await create.run({
          projectId,
          name: values.name.trim(),
          description: values.description.trim() || null,
          kind: values.kind,
          dueDate: values.dueDate,
          withTemplateGates: allKept,
        });
        if (!ok || !payload.milestone) return;
        if (!allKept) {
          for (const template of kept) {
            const gate = await createGate({
              milestoneId: payload.milestone.id,
              name: template.name,
              kind: template.gateKind,
              criteria: template.criteria,
              blocking: template.blocking,
            });
            if (gate.userErrors.length > 0) {
              setGateError(`The milestone was created, but the gate "${template.name}" was not: ${gate.userErrors[0]?.message}`);
              return;
            }
          }
        }
        onCreated(payload.milestone);
      })}
    >
      <div className="field">
        <label htmlFor="milestone-name">Name</label>
        <input
          id="milestone-name"
          autoFocus
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'milestone-name-error' : undefined}
          {...form.register('name', { validate: (value) => value.trim() !== '' || 'Give the milestone a name.' })}
        />
        {errors.name && (
          <p id="milestone-name-error" className="field__error">
            {errors.name.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="milestone-description">Description</label>
        <textarea id="milestone-description" rows={2} {...form.register('description')} />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="milestone-kind">Kind</label>
          <select id="milestone-kind" {...form.register('kind')}>
            {MILESTONE_KINDS.map((value) => (
              <option key={value} value={value}>
                {humanize(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="milestone-due">Due date</label>
          <input
            id="milestone-due"
            type="date"
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={errors.dueDate ? 'milestone-due-error' : undefined}
            {...form.register('dueDate', { validate: (value) => value !== '' || 'Give the due date.' })}
          />
          {errors.dueDate && (
            <p id="milestone-due-error" className="field__error">
              {errors.dueDate.message}
            </p>
          )}
        </div>
      </div>
      <fieldset>
        <legend>Quality gates it starts with</legend>
        {templates.isPending ? (
          <p className="muted">Loading the gates for {humanize(kind)}…</p>
        ) : all.length === 0 ? (
          <p className="muted">A {humanize(kind).toLowerCase()} milestone starts without gates.</p>
        ) : (
          <ul className="template-gates" aria-label="Template gates">
            {all.map((template) => {
              const key = `${kind}:${template.name}`;
              const isRemoved = removed.has(key);
              return (
                <li key={key} className={isRemoved ? 'is-removed' : undefined}>
                  <div>
                    <strong>{template.name}</strong> {template.blocking && <span className="badge">Blocking</span>}
                    {isRemoved && <span className="badge badge--warning">Will not be added</span>}
                    <p className="cell-detail">{template.criteria}</p>
                  </div>
                  <button
                    type="button"
                    className="button--small"
                    aria-label={`${isRemoved ? 'Keep' : 'Remove'} ${template.name}`}
                    onClick={() =>
                      setRemoved((current) => {
                        const next = new Set(current);
                        if (isRemoved) next.delete(key);
                        else next.add(key);
                        return next;
                      })
                    }
                  >
                    {isRemoved ? 'Keep' : 'Remove'}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {(errors.root?.server?.message || gateError) && (
        <p role="alert" className="field__error">
          {errors.root?.server?.message ?? gateError}
        </p>
      )}
      {create.error && (
        <p role="alert" className="field__error">
          {create.error instanceof GraphQLResponseError ? create.error.message : 'The milestone could not be saved.'}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={create.isPending}>
          Create milestone
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
