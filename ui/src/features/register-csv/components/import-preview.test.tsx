import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '@/features/register-csv/api/register-csv';
import { ImportPreview } from '@/features/register-csv/components/import-preview';

function aResult(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    created: 2,
    updated: 1,
    unchanged: 4,
    invalid: 0,
    committed: false,
    rows: [],
    rowErrors: [],
    userErrors: [],
    ...overrides,
  };
}

describe('ImportPreview', () => {
  it('counts what the import does and asks to confirm the risks it writes', async () => {
    const onConfirm = vi.fn();
    render(<ImportPreview fileName="register.csv" result={aResult()} busy={false} onConfirm={onConfirm} onCancel={vi.fn()} />);

    const counts = screen.getByRole('list', { name: 'What the import does' });
    expect(within(counts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '2 new risks',
      '1 changed risk',
      '4 unchanged rows',
      '0 invalid rows',
    ]);
    expect(screen.getByRole('heading', { name: 'Import preview: register.csv' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Import 3 risks' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists every invalid row with its row number, column and message, and offers no import', () => {
    const result = aResult({
      created: 1,
      invalid: 2,
      rowErrors: [
        { row: 3, column: 'probability', code: 'OUT_OF_RANGE', message: 'probability must be less than or equal to 1' },
        { row: 5, column: null, code: 'INVALID', message: 'The row has more values than the header has columns.' },
      ],
    });
    render(<ImportPreview fileName="register.csv" result={result} busy={false} onConfirm={vi.fn()} onCancel={vi.fn()} />);

    const table = screen.getByRole('table', { name: 'Problems in the file' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['3', 'probability', 'probability must be less than or equal to 1'],
      ['5', '—', 'The row has more values than the header has columns.'],
    ]);
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('shows the first 200 problems of a file full of them and says how many more there are', () => {
    const rowErrors = Array.from({ length: 250 }, (_, index) => ({
      row: index + 2,
      column: 'impact',
      code: 'OUT_OF_RANGE' as const,
      message: 'impact must be less than or equal to 5',
    }));
    render(
      <ImportPreview
        fileName="bad.csv"
        result={aResult({ invalid: 250, rowErrors })}
        busy={false}
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    const table = screen.getByRole('table', { name: 'Problems in the file' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 200);
    expect(screen.getByText(/…and 50 more problems/)).toBeInTheDocument();
  });

  it('shows a problem with the whole file instead of counts', () => {
    const result = aResult({
      created: 0,
      updated: 0,
      unchanged: 0,
      userErrors: [{ code: 'TOO_LONG', field: 'csv', message: 'The file has more than 10000 rows; split it into several files.' }],
    });
    render(<ImportPreview fileName="huge.csv" result={result} busy={false} onConfirm={vi.fn()} onCancel={vi.fn()} />);

    expect(screen.getByRole('alert')).toHaveTextContent('The file has more than 10000 rows');
    expect(screen.queryByRole('list', { name: 'What the import does' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('says so when every row already matches the register', () => {
    render(
      <ImportPreview
        fileName="same.csv"
        result={aResult({ created: 0, updated: 0 })}
        busy={false}
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    expect(screen.getByText('Nothing to import: every row already matches the register.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });
});
