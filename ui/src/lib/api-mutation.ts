import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** A payload's `userErrors` as the API sends them. */
export interface UserErrorValue {
  code: string;
  field?: string | null;
  message: string;
}

interface ApiMutationOptions<TVariables, TPayload extends { userErrors: readonly UserErrorValue[] }, TFields extends FieldValues> {
  /** Runs the mutation and returns its payload (the object and `userErrors`). */
  mutate: (variables: TVariables) => Promise<TPayload>;
  /** The queries the change makes stale; refetched after a change that went through. */
  invalidates: (payload: TPayload, variables: TVariables) => QueryKey[];
  /** The form whose fields the user errors belong to; errors for unknown fields go to `root`. */
  setError?: UseFormSetError<TFields>;
  /** Input field names whose form field is named differently ("milestoneId" → "milestone"). */
  fieldNames?: Readonly<Record<string, Path<TFields>>>;
  /** The form's field names, so an error naming another field lands on `root` instead of nowhere. */
  formFields?: readonly string[];
  /** User error codes the caller handles itself (e.g. CONFLICT), not shown on the form. */
  handledCodes?: readonly string[];
  /** Called after a change that went through (no user errors). */
  onDone?: (payload: TPayload, variables: TVariables) => void;
}

/** Where a user error is shown: the form field it names, or the form as a whole. */
export function formFieldOf(
  error: UserErrorValue,
  formFields: readonly string[] | undefined,
  fieldNames: Readonly<Record<string, string>> = {},
): string {
  const field = error.field ? (fieldNames[error.field] ?? error.field) : undefined;
  if (!field) return 'root.server';
  if (formFields && !formFields.includes(field)) return 'root.server';
  return field;
}

/**
 * The one way the UI changes something: run the mutation, put each `userError` beside the
 * form field it names (react-hook-form's `setError`), and when nothing was refused, invalidate
 * the TanStack queries the change affects. Resolves to the payload either way; `ok` tells which.
 */
export function useApiMutation<TVariables, TPayload extends { userErrors: readonly UserErrorValue[] }, TFields extends FieldValues = FieldValues>(
  options: ApiMutationOptions<TVariables, TPayload, TFields>,
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: options.mutate,
    onSuccess: async (payload, variables) => {
      if (payload.userErrors.length > 0) {
        if (options.setError) {
          const messages = new Map<string, string[]>();
          for (const error of payload.userErrors) {
            if (options.handledCodes?.includes(error.code)) continue;
            const field = formFieldOf(error, options.formFields, options.fieldNames);
            messages.set(field, [...(messages.get(field) ?? []), error.message]);
          }
          for (const [field, texts] of messages) {
            options.setError(field as Path<TFields>, { type: 'server', message: texts.join(' ') });
          }
        }
        return;
      }
      await Promise.all(
        options.invalidates(payload, variables).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      options.onDone?.(payload, variables);
    },
  });
  return {
    ...mutation,
    /** Runs the mutation; resolves to the payload and whether it went through. */
    run: async (variables: TVariables) => {
      const payload = await mutation.mutateAsync(variables);
      return { payload, ok: payload.userErrors.length === 0 };
    },
  };
}
