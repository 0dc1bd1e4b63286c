/**
 * Upload involvement files and follow them through: the upload's progress, then the import job's
 * (rows read, checked, written, polled from GET /v1/imports/{id}), then the report down to every
 * rejected row. Files whose headers are not Assured's can have their columns confirmed and checked
 * again before anything is saved. A new organisation is shown where to start: the template.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fileNameOf, must, type Api, type ResponseBody } from '../../api-fetch.js';
import { rejectedFileName, toCsv } from '../../csv.js';
import type { ScreenProps } from '../screen-props.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { saveBlob } from '../download.js';
import { plural } from '../format.js';
import { followLink } from '../router.js';
import { PreviewPanel, type ImportPreview, type ValueChoices } from './data-preview.js';

type ImportReport = ResponseBody<'/v1/imports', 'post'>;
type ImportRun = ResponseBody<'/v1/imports/{id}', 'get'>;
type FileReport = ImportReport['files'][number];
type ColumnMapping = NonNullable<FileReport['columnMapping']>;
/** Per record type, the provider's header → the Assured column it holds ('' leaves it out). */
type ColumnChoices = Record<string, Record<string, string>>;

const ACCEPT = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL_EVERY_MS = 1000;
/** Uploads over this size run as an import job, so the page can show how far the import has got; smaller ones take a moment. */
const JOB_ABOVE_BYTES = 256 * 1024;
const PHASE_WORDS: Record<ImportRun['progress']['phase'], string> = {
  queued: 'Waiting to start',
  read: 'Reading rows',
  check: 'Checking rows',
  write: 'Saving rows',
  done: 'Finished',
};

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

interface Progress {
  /** 0 to 1 while the files travel; 1 once sent. */
  uploaded: number;
  run?: ImportRun;
}

/**
 * openapi-fetch's request, sent by XMLHttpRequest so the upload reports its progress (fetch
 * cannot). The request already carries the client's credentials and headers.
 */
function sendWithUploadProgress(onUpload: (fraction: number) => void) {
  return async (request: Request): Promise<Response> => {
    const body = await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.withCredentials = true;
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onUpload(event.loaded / event.total);
      };
      xhr.upload.onload = () => onUpload(1);
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(xhr.status === 204 ? null : (xhr.response as Blob), { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new Error('The upload was cut off: check the connection and send the files again.'));
      xhr.send(body);
    });
  };
}

interface UploadRequest {
  files: File[];
  dryRun: boolean;
  skipInvalid: boolean;
  mapping?: MappingBody;
}

/** A mapping as the API takes it and keeps it: per record type, its columns, values and shapes. */
type MappingBody = ResponseBody<'/v1/import-mappings/{name}', 'get'>;
type TypeMappingBody = NonNullable<MappingBody['types'][keyof MappingBody['types']]>;

/** Sends the files as an import job and follows it to its end; a rejected import still returns its report. */
async function runImport(api: Api, request: UploadRequest, onProgress: (progress: Progress) => void, cancelled: () => boolean): Promise<ImportReport> {
  const form = new FormData();
  if (request.mapping) form.append('mapping', JSON.stringify(request.mapping));
  for (const file of request.files) form.append('files', file, file.name);
  let uploaded = 0;
  const outcome = await api.POST('/v1/imports', {
    params: { query: { dryRun: request.dryRun, skipInvalid: request.skipInvalid } },
    headers: request.files.reduce((sum, file) => sum + file.size, 0) > JOB_ABOVE_BYTES ? { prefer: 'respond-async' } : {},
    // The schema's JSON body is the alternative form; the page sends the files as multipart.
    body: form as never,
    bodySerializer: (body) => body as unknown as FormData,
    fetch: sendWithUploadProgress((fraction) => {
      uploaded = fraction;
      onProgress({ uploaded });
    }),
  });
  const problemReport = (outcome.error as { report?: ImportReport } | undefined)?.report;
  if (problemReport) return problemReport;
  const answer: unknown = await must(Promise.resolve(outcome));
  if (outcome.response.status !== 202) return answer as ImportReport;
  const location = outcome.response.headers.get('location') ?? `/v1/imports/${(answer as ImportRun).id}`;
  const id = location.split('/').pop()!;
  let run = answer as ImportRun;
  onProgress({ uploaded: 1, run });
  while (run.status === 'running') {
    if (cancelled()) throw new Error('Stopped following the import; it carries on, and GET /v1/imports lists it.');
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
    run = await must(api.GET('/v1/imports/{id}', { params: { path: { id } } }));
    onProgress({ uploaded: 1, run });
  }
  if (run.report) return run.report;
  const failure = run.problem;
  throw new Error(failure ? `${failure.title}: ${failure.detail}` : 'The import stopped without a report; send the files again.');
}

/** Files whose headers need a person to confirm what they hold. */
function filesToConfirm(report: ImportReport | null): { file: string; mapping: ColumnMapping }[] {
  return (report?.files ?? []).flatMap((file) => (file.columnMapping && (file.columnMapping.missingRequired.length > 0 || file.columnMapping.uncertain.length > 0) ? [{ file: file.file, mapping: file.columnMapping }] : []));
}

/** The proposal as choices: confident matches kept, each uncertain header on its best candidate, each missing column on its best header. */
function proposedChoices(files: { mapping: ColumnMapping }[]): ColumnChoices {
  const choices: ColumnChoices = {};
  for (const { mapping } of files) {
    const type = (choices[mapping.recordType] ??= {});
    for (const match of mapping.columns) type[match.header] = match.field;
    for (const header of mapping.uncertain) type[header.header] ??= header.candidates[0]?.field ?? '';
    for (const missing of mapping.missingRequired) {
      const header = missing.candidates[0]?.header;
      if (header !== undefined && !type[header]) type[header] = missing.field;
    }
  }
  return choices;
}

/**
 * One mapping from a saved one (if chosen), the columns confirmed and the values chosen, later
 * ones winning; undefined when there is none of the three.
 */
function mappingOf(saved: MappingBody | null, choices: ColumnChoices | null, values: ValueChoices): MappingBody | undefined {
  const types: Record<string, TypeMappingBody> = {};
  for (const [type, entry] of Object.entries(saved?.types ?? {})) if (entry) types[type] = { ...entry, columns: { ...entry.columns }, ignore: [...entry.ignore], values: { ...entry.values } };
  for (const [type, columns] of Object.entries(choices ?? {})) {
    const chosen = Object.entries(columns);
    const entry = (types[type] ??= { columns: {}, ignore: [], values: {} });
    for (const [header, field] of chosen) {
      if (field === '') {
        delete entry.columns[header];
        if (!entry.ignore.includes(header)) entry.ignore.push(header);
      } else {
        entry.columns[header] = field;
        entry.ignore = entry.ignore.filter((ignored) => ignored !== header);
      }
    }
  }
  for (const [type, byColumn] of Object.entries(values)) {
    for (const [column, byValue] of Object.entries(byColumn)) {
      if (Object.keys(byValue).length === 0) continue;
      const entry = (types[type] ??= { columns: {}, ignore: [], values: {} });
      entry.values = { ...entry.values, [column]: { ...entry.values[column], ...byValue } };
    }
  }
  if (Object.keys(types).length === 0) return undefined;
  return { ...(saved?.description ? { description: saved.description } : {}), types: types as MappingBody['types'] };
}

function ProgressPanel({ progress, sending }: { progress: Progress; sending: boolean }) {
  const run = progress.run;
  const phase = run?.progress;
  const total = phase?.rowsTotal;
  const done = phase ? (phase.phase === 'write' ? phase.rowsWritten : phase.phase === 'check' ? phase.rowsChecked : phase.rowsRead) : 0;
  return (
    <div class="panel" role="status" aria-live="polite">
      <h2 class="h3">{sending ? 'Importing your files' : 'Import finished'}</h2>
      <label for="upload-progress">Upload: {Math.round(progress.uploaded * 100)}%</label>
      <progress id="upload-progress" max={1} value={progress.uploaded} />
      {phase && (
        <>
          <label for="processing-progress">
            {PHASE_WORDS[phase.phase]}
            {phase.phase !== 'queued' && phase.phase !== 'done' ? `: ${done.toLocaleString('en-GB')}${total !== undefined ? ` of ${total.toLocaleString('en-GB')}` : ''} rows` : ''}
          </label>
          {phase.phase === 'done' ? (
            <progress id="processing-progress" max={1} value={1} />
          ) : total !== undefined && total > 0 ? (
            <progress id="processing-progress" max={total} value={done} />
          ) : (
            <progress id="processing-progress" />
          )}
          <p class="hint">Read {plural(phase.rowsRead, 'row')}, checked {phase.rowsChecked.toLocaleString('en-GB')}, saved {phase.rowsWritten.toLocaleString('en-GB')}. Nothing is kept unless every step succeeds.</p>
        </>
      )}
    </div>
  );
}

function ConfirmColumns({ files, choices, onChange, onCheck, busy }: { files: { file: string; mapping: ColumnMapping }[]; choices: ColumnChoices; onChange: (type: string, header: string, field: string) => void; onCheck: () => void; busy: boolean }) {
  return (
    <section class="panel" aria-labelledby="confirm-columns-heading">
      <h2 id="confirm-columns-heading">Confirm your columns</h2>
      <p>Some headers are not Assured's own. Check what each one holds, then check the files again: nothing is saved until you import.</p>
      {files.map(({ file, mapping }) => {
        const fields = [...new Set([...mapping.columns.map((match) => match.field), ...mapping.uncertain.flatMap((header) => header.candidates.map((candidate) => candidate.field)), ...mapping.missingRequired.map((missing) => missing.field)])].sort();
        const headers = [...new Set([...mapping.columns.map((match) => match.header), ...mapping.uncertain.map((header) => header.header), ...mapping.missingRequired.flatMap((missing) => missing.candidates.map((candidate) => candidate.header))])];
        return (
          <fieldset key={file} class="column-choices">
            <legend>
              {file} <span class="muted">(read as {mapping.recordType})</span>
            </legend>
            {mapping.missingRequired.length > 0 && <p class="hint">Needed and not found: {mapping.missingRequired.map((missing) => missing.field).join(', ')}.</p>}
            {headers.map((header, index) => {
              const id = `column-${file.replace(/[^a-z0-9]/gi, '-')}-${index}`;
              return (
                <div class="field" key={header}>
                  <label for={id}>Your column "{header}" holds</label>
                  <select id={id} value={choices[mapping.recordType]?.[header] ?? ''} onChange={(event) => onChange(mapping.recordType, header, event.currentTarget.value)}>
                    <option value="">nothing to import</option>
                    {fields.map((field) => (
                      <option key={field} value={field}>
                        {field}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onCheck()}>
        Check the files with these columns
      </button>
    </section>
  );
}

export function DataScreen({ api, scope }: ScreenProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [confirmed, setConfirmed] = useState<ColumnChoices | null>(null);
  const [mappingName, setMappingName] = useState('');
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [valueChoices, setValueChoices] = useState<ValueChoices>({});
  const [previewStale, setPreviewStale] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [savedNames, setSavedNames] = useState<string[]>([]);
  const [savedMapping, setSavedMapping] = useState<MappingBody | null>(null);
  const [savedChoice, setSavedChoice] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const left = useRef(false);
  useEffect(
    () => () => {
      left.current = true;
    },
    [],
  );

  useEffect(() => {
    void api.GET('/v1/import-mappings').then((outcome) => {
      if (!left.current && outcome.data) setSavedNames(outcome.data.mappings.map((entry) => entry.name));
    });
  }, [api]);

  const toConfirm = filesToConfirm(report);
  const firstRun = scope.servicesLoaded && scope.services.length === 0;

  const send = async (options: { dryRun: boolean; columns: ColumnChoices | null }) => {
    if (busy) return;
    if (files.length === 0) {
      setError(new Error('Choose at least one file to import.'));
      return;
    }
    setBusy(true);
    setError(null);
    setProgress({ uploaded: 0 });
    try {
      const answer = await runImport(
        api,
        { files, dryRun: options.dryRun, skipInvalid, ...withMapping(options.columns) },
        (next) => !left.current && setProgress(next),
        () => left.current,
      );
      if (left.current) return;
      setReport(answer);
      const next = filesToConfirm(answer);
      if (next.length > 0) setChoices(proposedChoices(next));
      if (!answer.rejected && !answer.dryRun) {
        setFiles([]);
        setConfirmed(null);
        setPreview(null);
        setValueChoices({});
        if (input.current) input.current.value = '';
        scope.refreshServices();
      }
      requestAnimationFrame(() => result.current?.focus());
    } catch (failure) {
      if (!left.current) setError(failure);
    } finally {
      if (!left.current) setBusy(false);
    }
  };

  const withMapping = (columns: ColumnChoices | null): { mapping?: MappingBody } => {
    const mapping = mappingOf(savedMapping, columns, valueChoices);
    return mapping ? { mapping } : {};
  };

  /** A saved mapping chosen for these files: its columns and values are used, and saving again replaces it. */
  const chooseSaved = async (name: string) => {
    setSavedChoice(name);
    setPreview(null);
    setError(null);
    if (name === '') {
      setSavedMapping(null);
      return;
    }
    try {
      const mapping = await must(api.GET('/v1/import-mappings/{name}', { params: { path: { name } } }));
      if (left.current) return;
      setSavedMapping(mapping);
      setMappingName(name);
    } catch (failure) {
      if (!left.current) setError(failure);
    }
  };

  /** Asks how the files would be stored with the columns confirmed and the values chosen so far; nothing is saved. */
  const showPreview = async (columns: ColumnChoices | null) => {
    if (previewing) return;
    if (files.length === 0) {
      setError(new Error('Choose at least one file to preview.'));
      return;
    }
    setPreviewing(true);
    setError(null);
    try {
      const form = new FormData();
      const { mapping } = withMapping(columns);
      if (mapping) form.append('mapping', JSON.stringify(mapping));
      for (const file of files) form.append('files', file, file.name);
      const answer = await must(api.POST('/v1/imports/preview', { body: form as never, bodySerializer: (body) => body as unknown as FormData }));
      if (left.current) return;
      setPreview(answer);
      setPreviewStale(false);
      requestAnimationFrame(() => document.getElementById('preview-heading')?.focus());
    } catch (failure) {
      if (!left.current) setError(failure);
    } finally {
      if (!left.current) setPreviewing(false);
    }
  };

  const downloadTemplate = async () => {
    setError(null);
    try {
      const outcome = await api.GET('/v1/imports/template.xlsx', { parseAs: 'blob' });
      const workbook = await must(Promise.resolve(outcome));
      saveBlob(workbook as Blob, fileNameOf(outcome.response, 'assured-template.xlsx'));
    } catch (failure) {
      setError(failure);
    }
  };

  /** The provider's own workbook, sent again with the same columns, comes back with its errors marked. */
  const downloadMarked = async (fileName: string) => {
    setError(null);
    try {
      const form = new FormData();
      const { mapping } = withMapping(confirmed);
      if (mapping) form.append('mapping', JSON.stringify(mapping));
      for (const file of files) form.append('files', file, file.name);
      const outcome = await api.POST('/v1/imports/error-workbook', {
        params: { query: { file: fileName } },
        body: form as never,
        bodySerializer: (body) => body as unknown as FormData,
        parseAs: 'blob',
      });
      const workbook = await must(Promise.resolve(outcome));
      saveBlob(workbook as unknown as Blob, fileNameOf(outcome.response, fileName.replace(/\.xlsx$/i, '.errors.xlsx')));
    } catch (failure) {
      setError(failure);
    }
  };
  const markable = (file: FileReport) => {
    const source = file.sourceFile ?? file.file;
    return file.errors.length > 0 && /\.xlsx$/i.test(source) && files.some((sent) => sent.name === source) ? source : undefined;
  };

  const saveMapping = async (event: Event) => {
    event.preventDefault();
    const { mapping } = withMapping(confirmed);
    if (!mapping) return;
    // The field as it stands when the button is pressed: a render still pending after the last
    // keystroke must not send the name as it was before.
    const field = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#mapping-name');
    const name = (field?.value ?? mappingName).trim();
    setError(null);
    setSavedAs(null);
    if (name === '') {
      setError(new Error('Give the mapping a name first, for example our-care-system.'));
      return;
    }
    try {
      const saved = await must(api.PUT('/v1/import-mappings/{name}', { params: { path: { name } }, body: mapping as never }));
      setSavedAs(saved.name);
      setSavedNames((names) => (names.includes(saved.name) ? names : [...names, saved.name].sort()));
    } catch (failure) {
      setError(failure);
    }
  };

  const saveForm = withMapping(confirmed).mapping ? (
    <form class="save-mapping" onSubmit={saveMapping} noValidate>
      <label for="mapping-name">Save these columns and values for next time (optional)</label>
      <p class="hint" id="mapping-name-hint">
        A name for your system's exports, in lower-case letters, digits and hyphens, e.g. our-care-system. Saving it again under the same name replaces it; later imports can use it with `--mapping our-care-system`.
      </p>
      <input id="mapping-name" type="text" value={mappingName} aria-describedby="mapping-name-hint" onInput={(event) => setMappingName(event.currentTarget.value)} />
      <button type="submit" class="button button-secondary">
        Save the mapping
      </button>
      {savedAs && <p role="status">Saved as {savedAs}.</p>}
    </form>
  ) : null;

  const errors = report?.files.flatMap((file) => file.errors) ?? [];
  const imported = report !== null && !report.rejected && !report.dryRun;

  return (
    <>
      {firstRun ? (
        <section class="panel" aria-labelledby="first-steps-heading">
          <h2 id="first-steps-heading">Start here</h2>
          <ol>
            <li>
              Download the template: one sheet per kind of record, an example row in each, and a "Read me" sheet saying what every column means.
            </li>
            <li>Fill it in, or export from your care system: your own column names are fine, you will be asked to confirm what they hold.</li>
            <li>Upload it below. Everything is checked before anything is saved.</li>
          </ol>
          <button type="button" class="button" onClick={() => void downloadTemplate()}>
            Download the template (Excel)
          </button>
        </section>
      ) : (
        <p class="lead">
          Upload your involvement records: reviews, participants, actions, advocate referrals, disagreements, feedback, changes, enablement, governance samples and your practice library (CSV, XLSX or JSON), or one workbook with a sheet for each. Every file is checked before anything is saved.{' '}
          <button type="button" class="button-link" onClick={() => void downloadTemplate()}>
            Download the template
          </button>
        </p>
      )}
      <form
        class="panel"
        onSubmit={(event) => {
          event.preventDefault();
          void send({ dryRun, columns: confirmed });
        }}
        noValidate
      >
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
            Drag files onto this box, or choose them. The file name or its columns tell the record type, e.g. reviews.csv or 2026-q2-reviews.xlsx.
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
              setConfirmed(null);
              setPreview(null);
              setSavedAs(null);
              // A finished import's report and progress are about the files before these.
              if (report && !report.rejected && !report.dryRun) {
                setReport(null);
                setProgress(null);
              }
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
        {savedNames.length > 0 && (
          <div class="field">
            <label for="saved-mapping">Saved mapping</label>
            <p class="hint" id="saved-mapping-hint">
              The columns and values saved from an earlier import of your system's exports. Choose one to use it for these files.
            </p>
            <select id="saved-mapping" value={savedChoice} aria-describedby="saved-mapping-hint" onChange={(event) => void chooseSaved(event.currentTarget.value)}>
              <option value="">None: match the columns afresh</option>
              {savedNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        {confirmed && <p class="hint">Your confirmed columns are used for these files.</p>}
        <div class="checkbox">
          <input type="checkbox" id="import-dry-run" checked={dryRun} onChange={(event) => setDryRun(event.currentTarget.checked)} />
          <label for="import-dry-run">Check only (dry run): report errors, save nothing</label>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="import-skip-invalid" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.currentTarget.checked)} />
          <label for="import-skip-invalid">Import the valid rows and leave out the rejected ones</label>
        </div>
        <ProblemAlert error={error} />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
            {busy ? 'Importing…' : dryRun ? 'Check files' : 'Import files'}
          </button>
          <button type="button" class="button button-secondary" aria-disabled={previewing ? 'true' : undefined} onClick={() => void showPreview(confirmed)}>
            {previewing ? 'Previewing…' : 'Preview before importing'}
          </button>
        </div>
      </form>

      {progress && <ProgressPanel progress={progress} sending={busy} />}

      {!busy && toConfirm.length > 0 && (
        <ConfirmColumns
          files={toConfirm}
          choices={choices}
          busy={busy}
          onChange={(type, header, field) => setChoices((current) => ({ ...current, [type]: { ...current[type], [header]: field } }))}
          onCheck={() => {
            setConfirmed(choices);
            void send({ dryRun: true, columns: choices }).then(() => showPreview(choices));
          }}
        />
      )}

      {preview && (
        <PreviewPanel
          preview={preview}
          choices={valueChoices}
          stale={previewStale}
          busy={busy || previewing}
          onChoose={(type, column, value, chosen) => {
            setValueChoices((current) => ({ ...current, [type]: { ...current[type], [column]: { ...current[type]?.[column], [value]: chosen } } }));
            setPreviewStale(true);
          }}
          onPreview={() => void showPreview(confirmed)}
          onImport={() => void send({ dryRun: false, columns: confirmed })}
        >
          {saveForm}
        </PreviewPanel>
      )}

      {imported && (
        <section class="panel" aria-labelledby="next-step-heading">
          <h2 id="next-step-heading">See your figures</h2>
          <p>Your records are in. The dashboard shows the figures they give for the period, each with its source.</p>
          <a class="button" href="/dashboard" onClick={(event) => followLink(event, '/dashboard')}>
            See your figures
          </a>
        </section>
      )}

      {report && (
        <section class="panel" aria-labelledby="import-report-heading">
          <h2 id="import-report-heading" ref={result} tabIndex={-1}>
            Import report
          </h2>
          <p class={`alert ${report.rejected ? 'alert-error' : 'alert-success'}`} role="status">
            <strong>{report.rejected ? 'Rejected. ' : report.dryRun ? 'Checked. ' : 'Imported. '}</strong>
            {reportSummary(report)}
          </p>
          {!preview && confirmed && !report.rejected && saveForm}
          {report.dryRun && !report.rejected && files.length > 0 && (
            <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} onClick={() => void send({ dryRun: false, columns: confirmed })}>
              {confirmed ? 'Import with these columns' : 'Import these files'}
            </button>
          )}

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
                      {markable(file) ? (
                        <button type="button" class="button button-secondary button-small" onClick={() => void downloadMarked(markable(file)!)}>
                          Download {markable(file)} with its errors marked
                        </button>
                      ) : file.rejectedRows && file.rejectedRows.length > 1 ? (
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
                {report.files.flatMap((file) => file.warnings.map((warning) => <li key={`${file.file}-${warning}`}>{warning.startsWith(file.file) ? warning : `${file.file}: ${warning}`}</li>))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
