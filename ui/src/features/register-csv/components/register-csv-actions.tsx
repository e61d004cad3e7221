import { useRef, useState, type ChangeEvent } from 'react';
import type { RiskFilter } from '@/gql/graphql';
import { ErrorState, LoadingState } from '@/components/query-state';
import {
  MAX_CSV_BYTES,
  csvFileName,
  downloadText,
  fetchRegisterCsv,
  readCsvFile,
  useRegisterCsvProject,
  useRegisterImport,
  type ImportResult,
} from '@/features/register-csv/api/register-csv';
import { ImportPreview } from '@/features/register-csv/components/import-preview';

interface RegisterCsvActionsProps {
  projectId: string;
  /** The register's current filter: the export holds exactly the risks it shows. */
  filter?: RiskFilter;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; message: string }
  | { step: 'preview'; fileName: string; csv: string; result: ImportResult }
  | { step: 'done'; result: ImportResult };

/**
 * "Export CSV" and "Import CSV…" for a project's register, shown only to those who may edit it. An import is a
 * dry run first; nothing is written until "Import N risks" is confirmed, and then all rows or none.
 */
export function RegisterCsvActions({ projectId, filter }: RegisterCsvActionsProps) {
  const project = useRegisterCsvProject(projectId);
  const importer = useRegisterImport(projectId);
  const fileInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<Error | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  if (!project.data?.project?.viewerCanEditRegister) {
    return null;
  }
  const { key } = project.data.project;

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    try {
      downloadText(await fetchRegisterCsv(projectId, filter), csvFileName(key));
    } catch (error) {
      setExportError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setExporting(false);
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again is a new import
    if (!file) {
      return;
    }
    if (file.size > MAX_CSV_BYTES) {
      setState({ step: 'refused', message: `${file.name} is larger than 5 MB. Split it into smaller files.` });
      return;
    }
    setState({ step: 'reading', fileName: file.name });
    const csv = await readCsvFile(file);
    importer.mutate(
      { csv, commit: false },
      { onSuccess: (result) => setState({ step: 'preview', fileName: file.name, csv, result }) },
    );
  }

  function confirm(csv: string, fileName: string) {
    importer.mutate(
      { csv, commit: true },
      {
        onSuccess: (result) =>
          setState(result.committed ? { step: 'done', result } : { step: 'preview', fileName, csv, result }),
      },
    );
  }

  return (
    <div className="register-csv">
      <div className="register-csv__buttons">
        <button type="button" onClick={() => void exportCsv()} disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export CSV'}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={importer.isPending}>
          Import CSV…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          aria-label="CSV file to import"
          tabIndex={-1}
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      {exportError && <ErrorState title="The register could not be exported." error={exportError} />}
      {state.step === 'refused' && (
        <p role="alert" className="state state--error">
          {state.message}
        </p>
      )}
      {importer.isPending && (
        <LoadingState label={importer.variables.commit ? 'Importing the risks…' : 'Checking the file…'} />
      )}
      {importer.isError && <ErrorState title="The file could not be imported." error={importer.error} />}
      {state.step === 'preview' && (
        <ImportPreview
          fileName={state.fileName}
          result={state.result}
          busy={importer.isPending}
          onConfirm={() => confirm(state.csv, state.fileName)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'done' && (
        <p role="status" className="register-csv__done">
          Imported: {state.result.created} created, {state.result.updated} updated, {state.result.unchanged} unchanged.
        </p>
      )}
    </div>
  );
}
