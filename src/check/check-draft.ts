import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { AppError } from '../shared/app-error.js';
import { checkProcessor } from './check-processor.js';
import {
  ZCheckReportSchema,
  type CheckMessage,
  type CheckReport,
  type CheckSeverity,
  type CheckSummary,
  type LadderRung,
} from './check-schema.js';
import { defaultSeverity } from './data/severity.js';
import { messageDetails } from './rule.js';
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
  /** Severity overrides keyed by rule id. */
  severity?: Readonly<Record<string, CheckSeverity>>;
  /** File to report on (path for messages); created from `text` when absent. */
  file?: VFile;
}

export interface CheckDraftResult extends CheckReport {
  /** The VFile with the raw VFileMessages, for reporters that want them. */
  file: VFile;
}

const ladderOrder: readonly LadderRung[] = ['information', 'consultation', 'participation', 'co-production'];

/**
 * The rung the draft evidences: the highest rung of any sentence, where a flagged (vague or
 * tokenistic) sentence counts one rung below what it claims.
 */
function overallLadder(sentences: readonly AnalysedSentence[]): CheckSummary['ladder'] {
  let best = -1;
  for (const sentence of sentences) {
    const claimed = sentence.flags[0]?.ladder ?? sentence.rung;
    if (claimed === undefined) continue;
    const index = ladderOrder.indexOf(claimed);
    best = Math.max(best, sentence.flags.length > 0 ? Math.max(0, index - 1) : index);
  }
  return best < 0 ? 'none' : ladderOrder[best]!;
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

function validateLimit(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value <= 0)) {
    throw new AppError('INVALID_INPUT', `${name} must be a positive whole number, got ${value}`);
  }
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
  };

  const processor = checkProcessor();
  await processor.run(processor.parse(file), file);

  const messages = file.messages
    .map(toCheckMessage)
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const analysis = file.data.assuredText;
  const summary: CheckSummary = {
    words: analysis?.words ?? 0,
    characters: analysis?.characters ?? 0,
    charactersNoSpaces: analysis?.charactersNoSpaces ?? 0,
    ...(options.wordLimit !== undefined ? { wordLimit: options.wordLimit } : {}),
    ...(options.charLimit !== undefined ? { charLimit: options.charLimit } : {}),
    structure: file.data.assuredStructure ?? { behaviour: false, ownersCadence: false, evidence: false, assurance: false },
    ladder: overallLadder(analysis?.sentences ?? []),
    errors: messages.filter((message) => message.severity === 'error').length,
    warnings: messages.filter((message) => message.severity === 'warning').length,
    infos: messages.filter((message) => message.severity === 'info').length,
  };
  return { ...ZCheckReportSchema.parse({ messages, summary }), file };
}
