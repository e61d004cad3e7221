import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { UseFormSetError } from 'react-hook-form';
import { graphql } from '@/gql';
import type { EditableRiskFragment } from '@/gql/graphql';
import { useApiMutation } from '@/lib/api-mutation';
import { execute } from '@/lib/graphql-client';
import { riskQueriesOf, updateRisk } from '@/features/risks/api/risk-mutations';
import {
  changedFields,
  conflictRows,
  reapplied,
  RISK_FIELDS,
  updateInputOf,
  valuesOf,
  type ConflictRow,
  type RiskField,
  type RiskValues,
} from '@/features/risks/lib/risk-edit';

export const RiskCurrentDocument = graphql(`
  query RiskCurrent($id: ID!) {
    risk(id: $id) {
      ...EditableRisk
    }
  }
`);

/** A save that met a newer version: the user's values beside the stored ones. */
export interface RiskConflict {
  rows: ConflictRow[];
  fields: RiskField[];
  /** The values the edit started from. */
  base: RiskValues;
  mine: RiskValues;
  current: RiskValues;
  currentVersion: number;
}

interface UseRiskEditOptions {
  risk: EditableRiskFragment;
  projectId: string;
  setError?: UseFormSetError<RiskValues>;
  /** Puts values into the form (after "Discard" or "Re-apply"). */
  resetForm?: (values: RiskValues) => void;
  onSaved?: () => void;
}

/**
 * Edits one risk without losing anybody's change. The edit remembers the values and `version`
 * it started from and sends only the fields the user changed, with that version. When the API
 * answers CONFLICT (someone saved in between), nothing is overwritten: the hook reads the current
 * risk and offers the user's values beside it, to re-apply onto the current version or to discard.
 */
export function useRiskEdit({ risk, projectId, setError, resetForm, onSaved }: UseRiskEditOptions) {
  const [base, setBase] = useState(() => ({ values: valuesOf(risk), version: risk.version }));
  const [conflict, setConflict] = useState<RiskConflict | null>(null);
  const queryClient = useQueryClient();
  const mutation = useApiMutation({
    mutate: updateRisk,
    invalidates: () => riskQueriesOf(projectId, risk.id),
    setError,
    formFields: RISK_FIELDS,
    handledCodes: ['CONFLICT'],
  });

  async function send(mine: RiskValues, fields: RiskField[], from: { values: RiskValues; version: number }) {
    if (fields.length === 0) {
      onSaved?.();
      return true;
    }
    const { payload, ok } = await mutation.run(updateInputOf(risk.id, from.version, mine, fields));
    if (ok && payload.risk) {
      setConflict(null);
      setBase({ values: valuesOf(payload.risk), version: payload.risk.version });
      onSaved?.();
      return true;
    }
    if (payload.userErrors.some((error) => error.code === 'CONFLICT')) {
      const { risk: stored } = await execute(RiskCurrentDocument, { id: risk.id });
      // the rest of the page shows what is stored now, too; the form keeps the user's values
      void Promise.all(riskQueriesOf(projectId, risk.id).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (stored) {
        const current = valuesOf(stored);
        setConflict({
          rows: conflictRows(from.values, mine, current, fields),
          fields,
          base: from.values,
          mine,
          current,
          currentVersion: stored.version,
        });
      }
    }
    return false;
  }

  return {
    conflict,
    saving: mutation.isPending,
    error: mutation.error,
    /** Saves the fields the user changed since the edit started. */
    save: (mine: RiskValues) => send(mine, changedFields(base.values, mine), base),
    /**
     * Applies the user's changed fields again, onto the version stored now. `mineNow` is what the
     * form holds now (the user may have typed on while the conflict was shown); by default, the
     * values of the save that met the conflict.
     */
    reapply: async (mineNow: RiskValues = conflict?.mine ?? base.values) => {
      if (!conflict) return false;
      const from = { values: conflict.current, version: conflict.currentVersion };
      const fields = changedFields(conflict.base, mineNow);
      setBase(from);
      const next = reapplied(conflict.current, mineNow, fields);
      resetForm?.(next);
      return send(next, fields, from);
    },
    /** Drops the user's changes and continues from the values stored now. */
    discard: () => {
      if (!conflict) return;
      setBase({ values: conflict.current, version: conflict.currentVersion });
      resetForm?.(conflict.current);
      setConflict(null);
    },
  };
}
