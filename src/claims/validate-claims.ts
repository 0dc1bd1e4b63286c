/**
 * Validates every numeric claim of a Markdown draft against an evidence pack.
 * Every claim gets a status; every `mismatch`, `unsupported` or `overstated` claim also becomes a
 * VFileMessage on `file` (created when not given), so the draft checker and the CLI
 * report claims like any other finding.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { ruleUrl } from '../shared/rule-docs.js';
import type { ClaimsReport, ValidatedClaim } from './claims-schema.js';
import { claimMessage, describeSource, expectedPhrasings, overstatedPhrasings } from './claim-messages.js';
import { DEFAULT_STANDARD_THRESHOLD_PERCENT } from './data/standard-claims.js';
import { checkStandardAgainstActual, qualifiedSentences } from './standard-actuals.js';
import { extractClaimsInContext, type ClaimInContext } from './extract-claims.js';
import { indexEvidence } from './figure-index.js';
import { MAX_REPORTED_MESSAGES, OMITTED_MESSAGES_RULE_ID } from './data/report-limits.js';
import { matchClaim, TopicCache, type MatchOutcome } from './match-claim.js';
import { markdownToBlocks } from './markdown-blocks.js';
import { backedNumberMessage, checkDeclaredPractices, declaredBacking } from './practice/check-declared-practices.js';
import { checkPracticeClaims } from './practice/check-practice-claims.js';
import { PRACTICE_RULES, reportPracticeClaim } from './practice/report-practice-claim.js';

export const CLAIM_RULES = {
  mismatch: {
    ruleId: 'claim-mismatch',
    url: ruleUrl('claim-mismatch'),
  },
  unsupported: {
    ruleId: 'unsupported-claim',
    url: ruleUrl('no-unsupported-claim'),
  },
  overstated: {
    ruleId: 'claim-overstated',
    url: ruleUrl('claim-overstated'),
  },
} as const;

export interface ValidateClaimsOptions {
  text: string;
  pack: EvidencePack;
  file?: VFile;
  /** Share of cases (per cent) a standard's actual must reach for the standard to be stated as fact; default 90. */
  standardThresholdPercent?: number;
}

type FlaggedStatus = 'mismatch' | 'unsupported' | 'overstated';

function isFlagged(status: ValidatedClaim['status']): status is FlaggedStatus {
  return status === 'mismatch' || status === 'unsupported' || status === 'overstated';
}

/** A number claim with its status and message, before what backs it is added. */
function numberClaim(claim: ClaimInContext, status: ValidatedClaim['status'], message: string): ValidatedClaim {
  const validated: ValidatedClaim = {
    text: claim.text,
    kind: 'number',
    form: claim.kind,
    value: claim.value,
    unit: claim.unit,
    status,
    line: claim.line,
    column: claim.column,
    endLine: claim.endLine,
    endColumn: claim.endColumn,
    offset: claim.offset,
    endOffset: claim.endOffset,
    message,
  };
  if (claim.previous !== undefined) validated.previous = claim.previous;
  if (claim.max !== undefined) validated.max = claim.max;
  if (claim.numerator !== undefined) validated.numerator = claim.numerator;
  if (claim.denominator !== undefined) validated.denominator = claim.denominator;
  if (claim.bound !== undefined) validated.bound = claim.bound;
  return validated;
}

function toValidatedClaim(claim: ClaimInContext, outcome: MatchOutcome, message: string): ValidatedClaim {
  const validated = numberClaim(claim, outcome.status, message);
  const source = 'source' in outcome ? outcome.source : undefined;
  if (source?.kind === 'figure') validated.figureId = source.id;
  if (source?.kind === 'standard') validated.standardId = source.id;
  const standard = outcome.status === 'supported' || outcome.status === 'overstated' ? outcome.standard : undefined;
  if (standard) validated.standardId = standard.id;
  if (source && (outcome.status === 'mismatch' || (outcome.status === 'unsupported' && outcome.reason === 'coincidence'))) {
    validated.expected = expectedPhrasings(claim, source);
  }
  if (outcome.status === 'overstated') validated.expected = overstatedPhrasings(outcome.source, outcome.standard);
  return validated;
}

function report(file: VFile, claim: ValidatedClaim, outcome: MatchOutcome, asChange: boolean): VFileMessage {
  const rule = isFlagged(outcome.status) ? CLAIM_RULES[outcome.status] : CLAIM_RULES.unsupported;
  const source = 'source' in outcome ? outcome.source : undefined;
  const cause = source
    ? new VFileMessage(`${source.kind === 'figure' ? 'Figure' : 'Standard'} \`${source.id}\` (${source.label}): ${describeSource(source, asChange)}`, {
        ruleId: source.kind,
        source: 'assured',
      })
    : undefined;
  const message = file.message(claim.message, {
    place: {
      start: { line: claim.line, column: claim.column, offset: claim.offset },
      end: { line: claim.endLine, column: claim.endColumn, offset: claim.endOffset },
    },
    ruleId: rule.ruleId,
    source: 'assured',
    ...(cause ? { cause } : {}),
  });
  message.actual = claim.text;
  message.expected = claim.expected ?? [];
  message.url = rule.url;
  return message;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** The closing message of a report that reached its limit: how many more, by rule, starting where the first left out sits. */
function reportOmitted(file: VFile, firstOmitted: ValidatedClaim, omitted: Readonly<Record<string, number>>): VFileMessage {
  const total = Object.values(omitted).reduce((sum, count) => sum + count, 0);
  const byRule = Object.entries(omitted)
    .map(([ruleId, count]) => `${ruleId} ${formatCount(count)}`)
    .join(', ');
  const message = file.message(
    `${formatCount(total)} more flagged ${total === 1 ? 'claim is' : 'claims are'} not listed (${byRule}): only the first ${MAX_REPORTED_MESSAGES} are; fix those and validate again`,
    {
      place: { line: firstOmitted.line, column: firstOmitted.column, offset: firstOmitted.offset },
      ruleId: OMITTED_MESSAGES_RULE_ID,
      source: 'assured',
    },
  );
  message.actual = `${formatCount(total)} more`;
  message.expected = [];
  return message;
}

export function validateClaims(options: ValidateClaimsOptions): ClaimsReport {
  const file = options.file ?? new VFile({ value: options.text });
  const index = indexEvidence(options.pack);
  const cache = new TopicCache();
  const threshold = options.standardThresholdPercent ?? DEFAULT_STANDARD_THRESHOLD_PERCENT;
  const claims: ValidatedClaim[] = [];
  const messages: VFileMessage[] = [];
  const omitted: Record<string, number> = {};
  let firstOmitted: ValidatedClaim | undefined;
  let flagged = 0;
  // Read once: numbers and practice statements are found in the same blocks.
  const blocks = markdownToBlocks(options.text);
  const extracted = extractClaimsInContext(options.text, blocks);
  const qualified = qualifiedSentences(extracted);
  // Sentences quoting the practice library, found first: their numbers may rest on the entry.
  const declared = checkDeclaredPractices({ text: options.text, pack: options.pack, blocks });
  for (const claim of extracted) {
    const outcome = checkStandardAgainstActual(claim, matchClaim(claim, index, cache), index, qualified, threshold);
    // A quantifier without a number ("most") is a claim only when its sentence names a figure.
    if (outcome.status === 'unsupported' && outcome.reason === 'vague') continue;
    const backing = outcome.status === 'supported' || outcome.status === 'standard' ? undefined : declaredBacking(claim, declared);
    if (backing) {
      claims.push({ ...numberClaim(claim, 'supported', backedNumberMessage(claim.text, backing)), declaredPracticeId: backing.practice.id });
      continue;
    }
    const validated = toValidatedClaim(claim, outcome, claimMessage(claim, outcome, threshold));
    claims.push(validated);
    if (!isFlagged(outcome.status)) continue;
    flagged += 1;
    if (messages.length < MAX_REPORTED_MESSAGES) {
      messages.push(report(file, validated, outcome, claim.kind === 'before-after' || claim.kind === 'relative'));
      continue;
    }
    // Past the limit the claim is still in `claims` (the export gate blocks on it); only its message is left out.
    const ruleId = CLAIM_RULES[outcome.status].ruleId;
    omitted[ruleId] = (omitted[ruleId] ?? 0) + 1;
    firstOmitted ??= validated;
  }
  // Practice statements sit beside the numbers, in document order.
  const measured = claims.flatMap((claim) => (claim.status === 'supported' && claim.figureId && claim.offset !== undefined ? [{ offset: claim.offset, figureId: claim.figureId }] : []));
  const practices = checkPracticeClaims({ text: options.text, pack: options.pack, blocks, measured });
  for (const practice of practices) {
    claims.push(practice.claim);
    const rule = PRACTICE_RULES[practice.status];
    if (!rule) continue;
    if (rule.flagged && !practice.claim.actualStated) flagged += 1;
    const message = messages.length < MAX_REPORTED_MESSAGES ? reportPracticeClaim(file, practice) : undefined;
    if (message) messages.push(message);
    else {
      omitted[rule.ruleId] = (omitted[rule.ruleId] ?? 0) + 1;
      firstOmitted ??= practice.claim;
    }
  }
  for (const match of declared) {
    claims.push(match.claim);
    const rule = PRACTICE_RULES[match.claim.status as keyof typeof PRACTICE_RULES];
    if (!rule) continue;
    if (rule.flagged) flagged += 1;
    const message = messages.length < MAX_REPORTED_MESSAGES ? reportPracticeClaim(file, { claim: match.claim, status: 'stale-declared' }) : undefined;
    if (message) messages.push(message);
    else {
      omitted[rule.ruleId] = (omitted[rule.ruleId] ?? 0) + 1;
      firstOmitted ??= match.claim;
    }
  }
  if (practices.length > 0 || declared.length > 0) claims.sort((left, right) => left.offset - right.offset);
  if (firstOmitted) {
    messages.push(reportOmitted(file, firstOmitted, omitted));
    return { claims, messages, ok: false, omittedMessages: omitted };
  }
  return { claims, messages, ok: flagged === 0 };
}
