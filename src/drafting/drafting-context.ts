/**
 * Everything both drafters may say, prepared once from the evidence: the short place, the
 * standards as text, the figures ranked for the question, case examples and the "you said,
 * we did" change, the NI sampling position, and notes for the writer. Numbers in here are
 * already formatted strings from the evidence pack.
 */
import { formatPeriodLabel } from '../claims/format-period-label.js';
import { addDays, dateParts, monthName } from '../evidence/calendar/iso-date.js';
import type { Figure } from '../evidence/evidence-pack-schema.js';
import type { CaseExample, FiguresResult, RecordExample } from '../evidence/figures-schema.js';
import { formatFraction } from '../evidence/format-figure.js';
import { parsePeriod, periodContaining } from '../evidence/period.js';
import { chooseFigures, type ChosenFigures } from './choose-figures.js';
import { recordTerms } from './data/figure-wording.js';
import { describeFigure, describeStandards, isEnablementOutcome, shortSource, type FigureText, type StandardTexts } from './describe-figure.js';
import type { PracticeFacts, YouSaidWeDid } from './drafting-schema.js';
import { DEFAULT_STANDARD_THRESHOLD_PERCENT } from '../claims/data/standard-claims.js';
import { detectPracticeStatements } from '../claims/practice/detect-practice-statements.js';
import { screenFreeText } from './screen-free-text.js';
import { seedHash } from './template-library.js';
import { describeQuestion, readQuestion, type QuestionAnalysis } from './question/read-question.js';
import { withNamedTermTopics } from './question/named-terms.js';
import { actorTopicsOf } from './question/question-parts.js';
import { scoreInvolvement } from './tender-pack/score-involvement.js';
import { joinList, lowerFirst } from '../shared/english-text.js';

export interface CaseText {
  service: string;
  /** The record as imported: the model is shown this case only as far as the record's own free text passes screening. */
  example: CaseExample;
  measure: string;
  /** "went up" / "came down". */
  direction: string;
  directionNoun: string;
  /** "gone up" / "come down", after "had". */
  directionPerfect: string;
  month: string;
  verifiedBy: string;
  /** The in-period enablement figure this outcome belongs to, when there is one: its numbers may then be quoted. */
  figure?: FigureText;
  /** False when the record's own words look like a name, contact detail or instruction: never written as recorded. */
  quotable: boolean;
  /**
   * What the person wanted, what was done and who agreed it, as recorded: only the parts that pass
   * screening, hold no number of their own and state no practice the records do not back.
   */
  story?: { goal?: string; support?: string; agreedWith?: string };
}

/** A logged advocate referral or disagreement to tell as an example, with its one figure. */
export interface LoggedText {
  example: RecordExample;
  /** The figure the example's number is checked against (kept outside the pack until quoted). */
  figure: Figure;
  /** How the answer names the service: its locality when that is unique, else its name. */
  service: string;
  /** "August 2026". */
  month: string;
  /** Whether it falls in the period drafted (an older one says when, and comes after). */
  inPeriod: boolean;
}

export interface ChangeText {
  service: string;
  youSaid: string;
  /** The feedback in the third person, for prose about the organisation: "people did not want …". */
  heard: string;
  /** Whether the change was made within the period drafted (an answer about the last 12 months quotes those first). */
  inPeriod: boolean;
  weDid: string;
  changed: string;
  verified?: string;
  verifiedBy?: string;
  /** Who gave the feedback, as a role (advocate, family …). */
  raisedBy?: string;
}

export interface SamplingText {
  recorded: boolean;
  allMet: boolean;
  fraction?: string;
  perService: string;
  /** "Q3 2026", or "every quarter of the year to September 2026" over several quarters. */
  period: string;
  /**
   * What the records show, in the two frames the assurance lines use. Over several quarters
   * the last one comes first when it differs, since the year counts only services sampled in
   * every quarter: "in Q3 2026 4 of 4 services met it, but only 1 of 4 services kept to it in
   * every quarter of the year to September 2026"; "met at …".
   */
  met: { clause: string; at: string };
  source: string;
  /** When sampling is not recorded: the quarter it starts and the month it is first reported. */
  next: string;
  reportBy: string;
}

/**
 * A question asking whether practice is the same in every service, or for its figures service by
 * service ("separately for each type of service", "show home care and supported living as
 * separate figures", "broken down by service").
 */
const ACROSS_SERVICES = /\b(?:consisten(?:t|tly|cy)|across (?:all )?(?:of )?(?:your |the |our )?(?:services|settings|sites|teams)|(?:in )?(?:every|each) (?:of your )?(?:service|setting|site)s?\b|all (?:of )?your services|variation between|separate(?:ly)? (?:figures|for (?:each|every))|(?:broken down|split|analysed|shown) by (?:the )?(?:services?|settings?|type of service)\b|(?:for each|per) (?:type of )?(?:service|setting)\b(?! users?))/i;

/** An organisation's voice: FNV-1a's low bits barely differ between similar names, so they are mixed (MurmurHash3's finaliser) first. */
function voiceOf(slug: string): number {
  let hash = seedHash(slug);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** A figure counted at one service of several, beside the whole's figure of the same id. */
export interface ServiceFigure {
  /** The id of the whole's figure this one breaks down. */
  whole: string;
  /** How the answer names the service: its locality when that is unique, else its name. */
  service: string;
  /** The service's own figure, under an id of its own so a claim can cite it. */
  figure: Figure;
}

export interface DraftingContext {
  figures: FiguresResult;
  /**
   * The same figures at each service, by the whole's figure id, in the services' order. Stated
   * beside the whole when the question asks how the organisation knows it is the same across
   * services, or when one service is far behind the whole; the pack keeps those an answer cites.
   */
  byService: ReadonlyMap<string, readonly ServiceFigure[]>;
  /** The question asks whether something holds across services ("consistently across all of your services"). */
  acrossServices: boolean;
  seed: string;
  /**
   * Where an organisation's wordings start among a sentence's alternatives: two providers using
   * Assured for the same tender should not hand the buyer the same sentences.
   */
  voice: number;
  /** "Ashbridge, Hollinwade, Millbeck and Stonecross". */
  place: string;
  /**
   * Where the figures were counted, when that is only some of the organisation's services: a
   * figure sentence then names it ("In Q3 2026 at Stonecross mental health support, …"), so the
   * buyer does not read one service's figure as the organisation's.
   */
  figurePlace?: string;
  period: string;
  standards: StandardTexts;
  question: string | undefined;
  /** What the question asks about and asks for; absent when no question was given. */
  analysis?: QuestionAnalysis;
  ranked: (count: number, exclude?: ReadonlySet<string>) => ChosenFigures;
  cases: CaseText[];
  /** Logged referrals and disagreements of the twelve months to the period end, period first. */
  logged: LoggedText[];
  change?: ChangeText;
  sampling: SamplingText;
  /** Every quotable "you said, we did" change, best first (the chosen one leads; verified before not yet checked). */
  changes: ChangeText[];
  /** What the records list (review types, chairs, formats, modes, escalation levels). */
  practiceFacts: PracticeFacts;
  /** Whether the period's practice profile backs stating this practice as what happens. */
  practised: (practiceId: string) => boolean;
  practice: {
    formats?: string;
    complexChair?: string;
    cadence?: string;
    /**
     * The review rhythm as the standard, when the records do not show it happening for most
     * people: "a review with each person every month, with a deep-dive every quarter". An
     * answer about how often reviews happen states it beside the figure that measures it.
     */
    rhythmStandard?: string;
    keyWorkers: boolean;
    /** "send the summary within 5 working days", softened when the summaries figure is weak. */
    summaryDuty: string;
    disputes: boolean;
    chain?: string;
    reauditBy?: string;
  };
  /**
   * Words that turn a standard into a target where the records do not show it met: empty when
   * they do. Templates put a lead before the clause ("our standard is that key workers send…").
   */
  targets: { agendaLead: string; agendaAim: string; summaryLead: string; advocateLead: string };
  /** For each standard id: whether the records show it met often enough to state it as what happens. */
  standardsMet: Record<string, boolean>;
  notes: string[];
}

const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|dozen)\b/i;

function monthOf(date: string): string {
  const { year, month } = dateParts(date);
  return `${monthName(month)} ${year}`;
}

function term(value: string): string {
  return recordTerms[value] ?? value.replace(/-/g, ' ');
}

/** Town or locality for a service name ("Hollinwade"), falling back to the name. */
function localityOf(figures: FiguresResult, serviceName: string): string {
  return figures.services.find((service) => service.name === serviceName)?.locality ?? serviceName;
}

export function shortPlace(figures: FiguresResult): string {
  const localities = [...new Set(figures.services.map((service) => service.locality))];
  return figures.services.length === 1 ? figures.services[0]!.name : joinList(localities);
}

function lowerIsBetter(measure: string): boolean {
  return /\b(?:staff|prompts?|time needed|support for|missed|incidents?)\b/i.test(measure);
}

function ratioStaff(text: string): number | undefined {
  return /^\d+:\d+$/.test(text) ? Number(text.split(':')[0]) : undefined;
}

/**
 * A measure as the answer names it: without its bracketed unit, and with the possessive a
 * record's shorthand leaves out ("managing own medication" → "managing their own medication").
 */
export function measureWords(measure: string): string {
  return measure
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/(^|\s)(?<!\b(?:their|his|her|my|our|your|its|one's)\s)own\b/gi, '$1their own')
    .trim();
}

function describeCase(figures: FiguresResult, example: CaseExample): Omit<CaseText, 'quotable'> {
  const before = ratioStaff(example.before) ?? Number(example.before);
  const after = ratioStaff(example.after) ?? Number(example.after);
  const up = Number.isFinite(before) && Number.isFinite(after) ? after > before : !lowerIsBetter(example.measure);
  // The outcome's own numbers may be quoted only when the pack holds them as a figure.
  const figure = figures.figures.find(
    (candidate) =>
      (isEnablementOutcome(candidate) || candidate.catalogueId === 'enablement-case') &&
      candidate.outcome?.domain === example.domain &&
      candidate.outcome.before === example.before &&
      candidate.outcome.after === example.after,
  );
  const text: Omit<CaseText, 'quotable'> = {
    service: localityOf(figures, example.service),
    example,
    measure: measureWords(example.measure),
    direction: up ? 'went up' : 'came down',
    directionNoun: up ? 'go up' : 'come down',
    directionPerfect: up ? 'gone up' : 'come down',
    month: monthOf(example.verifiedOn),
    verifiedBy: lowerFirst(example.verifiedBy),
  };
  if (figure) text.figure = describeFigure(figure);
  return text;
}

function hasNumber(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORDS.test(text);
}

/** A verified change in or near the period (verified by its end first, then the nearest after). */
export function chooseChange(changes: readonly YouSaidWeDid[], period: { start: string; end: string }): YouSaidWeDid | undefined {
  const candidates = changes.filter(
    (change) => change.verifiedOn !== null && change.changedOn <= period.end && !hasNumber(change.youSaid) && !hasNumber(change.weDid),
  );
  const distance = (change: YouSaidWeDid) => {
    const verified = change.verifiedOn!;
    if (verified >= period.start && verified <= period.end) return 0;
    return verified < period.start ? 1_000 + (Date.parse(period.start) - Date.parse(verified)) / 86_400_000 : 10_000 + (Date.parse(verified) - Date.parse(period.end)) / 86_400_000;
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b) || b.verifiedOn!.localeCompare(a.verifiedOn!))[0];
}

/**
 * Changes made up to the period's end: the chosen one first, then the most recently verified,
 * then those not yet checked, most recent first. A change not yet checked is still what the
 * provider did about what it heard; the answer says it has not been checked (describeChange).
 */
function orderedChanges(changes: readonly YouSaidWeDid[], period: { end: string }, chosen: YouSaidWeDid | undefined): YouSaidWeDid[] {
  const usable = changes.filter((change) => change !== chosen && change.changedOn <= period.end && !hasNumber(change.youSaid) && !hasNumber(change.weDid));
  const verified = usable.filter((change) => change.verifiedOn !== null).sort((a, b) => b.verifiedOn!.localeCompare(a.verifiedOn!));
  const unchecked = usable.filter((change) => change.verifiedOn === null).sort((a, b) => b.changedOn.localeCompare(a.changedOn));
  return [...(chosen ? [chosen] : []), ...verified, ...unchecked];
}

const PAST_TENSE_START = /^(?:[A-Z][a-z]+ed|Rewrote|Made|Set|Put|Gave|Began|Took|Wrote|Built|Brought|Sent)\b/;

/** "Did not want …" → "you did not want …"; "Not told …" → "you were not told …". */
function youSaidClause(text: string): string {
  const clause = text.replace(/[.\s]+$/, '');
  if (/^Not\b/.test(clause)) return `you were ${lowerFirst(clause)}`;
  if (/^(?:Did|Wanted|Could|Would|Asked|Felt|Found|Needed|Had|Were|Was)\b/.test(clause)) return `you ${lowerFirst(clause)}`;
  return lowerFirst(clause);
}

/** "Did not want …" → "people did not want …"; "Not told …" → "people were not told …"; words in the first person are quoted as said. */
function heardClause(text: string): string {
  const clause = text.replace(/[.\s]+$/, '');
  if (/\b(?:I|me|my|I'm|I’m)\b/.test(clause)) return `“${clause}”`;
  if (/^Not\b/.test(clause)) return `people were ${lowerFirst(clause)}`;
  if (/^(?:Did|Wanted|Could|Would|Asked|Felt|Found|Needed|Had|Were|Was)\b/.test(clause)) return `people ${lowerFirst(clause)}`;
  return lowerFirst(clause);
}

function describeChange(figures: FiguresResult, change: YouSaidWeDid): ChangeText {
  const weDid = PAST_TENSE_START.test(change.weDid) ? `we ${lowerFirst(change.weDid)}` : lowerFirst(change.weDid);
  const text: ChangeText = {
    service: localityOf(figures, change.service),
    youSaid: youSaidClause(change.youSaid),
    heard: heardClause(change.youSaid),
    inPeriod: change.changedOn >= figures.period.start && change.changedOn <= figures.period.end,
    weDid: weDid.replace(/[.\s]+$/, ''),
    changed: monthOf(change.changedOn),
  };
  if (change.verifiedOn) text.verified = monthOf(change.verifiedOn);
  if (change.verifiedBy) text.verifiedBy = term(change.verifiedBy);
  if (change.raisedBy) text.raisedBy = change.raisedBy;
  return text;
}

/** "in Q3 2026 4 of 4 services met it, but only 1 of 4 services kept to it in every quarter of …", in the two frames. */
function shortfallFrames(recent: { fraction: string | undefined; period: string }, span: { fraction: string | undefined; period: string }, oneService: boolean): SamplingText['met'] {
  // One service has no "1 of 1 services": it met the standard, or did not.
  if (oneService) return { clause: `in ${recent.period} it was met, but not in ${span.period}`, at: `met in ${recent.period} but not in ${span.period}` };
  return {
    // "Only 1 of 4 in every quarter" alone reads as garbled: the services, and that they kept to it, are said.
    clause: `in ${recent.period} ${recent.fraction} services met it, but only ${span.fraction} services kept to it in ${span.period}`,
    at: `met at ${recent.fraction} services in ${recent.period}, but only ${span.fraction} services kept to it in ${span.period}`,
  };
}

function samplingOf(figures: FiguresResult, standards: StandardTexts): SamplingText {
  const figure: Figure | undefined = figures.figures.find((candidate) => candidate.id === 'ni-sampling');
  const nextQuarter = periodContaining(addDays(figures.period.end, 1), 'quarter');
  const reportMonth = addDays(nextQuarter.end, 1);
  const recorded = figure !== undefined && figure.value !== null && figure.samplingRecorded !== false && (figure.denominator ?? 0) > 0;
  const fraction = figure ? formatFraction(figure) : undefined;
  const latestFigure = figures.figures.find((candidate) => candidate.id === 'ni-sampling-latest');
  const latestFraction = latestFigure && latestFigure.value !== null ? formatFraction(latestFigure) : undefined;
  const latest = recorded && latestFraction && latestFraction !== fraction ? { fraction: latestFraction, period: formatPeriodLabel(latestFigure!.period) } : undefined;
  const period = figures.period.kind === 'quarter' || figures.period.kind === 'month' ? periodInAnswer(figures.period) : `every quarter of ${periodInAnswer(figures.period)}`;
  const shown = fraction ?? 'some';
  // A quarter's answer says how many services kept sampling up all year when fewer did than in
  // the quarter: "4 of 4 in Q3" alone hides that most missed it earlier in the year.
  const yearFigure = figures.figures.find((candidate) => candidate.id === 'ni-sampling-year');
  const year =
    recorded && yearFigure && yearFigure.numerator !== undefined && figure!.numerator !== undefined && yearFigure.numerator < figure!.numerator
      ? { fraction: formatFraction(yearFigure), period: `every quarter of ${periodInAnswer(parsePeriod(yearFigure.period))}` }
      : undefined;
  // The recent reading first, then how few kept it up over the longer span.
  const oneService = figure?.denominator === 1;
  const met = year
    ? shortfallFrames({ fraction: shown, period }, year, oneService)
    : latest
      ? shortfallFrames(latest, { fraction: shown, period }, oneService)
      : oneService
        ? { clause: `in ${period} it was ${figure?.numerator === 1 ? '' : 'not '}met`, at: `${figure?.numerator === 1 ? '' : 'not '}met in ${period}` }
        : { clause: `in ${period} ${shown} services met it`, at: `met at ${shown} services in ${period}` };
  return {
    met,
    recorded,
    allMet: recorded && figure!.numerator === figure!.denominator && !year,
    ...(fraction ? { fraction } : {}),
    // Without the organisation's standard there is no number to state: a number here would be unbacked.
    perService: standards['ni-sampling'] ?? 'some',
    // Over several quarters a service meets the standard only by meeting it in each one: the
    // core line says so, or the year's count reads as contradicting the latest quarter's.
    period,
    source: figure ? shortSource(figure) : 'governance sampling records',
    next: nextQuarter.human,
    reportBy: monthOf(reportMonth),
  };
}

/**
 * Whether the records show a service standard met often enough to state it as what happens.
 * A standard with no actual in the pack (a meeting length, say) is stated as it is; one whose
 * actual is missing or below the threshold is written as a target.
 */
function standardMet(figures: readonly Figure[], standardId: string): boolean {
  const actual = figures.find((figure) => figure.standardId === standardId && figure.unit === 'percent');
  if (!actual) return true;
  return typeof actual.value === 'number' && actual.value >= DEFAULT_STANDARD_THRESHOLD_PERCENT;
}

/**
 * Whether the period's practice profile backs stating a practice as what happens: a routine at
 * or above its threshold, an offer or a log shown at least once. A pack without a profile
 * (written before profiles existed) states what the records list, as before.
 */
function practisedIn(figures: FiguresResult): (id: string) => boolean {
  if (!figures.practices) return () => true;
  const byId = new Map(figures.practices.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) return false;
    return entry.basis === 'occurrence' ? entry.numerator > 0 : entry.share !== null && entry.share >= entry.threshold;
  };
}

/** Claims the routine as done only when the records show it is. */
function summaryDuty(met: boolean, deadline: string): string {
  return met ? `send the summary within ${deadline}` : `are responsible for the summary, which our standard says goes out within ${deadline}`;
}

/**
 * The period as an answer names it: "Q3 2026", or "the year to September 2026" for the
 * twelve whole months a "last 12 months" question is drafted over (the dates in full read
 * heavily when repeated through an answer).
 */
export function periodInAnswer(period: FiguresResult['period']): string {
  if (period.kind !== 'range') return period.human;
  const start = dateParts(period.start);
  const end = dateParts(period.end);
  const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
  const wholeMonths = start.day === 1 && addDays(period.end, 1).endsWith('-01');
  return wholeMonths && months === 12 ? `the year to ${monthName(end.month)} ${end.year}` : period.human;
}

export interface DraftingContextOptions {
  figures: FiguresResult;
  changes?: readonly YouSaidWeDid[];
  practice?: PracticeFacts;
  question?: string;
  /** True when the figures cover only some of the organisation's services. */
  someServices?: boolean;
  /** The figures at each service, when there are two or more. */
  serviceFigures?: readonly ServiceFigure[];
}

export function buildDraftingContext(options: DraftingContextOptions): DraftingContext {
  const { figures } = options;
  const standards = describeStandards(figures.standards);
  const notes: string[] = [];
  const practice = options.practice;
  const figureById = (id: string) => figures.figures.find((figure) => figure.id === id);

  // A tender answer is read outside the organisation: a record whose own words look like a
  // name, a contact detail or an instruction is not quoted, whichever drafter writes.
  const quotable = (texts: readonly (string | null | undefined)[]) => texts.every((text) => !text || screenFreeText(text, 'phrase').length === 0);
  const cases = (figures.caseExamples ?? []).map((example) => ({ ...describeCase(figures, example), quotable: quotable([example.measure, example.verifiedBy]) }));
  const unquotable = cases.filter((example) => !example.quotable).length;
  if (unquotable > 0) {
    notes.push(
      `${unquotable} consented case example(s) not quoted as recorded: the recorded measure or "verified by" looks like it holds a name, contact detail or instruction. Reword the enablement record without personal details to use it.`,
    );
  }
  // Quotable outcomes lead; then those verified in the period, then those the pack can back
  // with numbers, then the most recent.
  const inPeriod = (example: CaseText) => example.example.verifiedOn >= figures.period.start && example.example.verifiedOn <= figures.period.end;
  cases.sort(
    (a, b) =>
      Number(b.quotable) - Number(a.quotable) ||
      Number(inPeriod(b)) - Number(inPeriod(a)) ||
      Number(b.figure !== undefined) - Number(a.figure !== undefined) ||
      b.example.verifiedOn.localeCompare(a.example.verifiedOn),
  );
  for (const example of cases.filter((entry) => entry.quotable && !inPeriod(entry))) {
    notes.push(
      `The case example at ${example.service} (${example.measure}) was verified in ${example.month}, before ${figures.period.human}: if quoted it gives that month${example.figure ? ' with its numbers' : ', without its numbers (the evidence pack does not hold them)'}; a case verified in the period would be stronger.`,
    );
  }
  if (cases.length === 0) notes.push(`No consented, verified case example up to ${figures.period.human}: the evidence line has no human line; add one when an outcome is verified with consent.`);

  const allChanges = options.changes ?? [];
  // A change is quoted in its own words, so those words must not claim a practice the records do not back.
  const backedPractice = practisedIn(figures);
  const claimsOnlyBacked = (text: string) => detectPracticeStatements(text, {}).every((statement) => backedPractice(statement.practiceId));
  const screenedChanges = allChanges.filter((change) => quotable([change.youSaid, change.weDid, change.verifiedBy]) && claimsOnlyBacked(`${change.youSaid}. ${change.weDid}.`));
  const chosenChange = chooseChange(screenedChanges, figures.period);
  if (screenedChanges.length < allChanges.length && chosenChange === undefined && chooseChange(allChanges, figures.period) !== undefined) {
    notes.push('A "you said, we did" change was not quoted: its wording looks like it holds a name, contact detail or instruction, or states a practice the period\'s records do not back. Reword the change record to use it.');
  }
  if (!chosenChange) notes.push('No verified "you said, we did" change in or near the period, so none is quoted.');

  for (const entry of cases) {
    const recorded = entry.example.story;
    if (!recorded) continue;
    const usable = (text: string | undefined) => (text && quotable([text]) && !hasNumber(text) && claimsOnlyBacked(text) ? text.trim().replace(/[.;\s]+$/, '') : undefined);
    const story = { goal: usable(recorded.goal), support: usable(recorded.support), agreedWith: usable(recorded.agreedWith) };
    if (story.goal || story.support) entry.story = Object.fromEntries(Object.entries(story).filter(([, value]) => value !== undefined));
  }

  // "Samples every quarter" is a routine: stated as done only when the practice profile shows it.
  const sampling = samplingOf(figures, standards);
  if (sampling.allMet && !practisedIn(figures)('ni-sampling')) sampling.allMet = false;
  if (!sampling.recorded) {
    notes.push(
      `No NI sampling records for ${figures.period.human}: the assurance line states the plan (sampling from ${sampling.next}, first reported in ${sampling.reportBy}). Confirm this is what the organisation will do before submitting.`,
    );
  } else if (!sampling.allMet) {
    notes.push(`NI sampling was ${sampling.met.at}: the assurance line says so; be ready to explain the gap.`);
  }

  const reviewTypes = new Set(practice?.reviewTypes ?? []);
  const cadenceFigure = figureById('cadence');
  const hasMini = reviewTypes.has('mini-review') || (cadenceFigure !== undefined && cadenceFigure.value !== null);
  const hasDeepDive = reviewTypes.has('deep-dive') || (cadenceFigure !== undefined && cadenceFigure.value !== null);
  const miniLength = standards['mini-review-length'];
  const practised = practisedIn(figures);
  const cadenceShown = practised('review-monthly') && (!hasDeepDive || practised('deep-dive-quarterly'));
  // A review rhythm the records do not show is not put in the lines every answer carries: beside
  // a figure showing it mostly missed, "our standard is a monthly mini-review" reads as a claim
  // the provider's own records contradict. Answers about meetings state it with its figure and action.
  const cadence = hasMini && cadenceShown ? `mini-reviews${miniLength ? ` of ${miniLength}` : ''} are scheduled monthly${hasDeepDive ? ', with a deep-dive each quarter' : ''}` : undefined;
  // The quarterly deep-dive is named only where the records show it: unshown, it is a practice claim without its figure.
  const rhythmStandard = hasMini && !cadenceShown ? `a review with each person every month${hasDeepDive && practised('deep-dive-quarterly') ? ', with a deep-dive every quarter' : ''}` : undefined;
  if (hasMini && !cadenceShown) {
    notes.push(
      `The review rhythm (a mini-review each month${hasDeepDive ? ', a deep-dive each quarter' : ''}) is not in the general lines: the records for ${figures.period.human} do not show it happening for most people. Answers about meetings state it with the figure and the action.`,
    );
  }
  const chairRole = practice?.complexChairs[0];
  const complexChair = chairRole && practised(`complex-chair-${chairRole}`) ? term(chairRole) : undefined;
  const shownFormats = (practice?.agendaFormats ?? []).filter((format) => practised(`format-${format}`));
  const formats = shownFormats.length > 0 ? joinList(shownFormats.slice(0, 3).map(term), 'or') : undefined;
  const disputesFigure = figureById('disputes-resolved');
  const disputes = (practice?.disagreementsLogged ?? 0) > 0 || (disputesFigure?.denominator ?? 0) > 0;
  const levels = (practice?.escalationLevels ?? []).map(term);
  const chain = levels.length >= 2 ? `${levels[0]} to ${joinList(levels.slice(1), 'and then')}` : undefined;
  const verifierRoles = screenedChanges
    .filter((change) => change.verifiedOn && change.verifiedOn <= figures.period.end && change.verifiedBy && practised(`changes-verified-by-${change.verifiedBy}`))
    .map((change) => change.verifiedBy!);
  const verifiers = [...new Set(verifierRoles.map(term))];
  const reauditBy = verifiers.length > 0 ? joinList(verifiers.sort()) : undefined;

  const place = shortPlace(figures);
  const question = options.question;
  const analysis = question ? withNamedTermTopics(readQuestion(question, { period: figures.period })) : undefined;
  // The writer sees first how the question was read, so a misreading is caught early.
  if (analysis) {
    // A tender pack mixes involvement questions with others (social value, staffing): the writer
    // is told before anything else that the draft can only speak to the involvement in it.
    const involvement = scoreInvolvement(analysis);
    if (!involvement.involvement) {
      notes.unshift(
        `This question is not mainly about involving people (${involvement.reason}): the records and the practice library answer only what touches involvement, so the draft below is not an answer to it. Write this answer by hand.`,
      );
    }
    notes.unshift(describeQuestion(analysis, new Map(actorTopicsOf(analysis).map(({ topic, lead }) => [topic.id, lead.label]))));
  }
  const byService = new Map<string, ServiceFigure[]>();
  for (const entry of options.serviceFigures ?? []) byService.set(entry.whole, [...(byService.get(entry.whole) ?? []), entry]);
  return {
    figures,
    byService,
    acrossServices: question !== undefined && ACROSS_SERVICES.test(question),
    seed: `${figures.organisation.slug}|${figures.period.label}`,
    voice: voiceOf(figures.organisation.slug),
    place,
    ...(options.someServices ? { figurePlace: place } : {}),
    period: periodInAnswer(figures.period),
    standards,
    question,
    ...(analysis ? { analysis } : {}),
    ranked: (count: number, exclude?: ReadonlySet<string>) =>
      chooseFigures({ figures: exclude && exclude.size > 0 ? figures.figures.filter((figure) => !exclude.has(figure.id)) : figures.figures, ...(question ? { question } : {}), count }),
    cases,
    logged: (figures.recordExamples ?? []).flatMap((example) => {
      if (!example.figure) return [];
      const day = example.kind === 'advocate-referral' ? example.referredOn : example.loggedOn;
      return [{ example, figure: example.figure, service: localityOf(figures, example.service), month: monthOf(day), inPeriod: day >= figures.period.start }];
    }),
    ...(chosenChange ? { change: describeChange(figures, chosenChange) } : {}),
    sampling,
    changes: orderedChanges(screenedChanges, figures.period, chosenChange).map((change) => describeChange(figures, change)),
    practiceFacts: practice ?? { reviewTypes: [], complexChairs: [], agendaFormats: [], participationModes: [], escalationLevels: [], disagreementsLogged: 0 },
    practised,
    practice: {
      ...(formats ? { formats } : {}),
      ...(complexChair ? { complexChair } : {}),
      ...(cadence ? { cadence } : {}),
      ...(rhythmStandard ? { rhythmStandard } : {}),
      keyWorkers: true,
      summaryDuty: summaryDuty(standardMet(figures.figures, 'summary-deadline'), standards['summary-deadline'] ?? 'the agreed time'),
      disputes,
      ...(chain ? { chain } : {}),
      ...(reauditBy ? { reauditBy } : {}),
    },
    standardsMet: Object.fromEntries(figures.standards.map((standard) => [standard.id, standardMet(figures.figures, standard.id)])),
    targets: {
      agendaLead: standardMet(figures.figures, 'agenda-notice') ? '' : 'our standard is that ',
      agendaAim: standardMet(figures.figures, 'agenda-notice') ? '' : 'aim to ',
      summaryLead: standardMet(figures.figures, 'summary-deadline') ? '' : 'our standard is that ',
      advocateLead: standardMet(figures.figures, 'advocate-response') ? '' : 'our standard is that ',
    },
    notes,
  };
}
