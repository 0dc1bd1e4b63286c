/**
 * Validates every numeric claim of a Markdown draft against an evidence pack.
 * Every claim gets a status; every `mismatch` or `unsupported` claim also becomes a
 * VFileMessage on `file` (created when not given), so the draft checker and the CLI
 * report claims like any other finding.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { ruleUrl } from '../shared/rule-docs.js';
import type { ClaimsReport, ValidatedClaim } from './claims-schema.js';
import { claimMessage, describeSource, expectedPhrasings } from './claim-messages.js';
import { extractClaimsInContext, type ClaimInContext } from './extract-claims.js';
import { indexEvidence } from './figure-index.js';
import { matchClaim, TopicCache, type MatchOutcome } from './match-claim.js';

export const CLAIM_RULES = {
  mismatch: {
    ruleId: 'claim-mismatch',
    url: ruleUrl('claim-mismatch'),
  },
  unsupported: {
    ruleId: 'unsupported-claim',
    url: ruleUrl('no-unsupported-claim'),
  },
} as const;

export interface ValidateClaimsOptions {
  text: string;
  pack: EvidencePack;
  file?: VFile;
}

function toValidatedClaim(claim: ClaimInContext, outcome: MatchOutcome, message: string): ValidatedClaim {
  const validated: ValidatedClaim = {
    text: claim.text,
    kind: claim.kind,
    value: claim.value,
    unit: claim.unit,
    status: outcome.status,
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
  const source = 'source' in outcome ? outcome.source : undefined;
  if (source?.kind === 'figure') validated.figureId = source.id;
  if (source?.kind === 'standard') validated.standardId = source.id;
  if (source && (outcome.status === 'mismatch' || (outcome.status === 'unsupported' && outcome.reason === 'coincidence'))) {
    validated.expected = expectedPhrasings(claim, source);
  }
  return validated;
}

function report(file: VFile, claim: ValidatedClaim, outcome: MatchOutcome, asChange: boolean): VFileMessage {
  const rule = outcome.status === 'mismatch' ? CLAIM_RULES.mismatch : CLAIM_RULES.unsupported;
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

export function validateClaims(options: ValidateClaimsOptions): ClaimsReport {
  const file = options.file ?? new VFile({ value: options.text });
  const index = indexEvidence(options.pack);
  const cache = new TopicCache();
  const claims: ValidatedClaim[] = [];
  const messages: VFileMessage[] = [];
  for (const claim of extractClaimsInContext(options.text)) {
    const outcome = matchClaim(claim, index, cache);
    const validated = toValidatedClaim(claim, outcome, claimMessage(claim, outcome));
    claims.push(validated);
    if (outcome.status === 'mismatch' || outcome.status === 'unsupported') {
      messages.push(report(file, validated, outcome, claim.kind === 'before-after'));
    }
  }
  return { claims, messages, ok: messages.length === 0 };
}
