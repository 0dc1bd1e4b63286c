/**
 * Proposes which of a provider's headers holds which Assured column of a record type: a
 * header that is the column's own name or one of its synonyms (header-synonyms.ts) is a
 * confident match; otherwise headers are compared by edit-distance similarity with the
 * column's name, its synonyms and its meaning, and only a clear, unique winner above the
 * confident threshold is used. Everything else comes back as candidates for a person to confirm.
 */
import { distance } from 'fastest-levenshtein';
import type { ImportField } from '../fields.js';
import { RECORD_TYPES, type RecordTypeName } from '../record-types/index.js';
import { HEADER_SYNONYMS } from './header-synonyms.js';

/** Similarity at or above this, with no rival close behind, is used without asking. */
export const CONFIDENT_SIMILARITY = 0.86;
/** Below this a field is not even offered as a candidate. */
export const CANDIDATE_SIMILARITY = 0.6;
/** A rival this close to the best makes a match uncertain. */
const RIVAL_MARGIN = 0.08;

export interface Candidate {
  field: string;
  /** 0 to 1; 1 for the column's own name or a listed synonym. */
  similarity: number;
}

export interface HeaderMatch {
  /** The provider's header as written. */
  header: string;
  field: string;
  similarity: number;
  via: 'name' | 'synonym' | 'similar' | 'mapping';
}

export interface ColumnProposal {
  type: RecordTypeName;
  /** Headers matched with confidence, in header order. */
  matches: HeaderMatch[];
  /** Headers that look like a column but not clearly enough, with their candidates (best first). */
  uncertain: { header: string; candidates: Candidate[] }[];
  /** Required columns no header was matched to, with the headers that might hold them. */
  missingRequired: { field: string; candidates: { header: string; similarity: number }[] }[];
  /** Headers that match nothing. */
  unmatched: string[];
}

/** "Family present (Y/N)" → "family present"; "CREATED_AT" → "created at". */
export function headerWords(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const REORDERED_SIMILARITY = 0.9;

function sortedWords(words: string): string {
  return words.split(' ').sort().join(' ');
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

export function synonymsOf(type: RecordTypeName, field: string): string[] {
  return [...(HEADER_SYNONYMS[type]?.[field] ?? []), ...(HEADER_SYNONYMS['*']?.[field] ?? [])].map(headerWords);
}

/** How well one header fits one field, and whether by name, synonym or likeness. */
export function scoreHeader(type: RecordTypeName, header: string, field: ImportField): { similarity: number; via: HeaderMatch['via'] } {
  const words = headerWords(header);
  const name = headerWords(field.name);
  if (words === name) return { similarity: 1, via: 'name' };
  const synonyms = synonymsOf(type, field.name);
  if (synonyms.includes(words)) return { similarity: 1, via: 'synonym' };
  const targets = [name, headerWords(field.meaning), ...synonyms];
  // The same words in another order ("Held date", "date held") is close but not a listed synonym.
  const sorted = sortedWords(words);
  const reordered = targets.some((target) => sortedWords(target) === sorted) ? REORDERED_SIMILARITY : 0;
  const best = Math.max(reordered, ...targets.map((target) => similarity(words, target)));
  return { similarity: Math.round(best * 100) / 100, via: 'similar' };
}

/** The proposal for one table's headers read as `type`; `fixed` holds matches already decided (a mapping file's). */
export function proposeColumns(type: RecordTypeName, headers: readonly string[], fixed: readonly HeaderMatch[] = []): ColumnProposal {
  const fields = RECORD_TYPES[type].fields;
  const proposal: ColumnProposal = { type, matches: [...fixed], uncertain: [], missingRequired: [], unmatched: [] };
  const taken = new Set(fixed.map((match) => match.field));
  const decided = new Set(fixed.map((match) => match.header));
  const open = headers.filter((header) => header.trim() !== '' && !decided.has(header));
  const scores = open.map((header) => ({
    header,
    ranked: fields
      .map((field) => ({ field: field.name, ...scoreHeader(type, header, field) }))
      .filter((entry) => entry.similarity >= CANDIDATE_SIMILARITY)
      .sort((a, b) => b.similarity - a.similarity),
  }));
  // Exact names and synonyms first, so a likeness never takes a column a synonym names.
  for (const pass of ['exact', 'similar'] as const) {
    for (const { header, ranked } of scores) {
      if (decided.has(header)) continue;
      const free = ranked.filter((entry) => !taken.has(entry.field));
      const [best, rival] = free;
      if (!best) continue;
      const exact = best.via !== 'similar';
      if (pass === 'exact' ? !exact : exact) continue;
      const clear = exact || (best.similarity >= CONFIDENT_SIMILARITY && (!rival || best.similarity - rival.similarity >= RIVAL_MARGIN));
      if (!clear) continue;
      proposal.matches.push({ header, field: best.field, similarity: best.similarity, via: best.via });
      taken.add(best.field);
      decided.add(header);
    }
  }
  for (const { header, ranked } of scores) {
    if (decided.has(header)) continue;
    const free = ranked.filter((entry) => !taken.has(entry.field));
    if (free.length > 0) proposal.uncertain.push({ header, candidates: free.slice(0, 3).map(({ field, similarity: score }) => ({ field, similarity: score })) });
    else proposal.unmatched.push(header);
  }
  for (const field of fields) {
    if (!field.required || taken.has(field.name)) continue;
    const candidates = proposal.uncertain
      .flatMap(({ header, candidates: list }) => list.filter((candidate) => candidate.field === field.name).map((candidate) => ({ header, similarity: candidate.similarity })))
      .sort((a, b) => b.similarity - a.similarity);
    proposal.missingRequired.push({ field: field.name, candidates });
  }
  const order = new Map(headers.map((header, index) => [header, index]));
  proposal.matches.sort((a, b) => (order.get(a.header) ?? 0) - (order.get(b.header) ?? 0));
  return proposal;
}

/** Required columns covered and confident matches, for choosing the record type a header describes. */
export function proposalScore(proposal: ColumnProposal): number {
  return proposal.missingRequired.length === 0 ? 1000 + proposal.matches.length : proposal.matches.length - 10 * proposal.missingRequired.length;
}
