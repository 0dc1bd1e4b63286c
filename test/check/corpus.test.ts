import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flagSentence, isVagueOrTokenistic } from '../../src/check/flag-sentence.js';

const ZCorpusSchema = z.array(
  z.object({ text: z.string().min(1), label: z.enum(['vague', 'tokenism', 'concrete']), note: z.string().optional() }),
);
const corpus = ZCorpusSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/check/sentences.json', import.meta.url), 'utf8')),
);

describe('labelled corpus (fixtures/check/sentences.json)', () => {
  it('has at least 150 sentences, half flagged-type, and 30 concrete ones with trigger words', () => {
    const flaggedType = corpus.filter((row) => row.label !== 'concrete').length;
    const concreteWithTriggers = corpus.filter((row) => row.label === 'concrete' && row.note?.includes('trigger')).length;
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(Math.abs(flaggedType - (corpus.length - flaggedType))).toBeLessThanOrEqual(corpus.length * 0.1);
    expect(concreteWithTriggers).toBeGreaterThanOrEqual(30);
  });

  it('flags vague or tokenistic sentences with precision and recall of at least 0.9', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const mistakes: string[] = [];
    for (const row of corpus) {
      const flagged = isVagueOrTokenistic(row.text);
      const shouldFlag = row.label !== 'concrete';
      if (flagged && shouldFlag) truePositives += 1;
      else if (flagged) {
        falsePositives += 1;
        mistakes.push(`false positive: ${row.text}`);
      } else if (shouldFlag) {
        falseNegatives += 1;
        mistakes.push(`missed (${row.label}): ${row.text}`);
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `corpus: ${corpus.length} sentences, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (mistakes.length > 0 ? `\n${mistakes.join('\n')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every flagged sentence its gaps and its rung on the ladder', () => {
    for (const row of corpus.filter((item) => item.label !== 'concrete')) {
      for (const flag of flagSentence(row.text)) {
        expect(flag.gaps.length).toBeGreaterThan(0);
        expect(['information', 'consultation', 'participation', 'co-production']).toContain(flag.ladder);
        expect(row.text.slice(flag.start, flag.end)).toBe(flag.actual);
      }
    }
  });
});

describe('flagSentence', () => {
  it('reports every vague phrase of a sentence, each at its own place, earliest first', () => {
    const flags = flagSentence('Advocacy is arranged if required.');
    expect(flags.map((flag) => [flag.actual, flag.start])).toEqual([
      ['Advocacy is arranged', 0],
      ['if required', 21],
    ]);
    expect(flags[0]).toMatchObject({ category: 'vague', gaps: ['who', 'how'] });
    const several = flagSentence('We regularly consult where appropriate and involve advocates as needed.');
    expect(several.map((flag) => flag.actual)).toEqual(['regularly', 'where appropriate', 'involve advocates', 'as needed']);
  });

  it('does not let a signal inside the trigger make the sentence specific', () => {
    expect(isVagueOrTokenistic('Advocates are involved where needed.')).toBe(true);
    expect(isVagueOrTokenistic('Advocates are involved where needed, and the RM checks the referral within 48 hours.')).toBe(false);
  });

  it('treats annual reviews as tokenism only when the sentence is about involvement', () => {
    expect(flagSentence('Families are invited to the annual review.')[0]?.category).toBe('tokenism');
    expect(isVagueOrTokenistic('Staff complete annual fire training.')).toBe(false);
  });
});
