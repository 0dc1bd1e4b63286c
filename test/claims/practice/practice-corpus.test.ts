/**
 * Labelled practice corpus (fixtures/claims/practice/): every draft's practice claims must equal
 * the expected ones (practice and status, at the expected words). Two splits: `tune`, which the
 * statement patterns were written against, and `held-out`, written before the patterns were run
 * on it and never tuned against; its scores are reported, and it must not flag a non-claim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZPracticeStatusSchema, type ValidatedClaim } from '../../../src/claims/claims-schema.js';
import { validateClaims } from '../../../src/claims/validate-claims.js';
import { ZEvidencePackSchema, type EvidencePack } from '../../../src/evidence/evidence-pack-schema.js';

const CORPUS_DIR = fileURLToPath(new URL('../../../fixtures/claims/practice/', import.meta.url));

const ZCaseSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  pack: z.string().min(1),
  draft: z.string(),
  expected: z.array(z.strictObject({ text: z.string().min(1), status: ZPracticeStatusSchema, practiceId: z.string().min(1) })),
});
type Case = z.infer<typeof ZCaseSchema>;

const packs = new Map<string, EvidencePack>();
function loadPack(name: string): EvidencePack {
  let pack = packs.get(name);
  if (!pack) packs.set(name, (pack = ZEvidencePackSchema.parse(JSON.parse(readFileSync(path.join(CORPUS_DIR, 'packs', `${name}.json`), 'utf8')))));
  return pack;
}

function loadSplit(split: string): Case[] {
  const dir = path.join(CORPUS_DIR, split);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ZCaseSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))));
}

const isFlagged = (status: string) => status === 'partly' || status === 'contradicted';

interface Tally {
  /** Expected partly/contradicted claims, and how many were flagged so. */
  wrong: number;
  wrongFlagged: number;
  /** Expected practised claims, and how many were flagged or missed. */
  right: number;
  rightFlagged: number;
  /** Expected not-recorded claims, and how many were reported so. */
  silent: number;
  silentFound: number;
  /** Practice claims found where none was expected. */
  nonClaimsFlagged: number;
  /** Expected claims found with the right practice and status. */
  exact: number;
  expected: number;
}

const emptyTally = (): Tally => ({ wrong: 0, wrongFlagged: 0, right: 0, rightFlagged: 0, silent: 0, silentFound: 0, nonClaimsFlagged: 0, exact: 0, expected: 0 });

/** Scores one draft; a found claim answers an expected one when it has the same practice and overlaps its words. */
function score(entry: Case, claims: ValidatedClaim[], tally: Tally): void {
  const remaining = claims.filter((claim) => claim.kind === 'practice');
  let searchFrom = 0;
  for (const expected of entry.expected) {
    const start = entry.draft.indexOf(expected.text, searchFrom);
    if (start < 0) throw new Error(`${entry.name}: expected text "${expected.text}" is not in the draft`);
    searchFrom = start;
    const end = start + expected.text.length;
    const index = remaining.findIndex((claim) => claim.practiceId === expected.practiceId && claim.offset < end && claim.endOffset > start);
    const actual = index >= 0 ? remaining.splice(index, 1)[0] : undefined;
    tally.expected += 1;
    if (actual?.status === expected.status) tally.exact += 1;
    if (isFlagged(expected.status)) {
      tally.wrong += 1;
      if (actual && isFlagged(actual.status)) tally.wrongFlagged += 1;
    } else if (expected.status === 'practised') {
      tally.right += 1;
      if (!actual || actual.status !== 'practised') tally.rightFlagged += 1;
    } else {
      tally.silent += 1;
      if (actual?.status === 'not-recorded') tally.silentFound += 1;
    }
  }
  tally.nonClaimsFlagged += remaining.length;
}

function summary(split: string, cases: Case[], tally: Tally): string {
  const recall = tally.wrong === 0 ? 1 : tally.wrongFlagged / tally.wrong;
  const falseAlarms = tally.right === 0 ? 0 : tally.rightFlagged / tally.right;
  return (
    `practice corpus ${split}: ${cases.length} drafts, ${tally.expected} expected claims; exact ${tally.exact}/${tally.expected}; ` +
    `recall on wrong claims ${recall.toFixed(3)} (${tally.wrongFlagged}/${tally.wrong}); false alarms on practised ${falseAlarms.toFixed(3)} (${tally.rightFlagged}/${tally.right}); ` +
    `not-recorded found ${tally.silentFound}/${tally.silent}; non-claims flagged ${tally.nonClaimsFlagged}`
  );
}

describe('practice corpus: tune split', () => {
  const cases = loadSplit('tune');
  const tally = emptyTally();

  it('covers every status and at least one draft without claims', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    // The declared statuses come from the practice library, not the profile this corpus tunes (check-declared-practices.test.ts).
    const profileStatuses = ZPracticeStatusSchema.options.filter((status) => status !== 'declared' && status !== 'stale-declared');
    expect(new Set(cases.flatMap((entry) => entry.expected.map((claim) => claim.status)))).toEqual(new Set(profileStatuses));
    expect(cases.some((entry) => entry.expected.length === 0)).toBe(true);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const report = validateClaims({ text: entry.draft, pack: loadPack(entry.pack) });
    const practices = report.claims.filter((claim) => claim.kind === 'practice');
    expect(practices.map((claim) => ({ text: claim.text, status: claim.status, practiceId: claim.practiceId }))).toEqual(entry.expected);
    score(entry, report.claims, tally);
  });

  afterAll(() => console.log(summary('tune', cases, tally)));

  it('has perfect recall on wrong practice claims, no false alarms and no non-claims flagged', () => {
    expect(tally.wrong).toBeGreaterThan(0);
    expect(tally.wrongFlagged).toBe(tally.wrong);
    expect(tally.rightFlagged).toBe(0);
    expect(tally.silentFound).toBe(tally.silent);
    expect(tally.nonClaimsFlagged).toBe(0);
  });
});

describe('practice corpus: held-out split', () => {
  const cases = loadSplit('held-out');
  const tally = emptyTally();

  it('scores every held-out draft', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const entry of cases) score(entry, validateClaims({ text: entry.draft, pack: loadPack(entry.pack) }).claims, tally);
    console.log(summary('held-out', cases, tally));
    // Never tuned against, so only what must hold for any draft is asserted: nothing is flagged that is not a claim.
    expect(tally.nonClaimsFlagged).toBe(0);
  });
});
