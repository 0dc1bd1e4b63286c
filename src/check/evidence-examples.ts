import { validateClaims } from '../claims/validate-claims.js';
import type { EvidencePack, Figure, Practice } from '../evidence/evidence-pack-schema.js';

/**
 * Suggestions written with the organisation's own figures instead of placeholders such as
 * "[x of y] reviews": taken from the evidence pack the checker was given.
 */

function placeOf(place: string | undefined): string {
  return place ? ` at ${place}` : '';
}

/** "In 2026-Q2 at Northgate, 3 of 4 complex reviews were chaired by the Registered Manager." */
function practiceSentence(practice: Practice): string | undefined {
  if (!practice.noun || !practice.shown || practice.denominator === 0) return undefined;
  return `In ${practice.period}${placeOf(practice.place)}, ${practice.numerator} of ${practice.denominator} ${practice.noun} ${practice.shown}.`;
}

/** "In 2026-Q2 at Northgate, 48 of 50 (96%): meeting summaries sent within 5 working days." */
function figureSentence(figure: Figure): string | undefined {
  if (figure.value === null || figure.numerator === undefined || figure.denominator === undefined) return undefined;
  const share = figure.unit === 'percent' ? ` (${figure.value}%)` : '';
  return `In ${figure.period}${placeOf(figure.place)}, ${figure.numerator} of ${figure.denominator}${share}: ${figure.label.charAt(0).toLowerCase()}${figure.label.slice(1)}.`;
}

/**
 * Whether the claim validator backs the sentence from the pack: at least one number supported
 * and none contradicted (a mismatch or an overstatement). A number the pack is silent on, such
 * as a standard it does not carry, is not a contradiction.
 */
function validatesClean(sentence: string, pack: EvidencePack): boolean {
  const { claims } = validateClaims({ text: sentence, pack });
  return claims.some((claim) => claim.status === 'supported') && !claims.some((claim) => claim.status === 'mismatch' || claim.status === 'overstated');
}

const examples = new WeakMap<EvidencePack, string | null>();

/**
 * One sentence of real, dated evidence from the pack, or undefined when it has none to offer.
 * Only a sentence the claim validator does not contradict is offered: a writer who pastes the
 * suggestion must not then be told its number is wrong.
 */
export function evidenceExample(pack: EvidencePack | undefined): string | undefined {
  if (!pack) return undefined;
  const known = examples.get(pack);
  if (known !== undefined) return known ?? undefined;
  const candidates = [
    ...(pack.practices ?? []).filter((practice) => practice.share !== null && practice.share >= practice.threshold).map(practiceSentence),
    ...pack.figures.map(figureSentence),
  ].filter((sentence): sentence is string => sentence !== undefined);
  const found = candidates.find((sentence) => validatesClean(sentence, pack)) ?? null;
  examples.set(pack, found);
  return found ?? undefined;
}

/** The figure a quoted number is, when the pack has one with that value: its anchors spelled out. */
export function anchoredFigure(pack: EvidencePack | undefined, value: number | undefined): string | undefined {
  if (!pack || value === undefined) return undefined;
  const figure = pack.figures.find((candidate) => candidate.value === value || candidate.numerator === value);
  if (!figure || figure.value === null) return undefined;
  const pair = figure.numerator !== undefined && figure.denominator !== undefined ? `${figure.numerator} of ${figure.denominator}, ` : '';
  return `${figure.unit === 'percent' ? `${figure.value}%` : String(figure.value)} (${pair}${figure.period}${figure.place ? `, ${figure.place}` : ''}; ${figure.source})`;
}

const placeholder = /\[[^\]]+\]/;

/** Examples with placeholders give way to the pack's real evidence; the rest are kept. */
export function withRealFigures(expected: readonly string[], pack: EvidencePack | undefined): string[] {
  const real = evidenceExample(pack);
  if (!real) return [...expected];
  return [real, ...expected.filter((example) => !placeholder.test(example))];
}
