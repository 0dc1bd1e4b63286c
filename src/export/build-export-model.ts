/**
 * One neutral description of the export document, built once and rendered to Word or Markdown,
 * so both formats carry the same content: each question and its response, and, when asked, the
 * title block, a source note after every number, the count line against the limit and the
 * evidence table; and the appendix of anything exported unverified.
 */
import type { ValidatedClaim } from '../claims/claims-schema.js';
import type { Section } from '../section/section-schema.js';
import type { Figure, Standard } from '../evidence/evidence-pack-schema.js';
import {
  declaredPracticeNote,
  describeFigureResult,
  figureNote,
  figurePeriod,
  formatStandardValue,
  standardNote,
  unverifiedNote,
} from './describe-evidence.js';
import { ANNOTATED_CONTENT, type ExportContent } from './export-content-schema.js';
import { formatCountLine } from './format-count-line.js';
import { paragraphOfLine, plainQuotes } from './reader-wording.js';
import type { GateFinding, SectionGate } from './gate-schema.js';
import { parseResponse, type ResponseBlock, type ResponseSpan } from '../section/parse-response.js';

export const APPENDIX_HEADING = 'Appendix for the bid team: unverified content';
/**
 * The appendix travels inside the submission so nothing unverified leaves silently, which also
 * means it would reach the buyer unless someone removes it: its first words say so.
 */
export const APPENDIX_WARNING = 'For the bid team, not the buyer: delete this appendix before submitting.';

export interface TitleOverrides {
  bidderName?: string;
  tenderName?: string;
  lot?: string;
}

export type ModelSegment =
  | { kind: 'text'; text: string; bold: boolean; italic: boolean }
  | { kind: 'note'; number: number };

export interface ModelBlock {
  kind: ResponseBlock['kind'];
  number?: number;
  segments: ModelSegment[];
}

export interface SourceNote {
  number: number;
  text: string;
  verified: boolean;
}

export interface EvidenceRow {
  id: string;
  kind: 'figure' | 'standard';
  label: string;
  value: string;
  period: string;
  place: string;
  source: string;
}

export interface ModelQuestion {
  label: string;
  heading: string;
  /** The question's own text below its heading, a paragraph per line; empty when the heading holds it all. */
  question: string[];
  details: string[];
  blocks: ModelBlock[];
  /** The response Markdown with a `[^n]` note marker after each number. */
  markdown: string;
  countLine: string;
  evidence: EvidenceRow[];
  notes: SourceNote[];
}

export interface AppendixEntry {
  question: string;
  line: number;
  column: number;
  /** The answer's paragraph holding it, as the Word reader counts them. */
  paragraph: number;
  text: string;
  finding: string;
  message: string;
}

export interface ExportModel {
  /** What the document holds besides questions and answers. */
  content: ExportContent;
  title: string;
  bidderName: string;
  tenderName?: string;
  lot?: string;
  /** "Harbour Care · Supported Living Framework 2026, Lot 2" for the page header. */
  headerText: string;
  titleLines: { label: string; value: string }[];
  questions: ModelQuestion[];
  appendix?: { reason: string; entries: AppendixEntry[] };
  figureIds: string[];
}

export interface BuildExportModelOptions {
  sections: readonly Section[];
  gates: readonly SectionGate[];
  findings: readonly GateFinding[];
  allowUnverified?: string;
  titleOverrides?: TitleOverrides;
  /** What goes in besides each question and answer; everything when absent. */
  content?: ExportContent;
}

interface PlacedNote {
  offset: number;
  number: number;
}

function noteFor(claim: ValidatedClaim, section: Section, number: number): SourceNote | undefined {
  if (claim.status === 'supported' && claim.figureId) {
    const figure = section.pack.figures.find((item) => item.id === claim.figureId);
    if (figure) return { number, text: figureNote(figure), verified: true };
  }
  if (claim.status === 'standard' && claim.standardId) {
    const standard = section.pack.standards.find((item) => item.id === claim.standardId);
    if (standard) return { number, text: standardNote(standard, section.organisation.name), verified: true };
  }
  if ((claim.status === 'declared' || claim.status === 'supported') && claim.declaredPracticeId) {
    const practice = section.pack.declaredPractices?.find((item) => item.id === claim.declaredPracticeId);
    if (practice) return { number, text: declaredPracticeNote(practice, section.organisation.name), verified: true };
  }
  if (['mismatch', 'unsupported', 'overstated', 'partly', 'contradicted', 'stale-declared'].includes(claim.status) && !claim.actualStated) return { number, text: unverifiedNote(claim), verified: false };
  return undefined;
}

/** Splits the block's spans so each note marker sits right after the number its claim covers. */
function placeNotes(block: ResponseBlock, notes: readonly PlacedNote[]): ModelBlock {
  const inBlock = notes
    .filter((note) => note.offset > block.start && note.offset <= block.end)
    .sort((a, b) => a.offset - b.offset);
  const pending = new Set(inBlock);
  const segments: ModelSegment[] = [];
  const textSegment = (span: ResponseSpan, text: string): ModelSegment => ({ kind: 'text', text, bold: span.bold, italic: span.italic });
  const flush = (upTo: number): void => {
    for (const note of inBlock) {
      if (pending.has(note) && note.offset <= upTo) {
        segments.push({ kind: 'note', number: note.number });
        pending.delete(note);
      }
    }
  };
  for (const span of block.spans) {
    // A claim that ends between spans (at a closing `**`, say) is noted before the next span.
    flush(span.start);
    let cursor = 0;
    if (span.exact) {
      for (const note of inBlock) {
        if (!pending.has(note) || note.offset > span.end) continue;
        const cut = note.offset - span.start;
        if (cut > cursor) segments.push(textSegment(span, span.text.slice(cursor, cut)));
        segments.push({ kind: 'note', number: note.number });
        pending.delete(note);
        cursor = cut;
      }
    }
    if (cursor < span.text.length) segments.push(textSegment(span, span.text.slice(cursor)));
    // Escaped or entity-bearing text cannot be cut at a source offset: its notes follow the span.
    flush(span.end);
  }
  for (const note of pending) segments.push({ kind: 'note', number: note.number });
  return { kind: block.kind, ...(block.number !== undefined ? { number: block.number } : {}), segments };
}

function insertMarkers(markdown: string, notes: readonly PlacedNote[]): string {
  let result = markdown;
  for (const note of [...notes].sort((a, b) => b.offset - a.offset || b.number - a.number)) {
    result = `${result.slice(0, note.offset)}[^${note.number}]${result.slice(note.offset)}`;
  }
  return result.trimEnd();
}

function figureRow(figure: Figure): EvidenceRow {
  return {
    id: figure.id,
    kind: 'figure',
    label: figure.label,
    value: describeFigureResult(figure),
    period: figurePeriod(figure),
    place: figure.place ?? '',
    source: figure.source,
  };
}

const SHORT_SOURCE_CHARACTERS = 48;

/** "Ashbridge and Hollinwade" stays; four services named in a narrow column become "4 services". */
export function abbreviatePlace(place: string): string {
  const names = place.split(/,\s*|\s+and\s+/).filter((name) => name.trim() !== '');
  return names.length > 2 ? `${names.length} services` : place;
}

/** "review records (reviews.csv)": what was counted and the file, on one line. */
export function oneLineSource(figure: Figure): string {
  const files = [...new Set(figure.provenance?.batches.map((batch) => batch.file) ?? [])];
  const records = figure.provenance?.records ?? figure.source.split(':')[0] ?? figure.source;
  const text = files.length > 0 ? `${records} (${files.join(', ')})` : records;
  return text.length > SHORT_SOURCE_CHARACTERS ? `${text.slice(0, SHORT_SOURCE_CHARACTERS - 1).trimEnd()}…` : text;
}

function shortRow(row: EvidenceRow, figure: Figure | undefined): EvidenceRow {
  return { ...row, place: abbreviatePlace(row.place), source: figure ? oneLineSource(figure) : row.source };
}

function standardRow(standard: Standard, section: Section): EvidenceRow {
  return {
    id: standard.id,
    kind: 'standard',
    label: standard.label,
    value: formatStandardValue(standard),
    period: 'Standing',
    place: section.place,
    source: `Service standard set by ${section.organisation.name}`,
  };
}

/** Figures and standards the response cites, in the order a reader meets them. */
function citedEvidence(section: Section, claims: readonly ValidatedClaim[]): { figures: Figure[]; standards: Standard[] } {
  const figureIds = new Set<string>();
  const standardIds = new Set<string>();
  for (const claim of claims) {
    if (claim.status === 'supported' && claim.figureId) figureIds.add(claim.figureId);
    if (claim.status === 'standard' && claim.standardId) standardIds.add(claim.standardId);
  }
  const lines = [...Object.values(section.paragraph), ...section.supporting];
  for (const line of lines) {
    for (const id of line.figureIds) figureIds.add(id);
    for (const id of line.standardIds) standardIds.add(id);
  }
  const figures = [...figureIds].flatMap((id) => section.pack.figures.filter((figure) => figure.id === id));
  const standards = [...standardIds].flatMap((id) => section.pack.standards.filter((standard) => standard.id === id));
  return { figures, standards };
}

function findingName(finding: GateFinding): string {
  if (finding.status) return finding.status;
  return finding.source === 'limit' ? 'over the limit' : finding.ruleId;
}

export function buildExportModel(options: BuildExportModelOptions): ExportModel {
  const first = options.sections[0];
  if (!first) throw new TypeError('buildExportModel needs at least one section');
  const overrides = options.titleOverrides ?? {};
  const bidderName = overrides.bidderName ?? first.organisation.bidderName;
  const tenderName = overrides.tenderName ?? first.tender.name;
  const lot = overrides.lot ?? first.tender.lot;
  const content = options.content ?? ANNOTATED_CONTENT;
  let nextNote = 1;
  const allFigureIds = new Set<string>();

  const questions = options.sections.map((section, index): ModelQuestion => {
    const gate = options.gates[index];
    if (!gate) throw new TypeError(`No gate report for section ${index}`);
    const notes: SourceNote[] = [];
    const placed: PlacedNote[] = [];
    for (const claim of content.footnotes ? [...gate.claims].sort((a, b) => a.offset - b.offset) : []) {
      const note = noteFor(claim, section, nextNote);
      if (!note) continue;
      notes.push(note);
      placed.push({ offset: claim.endOffset, number: note.number });
      nextNote += 1;
    }
    const { figures, standards } = citedEvidence(section, gate.claims);
    for (const figure of figures) allFigureIds.add(figure.id);
    const label = gate.question;
    const details = [`Period: ${section.period.human}`, `Place: ${section.place}`];
    return {
      label,
      ...questionHeading(label, section.question.text),
      details,
      blocks: parseResponse(section.responseText).map((block) => placeNotes(block, placed)),
      markdown: insertMarkers(section.responseText, placed),
      countLine: formatCountLine({
        count: gate.count,
        kind: gate.limit?.kind ?? 'words',
        ...(gate.limit ? { limit: gate.limit.value } : {}),
      }),
      evidence:
        content.evidenceTable === 'none'
          ? []
          : content.evidenceTable === 'short'
            ? [...figures.map((figure) => shortRow(figureRow(figure), figure)), ...standards.map((standard) => shortRow(standardRow(standard, section), undefined))]
            : [...figures.map(figureRow), ...standards.map((standard) => standardRow(standard, section))],
      notes,
    };
  });

  const titleLines = [{ label: 'Bidder', value: bidderName }];
  if (tenderName) titleLines.push({ label: 'Tender', value: tenderName });
  if (lot) titleLines.push({ label: 'Lot', value: lot });
  titleLines.push({ label: options.sections.length === 1 ? 'Question' : 'Questions', value: questions.map((question) => question.label.replace(/^Question /, '')).join(', ') });

  const model: ExportModel = {
    content,
    title: tenderName ? `${tenderName}: response from ${bidderName}` : `Tender response from ${bidderName}`,
    bidderName,
    ...(tenderName ? { tenderName } : {}),
    ...(lot ? { lot } : {}),
    // A lot given as its number ("2") reads "Lot 2" in the header, as the bid page shows it.
    headerText: [bidderName, [tenderName, lot && !/^lot\b/iu.test(lot) ? `Lot ${lot}` : lot].filter(Boolean).join(', ')].filter(Boolean).join(' · '),
    titleLines,
    questions,
    figureIds: [...allFigureIds],
  };
  if (options.allowUnverified !== undefined) {
    model.appendix = {
      reason: options.allowUnverified,
      entries: options.findings
        .filter((finding) => finding.blocking)
        .map((finding) => ({
          question: finding.question,
          line: finding.line,
          column: finding.column,
          paragraph: paragraphOfLine(options.sections[finding.section]?.responseText ?? '', finding.line),
          text: finding.actual ?? '',
          finding: findingName(finding),
          message: plainQuotes(finding.message),
        })),
    };
  }
  return model;
}

/** A short question fits its heading; a longer one under a title line keeps the title there. */
const HEADING_WORDS = 40;
const TITLE_WORDS = 12;

/**
 * The heading a question takes, and its text below it. A scenario of several paragraphs and
 * lettered asks set in one bold heading reads as a wall of type: it keeps its lines as the buyer
 * wrote them, under the question's number and its title line where it has one.
 */
export function questionHeading(label: string, text: string): { heading: string; question: string[] } {
  const lines = text.split(/\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line.length > 0);
  const words = (line: string) => line.split(' ').length;
  if (lines.length <= 1 && words(lines[0] ?? '') <= HEADING_WORDS) return { heading: lines.length === 0 ? label : `${label}: ${lines[0]}`, question: [] };
  const [first = '', ...rest] = lines;
  if (rest.length > 0 && words(first) <= TITLE_WORDS && !/[.?!:;,]$/.test(first)) return { heading: `${label}: ${first}`, question: rest };
  return { heading: label, question: lines };
}
