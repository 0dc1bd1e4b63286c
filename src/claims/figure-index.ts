/**
 * The evidence pack prepared once per validation: figures and standards grouped by
 * unit, each with the topic words of its label weighted by rarity, so a claim is
 * compared only with the few sources that share its unit.
 */
import type { EvidencePack, Figure, Standard } from '../evidence/evidence-pack-schema.js';
import type { ClaimUnit } from './data/claim-vocabulary.js';
import { IRREGULAR_SINGULARS, TOPIC_STOPWORDS } from './data/claim-vocabulary.js';

export interface EvidenceSource {
  kind: 'figure' | 'standard';
  id: string;
  label: string;
  unit: ClaimUnit;
  figure?: Figure;
  standard?: Standard;
  /** false for a figure whose value is null (unavailable): it never backs anything. */
  available: boolean;
  value?: number;
  ratio?: string;
  previous?: number;
  previousRatio?: string;
  max?: number;
  numerator?: number;
  denominator?: number;
  /** Topic stems of the label and id, each weighted 1 / (number of sources using it). */
  topic: Map<string, number>;
}

export interface EvidenceIndex {
  byUnit: Map<ClaimUnit, EvidenceSource[]>;
  /** Figures with a numerator/denominator pair, whatever their unit. */
  withPair: EvidenceSource[];
  all: EvidenceSource[];
  /** Available percentage figures by the standard they measure against (the figure's `standardId`), widest first. */
  actualsByStandard: Map<string, EvidenceSource[]>;
}

const STOPWORDS = new Set(TOPIC_STOPWORDS);
const WORD = /[a-z]+/g;

/** Crude stem: plural and verb endings fold together ("summaries"/"summary", "involved"/"involvement"). */
export function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    let stem = IRREGULAR_SINGULARS[word] ?? word;
    if (stem !== word) {
      stems.add(stem.slice(0, 6));
      continue;
    }
    if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
    else if (stem.endsWith('s') && !stem.endsWith('ss') && stem.length > 3) stem = stem.slice(0, -1);
    stems.add(stem.slice(0, 6));
  }
  return stems;
}

function numeric(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function normaliseRatio(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{1,3})\s*:\s*(\d{1,3})\s*$/.exec(value);
  return match ? `${Number(match[1])}:${Number(match[2])}` : undefined;
}

function fromFigure(figure: Figure): EvidenceSource {
  const source: EvidenceSource = {
    kind: 'figure',
    id: figure.id,
    label: figure.label,
    unit: figure.unit,
    figure,
    available: figure.value !== null,
    topic: new Map(),
  };
  if (figure.unit === 'ratio') {
    const ratio = normaliseRatio(figure.value);
    const previousRatio = normaliseRatio(figure.previous);
    if (ratio !== undefined) source.ratio = ratio;
    else source.available = false;
    if (previousRatio !== undefined) source.previousRatio = previousRatio;
  } else {
    const value = numeric(figure.value);
    const previous = numeric(figure.previous);
    if (value !== undefined) source.value = value;
    else source.available = false;
    if (previous !== undefined) source.previous = previous;
  }
  if (figure.numerator !== undefined && figure.denominator !== undefined) {
    source.numerator = figure.numerator;
    source.denominator = figure.denominator;
  }
  return source;
}

function fromStandard(standard: Standard): EvidenceSource {
  const source: EvidenceSource = {
    kind: 'standard',
    id: standard.id,
    label: standard.label,
    unit: standard.unit,
    standard,
    available: true,
    value: standard.value,
    topic: new Map(),
  };
  if (standard.max !== undefined) source.max = standard.max;
  return source;
}

export function indexEvidence(pack: EvidencePack): EvidenceIndex {
  const all = [...pack.figures.map(fromFigure), ...(pack.standards ?? []).map(fromStandard)];
  const stemsBySource = all.map((source) => topicStems(`${source.label} ${source.id.replace(/[-_]/g, ' ')}`));
  // Rarity is judged among headline figures and standards: detail figures (breakdowns such as
  // referrals by trigger) repeat their parent's words many times over and would otherwise make
  // those words look common, shifting which headline figure a sentence is about. A service's
  // figure beside the whole's repeats the whole's words in the same way.
  const documentFrequency = new Map<string, number>();
  stemsBySource.forEach((stems, position) => {
    const figure = all[position]?.figure;
    if (figure?.detail === true || figure?.breakdownOf !== undefined) return;
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  });
  const byUnit = new Map<ClaimUnit, EvidenceSource[]>();
  const withPair: EvidenceSource[] = [];
  all.forEach((source, position) => {
    for (const stem of stemsBySource[position] ?? []) source.topic.set(stem, 1 / (documentFrequency.get(stem) ?? 1));
    const group = byUnit.get(source.unit) ?? [];
    group.push(source);
    byUnit.set(source.unit, group);
    if (source.numerator !== undefined && source.denominator !== undefined) withPair.push(source);
  });
  const actualsByStandard = new Map<string, EvidenceSource[]>();
  for (const source of all) {
    const standardId = source.figure?.standardId;
    if (!standardId || !source.available || source.unit !== 'percent') continue;
    const group = actualsByStandard.get(standardId) ?? [];
    group.push(source);
    actualsByStandard.set(standardId, group);
  }
  // A pack may hold one figure per service as well as the total: the one counting the most cases speaks for the standard.
  for (const group of actualsByStandard.values()) group.sort((left, right) => (right.denominator ?? 0) - (left.denominator ?? 0));
  return { byUnit, withPair, all, actualsByStandard };
}
