import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EditableRiskFragment } from '@/gql/graphql';
import { useRiskEdit } from '@/features/risks/api/use-risk-edit';
import { valuesOf } from '@/features/risks/lib/risk-edit';
import { mockGraphQL } from '@/testing/graphql-mock';

const money = (amount: string) => ({ amount, currency: 'USD' });

const risk: EditableRiskFragment = {
  id: 'r1',
  version: 3,
  title: 'Wrong source',
  description: null,
  category: 'DATA_INTEGRITY',
  status: 'IDENTIFIED',
  response: 'MITIGATE',
  owner: { username: 'cole', displayName: 'Cole Contributor' },
  milestone: null,
  likelihood: 3,
  impact: 5,
  score: 15,
  probability: '0.150000',
  lossLow: money('20000.00'),
  lossHigh: money('150000.00'),
  expectedLoss: money('9910.78'),
  residualExpectedLoss: money('9910.78'),
  nextReviewOn: '2026-12-01',
  closedReason: null,
  updatedAt: '2026-11-30T10:00:00Z',
};

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

const conflictPayload = {
  riskUpdate: { risk: null, userErrors: [{ code: 'CONFLICT', field: 'version', message: 'Changed by someone else.' }] },
};

describe('useRiskEdit', () => {
  it('on CONFLICT keeps the user’s value beside the stored one, and re-applies it onto the current version', async () => {
    const stored = { ...risk, version: 4, probability: '0.200000', status: 'MITIGATING' as const };
    let updates = 0;
    const api = mockGraphQL({
      RiskUpdate: (variables) => {
        updates += 1;
        if (updates === 1) return conflictPayload;
        const input = variables.input as { probability: string; version: number };
        return { riskUpdate: { risk: { ...stored, version: 5, probability: input.probability }, userErrors: [] } };
      },
      RiskCurrent: () => ({ risk: stored }),
    });
    let formValues = valuesOf(risk);
    const { result } = renderHook(
      () => useRiskEdit({ risk, projectId: 'p1', resetForm: (values) => (formValues = values) }),
      { wrapper },
    );

    let saved = true;
    await act(async () => {
      saved = await result.current.save({ ...valuesOf(risk), probability: '0.3' });
    });

    expect(saved).toBe(false);
    expect(api.variablesOf('RiskUpdate')[0]).toEqual({ input: { id: 'r1', version: 3, probability: '0.3' } });
    await waitFor(() => expect(result.current.conflict).not.toBeNull());
    expect(result.current.conflict?.rows).toEqual([
      { field: 'probability', base: '0.150000', mine: '0.3', current: '0.200000', changedByOthers: true },
    ]);

    await act(async () => {
      saved = await result.current.reapply();
    });

    expect(saved).toBe(true);
    expect(api.variablesOf('RiskUpdate')[1]).toEqual({ input: { id: 'r1', version: 4, probability: '0.3' } });
    // the other user's status change is kept, the user's probability wins
    expect(formValues.status).toBe('MITIGATING');
    expect(formValues.probability).toBe('0.3');
    expect(result.current.conflict).toBeNull();
  });

  it('re-applies what the form holds now, including what the user typed while the conflict was shown', async () => {
    const stored = { ...risk, version: 4, probability: '0.200000' };
    let updates = 0;
    const api = mockGraphQL({
      RiskUpdate: () => {
        updates += 1;
        return updates === 1 ? conflictPayload : { riskUpdate: { risk: { ...stored, version: 5 }, userErrors: [] } };
      },
      RiskCurrent: () => ({ risk: stored }),
    });
    const { result } = renderHook(() => useRiskEdit({ risk, projectId: 'p1' }), { wrapper });

    await act(async () => {
      await result.current.save({ ...valuesOf(risk), probability: '0.3' });
    });
    await waitFor(() => expect(result.current.conflict).not.toBeNull());
    await act(async () => {
      await result.current.reapply({ ...valuesOf(risk), probability: '0.3', impact: '4' });
    });

    expect(api.variablesOf('RiskUpdate')[1]).toEqual({ input: { id: 'r1', version: 4, probability: '0.3', impact: 4 } });
  });

  it('discarding drops the user’s change and continues from the stored values', async () => {
    const stored = { ...risk, version: 4, probability: '0.200000' };
    mockGraphQL({ RiskUpdate: () => conflictPayload, RiskCurrent: () => ({ risk: stored }) });
    let formValues = valuesOf(risk);
    const { result } = renderHook(
      () => useRiskEdit({ risk, projectId: 'p1', resetForm: (values) => (formValues = values) }),
      { wrapper },
    );

    await act(async () => {
      await result.current.save({ ...valuesOf(risk), probability: '0.3' });
    });
    await waitFor(() => expect(result.current.conflict).not.toBeNull());
    act(() => result.current.discard());

    expect(result.current.conflict).toBeNull();
    expect(formValues.probability).toBe('0.200000');
  });
});
