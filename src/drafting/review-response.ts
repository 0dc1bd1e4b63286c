/**
 * What is wrong with a response, as the gate before it reaches the writer: claims that are a
 * `mismatch` or `unsupported`, checker findings of the categories a drafted section must not
 * have (vague, tokenism, unsupported-claim, structure), and the limit. Both drafters use it;
 * the model drafter retries on any finding.
 */
import { checkDraft } from '../check/check-draft.js';
import type { CheckMessage, StructureSummary } from '../check/check-schema.js';
import type { ValidatedClaim } from '../claims/claims-schema.js';
import { validateClaims } from '../claims/validate-claims.js';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { measureResponse } from './assemble-response.js';
import type { ResponseLimit } from '../section/section-schema.js';

/** Checker categories a drafted response must be free of. */
export const BLOCKING_CATEGORIES: readonly CheckMessage['category'][] = ['vague', 'tokenism', 'unsupported-claim', 'structure'];

export interface ResponseFinding {
  kind: 'claim' | 'check' | 'limit';
  message: string;
  line?: number;
  column?: number;
}

export interface ResponseReview {
  claims: ValidatedClaim[];
  findings: ResponseFinding[];
  count: number;
  structure: StructureSummary;
}

export async function reviewResponse(options: { text: string; pack: EvidencePack; limit?: ResponseLimit }): Promise<ResponseReview> {
  const { text, pack, limit } = options;
  const { claims } = validateClaims({ text, pack });
  const findings: ResponseFinding[] = claims
    .filter((claim) => claim.status === 'mismatch' || claim.status === 'unsupported')
    .map((claim) => ({ kind: 'claim', message: `\`${claim.text}\` is ${claim.status === 'mismatch' ? 'a mismatch' : 'unsupported'}: ${claim.message}`, line: claim.line, column: claim.column }));
  const { file: _file, ...report } = await checkDraft({
    text,
    pack,
    ...(limit?.kind === 'words' ? { wordLimit: limit.value } : {}),
    ...(limit?.kind === 'characters' ? { charLimit: limit.value } : {}),
    ...(limit?.kind === 'characters-no-spaces' ? { charLimit: limit.value, charLimitCountsSpaces: false } : {}),
  });
  for (const message of report.messages) {
    // Claim problems are already listed from the validator, with the figure they contradict.
    if (message.category === 'unsupported-claim') continue;
    if (BLOCKING_CATEGORIES.includes(message.category) || message.category === 'length') {
      findings.push({ kind: message.category === 'length' ? 'limit' : 'check', message: `${message.message} [${message.category}/${message.ruleId}]`, line: message.line, column: message.column });
    }
  }
  const count = measureResponse(text, limit?.kind ?? 'words');
  if (limit && count > limit.value && !findings.some((finding) => finding.kind === 'limit')) {
    findings.push({ kind: 'limit', message: `The response is ${count} ${limit.kind}, over the limit of ${limit.value}` });
  }
  return { claims, findings, count, structure: report.summary.structure };
}
