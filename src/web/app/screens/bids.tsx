/**
 * The organisation's bids and a form to start one: the tender's name, lot, deadline and period,
 * and its questions typed in (each with its limit) or read from the buyer's pack (.docx/.xlsx)
 * and chosen one by one. Creating a bid opens it on the bid page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import { answerOf, bidPath, dayText, type BidApi, limitText, LIMIT_UNITS, STATUS_LABELS, type BidListItem, type TenderLimit, type TenderPack, type TypedQuestion } from '../bids/bid-types.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { humanQuarter } from '../../periods.js';
import { followLink, navigate } from '../router.js';
import type { Scope } from '../screen-props.js';
import '../bids/bids.css';

interface QuestionRow {
  key: number;
  number: string;
  text: string;
  limitValue: string;
  limitKind: TenderLimit['kind'];
}

let rowKeys = 0;
const emptyRow = (number: string): QuestionRow => ({ key: ++rowKeys, number, text: '', limitValue: '', limitKind: 'words' });

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes a bounded number of arguments.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function bidSummary(bid: BidListItem): string {
  if (bid.status === 'approved') return `All ${bid.questionCount} approved`;
  if (bid.status === 'not-started') return `${bid.questionCount} question${bid.questionCount === 1 ? '' : 's'}, none answered yet`;
  const parts = (['approved', 'in-review', 'returned', 'drafted', 'not-started'] as const).filter((status) => bid.counts[status] > 0).map((status) => `${bid.counts[status]} ${STATUS_LABELS[status].toLowerCase()}`);
  return `${bid.questionCount} questions: ${parts.join(', ')}`;
}

function BidList({ api, version }: { api: BidApi; version: number }) {
  const [bids, setBids] = useState<BidListItem[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);

  const load = async (after?: string) => {
    try {
      const page = await answerOf(api.GET('/v1/bids', { params: { query: { limit: 20, ...(after ? { cursor: after } : {}) } } }));
      setBids((previous) => (after && previous ? [...previous, ...page.bids] : page.bids));
      setCursor(page.nextCursor);
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  useEffect(() => {
    void load();
  }, [api, version]);

  return (
    <section class="panel" aria-labelledby="bids-heading">
      <h2 id="bids-heading">Your bids</h2>
      <ProblemAlert error={error} />
      {bids === null && !error && <p role="status">Loading your bids…</p>}
      {bids !== null && bids.length === 0 && <p>No bids yet. Start one below with the tender’s questions.</p>}
      {bids !== null && bids.length > 0 && (
        <ul class="bid-list">
          {bids.map((bid) => (
            <li key={bid.id} class="bid-list-item">
              <a href={bidPath(bid.id)} onClick={(event) => followLink(event, bidPath(bid.id))}>
                {bid.tenderName}
                {bid.lot ? ` – ${/^lot\b/iu.test(bid.lot) ? bid.lot : `Lot ${bid.lot}`}` : ''}
              </a>
              <span class="muted">
                {bidSummary(bid)}
                {bid.deadline ? ` · due ${dayText(bid.deadline)}` : ''} · evidence {humanQuarter(bid.period)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" class="button button-secondary" onClick={() => void load(cursor)}>
          Show older bids
        </button>
      )}
    </section>
  );
}

function TypedQuestions({ rows, setRows }: { rows: QuestionRow[]; setRows: (rows: QuestionRow[]) => void }) {
  const update = (key: number, change: Partial<QuestionRow>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = emptyRow(String(rows.length + 1));
    setRows([...rows, row]);
    requestAnimationFrame(() => document.getElementById(`question-text-${row.key}`)?.focus());
  };
  const remove = (key: number) => {
    const index = rows.findIndex((row) => row.key === key);
    const rest = rows.filter((row) => row.key !== key);
    setRows(rest);
    requestAnimationFrame(() => document.getElementById(rest[Math.max(0, index - 1)] ? `question-text-${rest[Math.max(0, index - 1)]!.key}` : 'add-question')?.focus());
  };
  return (
    <div class="typed-questions">
      {rows.map((row, index) => (
        <fieldset key={row.key} class="question-row">
          <legend>Question {index + 1}</legend>
          <div class="inline-fields">
            <div class="field field-short">
              <label for={`question-number-${row.key}`}>Number</label>
              <input type="text" id={`question-number-${row.key}`} value={row.number} maxLength={20} onInput={(event) => update(row.key, { number: event.currentTarget.value })} />
            </div>
            <div class="field field-short">
              <label for={`question-limit-${row.key}`}>Limit</label>
              <input type="text" id={`question-limit-${row.key}`} inputMode="numeric" value={row.limitValue} onInput={(event) => update(row.key, { limitValue: event.currentTarget.value })} aria-describedby={`question-limit-hint-${row.key}`} />
            </div>
            <div class="field">
              <label for={`question-kind-${row.key}`}>Counted in</label>
              <select id={`question-kind-${row.key}`} value={row.limitKind} onChange={(event) => update(row.key, { limitKind: event.currentTarget.value as TenderLimit['kind'] })}>
                {(Object.keys(LIMIT_UNITS) as TenderLimit['kind'][]).map((kind) => (
                  <option key={kind} value={kind}>
                    {LIMIT_UNITS[kind]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p class="hint" id={`question-limit-hint-${row.key}`}>
            Leave the limit empty if the buyer set none.
          </p>
          <div class="field">
            <label for={`question-text-${row.key}`}>The question, as the buyer wrote it</label>
            <textarea id={`question-text-${row.key}`} rows={3} value={row.text} onInput={(event) => update(row.key, { text: event.currentTarget.value })} />
          </div>
          {rows.length > 1 && (
            <button type="button" class="button button-secondary button-small" onClick={() => remove(row.key)}>
              Remove question {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" id="add-question" class="button button-secondary" onClick={add}>
        Add another question
      </button>
    </div>
  );
}

/** The buyer's file as read, sent again with the bid so the bid keeps it for writing the answers back. */
interface PackUpload {
  name: string;
  content: string;
}

function PackQuestions({ api, period, pack, setPack, setUpload, chosen, setChosen }: { api: BidApi; period: string; pack: TenderPack | null; setPack: (pack: TenderPack | null) => void; setUpload: (upload: PackUpload | null) => void; chosen: Set<string>; setChosen: (chosen: Set<string>) => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const result = useRef<HTMLHeadingElement>(null);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setPack(null);
    setUpload(null);
    setStatus(`Reading ${file.name}…`);
    try {
      const content = await base64Of(file);
      const read = await answerOf(api.POST('/v1/tender-packs', { body: { name: file.name, content, ...(period.trim() ? { period: period.trim() } : {}) } }));
      setPack(read);
      setUpload({ name: file.name, content });
      setChosen(new Set(read.questions.map((question) => question.number)));
      setStatus(`${read.questions.length} question${read.questions.length === 1 ? '' : 's'} read from ${file.name}. All are chosen; untick any the bid does not answer.`);
      requestAnimationFrame(() => result.current?.focus());
    } catch (failure) {
      setError(failure);
      setStatus('');
    } finally {
      setBusy(false);
    }
  };

  const toggle = (number: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(number);
    else next.delete(number);
    setChosen(next);
  };

  return (
    <div>
      <div class="field">
        <label for="pack-file">The buyer’s tender pack (Word .docx or Excel .xlsx)</label>
        <input id="pack-file" type="file" accept=".docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-busy={busy} onChange={(event) => void read(event.currentTarget.files?.[0])} />
      </div>
      <p role="status" class="status-line">
        {status}
      </p>
      <ProblemAlert error={error} />
      {pack && (
        <fieldset class="pack-questions">
          <legend>
            <h3 ref={result} tabIndex={-1} class="legend-heading">
              Questions in {pack.file}
            </h3>
          </legend>
          {pack.problems.length > 0 && (
            <div class="alert alert-warning">
              <p class="alert-title">Some places could not be read</p>
              <ul>
                {pack.problems.map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            </div>
          )}
          <ul class="checkboxes">
            {pack.questions.map((question) => (
              <li key={question.number} class="checkbox">
                <input id={`pack-question-${question.number}`} type="checkbox" checked={chosen.has(question.number)} onChange={(event) => toggle(question.number, event.currentTarget.checked)} />
                <label for={`pack-question-${question.number}`}>
                  <strong>{question.number}.</strong> {question.text} <span class="muted">({limitText(question.limit)}{question.involvement.involvement ? '; about involvement' : ''})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}

export function BidsScreen({ api, scope }: { api: BidApi; scope: Scope }) {
  const [tenderName, setTenderName] = useState('');
  const [lot, setLot] = useState('');
  const [deadline, setDeadline] = useState('');
  const [period, setPeriod] = useState(scope.period);
  const [source, setSource] = useState<'typed' | 'pack'>('typed');
  const [rows, setRows] = useState<QuestionRow[]>(() => [emptyRow('1')]);
  const [pack, setPack] = useState<TenderPack | null>(null);
  const [upload, setUpload] = useState<PackUpload | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  // One key per attempt at this bid: a retried click after a lost answer creates it once.
  const idempotencyKey = useRef(crypto.randomUUID());

  const problem = (message: string, focusId: string) => {
    setError(new Error(message));
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!tenderName.trim()) return problem('Enter the tender’s name, as the buyer names it.', 'bid-tender');
    let questions: TypedQuestion[] | undefined;
    let packBody: { name: string; content: string; questions: string[] } | undefined;
    if (source === 'typed') {
      const filled = rows.filter((row) => row.text.trim());
      if (filled.length === 0) return problem('Type at least one question.', `question-text-${rows[0]!.key}`);
      const badLimit = filled.find((row) => row.limitValue.trim() && !/^[1-9]\d*$/u.test(row.limitValue.replace(/[,\s]/gu, '')));
      if (badLimit) return problem(`The limit of question ${badLimit.number || rows.indexOf(badLimit) + 1} should be a whole number, e.g. 500.`, `question-limit-${badLimit.key}`);
      questions = filled.map((row, index) => ({
        number: row.number.trim() || String(index + 1),
        text: row.text.trim(),
        ...(row.limitValue.trim() ? { limit: { kind: row.limitKind, value: Number(row.limitValue.replace(/[,\s]/gu, '')) } } : {}),
      }));
    } else {
      if (!pack || !upload) return problem('Choose the buyer’s tender pack first.', 'pack-file');
      const numbers = pack.questions.filter((question) => chosen.has(question.number)).map((question) => question.number);
      if (numbers.length === 0) return problem('Choose at least one question of the pack.', 'pack-file');
      // The pack goes with the bid, so the answers can be written back into the buyer's own file.
      packBody = { name: upload.name, content: upload.content, questions: numbers };
    }
    setBusy(true);
    setError(null);
    setStatus('Creating the bid…');
    try {
      const bid = await answerOf(
        api.POST('/v1/bids', {
          body: { tenderName: tenderName.trim(), period: period.trim(), ...(packBody ? { pack: packBody } : questions ? { questions } : {}), ...(lot.trim() ? { lot: lot.trim() } : {}), ...(deadline ? { deadline } : {}) },
          headers: { 'Idempotency-Key': idempotencyKey.current },
        }),
      );
      idempotencyKey.current = crypto.randomUUID();
      setStatus(`Bid created with ${bid.questions.length} question${bid.questions.length === 1 ? '' : 's'}.`);
      navigate(bidPath(bid.id));
    } catch (failure) {
      setError(failure);
      setStatus('');
      requestAnimationFrame(() => document.getElementById('create-bid-error')?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="bids-screen">
      <BidList api={api} version={0} />
      <section class="panel" aria-labelledby="new-bid-heading">
        <h2 id="new-bid-heading">Start a bid</h2>
        <form onSubmit={submit} noValidate>
          <div class="field">
            <label for="bid-tender">Tender name</label>
            <input type="text" id="bid-tender" value={tenderName} maxLength={300} autocomplete="off" onInput={(event) => setTenderName(event.currentTarget.value)} />
          </div>
          <div class="inline-fields">
            <div class="field field-short">
              <label for="bid-lot">Lot (if any)</label>
              <input type="text" id="bid-lot" value={lot} maxLength={100} onInput={(event) => setLot(event.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="bid-deadline">Deadline</label>
              <input id="bid-deadline" type="date" class="date-input" value={deadline} onInput={(event) => setDeadline(event.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="bid-period">Evidence period</label>
              <input type="text" id="bid-period" value={period} aria-describedby="bid-period-hint" onInput={(event) => setPeriod(event.currentTarget.value)} />
            </div>
          </div>
          <p class="hint" id="bid-period-hint">
            The records the answers rest on: a quarter (2026-Q2), a month (2026-05) or a financial year (FY2025-26).
          </p>
          <fieldset class="field">
            <legend>Where the questions come from</legend>
            <div class="radio">
              <input id="source-typed" type="radio" name="question-source" checked={source === 'typed'} onChange={() => setSource('typed')} />
              <label for="source-typed">I will type them</label>
            </div>
            <div class="radio">
              <input id="source-pack" type="radio" name="question-source" checked={source === 'pack'} onChange={() => setSource('pack')} />
              <label for="source-pack">Read them from the buyer’s pack</label>
            </div>
          </fieldset>
          {source === 'typed' ? <TypedQuestions rows={rows} setRows={setRows} /> : <PackQuestions api={api} period={period} pack={pack} setPack={setPack} setUpload={setUpload} chosen={chosen} setChosen={setChosen} />}
          <div id="create-bid-error" tabIndex={-1}>
            <ProblemAlert error={error} />
          </div>
          <p role="status" class="status-line">
            {status}
          </p>
          <div class="actions">
            <button type="submit" class="button" aria-disabled={busy}>
              {busy ? 'Creating…' : 'Create the bid'}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
