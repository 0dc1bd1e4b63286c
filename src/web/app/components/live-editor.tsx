/**
 * An answer box that checks as the writer types. Each paragraph is checked on its own, a moment
 * after typing stops, and its result is remembered by its exact text, so only the paragraphs
 * that changed go to the API again. Findings are highlighted in the text being edited and listed
 * beside it (below it on a narrow screen); a finding and its words select each other; a rewrite
 * the check gives in full is applied in one step; the count is the server's own counter.
 *
 * The box is a native <textarea> over an aria-hidden copy of its text that carries the marks:
 * the caret, selection, undo, spelling, input methods and screen readers all keep working as in
 * any form field, which a contenteditable re-rendered on every check would break. Marks are
 * only a visual aid; every finding is also in the panel, announced in a live region, and the
 * finding under the caret is shown (and announced) right below the box.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isProblem, must, type Api, type ResponseLimit } from '../../api-fetch.js';
import { countLive, loadCounter } from '../../count.js';
import {
  applyRewrite,
  draftStructure,
  findingAt,
  groundFinding,
  isGroundedWording,
  ParagraphCache,
  paragraphFindings,
  paragraphsToCheck,
  splitParagraphs,
  wordingToGround,
  type BackedClaim,
  type Finding,
  type Paragraph,
    type Rewrite,
} from '../../live-check.js';
import { segmentText } from '../../positions.js';
import type { CountOptions } from '../../../text/count-text.js';
import { plural, STRUCTURE_LABELS } from '../format.js';
import { ProblemAlert } from './problem-alert.js';
import './live-editor.css';

export interface LiveEditorProps {
  /** The generated API client, carrying the writer's credentials. */
  api: Api;
  value: string;
  onInput: (text: string) => void;
  label: string;
  /** Shown under the label and read with the box. */
  hint?: string;
  /** The box's id; the count, panel and marks derive theirs from it. */
  id?: string;
  /** The answer box limit, as the API takes it. */
  limit?: ResponseLimit;
  /** With a period, every number and practice claim is validated against the records of that period. */
  period?: string;
  /** With a period: the services whose records back the draft (default all). */
  serviceIds?: string[];
  /** How the portal counts (line breaks, list markers); default: the Markdown count the check and gate use. */
  countOptions?: CountOptions;
  /** Wait this long after the last keystroke before checking (ms). */
  debounceMs?: number;
  rows?: number;
  /** Heading level of the findings panel, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

const PERIOD = /^(?:\d{4}-Q[1-4]|\d{4}-(?:0[1-9]|1[0-2])|FY\d{4}-\d{2}|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/;
const SEVERITY_WORDS = { error: 'Must fix', warning: 'Should fix', info: 'Advice' } as const;
const DESKTOP = '(min-width: 60.01rem)';

interface Failure {
  paragraph: Paragraph;
  error: unknown;
}

function countOf(count: ReturnType<typeof countLive>, kind: ResponseLimit['kind']): number {
  return kind === 'words' ? count.words : kind === 'characters' ? count.characters : count.charactersNoSpaces;
}

const UNIT_WORDS: Record<ResponseLimit['kind'], string> = { words: 'word', characters: 'character', 'characters-no-spaces': 'character' };

export function LiveEditor(props: LiveEditorProps) {
  const { api, value, onInput, label, hint, limit, countOptions, rows = 12, headingLevel = 2 } = props;
  const id = props.id ?? 'live-editor';
  const debounceMs = props.debounceMs ?? 600;
  const requestedPeriod = props.period && PERIOD.test(props.period) ? props.period : undefined;
  const requestedServices = requestedPeriod && props.serviceIds?.length ? props.serviceIds : undefined;
  const requestedScope = `${requestedPeriod ?? ''}|${requestedServices?.join(',') ?? ''}`;
  // No records to check numbers against (a new organisation): the wording is still checked.
  const [periodProblem, setPeriodProblem] = useState<{ scope: string; error: unknown } | null>(null);
  const periodRefused = periodProblem !== null && periodProblem.scope === requestedScope && requestedPeriod !== undefined;
  const period = periodRefused ? undefined : requestedPeriod;
  const services = periodRefused ? undefined : requestedServices;
  const scopeKey = `${period ?? ''}|${services?.join(',') ?? ''}`;

  const cache = useRef(new ParagraphCache());
  /** Whether the validator backs a rewrite sentence, by scope and wording. */
  const verdicts = useRef(new Map<string, boolean>());
  const pending = useRef(new Set<string>());
  const running = useRef(false);
  const latest = useRef({ value, scopeKey, period, services, requestedScope });
  latest.current = { value, scopeKey, period, services, requestedScope };
  const box = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);

  const [, setVersion] = useState(0);
  const [checking, setChecking] = useState(false);
  const [failures, setFailures] = useState<Map<string, Failure>>(new Map());
  const [active, setActive] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [, setCounterLoaded] = useState(false);

  useEffect(() => {
    void loadCounter().then(() => setCounterLoaded(true));
  }, []);

  /** Checks paragraphs one at a time until every paragraph of the latest text has a result. */
  const drain = async () => {
    if (running.current) return;
    running.current = true;
    setChecking(true);
    try {
      for (;;) {
        const { value: text, scopeKey: scope, period: checkPeriod, services: checkServices, requestedScope: asked } = latest.current;
        const failed = new Set([...failures.keys()]);
        const paragraphs = splitParagraphs(text);
        const next = paragraphsToCheck(paragraphs, scope, cache.current, new Set([...pending.current, ...failed]))[0];
        if (!next) {
          // Then the rewrite sentences the panel would offer: each is validated once per period.
          const wording = checkPeriod ? wordingToGround(findingsOf(text, paragraphs, scope).findings).find((candidate) => !verdicts.current.has(ParagraphCache.key(scope, candidate))) : undefined;
          if (wording === undefined || !checkPeriod) break;
          try {
            const validation = await must(api.POST('/v1/validations', { body: { text: wording, period: checkPeriod, ...(checkServices ? { services: checkServices } : {}) } }));
            verdicts.current.set(ParagraphCache.key(scope, wording), isGroundedWording(validation.claims));
          } catch {
            // Not offered in one click; the wording stays listed to adapt.
            verdicts.current.set(ParagraphCache.key(scope, wording), false);
          }
          setVersion((version) => version + 1);
          continue;
        }
        const key = ParagraphCache.key(scope, next.text);
        pending.current.add(key);
        try {
          const scopeBody = { ...(checkPeriod ? { period: checkPeriod } : {}), ...(checkServices ? { services: checkServices } : {}) };
          const [report, validation] = await Promise.all([
            must(api.POST('/v1/checks', { body: { text: next.text, ...scopeBody } })),
            checkPeriod ? must(api.POST('/v1/validations', { body: { text: next.text, period: checkPeriod, ...(checkServices ? { services: checkServices } : {}) } })) : Promise.resolve(null),
          ]);
          cache.current.set(scope, next.text, { report, claims: validation?.claims ?? null });
        } catch (error) {
          if (checkPeriod && isProblem(error, 404)) {
            setPeriodProblem({ scope: asked, error });
            break;
          }
          setFailures((current) => new Map(current).set(key, { paragraph: next, error }));
          failed.add(key);
          break;
        } finally {
          pending.current.delete(key);
          setVersion((version) => version + 1);
        }
      }
    } finally {
      running.current = false;
      setChecking(false);
    }
  };

  // Check a moment after typing stops, and whenever the period or services change.
  useEffect(() => {
    const timer = setTimeout(() => void drain(), debounceMs);
    return () => clearTimeout(timer);
  }, [value, scopeKey, failures, periodProblem]);

  /** The findings of every paragraph of `text` that has a result in this scope. */
  const findingsOf = (text: string, paragraphs: readonly Paragraph[], scope: string) => {
    const checked = paragraphs.flatMap((paragraph) => {
      const result = cache.current.get(scope, paragraph.text);
      return result ? [{ paragraph, result }] : [];
    });
    const findings: Finding[] = [];
    const backed: BackedClaim[] = [];
    for (const { paragraph, result } of checked) {
      const found = paragraphFindings(text, paragraph, result);
      findings.push(...found.findings);
      backed.push(...found.backed);
    }
    return { checked, findings, backed };
  };

  const paragraphs = useMemo(() => splitParagraphs(value), [value]);
  const current = findingsOf(value, paragraphs, scopeKey);
  const { checked, backed } = current;
  const findings = current.findings.map((finding) => groundFinding(finding, (wording) => verdicts.current.get(ParagraphCache.key(scopeKey, wording))));
  const structure = draftStructure(checked.map((entry) => entry.result));
  const waiting = paragraphs.length - checked.length;
  const inText = findings.filter((finding) => finding.end > finding.start);
  const byId = new Map([...findings, ...structure.missing].map((finding) => [finding.id, finding]));
  const activeFinding = active ? byId.get(active) : undefined;
  const visibleFailures = [...failures.entries()].filter(([key]) => paragraphs.some((paragraph) => ParagraphCache.key(scopeKey, paragraph.text) === key));

  // Forget failures for text that is gone, so an edit retries the paragraph.
  useEffect(() => {
    if (visibleFailures.length !== failures.size) setFailures(new Map(visibleFailures));
  }, [value, scopeKey]);

  // One announcement when checking settles, not one per keystroke.
  const settled = !checking && waiting === 0;
  const problems = findings.length + structure.missing.length;
  const summary = paragraphs.length === 0 ? '' : `${plural(problems, 'finding')}${period && backed.length > 0 ? `; ${plural(backed.length, 'number or claim', 'numbers or claims')} backed by your records` : ''}.`;
  useEffect(() => {
    if (settled && summary) setAnnouncement(`Checked. ${summary}`);
  }, [settled, summary]);

  // The box grows with its text, so the marks behind it never need to scroll with it.
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => {
      element.style.height = 'auto';
      element.style.height = `${element.scrollHeight + 4}px`;
    };
    fit();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
    observer?.observe(element.parentElement ?? element);
    return () => observer?.disconnect();
  }, [value]);

  const count = countLive(value, countOptions);
  const counted = limit ? countOf(count, limit.kind) : count.words;
  const over = limit ? counted - limit.value : 0;
  const unit = UNIT_WORDS[limit?.kind ?? 'words'];

  const selectFinding = (finding: Finding) => {
    const element = box.current;
    setActive(finding.id);
    if (!element || finding.end <= finding.start) return;
    element.focus();
    element.setSelectionRange(finding.start, finding.end);
    backdrop.current?.querySelector(`[data-finding~="${finding.id}"]`)?.scrollIntoView({ block: 'center' });
    setAnnouncement(`Selected “${finding.actual}” in the text. ${finding.title}.`);
  };

  const followCaret = () => {
    const element = box.current;
    if (!element) return;
    const found = findingAt(inText, element.selectionStart);
    if ((found?.id ?? null) === active) return;
    setActive(found?.id ?? null);
    if (!found) return;
    setAnnouncement(`${found.title}: “${found.actual}”. ${found.advice}`);
    if (window.matchMedia(DESKTOP).matches) document.getElementById(`${id}-item-${found.id}`)?.scrollIntoView({ block: 'nearest' });
  };

  const apply = (rewrite: Rewrite) => {
    const element = box.current;
    const next = applyRewrite(value, rewrite);
    if (!next) {
      setAnnouncement('Those words have changed since the check; the new text is being checked.');
      return;
    }
    setActive(null);
    if (element) {
      // insertText keeps the change on the box's own undo stack (Ctrl+Z undoes it) and fires input.
      element.focus();
      element.setSelectionRange(rewrite.start, rewrite.end);
      const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, rewrite.replacement);
      if (!inserted || element.value !== next.text) onInput(next.text);
      requestAnimationFrame(() => element.setSelectionRange(next.caret, next.caret));
    } else onInput(next.text);
    setAnnouncement(`Replaced “${rewrite.original}” with “${rewrite.replacement}”. Checking again.`);
  };

  const Heading = `h${headingLevel}` as 'h2';
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  const segments = segmentText(
    value,
    inText.map((finding) => ({ id: finding.id, start: finding.start, end: finding.end })),
  );
  const describedBy = [hint ? `${id}-hint` : '', `${id}-count`, `${id}-caret`].filter(Boolean).join(' ');

  return (
    <div class="live-editor">
      <div class="live-editor-main">
        <label for={id}>{label}</label>
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <div class="live-editor-box">
          <div class="live-editor-backdrop" ref={backdrop} aria-hidden="true">
            {segments.map((segment) =>
              segment.annotationIds.length === 0 ? (
                segment.text
              ) : (
                <mark
                  key={segment.start}
                  data-finding={segment.annotationIds.join(' ')}
                  class={`live-mark live-mark-${byId.get(segment.annotationIds[0]!)?.kind ?? 'vague'}${segment.annotationIds.includes(active ?? '') ? ' live-mark-active' : ''}`}
                >
                  {segment.text}
                </mark>
              ),
            )}
            {/* A final newline needs a character after it to take up its line. */}
            {'\u200b'}
          </div>
          <textarea
            ref={box}
            id={id}
            class="live-editor-input"
            rows={rows}
            value={value}
            spellcheck
            aria-describedby={describedBy}
            onInput={(event) => onInput(event.currentTarget.value)}
            onSelect={followCaret}
            onClick={followCaret}
            onKeyUp={followCaret}
          />
        </div>
        <p id={`${id}-count`} class={`count-line${over > 0 ? ' count-over' : ''}`}>
          {plural(counted, unit)}
          {limit && ` of ${limit.value.toLocaleString('en-GB')}`}
          {over > 0 && <strong> – over the limit by {over.toLocaleString('en-GB')}</strong>}
        </p>
        <div id={`${id}-caret`} class="live-editor-caret">
          {activeFinding && activeFinding.end > activeFinding.start && (
            <p class={`alert alert-${activeFinding.severity === 'error' ? 'error' : 'info'}`}>
              <strong>{activeFinding.title}:</strong> {activeFinding.advice}{' '}
              <a href={`#${id}-item-${activeFinding.id}`} onClick={(event) => {
                event.preventDefault();
                const item = document.getElementById(`${id}-item-${activeFinding.id}`);
                item?.scrollIntoView({ block: 'center' });
                item?.focus();
              }}>
                Go to the finding
              </a>
            </p>
          )}
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>

      <section class="live-editor-panel" aria-labelledby={`${id}-panel-heading`}>
        <Heading id={`${id}-panel-heading`} class="live-editor-panel-heading">
          Findings
        </Heading>
        <p class="live-editor-state" data-state={settled ? 'settled' : 'checking'}>
          {paragraphs.length === 0 ? 'Start typing: each paragraph is checked a moment after you stop.' : settled ? `Checked. ${summary}` : `Checking ${plural(Math.max(waiting, 1), 'paragraph')}…`}
        </p>
        {periodRefused && periodProblem && (
          <p class="alert alert-warning live-editor-no-period">
            Numbers and practice claims are not being checked against {requestedPeriod}: {periodProblem.error instanceof Error ? periodProblem.error.message : String(periodProblem.error)} The wording is still checked.
          </p>
        )}
        {visibleFailures.slice(0, 1).map(([key, failure]) => (
          <div key={key}>
            <ProblemAlert error={failure.error} />
            <button type="button" class="button button-small button-secondary" onClick={() => setFailures(new Map())}>
              Check again
            </button>
          </div>
        ))}
        <div class="live-editor-findings" role="region" tabIndex={0} aria-label="Findings, in the order of the text">
          {findings.length === 0 && structure.missing.length === 0 && settled && paragraphs.length > 0 && <p class="alert alert-success">Nothing to flag.</p>}
          {findings.length > 0 && (
            <ol class="live-findings">
              {findings.map((finding) => (
                <FindingItem key={finding.id} editorId={id} finding={finding} active={finding.id === active} onSelect={selectFinding} onApply={apply} />
              ))}
            </ol>
          )}
          {checked.length > 0 && (
            <>
              <SubHeading class="live-editor-subheading">The four lines of the paragraph</SubHeading>
              <ul class="structure">
                {(Object.keys(STRUCTURE_LABELS) as (keyof typeof STRUCTURE_LABELS)[]).map((line) => (
                  <li key={line} class={structure.present[line] ? 'present' : 'missing'} data-line={line}>
                    <span class={`badge ${structure.present[line] ? 'badge-ok' : 'badge-error'}`}>
                      <span aria-hidden="true">{structure.present[line] ? '✓ ' : '✗ '}</span>
                      {structure.present[line] ? 'Present' : 'Missing'}
                    </span>{' '}
                    {STRUCTURE_LABELS[line]}
                  </li>
                ))}
              </ul>
              {structure.missing.length > 0 && (
                <details class="live-structure-help">
                  <summary>How to add the missing {structure.missing.length === 1 ? 'line' : 'lines'}</summary>
                  <ol class="live-findings">
                    {structure.missing.map((finding) => (
                      <FindingItem key={finding.id} editorId={id} finding={finding} active={finding.id === active} onSelect={selectFinding} onApply={apply} />
                    ))}
                  </ol>
                </details>
              )}
            </>
          )}
          {backed.length > 0 && (
            <details class="live-backed">
              <summary>{plural(backed.length, 'number or claim', 'numbers or claims')} backed by your records</summary>
              <ul>
                {backed.map((claim) => (
                  <li key={claim.id} data-status={claim.status}>
                    <span class="badge badge-ok">
                      <span aria-hidden="true">✓ </span>Backed
                    </span>{' '}
                    <strong>{claim.text}</strong>: {claim.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </section>
    </div>
  );
}

function FindingItem({ editorId, finding, active, onSelect, onApply }: { editorId: string; finding: Finding; active: boolean; onSelect: (finding: Finding) => void; onApply: (rewrite: Rewrite) => void }) {
  const inText = finding.end > finding.start;
  return (
    <li
      id={`${editorId}-item-${finding.id}`}
      tabIndex={-1}
      class={`live-finding live-finding-${finding.kind} severity-${finding.severity}${active ? ' live-finding-active' : ''}`}
      data-finding={finding.id}
      data-kind={finding.kind}
      data-rule={finding.ruleId}
      aria-current={active ? 'true' : undefined}
    >
      <p class="live-finding-head">
        <span class={`badge badge-${finding.severity}`}>{SEVERITY_WORDS[finding.severity]}</span> <strong>{finding.title}</strong>
      </p>
      {finding.actual && inText && <p class="live-finding-quote">“{finding.actual}”</p>}
      <p>{finding.advice}</p>
      {finding.rewrites.length > 0 && (
        <ul class="live-rewrites">
          {finding.rewrites.map((rewrite) => (
            <li key={`${rewrite.start}-${rewrite.replacement}`}>
              <button type="button" class="button button-small live-apply" onClick={() => onApply(rewrite)}>
                {rewrite.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {finding.examples.length > 0 && (
        <details class="live-examples">
          <summary>{finding.rewrites.length > 0 ? 'Other wording to adapt' : 'Wording to adapt'}</summary>
          <ul>
            {finding.examples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </details>
      )}
      {inText ? (
        <button type="button" class="button-link live-show" onClick={() => onSelect(finding)}>
          Show in text<span class="visually-hidden">: “{finding.actual}”</span>
        </button>
      ) : (
        <p class="muted">About the draft as a whole.</p>
      )}
    </li>
  );
}
