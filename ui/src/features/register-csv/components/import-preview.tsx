import { useEffect, useRef } from 'react';
import type { ImportResult } from '@/features/register-csv/api/register-csv';

interface ImportPreviewProps {
  fileName: string;
  result: ImportResult;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A file of 10,000 bad rows would make a table nobody reads; the first ones show what to fix. */
export const SHOWN_ERRORS = 200;

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What a dry run found: the counts, every invalid row with its row number, column and message, and the
 * "Import N risks" confirmation, offered only when the whole file is valid and would change something.
 */
export function ImportPreview({ fileName, result, busy, onConfirm, onCancel }: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview replaces nothing on screen, so keyboard and screen-reader users are taken to it.
  useEffect(() => heading.current?.focus(), [result]);
  const toWrite = result.created + result.updated;
  const valid = result.rowErrors.length === 0 && result.userErrors.length === 0;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" ref={heading} tabIndex={-1}>Import preview: {fileName}</h3>
      {result.userErrors.length > 0 && (
        <div role="alert" className="state state--error">
          <p className="state__title">The file cannot be imported.</p>
          <ul>
            {result.userErrors.map((error) => (
              <li key={`${error.field ?? ''}:${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {result.userErrors.length === 0 && (
        <ul className="import-preview__counts" aria-label="What the import does">
          <li>{plural(result.created, 'new risk', 'new risks')}</li>
          <li>{plural(result.updated, 'changed risk', 'changed risks')}</li>
          <li>{plural(result.unchanged, 'unchanged row', 'unchanged rows')}</li>
          <li>{plural(result.invalid, 'invalid row', 'invalid rows')}</li>
        </ul>
      )}
      {result.rowErrors.length > 0 && (
        <>
          <p>Nothing is imported while the file has errors. Fix these rows and choose the file again.</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption>Problems in the file</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {result.rowErrors.slice(0, SHOWN_ERRORS).map((error, index) => (
                  <tr key={index}>
                    <td className="num">{error.row}</td>
                    <td className="mono">{error.column ?? '—'}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.rowErrors.length > SHOWN_ERRORS && (
            <p>
              …and {result.rowErrors.length - SHOWN_ERRORS} more problems. Fix these first and check the file again.
            </p>
          )}
        </>
      )}
      {valid && toWrite === 0 && <p>Nothing to import: every row already matches the register.</p>}
      <div className="import-preview__actions">
        {valid && toWrite > 0 && (
          <button type="button" onClick={onConfirm} disabled={busy}>
            {`Import ${plural(toWrite, 'risk', 'risks')}`}
          </button>
        )}
        <button type="button" className="button--secondary" onClick={onCancel} disabled={busy}>
          {valid && toWrite > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}
