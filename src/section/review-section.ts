/**
 * The one gate a response passes before it reaches the writer or a document: every number
 * validated against the evidence pack, the draft checker's findings, and the count held against
 * the limit, as findings each marked blocking or not. Drafting and export both call it; a
 * Section keeps its review, and a later call with the same text and pack reuses the expensive
 * part (validation and check) and only counts again, since the limit or the way a portal counts
 * may differ at export.
 */
import { createHash } from 'node:crypto';
import { checkDraft } from '../check/check-draft.js';
import type { CheckMessage } from '../check/check-schema.js';
import { LENGTH_LIMIT_RULE_ID, lengthLimitWording } from '../check/rules/within-length-limit.js';
import { PRACTICE_RULES } from '../claims/practice/report-practice-claim.js';
import { CLAIM_RULES, validateClaims } from '../claims/validate-claims.js';
import type { EvidencePack } from '../evidence/evidence-pack-schema.js';
import { LruCache } from '../shared/lru-cache.js';
import { countedTokens, countFor, countTokens, firstTokenPastLimit, type CountedToken, type CountOptions } from '../text/count-text.js';
import { createLocator } from '../text/read-markdown.js';
import type { ResponseLimit, ReviewFinding, SectionReview } from './section-schema.js';

/**
 * Part of every review hash: a review stored by an earlier release of the gate (other rules,
 * other claim statuses) is judged again rather than trusted. Raise it whenever the validator,
 * the checker or the blocking rules below change what they report.
 */
const GATE_VERSION = 'assured-gate/3';

/**
 * Claim statuses that stop an export: a number the evidence contradicts or does not back, a
 * standard stated as fact that the period's actual falls short of, and a practice the records
 * show only partly or not at all. A practice sentence that states its own actual does not block:
 * the reader sees the real figure. A practice library entry last checked too long ago blocks
 * too. Plans and targets are never claims, so they pass.
 */
export const BLOCKING_CLAIM_STATUSES = ['mismatch', 'unsupported', 'overstated', 'partly', 'contradicted', 'stale-declared'] as const;
type BlockingStatus = (typeof BLOCKING_CLAIM_STATUSES)[number];

const BLOCKING_RULE_IDS: Record<BlockingStatus, string> = {
  mismatch: CLAIM_RULES.mismatch.ruleId,
  unsupported: CLAIM_RULES.unsupported.ruleId,
  overstated: CLAIM_RULES.overstated.ruleId,
  partly: PRACTICE_RULES.partly!.ruleId,
  contradicted: PRACTICE_RULES.contradicted!.ruleId,
  'stale-declared': PRACTICE_RULES['stale-declared']!.ruleId,
};

export interface ReviewSectionOptions {
  /** The response Markdown, exactly as pasted. */
  text: string;
  pack: EvidencePack;
  limit?: ResponseLimit;
  /** How the tender portal counts line breaks and list markers. */
  countOptions?: Omit<CountOptions, 'format'>;
  /** A review made earlier (the one a Section keeps): reused when the text and pack are unchanged. */
  previous?: SectionReview;
}

/** What validation and check found: everything but the count, which depends on the limit asked. */
type Judgement = Pick<SectionReview, 'claims' | 'findings' | 'structure'>;

/** Drafting reviews each model attempt, then the final section; the same text is judged once. */
const recentJudgements = new LruCache<Judgement>(32);

/** JSON with object keys sorted, so the same pack always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function reviewHash(text: string, pack: EvidencePack): string {
  return createHash('sha256').update(GATE_VERSION).update('\u0000').update(text).update('\u0000').update(canonicalJson(pack)).digest('hex');
}

function fromCheck(message: CheckMessage): ReviewFinding {
  return {
    source: 'check',
    ruleId: message.ruleId,
    category: message.category,
    severity: message.severity,
    blocking: false,
    line: message.line,
    column: message.column,
    message: message.message,
    actual: message.actual,
  };
}

async function judge(text: string, pack: EvidencePack): Promise<Judgement> {
  const { claims } = validateClaims({ text, pack });
  const findings: ReviewFinding[] = [];
  for (const claim of claims) {
    const status = BLOCKING_CLAIM_STATUSES.find((blocking) => blocking === claim.status);
    if (status === undefined || claim.actualStated) continue;
    findings.push({
      source: 'claims',
      ruleId: BLOCKING_RULE_IDS[status],
      severity: 'error',
      blocking: true,
      line: claim.line,
      column: claim.column,
      message: claim.message,
      actual: claim.text,
      status,
      ...(claim.figureId ? { figureId: claim.figureId } : {}),
      ...(claim.standardId ? { standardId: claim.standardId } : {}),
    });
  }
  // No pack and no limit for the checker: the claims were just validated, and the gate counts below.
  const check = await checkDraft({ text });
  findings.push(...check.messages.filter((message) => message.category !== 'length' && message.category !== 'unsupported-claim').map(fromCheck));
  return { claims, findings, structure: check.summary.structure };
}

function limitFinding(text: string, limit: ResponseLimit, tokens: readonly CountedToken[], counted: number): ReviewFinding {
  const past = firstTokenPastLimit(tokens, limit.kind, limit.value);
  const where = createLocator(text)(past === undefined ? 0 : tokens[past]!.start);
  const wording = lengthLimitWording(counted, limit.value, limit.kind);
  return {
    source: 'limit',
    ruleId: LENGTH_LIMIT_RULE_ID,
    category: 'length',
    severity: 'error',
    blocking: true,
    line: where.line,
    column: where.column,
    message: wording.reason,
    actual: wording.actual,
  };
}

/** Validate, check and count a response: the findings that block and the advice that does not. */
export async function reviewSection(options: ReviewSectionOptions): Promise<SectionReview> {
  const { text, pack, limit, countOptions } = options;
  const hash = reviewHash(text, pack);
  let judgement: Judgement | undefined;
  if (options.previous?.hash === hash) {
    const { claims, findings, structure } = options.previous;
    judgement = { claims, findings: findings.filter((finding) => finding.source !== 'limit'), structure };
  } else {
    judgement = recentJudgements.get(hash);
    if (!judgement) {
      judgement = await judge(text, pack);
      recentJudgements.set(hash, judgement);
    }
  }
  // Callers may change what they get; the judgement kept for reuse must not change with it.
  const { claims, findings, structure } = structuredClone(judgement);

  const tokens = countedTokens(text, countOptions);
  const count = countTokens(tokens);
  const counted = limit ? countFor(count, limit.kind) : 0;
  const overLimit = limit !== undefined && counted > limit.value;
  if (limit && overLimit) findings.push(limitFinding(text, limit, tokens, counted));
  findings.sort((a, b) => Number(b.blocking) - Number(a.blocking) || a.line - b.line || a.column - b.column);

  return {
    hash,
    count,
    ...(limit ? { limit } : {}),
    ...(countOptions && Object.keys(countOptions).length > 0 ? { countOptions } : {}),
    overLimit,
    claims,
    findings,
    structure,
  };
}
