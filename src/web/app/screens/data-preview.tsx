/**
 * The Data screen's preview: how each file would be stored before anything is saved. Each
 * distinct value of a column with a list of allowed values is shown with what it is stored as;
 * a value Assured only guessed from its word list, or does not know, can be set to an allowed
 * value from a list, and those choices go into the mapping the import uses and the one saved.
 * The first rows show as they would be stored, with any errors.
 */
import type { ComponentChildren } from 'preact';
import type { ResponseBody } from '../../api-fetch.js';
import { plural } from '../format.js';
import './data-preview.css';

export type ImportPreview = ResponseBody<'/v1/imports/preview', 'post'>;
type PreviewFile = ImportPreview['files'][number];
type ValueColumn = PreviewFile['valueMappings'][number];
type StoredCell = PreviewFile['firstRows'][number]['values'][string];

/** Per record type, per Assured column: the provider's value → the Assured value the writer chose. */
export type ValueChoices = Record<string, Record<string, Record<string, string>>>;

const VIA_WORDS: Record<ValueColumn['values'][number]['via'], string> = {
  assured: "already one of Assured's values",
  mapping: 'from your mapping',
  synonym: "matched from Assured's list of common words: check it",
  unknown: 'not known: choose what it means, or its rows are left out',
};

function cellText(value: StoredCell | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function idPart(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'x';
}

function ValueList({ file, fileIndex, column, choices, onChoose }: { file: PreviewFile; fileIndex: number; column: ValueColumn; choices: ValueChoices; onChoose: (type: string, column: string, value: string, chosen: string) => void }) {
  const type = file.recordType!;
  const chosenFor = choices[type]?.[column.column] ?? {};
  return (
    <fieldset class="field value-choices">
      <legend>
        {column.sourceColumn ? (
          <>
            Your column "{column.sourceColumn}" <span class="muted">(stored as {column.column})</span>
          </>
        ) : (
          `Your column "${column.column}"`
        )}
      </legend>
      <ul class="value-list">
        {column.values.map((entry, valueIndex) => {
          const id = `value-${fileIndex}-${idPart(column.column)}-${valueIndex}`;
          const chosen = chosenFor[entry.value];
          const current = chosen ?? entry.storedAs ?? '';
          return (
            <li key={entry.value} class="value-choice">
              <label for={id}>
                "{entry.value}" <span class="muted">({plural(entry.rows, 'row')})</span> is stored as
              </label>
              <p class="hint" id={`${id}-hint`}>
                {chosen !== undefined ? 'your choice' : VIA_WORDS[entry.via]}
              </p>
              <select id={id} value={current} aria-describedby={`${id}-hint`} aria-invalid={current === '' ? 'true' : undefined} onChange={(event) => onChoose(type, column.column, entry.value, event.currentTarget.value)}>
                {current === '' && <option value="">Choose a value</option>}
                {column.allowed.map((allowed) => (
                  <option key={allowed} value={allowed}>
                    {allowed}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      {column.otherValues > 0 && <p class="hint">{plural(column.otherValues, 'more value')} not listed: the column may hold free text rather than a list.</p>}
    </fieldset>
  );
}

function FirstRows({ file }: { file: PreviewFile }) {
  if (file.firstRows.length === 0) return null;
  const caption = `The first ${plural(file.firstRows.length, 'row')} of ${file.file} as they would be stored`;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways)`}>
      <table class="preview-rows">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              Row
            </th>
            {file.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {file.firstRows.map((row) => (
            <tr key={row.row} class={row.valid ? undefined : 'refused'}>
              <th scope="row" class="num">
                {row.row}
              </th>
              {file.columns.map((column) => (
                <td key={column}>{cellText(row.values[column])}</td>
              ))}
              <td class="problems">{row.errors.length === 0 ? <span class="muted">None</span> : row.errors.map((error) => `${error.sourceColumn ?? error.column ?? 'row'}: ${error.problem}; expected ${error.expected}`).join(' | ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PreviewPanel({ preview, choices, stale, busy, onChoose, onPreview, onImport, children }: {
  preview: ImportPreview;
  choices: ValueChoices;
  /** True when values were changed since this preview was made. */
  stale: boolean;
  busy: boolean;
  onChoose: (type: string, column: string, value: string, chosen: string) => void;
  onPreview: () => void;
  onImport: () => void;
  children?: ComponentChildren;
}) {
  const unknown = preview.files.reduce((sum, file) => sum + file.valueMappings.reduce((count, column) => count + column.values.filter((value) => value.via === 'unknown' && choices[file.recordType ?? '']?.[column.column]?.[value.value] === undefined).length, 0), 0);
  return (
    <section class="panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabIndex={-1}>
        How your files will be stored
      </h2>
      <p>Nothing has been saved yet. Check what each of your values is stored as, change any that are wrong, then import.</p>
      {preview.ready && !stale ? (
        <p class="alert alert-success" role="status">
          Every row would import as it is.
        </p>
      ) : (
        <p class="alert alert-warning" role="status">
          {stale ? 'You changed some values: preview again to see the rows with your choices. ' : ''}
          {unknown > 0 ? `${plural(unknown, 'value')} not known yet. ` : ''}
          {preview.files.some((file) => file.rejectedRows > 0 || file.errors.length > 0) ? 'Some rows would be left out: see the problems below.' : ''}
        </p>
      )}
      {preview.files.map((file, fileIndex) => (
        <section key={file.file} class="preview-file" aria-labelledby={`preview-file-${fileIndex}`}>
          <h3 id={`preview-file-${fileIndex}`}>
            {file.file} <span class="muted">({file.recordType ? `read as ${file.recordType}` : 'not recognised'})</span>
          </h3>
          <p class="hint">
            {plural(file.rows, 'row')}
            {file.rejectedRows > 0 ? `, ${plural(file.rejectedRows, 'row')} with problems` : ', no problems found'}.
          </p>
          {file.errors.length > 0 && (
            <ul class="alert alert-error">
              {file.errors.map((error) => (
                <li key={error.message}>{error.message}</li>
              ))}
            </ul>
          )}
          {file.recordType && file.valueMappings.map((column) => <ValueList key={column.column} file={file} fileIndex={fileIndex} column={column} choices={choices} onChoose={onChoose} />)}
          <FirstRows file={file} />
        </section>
      ))}
      <div class="actions">
        <button type="button" class="button button-secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onPreview()}>
          Preview again with these values
        </button>
        <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onImport()}>
          Import with these values
        </button>
      </div>
      {children}
    </section>
  );
}
