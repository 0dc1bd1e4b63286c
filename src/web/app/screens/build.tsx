/**
 * Build a section: the generated Assured Involvement Paragraph with every number linked to the
 * figure behind it, before/after rewrites of a pasted draft, and .docx / Markdown export.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiProblem, fileNameOf, must, type ResponseLimit, type StoredSection } from '../../api-fetch.js';
import { problemFromBody } from '../../api-problem.js';
import { lineStarts, rangeToOffsets, segmentText } from '../../positions.js';
import type { ScreenProps } from '../screen-props.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { PeriodField, ServicesField } from '../components/scope-fields.js';
import { copyText, saveBlob } from '../download.js';
import { CLAIM_STATUS_LABELS, claimNumberClass, formatValue, isBacked, plural, type ClaimStatus } from '../format.js';

type Entry = StoredSection['validation']['claims'][number];
type Source = { id: string; label: string; value: string; period?: string | undefined; place?: string | undefined; source?: string | undefined; kind: 'figure' | 'standard' };

function sourcesOf(section: StoredSection): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const figure of section.pack.figures) {
    sources.set(figure.id, { id: figure.id, kind: 'figure', label: figure.label, value: formatValue(figure.value, figure.unit), period: figure.period, place: figure.place, source: figure.source });
  }
  for (const standard of section.pack.standards ?? []) {
    const value = standard.max !== undefined ? `${standard.value}–${formatValue(standard.max, standard.unit)}` : formatValue(standard.value, standard.unit);
    sources.set(standard.id, { id: standard.id, kind: 'standard', label: standard.label, value, source: 'service standard declared by the organisation' });
  }
  return sources;
}

const sourceIdOf = (entry: Entry) => entry.figureId ?? entry.standardId;

/** Where each claim sits in responseText: its own offsets when given, else its line/column and length. */
function claimRange(text: string, entry: Entry, starts: number[]): { start: number; end: number } {
  if (entry.offset !== undefined && entry.endOffset !== undefined) return { start: entry.offset, end: entry.endOffset };
  return rangeToOffsets(text, { line: entry.line, column: entry.column, endLine: entry.endLine ?? entry.line, endColumn: entry.endColumn ?? entry.column + entry.text.length }, starts);
}

function SourceTip({ id, source }: { id: string; source: Source }) {
  return (
    <span class="tip" role="tooltip" id={id}>
      <span class="tip-label">{source.label}</span>: {source.value}
      {source.period && `; period ${source.period}`}
      {source.place && `; place ${source.place}`}
      {source.source && `; source ${source.source}`}
    </span>
  );
}

function LinkedResponse({ section }: { section: StoredSection }) {
  const text = section.responseText;
  const sources = sourcesOf(section);
  const starts = lineStarts(text);
  const entries = section.validation.claims;
  const annotations = entries
    .map((entry, index) => ({ id: String(index), ...claimRange(text, entry, starts) }))
    .filter((annotation) => text.slice(annotation.start, annotation.end) === entries[Number(annotation.id)]!.text);
  const [dismissed, setDismissed] = useState<string | null>(null);

  return (
    <div class="response-text" onKeyDown={(event) => event.key === 'Escape' && setDismissed((event.target as HTMLElement).id)}>
      {segmentText(text, annotations).map((segment) => {
        if (segment.annotationIds.length === 0) return segment.text;
        const entry = entries[Number(segment.annotationIds[0])]!;
        const sourceId = sourceIdOf(entry);
        const source = sourceId ? sources.get(sourceId) : undefined;
        const status = entry.status as ClaimStatus;
        const id = `claim-${segment.start}`;
        if (!source) {
          return (
            <mark key={segment.start} class={claimNumberClass(status)} id={id} tabIndex={0} aria-describedby={`${id}-tip`}>
              {segment.text}
              <span class="tip" role="tooltip" id={`${id}-tip`}>
                {CLAIM_STATUS_LABELS[status]}: {entry.message}
              </span>
            </mark>
          );
        }
        return (
          <span key={segment.start} class={`claim-wrap${dismissed === id ? ' tip-dismissed' : ''}`} onMouseEnter={() => setDismissed(null)}>
            <a id={id} href={`#source-${source.id}`} class={claimNumberClass(status)} data-figure-id={source.id} data-source-kind={source.kind} aria-describedby={`${id}-tip`} onFocus={() => setDismissed(null)}>
              {segment.text}
            </a>
            <SourceTip id={`${id}-tip`} source={source} />
          </span>
        );
      })}
    </div>
  );
}

function SourceList({ section }: { section: StoredSection }) {
  const sources = sourcesOf(section);
  const used = [...new Set(section.validation.claims.map(sourceIdOf).filter((id): id is string => Boolean(id)))];
  if (used.length === 0) return <p class="muted">This section quotes no figures.</p>;
  return (
    <ol class="sources">
      {used.map((id) => {
        const source = sources.get(id);
        if (!source) return null;
        return (
          <li key={id} id={`source-${id}`} tabIndex={-1}>
            <strong>{source.label}</strong>: {source.value}
            <dl class="figure-facts">
              {source.period && (
                <>
                  <dt>Period</dt>
                  <dd>{source.period}</dd>
                </>
              )}
              {source.place && (
                <>
                  <dt>Place</dt>
                  <dd>{source.place}</dd>
                </>
              )}
              {source.source && (
                <>
                  <dt>Source</dt>
                  <dd>{source.source}</dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

export function BuildScreen({ api, scope }: ScreenProps) {
  const [question, setQuestion] = useState('');
  const [limit, setLimit] = useState('250');
  const [limitKind, setLimitKind] = useState<ResponseLimit['kind']>('words');
  const [drafter, setDrafter] = useState<'template' | 'llm'>('template');
  const [existingDraft, setExistingDraft] = useState('');
  const [section, setSection] = useState<StoredSection | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (section) document.getElementById('section-heading')?.focus();
  }, [section?.id]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!question.trim()) {
      setError(new Error('Enter the tender question.'));
      return;
    }
    const limitValue = Number.parseInt(limit, 10);
    setBusy(true);
    setError(null);
    setExportError(null);
    setStatus('');
    try {
      const built = await must(
        api.POST('/v1/sections', {
          body: {
            question: question.trim(),
            period: scope.period,
            drafter,
            ...(scope.selectedServices.length ? { services: scope.selectedServices } : {}),
            ...(Number.isInteger(limitValue) && limitValue > 0 ? { limit: { kind: limitKind, value: limitValue } } : {}),
            ...(existingDraft.trim() ? { existingDraft } : {}),
          },
        }),
      );
      setSection(built);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const download = async (format: 'docx' | 'md') => {
    if (!section) return;
    setExportError(null);
    try {
      const path = format === 'docx' ? '/v1/sections/{id}/document.docx' : '/v1/sections/{id}/document.md';
      const { data, error, response } = await api.GET(path, { params: { path: { id: section.id } }, parseAs: 'blob', headers: { accept: '*/*' } });
      if (!response.ok || !data) throw problemFromBody(response, error);
      const fileName = fileNameOf(response, `section-${section.id}.${format}`);
      saveBlob(data, fileName);
      setStatus(`Downloaded ${fileName}.`);
    } catch (failure) {
      setExportError(failure);
      if (failure instanceof ApiProblem) setStatus('');
    }
  };

  const copy = async () => {
    if (!section) return;
    try {
      await copyText(section.responseText);
      setStatus('Copied the section as Markdown.');
    } catch (failure) {
      setExportError(failure);
    }
  };

  return (
    <>
      <form class="panel" onSubmit={submit} noValidate>
        <div class="field">
          <label for="section-question">Tender question</label>
          <textarea id="section-question" rows={3} value={question} onInput={(event) => setQuestion(event.currentTarget.value)} />
        </div>
        <div class="inline-fields">
          <div class="field">
            <label for="section-limit">Answer limit</label>
            <input id="section-limit" type="number" inputMode="numeric" min={1} value={limit} onInput={(event) => setLimit(event.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="section-limit-kind">Counted in</label>
            <select id="section-limit-kind" value={limitKind} onChange={(event) => setLimitKind(event.currentTarget.value as ResponseLimit['kind'])}>
              <option value="words">words</option>
              <option value="characters">characters</option>
              <option value="characters-no-spaces">characters without spaces</option>
            </select>
          </div>
        </div>
        <PeriodField id="section-period" value={scope.period} onChange={scope.setPeriod} />
        <ServicesField idPrefix="section" services={scope.services} selected={scope.selectedServices} onChange={scope.setSelectedServices} />
        <fieldset class="field">
          <legend>Drafter</legend>
          <div class="checkbox">
            <input type="radio" id="drafter-template" name="drafter" value="template" checked={drafter === 'template'} onChange={() => setDrafter('template')} />
            <label for="drafter-template">Templates (predictable wording, works offline)</label>
          </div>
          <div class="checkbox">
            <input type="radio" id="drafter-llm" name="drafter" value="llm" checked={drafter === 'llm'} onChange={() => setDrafter('llm')} />
            <label for="drafter-llm">Language model (when the server has one configured; numbers are still checked)</label>
          </div>
        </fieldset>
        <div class="field">
          <label for="section-draft">Your current draft (optional)</label>
          <p class="hint" id="section-draft-hint">
            Paste it to get before-and-after rewrites of its vague sentences.
          </p>
          <textarea id="section-draft" rows={6} value={existingDraft} aria-describedby="section-draft-hint" onInput={(event) => setExistingDraft(event.currentTarget.value)} />
        </div>
        <ProblemAlert error={error} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Building…' : 'Build section'}
        </button>
      </form>

      {section && (
        <section class="panel" aria-labelledby="section-heading">
          <h2 id="section-heading" tabIndex={-1}>
            Your section
          </h2>
          <p class="muted">
            {section.question.text} – {section.period.human}, {section.place}
            {section.limit && `; limit ${plural(section.limit.value, section.limit.kind === 'words' ? 'word' : 'character')}`}.
          </p>
          <p class="hint">Every number links to the figure behind it: hover over it or move to it with the Tab key to see its source.</p>
          <LinkedResponse section={section} />
          <div class="actions">
            <button type="button" class="button" onClick={() => download('docx')}>
              Download .docx
            </button>
            <button type="button" class="button button-secondary" onClick={() => download('md')}>
              Download .md
            </button>
            <button type="button" class="button button-secondary" onClick={copy}>
              Copy as Markdown
            </button>
          </div>
          <p role="status" class="status-line">
            {status}
          </p>
          <ProblemAlert error={exportError} />

          <h3>Numbers and their sources</h3>
          <SourceList section={section} />

          {section.validation.claims.some((entry) => !isBacked(entry.status as ClaimStatus)) && (
            <div class="alert alert-warning">
              <p class="alert-title">Numbers to verify before export</p>
              <ul>
                {section.validation.claims
                  .filter((entry) => !isBacked(entry.status as ClaimStatus))
                  .map((entry) => (
                    <li key={`${entry.line}-${entry.column}`}>
                      {entry.text}: {entry.message}
                    </li>
                  ))}
              </ul>
            </div>
          )}

          {section.rewrites.length > 0 && (
            <>
              <h3 id="rewrites-heading">Before and after</h3>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Before and after (scrolls sideways)">
                <table class="rewrites" aria-labelledby="rewrites-heading">
                  <thead>
                    <tr>
                      <th scope="col">Before (your draft)</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {section.rewrites.map((rewrite) => (
                      <tr key={`${rewrite.line}-${rewrite.column}`}>
                        <td>
                          <del>
                            <span class="visually-hidden">Before: </span>
                            {rewrite.before}
                          </del>
                        </td>
                        <td>
                          <ins>
                            <span class="visually-hidden">After: </span>
                            {rewrite.after}
                          </ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {section.notes.length > 0 && (
            <>
              <h3>Notes for the writer</h3>
              <ul>
                {section.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
