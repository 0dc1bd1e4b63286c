/**
 * Labelled corpus (fixtures/claims/*.json): every draft's extracted claims must equal the
 * expected list exactly (text, status and backing id, in order), recall on wrong claims must
 * be 1 and the false-positive rate on right claims must be 0.
 *
 * fixtures/claims/numeric/dev/ holds further drafts the rules were tuned against and
 * fixtures/claims/numeric/test/ a held-out split written before the rules: it is scored and
 * held to the same bar, and its scores are printed separately.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZClaimStatusSchema, type ValidatedClaim } from '../../src/claims/claims-schema.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import { ZEvidencePackSchema, type EvidencePack } from '../../src/evidence/evidence-pack-schema.js';

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/claims/', import.meta.url));

const ZExpectedClaimSchema = z.strictObject({
  text: z.string().min(1),
  status: ZClaimStatusSchema,
  figureId: z.string().optional(),
  standardId: z.string().optional(),
});
const ZCorpusCaseSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  /** A pack inline, or the name of a shared pack in fixtures/claims/packs/. */
  pack: z.union([z.string(), ZEvidencePackSchema]),
  draft: z.string(),
  expected: z.array(ZExpectedClaimSchema),
});
type CorpusCase = z.infer<typeof ZCorpusCaseSchema>;

function loadPack(pack: CorpusCase['pack']): EvidencePack {
  if (typeof pack !== 'string') return pack;
  return ZEvidencePackSchema.parse(JSON.parse(readFileSync(path.join(CORPUS_DIR, 'packs', `${pack}.json`), 'utf8')));
}

function readCases(directory: string): CorpusCase[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ZCorpusCaseSchema.parse(JSON.parse(readFileSync(path.join(directory, file), 'utf8'))));
}

const cases = readCases(CORPUS_DIR);
const SPLITS = { dev: readCases(path.join(CORPUS_DIR, 'numeric', 'dev')), test: readCases(path.join(CORPUS_DIR, 'numeric', 'test')) };

const isFlagged = (status: string) => status === 'mismatch' || status === 'unsupported' || status === 'overstated';

function summarise(claim: ValidatedClaim | z.infer<typeof ZExpectedClaimSchema>) {
  return {
    text: claim.text,
    status: claim.status,
    ...(claim.figureId ? { figureId: claim.figureId } : {}),
    ...(claim.standardId ? { standardId: claim.standardId } : {}),
  };
}

type Tally = { wrong: number; wrongFlagged: number; right: number; rightFlagged: number };
const newTally = (): Tally => ({ wrong: 0, wrongFlagged: 0, right: 0, rightFlagged: 0 });
const tally = newTally();
const splitTallies = { dev: newTally(), test: newTally() };

/** Validates one labelled draft, adds it to `into` and asserts its claims equal the labels. */
function scoreCase(entry: CorpusCase, into: Tally): void {
  const report = validateClaims({ text: entry.draft, pack: loadPack(entry.pack) });
  const remaining = [...report.claims];
  for (const expected of entry.expected) {
    const position = remaining.findIndex((claim) => claim.text === expected.text);
    const actual = position >= 0 ? remaining.splice(position, 1)[0] : undefined;
    const flagged = actual ? isFlagged(actual.status) : false;
    if (isFlagged(expected.status)) {
      into.wrong += 1;
      if (flagged) into.wrongFlagged += 1;
    } else {
      into.right += 1;
      if (flagged || !actual) into.rightFlagged += 1;
    }
  }
  // claims nobody labelled and the validator flagged are false alarms on non-claims
  into.right += remaining.filter((claim) => isFlagged(claim.status)).length;
  into.rightFlagged += remaining.filter((claim) => isFlagged(claim.status)).length;
  expect(report.claims.map(summarise)).toEqual(entry.expected.map(summarise));
  expect(report.ok).toBe(!entry.expected.some((claim) => isFlagged(claim.status)));
  expect(report.messages).toHaveLength(entry.expected.filter((claim) => isFlagged(claim.status)).length);
}

function describeTally(name: string, count: number, scores: Tally): string {
  const recall = scores.wrong === 0 ? 1 : scores.wrongFlagged / scores.wrong;
  const falsePositiveRate = scores.right === 0 ? 0 : scores.rightFlagged / scores.right;
  return (
    `${name}: ${count} drafts; recall on wrong claims ${recall.toFixed(3)} (${scores.wrongFlagged}/${scores.wrong}); ` +
    `false-positive rate on right claims ${falsePositiveRate.toFixed(3)} (${scores.rightFlagged}/${scores.right})`
  );
}

for (const split of ['dev', 'test'] as const) {
  describe(`claim corpus, numeric ${split} split`, () => {
    it('holds at least five labelled drafts', () => {
      expect(SPLITS[split].length).toBeGreaterThanOrEqual(5);
    });

    it.each(SPLITS[split].map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
      scoreCase(entry, splitTallies[split]);
    });

    afterAll(() => {
      console.log(describeTally(`claim corpus, numeric ${split} split`, SPLITS[split].length, splitTallies[split]));
    });

    it('has perfect recall on wrong claims and no false positives on right ones', () => {
      const scores = splitTallies[split];
      expect(scores.wrong).toBeGreaterThan(0);
      expect(scores.wrongFlagged / scores.wrong).toBe(1);
      expect(scores.rightFlagged / scores.right).toBe(0);
    });
  });
}

describe('claim corpus', () => {
  it('holds at least 25 labelled drafts, with wrong and right claims and claim-free drafts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const statuses = new Set(cases.flatMap((entry) => entry.expected.map((claim) => claim.status)));
    expect([...statuses].sort()).toEqual(['mismatch', 'standard', 'supported', 'unsupported']);
    expect(cases.some((entry) => entry.expected.length === 0)).toBe(true);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const report = validateClaims({ text: entry.draft, pack: loadPack(entry.pack) });

    // recall and false positives are counted per expected claim, matched by text in document order
    const remaining = [...report.claims];
    for (const expected of entry.expected) {
      const position = remaining.findIndex((claim) => claim.text === expected.text);
      const actual = position >= 0 ? remaining.splice(position, 1)[0] : undefined;
      const flagged = actual ? isFlagged(actual.status) : false;
      if (isFlagged(expected.status)) {
        tally.wrong += 1;
        if (flagged) tally.wrongFlagged += 1;
      } else {
        tally.right += 1;
        if (flagged || !actual) tally.rightFlagged += 1;
      }
    }

    expect(report.claims.map(summarise)).toEqual(entry.expected.map(summarise));
    expect(report.ok).toBe(!entry.expected.some((claim) => isFlagged(claim.status)));
    expect(report.messages).toHaveLength(entry.expected.filter((claim) => isFlagged(claim.status)).length);
  });

  afterAll(() => {
    const recall = tally.wrong === 0 ? 1 : tally.wrongFlagged / tally.wrong;
    const falsePositiveRate = tally.right === 0 ? 0 : tally.rightFlagged / tally.right;
    console.log(
      `claim corpus: ${cases.length} drafts; recall on wrong claims ${recall.toFixed(3)} (${tally.wrongFlagged}/${tally.wrong}); ` +
        `false-positive rate on right claims ${falsePositiveRate.toFixed(3)} (${tally.rightFlagged}/${tally.right})`,
    );
  });

  it('has perfect recall on wrong claims and no false positives on right ones', () => {
    // runs last (vitest keeps declaration order), after every case has added to the tally
    expect(tally.wrong).toBeGreaterThan(0);
    expect(tally.right).toBeGreaterThan(0);
    expect(tally.wrongFlagged / tally.wrong).toBe(1);
    expect(tally.rightFlagged / tally.right).toBe(0);
  });
});
