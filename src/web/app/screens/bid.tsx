/**
 * One bid: its questions in the buyer's order, each with its status and latest answer. A writer
 * drafts (one question or every unanswered one, as one bid so the answers stay distinct), edits
 * in the live-check editor (findings and count as they type) and saves a new version, and sends it for review; a reviewer approves it or
 * returns it with a comment. Every version is kept and shown with what changed. Downloads are the
 * submission (Word) and verification pack for the whole bid or one question, and "Copy for portal"
 * puts exactly the portal text on the clipboard. The bid's consistency report shows where answers
 * disagree with each other (each finding with the questions it touches, and a reason to let it
 * through), and a bid read from the buyer's pack downloads that file with the answers written in.
 * Each answer shows the drafter's notes beside it: how the question was read, what the records
 * could not cover and why, and figures resting on old records.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

import { answerOf, dateTimeText, dayText, type BidApi, type Role, downloadFileName, limitText, STATUS_BADGES, STATUS_LABELS, type AnswerHistory, type Bid, type BidQuestion, type ConsistencyReport } from '../bids/bid-types.js';
import { LiveEditor } from '../components/live-editor.js';
import { ProblemAlert } from '../components/problem-alert.js';
import { copyText, saveBlob } from '../download.js';
import { humanQuarter } from '../../periods.js';
import { followLink } from '../router.js';
import '../bids/bids.css';

type Announce = (message: string, focusId?: string) => void;

interface Abilities {
  write: boolean;
  approve: boolean;
}

function abilitiesOf(role: Role | null): Abilities {
  // An integration's key (no role) drafts and edits but never approves, as the API enforces.
  return { write: role !== 'reviewer', approve: role === 'admin' || role === 'reviewer' };
}

function focusSoon(id: string | undefined): void {
  if (!id) return;
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
}

function HistoryPanel({ api, bidId, question }: { api: BidApi; bidId: string; question: BidQuestion }) {
  const [history, setHistory] = useState<AnswerHistory | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    answerOf(api.GET('/v1/bids/{bidId}/questions/{questionId}/history', { params: { path: { bidId, questionId: question.id } } }))
      .then((answer) => current && setHistory(answer))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [api, bidId, question.id, question.answer?.version, question.status]);
  if (error) return <ProblemAlert error={error} />;
  if (!history) return <p role="status">Loading the history…</p>;
  return (
    <div class="history">
      {history.decisions.length > 0 && (
        <>
          <h4>Review</h4>
          <ul class="decisions">
            {history.decisions.map((decision, index) => (
              <li key={index}>
                <strong>{decision.decision === 'submitted' ? 'Sent for review' : decision.decision === 'approved' ? 'Approved' : 'Returned'}</strong> (version {decision.version}) by {decision.author}, {dateTimeText(decision.createdAt)}
                {decision.comment && <blockquote>{decision.comment}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Versions</h4>
      {/* Newest first, each numbered by its version: `reversed` alone numbered two versions 3 and 2 in Chromium. */}
      <ol class="versions" reversed>
        {history.versions.map((version) => (
          <li key={version.version} value={version.version}>
            <p>
              <strong>Version {version.version}</strong>, {version.kind === 'drafted' ? 'drafted' : 'edited'} by {version.author}, {dateTimeText(version.createdAt)}
              {version.version > 1 && ` – ${version.wordsAdded} word${version.wordsAdded === 1 ? '' : 's'} added, ${version.wordsRemoved} removed`}
            </p>
            {version.version > 1 && (
              <details>
                <summary>What changed in version {version.version}</summary>
                <p class="diff">
                  {version.diff.map((part, index) =>
                    part.change === 'added' ? (
                      <ins key={index}>
                        <span class="visually-hidden">[added: </span>
                        {part.text}
                        <span class="visually-hidden">]</span>
                      </ins>
                    ) : part.change === 'removed' ? (
                      <del key={index}>
                        <span class="visually-hidden">[removed: </span>
                        {part.text}
                        <span class="visually-hidden">]</span>
                      </del>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                </p>
              </details>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Why the export gate refuses this answer, in the words of the reason box's hint. */
function refusedBecause(question: BidQuestion): string {
  const findings = question.answer?.findings.filter((finding) => finding.blocking) ?? [];
  const reasons = [
    ...(findings.some((finding) => finding.source !== 'limit') ? ['has a number the records do not back'] : []),
    ...(question.answer?.overLimit || findings.some((finding) => finding.source === 'limit') ? ['is over its limit'] : []),
  ];
  return reasons.join(' and ');
}

/** The checker's messages quote in Markdown backticks ("Unexpected `251 words`"); the page quotes in words. */
function plainQuotes(text: string): string {
  return text.replace(/`([^`]*)`/g, '‘$1’');
}

/** What the drafter told the writer about this answer, beside it. */
function DrafterNotes({ question }: { question: BidQuestion }) {
  const answer = question.answer;
  if (!answer || (answer.notes.length === 0 && answer.staleFigures.length === 0)) return null;
  const headingId = `question-${question.id}-notes`;
  return (
    <aside class="drafter-notes" aria-labelledby={headingId}>
      <h3 id={headingId}>Drafter’s notes</h3>
      {answer.staleFigures.length > 0 && (
        <p class="stale-figures">
          <strong>Old records:</strong> {answer.staleFigures.map((figure) => `${figure.label}, as of ${dayText(figure.asOf)}`).join('; ')}. Re-import newer records or say how old they are.
        </p>
      )}
      {answer.notes.length > 0 && (
        <ul>
          {answer.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}

const FINDING_KINDS: Readonly<Record<ConsistencyReport['findings'][number]['kind'], string>> = {
  figure: 'A figure quoted two ways',
  practice: 'Answers that contradict each other',
  'case-example': 'A case example used twice',
  'you-said-we-did': 'A “you said, we did” change used twice',
};

/**
 * One bid, one story: the bid's consistency findings, each with the questions it touches and,
 * while it holds back the submission, a reason to let it through. Read again whenever an answer
 * changes (`version` is every answer's version joined).
 */
function ConsistencyPanel({ api, bid, can, version, announce }: { api: BidApi; bid: Bid; can: Abilities; version: string; announce: Announce }) {
  const [report, setReport] = useState<ConsistencyReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ id: string; error: unknown } | null>(null);
  useEffect(() => {
    let current = true;
    setError(null);
    answerOf(api.GET('/v1/bids/{bidId}/consistency', { params: { path: { bidId: bid.id } } }))
      .then((answer) => current && setReport(answer))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [api, bid.id, version]);

  const allow = async (findingId: string) => {
    if (busy) return;
    const reason = (reasons[findingId] ?? '').trim();
    setActionError(null);
    if (!reason) {
      setActionError({ id: findingId, error: new Error('Give a reason: say why the answers may go out as they are.') });
      focusSoon(`finding-${findingId}-reason`);
      return;
    }
    setBusy(findingId);
    try {
      const after = await answerOf(api.POST('/v1/bids/{bidId}/consistency/allowances', { params: { path: { bidId: bid.id } }, body: { findingId, reason } }));
      setReport(after);
      announce(after.ok ? 'Finding allowed. Nothing in the consistency report holds back the submission now.' : `Finding allowed. ${after.open} finding${after.open === 1 ? '' : 's'} still hold${after.open === 1 ? 's' : ''} back the submission.`);
      focusSoon(`finding-${findingId}`);
    } catch (failure) {
      setActionError({ id: findingId, error: failure });
      focusSoon(`finding-${findingId}-error`);
    } finally {
      setBusy(null);
    }
  };

  const goTo = (questionId: string) => {
    const target = document.getElementById(`question-${questionId}-heading`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };

  return (
    <section class="panel consistency" aria-labelledby="consistency-heading">
      <h2 id="consistency-heading">One bid, one story</h2>
      {error ? (
        <ProblemAlert error={error} />
      ) : !report ? (
        <p role="status">Comparing the answers…</p>
      ) : report.answers < 2 ? (
        <p>With fewer than two answers there is nothing to compare yet.</p>
      ) : report.findings.length === 0 ? (
        <p class="alert alert-success">The {report.answers} answers agree: each figure is quoted one way, each practice is stated one way and no example is used twice.</p>
      ) : (
        <>
          <p>
            {report.open > 0
              ? `${report.open} finding${report.open === 1 ? '' : 's'} hold${report.open === 1 ? 's' : ''} back the submission and the filled pack: fix the answers, or let each through with a reason.`
              : 'Nothing holds back the submission: every finding that would is allowed with a reason.'}
          </p>
          <ul class="findings">
            {report.findings.map((finding) => {
              const questions = [...new Map(finding.quotes.map((quote) => [quote.questionId, quote.questionNumber])).entries()];
              return (
                <li key={finding.id} id={`finding-${finding.id}`} tabIndex={-1} class={`finding ${finding.blocking && !finding.allowed ? 'finding-open' : ''}`}>
                  <p class="finding-title">
                    <strong>{FINDING_KINDS[finding.kind]}</strong>{' '}
                    <span class={finding.allowed ? 'badge badge-ok' : finding.blocking ? 'badge badge-error' : 'badge badge-info'}>{finding.allowed ? 'Allowed' : finding.blocking ? 'Holds back the submission' : 'For your attention'}</span>
                  </p>
                  <p class="finding-message">{finding.message}</p>
                  <p class="finding-questions">
                    Answers it touches:{' '}
                    {questions.map(([id, number], index) => (
                      <span key={id}>
                        {index > 0 && ', '}
                        <button type="button" class="button-link" onClick={() => goTo(id)}>
                          Question {number}
                        </button>
                      </span>
                    ))}
                  </p>
                  <details>
                    <summary>What each answer says</summary>
                    <ul class="quotes">
                      {finding.quotes.map((quote, index) => (
                        <li key={index}>
                          <strong>Question {quote.questionNumber}:</strong> {quote.text}
                        </li>
                      ))}
                    </ul>
                  </details>
                  {finding.allowed && (
                    <p class="muted">
                      Allowed by {finding.allowed.author}, {dateTimeText(finding.allowed.createdAt)}: “{finding.allowed.reason}”
                    </p>
                  )}
                  {finding.blocking && !finding.allowed && can.write && (
                    <div class="allow-form">
                      <div class="field">
                        <label for={`finding-${finding.id}-reason`}>Reason to let this through</label>
                        <input
                          type="text"
                          id={`finding-${finding.id}-reason`}
                          maxLength={1000}
                          value={reasons[finding.id] ?? ''}
                          onInput={(event) => {
                            const value = event.currentTarget.value;
                            setReasons((current) => ({ ...current, [finding.id]: value }));
                          }}
                        />
                      </div>
                      <div id={`finding-${finding.id}-error`} tabIndex={-1}>
                        {actionError?.id === finding.id && <ProblemAlert error={actionError.error} />}
                      </div>
                      <button type="button" class="button button-secondary button-small" aria-disabled={busy !== null} onClick={() => void allow(finding.id)}>
                        {busy === finding.id ? 'Allowing…' : 'Allow with this reason'}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

interface QuestionPanelProps {
  api: BidApi;
  bid: Bid;
  question: BidQuestion;
  can: Abilities;
  reason: string;
  announce: Announce;
  replace: (question: BidQuestion) => void;
  reload: () => Promise<void>;
}

function QuestionPanel({ api, bid, question, can, reason, announce, replace, reload }: QuestionPanelProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const [showHistory, setShowHistory] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = question.id;
  const headingId = `question-${key}-heading`;
  const path = { bidId: bid.id, questionId: question.id };

  const run = async (label: string, action: () => Promise<string | undefined>, errorFocus?: string) => {
    if (busy) return;
    setBusy(label);
    setError(null);
    try {
      const focusId = await action();
      focusSoon(focusId);
    } catch (failure) {
      setError(failure);
      focusSoon(errorFocus ?? `question-${key}-error`);
    } finally {
      setBusy(null);
    }
  };

  const draft = () =>
    run('draft', async () => {
      announce(`Drafting question ${question.number}…`);
      await answerOf(api.POST('/v1/bids/{bidId}/drafts', { params: { path: { bidId: bid.id } }, body: { questionIds: [question.id], drafter: 'template' }, headers: { 'Idempotency-Key': crypto.randomUUID() } }));
      await reload();
      announce(`Question ${question.number} drafted.`);
      return `question-${key}-answer`;
    });

  const startEditing = () => {
    setText(question.answer?.text ?? '');
    setEditing(true);
    focusSoon(`question-${key}-editor`);
  };

  const save = () =>
    run(
      'save',
      async () => {
        if (!text.trim()) throw new Error('The answer is empty: write it, or cancel to keep the saved one.');
        const saved = await answerOf(
          api.POST('/v1/bids/{bidId}/questions/{questionId}/versions', { params: { path }, body: { text, basedOnVersion: question.answer?.version ?? 1 }, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
        );
        replace(saved);
        setEditing(false);
        announce(`Saved as version ${saved.answer?.version ?? ''} of question ${question.number}.${saved.status === 'in-review' && question.status === 'approved' ? ' It was approved, so it goes back to review.' : ''}`);
        return `question-${key}-answer`;
      },
      `question-${key}-editor`,
    );

  const decide = (step: 'submit' | 'approve' | 'return') =>
    run(step, async () => {
      if (step === 'return' && !comment.trim()) {
        focusSoon(`question-${key}-comment`);
        throw new Error('Say what to change: returning an answer needs a comment for the writer.');
      }
      const version = question.answer?.version;
      const options = { params: { path }, body: { ...(version !== undefined ? { version } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) } };
      const after =
        step === 'submit'
          ? await answerOf(api.POST('/v1/bids/{bidId}/questions/{questionId}/submit', { params: { path }, body: version !== undefined ? { version } : {} }))
          : step === 'approve'
            ? await answerOf(api.POST('/v1/bids/{bidId}/questions/{questionId}/approve', options))
            : await answerOf(api.POST('/v1/bids/{bidId}/questions/{questionId}/return', { params: { path }, body: { ...(version !== undefined ? { version } : {}), comment: comment.trim() } }));
      replace(after);
      setComment('');
      announce(`Question ${question.number}: ${step === 'submit' ? 'sent for review' : step === 'approve' ? 'approved' : 'returned to the writer'}.`);
      return headingId;
    });

  const download = (kind: 'submission' | 'pack') =>
    run(kind, async () => {
      const query = { questionId: question.id, ...(reason.trim() ? { allowUnverified: reason.trim() } : {}) };
      const outcome =
        kind === 'submission'
          ? await api.GET('/v1/bids/{bidId}/submission.docx', { params: { path: { bidId: bid.id }, query }, parseAs: 'blob' })
          : await api.GET('/v1/bids/{bidId}/verification-pack.docx', { params: { path: { bidId: bid.id }, query }, parseAs: 'blob' });
      const blob = await answerOf(Promise.resolve(outcome));
      const name = downloadFileName(outcome.response, kind === 'submission' ? `Q${question.number}.docx` : `Q${question.number} verification pack.docx`);
      saveBlob(blob as Blob, name);
      announce(`Downloaded “${name}”.`);
      return undefined;
    });

  const copyForPortal = () =>
    run('copy', async () => {
      const portal = await answerOf(api.GET('/v1/bids/{bidId}/portal-text', { params: { path: { bidId: bid.id }, query: { questionId: question.id } } }));
      const file = portal.files[0];
      if (!file) throw new Error('There is no portal text for this answer yet.');
      await copyText(file.text);
      const counted = portal.counts.answers[0] as { count?: { characters?: number; words?: number } } | undefined;
      announce(`Copied the answer to question ${question.number} for the portal${counted?.count ? `: ${counted.count.words ?? 0} words, ${(counted.count.characters ?? 0).toLocaleString('en-GB')} characters as the portal counts them` : ''}.`);
      return undefined;
    });

  const answer = question.answer;
  const blocking = answer?.findings.filter((finding) => finding.blocking) ?? [];
  return (
    <section class="panel bid-question" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        Question {question.number} <span class={STATUS_BADGES[question.status]}>{STATUS_LABELS[question.status]}</span>
      </h2>
      <p class="question-text">{question.text}</p>
      <p class="muted">Limit: {limitText(question.limit)}</p>
      {question.status === 'returned' && question.lastDecision?.comment && (
        <div class="alert alert-warning">
          <p class="alert-title">Returned by {question.lastDecision.author}</p>
          <p>{question.lastDecision.comment}</p>
        </div>
      )}
      <div id={`question-${key}-error`} tabIndex={-1}>
        <ProblemAlert error={error} />
      </div>
      {editing ? (
        <div class="answer-editor">
          <LiveEditor
            api={api}
            id={`question-${key}-editor`}
            label={`Answer to question ${question.number}`}
            hint="Each paragraph is checked a moment after you stop typing, and every number against the bid’s evidence period. Save to keep this as a new version."
            value={text}
            onInput={setText}
            period={bid.period}
            {...(bid.services.length > 0 ? { serviceIds: bid.services } : {})}
            {...(question.limit && question.limit.kind !== 'pages' ? { limit: { kind: question.limit.kind, value: question.limit.value } } : {})}
            headingLevel={3}
          />
          <div class="actions">
            <button type="button" class="button" aria-disabled={busy !== null} onClick={() => void save()}>
              {busy === 'save' ? 'Saving…' : 'Save as a new version'}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setEditing(false);
                focusSoon(headingId);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : answer ? (
        <div id={`question-${key}-answer`} tabIndex={-1} class="answer" aria-label={`Answer to question ${question.number}, version ${answer.version}`}>
          <p class="muted">
            Version {answer.version}, {answer.kind === 'drafted' ? 'drafted' : 'edited'} by {answer.author}, {dateTimeText(answer.createdAt)} · {answer.count.words} words, {answer.count.characters.toLocaleString('en-GB')} characters
            {answer.overLimit ? ' · over the limit' : ''}
          </p>
          <div class="answer-with-notes">
            <div class="response-text">{answer.text}</div>
            <DrafterNotes question={question} />
          </div>
          {blocking.length > 0 && (
            <div class="alert alert-warning">
              <p class="alert-title">
                {blocking.length} thing{blocking.length === 1 ? '' : 's'} to fix before it can be exported
              </p>
              <ul>
                {blocking.map((finding, index) => (
                  <li key={index}>{plainQuotes(finding.message)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : (
        <p id={`question-${key}-answer`} tabIndex={-1}>
          No answer yet.
        </p>
      )}
      {!editing && (
        <div class="actions">
          {can.write && (
            <button type="button" class={answer ? 'button button-secondary' : 'button'} aria-disabled={busy !== null} onClick={() => void draft()}>
              {busy === 'draft' ? 'Drafting…' : answer ? 'Draft again' : 'Draft an answer'}
            </button>
          )}
          {can.write && answer && (
            <button type="button" class="button button-secondary" onClick={startEditing}>
              Edit the answer
            </button>
          )}
          {can.write && answer && (question.status === 'drafted' || question.status === 'returned') && (
            <button type="button" class="button" aria-disabled={busy !== null} onClick={() => void decide('submit')}>
              {busy === 'submit' ? 'Sending…' : 'Send for review'}
            </button>
          )}
        </div>
      )}
      {can.approve && question.status === 'in-review' && !editing && (
        <div class="review-box">
          <div class="field">
            <label for={`question-${key}-comment`}>Comment for the writer (needed to return it)</label>
            <textarea id={`question-${key}-comment`} rows={3} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="button" class="button" aria-disabled={busy !== null} onClick={() => void decide('approve')}>
              {busy === 'approve' ? 'Approving…' : `Approve version ${answer?.version ?? ''}`}
            </button>
            <button type="button" class="button button-secondary" aria-disabled={busy !== null} onClick={() => void decide('return')}>
              {busy === 'return' ? 'Returning…' : 'Return with comment'}
            </button>
          </div>
        </div>
      )}
      {answer && !editing && (
        <div class="actions downloads">
          <button type="button" class="button button-secondary button-small" aria-disabled={busy !== null} onClick={() => void download('submission')}>
            {busy === 'submission' ? 'Preparing…' : 'Download (Word)'}
          </button>
          <button type="button" class="button button-secondary button-small" aria-disabled={busy !== null} onClick={() => void download('pack')}>
            {busy === 'pack' ? 'Preparing…' : 'Verification pack'}
          </button>
          <button type="button" class="button button-secondary button-small" aria-disabled={busy !== null} onClick={() => void copyForPortal()}>
            {busy === 'copy' ? 'Copying…' : 'Copy for portal'}
          </button>
          <button type="button" class="button-link" aria-expanded={showHistory} aria-controls={`question-${key}-history`} onClick={() => setShowHistory((value) => !value)}>
            {showHistory ? 'Hide history' : 'Show history'}
          </button>
        </div>
      )}
      {showHistory && (
        <div id={`question-${key}-history`}>
          <HistoryPanel api={api} bidId={bid.id} question={question} />
        </div>
      )}
    </section>
  );
}

export function BidScreen({ api, role }: { api: BidApi; role: Role | null }) {
  const bidId = new URLSearchParams(location.search).get('id') ?? '';
  const [bid, setBid] = useState<Bid | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const can = abilitiesOf(role);
  const loaded = useRef(false);

  const reload = async () => {
    const answer = await answerOf(api.GET('/v1/bids/{bidId}', { params: { path: { bidId } } }));
    setBid(answer);
  };

  useEffect(() => {
    loaded.current = false;
    reload().then(
      () => (loaded.current = true),
      (failure: unknown) => setError(failure),
    );
  }, [api, bidId]);

  const announce: Announce = (text) => setMessage(text);
  const replace = (question: BidQuestion) => setBid((current) => (current ? { ...current, questions: current.questions.map((entry) => (entry.id === question.id ? question : entry)) } : current));

  const whole = async (label: 'draft-all' | 'submission' | 'pack' | 'write-back', action: () => Promise<string | undefined>) => {
    if (busy) return;
    setBusy(label);
    setActionError(null);
    try {
      focusSoon(await action());
    } catch (failure) {
      setActionError(failure);
      focusSoon('bid-actions-error');
    } finally {
      setBusy(null);
    }
  };

  if (error) return <ProblemAlert error={error} />;
  if (!bid) return <p role="status">Loading the bid…</p>;
  const unanswered = bid.questions.filter((question) => question.status === 'not-started');
  // Counted from the questions shown, so a step on one question updates the summary at once.
  const countOf = (status: BidQuestion['status']) => bid.questions.filter((question) => question.status === status).length;
  const approved = countOf('approved');
  // Only answers the export gate would refuse need a reason: offering the box otherwise suggests something is unverified.
  const unverified = bid.questions.filter((question) => question.answer && (question.answer.overLimit || question.answer.findings.some((finding) => finding.blocking)));
  const allowReason = unverified.length > 0 ? reason.trim() : '';

  const draftAll = () =>
    whole('draft-all', async () => {
      setMessage(`Drafting ${unanswered.length} question${unanswered.length === 1 ? '' : 's'}…`);
      const answer = await answerOf(api.POST('/v1/bids/{bidId}/drafts', { params: { path: { bidId: bid.id } }, body: { drafter: 'template' }, headers: { 'Idempotency-Key': crypto.randomUUID() } }));
      setBid(answer);
      setMessage(`${unanswered.length} question${unanswered.length === 1 ? '' : 's'} drafted.`);
      return `question-${unanswered[0]!.id}-heading`;
    });

  const downloadWhole = (kind: 'submission' | 'pack') =>
    whole(kind, async () => {
      const query = allowReason ? { allowUnverified: allowReason } : {};
      const outcome =
        kind === 'submission'
          ? await api.GET('/v1/bids/{bidId}/submission.docx', { params: { path: { bidId: bid.id }, query }, parseAs: 'blob' })
          : await api.GET('/v1/bids/{bidId}/verification-pack.docx', { params: { path: { bidId: bid.id }, query }, parseAs: 'blob' });
      const blob = await answerOf(Promise.resolve(outcome));
      const name = downloadFileName(outcome.response, kind === 'submission' ? 'submission.docx' : 'verification pack.docx');
      saveBlob(blob as Blob, name);
      setMessage(`Downloaded “${name}”.`);
      return undefined;
    });

  const downloadWriteBack = () =>
    whole('write-back', async () => {
      const query = allowReason ? { allowUnverified: allowReason } : {};
      const outcome = await api.GET('/v1/bids/{bidId}/write-back', { params: { path: { bidId: bid.id }, query }, parseAs: 'blob' });
      const blob = await answerOf(Promise.resolve(outcome));
      const name = downloadFileName(outcome.response, bid.pack?.fileName ?? 'answered pack');
      saveBlob(blob as Blob, name);
      setMessage(`Downloaded “${name}”.`);
      return undefined;
    });
  const answersVersion = bid.questions.map((question) => question.answer?.version ?? 0).join('.');

  return (
    <div class="bid-screen">
      <p>
        <a href="/bids" onClick={(event) => followLink(event, '/bids')}>
          All bids
        </a>
      </p>
      <section class="panel" aria-labelledby="bid-heading">
        <h2 id="bid-heading">
          {bid.tenderName}
          {bid.lot ? ` – ${/^lot\b/iu.test(bid.lot) ? bid.lot : `Lot ${bid.lot}`}` : ''}
        </h2>
        <dl class="facts">
          {bid.deadline && (
            <>
              <dt>Deadline</dt>
              <dd>{dayText(bid.deadline)}</dd>
            </>
          )}
          <dt>Evidence period</dt>
          <dd>{humanQuarter(bid.period)}</dd>
          <dt>Progress</dt>
          <dd>
            {approved} of {bid.questions.length} approved
            {countOf('in-review') > 0 ? `, ${countOf('in-review')} in review` : ''}
            {countOf('returned') > 0 ? `, ${countOf('returned')} returned` : ''}
          </dd>
        </dl>
        {unverified.length > 0 && (
          <div class="field">
            <label for="allow-unverified">Reason to download with unverified findings (only if you must)</label>
            <input type="text" id="allow-unverified" value={reason} maxLength={500} aria-describedby="allow-unverified-hint" onInput={(event) => setReason(event.currentTarget.value)} />
            <p class="hint" id="allow-unverified-hint">
              {unverified.map((question) => `Question ${question.number} ${refusedBecause(question)}`).join('; ')}. A download with {unverified.length === 1 ? 'it' : 'them'} is refused; a
              reason lets it through, is recorded with the export, and the Word file then ends with an appendix of what is unverified, for you to delete before submitting.
            </p>
          </div>
        )}
        {unanswered.length > 0 && unanswered.length < bid.questions.length && (
          // The whole-bid downloads hold answered questions only; without this they look complete.
          <p class="hint" id="bid-partial">
            The submission and the verification pack hold the {bid.questions.length - unanswered.length} answered question{bid.questions.length - unanswered.length === 1 ? '' : 's'}; {unanswered.length === 1 ? 'question' : 'questions'}{' '}
            {unanswered.map((question) => question.number).join(', ')} {unanswered.length === 1 ? 'is' : 'are'} not answered yet and left out.
          </p>
        )}
        <div class="actions">
          {can.write && unanswered.length > 0 && (
            <button type="button" class="button" aria-disabled={busy !== null} onClick={() => void draftAll()}>
              {busy === 'draft-all' ? 'Drafting…' : `Draft the ${unanswered.length} unanswered question${unanswered.length === 1 ? '' : 's'}`}
            </button>
          )}
          {unanswered.length < bid.questions.length && (
            <>
              <button type="button" class="button button-secondary" aria-disabled={busy !== null} onClick={() => void downloadWhole('submission')}>
                {busy === 'submission' ? 'Preparing…' : 'Download the submission (Word)'}
              </button>
              <button type="button" class="button button-secondary" aria-disabled={busy !== null} onClick={() => void downloadWhole('pack')}>
                {busy === 'pack' ? 'Preparing…' : 'Download the verification pack'}
              </button>
              {bid.pack && (
                <button type="button" class="button button-secondary" aria-disabled={busy !== null} onClick={() => void downloadWriteBack()}>
                  {busy === 'write-back' ? 'Preparing…' : `Download the buyer’s ${bid.pack.format === 'xlsx' ? 'workbook' : 'Word form'} with the answers`}
                </button>
              )}
            </>
          )}
        </div>
        <div id="bid-actions-error" tabIndex={-1}>
          <ProblemAlert error={actionError} />
        </div>
      </section>
      <p role="status" aria-live="polite" class="status-line" id="bid-status">
        {message}
      </p>
      {unanswered.length < bid.questions.length && <ConsistencyPanel api={api} bid={bid} can={can} version={answersVersion} announce={announce} />}
      {bid.questions.map((question) => (
        <QuestionPanel key={question.id} api={api} bid={bid} question={question} can={can} reason={allowReason} announce={announce} replace={replace} reload={reload} />
      ))}
    </div>
  );
}
