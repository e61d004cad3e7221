import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvFileName, readCsvFile } from '@/features/register-csv/api/register-csv';
import { RegisterCsvActions } from '@/features/register-csv/components/register-csv-actions';
import { mockGraphQL } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';

const project = (viewerCanEditRegister: boolean) => () => ({ project: { id: 'p1', key: 'MBR', viewerCanEditRegister } });

const dryRun = {
  created: 1,
  updated: 1,
  unchanged: 0,
  invalid: 0,
  committed: false,
  rows: [],
  rowErrors: [],
  userErrors: [],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RegisterCsvActions', () => {
  it('is not shown to someone who may not edit the register', async () => {
    const api = mockGraphQL({ RegisterCsvProject: project(false) });

    const { container } = renderWithProviders(<RegisterCsvActions projectId="p1" />);

    await waitFor(() => expect(api.variablesOf('RegisterCsvProject')).toHaveLength(1));
    expect(container).toBeEmptyDOMElement();
  });

  it('exports the filtered register as a dated file named after the project', async () => {
    const api = mockGraphQL({
      RegisterCsvProject: project(true),
      RiskRegisterCsv: () => ({ project: { id: 'p1', riskRegisterCsv: '\uFEFFid,title\r\n' } }),
    });
    const createObjectURL = vi.fn((_: Blob) => 'blob:register');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(csvFileName('MBR'));
    });

    renderWithProviders(<RegisterCsvActions projectId="p1" filter={{ status: ['IDENTIFIED'] }} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(api.variablesOf('RiskRegisterCsv')).toEqual([{ projectId: 'p1', filter: { status: ['IDENTIFIED'] } }]);
    // the byte order mark reaches the file, so Excel reads it as UTF-8
    const bytes = new Uint8Array(await createObjectURL.mock.calls[0]![0].arrayBuffer());
    expect([...bytes.slice(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]);
  });

  it('checks a chosen file first and writes it only once the import is confirmed', async () => {
    const api = mockGraphQL({
      RegisterCsvProject: project(true),
      RiskRegisterImport: (variables) => {
        const input = variables.input as { commit: boolean };
        return { riskRegisterImport: { ...dryRun, committed: input.commit } };
      },
    });
    renderWithProviders(<RegisterCsvActions projectId="p1" />);
    await screen.findByRole('button', { name: 'Import CSV…' });

    await userEvent.upload(screen.getByLabelText('CSV file to import'), new File(['title\r\nA\r\n'], 'risks.csv'));

    await userEvent.click(await screen.findByRole('button', { name: 'Import 2 risks' }));
    expect(await screen.findByText('Imported: 1 created, 1 updated, 0 unchanged.')).toBeInTheDocument();
    expect(api.variablesOf('RiskRegisterImport')).toEqual([
      { input: { projectId: 'p1', csv: 'title\r\nA\r\n', commit: false } },
      { input: { projectId: 'p1', csv: 'title\r\nA\r\n', commit: true } },
    ]);
  });

  it('refuses a file over 5 MB without sending it', async () => {
    const api = mockGraphQL({ RegisterCsvProject: project(true) });
    renderWithProviders(<RegisterCsvActions projectId="p1" />);
    await screen.findByRole('button', { name: 'Import CSV…' });

    const huge = new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'huge.csv');
    await userEvent.upload(screen.getByLabelText('CSV file to import'), huge);

    expect(await screen.findByRole('alert')).toHaveTextContent('huge.csv is larger than 5 MB');
    expect(api.variablesOf('RiskRegisterImport')).toEqual([]);
  });
});

describe('readCsvFile', () => {
  it('reads UTF-8, and falls back to Windows-1252 for what Excel saves as plain CSV', async () => {
    expect(await readCsvFile(new Blob([new TextEncoder().encode('Müller')]))).toBe('Müller');
    expect(await readCsvFile(new Blob([new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])]))).toBe('Müller');
  });
});
