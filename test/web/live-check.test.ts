/** The live-check editor's pure helpers, over the real checker and validator (no API in between). */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check-draft.js';
import { validateClaims } from '../../src/claims/validate-claims.js';
import type { CheckReport } from '../../src/web/api-fetch.js';
import {
  applyRewrite,
  draftStructure,
  findingAt,
  groundFinding,
  isGroundedWording,
  ParagraphCache,
  paragraphFindings,
  paragraphsToCheck,
  plainAdvice,
  splitParagraphs,
  wordingToGround,
  type Finding,
  type Paragraph,
  type ParagraphResult,
} from '../../src/web/live-check.js';
import { ONE_FIGURE_PACK, SUMMARY_STANDARD } from '../support/one-figure-pack.js';

const PACK = { ...ONE_FIGURE_PACK, standards: [SUMMARY_STANDARD] };

/** What POST /v1/checks and POST /v1/validations answer for one paragraph, from the same functions. */
async function resultOf(paragraph: Paragraph, withPack = true): Promise<ParagraphResult> {
  const { file: _file, ...report } = await checkDraft({ text: paragraph.text, ...(withPack ? { pack: PACK } : {}) });
  const claims = withPack ? validateClaims({ text: paragraph.text, pack: PACK }).claims : null;
  return { report: report as CheckReport, claims: claims as ParagraphResult['claims'] };
}

describe('splitParagraphs', () => {
  it('cuts at blank lines (with spaces or CRLF in them) and keeps each paragraph where it stands', () => {
    const text = '\nFirst line\nsame paragraph.\n\n  \nSecond.\r\n\r\nThird.  \n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['First line\nsame paragraph.', 'Second.', 'Third.']);
    for (const paragraph of paragraphs) expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
  });

  it('has no paragraphs in an empty or blank draft', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });
});

describe('ParagraphCache and paragraphsToCheck', () => {
  const result = { report: { messages: [] }, claims: null } as unknown as ParagraphResult;

  it('sends only paragraphs whose text has no result in this scope, each text once', () => {
    const cache = new ParagraphCache();
    const before = splitParagraphs('One.\n\nTwo.\n\nOne.');
    expect(paragraphsToCheck(before, '2026-Q2|', cache).map((paragraph) => paragraph.text)).toEqual(['One.', 'Two.']);
    cache.set('2026-Q2|', 'One.', result);
    cache.set('2026-Q2|', 'Two.', result);
    // An edit to the second paragraph: only it goes again.
    const after = splitParagraphs('One.\n\nTwo, changed.\n\nOne.');
    expect(paragraphsToCheck(after, '2026-Q2|', cache).map((paragraph) => paragraph.text)).toEqual(['Two, changed.']);
    // Another period is another scope: everything is checked again.
    expect(paragraphsToCheck(after, '2026-Q1|', cache)).toHaveLength(2);
    // A paragraph already on its way is not sent twice.
    expect(paragraphsToCheck(after, '2026-Q2|', cache, new Set([ParagraphCache.key('2026-Q2|', 'Two, changed.')]))).toEqual([]);
  });

  it('forgets the least recently used paragraph once full', () => {
    const cache = new ParagraphCache(2);
    cache.set('', 'a', result);
    cache.set('', 'b', result);
    expect(cache.get('', 'a')).toBe(result);
    cache.set('', 'c', result);
    expect(cache.size).toBe(2);
    expect(cache.get('', 'b')).toBeUndefined();
    expect(cache.get('', 'a')).toBe(result);
  });
});

describe('plainAdvice', () => {
  it.each([
    [
      'Unexpected `involve families`, say who takes part, how often, in what format and what changed — e.g. “The key worker invites the people the person chooses.”',
      'Say who takes part, how often, in what format and what changed.',
    ],
    ['Unexpected `service user`, use `the person` or `people we support` instead', 'Use “the person” or “people we support” instead.'],
    ['Unexpected `The key worker prepares the agenda …` (39 words), split it into sentences of at most 35 words', 'This sentence has 39 words: split it into sentences of at most 35 words.'],
    ['Unexpected `83%` without a period, place or source, add the quarter', 'This is given without a period, place or source, add the quarter.'],
    [
      'Unexpected `summaries go out on time`, Unexpected practice claim `summaries go out on time`, expected the actual: 10 of 12 reviews had a summary sent within 5 working days',
      'Your records show: 10 of 12 reviews had a summary sent within 5 working days.',
    ],
  ])('%s', (message, plain) => {
    expect(plainAdvice(message)).toBe(plain);
  });
});

describe('paragraphFindings', () => {
  it('places a later paragraph’s findings at their words in the whole draft', async () => {
    const draft = 'The key worker sends the summary within five working days.\n\nWe involve families and the service user in reviews.';
    const paragraph = splitParagraphs(draft)[1]!;
    const { findings } = paragraphFindings(draft, paragraph, await resultOf(paragraph, false));
    const vague = findings.find((finding) => finding.ruleId === 'no-vague-involvement')!;
    expect(draft.slice(vague.start, vague.end)).toBe('involve families');
    expect(vague.title).toBe('Vague wording');
    expect(vague.advice).not.toMatch(/Unexpected/);
    const jargon = findings.find((finding) => finding.kind === 'jargon')!;
    expect(draft.slice(jargon.start, jargon.end)).toBe('service user');
    // "the service user" becomes "the person", not "the the person": the check offers "person" after "the".
    const rewrite = jargon.rewrites.find((candidate) => candidate.label === 'Replace with “person”')!;
    expect(applyRewrite(draft, rewrite)?.text).toBe(draft.replace('the service user', 'the person'));
    expect(findings.some((finding) => finding.kind === 'structure' || finding.kind === 'length')).toBe(false);
  });

  it('flags a wrong number with the records’ own figure as a one-click rewrite, and lists backed numbers apart', async () => {
    const draft = 'Summaries: 90% of summaries were sent within 5 working days in 2026-Q2 at Northgate (review records).\n\nIn 2026-Q2 at Northgate, 48 of 50 summaries were sent within 5 working days.';
    const [first, second] = splitParagraphs(draft) as [Paragraph, Paragraph];
    const wrong = paragraphFindings(draft, first, await resultOf(first));
    const claim = wrong.findings.find((finding) => finding.kind === 'claim')!;
    expect(draft.slice(claim.start, claim.end)).toBe('90%');
    expect(claim.severity).toBe('error');
    expect(claim.title).toBe('Wrong number for your records');
    // The checker's own copy of the claim finding gives way to the validator's.
    expect(wrong.findings.filter((finding) => finding.ruleId === 'no-unsupported-claim')).toEqual([]);
    const fix = claim.rewrites.find((rewrite) => rewrite.replacement === '96%')!;
    expect(fix.needsGrounding).toBe(false);
    expect(applyRewrite(draft, fix)?.text).toContain('96% of summaries were sent');

    const right = paragraphFindings(draft, second, await resultOf(second));
    expect(right.findings.filter((finding) => finding.kind === 'claim')).toEqual([]);
    expect(right.backed.map((backed) => draft.slice(backed.start, backed.end))).toContain('48 of 50');
  });

  it('keeps ids stable while a paragraph’s text is unchanged, wherever it moves', async () => {
    const paragraphText = 'We involve families in reviews.';
    const early = splitParagraphs(paragraphText)[0]!;
    const late = splitParagraphs(`Intro.\n\n${paragraphText}`)[1]!;
    const result = await resultOf(early, false);
    const ids = (draft: string, paragraph: Paragraph) => paragraphFindings(draft, paragraph, result).findings.map((finding) => finding.id);
    expect(ids(`Intro.\n\n${paragraphText}`, late)).toEqual(ids(paragraphText, early));
  });
});

describe('rewrite sentences are offered in one click only once the validator backs them', () => {
  it('holds back an unvalidated or unbacked sentence as wording to adapt', async () => {
    const draft = 'We involve families in reviews.';
    const paragraph = splitParagraphs(draft)[0]!;
    const { findings } = paragraphFindings(draft, paragraph, await resultOf(paragraph));
    const vague = findings.find((finding) => finding.ruleId === 'no-vague-involvement')!;
    const sentences = vague.rewrites.filter((rewrite) => rewrite.needsGrounding);
    expect(sentences.length).toBeGreaterThan(0);
    expect(wordingToGround([vague])).toEqual(sentences.map((rewrite) => rewrite.replacement));
    // No verdict yet, or a verdict against: not offered.
    expect(groundFinding(vague, () => undefined).rewrites.filter((rewrite) => rewrite.needsGrounding)).toEqual([]);
    expect(groundFinding(vague, () => false).examples).toEqual(expect.arrayContaining(sentences.map((rewrite) => rewrite.replacement)));
    // Backed: offered, and it replaces the whole sentence.
    const offered = groundFinding(vague, () => true).rewrites.filter((rewrite) => rewrite.needsGrounding)[0]!;
    expect(applyRewrite(draft, offered)?.text).toBe(offered.replacement);
  });

  it('calls a sentence grounded only when it makes claims and the records back them all', () => {
    const claimsOf = (text: string) => validateClaims({ text, pack: PACK }).claims;
    expect(isGroundedWording(claimsOf('In 2026-Q2 at Northgate, 48 of 50 summaries were sent within 5 working days.'))).toBe(true);
    expect(isGroundedWording(claimsOf('In 2026-Q2 at Northgate, 40 of 50 summaries were sent within 5 working days.'))).toBe(false);
    expect(isGroundedWording([])).toBe(false);
  });
});

describe('applyRewrite and findingAt', () => {
  const rewrite = { start: 3, end: 19, original: 'involve families', replacement: 'invite families', label: '', needsGrounding: false };

  it('replaces the words and puts the caret after the new ones', () => {
    expect(applyRewrite('We involve families.', rewrite)).toEqual({ text: 'We invite families.', caret: 18 });
  });

  it('refuses when the words have changed since the check', () => {
    expect(applyRewrite('We involved families.', rewrite)).toBeNull();
  });

  it('finds the narrowest finding under the caret, including at its edges', () => {
    const findings: Finding[] = [
      { id: 'wide', start: 0, end: 20 },
      { id: 'narrow', start: 3, end: 10 },
    ].map((range) => ({ ...range, kind: 'vague', severity: 'warning', actual: '', title: '', advice: '', examples: [], rewrites: [], ruleId: '' }));
    expect(findingAt(findings, 5)?.id).toBe('narrow');
    expect(findingAt(findings, 10)?.id).toBe('narrow');
    expect(findingAt(findings, 15)?.id).toBe('wide');
    expect(findingAt(findings, 25)).toBeUndefined();
  });
});

describe('draftStructure', () => {
  it('counts a structure line present when any paragraph has it, and words a missing one once', async () => {
    const draft = 'The person and their chosen supporters set goals with the key worker.\n\nThe key worker holds a monthly mini-review.';
    const results = await Promise.all(splitParagraphs(draft).map((paragraph) => resultOf(paragraph, false)));
    const { present, missing } = draftStructure(results);
    const each = results.map((result) => result.report.summary.structure);
    for (const line of ['behaviour', 'ownersCadence', 'evidence', 'assurance'] as const) expect(present[line]).toBe(each.some((structure) => structure[line]));
    expect(new Set(missing.map((finding) => finding.advice)).size).toBe(missing.length);
    expect(missing.every((finding) => finding.end === finding.start)).toBe(true);
  });
});
