import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RiskCreateForm } from '@/features/risks/components/risk-create-form';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const options = { members: [{ username: 'cole', displayName: 'Cole Contributor' }], milestones: [{ id: 'm1', name: 'Cutover' }] };

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Title'), 'Wrong source');
  await user.selectOptions(screen.getByLabelText('Owner'), 'cole');
  await user.selectOptions(screen.getByLabelText('Milestone'), 'm1');
  await user.type(screen.getByLabelText('Probability (0–1)'), '0.2');
  await user.type(screen.getByLabelText('Loss low (5th percentile)'), '50000');
  await user.type(screen.getByLabelText('Loss high (95th percentile)'), '20000');
  await user.click(screen.getByRole('button', { name: 'Create risk' }));
  return user;
}

describe('RiskCreateForm', () => {
  it('shows each of the API’s user errors beside the field it names', async () => {
    const api = mockGraphQL({
      RiskCreate: () => ({
        riskCreate: {
          risk: null,
          userErrors: [
            { code: 'INVALID', field: 'lossHigh', message: 'lossHigh must be at least lossLow.' },
            { code: 'NOT_FOUND', field: null, message: 'Something about the whole risk.' },
          ],
        },
      }),
    });
    const onCreated = vi.fn();
    renderWithProviders(
      <RiskCreateForm projectId="p1" currency="USD" options={options} onCreated={onCreated} onCancel={() => undefined} />,
    );

    await fillIn();

    const lossHigh = screen.getByLabelText('Loss high (95th percentile)');
    await vi.waitFor(() => expect(lossHigh).toHaveAttribute('aria-invalid', 'true'));
    expect(lossHigh).toHaveAccessibleDescription('lossHigh must be at least lossLow.');
    expect(screen.getByRole('alert')).toHaveTextContent('Something about the whole risk.');
    expect(onCreated).not.toHaveBeenCalled();
    expect(api.variablesOf('RiskCreate')[0]).toEqual({
      input: {
        projectId: 'p1',
        title: 'Wrong source',
        description: null,
        category: 'DATA_INTEGRITY',
        status: 'IDENTIFIED',
        response: 'MITIGATE',
        owner: 'cole',
        milestoneId: 'm1',
        likelihood: 3,
        impact: 3,
        probability: '0.2',
        lossLow: '50000',
        lossHigh: '20000',
        nextReviewOn: null,
      },
    });
  });

  it('hands the new risk on when nothing was refused', async () => {
    mockGraphQL({ RiskCreate: () => ({ riskCreate: { risk: { id: 'r9', title: 'Wrong source' }, userErrors: [] } }) });
    const onCreated = vi.fn();
    renderWithProviders(
      <RiskCreateForm projectId="p1" currency="USD" options={options} onCreated={onCreated} onCancel={() => undefined} />,
    );

    await fillIn();

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'r9', title: 'Wrong source' }));
  });
});
