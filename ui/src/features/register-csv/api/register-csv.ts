import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RiskFilter, RiskRegisterImportMutation } from '@/gql/graphql';
import { execute } from '@/lib/graphql-client';

/** The server's limits (RiskRegisterCsv.MAX_BYTES and MAX_ROWS), checked here too so a huge file is not uploaded. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;

export const RegisterCsvProjectDocument = graphql(`
  query RegisterCsvProject($projectId: ID!) {
    project(id: $projectId) {
      id
      key
      viewerCanEditRegister
    }
  }
`);

export const RiskRegisterCsvDocument = graphql(`
  query RiskRegisterCsv($projectId: ID!, $filter: RiskFilter) {
    project(id: $projectId) {
      id
      riskRegisterCsv(filter: $filter)
    }
  }
`);

export const RiskRegisterImportDocument = graphql(`
  mutation RiskRegisterImport($input: RiskRegisterImportInput!) {
    riskRegisterImport(input: $input) {
      created
      updated
      unchanged
      invalid
      committed
      rows {
        row
        action
        riskId
        title
        changedColumns
      }
      rowErrors {
        row
        column
        code
        message
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export type ImportResult = RiskRegisterImportMutation['riskRegisterImport'];

/** The project's key (for the file name) and whether the viewer may import into its register. */
export function useRegisterCsvProject(projectId: string) {
  return useQuery({
    queryKey: ['register-csv-project', projectId],
    queryFn: () => execute(RegisterCsvProjectDocument, { projectId }),
  });
}

/** The register, narrowed by the filter, as CSV text (it starts with a byte order mark, so Excel reads it as UTF-8). */
export async function fetchRegisterCsv(projectId: string, filter: RiskFilter | undefined): Promise<string> {
  const data = await execute(RiskRegisterCsvDocument, { projectId, filter: filter ?? null });
  if (!data.project) {
    throw new Error('The project is no longer visible to you.');
  }
  return data.project.riskRegisterCsv;
}

/** A dry run (`commit: false`) or the import itself; a committed import refreshes every query, as the register changed. */
export function useRegisterImport(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, commit }: { csv: string; commit: boolean }) =>
      execute(RiskRegisterImportDocument, { input: { projectId, csv, commit } }).then((data) => data.riskRegisterImport),
    onSuccess: (result) => {
      if (result.committed) {
        void queryClient.invalidateQueries();
      }
    },
  });
}

/** `MBR-risk-register-2026-11-30.csv`: the project key and the local date of the export. */
export function csvFileName(projectKey: string, today: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `${projectKey}-risk-register-${date}.csv`;
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The file's text: UTF-8 (with or without a byte order mark), or, when it is not valid UTF-8, Windows-1252 — what
 * Excel's plain "CSV (comma delimited)" writes — so accented names survive either way.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
