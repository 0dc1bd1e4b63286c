/**
 * Check a draft: findings marked at their exact words, grouped by category with suggestions;
 * a live count against the limit; the four structure lines; optionally every number checked
 * against a period's figures.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CheckReport, ValidationResult } from '../../api-client.js';
import { countLive, loadCounter } from '../../count.js';
import { lineStarts, rangeToOffsets, segmentText, type Annotation } from '../../positions.js';
import type { ScreenProps } from '../screen-props.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { PeriodField } from '../components/scope-fields.js';
import { CATEGORY_LABELS, CATEGORY_ORDER, CLAIM_STATUS_LABELS, isBacked, plural, STRUCTURE_LABELS, type ClaimStatus } from '../format.js';

type LimitKind = 'words' | 'characters';
type Message = CheckReport['messages'][number];
type Claim = ValidationResult['claims'][number];

interface CheckResult {
  text: string;
  report: CheckReport;
  claims: Claim[] | null;
  period: string | null;
}

interface Mark {
  id: string;
  start: number;
  end: number;
  label: string;
  className: string;
}

const findingId = (index: number) => `f${index}`;
const claimId = (index: number) => `c${index}`;

/** Marks only where the range's text is exactly the flagged words (whole-paragraph findings are listed, not marked). */
function marksFor(result: CheckResult): Mark[] {
  const starts = lineStarts(result.text);
  const marks: Mark[] = [];
  result.report.messages.forEach((message, index) => {
    const { start, end } = rangeToOffsets(result.text, message, starts);
    if (end > start && result.text.slice(start, end) === message.actual) {
      marks.push({ id: findingId(index), start, end, label: `${index + 1} ${CATEGORY_LABELS[message.category]}`, className: `mark-${message.category}` });
    }
  });
  result.claims?.forEach((claim, index) => {
    const { start, end } = rangeToOffsets(result.text, { line: claim.line, column: claim.column, endLine: claim.endLine ?? claim.line, endColumn: claim.endColumn ?? claim.column + claim.text.length }, starts);
    if (result.text.slice(start, end) === claim.text) {
      const backed = isBacked(claim.status as ClaimStatus);
      marks.push({ id: claimId(index), start, end, label: backed ? '✓ supported' : '✗ not supported', className: backed ? 'mark-supported' : 'mark-unsupported' });
    }
  });
  return marks;
}

function focusById(id: string): void {
  const element = document.getElementById(id);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

function MarkedDraft({ result, marks }: { result: CheckResult; marks: Mark[] }) {
  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  const annotations: Annotation[] = marks.map(({ id, start, end }) => ({ id, start, end }));
  return (
    <div class="marked-draft" aria-label="Your draft with findings marked">
      {segmentText(result.text, annotations).map((segment) => {
        if (segment.annotationIds.length === 0) return segment.text;
        const shown = segment.annotationIds.map((id) => byId.get(id)!);
        const first = shown[0]!;
        return (
          <span class="mark-wrap" key={segment.start}>
            <mark
              id={`mark-${first.id}`}
              class={`mark ${shown.map((mark) => mark.className).join(' ')}`}
              tabIndex={0}
              data-annotations={segment.annotationIds.join(' ')}
              aria-describedby={segment.annotationIds.map((id) => `item-${id}`).join(' ')}
              onClick={() => focusById(`item-${first.id}`)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') focusById(`item-${first.id}`);
              }}
            >
              {segment.text}
            </mark>
            <sup class="mark-tag" aria-hidden="true">
              {shown.map((mark) => mark.label).join(', ')}
            </sup>
          </span>
        );
      })}
    </div>
  );
}

function Findings({ result, markedIds }: { result: CheckResult; markedIds: Set<string> }) {
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    items: result.report.messages.map((message, index) => ({ message, index })).filter(({ message }) => message.category === category),
  })).filter((group) => group.items.length > 0);
  if (groups.length === 0) return <p class="alert alert-success">No findings: the checker has nothing to flag.</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.category} class="finding-group" aria-labelledby={`group-${group.category}`}>
          <h3 id={`group-${group.category}`}>
            {CATEGORY_LABELS[group.category]} <span class="count">({group.items.length})</span>
          </h3>
          <ol class="findings">
            {group.items.map(({ message, index }) => (
              <FindingItem key={index} message={message} index={index} marked={markedIds.has(findingId(index))} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function FindingItem({ message, index, marked }: { message: Message; index: number; marked: boolean }) {
  const id = findingId(index);
  return (
    <li id={`item-${id}`} tabIndex={-1} class={`finding severity-${message.severity}`} data-rule={message.ruleId} data-category={message.category}>
      <p class="finding-head">
        <span class="finding-number">{index + 1}.</span> <span class={`badge badge-${message.severity}`}>{message.severity}</span>{' '}
        <span class="muted">
          line {message.line}, column {message.column}
        </span>
      </p>
      <p>{message.message}</p>
      {message.expected.length > 0 && (
        <div class="suggestion">
          <p class="suggestion-label">Suggestion</p>
          <ul>
            {message.expected.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {marked ? (
        <button type="button" class="button-link" onClick={() => focusById(`mark-${id}`)}>
          Show in draft<span class="visually-hidden">: {message.actual}</span>
        </button>
      ) : (
        <p class="muted">Applies to the paragraph as a whole.</p>
      )}
    </li>
  );
}

function ClaimList({ claims, period }: { claims: Claim[]; period: string }) {
  if (claims.length === 0) return <p>No numbers to check in this draft.</p>;
  return (
    <ul class="claims">
      {claims.map((claim, index) => {
        const backed = isBacked(claim.status as ClaimStatus);
        return (
          <li key={index} id={`item-${claimId(index)}`} tabIndex={-1} class={backed ? 'claim-ok' : 'claim-bad'} data-status={claim.status}>
            <span class={`badge ${backed ? 'badge-ok' : 'badge-error'}`}>
              <span aria-hidden="true">{backed ? '✓ ' : '✗ '}</span>
              {CLAIM_STATUS_LABELS[claim.status as ClaimStatus]}
            </span>{' '}
            <strong>{claim.text}</strong> <span class="muted">(line {claim.line}, {period})</span>
            <p>{claim.message}</p>
          </li>
        );
      })}
    </ul>
  );
}

export function CheckScreen({ client, scope }: ScreenProps) {
  const [text, setText] = useState('');
  const [limit, setLimit] = useState('250');
  const [limitKind, setLimitKind] = useState<LimitKind>('words');
  const [validate, setValidate] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const [, setCounterLoaded] = useState(false);
  useEffect(() => {
    void loadCounter().then(() => setCounterLoaded(true));
  }, []);
  const count = countLive(text);
  const limitValue = Number.parseInt(limit, 10);
  const hasLimit = Number.isInteger(limitValue) && limitValue > 0;
  const counted = limitKind === 'words' ? count.words : count.characters;
  const over = hasLimit && counted > limitValue;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setError(new Error('Paste or type a draft first.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const period = validate ? scope.period : undefined;
      const services = scope.selectedServices.length ? scope.selectedServices : undefined;
      const [report, validation] = await Promise.all([
        client.check({ text, period, services, ...(hasLimit ? (limitKind === 'words' ? { wordLimit: limitValue } : { charLimit: limitValue }) : {}) }),
        period ? client.validate({ text, period, services }) : Promise.resolve(null),
      ]);
      setResult({ text, report, claims: validation?.claims ?? null, period: period ?? null });
      // Keyboard and screen-reader users land on the findings, not back at the top of the page.
      requestAnimationFrame(() => document.getElementById('check-results-heading')?.focus());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const marks = useMemo(() => (result ? marksFor(result) : []), [result]);
  const markedIds = new Set(marks.map((mark) => mark.id));
  const stale = result !== null && result.text !== text;

  return (
    <div class="two-columns">
      <form class="panel" onSubmit={submit} noValidate>
        <div class="field">
          <label for="draft-text">Draft (Markdown)</label>
          <p class="hint" id="draft-text-hint">
            Paste or type your answer. Blank lines separate paragraphs.
          </p>
          <textarea id="draft-text" name="text" rows={14} value={text} aria-describedby="draft-text-hint draft-count" onInput={(event) => setText(event.currentTarget.value)} />
          <p id="draft-count" class={`count-line${over ? ' count-over' : ''}`}>
            {limitKind === 'words' ? plural(count.words, 'word') : plural(count.characters, 'character')}
            {hasLimit && ` of ${limitValue.toLocaleString('en-GB')}`}
            {over && <strong> – over the limit by {(counted - limitValue).toLocaleString('en-GB')}</strong>}
          </p>
        </div>
        <div class="inline-fields">
          <div class="field">
            <label for="draft-limit">Limit</label>
            <input id="draft-limit" type="number" inputMode="numeric" min={1} value={limit} onInput={(event) => setLimit(event.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="draft-limit-kind">Counted in</label>
            <select id="draft-limit-kind" value={limitKind} onChange={(event) => setLimitKind(event.currentTarget.value as LimitKind)}>
              <option value="words">words</option>
              <option value="characters">characters</option>
            </select>
          </div>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="draft-validate" checked={validate} onChange={(event) => setValidate(event.currentTarget.checked)} />
          <label for="draft-validate">Check every number against the figures of a period</label>
        </div>
        {validate && <PeriodField id="check-period" value={scope.period} onChange={scope.setPeriod} />}
        <ProblemAlert error={error} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Checking…' : 'Check draft'}
        </button>
      </form>

      <section class="panel" aria-labelledby="check-results-heading" aria-busy={busy}>
        <h2 id="check-results-heading" tabIndex={-1}>
          Results
        </h2>
        {!result ? (
          <p class="muted">Findings appear here after you check the draft.</p>
        ) : (
          <>
            <p role="status" class="alert alert-info">
              {plural(result.report.messages.length, 'finding')}: {plural(result.report.summary.errors, 'error')}, {plural(result.report.summary.warnings, 'warning')}
              {result.claims && `; ${plural(result.claims.filter((claim) => !isBacked(claim.status as ClaimStatus)).length, 'number')} not supported`}. Checked at{' '}
              {plural(result.report.summary.words, 'word')}
              {result.report.summary.wordLimit ? ` of ${result.report.summary.wordLimit}` : ''}.
              {stale && ' The draft has changed since: check again to update.'}
            </p>
            <h3>Four-line structure</h3>
            <ul class="structure">
              {(Object.keys(STRUCTURE_LABELS) as (keyof typeof STRUCTURE_LABELS)[]).map((line) => {
                const present = result.report.summary.structure[line];
                return (
                  <li key={line} class={present ? 'present' : 'missing'} data-line={line}>
                    <span class={`badge ${present ? 'badge-ok' : 'badge-error'}`}>
                      <span aria-hidden="true">{present ? '✓ ' : '✗ '}</span>
                      {present ? 'Present' : 'Missing'}
                    </span>{' '}
                    {STRUCTURE_LABELS[line]}
                  </li>
                );
              })}
            </ul>
            <p>
              Ladder of participation: <strong>{result.report.summary.ladder}</strong>
            </p>
            <h3>Your draft, marked</h3>
            <p class="hint">Each mark is labelled with its finding number and category; select it (or press Enter on it) to read the finding.</p>
            <MarkedDraft result={result} marks={marks} />
            {result.claims && result.period && (
              <>
                <h3>Numbers checked against {result.period}</h3>
                <ClaimList claims={result.claims} period={result.period} />
              </>
            )}
            <h3>Findings by category</h3>
            <Findings result={result} markedIds={markedIds} />
          </>
        )}
      </section>
    </div>
  );
}
