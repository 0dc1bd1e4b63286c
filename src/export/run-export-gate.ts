/**
 * The export gate for one section: validates every number against the section's evidence pack,
 * runs the draft checker with the tender's limit, and counts the response as the document will
 * show it. Nothing is decided here about exporting anyway; `exportSections` does that.
 */
import { validateClaims } from '../claims/validate-claims.js';
import { checkDraft } from '../check/check-draft.js';
import type { CheckMessage } from '../check/check-schema.js';
import type { ResponseLimit, Section } from '../section/section-schema.js';
import { countFor, countResponse, type CountKind } from '../section/count-response.js';
import type { GateFinding, GateReport } from './gate-schema.js';

export interface RunExportGateOptions {
  /** Position of the section in a several-question export (0-based). */
  index?: number;
  /** How the tender counts the limit, when it differs from the section's own `limit.kind`. */
  countKind?: CountKind;
}

export function questionLabel(section: Section, index: number): string {
  return `Question ${section.question.number ?? index + 1}`;
}

function effectiveLimit(section: Section, countKind: CountKind | undefined): ResponseLimit | undefined {
  if (!section.limit) return undefined;
  return { kind: countKind ?? section.limit.kind, value: section.limit.value };
}

function limitOptions(limit: ResponseLimit | undefined): { wordLimit?: number; charLimit?: number; charLimitCountsSpaces?: boolean } {
  if (!limit) return {};
  if (limit.kind === 'words') return { wordLimit: limit.value };
  return { charLimit: limit.value, charLimitCountsSpaces: limit.kind === 'characters' };
}

const UNIT_NAME: Readonly<Record<CountKind, string>> = {
  words: 'words',
  characters: 'characters',
  'characters-no-spaces': 'characters (no spaces)',
};

export async function runExportGate(section: Section, options: RunExportGateOptions = {}): Promise<GateReport> {
  const index = options.index ?? 0;
  const question = questionLabel(section, index);
  const text = section.responseText;
  const limit = effectiveLimit(section, options.countKind);
  const count = countResponse({ text });
  const claimsReport = validateClaims({ text, pack: section.pack });
  // The pack is not given to the checker: claims were just validated above, once.
  const check = await checkDraft({ text, ...limitOptions(limit) });

  const findings: GateFinding[] = [];
  for (const claim of claimsReport.claims) {
    if (claim.status !== 'mismatch' && claim.status !== 'unsupported') continue;
    findings.push({
      section: index,
      question,
      source: 'claims',
      ruleId: claim.status === 'mismatch' ? 'claim-mismatch' : 'unsupported-claim',
      severity: 'error',
      blocking: true,
      line: claim.line,
      column: claim.column,
      message: claim.message,
      actual: claim.text,
      status: claim.status,
      ...(claim.figureId ? { figureId: claim.figureId } : {}),
      ...(claim.standardId ? { standardId: claim.standardId } : {}),
    });
  }

  const fromCheck = (message: CheckMessage, source: 'check' | 'limit'): GateFinding => ({
    section: index,
    question,
    source,
    ruleId: message.ruleId,
    severity: source === 'limit' ? 'error' : message.severity,
    blocking: source === 'limit',
    line: message.line,
    column: message.column,
    message: message.message,
    actual: message.actual,
  });
  const limitMessages = check.messages.filter((message) => message.category === 'length');
  findings.push(...limitMessages.map((message) => fromCheck(message, 'limit')));

  const counted = limit ? countFor(count, limit.kind) : 0;
  const overLimit = limit !== undefined && (counted > limit.value || limitMessages.length > 0);
  if (limit && counted > limit.value && limitMessages.length === 0) {
    // The checker skips lone punctuation tokens that a word processor counts; the document's count line wins.
    findings.push({
      section: index,
      question,
      source: 'limit',
      ruleId: 'within-length-limit',
      severity: 'error',
      blocking: true,
      line: 1,
      column: 1,
      message: `Unexpected \`${counted} ${UNIT_NAME[limit.kind]}\`, expected at most ${limit.value}: cut ${counted - limit.value}`,
      actual: `${counted} ${UNIT_NAME[limit.kind]}`,
    });
  }

  findings.push(
    ...check.messages
      .filter((message) => message.category !== 'length' && message.category !== 'unsupported-claim')
      .map((message) => fromCheck(message, 'check')),
  );
  findings.sort((a, b) => Number(b.blocking) - Number(a.blocking) || a.line - b.line || a.column - b.column);

  return {
    ok: !findings.some((finding) => finding.blocking),
    findings,
    sections: [{ section: index, question, count, ...(limit ? { limit } : {}), overLimit, claims: claimsReport.claims }],
  };
}
