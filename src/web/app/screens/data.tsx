/** Upload involvement files and read the import report, down to every rejected row. */
import { useRef, useState } from 'preact/hooks';
import type { ImportReport } from '../../api-client.js';
import { rejectedFileName, toCsv } from '../../csv.js';
import type { ScreenProps } from '../screen-props.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { saveBlob } from '../download.js';
import { plural } from '../format.js';

const ACCEPT = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function mergeFiles(current: File[], added: File[]): File[] {
  const byName = new Map(current.map((file) => [file.name, file]));
  for (const file of added) byName.set(file.name, file);
  return [...byName.values()];
}

function reportSummary(report: ImportReport): string {
  const rows = report.files.reduce((sum, file) => sum + file.created + file.updated, 0);
  if (report.rejected) return `Nothing was imported: ${plural(report.errorCount, 'error')} in ${plural(report.files.filter((file) => file.errors.length > 0).length, 'file')}. Correct the rows below and upload again, or tick "Import the valid rows".`;
  if (report.dryRun) return `Checked ${plural(report.files.length, 'file')}: ${plural(report.errorCount, 'error')}. Nothing was saved (dry run).`;
  const rejected = report.files.reduce((sum, file) => sum + file.rejected, 0);
  return `Imported ${plural(rows, 'row')} from ${plural(report.files.length, 'file')}${rejected > 0 ? `; ${plural(rejected, 'row')} rejected` : ''}.`;
}

export function DataScreen({ client, scope }: ScreenProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLHeadingElement>(null);

  const upload = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (files.length === 0) {
      setError(new Error('Choose at least one file to import.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await client.importFiles({ files: files.map((file) => ({ name: file.name, content: file })), dryRun, skipInvalid });
      setReport(answer);
      if (!answer.rejected && !answer.dryRun) {
        setFiles([]);
        if (input.current) input.current.value = '';
        scope.refreshServices();
      }
      requestAnimationFrame(() => result.current?.focus());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const errors = report?.files.flatMap((file) => file.errors) ?? [];

  return (
    <>
      <p class="lead">Upload your involvement records: reviews, participants, actions, advocate referrals, disagreements, feedback, changes, enablement and governance samples (CSV, XLSX or JSON). Every file is checked before anything is saved.</p>
      <form class="panel" onSubmit={upload} noValidate>
        <div
          class={`dropzone${dragging ? ' dropzone-active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            const dropped = [...(event.dataTransfer?.files ?? [])];
            setFiles((current) => mergeFiles(current, dropped));
          }}
        >
          <label for="import-files" class="dropzone-label">
            Involvement files
          </label>
          <p class="hint" id="import-files-hint">
            Drag files onto this box, or choose them. The file name tells the record type, e.g. reviews.csv or 2026-q2-reviews.xlsx.
          </p>
          <input
            ref={input}
            id="import-files"
            name="files"
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby="import-files-hint"
            onChange={(event) => {
              // Read the list now: the event's target is gone by the time a state updater runs.
              const chosen = [...(event.currentTarget.files ?? [])];
              setFiles((current) => mergeFiles(current, chosen));
            }}
          />
        </div>
        {files.length > 0 && (
          <div class="selected-files">
            <h2 class="h3" id="selected-files-heading">
              {plural(files.length, 'file')} ready to import
            </h2>
            <ul aria-labelledby="selected-files-heading">
              {files.map((file) => (
                <li key={file.name}>
                  {file.name} <span class="muted">({Math.max(1, Math.round(file.size / 1024))} KB)</span>{' '}
                  <button type="button" class="button-link" onClick={() => setFiles((current) => current.filter((item) => item !== file))}>
                    Remove<span class="visually-hidden"> {file.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="checkbox">
          <input type="checkbox" id="import-dry-run" checked={dryRun} onChange={(event) => setDryRun(event.currentTarget.checked)} />
          <label for="import-dry-run">Check only (dry run): report errors, save nothing</label>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="import-skip-invalid" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.currentTarget.checked)} />
          <label for="import-skip-invalid">Import the valid rows and leave out the rejected ones</label>
        </div>
        <ProblemAlert error={error} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Importing…' : dryRun ? 'Check files' : 'Import files'}
        </button>
      </form>

      {report && (
        <section class="panel" aria-labelledby="import-report-heading">
          <h2 id="import-report-heading" ref={result} tabIndex={-1}>
            Import report
          </h2>
          <p class={`alert ${report.rejected ? 'alert-error' : 'alert-success'}`} role="status">
            <strong>{report.rejected ? 'Rejected. ' : report.dryRun ? 'Checked. ' : 'Imported. '}</strong>
            {reportSummary(report)}
          </p>

          <h3>Rows per record type</h3>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Rows per record type (scrolls sideways)">
            <table>
              <caption class="visually-hidden">Rows created, updated and rejected for each record type</caption>
              <thead>
                <tr>
                  <th scope="col">Record type</th>
                  <th scope="col" class="num">Created</th>
                  <th scope="col" class="num">Updated</th>
                  <th scope="col" class="num">Rejected</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(report.totals).map(([type, total]) => (
                  <tr key={type}>
                    <th scope="row">{type}</th>
                    <td class="num">{total.created}</td>
                    <td class="num">{total.updated}</td>
                    <td class="num">{total.rejected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>Files</h3>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Files (scrolls sideways)">
            <table>
              <caption class="visually-hidden">Outcome for each uploaded file</caption>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Record type</th>
                  <th scope="col">Outcome</th>
                  <th scope="col" class="num">Rows</th>
                  <th scope="col" class="num">Rejected</th>
                  <th scope="col">Rejected rows</th>
                </tr>
              </thead>
              <tbody>
                {report.files.map((file) => (
                  <tr key={file.file}>
                    <th scope="row">{file.file}</th>
                    <td>{file.recordType ?? 'not recognised'}</td>
                    <td>
                      <span class={`badge badge-${file.status}`}>{file.status.replace('-', ' ')}</span>
                    </td>
                    <td class="num">{file.rows}</td>
                    <td class="num">{file.rejected}</td>
                    <td>
                      {file.rejectedRows && file.rejectedRows.length > 1 ? (
                        <button
                          type="button"
                          class="button button-secondary button-small"
                          onClick={() => saveBlob(new Blob([toCsv(file.rejectedRows!)], { type: 'text/csv;charset=utf-8' }), rejectedFileName(file.file))}
                        >
                          Download {rejectedFileName(file.file)}
                        </button>
                      ) : (
                        <span class="muted">None</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {errors.length > 0 && (
            <>
              <h3 id="rejected-rows-heading">Rejected rows ({errors.length})</h3>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Rejected rows (scrolls sideways)">
                <table class="error-table" aria-labelledby="rejected-rows-heading">
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col" class="num">Row</th>
                      <th scope="col">Column</th>
                      <th scope="col">Value</th>
                      <th scope="col">Reason</th>
                    </tr>
                  </thead>
                  <tbody>
                    {errors.map((item, index) => (
                      <tr key={`${item.file}-${item.row ?? 'file'}-${item.column ?? ''}-${index}`}>
                        <td>{item.file}</td>
                        <td class="num">{item.row ?? 'whole file'}</td>
                        <td>{item.column ?? '–'}</td>
                        <td>
                          <code>{item.value === undefined ? '–' : item.value === '' ? '(blank)' : item.value}</code>
                        </td>
                        <td>
                          {item.problem}; expected {item.expected}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {report.files.some((file) => file.warnings.length > 0) && (
            <>
              <h3>Warnings</h3>
              <ul>
                {report.files.flatMap((file) => file.warnings.map((warning) => <li key={`${file.file}-${warning}`}>{file.file}: {warning}</li>))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
