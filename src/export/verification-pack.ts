/**
 * The verification pack: what the bid team checks and signs off before submitting, never sent
 * to the buyer. For every claim of every answer (numbers and practice statements) it says what
 * the claim rests on, how that is counted, the counts, period and place, the import batches
 * behind it (file, SHA-256, imported at, rows) and how recent the records are; then the
 * findings exported anyway with the reason given, and a sign-off table.
 */
import { formatPeriodLabel } from '../claims/format-period-label.js';
import { formatLongDate } from '../evidence/calendar/iso-date.js';
import type { ValidatedClaim } from '../claims/claims-schema.js';
import type { DeclaredPractice, Figure, FigureProvenance, Practice, Standard } from '../evidence/evidence-pack-schema.js';
import { asOfDate, DEFAULT_MAX_AGE_MONTHS, monthsBefore } from '../evidence/figure-freshness.js';
import type { Section } from '../section/section-schema.js';
import type { CountKind } from '../section/count-response.js';
import { declaredPracticeDetail, describeFigureResult, formatStandardValue, standardText } from './describe-evidence.js';
import { formatCountLine } from './format-count-line.js';
import { paragraphOfLine } from './reader-wording.js';
import { mergeGateReports, type GateFinding, type GateReport } from './gate-schema.js';
import { runExportGate } from './run-export-gate.js';

export type PackClaimKind = 'number' | 'practice';

export interface PackClaim {
  /** Position in its answer, 1-based. */
  number: number;
  kind: PackClaimKind;
  /** The claim as written, and where: "paragraph 3", counted as the answer reads in Word. */
  text: string;
  where: string;
  status: ValidatedClaim['status'];
  /** Whether the status lets the answer go out as it stands. */
  verified: boolean;
  message: string;
  /** Whether the message only restates the figure, counts, period and place the other fields give. */
  messageRestates: boolean;
  /** The figure, standard or practice it rests on ("Reviews with family or advocate input [family-advocate-input]"). */
  restsOn: string;
  counting: string;
  counts: string;
  period: string;
  place: string;
  /** Latest record date behind it (YYYY-MM-DD), when known. */
  asOf?: string;
  stale: boolean;
  /** References into the pack's batch list ("B1"). */
  batches: string[];
}

export interface PackBatch {
  ref: string;
  file: string;
  sha256: string;
  importedAt: string;
  rows: string;
  latestRecordOn?: string;
}

export interface PackFinding {
  where: string;
  status: string;
  message: string;
  /** The reason the bid team gave to export it anyway; absent while it still blocks. */
  allowedBecause?: string;
}

export interface PackAnswer {
  label: string;
  question: string;
  period: string;
  place: string;
  countLine: string;
  claims: PackClaim[];
  findings: PackFinding[];
  /** Figures the answer cites whose records are older than the allowed age. */
  stale: { label: string; asOf: string }[];
}

export interface VerificationPackModel {
  title: string;
  bidderName: string;
  tenderName?: string;
  lot?: string;
  generatedAt: string;
  maxAgeMonths: number;
  /** Records older than this day are flagged (YYYY-MM-DD). */
  staleBefore: string;
  answers: PackAnswer[];
  batches: PackBatch[];
  totals: { claims: number; verified: number; unverified: number; stale: number; findings: number };
  signOffRoles: string[];
}

export interface VerificationPackOptions {
  /** The gate already run for these answers (by the export); run here when absent. */
  gate?: GateReport;
  allowUnverified?: string;
  countKind?: CountKind;
  now?: Date;
  /** Figures whose records are older than this many months are flagged (6 by default). */
  maxAgeMonths?: number;
  titleOverrides?: { bidderName?: string; tenderName?: string; lot?: string };
}

const VERIFIED_STATUSES: ReadonlySet<ValidatedClaim['status']> = new Set(['supported', 'standard', 'practised', 'declared']);
const SIGN_OFF_ROLES = ['Bid writer', 'Registered Manager (records checked)', 'Bid manager'];
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

class BatchIndex {
  readonly list: PackBatch[] = [];
  private readonly byId = new Map<string, string>();

  refsOf(provenance: FigureProvenance | undefined): string[] {
    return (provenance?.batches ?? []).map((batch) => {
      const known = this.byId.get(batch.id);
      if (known) return known;
      const ref = `B${this.list.length + 1}`;
      this.byId.set(batch.id, ref);
      this.list.push({
        ref,
        file: batch.file,
        sha256: batch.sha256,
        importedAt: batch.importedAt,
        rows: batch.rows ? `rows ${batch.rows.first}–${batch.rows.last}` : 'not recorded',
        ...(batch.latestRecordOn ? { latestRecordOn: batch.latestRecordOn } : {}),
      });
      return ref;
    });
  }
}

/** "1 review", not "1 reviews": the one noun that is not a plural with an s is "people". */
function countedNoun(rows: number, noun: string): string {
  if (rows !== 1) return noun;
  if (noun === 'people') return 'person';
  return noun.replace(/s$/, '');
}

function countingOf(provenance: FigureProvenance | undefined, fallback: string): string {
  if (!provenance) return fallback;
  return provenance.recordsDetail ? `${provenance.records} (${provenance.recordsDetail})` : provenance.records;
}

function figureCounts(figure: Figure): string {
  const rows = figure.provenance ? `; ${NUMBER.format(figure.provenance.rows)} ${countedNoun(figure.provenance.rows, figure.provenance.noun ?? 'records')} counted` : '';
  return `${describeFigureResult(figure)}${rows}`;
}

function practiceCounts(practice: Practice): string {
  const noun = practice.noun ?? practice.provenance.noun ?? 'records';
  const share = practice.share === null ? 'no cases' : `${NUMBER.format(practice.share)}%`;
  const threshold = practice.basis === 'occurrence' ? 'one recorded case shows it' : `counts as practice at ${NUMBER.format(practice.threshold)}% or more`;
  return `${practice.numerator} of ${practice.denominator} ${noun} ${practice.shown ?? ''}`.trim() + ` (${share}; ${threshold})`;
}

interface ClaimContext {
  section: Section;
  batches: BatchIndex;
  staleBefore: string;
}

function packClaim(claim: ValidatedClaim, number: number, context: ClaimContext): PackClaim {
  const { section, batches, staleBefore } = context;
  const base = {
    number,
    kind: claim.kind,
    text: claim.text,
    where: `paragraph ${paragraphOfLine(section.responseText, claim.line)}`,
    status: claim.status,
    verified: VERIFIED_STATUSES.has(claim.status) || claim.actualStated === true,
    message: claim.message,
    messageRestates: VERIFIED_STATUSES.has(claim.status) && claim.actualStated !== true,
  };
  const figure: Figure | undefined = claim.figureId ? section.pack.figures.find((candidate) => candidate.id === claim.figureId) : undefined;
  const standard: Standard | undefined = claim.standardId ? section.pack.standards.find((candidate) => candidate.id === claim.standardId) : undefined;
  const practice: Practice | undefined = claim.practiceId ? section.pack.practices?.find((candidate) => candidate.id === claim.practiceId) : undefined;
  const declared: DeclaredPractice | undefined = claim.declaredPracticeId ? section.pack.declaredPractices?.find((candidate) => candidate.id === claim.declaredPracticeId) : undefined;
  if (declared) {
    // The provider's own statement: who owns it, where it is recorded and when it was last checked.
    return {
      ...base,
      restsOn: `${declared.text} [${declared.id}]`,
      counting: `Practice library, ${declared.source}`,
      counts: declaredPracticeDetail(declared),
      period: `In place since ${/^\d{4}-\d{2}-\d{2}$/.test(declared.since) ? formatLongDate(declared.since) : declared.since}`,
      place: declared.place ?? section.place,
      asOf: declared.stale ? declared.lastCheckedOn : (declared.measure?.asOf ?? declared.lastCheckedOn),
      stale: declared.stale,
      batches: batches.refsOf(declared.provenance),
    };
  }
  if (figure) {
    return {
      ...base,
      restsOn: `${figure.label} [${figure.id}]`,
      counting: countingOf(figure.provenance, figure.source),
      counts: figureCounts(figure),
      period: formatPeriodLabel(figure.period),
      place: figure.place ?? section.place,
      ...(figure.asOf ? { asOf: figure.asOf } : {}),
      stale: figure.asOf !== undefined && figure.asOf < staleBefore,
      batches: batches.refsOf(figure.provenance),
    };
  }
  if (practice) {
    const asOf = asOfDate(practice.provenance, section.period.end);
    return {
      ...base,
      restsOn: `${practice.label} [${practice.id}]`,
      counting: countingOf(practice.provenance, practice.label),
      counts: practiceCounts(practice),
      period: formatPeriodLabel(practice.period),
      place: practice.place ?? section.place,
      ...(asOf ? { asOf } : {}),
      stale: asOf !== undefined && asOf < staleBefore,
      batches: batches.refsOf(practice.provenance),
    };
  }
  if (standard) {
    return {
      ...base,
      restsOn: `${standardText(standard)} [${standard.id}]`,
      counting: `Service standard set by ${section.organisation.name}`,
      counts: formatStandardValue(standard),
      period: 'Standing',
      place: section.place,
      stale: false,
      batches: [],
    };
  }
  return { ...base, messageRestates: false, restsOn: 'Nothing in the evidence pack', counting: '—', counts: '—', period: section.period.human, place: section.place, stale: false, batches: [] };
}

function packFinding(finding: GateFinding, text: string, reason: string | undefined): PackFinding {
  return {
    where: `paragraph ${paragraphOfLine(text, finding.line)}`,
    status: finding.status ?? (finding.source === 'limit' ? 'over the limit' : finding.ruleId),
    message: finding.message,
    ...(reason !== undefined ? { allowedBecause: reason } : {}),
  };
}

export async function buildVerificationPack(answers: readonly Section[], options: VerificationPackOptions = {}): Promise<VerificationPackModel> {
  const first = answers[0];
  if (!first) throw new TypeError('buildVerificationPack needs at least one answer');
  const gate =
    options.gate ??
    mergeGateReports(await Promise.all(answers.map((section, index) => runExportGate(section, { index, ...(options.countKind ? { countKind: options.countKind } : {}) }))));
  const now = options.now ?? new Date();
  const maxAgeMonths = options.maxAgeMonths ?? DEFAULT_MAX_AGE_MONTHS;
  const staleBefore = monthsBefore(now, maxAgeMonths);
  const reason = options.allowUnverified?.trim() || undefined;
  const batches = new BatchIndex();

  const packAnswers = answers.map((section, index): PackAnswer => {
    const sectionGate = gate.sections[index];
    if (!sectionGate) throw new TypeError(`No gate report for answer ${index}`);
    const claims = [...sectionGate.claims].sort((a, b) => a.offset - b.offset).map((claim, position) => packClaim(claim, position + 1, { section, batches, staleBefore }));
    const stale = new Map<string, string>();
    for (const claim of claims) if (claim.stale && claim.asOf) stale.set(claim.restsOn.replace(/ \[[^\]]*\]$/, ''), claim.asOf);
    return {
      label: sectionGate.question,
      question: section.question.text,
      period: section.period.human,
      place: section.place,
      countLine: formatCountLine({ count: sectionGate.count, kind: sectionGate.limit?.kind ?? 'words', ...(sectionGate.limit ? { limit: sectionGate.limit.value } : {}) }),
      claims,
      findings: gate.findings.filter((finding) => finding.section === index && finding.blocking).map((finding) => packFinding(finding, section.responseText, reason)),
      stale: [...stale].map(([label, asOf]) => ({ label, asOf })),
    };
  });

  const overrides = options.titleOverrides ?? {};
  const bidderName = overrides.bidderName ?? first.organisation.bidderName;
  const tenderName = overrides.tenderName ?? first.tender.name;
  const lot = overrides.lot ?? first.tender.lot;
  const allClaims = packAnswers.flatMap((answer) => answer.claims);
  return {
    title: `Verification pack: ${tenderName ?? 'tender response'} (not for submission)`,
    bidderName,
    ...(tenderName ? { tenderName } : {}),
    ...(lot ? { lot } : {}),
    generatedAt: now.toISOString(),
    maxAgeMonths,
    staleBefore,
    answers: packAnswers,
    batches: batches.list,
    totals: {
      claims: allClaims.length,
      verified: allClaims.filter((claim) => claim.verified).length,
      unverified: allClaims.filter((claim) => !claim.verified).length,
      stale: allClaims.filter((claim) => claim.stale).length,
      findings: packAnswers.reduce((sum, answer) => sum + answer.findings.length, 0),
    },
    signOffRoles: SIGN_OFF_ROLES,
  };
}
