import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { assertMarkdownNestingBeforeParse, assertMarkdownTreeDepth } from '../text/markdown-limits.js';
import { AppError } from '../shared/app-error.js';
import { checkProcessor } from './check-processor.js';
import {
  ZCheckReportSchema,
  ZLadderRungSchema,
  type CheckMessage,
  type CheckReport,
  type CheckSeverity,
  type CheckSummary,
} from './check-schema.js';
import { defaultSeverity } from './data/severity.js';
import type { ReadabilityChecks } from './data/readability-settings.js';
import { MAX_REPORTED_MESSAGES, OMITTED_MESSAGES_RULE_ID } from '../claims/data/report-limits.js';
import { messageDetails, omittedFindings, ruleUrl } from './rule.js';
import { findRule } from './rules/index.js';
import type { AnalysedSentence } from './analyse-text.js';

export interface CheckDraftOptions {
  /** The draft, as Markdown (plain text is valid Markdown). */
  text: string;
  /** Evidence pack: turns on the `no-unsupported-claim` rule. */
  pack?: EvidencePack;
  wordLimit?: number;
  charLimit?: number;
  /** Whether the character limit counts spaces (default true). */
  charLimitCountsSpaces?: boolean;
  /** Readability checks to turn on beyond long sentences (passive voice, formulas, wordy phrases). */
  readability?: Partial<ReadabilityChecks>;
  /** Severity overrides keyed by rule id. */
  severity?: Readonly<Record<string, CheckSeverity>>;
  /** File to report on (path for messages); created from `text` when absent. */
  file?: VFile;
}

export interface CheckDraftResult extends CheckReport {
  /** The VFile with the raw VFileMessages, for reporters that want them. */
  file: VFile;
}

/**
 * The rung the draft evidences: the highest rung of any sentence, where a flagged (vague or
 * tokenistic) sentence counts one rung below what it claims.
 */
function overallLadder(sentences: readonly AnalysedSentence[]): CheckSummary['ladder'] {
  let best = -1;
  for (const sentence of sentences) {
    const claimed = sentence.flags[0]?.ladder ?? sentence.rung;
    if (claimed === undefined) continue;
    const index = ZLadderRungSchema.options.indexOf(claimed);
    best = Math.max(best, sentence.flags.length > 0 ? Math.max(0, index - 1) : index);
  }
  return best < 0 ? 'none' : ZLadderRungSchema.options[best]!;
}

function toCheckMessage(message: VFileMessage): CheckMessage {
  const details = messageDetails(message);
  const rule = message.ruleId ? findRule(message.ruleId) : undefined;
  if (!details || !rule) {
    throw new AppError('INTERNAL', `Check produced a message without rule details: ${message.reason}`);
  }
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const sentence = details.sentence;
  return {
    ruleId: rule.ruleId,
    category: details.category,
    severity: details.severity,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    message: message.reason,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    url: message.url ?? rule.url,
    ...(details.ladder ? { ladder: details.ladder } : {}),
    ...(details.gaps ? { gaps: details.gaps } : {}),
    ...(sentence
      ? {
          sentence: {
            text: sentence.text,
            line: sentence.position.start.line,
            column: sentence.position.start.column,
            endLine: sentence.position.end.line,
            endColumn: sentence.position.end.column,
          },
        }
      : {}),
  };
}

/**
 * The closing message of a check that reached its message limit: how many findings were left
 * out, by rule, placed at the first one left out (or the last one shown when rules left theirs
 * out before sorting). It takes the category and documentation of the rule that lost the most.
 */
function omittedSummary(omitted: ReadonlyMap<string, number>, at: CheckMessage | undefined): CheckMessage {
  const byCount = [...omitted].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = byCount.reduce((sum, [, count]) => sum + count, 0);
  const largest = findRule(byCount[0]?.[0] ?? '');
  const list = byCount.map(([ruleId, count]) => `${ruleId} ${count.toLocaleString('en-GB')}`).join(', ');
  const line = at?.line ?? 1;
  const column = at?.column ?? 1;
  return {
    ruleId: OMITTED_MESSAGES_RULE_ID,
    category: largest?.category ?? 'readability',
    severity: 'info',
    line,
    column,
    endLine: line,
    endColumn: column,
    message: `Unexpected \`${total.toLocaleString('en-GB')} more findings\`, only the first ${MAX_REPORTED_MESSAGES} are listed (left out: ${list}): fix those and check again`,
    actual: `${total.toLocaleString('en-GB')} more findings`,
    expected: [],
    url: largest?.url ?? ruleUrl(OMITTED_MESSAGES_RULE_ID),
  };
}

function validateLimit(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value <= 0)) {
    throw new AppError('INVALID_INPUT', `${name} must be a positive whole number, got ${value}`);
  }
}

/**
 * Vague words inside a tokenistic phrase ("We value the" within "We value the views") are the
 * same problem told twice: the tokenism finding, which says what to add, stands alone.
 */
function withoutRestatedVagueness(messages: CheckMessage[]): CheckMessage[] {
  const tokenism = messages.filter((message) => message.category === 'tokenism');
  if (tokenism.length === 0) return messages;
  const byLine = new Map<number, CheckMessage[]>();
  for (const message of tokenism) byLine.set(message.line, [...(byLine.get(message.line) ?? []), message]);
  const inside = (inner: CheckMessage, outer: CheckMessage) =>
    inner.line === outer.line &&
    inner.endLine === outer.endLine &&
    inner.column >= outer.column &&
    (inner.endColumn ?? inner.column) <= (outer.endColumn ?? outer.column);
  return messages.filter((message) => message.category !== 'vague' || !(byLine.get(message.line) ?? []).some((outer) => inside(message, outer)));
}

/** Check a draft against every rule and return the "Check messages" contract. */
export async function checkDraft(options: CheckDraftOptions): Promise<CheckDraftResult> {
  validateLimit('wordLimit', options.wordLimit);
  validateLimit('charLimit', options.charLimit);
  const file = options.file ?? new VFile({ value: options.text });
  if (options.file) file.value = options.text;
  file.data.assuredCheck = {
    ...(options.pack ? { pack: options.pack } : {}),
    ...(options.wordLimit !== undefined ? { wordLimit: options.wordLimit } : {}),
    ...(options.charLimit !== undefined ? { charLimit: options.charLimit } : {}),
    charLimitCountsSpaces: options.charLimitCountsSpaces ?? true,
    severity: { ...defaultSeverity, ...options.severity },
    ...(options.readability ? { readability: options.readability } : {}),
  };

  assertMarkdownNestingBeforeParse(options.text);
  const processor = checkProcessor();
  const tree = processor.parse(file);
  assertMarkdownTreeDepth(tree);
  await processor.run(tree, file);

  const sorted = withoutRestatedVagueness(file.messages.map(toCheckMessage)).sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
  const messages = sorted.slice(0, MAX_REPORTED_MESSAGES);
  const severity = file.data.assuredCheck.severity;
  const counts: Record<CheckSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const message of messages) counts[message.severity] += 1;
  const omitted = new Map(omittedFindings(file));
  for (const message of sorted.slice(MAX_REPORTED_MESSAGES)) omitted.set(message.ruleId, (omitted.get(message.ruleId) ?? 0) + 1);
  for (const [ruleId, count] of omitted) counts[severity[ruleId] ?? defaultSeverity[ruleId] ?? 'warning'] += count;
  const closing = omitted.size > 0 ? omittedSummary(omitted, sorted[MAX_REPORTED_MESSAGES] ?? messages.at(-1)) : undefined;
  if (closing) messages.push(closing);
  const analysis = file.data.assuredText;
  const summary: CheckSummary = {
    words: analysis?.words ?? 0,
    characters: analysis?.characters ?? 0,
    charactersNoSpaces: analysis?.charactersNoSpaces ?? 0,
    ...(options.wordLimit !== undefined ? { wordLimit: options.wordLimit } : {}),
    ...(options.charLimit !== undefined ? { charLimit: options.charLimit } : {}),
    structure: file.data.assuredStructure ?? { behaviour: false, ownersCadence: false, evidence: false, assurance: false },
    ladder: overallLadder(analysis?.sentences ?? []),
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    ...(omitted.size > 0 ? { omittedMessages: Object.fromEntries(omitted) } : {}),
  };
  return { ...ZCheckReportSchema.parse({ messages, summary }), file };
}
