/**
 * The blocks an answer is built from: each writes one element of a topic (see
 * data/topic-elements.ts) from the period's figures, detail figures and practice profile, or
 * says why it cannot. Every number comes from a figure of the pack, already formatted; a
 * practice is stated as what happens only when the profile shows it, otherwise as a standard.
 * A figure below its threshold is stated with its count, the action, the owner and when it is
 * measured again, never left out in silence.
 */
import type { DeclaredPractice, Figure } from '../../evidence/evidence-pack-schema.js';
import { formatFigureValue } from '../../evidence/format-figure.js';
import { joinList, lowerFirst, normaliseSentence } from '../../shared/english-text.js';
import { askedTopicCues, type AskedTopicId } from '../data/question-cues.js';
import { ACCOUNTABLE_ASK, ACCOUNTABLE_FOR, BOARD_LEVEL, EXAMPLE_ASK, examplesCounted, INSTANCE_ASK, LATE_ASK } from '../data/part-words.js';
import { recordTerms } from '../data/figure-wording.js';
import { capitalise } from '../template-library.js';
import { describeFigure, pointsFromWhole, strengthOf } from '../describe-figure.js';
import type { CaseText, ChangeText, DraftingContext, LoggedText, ServiceFigure } from '../drafting-context.js';
import { SERVICE_BEHIND_POINTS } from '../data/strength.js';
import { ADVOCATE_TRIGGER_RULES } from './data/advocacy-triggers.js';
import { ADVOCACY_OUTCOME_WORDS, DISAGREEMENT_OUTCOME_WORDS, DISAGREEMENT_TOPIC_WORDS, REFERRAL_REASON_WORDS, REVIEW_TYPE_WORDS, SETTLED_BY_LEVEL } from './data/logged-example-words.js';
import { ADVOCATE_TYPE_WORDS } from '../../evidence/data/breakdown-wording.js';
import { CHANGE_SOURCES, EVERY_CHANGE_ANSWERS } from './data/change-sources.js';
import { measuresFor } from './data/council-measures.js';
import { COMPLAINT_ASK, OMBUDSMAN_BY_REGION, OMBUDSMAN_NOTE_BY_REGION } from './data/complaint-routes.js';
import { GENERAL_ACTION, IMPROVEMENT_ACTIONS } from './data/improvement-actions.js';
import { CHECK_GAPS, EXAMPLE_GAPS, GAP_COMMITMENTS } from './data/gap-commitments.js';
import { addDays, dateParts, monthName } from '../../evidence/calendar/iso-date.js';
import { ESCALATION_LEVELS } from '../../data/import/vocabulary.js';
import { periodContaining, twelveMonthsStart } from '../../evidence/period.js';
import type { ElementId } from './data/topic-elements.js';
import type { NamedPractice, NamedTerm } from '../data/named-terms.js';
import { declaredEntries, declaredSentence, MAX_ENTRIES_PER_TOPIC, writtenBefore as entryWrittenBefore } from './declared-blocks.js';
import { outrightTopicsOf, sharedTerms, termsOf } from '../question/question-parts.js';
import { leadTopic } from '../question/read-question.js';
import { scenarioPerson, type ScenarioPerson } from '../question/scenario-person.js';
import { termsNamedIn } from '../question/named-terms.js';
import { storyPlan, storyStepPart } from './story-steps.js';
import { aboutThePerson, verbFor } from './about-the-person.js';
import { extractClaims } from '../../claims/extract-claims.js';

export interface Block {
  element: ElementId;
  topic: AskedTopicId;
  text: string;
  figureIds: string[];
  /**
   * Figures of single services the block states beside the whole's (`figureIds`): cited, and put
   * in the answer's pack, but not counted as the figures the block is about.
   */
  serviceFigureIds?: string[];
  /**
   * Figures of logged referrals or disagreements the block tells as examples: cited and put in
   * the answer's pack, and each told once in a bid (kept in the bid's memory of cases).
   */
  exampleFigureIds?: string[];
  /** The case example or change a block quotes, so a bid uses each once. */
  caseKey?: string;
  changeKey?: string;
  /** Case examples a block lists in brief: not told again in the same answer, but free for later answers to tell in full. */
  casesListed?: string[];
  /** Figures stated below their threshold, for the writer's notes. */
  weakFigureIds: string[];
  /** Dated counts that are not figures of the pack (a practice library entry's own count). */
  carriesEvidence?: boolean;
  /** The practice library entries the block quotes, by id: an entry is quoted once in an answer, whatever its wording. */
  entryIds?: readonly string[];
  /**
   * Owners and cadence this form of the block states beyond what its element always carries
   * ("Key workers send the agenda ahead of each planned meeting"), which a shorter form may drop.
   */
  carriesOwnersCadence?: boolean;
  /** What will be done, by whom and when, that no record shows yet: the writer agrees it with its owner. */
  proposed?: boolean;
  /** A commitment that adds to what the records show on its topic, for a part that material does not answer. */
  beyondRecords?: boolean;
  /** The part of the question (its index) the block was written to answer, when its words alone would not show it. */
  forPart?: number;
  /** The term the question names that the block says what is done about ("Talking Mats"). */
  namedTerm?: NamedTerm;
  /**
   * The same block said in less (a library block with one entry fewer): under a tight limit the
   * answer keeps every asked element in its shorter form before any one takes all the room.
   */
  shorter?: Block;
  /**
   * An element whose block says what this block's fuller forms add ("if the person does not want
   * a relative there …" beside the block on a person declining their family): beside it, this
   * block keeps its shortest form rather than say it twice.
   */
  fullerRepeats?: ElementId;
  /**
   * This form is what the question asks for in so many words ("give two examples"): once every
   * part has its first block, it is given back before any other block's fuller wording.
   */
  askedInFull?: boolean;
  /** Something the writer must check that the records cannot settle (which ombudsman, by country). */
  writerNote?: string;
}

export interface MissingElement {
  element: ElementId;
  topic: AskedTopicId;
  reason: string;
  /** Left out only because an earlier answer of the bid already said it. */
  repeat?: boolean;
  /** Left out on purpose: the question only mentions the topic in passing. */
  passing?: boolean;
}

/** What a bid has already used: later answers quote other examples and changes. */
export interface BidMemory {
  cases: Set<string>;
  changes: Set<string>;
  /** Sentences already written outside the core, normalised. */
  sentences: Set<string>;
  /** Elements written so far, with how many answers wrote them. */
  elements: Map<ElementId, number>;
  /** Figures stated so far, with how many answers stated them: their sentences rotate through frames. */
  figures: Map<string, number>;
  /**
   * The same for answers drafted from only some services, by those services: their figures have
   * other values and name their place, so quoting them is not a repeat of the whole's.
   */
  figuresAt: Map<string, Map<string, number>>;
  /**
   * The questions still to come in the bid, as subject words and whether each needs a case
   * example of its own: a case that fits a later question better is kept for it.
   */
  upcoming?: readonly UpcomingQuestion[];
  /** Core lines (behaviour, owners & cadence, assurance) earlier answers wrote, by normaliseSentence, with how many wrote each: later answers word them another way. */
  coreLines: Map<string, number>;
}

export interface UpcomingQuestion {
  terms: ReadonlySet<string>;
  wantsCase: boolean;
  /** The question is about feedback or what changed: it needs "you said, we did" changes of its own. */
  wantsChange?: boolean;
  /** Topics the question asks about outright (not only as the people taking part): their library entries are its material. */
  strongTopics?: ReadonlySet<string>;
  /** What the question is mostly about: the required elements of that topic are its material. */
  leadTopic?: string;
}

export function emptyBidMemory(): BidMemory {
  return { cases: new Set(), changes: new Set(), sentences: new Set(), elements: new Map(), figures: new Map(), figuresAt: new Map(), coreLines: new Map() };
}

/** The memory an answer drafted from some services plans with: shared with the bid, except for the figures stated at those services. */
export function bidMemoryAt(memory: BidMemory, services: readonly string[]): BidMemory {
  const key = [...services].sort().join('|');
  let figures = memory.figuresAt.get(key);
  if (!figures) {
    figures = new Map();
    memory.figuresAt.set(key, figures);
  }
  return { ...memory, figures };
}

/** A copy a drafter can plan with and throw away if its draft is not used. */
export function cloneBidMemory(memory: BidMemory): BidMemory {
  return {
    cases: new Set(memory.cases),
    changes: new Set(memory.changes),
    sentences: new Set(memory.sentences),
    elements: new Map(memory.elements),
    figures: new Map(memory.figures),
    figuresAt: new Map([...memory.figuresAt].map(([key, figures]) => [key, new Map(figures)])),
    coreLines: new Map(memory.coreLines),
    ...(memory.upcoming ? { upcoming: memory.upcoming } : {}),
  };
}

/** Takes over what a used draft's copy recorded. */
export function adoptBidMemory(target: BidMemory, source: BidMemory): void {
  for (const key of ['cases', 'changes', 'sentences'] as const) for (const value of source[key]) target[key].add(value);
  for (const [key, value] of source.coreLines) target.coreLines.set(key, value);
  for (const [key, value] of source.elements) target.elements.set(key, value);
  for (const [key, value] of source.figures) target.figures.set(key, value);
}

export interface BlockInputs {
  context: DraftingContext;
  /** Figures the core paragraph already quotes: a block does not repeat their numbers. */
  quotedInCore: ReadonlySet<string>;
  memory: BidMemory;
  /** How many earlier answers of the bid wrote this element: from the first on, it is said another way. */
  again?: number;
  /** How many earlier answers of the bid stated this figure: its sentence and action rotate through frames. */
  uses?: (figure: Figure) => number;
  /** Depth added to fill the budget: only a change whose own words touch the topic is quoted. */
  relevantOnly?: boolean;
  /** Elements this answer has already written: a block does not say again what one of them says in full. */
  alongside?: ReadonlySet<ElementId>;
  /** The block adds depth rather than a required element: it gives way to later questions that need the same material. */
  depth?: boolean;
  /**
   * A gap commitment for a part the topic's other material does not answer: the records do show
   * something on the topic, so the commitment adds to it rather than saying nothing is there.
   */
  beyondRecords?: boolean;
  /** Under lettered parts, the one step for a scenario's person this block says (data/story-steps.ts). */
  storyStep?: string;
}

type Built = Block | MissingElement;

const term = (value: string) => recordTerms[value] ?? value.replace(/-/g, ' ');

function available(context: DraftingContext, id: string): Figure | undefined {
  const figure = context.figures.figures.find((candidate) => candidate.id === id);
  return figure && figure.value !== null ? figure : undefined;
}

function details(context: DraftingContext, catalogueId: string): Figure[] {
  return context.figures.figures.filter((figure) => figure.catalogueId === catalogueId && figure.value !== null);
}

function weak(figure: Figure): boolean {
  return strengthOf(figure) !== 'strong';
}

/** "in Q4 2026 (reported in January 2027)": when a weak figure is measured again. */
function remeasure(context: DraftingContext): string {
  return `we will measure it again for ${context.sampling.next} and report it in ${context.sampling.reportBy}`;
}

/** The action after a weak figure, worded afresh for each answer of a bid that states it. */
export { normaliseSentence };

/** Sentences earlier answers of the bid wrote, while a block is being built (set by buildBlock). */
let writtenBefore: ReadonlySet<string> = new Set();

/** The organisation's voice while a block is being built (set by buildBlock). */
let voice = 0;

/** Service figures stated while a block is built: the block cites them (set by buildBlock, read by block). */
let servicesStated: Figure[] = [];
/** False while the block's form without service figures is built, as its shorter form. */
let servicesAllowed = true;

/** Further wordings of who the person has at their review, for later answers of a bid. */
const PERSON_DECIDES_AGAIN = [
  "Who comes to a review, and what each of them may see, is the person's choice, recorded by the key worker before the meeting; a relative the person has not invited can still pass on their views, and nothing is shared with them without the person's agreement unless the law requires it.",
  'In the week before each review the key worker goes through the guest list with the person, and what each guest may hear, and writes both down. The key worker tells anyone left off the list how to send in their views, and tells them nothing the person has not agreed to share.',
  "The person's own choices shape each review: whom to invite, whom not to, and what each of them may be told, all agreed with the key worker beforehand and kept to. A relative who is not invited is told how to give their views and learns nothing without the person's agreement, unless the law requires it.",
];

/** The one-sentence form, said again later in a bid: the same short line in answer after answer reads as pasted. */
const PERSON_DECIDES_SHORT = [
  'Before each review the key worker asks the person who they want there and what may be shared with each of them.',
  "Who comes to a review, and what each guest may be told, is the person's choice, recorded by the key worker beforehand.",
  'In the week before each review the key worker agrees the guest list with the person, and what each guest may hear.',
  "The person decides whom to invite to each review and what each of them may be told, and the key worker writes it down.",
];

/** The first wording, from the preferred one on (moved on by the organisation's voice), that no earlier answer of the bid used. */
function firstFresh(variants: readonly string[], start: number): string {
  const first = start + (voice % variants.length);
  for (let offset = 0; offset < variants.length; offset += 1) {
    const candidate = variants[(first + offset) % variants.length]!;
    if (!writtenBefore.has(normaliseSentence(candidate))) return candidate;
  }
  return variants[first % variants.length]!;
}

function actionSentence(context: DraftingContext, figure: Figure, count: number): string {
  return firstFresh(ACTION_FRAMES.map((frame) => actionFrame(context, figure, frame)), count);
}

/** Enough wordings that a figure quoted across a long bid need not repeat a sentence. */
const ACTION_FRAMES = [0, 1, 2, 3, 4, 5] as const;
const FIGURE_FRAMES = [0, 1, 2, 3, 4, 5] as const;

// A bid states a dozen weak figures: each frame says when it is counted again in its own words,
// so "we will measure it again" does not become a refrain.
function actionFrame(context: DraftingContext, figure: Figure, count: number): string {
  const times = count % ACTION_FRAMES.length;
  if (times === 0) return `To close the gap, ${lowerFirst(actionFor(context, figure))}`;
  const action = IMPROVEMENT_ACTIONS[figure.catalogueId ?? figure.id] ?? GENERAL_ACTION;
  if (times === 1) return `${action.owner} ${action.action}; the next measurement is for ${context.sampling.next}, reported in ${context.sampling.reportBy}.`;
  // Plain sentences, not labels ("Owner of the improvement:", "Next step:"), which read as a form filled in.
  if (times === 2) return `In response, ${lowerFirst(action.owner)} ${action.action.replace(/^will /, 'will now ')}, with the result due in ${context.sampling.reportBy}.`;
  if (times === 3) return `From here, ${lowerFirst(action.owner)} ${action.action}, and the ${context.sampling.next} measurement will show whether it worked.`;
  if (times === 4) return `${action.owner} ${action.action}; the result will be reported in ${context.sampling.reportBy}.`;
  return `We are acting on this: ${lowerFirst(action.owner)} ${action.action}, with the next measurement for ${context.sampling.next}.`;
}

/** The honest sentence after a weak figure: action, owner, date. */
function actionFor(context: DraftingContext, figure: Figure): string {
  const action = IMPROVEMENT_ACTIONS[figure.catalogueId ?? figure.id] ?? GENERAL_ACTION;
  return `${action.owner} ${action.action}, and ${remeasure(context)}.`;
}

/** "90% (164 of 183 reviews)". */
function stated(figure: Figure): string {
  const text = describeFigure(figure);
  return `${text.value}${text.counted ? ` (${text.counted})` : ''}`;
}

/** What the question is mostly about, as its reading ranks it; none for a question read as about no topic. */
function questionLead(context: DraftingContext): AskedTopicId | undefined {
  const topics = context.analysis?.topics ?? [];
  return topics.length === 0 ? undefined : leadTopic(topics).id;
}

/** How many measures a report to the Council shows, fullest form first. */
const REPORT_SIZES = [6, 3, 2] as const;
/** A figure this many answers of a bid have given is named in the report to the Council, not given again. */
const REPORTED_ELSEWHERE = 2;

/** Below this many, a share is not given as a percentage: "1 of 1 (100%)" reads as padding. */
const PERCENT_FROM = 5;

/** The bracket after "3 of 5 referrals": the percentage, and "small numbers" when it is one; a tiny count keeps only the warning. */
function shareAside(figure: Figure, text: { value: string }): string {
  if ((figure.denominator ?? 0) < PERCENT_FROM) return figure.smallSample ? ' (small numbers)' : '';
  return ` (${text.value}${figure.smallSample ? ', small numbers' : ''})`;
}

function smallSampleNote(figure: Figure): string {
  return figure.smallSample ? ' (small numbers)' : '';
}

/**
 * The figure in a clause that names it with its own subject, so the number is checked against
 * the right figure: "meeting summaries sent within 5 working days rose from 86% to 90% (164 of
 * 183 reviews)" or "89% for agendas sent at least 3 days before the meeting (159 of 178 …)".
 */
function factClause(figure: Figure): string {
  const text = describeFigure(figure);
  const counted = text.counted ? ` (${text.counted})` : '';
  if (text.trend) return `${text.subject} ${figure.better === 'lower' ? 'fell' : 'rose'} ${text.trend}${counted}`;
  // A score names its scale, so it is read (and checked) as a score.
  const value = figure.unit === 'score' ? `${text.value} out of ${text.scale ?? '5'}` : text.value;
  // A verb, not a colon: "agendas sent … stood at 89% (159 of 178 …)" reads as a sentence.
  const subject = figure.unit === 'percent' && !/^(?:the|a|an|our)\b/i.test(text.subject) ? `the share of ${text.subject}` : text.subject;
  return `${subject} stood at ${value}${counted}`;
}

/** "48 hours" before a noun reads "48-hour": "our 48-hour standard". */
function hyphenatedStandard(standard: string): string {
  return standard.replace(/^(\d+(?:–\d+)?) (working day|hour|day|week|minute)s?$/, '$1-$2');
}

function block(topic: AskedTopicId, element: ElementId, text: string, figures: readonly (Figure | undefined)[], extra: Partial<Block> = {}): Block {
  const used = figures.filter((figure): figure is Figure => figure !== undefined);
  const services = servicesStated.map((figure) => figure.id);
  servicesStated = [];
  return { topic, element, text, figureIds: used.map((figure) => figure.id), weakFigureIds: used.filter(weak).map((figure) => figure.id), ...(services.length > 0 ? { serviceFigureIds: services } : {}), ...extra };
}

/**
 * A block said in full the first time in a bid (the first of `wordings` no earlier answer used, by
 * the organisation's voice) and briefly when said again; the brief wording is also its shorter form
 * for a tight limit.
 */
function wordedBlock(topic: AskedTopicId, element: ElementId, again: number | undefined, wordings: readonly string[], brief: string, briefest?: string): Block {
  const least = briefest ? { shorter: block(topic, element, briefest, []) } : {};
  if (again) return block(topic, element, brief, [], least);
  return block(topic, element, firstFresh(wordings, 0), [], { shorter: block(topic, element, brief, [], least) });
}

/**
 * A block of practice beside a weak figure that shows it is not yet happening, in every form,
 * said as the standard worked to ("Our standard is that …"): said as fact, the figure contradicts it.
 */
function standardBeside(figure: Figure | undefined, built: Block): Block {
  if (!figure || !weak(figure)) return built;
  const restate = (entry: Block): Block => ({ ...entry, text: ourStandardIs(entry.text), ...(entry.shorter ? { shorter: restate(entry.shorter) } : {}) });
  return restate(built);
}

function missing(topic: AskedTopicId, element: ElementId, reason: string): MissingElement {
  return { topic, element, reason };
}

/**
 * A figure sentence: strong figures as results, weak ones with the action. `lead` names what
 * was measured ("Meeting summaries went out within 5 working days for").
 */
/**
 * A practice sentence (no numbers) followed by the figure that shows it, in its own clause.
 * A weak figure is followed by the action, the owner and when it is measured again.
 */
/**
 * What the Nominated Individual reads each sampled case for: a reader asks what the check looks
 * at, not only how often it runs. Said once per bid, in either wording.
 */
function samplingReads(): string {
  const wordings = [
    "In each case the Nominated Individual checks that the plan's goals are in the person's own words, that the people they chose were invited and heard, and that the summary and actions match what happened.",
    'The Nominated Individual reads each sampled case for goals the person set in their own words, for the people they chose being invited and heard, and for a summary and actions that match what happened.',
  ];
  return wordings.find((wording) => !writtenBefore.has(normaliseSentence(wording))) ?? '';
}

/**
 * The period the figures are counted over, with the services they come from when an answer's
 * figures are for some services only: "Of the reviews in Q3 2026, 20 …" beside another answer's 57
 * for all services reads as a contradiction.
 */
function figuresWhen(context: DraftingContext): string {
  return context.figurePlace ? `${context.period} at ${context.figurePlace}` : context.period;
}

function figureSentence(context: DraftingContext, figure: Figure, preamble = '', again: number | boolean = 0, withAction = true): string {
  // Frames in turn, so a figure quoted across a bid is never the same sentence twice.
  const opening = preamble ? `${preamble.trim()} ` : '';
  // "(6 of 8 disagreements logged, small numbers)", not two pairs of brackets.
  const clause = factClause(figure);
  const fact = figure.smallSample && clause.endsWith(')') ? `${clause.slice(0, -1)}, small numbers)` : clause;
  const note = figure.smallSample && clause.endsWith(')') ? '' : smallSampleNote(figure);
  const when = figuresWhen(context);
  const frames = FIGURE_FRAMES.map((times) =>
    times === 0
      ? `In ${when}, ${fact}${note}.`
      : times === 1
        ? `The records for ${when} show that ${fact}${note}.`
        : times === 2
          ? `Across ${when}, ${fact}${note}.`
          : times === 3
            ? `For ${when}, ${fact}${note}.`
            : times === 4
              ? `Over ${when}, ${fact}${note}.`
              : `Our records show that in ${when}${context.figurePlace ? ',' : ''} ${fact}${note}.`,
  );
  const times = Number(again) % FIGURE_FRAMES.length;
  const spread = spreadSentence(context, figure, times);
  servicesStated.push(...spread.stated);
  const sentence = `${firstFresh(frames, times)}${spread.text}`;
  // A strong whole with a service below it still needs the action, for that service.
  const weakest = [figure, ...spread.stated].filter(weak).sort((left, right) => Number(left.value) - Number(right.value))[0];
  if (!weakest || !withAction) return `${opening}${sentence}`;
  return `${opening}${sentence} ${actionSentence(context, weak(figure) ? figure : weakest, times)}`;
}

/**
 * The whole's figure at each service, after it: every service when the question asks whether
 * practice is the same across them, else (the first time the bid states the figure) only the
 * services far behind, so the average does not hide them.
 */
function spreadSentence(context: DraftingContext, figure: Figure, times: number): { text: string; stated: Figure[] } {
  const none = { text: '', stated: [] };
  const parts = servicesAllowed ? context.byService.get(figure.id) : undefined;
  if (!parts || parts.length < 2 || figure.better === 'lower' || typeof figure.value !== 'number') return none;
  // Place names and numbers only, the pair beside its percentage: what is counted was named in the
  // sentence before, and a noun here ("reviews", "services") would tie the numbers to another figure.
  const valueOf = (entry: ServiceFigure) => {
    const text = describeFigure(entry.figure);
    return text.fraction ? `${text.value} (${text.fraction})` : text.value;
  };
  if (context.acrossServices) {
    return { text: ` It was ${joinList(parts.map((entry) => `${valueOf(entry)} at ${entry.service}`))}.`, stated: parts.map((entry) => entry.figure) };
  }
  const behind = parts.filter((entry) => (pointsFromWhole(figure, entry.figure) ?? 0) <= -SERVICE_BEHIND_POINTS);
  if (times > 0 || behind.length === 0) return none;
  const stated = behind.map((entry) => entry.figure);
  if (behind.length === 1) return { text: ` ${behind[0]!.service} was furthest behind, with ${valueOf(behind[0]!)}.`, stated };
  return { text: ` ${joinList(behind.map((entry) => `${entry.service}, with ${valueOf(entry)},`)).replace(/,$/, '')} were furthest behind.`, stated };
}

/** "Care Act advocates" → "a Care Act advocate", for a count of one. */
function oneOf(plural: string): string {
  const single = plural.replace(/s$/, '');
  if (/^other /i.test(single)) return single.replace(/^other /i, 'another ');
  return `${/^[aeiou]|^IMCA/i.test(single) ? 'an' : 'a'} ${single}`;
}

function caseKey(example: CaseText): string {
  return `${example.example.service}|${example.example.measure}|${example.example.verifiedOn}`;
}

function changeKey(change: ChangeText): string {
  return `${change.service}|${change.youSaid}|${change.changed}`;
}

function caseTerms(example: CaseText): ReadonlySet<string> {
  const { story } = example;
  return termsOf([example.example.domain.replace(/-/g, ' '), example.measure, story?.goal ?? '', story?.support ?? ''].join('. '));
}

/**
 * The case example for this answer: of the quotable ones the bid has not used, the one whose
 * words are closest to the question's. A case that a later question needing an example fits
 * better is kept for it (a risk story belongs to the question about risk); depth takes a case
 * only while enough remain for the later questions that need one.
 */
function nextCase(inputs: BlockInputs): CaseText | undefined {
  const unused = inputs.context.cases.filter((example) => example.quotable && !inputs.memory.cases.has(caseKey(example)));
  if (unused.length === 0) return undefined;
  const question = termsOf(inputs.context.analysis?.question ?? '');
  const later = (inputs.memory.upcoming ?? []).filter((entry) => entry.wantsCase);
  if (inputs.depth && unused.length <= later.length) return undefined;
  const ranked = unused
    .map((example, index) => {
      const terms = caseTerms(example);
      const here = sharedTerms(terms, question);
      return { example, index, here, keptForLater: later.some((entry) => sharedTerms(terms, entry.terms) > here) };
    })
    .sort((a, b) => b.here - a.here || a.index - b.index);
  const free = ranked.find((entry) => !entry.keptForLater);
  return (free ?? (inputs.depth ? undefined : ranked[0]))?.example;
}

/** How many of the topic's cues a change's own words use: changes about the asked topic come first. */
function topicHits(change: ChangeText, topic: AskedTopicId): number {
  const cues = askedTopicCues.find((entry) => entry.id === topic);
  if (!cues) return 0;
  const text = `${change.youSaid} ${change.weDid}`;
  return [...cues.strong, ...cues.weak].filter((source) => new RegExp(`\\b(?:${source})\\b`, 'i').test(text)).length;
}

/** Whether the people a topic is about raised the change: one an advocate asked for is about advocacy, whatever its words. */
function raisedOnTopic(change: ChangeText, topic: AskedTopicId): boolean {
  return change.raisedBy !== undefined && CHANGE_SOURCES[change.raisedBy]?.topic === topic;
}

function nextChanges(inputs: BlockInputs, count: number, topic: AskedTopicId): ChangeText[] {
  const unused = inputs.context.changes.filter((change) => !inputs.memory.changes.has(changeKey(change)));
  // Depth takes a change from the period only while enough remain for the later questions that
  // are about feedback: otherwise those answers are left with changes from before the period.
  const laterNeeds = (inputs.memory.upcoming ?? []).filter((entry) => entry.wantsChange).length;
  if (inputs.depth && unused.filter((change) => change.inPeriod).length <= laterNeeds) return [];
  return unused
    .map((change, index) => ({ change, index, raised: raisedOnTopic(change, topic), hits: topicHits(change, topic) }))
    .filter((entry) => !inputs.relevantOnly || EVERY_CHANGE_ANSWERS.has(topic) || entry.raised || entry.hits > 0)
    // A change the topic's own people raised comes before one that only mentions them.
    .sort((a, b) => Number(b.change.inPeriod) - Number(a.change.inPeriod) || Number(b.raised) - Number(a.raised) || b.hits - a.hits || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.change);
}

/** A case's before and after ("from 2 to 4"), or its after alone, when the pack holds them as a figure. */
function caseNumbers(example: CaseText): string | undefined {
  return example.figure?.trend ?? (example.figure ? `to ${example.figure.value}` : undefined);
}

export function describeCaseExample(context: DraftingContext, example: CaseText): string {
  const numbers = caseNumbers(example);
  const change = numbers ? `${example.measure} ${example.direction} ${numbers}` : `${example.measure} ${example.direction}`;
  const story = example.story;
  if (story?.goal || story?.support) {
    // Told as a story: what the person wanted, what was done and who agreed it, then the measured change.
    const opening = story.goal ? `At ${example.service}, one person told us they wanted “${story.goal}”.` : `At ${example.service}, one person set a goal with their key worker.`;
    const plan = story.support
      ? ` The support was built around ${story.support}${story.agreedWith ? `, agreed with ${story.agreedWith}` : ''}.`
      : story.agreedWith
        ? ` The plan was agreed with ${story.agreedWith}.`
        : '';
    // The month is stated either way; an earlier one simply reads as earlier.
    // "By June 2026, staff prompts needed to make breakfast had come down from 3 to 1": the
    // record's measure stands on its own, since "their" before it reads as a slot filled in.
    const measured = numbers ? `${example.measure} had ${example.directionPerfect} ${numbers}` : `${example.measure} had ${example.directionPerfect}`;
    // "Measured by", not "verified by": the record names how the change was measured, and a
    // person's own rating is evidence of how they see it, not an independent check.
    return `${opening}${plan} By ${example.month}, ${measured}, measured by ${example.verifiedBy}; they agreed to the example being shared.`;
  }
  const when = `verified in ${example.month}`;
  return `At ${example.service}, one person's ${change}, ${when} by ${example.verifiedBy}; the person agreed to it being shared.`;
}

/**
 * Which logged examples answer a topic, and what they are called: referrals for advocacy,
 * disagreements for disagreements, and for safeguarding only the referrals an enquiry prompted.
 */
const LOGGED_SOURCES: Partial<Record<AskedTopicId, { kind: LoggedText['example']['kind']; noun: string; about?: (logged: LoggedText) => boolean }>> = {
  advocacy: { kind: 'advocate-referral', noun: 'advocate referrals' },
  disagreements: { kind: 'disagreement', noun: 'disagreements' },
  safeguarding: { kind: 'advocate-referral', noun: 'advocate referrals about safeguarding', about: (logged) => logged.example.kind === 'advocate-referral' && logged.example.trigger === 'safeguarding' },
};

/** "Give two examples" asks for two; "an example" for one. */
const ONE_EXAMPLE = new RegExp(`\\b(?:an|one|a single) (?:recent |specific |real |anonymised )?(?:example|instance|case study)\\b|${INSTANCE_ASK}`, 'i');

/** The words a logged example is about, to rank the ones a question names first ("a safeguarding enquiry"). */
function loggedTerms(logged: LoggedText): ReadonlySet<string> {
  const { example } = logged;
  // What prompted a referral, not the advocate's type: every advocacy question says "advocate".
  return termsOf(example.kind === 'advocate-referral' ? (REFERRAL_REASON_WORDS[example.trigger] ?? '') : (DISAGREEMENT_TOPIC_WORDS[example.topic] ?? ''));
}

/** Logged examples of a kind not yet told in the bid: the period's first (those that missed the standard before them, for a question about delays), then those the question names, those within the standard, and those with more to tell. */
function nextLogged(inputs: BlockInputs, kind: LoggedText['example']['kind']): LoggedText[] {
  const question = termsOf(inputs.context.analysis?.question ?? '');
  // "One occasion when an advocate was involved later than they should have been": one that missed the standard first.
  const lateAsked = LATE_ASK.test(inputs.context.analysis?.question ?? '');
  return inputs.context.logged
    .map((logged, index) => ({
      logged,
      index,
      named: sharedTerms(loggedTerms(logged), question),
      // An example shows the route as it is meant to work; the totals beside it say how often it does.
      met: Number(logged.example.withinStandard === true),
      rich: Number(logged.example.kind === 'advocate-referral' ? logged.example.advocateAtReview !== undefined && logged.example.trigger !== 'other' : logged.example.topic !== 'other'),
      // What it led to is what an example is asked to show.
      ended: Number(logged.example.outcome !== undefined && logged.example.outcome !== 'other'),
    }))
    .filter(({ logged }) => logged.example.kind === kind && !inputs.memory.cases.has(logged.figure.id))
    .sort((a, b) => (lateAsked ? a.met - b.met : 0) || Number(b.logged.inPeriod) - Number(a.logged.inPeriod) || b.named - a.named || b.ended - a.ended || b.met - a.met || b.rich - a.rich || a.index - b.index)
    .map(({ logged }) => logged);
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** One referral as it happened: when, where, what prompted it, how quickly the advocate came in, and what they then took part in. */
function describeReferral(logged: LoggedText, first: boolean, again: boolean): string {
  const { example, figure } = logged;
  if (example.kind !== 'advocate-referral') return '';
  const advocate = example.advocateType === 'other' ? 'independent advocate' : (ADVOCATE_TYPE_WORDS[example.advocateType]?.one ?? 'independent advocate');
  const reason = REFERRAL_REASON_WORDS[example.trigger];
  const elapsed = `${formatFigureValue(figure, figure.value)} ${figure.unit === 'minutes' ? 'minutes' : 'hours'}`;
  // The standard's own number is said where the answer states the standard: beside this one
  // record's number it would be checked as a second value for the same referral.
  const against = example.withinStandard === null ? '' : `, ${example.withinStandard ? 'within' : 'outside'} our response standard`;
  let review = '';
  if (example.advocateAtReview) {
    const kind = REVIEW_TYPE_WORDS[example.advocateAtReview.type] ?? 'review';
    const held = dateParts(example.advocateAtReview.heldOn);
    const referred = dateParts(example.referredOn);
    const when = held.year === referred.year && held.month === referred.month ? 'later that month' : `in ${monthName(held.month)}${held.year === referred.year ? '' : ` ${held.year}`}`;
    review = `, and took part in the person’s ${kind} ${when}`;
  }
  const opening = `${first ? 'For example, in' : 'In'} ${logged.month} at ${logged.service}`;
  // What the advocate's involvement led to, where the log records it: what a buyer asks an example to show.
  const outcome = example.outcome ? ADVOCACY_OUTCOME_WORDS[example.outcome] : undefined;
  // Joined to the dated, timed sentence before it: on its own it reads as an unanchored claim.
  const led = outcome ? `; ${lowerFirst(outcome)}` : '';
  // Told again in a later answer of the bid (it is the only one there is), in other words.
  if (again) return `${opening}, ${withArticle(advocate)} was involved ${elapsed} after one person was referred${reason ? ` ${reason}` : ''}${against}${review}${led}.`;
  return `${opening}, one person was referred for ${withArticle(advocate)}${reason ? ` ${reason}` : ''}. The ${advocate} was involved ${elapsed} after the referral${against}${review}${led}.`;
}

/** One disagreement as it went: when, where, what about, who settled it and in how long. */
function describeDisagreement(logged: LoggedText, first: boolean, again: boolean): string {
  const { example, figure } = logged;
  if (example.kind !== 'disagreement') return '';
  const about = DISAGREEMENT_TOPIC_WORDS[example.topic];
  const settled = SETTLED_BY_LEVEL[example.level] ?? 'it was settled';
  const against = example.withinStandard === null ? '' : `, ${example.withinStandard ? 'within' : 'outside'} our standard for settling disagreements`;
  const opening = `${first ? 'For example, in' : 'In'} ${logged.month} at ${logged.service}`;
  const days = `${formatFigureValue(figure, figure.value)} working days`;
  const outcome = example.outcome ? DISAGREEMENT_OUTCOME_WORDS[example.outcome] : undefined;
  const ended = outcome ? `, and ${lowerFirst(outcome)}` : '';
  if (again) return `${opening}, ${term(example.level)} settled a disagreement${about ? ` about ${about}` : ''} in ${days}${against}${ended}.`;
  return `${opening}, a disagreement${about ? ` about ${about}` : ''} was logged; ${settled} in ${days}${against}${ended}.`;
}

function loggedExamplesBlock(inputs: BlockInputs, topic: AskedTopicId): Built {
  const source = LOGGED_SOURCES[topic];
  if (!source) return missing(topic, 'logged-examples', 'only referrals and disagreements are logged one by one');
  const { kind, noun, about } = source;
  const chosen = nextLogged(inputs, kind).filter((logged) => !about || about(logged));
  if (chosen.length === 0) return missing(topic, 'logged-examples', `no ${noun} settled or answered in the twelve months to ${inputs.context.period} left to tell as an example`);
  const wanted = ONE_EXAMPLE.test(inputs.context.analysis?.question ?? '') ? 1 : Math.max(2, examplesCounted(inputs.context.analysis?.question ?? '') ?? 0);
  const describe = kind === 'advocate-referral' ? describeReferral : describeDisagreement;
  // Two examples that all met the standard, beside ones from the same time that did not, read as
  // chosen to flatter: the second is then one that missed it, said as such.
  const missed = chosen.find((logged) => logged.example.withinStandard === false && logged.inPeriod === chosen[0]?.inPeriod);
  const build = (count: number): Block => {
    const first = chosen.slice(0, count);
    const told = count >= 2 && missed && !first.includes(missed) && first.every((logged) => logged.example.withinStandard !== false) ? [...first.slice(0, count - 1), missed] : first;
    return block(topic, 'logged-examples', told.map((logged, index) => describe(logged, index === 0, (inputs.again ?? 0) > 0)).join(' '), [], { exampleFigureIds: told.map((logged) => logged.figure.id), carriesEvidence: true });
  };
  const full = build(wanted);
  // A tight limit tells fewer, one fewer at a time.
  const fewer = (count: number): Block => (count > 1 ? { ...build(count), shorter: fewer(count - 1) } : build(1));
  return wanted > 1 && chosen.length > 1 ? { ...full, askedInFull: true, shorter: fewer(Math.min(wanted, chosen.length) - 1) } : full;
}

/**
 * Who a best-interests decision hears from, and when an IMCA is asked for, as the Mental Capacity
 * Act sets them out: the people the person named, those caring for them or interested in their
 * welfare, any attorney or deputy; an IMCA where nobody but paid staff can be consulted on
 * serious medical treatment or a long-term move (the council or NHS body instructs one).
 */
function bestInterestsConsulted(chair: string, again: boolean): string {
  return again
    ? `Before the review ${chair} gathers the views of anyone the person has named, the family and friends who care for them and any attorney or deputy. Where only paid staff could be consulted about serious medical treatment or a long-term move, the key worker asks the council or the NHS body to instruct an IMCA.`
    : `Before each best-interests review, ${chair} asks anyone the person has named, the family and friends who care for them, and any attorney or deputy for their views. If the decision is about serious medical treatment or a long-term move and only paid staff could be consulted, the key worker asks the council or the NHS body to instruct an IMCA.`;
}

/** How sharing is kept to what the person agreed, and what happens when it cannot be. */
const INFORMATION_SHARING = [
  "Key workers send review summaries only to the people the person has named. When the Registered Manager has to share information without the person's agreement to keep someone safe, they record what was shared, with whom and why, and tell the person unless that would put them at risk.",
  "Summaries go only to the people the person has named; any sharing without agreement to keep someone safe is recorded by the Registered Manager and explained to the person where that is safe.",
  "The Registered Manager decides any sharing without the person's agreement, and only to protect them or someone else from serious harm. The Registered Manager shares no more than the risk needs, records the lawful basis under UK GDPR with what went to whom and why, and tells the person unless that would increase the risk.",
  "If someone may come to serious harm, the Registered Manager can decide to share information without the person's agreement, limited to what the risk requires. The Registered Manager writes down the lawful basis, what went to whom and why, and tells the person afterwards unless that would put anyone at greater risk.",
] as const;

const HEARD_FRAMES = ['feedback told us that', 'we heard that', 'people using the service raised that'] as const;
/** What was heard already names who said it ("people wanted …", "families found …"): a frame naming them again reads twice. */
const NAMES_WHO = /^(?:people|families|family|relatives|carers|advocates|staff|the people|several people|some people)\b/i;

function describeChange(change: ChangeText, variant = 0): string {
  const verified = change.verified
    ? ` ${change.verifiedBy ? `${change.verifiedBy[0]!.toUpperCase()}${change.verifiedBy.slice(1)}` : 'A manager'} checked in ${change.verified} that the change held.`
    : ` ${[`That change, made in ${change.changed}, has not yet been re-checked by a manager.`, `The change was made in ${change.changed} and a manager has not yet re-checked that it held.`][variant % 2]}`;
  // Third person: a bid is read by the buyer, who did not say it.
  const frames = NAMES_WHO.test(change.heard) ? HEARD_FRAMES.filter((frame) => !frame.startsWith('people')) : HEARD_FRAMES;
  // Who raised it, when the records say and it is not the person: "an independent advocate told us that …".
  const source = change.raisedBy !== undefined ? CHANGE_SOURCES[change.raisedBy]?.frame : undefined;
  // "so from June 2026 agendas now include …" says when twice: the date is enough.
  return `At ${change.service}, ${source ?? frames[variant % frames.length]} ${change.heard}, so from ${change.changed} ${change.weDid.replace(/\bnow\s+/i, '')}.${verified}`;
}

/** How goals are made measurable, said another way by each later answer that says it. */
const GOALS_MEASURED = [
  'At the goal-setting meeting the key worker and the person agree each goal in measurable terms and record where the person starts, so progress is counted, not assumed.',
  'Each goal is written with the person in terms that can be counted, with where they start recorded, and an outcome is reported only once someone has checked it against a record or by observation.',
  'Progress is measured against where the person started, as recorded when the goal was set, and checked against a record or by observation before we report it.',
] as const;

function goalsMeasured(again: number | undefined): string {
  return firstFresh(GOALS_MEASURED, again ?? 0);
}


/**
 * With no outcome verified in the period itself, the outcomes verified and shared with consent
 * in the twelve months to its end, each with its month and how it was checked: a question
 * about outcomes achieved is not answered by "none this quarter" when the year holds several.
 * The case the answer will tell in full is left for its own paragraph.
 */
function outcomesOfTheYear(inputs: BlockInputs, topic: AskedTopicId): Block | undefined {
  const { context } = inputs;
  const { end } = context.figures.period;
  const start = twelveMonthsStart(end);
  // Neither the case a human example will tell here nor one already told in this answer or the
  // bid: the same story twice in one answer spends its words on a repeat.
  const told = nextCase(inputs);
  const year = context.cases.filter((example) => example.quotable && example !== told && !inputs.memory.cases.has(caseKey(example)) && example.example.verifiedOn >= start && example.example.verifiedOn <= end);
  if (year.length === 0) return undefined;
  const clauses = year.map((example) => {
    const numbers = caseNumbers(example);
    return `at ${example.service}, one person's ${example.measure} ${example.direction}${numbers ? ` ${numbers}` : ''} (${example.month}, measured by ${example.verifiedBy})`;
  });
  const { year: endYear, month: endMonth } = dateParts(end);
  const lead = goalsMeasured(inputs.again);
  const list = `In the year to ${monthName(endMonth)} ${endYear}, the outcomes verified and shared with the person's consent ${year.length === 1 ? 'include' : 'include these'}: ${clauses.join('; ')}.`;
  const figures = year.flatMap((example) => (example.figure ? [available(context, example.figure.id)] : []));
  return block(topic, 'outcome-measures', `${lead} ${list}`, figures, { casesListed: year.map(caseKey) });
}

type Builder = (inputs: BlockInputs, topic: AskedTopicId) => Built;

const builders: Record<ElementId, Builder> = {
  'person-leads': ({ context, again, uses = () => 0 }, topic) => {
    const types = new Set(context.practiceFacts.reviewTypes);
    const goals = types.has('goal-setting') ? ' Goal-setting meetings are where the person names what they want to change, and later reviews track progress against those goals.' : '';
    // Where people's own answers say they do not feel involved, that the person leads is the
    // standard being worked to, not what happens: said as a fact, the feedback contradicts it.
    const feltInvolved = available(context, 'feel-involved-agree');
    const asStandard = (sentence: string) => (feltInvolved && weak(feltInvolved) ? ourStandardIs(sentence) : sentence);
    return block(
      topic,
      'person-leads',
      again
        ? `${asStandard('The person sets the agenda for their own reviews with their key worker, choosing the people, the place and the way of taking part that suit them.')}${goals ? ' Their goals, agreed at goal-setting meetings, are what each later review checks progress against.' : ''}`
        : `${asStandard(firstFresh(["Each plan starts from what the person wants to change rather than from the service's routine: the person decides what goes on the agenda, who is there and how they want to take part.", "Plans are built around what the person wants to change, not around the service's routine: they choose the agenda, who comes and how they take part."], 0))}${goals}`,
      [],
    );
  },
  'participation-evidence': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'participation');
    if (!figure) return missing(topic, 'participation-evidence', 'no reviews in the period to count participation from');
    if (quotedInCore.has(figure.id)) return block(topic, 'participation-evidence', '', [figure]);
    return block(topic, 'participation-evidence', figureSentence(context, figure, again ? '' : `Each person decides who joins their reviews, and the key worker records who took part in each one, at ${context.place}.`, uses(figure)), [figure]);
  },
  'logged-examples': loggedExamplesBlock,
  'human-example': (inputs, topic) => {
    const example = nextCase(inputs);
    if (!example) return missing(topic, 'human-example', 'no consented, verified outcome left to quote as an example');
    return block(topic, 'human-example', describeCaseExample(inputs.context, example), example.figure ? [available(inputs.context, example.figure.id)] : [], { caseKey: caseKey(example) });
  },
  'person-decides-who': (inputs, topic) =>
    block(
      topic,
      'person-decides-who',
      // Most answers of a bid touch on who takes part, and a part asking it is left empty once every wording is spent.
      (inputs.again ?? 0) > 0
        ? PERSON_DECIDES_AGAIN[Math.min((inputs.again ?? 1) - 1, PERSON_DECIDES_AGAIN.length - 1)]!
        : firstFresh(
            [
              'Before each review the key worker asks the person who they want there and what may be shared with each of them. If the person does not want a relative there, the key worker records that decision, tells the relative how they can still pass on their views, and shares nothing about the person without their agreement unless the law requires it.',
              "Ahead of every review the key worker checks with the person who they would like there and what each of those people may be told. If the person does not want a relative to come, the key worker records that choice and tells the relative how to pass on their views. The key worker shares nothing with that relative without the person's agreement unless the law requires it.",
            ],
            0,
          ),
      [],
      {
        fullerRepeats: 'declines-family',
        shorter: block(topic, 'person-decides-who', PERSON_DECIDES_SHORT[(inputs.again ?? 0) % PERSON_DECIDES_SHORT.length]!, []),
      },
    ),
  'family-participation': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'participation-family');
    if (!figure) return missing(topic, 'family-participation', 'no reviews in the period to count family participation from');
    if (quotedInCore.has(figure.id)) return block(topic, 'family-participation', '', [figure]);
    // Below where it should be, the invitation is the standard the figure is measured against, not what happens.
    const practice = (sentence: string) => (weak(figure) ? ourStandardIs(sentence) : sentence);
    const preamble = firstFresh(['The key worker invites the family members and friends the person has chosen to every review.', 'Every review is open to the family members and friends the person has chosen, and the key worker invites them.'].map(practice), 0);
    return block(topic, 'family-participation', figureSentence(context, figure, again ? '' : preamble, uses(figure)), [figure]);
  },
  'ways-to-take-part': ({ context, again, uses = () => 0 }, topic) => {
    const modes = details(context, 'supporter-mode').filter((figure) => figure.group !== 'in-person');
    if (modes.length === 0) return missing(topic, 'ways-to-take-part', 'the participant records show no one taking part by video, phone or in writing in the period');
    const parts = modes.map((figure) => `${formatFigureValue(figure, figure.value)} ${figure.group === 'remote' ? 'had a supporter joining by video or phone' : 'had views sent in writing or by voice note'}`);
    const counted = `Of the reviews in ${figuresWhen(context)}, ${joinList(parts)}.`;
    return block(
      topic,
      'ways-to-take-part',
      (again ?? 0) >= 2
        ? counted
        : again
        ? `Supporters who cannot come in person still take part: of the reviews in ${figuresWhen(context)}, ${joinList(parts)}.`
        : `Nobody has to be in the room to be heard: of the reviews in ${figuresWhen(context)}, ${joinList(parts)}, and those views are recorded in the review like any other.`,
      modes,
      (again ?? 0) >= 2 ? {} : { shorter: block(topic, 'ways-to-take-part', counted, modes) },
    );
  },
  'advocate-triggers': ({ context, again, uses = () => 0 }, topic) => {
    const total = available(context, 'advocate-referrals');
    const types = details(context, 'advocate-referrals-type');
    const triggers = details(context, 'advocate-referrals-trigger');
    const rules = types.map((figure) => ADVOCATE_TRIGGER_RULES[figure.group ?? '']).filter((rule): rule is string => rule !== undefined);
    // A provider asks for an advocate; the council or NHS body instructs or arranges one. Where the
    // question names when each advocate applies, the way of working for that term says it.
    const saidForTerm = termsNamedIn(context.analysis?.question ?? '').some((named) => named.statesAdvocateTriggers);
    const ruleText = rules.length > 0 && !again && !saidForTerm ? `We ask the council or NHS body for ${joinList(rules, 'and for')}. ` : '';
    if (!total) return rules.length > 0 ? block(topic, 'advocate-triggers', ruleText, []) : missing(topic, 'advocate-triggers', `no advocate referrals recorded in ${context.period}`);
    const times = (again ?? 0) % 3;
    const typeName = (figure: Figure) => figure.subject?.replace(/^referrals to /, '') ?? term(figure.group ?? '');
    // One referral is told as one in every wording: "1 were referrals to …" reads as slot-filled.
    const ofType = (figure: Figure) => (figure.value === 1 ? `one was a referral to ${oneOf(typeName(figure))}` : `${formatFigureValue(figure, figure.value)} were referrals to ${typeName(figure)}`);
    const typeText = times === 2 ? `By type, ${joinList(types.map(ofType))}.` : joinList(types.map(ofType));
    const reason = (figure: Figure) => (figure.subject ?? '').replace(/^advocate referrals prompted by /, '');
    const repeated = triggers.filter((figure) => typeof figure.value === 'number' && figure.value > 1);
    const single = triggers.filter((figure) => !repeated.includes(figure));
    const repeatedText = repeated.map((figure) => `${formatFigureValue(figure, figure.value)} were prompted by ${reason(figure)}`);
    const counted =
      repeated.length === 0
        ? firstFresh(
            [
              `Of those ${formatFigureValue(total, total.value)} referrals, one each was prompted by ${joinList(single.map(reason))}.`,
              `The needs behind them were ${joinList(single.map(reason))}, one referral each.`,
              `One referral each was prompted by ${joinList(single.map(reason))}.`,
            ],
            times,
          )
        : `${joinList(repeatedText)}${single.length > 0 ? `; the others were prompted by ${joinList(single.map(reason))}` : ''}.`;
    const opening =
      times === 0
        ? `In ${figuresWhen(context)} we made ${formatFigureValue(total, total.value)} referrals for independent advocacy. Of these, ${typeText}.`
        : times === 1
          ? `Our referral records for ${figuresWhen(context)} show ${formatFigureValue(total, total.value)} referrals for independent advocacy; by type, ${typeText}.`
          : `The advocacy referral log for ${figuresWhen(context)} holds ${formatFigureValue(total, total.value)} referrals for independent advocacy. ${typeText}`;
    // One referral is told as one: not "1 referrals … Of these, one was … One referral each was prompted by …".
    if (total.value === 1) {
      const to = types.length === 1 ? `, to ${oneOf(typeName(types[0]!))}` : '';
      const why = triggers.length === 1 ? `, prompted by ${reason(triggers[0]!)}` : '';
      return block(topic, 'advocate-triggers', `${ruleText}In ${figuresWhen(context)} we made 1 referral for independent advocacy${to}${why}.`, [total, ...types, ...triggers]);
    }
    // For a tight limit: the total and the commonest reasons, without the count by type; tighter
    // still, who is referred for which advocate in one sentence rather than each legal test.
    const commonest = [...repeated].sort((a, b) => Number(b.value) - Number(a.value)).slice(0, 3);
    const reasons = `The reasons that came up most: ${joinList(commonest.map((figure, index) => `${formatFigureValue(figure, figure.value)} ${index === 0 ? 'were prompted' : ''} by ${reason(figure)}`.replace(/\s+/g, ' ')))}.`;
    const statutory = types.map((figure) => figure.group).filter((group): group is string => group !== undefined && group !== 'other' && ADVOCATE_TYPE_WORDS[group] !== undefined);
    // Only where advocacy is what is asked: as depth under another topic the brief form would take
    // the place of what that topic's parts ask for.
    const briefRules =
      topic === 'advocacy' && !again && statutory.length > 0
        ? `Key workers ask the council or NHS body for ${joinList(statutory.map((group) => oneOf(ADVOCATE_TYPE_WORDS[group]!.one)), 'or')} whenever the law gives the person the right to one and nobody appropriate can support them${types.some((figure) => figure.group === 'other') ? ', and for an independent advocate whenever the person asks' : ''}. `
        : ruleText;
    const briefest = briefRules !== ruleText ? { shorter: block(topic, 'advocate-triggers', `${briefRules}In ${figuresWhen(context)} we made ${formatFigureValue(total, total.value)} referrals for independent advocacy.${commonest.length > 0 ? ` ${reasons}` : ''}`, [total, ...commonest]) } : {};
    const shorter =
      commonest.length > 0 && commonest.length < triggers.length
        ? { shorter: block(topic, 'advocate-triggers', `${ruleText}In ${figuresWhen(context)} we made ${formatFigureValue(total, total.value)} referrals for independent advocacy. ${reasons}`, [total, ...commonest], briefest) }
        : briefest;
    return block(topic, 'advocate-triggers', `${ruleText}${opening} ${counted[0]!.toUpperCase()}${counted.slice(1)}`, [total, ...types, ...triggers], shorter);
  },
  'referral-times': ({ context, again, uses = () => 0 }, topic) => {
    const response = available(context, 'advocate-response');
    const median = available(context, 'advocate-response-median');
    const standard = context.standards['advocate-response'];
    if (!response) return missing(topic, 'referral-times', `no advocate referrals in ${context.period} to time`);
    const text = describeFigure(response);
    const hours = median ? formatFigureValue(median, median.value) : '';
    // The median is over referrals with an advocate involved: where some have none yet, it says so,
    // or a reader setting it beside "3 of 5 within 48 hours" takes it as the median of all five.
    const someWaiting = median?.denominator != null && response.denominator != null && median.denominator < response.denominator;
    const medianText = median
      ? ` ${firstFresh(
          someWaiting
            ? [
                `Where the advocate has become involved, the median time from referral was ${hours} hours; referrals with no advocate involved yet count as outside the standard.`,
                `Counting only referrals where the advocate is now involved, the median wait from referral was ${hours} hours; any with no advocate yet count as outside the standard.`,
              ]
            : [
                `The median time from referral to the advocate being involved was ${hours} hours.`,
                `The median wait from referral to the advocate being involved was ${hours} hours.`,
                `Measured from referral, the median time to the advocate being involved was ${hours} hours.`,
              ],
          uses(median),
        )}`
      : '';
    const aside = shareAside(response, text);
    const opening = firstFresh(
      [
        `Our standard is an advocate involved within ${standard ?? 'the agreed time'} of a referral. In ${figuresWhen(context)} the advocate was involved within ${standard ?? 'that time'} for ${text.fraction ?? text.value} referrals${aside}.`,
        `Referral times are measured against our ${standard ? hyphenatedStandard(standard) : 'agreed'} standard: the advocate was involved within ${standard ?? 'that time'} for ${text.fraction ?? text.value} referrals in ${figuresWhen(context)}${aside}.`,
        `In ${figuresWhen(context)}, ${text.fraction ?? text.value} advocate referrals had the advocate involved within our ${standard ? hyphenatedStandard(standard) : 'agreed'} standard${aside}.`,
      ],
      again ?? 0,
    );
    const honest = weak(response) ? ` ${actionSentence(context, response, uses(response))}` : '';
    return block(topic, 'referral-times', `${opening}${medianText}${honest}`, [response, median]);
  },
  'advocates-at-reviews': ({ context, again, uses = () => 0 }, topic) => {
    const complex = available(context, 'advocate-at-complex');
    if (!complex) return missing(topic, 'advocates-at-reviews', `no complex or best-interests reviews in ${context.period}`);
    const text = describeFigure(complex);
    const aside = shareAside(complex, text);
    const honest = weak(complex) ? ` ${actionSentence(context, complex, uses(complex))}` : '';
    return block(
      topic,
      'advocates-at-reviews',
      (again ?? 0) >= 2
        ? `In ${figuresWhen(context)}, ${text.fraction ?? text.value} complex and best-interests reviews had an independent advocate taking part${aside}.${honest}`
        : again
        ? `Over ${figuresWhen(context)}, an independent advocate took part in ${text.fraction ?? text.value} complex and best-interests reviews${aside}.${honest}`
        : `An independent advocate took part in ${text.fraction ?? text.value} complex and best-interests reviews in ${figuresWhen(context)}${aside}, so the person had someone independent on their side when the biggest decisions were made.${honest}`,
      [complex],
    );
  },
  'formats-in-use': ({ context, again, alongside }, topic) => {
    const formats = details(context, 'agenda-format');
    if (formats.length === 0) return missing(topic, 'formats-in-use', `no agendas in an accessible format recorded in ${context.period}`);
    const list = joinList(formats.map((figure) => `${formatFigureValue(figure, figure.value)} in ${figure.subject?.replace(/^review agendas sent in /, '')}`));
    // "Used for every meeting" only where the records show formats used; beside a weak figure it reads as a claim they contradict.
    const met = available(context, 'accessible-formats');
    const needs = met && !weak(met) ? "Each person's communication needs are recorded when their support starts and used for every meeting." : "The key worker records each person's communication needs when their support starts.";
    const when = figuresWhen(context);
    // Said again by a later answer that is about formats, in a wording no earlier answer used.
    // "In the person's own format" claims the practice: only where the practice profile shows it done.
    const third = context.practised('accessible-format') ? `In ${when}, key workers sent review agendas in the person's own format: ${list}.` : `Review agendas sent in ${when}, counted by format: ${list}.`;
    const counted = firstFresh([`Review agendas in ${when}, by format: ${list}.`, `By format, the review agendas key workers sent in ${when} were ${list}.`, third], 0);
    // How needs are recorded, said already by the steps that find and record them, is not said twice.
    const opening = alongside?.has('communication-needs') ? '' : `${needs} `;
    return block(topic, 'formats-in-use', again ? counted : `${opening}In ${when}, review agendas went out in these formats: ${list}.`, formats, again ? {} : { shorter: block(topic, 'formats-in-use', counted, formats) });
  },
  'agenda-notice': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'agenda-notice');
    if (!figure) return missing(topic, 'agenda-notice', 'no planned reviews in the period');
    if (quotedInCore.has(figure.id)) return block(topic, 'agenda-notice', '', [figure]);
    const practised = context.practised('agenda-notice');
    const preamble = [
      `${practised ? 'Key workers send' : 'Our standard is that key workers send'} the agenda ahead of every review so the person and their supporters can prepare.`,
      practised ? 'Before each review the key worker gives the person and their supporters the agenda in time to prepare.' : 'Our standard is that before each review the key worker gives the person and their supporters the agenda in time to prepare.',
      practised ? 'Agendas go out from the key worker ahead of every review.' : 'Our standard is an agenda sent by the key worker ahead of every review.',
    ][Number(again ?? 0) % 3]!;
    // For a tight limit, the figure alone: it says what the standard is and how far it held.
    const shorter = block(topic, 'agenda-notice', figureSentence(context, figure, '', uses(figure)), [figure]);
    // Each wording names who sends it and when.
    return block(topic, 'agenda-notice', figureSentence(context, figure, preamble, uses(figure)), [figure], { shorter, carriesOwnersCadence: true });
  },
  'formats-met': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'accessible-formats');
    if (!figure || quotedInCore.has(figure.id)) return figure ? block(topic, 'formats-met', '', [figure]) : missing(topic, 'formats-met', 'no reviews for people with a recorded format');
    // Asked about the record's format, the answer says what the format is before its count.
    const preamble =
      topic === 'summaries'
        ? again
          ? "The written record goes to the person in their recorded communication format."
          : "The meeting and its written record use the communication format recorded for the person, such as easy read or audio."
        : again
          ? ''
          : "Key workers check each person's recorded communication format before every meeting.";
    return block(topic, 'formats-met', figureSentence(context, figure, preamble, uses(figure)), [figure]);
  },
  'review-cadence': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const monthly = available(context, 'cadence-monthly');
    const full = available(context, 'cadence');
    const extra = new Set(context.practiceFacts.reviewTypes);
    const unplanned = extra.has('debrief') && !again ? ` ${firstFresh(['The Registered Manager calls a debrief meeting after an incident or a sudden change in need, outside the usual rhythm.', 'Outside the usual rhythm, the Registered Manager calls a debrief meeting after an incident or a sudden change in need.'], 0)}` : '';
    if (!monthly && !full) return missing(topic, 'review-cadence', 'no people supported throughout the period to measure review frequency');
    // The monthly count only: its subject is the practice's own actual, so the sentence states it.
    const shown = [monthly ?? full].filter((figure): figure is Figure => figure !== undefined && !quotedInCore.has(figure.id));
    // Each figure of the block in a different frame: two "Figures for Q3 2026:" in a row read as a list pasted twice.
    // How often reviews should happen, said as the standard the figure is measured against (the records do not show it for most people).
    const standard = context.practice.rhythmStandard;
    const rhythm = standard ? firstFresh([`Our standard is ${standard}.`, `The standard we hold ourselves to is ${standard}.`], Number(again ?? 0)) : '';
    const sentence = shown.map((figure, index) => figureSentence(context, figure, index === 0 ? rhythm : '', uses(figure) + index)).join(' ');
    return block(topic, 'review-cadence', `${sentence}${unplanned}`.trim(), shown);
  },
  'meeting-length': ({ context }, topic) => {
    const mini = context.standards['mini-review-length'];
    const longest = context.standards['meeting-length'];
    if (!mini && !longest) return missing(topic, 'meeting-length', 'no meeting-length standard set');
    return block(topic, 'meeting-length', `Meetings are kept to a length that suits the person: our standard is ${mini ? `${mini} for a mini-review` : ''}${mini && longest ? ' and ' : ''}${longest ? `no more than ${longest} for any planned meeting` : ''}, with breaks when the person asks.`, []);
  },
  'who-attends': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const family = available(context, 'participation-family');
    if (!family) return missing(topic, 'who-attends', 'no reviews in the period');
    const opening = firstFresh(
      [
        'The person, their key worker and the people the person invites attend each review; professionals join when the person agrees.',
        'Reviews are attended by the person, their key worker and whoever the person invites; professionals attend when the person agrees.',
        'The person attends each review with their key worker and anyone they have chosen to invite; professionals join when the person agrees.',
      ],
      again ?? 0,
    );
    if (quotedInCore.has(family.id)) return block(topic, 'who-attends', opening, [family]);
    return block(topic, 'who-attends', figureSentence(context, family, opening, uses(family)), [family]);
  },
  'summary-timeliness': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'summaries-on-time');
    if (!figure) return missing(topic, 'summary-timeliness', 'no reviews in the period');
    if (quotedInCore.has(figure.id)) return block(topic, 'summary-timeliness', '', [figure]);
    const deadline = context.standards['summary-deadline'];
    return block(topic, 'summary-timeliness', figureSentence(context, figure, again ? '' : `The key worker writes the summary in plain words for the person and everyone they chose; our standard is that it goes out within ${deadline ?? 'the agreed time'}.`, uses(figure)), [figure]);
  },
  'action-follow-through': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'actions-on-time');
    if (!figure) return missing(topic, 'action-follow-through', 'no actions due in the period');
    const chase = ` ${firstFresh(
      [
        'Each action has a named owner and a due date in the action log, and open actions are the first item at the next review.',
        'Open actions, each with its owner and due date, are the first item at the next review.',
        'At the next review the key worker goes through any action still open with its owner and agrees a new date.',
      ],
      again ?? 0,
    )}`;
    if (quotedInCore.has(figure.id)) return block(topic, 'action-follow-through', chase.trim(), [figure]);
    return block(topic, 'action-follow-through', `${figureSentence(context, figure, '', uses(figure))}${chase}`, [figure]);
  },
  'escalation-route': ({ context, again, uses = () => 0 }, topic) => {
    // The levels in the order a disagreement climbs them, whatever order the counts come in.
    const rung = (figure: Figure) => {
      const at = (ESCALATION_LEVELS as readonly string[]).indexOf(figure.group ?? '');
      return at < 0 ? ESCALATION_LEVELS.length : at;
    };
    const levels = [...details(context, 'disputes-level')].sort((a, b) => rung(a) - rung(b));
    const logged = available(context, 'disputes-logged');
    const chain = context.practice.chain;
    const route = firstFresh(
      chain
        ? [`A disagreement goes from ${chain}.`, `The route runs from ${chain}.`, `Unresolved, it moves from ${chain}.`]
        : [
            'A disagreement starts with the key worker and can be taken to the Registered Manager and then the Nominated Individual.',
            'The key worker tries to settle it first; if that fails it goes to the Registered Manager and then the Nominated Individual.',
          ],
      again ?? 0,
    );
    // Under complaints, the route is the one a complaint climbs too; the log of disagreements shows it in use.
    const complaintRoute = chain
      ? firstFresh([`Inside the organisation, a complaint or disagreement that is not settled goes from ${chain}, with an advocate offered at each stage.`, `A complaint or disagreement not settled at first climbs one route, from ${chain}.`], again ?? 0)
      : 'A complaint or disagreement the key worker cannot settle goes to the Registered Manager and then the Nominated Individual.';
    const opening = topic === 'complaints'
      ? complaintRoute
      : again
      ? `Every disagreement goes in the disagreement log. ${route}`
      : firstFresh(
          [
            `When a person, their family or their advocate disagrees with us, the key worker logs it with the date it was raised and who raised it. ${route} The key worker offers an advocate at each stage, and the formal complaints process stays open to the person throughout.`,
            `Any disagreement raised by a person, their family or their advocate is logged by the key worker with who raised it and when. ${route} At every stage the key worker offers an advocate, and the person can use the formal complaints process at any point.`,
          ],
          0,
        );
    // Asked about complaints, the route goes on past the organisation, named for where it is.
    const region = context.practiceFacts.region;
    const beyond =
      region && COMPLAINT_ASK.test(context.analysis?.question ?? '')
        ? ` ${firstFresh(
            [
              `If the person or their family is still unhappy with our final response, they can take the complaint to the Council that arranges their care and then to ${OMBUDSMAN_BY_REGION[region]}; our standard is that the final response sets out those routes in writing.`,
              `Beyond us, a complaint can go to the Council that arranges the person's care and then to ${OMBUDSMAN_BY_REGION[region]}; our standard is that our final response names both.`,
            ],
            again ?? 0,
          )}`
        : '';
    const regionNote = beyond && region ? OMBUDSMAN_NOTE_BY_REGION[region] : undefined;
    const noted = regionNote ? { writerNote: regionNote } : {};
    if (!logged) return block(topic, 'escalation-route', `${opening}${beyond} No disagreements were logged in ${figuresWhen(context)}.`, [], noted);
    const split = joinList(levels.map((figure) => `${formatFigureValue(figure, figure.value)} ${figure.subject?.replace(/^disagreements /, '')}`));
    const count = formatFigureValue(logged, logged.value);
    const counted = firstFresh(
      [
        `In ${figuresWhen(context)}, ${count} disagreements were logged: ${split}.`,
        `The log for ${figuresWhen(context)} holds ${count} disagreements: ${split}.`,
        `Of the ${count} disagreements logged in ${figuresWhen(context)}, ${split}.`,
      ],
      again ?? 0,
    );
    // Asked where a complaint goes, shorter forms keep the route and where it goes beyond us, so a
    // tight limit drops the telling before the route.
    const shorter = () => {
      const briefly = topic === 'complaints' ? complaintRoute : `Every disagreement goes in the disagreement log. ${route}`;
      const briefest = block(topic, 'escalation-route', `${briefly}${beyond}`, [], noted);
      return block(topic, 'escalation-route', `${briefly}${beyond} ${counted}`, [logged, ...levels], { shorter: briefest, ...noted });
    };
    return block(topic, 'escalation-route', `${opening}${beyond} ${counted}`, [logged, ...levels], again || !beyond ? noted : { shorter: shorter(), ...noted });
  },
  'resolution-time': ({ context, again, uses = () => 0 }, topic) => {
    const figure = available(context, 'disputes-resolved');
    if (!figure) return missing(topic, 'resolution-time', `no disagreements logged in ${context.period}`);
    const standard = context.standards['dispute-resolution'];
    return block(topic, 'resolution-time', figureSentence(context, figure, again ? '' : `Our standard is to resolve a disagreement within ${standard ?? 'the agreed time'}.`, uses(figure)), [figure]);
  },
  'learning-from-feedback': (inputs, topic) => {
    const [change] = nextChanges(inputs, 1, topic);
    if (!change) return missing(topic, 'learning-from-feedback', 'no "you said, we did" change left to quote');
    return block(topic, 'learning-from-feedback', describeChange(change, inputs.memory.changes.size), [], { changeKey: changeKey(change) });
  },
  'best-interests-chair': ({ context, again, uses = () => 0 }, topic) => {
    const chair = context.practice.complexChair;
    const complex = available(context, 'advocate-at-complex');
    if (!chair) return missing(topic, 'best-interests-chair', 'the review records do not show one role chairing complex and best-interests reviews');
    return block(
      topic,
      'best-interests-chair',
      firstFresh(
        [
          `${chair[0]!.toUpperCase()}${chair.slice(1)} chairs complex and best-interests reviews. The chair makes sure capacity is assessed for the specific decision at the time it is needed; where the person lacks capacity for it, whoever is responsible for that decision makes it in their best interests (we decide day-to-day care; a clinician decides treatment and the council a move of home, unless a health and welfare attorney holds that decision), with the person helped to take part in the way that works for them and the reasons recorded. ${bestInterestsConsulted(chair, false)}`,
          `Where a decision about the person's day-to-day care and support is ours to make and they lack capacity for it, it is made at a complex review chaired by ${chair}, with the person's own wishes recorded first and the reasons written down; a decision about medical treatment or a move of home rests with the clinician, the council or an attorney who holds it, and the review gives them the person's views. ${bestInterestsConsulted(chair, true)}`,
        ],
        again ? 1 : 0,
      ),
      [],
    );
  },
  // Consent from a person who can make the decision comes before any question of capacity.
  'decision-consent': ({ again }, topic) =>
    block(
      topic,
      'decision-consent',
      again
        ? 'Where the person can make the decision, the key worker explains the choice in the way they understand best and records the consent they give or the refusal, which stands.'
        : firstFresh(
            [
              'The key worker starts from the presumption that the person can make each decision about their care. The key worker explains the choice in the way the person understands best and gives them time to decide. The key worker records their consent or refusal in the support plan, and a refusal from someone with capacity for that decision stands.',
              'The key worker assumes the person can make each decision about their care unless an assessment for that decision shows otherwise. The key worker talks the choice through in the way the person understands best, with time to think. The key worker writes their consent or refusal into the support plan, and a refusal from someone with capacity for that decision stands.',
            ],
            0,
          ),
      [],
    ),
  'consent-to-share': (inputs, topic) =>
    block(topic, 'consent-to-share', inputs.again ? 'Nothing about a person is shared without the consent the key worker has recorded, and that consent is checked again at each review.' : 'Key workers record the person\'s consent before anything about them is shared, whether with family members, with advocates or as an anonymised example in a report, and check it again at each review.', []),
  'compliments-count': ({ context, quotedInCore, uses = () => 0 }, topic) => {
    const figure = available(context, 'involvement-compliments');
    if (!figure) return missing(topic, 'compliments-count', `no compliments recorded in ${context.period}`);
    if (quotedInCore.has(figure.id)) return block(topic, 'compliments-count', '', [figure]);
    return block(topic, 'compliments-count', figureSentence(context, figure, '', uses(figure)), [figure]);
  },
  'feel-involved': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const score = available(context, 'feel-involved');
    const agree = available(context, 'feel-involved-agree');
    if (!score && !agree) return missing(topic, 'feel-involved', `no "I feel involved" ratings in ${context.period}`);
    const parts: string[] = [];
    const both = agree && !quotedInCore.has(agree.id);
    if (score && !quotedInCore.has(score.id)) {
      const preamble = again ? '' : firstFresh(['After reviews, key workers ask people and their supporters whether they feel involved in decisions about the support.', 'Key workers ask people and their supporters after each review whether they felt involved in the decisions made about the support.'], 0);
      // Two weak readings of one question take one action, after the second: two near-identical
      // actions back to back read as pasted.
      parts.push(figureSentence(context, score, preamble, uses(score), !(both && weak(score) && weak(agree))));
    }
    if (agree && !quotedInCore.has(agree.id)) parts.push(figureSentence(context, agree, '', uses(agree) + parts.length));
    return block(topic, 'feel-involved', parts.join(' '), [score, agree]);
  },
  'you-said-we-did': (inputs, topic) => {
    // "Give three examples of changes": as many as asked, up to what the records hold.
    const asked = examplesCounted(inputs.context.analysis?.question ?? '');
    const count = Math.max(topic === 'feedback' ? 3 : 1, asked ?? 0);
    const changes = nextChanges(inputs, count, topic);
    if (changes.length === 0) return missing(topic, 'you-said-we-did', 'no "you said, we did" change left to quote');
    const made = available(inputs.context, 'changes-from-feedback');
    const uses = inputs.memory.figures.get(made?.id ?? '') ?? 0;
    const lead =
      made && !inputs.quotedInCore.has(made.id) && topic === 'feedback'
        ? `${formatFigureValue(made, made.numerator ?? made.value)} of the ${made.denominator} changes we made from feedback in ${inputs.context.period} were checked afterwards to confirm they held.${weak(made) ? ` ${actionSentence(inputs.context, made, uses)}` : ''} `
        : '';
    // Shorter forms tell fewer changes, then drop the count before them, so a tight limit keeps
    // the changes a question asks for rather than lose the block.
    const forms: { lead: string; told: ChangeText[] }[] = [{ lead, told: changes }];
    if (changes.length > 3) forms.push({ lead, told: changes.slice(0, 3) });
    if (changes.length > 2) forms.push({ lead, told: changes.slice(0, 2) });
    if (lead) forms.push({ lead: '', told: changes.slice(0, 2) });
    if (changes.length > 1) forms.push({ lead: '', told: changes.slice(0, 1) });
    const question = inputs.context.analysis?.question ?? '';
    // The number of changes told in full: as many as asked, else two where examples are asked for.
    const inFull = asked ?? (EXAMPLE_ASK.test(question) && !ONE_EXAMPLE.test(question) ? 2 : undefined);
    return forms.reduceRight<Block | undefined>(
      (shorter, form) =>
        block(topic, 'you-said-we-did', `${form.lead}${form.told.map((change, index) => describeChange(change, index)).join(' ')}`, form.lead ? [made] : [], {
          changeKey: form.told.map(changeKey).join('||'),
          ...(shorter ? { shorter } : {}),
          ...(inFull !== undefined && form.told.length >= Math.min(inFull, changes.length) && shorter ? { askedInFull: true } : {}),
        }),
      undefined,
    )!;
  },
  'outcome-measures': (inputs, topic) => {
    const { context } = inputs;
    const outcomes = context.figures.figures.filter((figure) => figure.catalogueId === 'enablement-measure' && figure.value !== null);
    const verified = available(context, 'enablement-verified');
    if (outcomes.length === 0 && (!verified || verified.value === 0)) return outcomesOfTheYear(inputs, topic) ?? missing(topic, 'outcome-measures', `no verified outcomes in ${context.period}`);
    // An outcome with a case example is told as its story, with its month, by the human-example
    // block; the list gives the others, so no number is written twice in one answer.
    const withCase = new Set(context.cases.filter((example) => example.quotable && example.figure).map((example) => example.figure!.id));
    const listed = outcomes.filter((figure) => !withCase.has(figure.id)).slice(0, 3);
    const lines = listed.map((figure) => {
      const text = describeFigure(figure);
      const people = figure.outcome?.people ?? 1;
      return `${text.subject} went ${text.trend ?? `to ${text.value}`} for ${people === 1 ? 'one person' : `${people} people`}`;
    });
    const number = verified && verified.value !== 0 ? formatFigureValue(verified, verified.value) : undefined;
    const variant = (inputs.again ?? 0) % 3;
    const one = verified?.value === 1;
    const count = number
      ? [
          `${number} ${one ? 'outcome was' : 'outcomes were'} verified in ${figuresWhen(context)}`,
          `Over ${figuresWhen(context)}, ${number} ${one ? 'outcome' : 'outcomes'} passed that check`,
          `In ${figuresWhen(context)} we verified ${number} ${one ? 'outcome' : 'outcomes'}`,
        ][variant]!
      : '';
    const among = ['among those shared with consent, ', 'of those the person agreed to share, ', 'among those people agreed we could share, '][variant]!;
    // Verified outcomes with none shared by consent (every outcome has its before and after):
    // the reader is told why none is described, rather than left to think there is nothing.
    const unshared = outcomes.length === 0 ? `, but ${one ? 'the person has' : 'the people have'} not agreed to ${one ? 'it' : 'them'} being shared, so ${one ? 'it is' : 'they are'} not described here` : '';
    const shared = lines.length > 0 ? `${count ? `${count}; ${among}` : `Among outcomes shared with consent in ${figuresWhen(context)}, `}${joinList(lines)}.` : count ? `${count}${unshared}.` : '';
    return block(topic, 'outcome-measures', `${goalsMeasured(inputs.again)} ${shared}`, [verified, ...listed]);
  },
  'outcomes-not-met': ({ again }, topic) =>
    wordedBlock(
      topic,
      'outcomes-not-met',
      again,
      [
        'A goal that is not moving is not left until the next deep-dive: the key worker raises it at the next mini-review, the person says what is getting in the way, and together they change the support, break the goal into smaller steps or choose a goal that matters more to them now. Where a goal still has not moved by the deep-dive, the Registered Manager joins that review and agrees what will change and by when.',
        'When a goal stalls, the key worker takes it to the next mini-review and asks the person what is getting in the way; they change the support, split the goal into smaller steps or set one that matters more to the person now. A goal still not moving at the deep-dive brings the Registered Manager into that review to agree what changes and by when.',
      ],
      'A goal that is not moving goes to the next mini-review, where the person and their key worker change the support, split the goal into smaller steps or set a new one; the Registered Manager joins the deep-dive for any goal still not moving.',
    ),
  'own-words': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    // The plan is gone through "in their format": how often the person's format was used shows it.
    const formats = available(context, 'accessible-formats');
    const shown = formats && !quotedInCore.has(formats.id) ? formats : undefined;
    const built = wordedBlock(
      topic,
      'own-words',
      again,
      [
        "The key worker writes the person's goals and what matters to them into the plan as the person says them, in the first person and in quotation marks. Where the person says it with signs, pictures or a supporter's help, the plan records how it was said. Before the plan is agreed, the key worker goes through it with the person in their own communication format and asks whether it says what they want. Anything that does not is changed, the person's agreement or what they asked to change is written on the plan, and the key worker makes the same check at every review.",
        "Goals go into the plan in the person's own words, written in the first person, and the plan notes when the person said them through signs, pictures or a supporter. The key worker then reads the plan through with the person in their communication format and changes whatever is not what they meant. Their agreement, or the changes they asked for, is recorded on the plan, and the key worker repeats this at each review.",
      ],
      "Goals go into the plan in the person's own words. The key worker goes through the plan with them in their format and records their agreement, or what they want changed, before it is signed off and again at each review.",
    );
    // Where people's own answers say they do not feel involved, this is the standard worked to, not what happens.
    const standard = standardBeside(available(context, 'feel-involved-agree'), built);
    if (!shown) return standard;
    const evidence = figureSentence(context, shown, '', uses(shown));
    return { ...standard, text: `${standard.text} ${evidence}`, figureIds: [shown.id], weakFigureIds: weak(shown) ? [shown.id] : [] };
  },
  'communication-needs': ({ context, again }, topic) => {
    const built = wordedBlock(
      topic,
      'communication-needs',
      again,
      [
        "When support starts, the key worker asks the person, and people who know them well, how they communicate and how they want information given to them. The answer is recorded as their communication format, as the Accessible Information Standard requires. A flag on their file shows it to every worker before they visit, and with the person's agreement it is passed on when they go into hospital or to another service. Their plan, risk assessments, review papers and letters are given to them in that format, and the key worker looks at the format again at every review. To check something has been understood, the key worker asks the person to say back, in their own way, what it means for them. Where they could not, the key worker tries another format.",
        "At the start of support the key worker finds out how each person communicates and how they want information, from them and from people who know them well. Following the Accessible Information Standard, it is recorded as their communication format. A flag on their file shows it to every worker, and with their consent it goes with them to hospital or to another service. Their plan, risk assessments, review papers and letters come in that format, which the key worker checks at each review. Understanding is checked by the person telling the key worker back, in their own way, what a document means for them. If they cannot, the key worker tries another format and records what worked.",
      ],
      "As the Accessible Information Standard requires, the key worker records each person's communication needs when support starts and flags them on their file for every worker. With the person's consent, the key worker passes them on when the person goes into hospital or to another service. Plans, risk assessments and letters come in their format, and understanding is checked by the person telling it back in their own way.",
    );
    // Beside a count showing formats not used, the steps are the standard worked to, not what happens.
    return standardBeside(available(context, 'accessible-formats'), built);
  },
  'scenario-person': ({ context, again }, topic) => {
    const person = scenarioPerson(context.analysis?.question ?? '');
    if (!person) return missing(topic, 'scenario-person', 'the question names no person to start from');
    const { name, pronouns } = person;
    // A wish holding a number ("to cut her support to five hours a week") would read as a claim of
    // ours that no record backs: the answer starts from finding out what they want instead.
    const wish = person.wish && extractClaims(person.wish).length === 0 ? person.wish : undefined;
    const { subject, object, possessive } = pronouns;
    const verb = (base: string) => verbFor(pronouns, base);
    // Where the story says what the person wants, the answer starts there, in the story's words,
    // and says who acts on it: a wish on its own reads to a checker as an unowned claim.
    const wants = `${subject} ${verb('want')}`;
    // Where the question asks about keeping the person safe, starting from what they want ("does not
    // want the police involved") has its limit said with it: r55's judge read an answer deferring to
    // such a wish, with no threshold for acting without it, as close to unsafe.
    const safeguarding = context.analysis?.topics.some((entry) => entry.id === 'safeguarding' && entry.weight === 'strong') ?? false;
    const asFarAsSafe = safeguarding ? `, as far as the risk to ${object} and to others allows` : '';
    const start = wish ? `${name} ${wish}, so the key worker would start there${asFarAsSafe}.` : `The key worker would start by finding out from ${name} what ${wants}.`;
    const startAgain = wish ? `${name} ${wish}, and the key worker would take that as the starting point${asFarAsSafe}.` : start;
    const threshold = safeguarding
      ? ` Where ${name} or someone else is at risk of serious harm, the Registered Manager acts that day without waiting for ${possessive} agreement, raising a safeguarding concern with the council or calling the police, and tells ${object} why unless that would increase the risk.`
      : '';
    const wordings = [
      // The story may give the person no communication need, or no speech: the wording assumes neither.
      `${start} The key worker would meet ${object} first, at a time and place ${subject} ${verb('choose')} and with whoever ${subject} ${verb('want')} there, and write down what ${wants} as ${subject} ${verb('express')} it. The key worker would check each step below against it, including where others see things differently.${threshold}`,
      `${startAgain} Before anyone else is asked, the key worker would sit down with ${object} at a time and place that suit ${object}, record what ${wants} as ${subject} ${verb('express')} it, and check each step below against it.${threshold}`,
    ];
    // Under a tight limit the person is still named, in one short line.
    // A name takes a singular verb whatever the person's pronouns: "what Sam wants".
    const least = block(topic, 'scenario-person', `The key worker would start from what ${name} wants${asFarAsSafe}.${threshold}`, []);
    const shorter = wish ? block(topic, 'scenario-person', `${start}${threshold}`, [], { shorter: least }) : least;
    return block(topic, 'scenario-person', again ? wordings[1]! : firstFresh(wordings, 0), [], { shorter });
  },
  'story-steps': ({ context, storyStep, again }, topic) => {
    const question = context.analysis?.question ?? '';
    const plan = storyPlan(question, storyStep, again ?? 0);
    if (!plan) return missing(topic, 'story-steps', 'the story names nothing the steps are set off by');
    // A step stands with the part asking about what set it off.
    const part = storyStep === undefined ? undefined : storyStepPart(question, storyStep);
    const placed = part === undefined ? {} : { forPart: part };
    // Under a tight limit the steps its particulars call for stay, fewer of them.
    const least = block(topic, 'story-steps', plan.least, [], placed);
    const shorter = plan.shorter === plan.least ? least : block(topic, 'story-steps', plan.shorter, [], { shorter: least, ...placed });
    return plan.full === plan.shorter ? shorter : block(topic, 'story-steps', plan.full, [], { shorter, ...placed });
  },
  'attorney-deputy': ({ again }, topic) =>
    wordedBlock(
      topic,
      'attorney-deputy',
      again,
      [
        "When a relative says they hold a Lasting Power of Attorney or are a deputy appointed by the Court of Protection, the Registered Manager asks to see the registered document or the court order. The Registered Manager records on the person's file which kind it is (health and welfare, or property and financial affairs) and what it covers, and keeps a copy. The attorney or deputy decides only what the document covers, and a health and welfare attorney only when the person lacks capacity for that decision. A property and financial affairs attorney has no say over the person's care or where they live. On everything else the key worker goes on asking the person what they want, and shares with the relative only what the person agrees to or the role needs. If staff fear an attorney or deputy is not acting in the person's best interests, the Registered Manager raises a safeguarding concern with the council that day and tells the Office of the Public Guardian.",
        "A relative who holds a Lasting Power of Attorney or a Court of Protection deputyship is asked for the registered document or order. The Registered Manager records on the person's file whether it covers health and welfare or property and finances, and what it allows. The Registered Manager makes sure the relative decides only those matters, and for health and welfare only when the person lacks capacity for the decision in question. On everything else the person decides, and the key worker shares with the relative only what the person agrees to or the role requires. A worry that an attorney or deputy is misusing the role goes that day from the Registered Manager to the council as a safeguarding concern and to the Office of the Public Guardian.",
      ],
      "The Registered Manager checks a relative's Lasting Power of Attorney or deputyship against the registered document and records on the file what it covers. It is used only for those decisions; on everything else the person decides.",
    ),
  'family-harm': ({ again }, topic) =>
    wordedBlock(
      topic,
      'family-harm',
      again,
      [
        "Where staff are worried that a relationship with a relative is harming the person, they tell the Registered Manager the same day. The Registered Manager talks with the person on their own, in the way they communicate best, about what is happening and what they want. Where the person is at risk of abuse or neglect, the Registered Manager raises a safeguarding concern with the council, telling the person first unless that would put anyone at greater risk. The Registered Manager agrees any change to contact with the person. Where they lack capacity for that decision, the Registered Manager takes it through a best-interests decision, the council or the court, recording the person's views in their own words.",
        "A worry that a relative is harming the person goes to the Registered Manager the same day. The Registered Manager first hears from the person alone, in their way of communicating, what is happening and what they want. Where they are at risk, the Registered Manager raises a safeguarding concern with the council, telling the person beforehand unless that would increase the risk. The Registered Manager changes contact only with the person's agreement or, where they lack capacity for that decision, through a best-interests decision, the council or the court.",
      ],
      "A worry that a relative is harming the person goes to the Registered Manager the same day, who hears from the person alone and raises a safeguarding concern with the council where needed.",
    ),
  'record-correction': ({ again }, topic) =>
    wordedBlock(
      topic,
      'record-correction',
      again,
      [
        "If the person, or anyone they shared it with, thinks the summary gets something wrong or leaves something out, they can tell the key worker in whatever way suits them. The key worker puts it right and sends the corrected summary to everyone who had the first. If they disagree with what was decided, rather than how it was written down, the key worker takes it through the disagreement route.",
        "The person, or anyone they chose to share it with, can tell the key worker what the summary gets wrong or misses, in the way that suits them. The key worker corrects it and sends the new copy to everyone on the original list, and takes a disagreement with the decision itself, not its wording, through the disagreement route.",
      ],
      "The key worker corrects anything the person says the summary gets wrong and sends it again; a disagreement with the decision itself goes through the disagreement route.",
    ),
  'complaints-known': ({ again }, topic) =>
    wordedBlock(
      topic,
      'complaints-known',
      again,
      [
        "When support starts, the key worker tells each person and their family how to raise a concern or complaint, in the person's own communication format, and leaves a written guide with them. The key worker goes over it again at every review. The guide names who to contact outside the service, including the council and the Local Government and Social Care Ombudsman.",
        "The key worker explains how to raise a concern or complaint to each person and their family when support starts, in the person's own format, and again at every review. A written guide stays with them, naming the council and the Local Government and Social Care Ombudsman as routes outside the service.",
      ],
      "The key worker explains how to raise a concern or complaint when support starts and at every review, in the person's own format, with a written guide naming the council and the Ombudsman.",
    ),
  // Written only for a term a question names, by namedPracticeBlock.
  'named-practice': (_inputs, topic) => missing(topic, 'named-practice', 'written for a term the question names'),
  'complaints-no-detriment': ({ again }, topic) =>
    wordedBlock(
      topic,
      'complaints-no-detriment',
      again,
      [
        "The Registered Manager tells everyone who raises a concern that it will not change their support, and the key worker checks with them at their next review that nothing has. A concern can come through an advocate, a family member or the council, so nobody has to raise it with the worker it is about.",
        "Everyone who raises a concern hears from the Registered Manager that their support will not change because of it, and the key worker asks them at their next review whether anything has. Nobody has to raise a concern with the worker it is about: an advocate, a family member or the council can raise it for them.",
      ],
      "The Registered Manager tells everyone who raises a concern that their support will not change because of it, and the key worker checks at the next review that it has not.",
    ),
  'positive-risk': ({ context, again }, topic) => {
    const chair = context.practice.complexChair;
    const capacity = chair
      ? `If there is doubt about the person's capacity for that decision, the key worker arranges an assessment of capacity for that decision alone. Where that decision is ours to make, any best-interests decision is then taken at a complex review chaired by ${chair}, choosing the least restrictive way.`
      : "If there is doubt about the person's capacity for that decision, the key worker arranges an assessment of capacity for that decision alone, and any best-interests decision takes the least restrictive way.";
    return block(
      topic,
      'positive-risk',
      // Either wording first, by the organisation's voice: two providers answering one tender do not write the same paragraph.
      firstFresh(
        [
          `When a person wants to do something that carries risk, such as travelling alone, cooking or managing their own money, the key worker plans it with them rather than ruling it out. Together they write down what the person wants, what could go wrong, what will make it safer and who does what, and they look at the plan again at the next review. Where the person has capacity for the decision, the choice is theirs even if others think it unwise: the key worker records that the risks were explained and that the choice stands. ${capacity}`,
          `The key worker plans the risks a person wants to take with them rather than ruling them out. What could go wrong, what makes it safer and who does what goes into the plan, and the key worker looks at it again at the next review. When the person has capacity for the decision, the key worker records that a choice others think unwise stays theirs. ${capacity}`,
        ],
        again ? 1 : 0,
      ),
      [],
    );
  },
  'assurance-roles': ({ context, again }, topic) => {
    const facts = context.practiceFacts;
    const chairRole = facts.complexChairs[0];
    const chair = context.practice.complexChair;
    // The chair also takes disagreements only when the disagreement log shows them reaching that role.
    const takesDisagreements = chairRole !== undefined && facts.escalationLevels.slice(1).includes(chairRole);
    const chairText = chair ? `${capitalise(chair)} chairs complex and best-interests reviews${takesDisagreements ? ' and takes on any disagreement the key worker cannot settle' : ''}.` : '';
    // How often the Nominated Individual reads cases, and re-checks of changes, are the ni-sampling and re-audit blocks.
    return block(
      topic,
      'assurance-roles',
      again
        ? `Key workers and managers record each review, summary, action, advocate referral, disagreement and change with its date and owner, and every figure here is counted from those logs. ${chairText}`.replace(/\s+/g, ' ').trim()
        : `Key workers and managers log each review, summary, action, advocate referral, disagreement and change made from feedback with its date and owner, and the figures we report are counted from those logs, not estimated. ${chairText}`.replace(/\s+/g, ' ').trim(),
      [],
    );
  },
  'council-reporting': ({ context, again, quotedInCore, uses = () => 0 }, topic) => {
    // What the buyer would receive: the headline measures the records already count.
    const reported = measuresFor(context.analysis?.question ?? '').flatMap((measure) => {
      const figure = available(context, measure.id);
      return figure ? [{ figure, name: measure.name }] : [];
    });
    const listed = reported.slice(0, 6).map((entry) => entry.figure);
    const measures = reported.slice(0, 6).map((entry) => entry.name);
    if (measures.length === 0) return missing(topic, 'council-reporting', `no figures counted for ${context.period} to offer the Council`);
    const reader = 'the Council';
    // A question about what the Council receives is answered with the report itself: each measure
    // as it stands, against the quarter before, and the action beside any that falls short, even
    // when an earlier answer of the bid named the measures. In an answer about something else the
    // measures are named only.
    const lead = questionLead(context);
    if (again && lead !== 'governance') return block(topic, 'council-reporting', `${capitalise(reader)} would receive the same quarterly figures we use ourselves (${joinList(measures)}), each with its count, period and source.`, []);
    const named = firstFresh(
      [
        `Each quarter we would send ${reader}, for the services it commissions, the figures we already count for ourselves: ${joinList(measures)}. Each comes with its count, the period, the service and the records it is counted from, alongside the Nominated Individual's sampling findings and the action, owner and date for any figure below our standard.`,
        `For the services it commissions, ${reader} would get from us every quarter the measures we already track for our own management: ${joinList(measures)}. We would give each one with its count, period, service and source records, together with what the Nominated Individual's sampling found and, for any measure below our standard, the action, who owns it and by when.`,
      ],
      0,
    );
    const namedOnly = block(topic, 'council-reporting', named, []);
    // A figure two answers of the bid already gave is named in the report, not given a third time.
    const givenBefore = listed.filter((figure) => uses(figure) >= REPORTED_ELSEWHERE);
    const shown = listed.filter((figure) => !quotedInCore.has(figure.id) && !givenBefore.includes(figure));
    if (lead !== 'governance' || shown.length === 0) return namedOnly;
    // Every measure is named when some are left to earlier answers, so the reader still sees the whole report.
    const intro =
      givenBefore.length > 0
        ? `Each quarter the Registered Manager would send ${reader}, for the services it commissions, ${joinList(measures)}, each with its count, the quarter before and the records it is counted from.`
        : firstFresh(
            [
              `Each quarter the Registered Manager would send ${reader} these figures for the services it commissions, each with its count, the quarter before and the records it is counted from.`,
              `Every quarter ${reader} would receive these measures from the Registered Manager for the services it commissions, each with its count, the quarter before and its source records.`,
            ],
            0,
          );
    const traced = firstFresh(
      [
        `Whenever ${reader} asks, the Registered Manager gives it the file and the dated rows behind any of these figures, each counted from our logs.`,
        `The Registered Manager gives ${reader} the dated rows and the file behind any figure whenever it asks, so each can be traced to our logs.`,
      ],
      0,
    );
    const report = (figures: readonly Figure[], shorter?: Block): Block => {
      // Consecutive actions take consecutive wordings: two alike side by side read as pasted.
      let frame = uses(figures[0]!);
      const facts = figures.map((figure, index) => {
        const fact = factClause(figure);
        // Each answer is marked on its own: the report does not point the reader to other answers for the rest.
        const sentence = index === 0 ? `For ${figuresWhen(context)} it would read: ${fact}.` : `${capitalise(fact)}.`;
        return weak(figure) ? `${sentence} ${actionSentence(context, figure, frame++)}` : sentence;
      });
      return block(topic, 'council-reporting', `${intro} ${facts.join(' ')} ${traced}`, figures, shorter ? { shorter } : {});
    };
    // Fewer measures, never none: under a tight limit the report itself is still the answer, and
    // what gives way is the assurance around it.
    const sizes = REPORT_SIZES.filter((count, index) => index === 0 || count < shown.length);
    let form: Block | undefined;
    for (const count of [...sizes].reverse()) form = report(shown.slice(0, count), form);
    return form!;
  },
  'council-co-production': ({ context, again }, topic) => {
    // An offer in "would", for the writer to agree: the provider's own groups, where the library
    // shows them, are what it can bring; without them, places for the people it supports.
    const ownGroups = declaredEntries(context, 'co-production').usable.length > 0;
    const who = ownGroups ? 'people who already take part in our own co-production work, and others who use our services and their families' : 'people who use our services and their families';
    const findings = ownGroups ? 'what our own groups looked at and what changed as a result' : 'what people told us and what we changed as a result';
    const text = again
      ? `For the Council's co-production groups, the Registered Manager would put forward ${who}, paid for their time by us, and each quarter share with the Council ${findings}.`
      : `During the contract the Registered Manager would put forward for each of the Council's co-production groups ${who}. For each meeting the Registered Manager would see that they are paid for their time, get the papers a week ahead in the format each person needs, and have a named member of staff to help them prepare and to go with them. Each quarter the Registered Manager would also share with the Council ${findings}, and tell the people who took part what the Council did with their views.`;
    return block(topic, 'council-co-production', text, [], { proposed: true });
  },
  'differing-views': ({ context, again }, topic) => {
    // Each in two wordings: a scenario earlier in the bid may have said it briefly, and the answer
    // that asks it outright still needs sentences of its own.
    const further = context.practice.disputes
      ? firstFresh(['A relative who still disagrees can raise it in the disagreement log, which the Registered Manager follows up.', 'A relative who remains unhappy can log it as a disagreement, and the Registered Manager follows it up.'], 0)
      : firstFresh(['A relative who still disagrees can take it to the Registered Manager.', 'A relative who remains unhappy can take it to the Registered Manager.'], 0);
    const differ = firstFresh(["Where family and the person see things differently, the key worker writes down both views and the plan follows the person's wishes.", 'If a relative wants something different from the person, the key worker records both views and the plan follows what the person wants.'], 0);
    const brief = `${differ} ${further}`;
    if (again) return block(topic, 'differing-views', brief, []);
    return block(
      topic,
      'differing-views',
      `${firstFresh(["When a relative's view differs from the person's", 'Where a relative sees things differently from the person'], 0)}, the key worker records both views in the review, and the person's own wishes lead the plan unless they lack capacity for that decision. ${further} The key worker also offers the person an advocate at that review, so their own view stays at the centre.`,
      [],
      { shorter: block(topic, 'differing-views', brief, []) },
    );
  },
  'declines-family': ({ context, again }, topic) => {
    // Capacity is doubted only for this decision; an advocate is offered, not imposed.
    const capacity = context.practice.complexChair
      ? `Where there is real doubt that the person can make this decision, the key worker arranges an assessment of their capacity for this decision alone before anything changes, and ${context.practice.complexChair} chairs the best-interests meeting if one is needed.`
      : 'Where there is real doubt that the person can make this decision, the key worker arranges an assessment of their capacity for this decision alone before anything changes.';
    const brief = `When a person does not want their family involved, the key worker records that choice in the plan and shares nothing with the relative without the person's agreement unless the law requires it, and asks the person at each review whether they still feel the same. ${capacity}`;
    return wordedBlock(topic, 'declines-family', again, [
      `The person decides whether their family takes part. If they say no, the key worker records that in the plan, topic by topic, with anything the person is happy for a relative to know. From then on the key worker does not invite the relative to reviews or share the person's information with them without the person's agreement, unless the law requires it, for example to prevent serious harm. A relative can still tell the key worker about a worry or pass on information, which is recorded without anything being shared back. At each review the key worker asks the person whether their wishes have changed. ${capacity} The key worker also offers an independent advocate, so the person has support to say what they want.`,
      `A person who does not want their family involved has that choice respected: the key worker writes it into the plan, noting anything the person is content for a relative to know. The key worker does not invite the relative to reviews or share anything with them without the person's agreement, unless the law requires it to keep someone safe. Relatives can still tell the key worker what worries them, and this is recorded without anything being passed back. The key worker checks at each review whether the person still feels the same. ${capacity} The key worker also offers the person an independent advocate to help them say what they want.`,
    ], brief, "When a person does not want their family involved, the key worker records that choice and shares nothing with the relative without the person's agreement unless the law requires it, and asks at each review whether they still feel the same.");
  },
  'best-interests-disagreement': ({ context, again }, topic) => {
    const decider = context.practice.complexChair ?? 'the manager who made the decision';
    const Decider = capitalise(decider);
    // How long it takes, in the fuller wordings: the organisation's own standard for settling a
    // disagreement, where it has one.
    const settling = context.standards['dispute-resolution'];
    const within = settling ? ` within ${settling} (our standard)` : '';
    const brief = `A family's disagreement with a best-interests decision reopens it: ${decider} hears their reasons, checks the capacity assessment still holds for this decision and weighs any less restrictive option, then writes to them with the outcome and when it will be reviewed. If it still cannot be settled, we ask the council for mediation, and a serious dispute can go to the Court of Protection.`;
    return wordedBlock(topic, 'best-interests-disagreement', again, [
      `When a family disagrees with a best-interests decision, ${decider} looks at the decision again and meets the family. ${Decider} writes down the family's reasons and anything the decision did not take into account, checks that the capacity assessment was for this decision and still holds, and considers whether a less restrictive option would meet the person's needs. The family receive the outcome and its reasons in writing${within}, with the date the decision will next be reviewed. Where the decision is a clinician's or the council's, such as treatment or a move of home, we pass the family's view to them and ask them to reconsider. If the disagreement still cannot be settled, we ask the council to arrange a meeting of everyone involved or mediation, and a serious dispute can be taken to the Court of Protection. The key worker makes sure the person has an independent advocate throughout, so their own wishes stay at the centre.`,
      `${Decider} reopens a best-interests decision the family disagree with, sits down with them to hear and record their reasons, confirms that the capacity assessment covered this specific decision and is still current, and considers any less restrictive option they put forward. The family are told the outcome in writing${within}, with the reasons and when the decision will be reviewed. If the decision is a clinician's or the council's to make, for instance about treatment or where the person lives, we give them the family's view and ask them to reconsider. Where the disagreement remains, we ask the council for a meeting of all involved or for mediation, and a serious dispute that is still unresolved can be put to the Court of Protection. The key worker arranges an independent advocate for the person throughout, so the decision stays about what they want.`,
    ], brief);
  },
  'proportionate-routine': ({ context, again }, topic) => {
    const mini = context.standards['mini-review-length'];
    const longest = context.standards['meeting-length'];
    // The rhythm as the standard where the records fall short of it, as what happens where they show it.
    const standard = context.practice.rhythmStandard;
    const shown = context.practice.cadence;
    const lengths = [mini ? `a mini-review is kept to ${mini}` : '', longest ? `no planned meeting runs longer than ${longest}` : ''].filter(Boolean);
    const rhythm = standard
      ? `Our standard is ${standard}${lengths.length > 0 ? `; ${joinList(lengths)}` : ''}.`
      : shown
        ? `${capitalise(shown)}${longest ? `, and no planned meeting runs longer than ${longest}` : ''}.`
        : lengths.length > 0
          ? `Our standard is that ${joinList(lengths)}.`
          : '';
    // Deadlines for agendas and summaries are left to their own blocks, which state each as a standard beside its figure.
    const brief = `${rhythm} The key worker is the one named contact for the person and their supporters, and sends one summary to everyone the person chose, so nobody has to chase what was agreed.`.trim();
    if (again) return block(topic, 'proportionate-routine', brief, []);
    return block(
      topic,
      'proportionate-routine',
      firstFresh(
        [
          `Key workers keep involvement from becoming staff-intensive by running it to a fixed routine rather than adding meetings. ${rhythm} The key worker sends the agenda beforehand and is the one named contact for the person and the people they have chosen, so questions go to someone who already knows the plan. Supporters who cannot come join by video or phone or send their views in writing instead of waiting for another meeting, and the key worker sends one summary to everyone the person chose, so nobody has to ring round for what was agreed.`,
          `The key worker runs involvement to a set routine, not extra meetings, and that is what keeps it within staff time. ${rhythm} Each person's key worker sends the agenda ahead and is the single named contact for them and the people they have chosen, so a question reaches someone who knows the plan. A supporter who cannot attend joins by video or phone or writes in rather than needing a further meeting, and the key worker sends the same summary to everyone the person chose, so no one has to chase what was agreed.`,
        ],
        0,
      ).replace(/\s+/g, ' '),
      [],
      { shorter: block(topic, 'proportionate-routine', `Key workers keep involvement within staff time by running it to a fixed routine. ${brief}`, []) },
    );
  },
  'family-burden': ({ context, again }, topic) => {
    // The rhythm is the standard where the records fall short of it, and said as what happens where they show it.
    const rhythm = context.practice.rhythmStandard ? `Our standard is ${context.practice.rhythmStandard}, so relatives know when reviews fall and can plan around them.` : context.practice.cadence ? `${capitalise(context.practice.cadence)}, so relatives know when reviews fall and can plan around them.` : '';
    return block(
      topic,
      'family-burden',
      again
        ? `Relatives choose how much they take part: they can join by video or phone or send their views in writing instead of coming in. The key worker asks them at each review what would make taking part easier.`
        : firstFresh(
            [
              `The key worker makes sure taking part does not wear relatives out. ${rhythm} The key worker agrees with each relative how they will take part, in the room, by video or phone, or by sending their views in writing, and at a time that fits around work and caring. Relatives get the agenda beforehand and the same summary afterwards as everyone else, so they need not chase what was agreed. At each review the key worker asks carers whether taking part is manageable and changes the arrangement if it is not.`,
              `Key workers keep reviews from becoming one more demand on relatives. ${rhythm} Each relative agrees with the key worker whether they come in person, join by video or phone, or write in, and at what time of day. The agenda reaches them beforehand and the summary afterwards, so nothing has to be chased. The key worker checks with carers at each review whether the arrangement still works for them and changes it if not.`,
            ],
            0,
          ).replace(/\s+/g, ' '),
      [],
    );
  },
  'unbefriended': ({ again }, topic) => {
    const brief = "Where a person has nobody to speak for them, the key worker asks for the advocate the decision calls for (a Care Act advocate, an IMCA or a paid Relevant Person's Representative), and our standard is that the advocate is invited to every review and sent the summary.";
    return wordedBlock(topic, 'unbefriended', again, [
      "When a person has no family member or friend able to support them, the key worker notes it in their plan and we arrange independent representation rather than speak for them ourselves: the Care Act advocate or IMCA each decision calls for. Where the person is deprived of their liberty under an authorisation and no relative can act, we ask the supervisory body to appoint a paid Relevant Person's Representative. Our standard is that the advocate is invited to every review and gets the same summary as the person.",
      "A person with nobody close to speak for them is never represented by staff alone: the key worker records it in the plan and asks for the Care Act advocate or IMCA each decision calls for. Under a deprivation of liberty authorisation with no relative able to act, the supervisory body is asked for a paid Relevant Person's Representative. Our standard is that each advocate is invited to every review and sent the summary.",
    ], brief);
  },
  'outcome-verification': (inputs, topic) =>
    block(topic, 'outcome-verification', inputs.again ? 'Each outcome reported here was checked by someone other than the key worker and is shared with the person\'s consent.' : 'An outcome is only reported once someone other than the key worker has checked it, by observation or against a record, and it is only used as an example with the person\'s consent.', []),
  'ni-sampling': ({ context, again, uses = () => 0 }, topic) => {
    const sampling = context.sampling;
    if (!sampling.recorded) {
      return block(topic, 'ni-sampling', `Case sampling by the Nominated Individual is not yet in our records for ${context.period}; the Nominated Individual will start in ${sampling.next} at ${sampling.perService} cases per service each quarter, with the first findings reported in ${sampling.reportBy}.`, [available(context, 'ni-sampling')]);
    }
    const niFigure = available(context, 'ni-sampling');
    // Over several quarters the latest comes first, then the year (samplingOf).
    const { met } = sampling;
    if (!sampling.allMet) {
      return block(
        topic,
        'ni-sampling',
        `${firstFresh(
          [
            `Our standard is that the Nominated Individual reads ${sampling.perService} cases per service each quarter against what the person said they wanted; ${met.clause}.`,
            `The Nominated Individual's case reading, ${sampling.perService} cases per service each quarter by our standard, was ${met.at}.`,
            `Case sampling by the Nominated Individual, to our standard of ${sampling.perService} cases per service each quarter, was ${met.at}.`,
            `Against our standard of ${sampling.perService} cases per service each quarter, the Nominated Individual's sampling was ${met.at}.`,
            `The Nominated Individual's standard is ${sampling.perService} cases per service each quarter; ${met.clause}.`,
          ],
          niFigure ? uses(niFigure) : 0,
        )} ${topic === 'governance' ? `${samplingReads()} ` : ''}${niFigure ? actionSentence(context, niFigure, uses(niFigure)) : ''}`.trim(),
        [niFigure, available(context, 'ni-sampling-latest'), available(context, 'ni-sampling-year')],
      );
    }
    return block(
      topic,
      'ni-sampling',
      again
        ? `The Nominated Individual's quarterly case reading (${sampling.perService} cases per service) checks involvement against the record.${topic === 'governance' ? ` ${samplingReads()}` : ''}`
        : `Each quarter the Nominated Individual reads ${sampling.perService} cases per service against what the person said they wanted, checking that the summary, actions and involvement match the record.`,
      [],
    );
  },
  're-audit': ({ context, quotedInCore, again, uses = () => 0 }, topic) => {
    const made = available(context, 'changes-from-feedback');
    if (!made || made.denominator === undefined || made.denominator === 0) return missing(topic, 're-audit', `no changes from feedback made in ${context.period} to re-check`);
    if (quotedInCore.has(made.id)) return block(topic, 're-audit', '', [made]);
    const honest = weak(made) ? ` ${actionSentence(context, made, uses(made))}` : '';
    const checked = formatFigureValue(made, made.numerator ?? made.value);
    const changes = made.denominator === 1 ? 'change' : 'changes';
    // Said as what happens only where the count shows it happening; beside a weak count, as the standard.
    const routine = weak(made) ? 'Our standard is that a manager goes back after each change to check it held' : 'When a change is made, a manager goes back later to check it held';
    const fact = firstFresh(
      [
        // One change is told as one, never "0 of the 1 change … have been".
        made.denominator === 1
          ? `${routine}: the one change made from feedback in ${figuresWhen(context)} ${made.numerator === 1 ? 'has been' : 'has not yet been'} re-checked.`
          : `${routine}: ${checked} of the ${made.denominator} ${changes} made from feedback in ${figuresWhen(context)} have been re-checked.`,
        made.denominator === 1
          ? `The one change made from feedback in ${figuresWhen(context)} ${made.numerator === 1 ? 'was' : 'had not yet been'} re-checked to confirm it held.`
          : `Of the ${made.denominator} ${changes} made from feedback in ${figuresWhen(context)}, ${checked} had been re-checked to confirm they held.`,
        made.denominator === 1
          ? `In ${figuresWhen(context)} one change was made from feedback, and a manager ${made.numerator === 1 ? 'has since checked' : 'has not yet checked'} that it held.`
          : `Re-checks of changes made from feedback in ${figuresWhen(context)}: ${checked} of the ${made.denominator} ${changes}.`,
        made.denominator === 1
          ? `The one change made from feedback in ${figuresWhen(context)} ${made.numerator === 1 ? 'has had' : 'has not yet had'} a manager check that it held.`
          : `${checked} of the ${made.denominator} changes made from feedback in ${figuresWhen(context)} have had a manager check that they held.`,
        made.denominator === 1
          ? `The change made from feedback in ${figuresWhen(context)} ${made.numerator === 1 ? 'was' : 'was not yet'} checked by a manager to confirm it held.`
          : `In ${figuresWhen(context)}, managers went back to ${checked} of the ${made.denominator} ${changes} made from feedback to check they held.`,
      ],
      uses(made),
    );
    return block(topic, 're-audit', `${fact}${honest}`, [made]);
  },
  'safeguarding-advocacy': ({ context, again, uses = () => 0 }, topic) => {
    const safeguarding = details(context, 'advocate-referrals-trigger').find((figure) => figure.group === 'safeguarding');
    const rule = again
      ? 'A safeguarding enquiry starts from what the person wants to happen; where they would struggle to take part and have no one appropriate to help, we refer for a Care Act advocate.'
      : firstFresh(
          [
            'In a safeguarding concern the person is asked what they want to happen, and that is recorded in their words. If they would have substantial difficulty taking part in the enquiry and have nobody appropriate to support them, we refer for a Care Act advocate.',
            'When there is a safeguarding concern, the person is asked what they want to happen and their answer is recorded in their own words. Where they would have substantial difficulty taking part in the enquiry and have nobody appropriate to support them, we refer for a Care Act advocate.',
          ],
          0,
        );
    const count = safeguarding ? ` In ${figuresWhen(context)}, ${formatFigureValue(safeguarding, safeguarding.value)} ${safeguarding.value === 1 ? 'referral was' : 'referrals were'} made for this reason.` : '';
    return block(topic, 'safeguarding-advocacy', `${rule}${count}`, [safeguarding]);
  },
  // Four wordings, so the answer a question on sharing is mostly about can still say it when
  // earlier answers of the bid have used the others.
  'information-sharing': (inputs, topic) =>
    block(topic, 'information-sharing', firstFresh(INFORMATION_SHARING, inputs.again ?? 0), []),
  'declared-practices': declaredPractices,
  'gap-commitment': gapCommitment,
  'example-gap': exampleGap,
  'check-gap': checkGap,
  'accountable-post': accountablePost,
  'rollout-plan': rolloutPlan,
  'competence-checks': ({ context, again, uses = () => 0 }, topic) => {
    const sampling = context.sampling;
    // Said as what happens only where the records show the sampling kept up; said again, briefly, in the same tense.
    const checked = !sampling.recorded
      ? again
        ? `From ${sampling.next} the Nominated Individual's case sampling will also read how staff involve people.`
        : `From ${sampling.next} the Nominated Individual's quarterly case sampling will read how staff involved the person, with the findings taken back to the team in supervision.`
      : !sampling.allMet
        ? again
          ? "Our standard is that the Nominated Individual's case sampling reads how staff involve people, with the findings fed back in supervision."
          : `How staff involve people is read in the Nominated Individual's case sampling, which our standard sets at ${sampling.perService} cases per service each quarter, and the findings go back to the team in supervision; the Nominated Individual will book each quarter's sampling at its start, with the next result reported in ${sampling.reportBy}.`
        : again
          ? "How staff involve people is read in the Nominated Individual's case sampling and fed back in supervision."
          : `Staff practice is checked through the Nominated Individual's quarterly case sampling, which reads how staff involved the person; the findings go back to the team in supervision.`;
    return block(topic, 'competence-checks', checked, []);
  },
};

/** "Q4 2026" and "January 2027": the quarter after the period, and the month after the quarter `quarters` on. */
function commitmentDates(periodEnd: string, quarters: number): { start: string; reportBy: string } {
  const start = periodContaining(addDays(periodEnd, 1), 'quarter');
  let last = start;
  for (let step = 1; step < quarters; step += 1) last = periodContaining(addDays(last.end, 1), 'quarter');
  const report = addDays(last.end, 1);
  const { year, month } = dateParts(report);
  return { start: start.human, reportBy: `${monthName(month)} ${year}` };
}

/**
 * For a part of the question nothing in the records or the library answers: the honest gap and
 * what will be put in place (data/gap-commitments.ts), said once per answer.
 */
function gapCommitment({ context, again = 0, beyondRecords = false }: BlockInputs, topic: AskedTopicId): Built {
  const gap = GAP_COMMITMENTS[topic];
  const label = askedTopicCues.find((entry) => entry.id === topic)?.label ?? topic;
  if (!gap) return missing(topic, 'gap-commitment', `neither the records nor the practice library hold anything on ${label}`);
  const { start, reportBy } = commitmentDates(context.figures.period.end, gap.quarters);
  const where = context.figures.services.length > 1 ? 'in every service' : `at ${context.place}`;
  // Beside what the library says is done, only what it does not.
  const { action, report } = beyondRecords && gap.besideLibrary && declaredEntries(context, topic).usable.length > 0 ? gap.besideLibrary : gap;
  // A library entry on the topic kept for other people (a home care service's, in a mental health
  // answer) still means the records are not silent on it: the commitment is made without saying
  // they are, which another answer of the bid quoting that entry would contradict.
  if (!beyondRecords && (context.figures.declaredPractices ?? []).some((entry) => entry.topic === topic && !entry.stale)) {
    const held = gap.besideLibrary ?? gap;
    const text = again % 2 === 0 ? `From ${start}, ${lowerFirstRole(gap.owner)} ${where} will ${held.action}. We will report ${held.report} in ${reportBy}.` : `${gap.owner} ${where} will ${held.action} from ${start}, and we will report ${held.report} in ${reportBy}.`;
    return block(topic, 'gap-commitment', text, []);
  }
  // An addition to what the topic's records show, said as one: not "beyond what is described above", which reads as a seam.
  const text = beyondRecords
    ? firstFresh(
        [
          `In addition, from ${start} ${lowerFirstRole(gap.owner)} ${where} will ${action}. We will report ${report} in ${reportBy}.`,
          `From ${start}, ${lowerFirstRole(gap.owner)} ${where} will also ${action}, and we will report ${report} in ${reportBy}.`,
        ],
        again,
      )
    : again % 2 === 0
      ? `Our records for ${context.period} do not yet show ${gap.absent} at ${context.place}. Starting in ${start}, ${lowerFirstRole(gap.owner)} will ${gap.action}. We will report ${gap.report} in ${reportBy}.`
      : `From ${start}, ${lowerFirstRole(gap.owner)} will ${gap.action}. This is not yet in our records for ${context.period}; we will report ${gap.report} in ${reportBy}.`;
  return block(topic, 'gap-commitment', text, [], beyondRecords ? { beyondRecords } : {});
}

/**
 * For a part asking for an example the records and the library cannot give: no recorded example
 * for the period, and how examples will be recorded from now on (data/gap-commitments.ts).
 */
function exampleGap({ context, again = 0 }: BlockInputs, topic: AskedTopicId): Built {
  const gap = EXAMPLE_GAPS[topic];
  const label = askedTopicCues.find((entry) => entry.id === topic)?.label ?? topic;
  if (!gap) return missing(topic, 'example-gap', `neither the records nor the practice library give an example on ${label}`);
  const { start, reportBy } = commitmentDates(context.figures.period.end, gap.quarters);
  // Outcomes verified but none shared by consent: the gap is the person's agreement, not the record.
  const verified = available(context, 'enablement-verified');
  const held = topic === 'outcomes' && gap.unshared && verified && Number(verified.value) > 0 ? gap.unshared : undefined;
  const { action, report } = held ?? gap;
  const text = held
    ? `As no outcome checked in ${context.period} is one the person has agreed we may describe, from ${start} ${lowerFirstRole(gap.owner)} will ${action}, and in ${reportBy} we will report ${report}.`
    : again % 2 === 0
      ? `For ${context.period} we cannot yet give a recorded example of ${gap.example}: our records do not capture it. From ${start}, ${lowerFirstRole(gap.owner)} will ${action}, and in ${reportBy} we will report ${report}.`
      : `Our records for ${context.period} do not yet hold an example we can give of ${gap.example}. Starting in ${start}, ${lowerFirstRole(gap.owner)} will ${action}, and in ${reportBy} we will report ${report}.`;
  return block(topic, 'example-gap', text, [], { proposed: true });
}

/**
 * For "Name the post accountable for people getting access to advocacy": the post that owns most
 * of the practice library's ways of working on the subject, said as accountable for what the
 * question names; for a post at board level, the Nominated Individual, with that owner leading it
 * day to day. The writer is told to confirm it: the library names owners, not accountability.
 */
const ACCOUNTABLE_ASK_PATTERN = new RegExp(ACCOUNTABLE_ASK, 'i');

function accountablePost({ context }: BlockInputs, topic: AskedTopicId): Built {
  const question = context.analysis?.question ?? '';
  const asked = ACCOUNTABLE_FOR.exec(question)?.[1]?.trim().replace(/\byour\b/gi, 'our').replace(/\byou\b/gi, 'we');
  const what = asked && asked.split(/\s+/).length <= 12 ? asked : 'this';
  const owners = new Map<string, number>();
  for (const entry of declaredEntries(context, topic).usable) owners.set(entry.owner, (owners.get(entry.owner) ?? 0) + 1);
  const nominated = 'the Nominated Individual';
  const ask = ACCOUNTABLE_ASK_PATTERN.exec(question);
  // "Name the role accountable for the quality of support plans and say how often they sample
  // them": the post that samples cases, so the line and the sampling under it name the same post.
  const samples = ask !== null && /\b(?:sampl|audit)\w*/i.test(question.slice(ask.index).split(/[\n.?]/)[0] ?? '');
  const owner = samples ? nominated : ([...owners.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'the Registered Manager');
  const boardLevel = BOARD_LEVEL.test(ask?.[0] ?? '') || /\bboard\b/i.test(asked ?? '');
  const text = boardLevel
    ? `At board level ${nominated} is accountable for ${what}${owner.toLowerCase() !== nominated.toLowerCase() ? `, and ${lowerFirstRole(owner)} leads it day to day` : ''}.`
    : `The post accountable for ${what} is ${lowerFirstRole(owner)}${owner.toLowerCase() !== nominated.toLowerCase() ? `, answering to ${nominated} at board level` : ''}.`;
  const named = samples ? 'who samples cases' : 'the owner the practice library gives most often for this subject';
  const writerNote = `The question asks who is accountable; the answer names ${lowerFirstRole(owner)}, ${named}${boardLevel && !samples ? `, with ${nominated} at board level` : ''}. Confirm the post before submitting.`;
  return block(topic, 'accountable-post', capitalise(text), [], { writerNote });
}

/**
 * For a part asking how something is checked when nothing in the records or the library checks
 * it: that the records do not yet show a check, and the check proposed (data/gap-commitments.ts).
 */
function checkGap({ context, again = 0 }: BlockInputs, topic: AskedTopicId): Built {
  const gap = CHECK_GAPS[topic];
  const label = askedTopicCues.find((entry) => entry.id === topic)?.label ?? topic;
  if (!gap) return missing(topic, 'check-gap', `no check proposal is written for ${label}`);
  const { start, reportBy } = commitmentDates(context.figures.period.end, gap.quarters);
  const text =
    again % 2 === 0
      ? `Our records for ${context.period} do not yet show a check of ${gap.checked}. From ${start}, ${lowerFirstRole(gap.owner)} will ${gap.action}. In ${reportBy} we will report ${gap.report}.`
      : `Nothing in our records for ${context.period} yet checks ${gap.checked}. Starting in ${start}, ${lowerFirstRole(gap.owner)} will ${gap.action}; we will report ${gap.report} in ${reportBy}.`;
  return block(topic, 'check-gap', text, [], { proposed: true });
}

/**
 * For "where this is not yet in place in every service, explain your plans and timescales":
 * the services whose practice library entries on the topic show it, the ones that do not, and
 * who will put it in place there and by when (data/gap-commitments.ts). Written only when some
 * services have it: with none, the part is the honest gap; with all, there is nothing to extend.
 */
function rolloutPlan({ context }: BlockInputs, topic: AskedTopicId): Built {
  const label = askedTopicCues.find((entry) => entry.id === topic)?.label ?? topic;
  const { usable } = declaredEntries(context, topic);
  if (usable.length === 0) return missing(topic, 'rollout-plan', `the practice library shows ${label} at no service yet`);
  if (usable.some((entry) => entry.wholeOrganisation === true)) return missing(topic, 'rollout-plan', `the practice library shows ${label} for the whole organisation`);
  const shown = new Set(usable.map((entry) => entry.serviceRef));
  const services = context.figures.services;
  const have = services.filter((service) => shown.has(service.ref));
  const rest = services.filter((service) => !shown.has(service.ref));
  if (have.length === 0) return missing(topic, 'rollout-plan', `the practice library shows ${label} only at services outside this answer`);
  if (rest.length === 0) return block(topic, 'rollout-plan', `Every one of our services does this: ${joinList(have.map((service) => service.name))}.`, []);
  const gap = GAP_COMMITMENTS[topic];
  if (!gap) return missing(topic, 'rollout-plan', `there is no wording yet for extending ${label} to the services without it`);
  const { start, reportBy } = commitmentDates(context.figures.period.end, gap.quarters);
  const several = rest.length > 1;
  // The services that have it are named by the library entries quoted before this block.
  const owner = gap.owner.startsWith('The ') ? `${lowerFirstRole(gap.owner)} ${several ? 'of each' : 'there'}` : `${lowerFirstRole(gap.owner)} there`;
  const names = joinList(rest.map((service) => service.name));
  const text = `${names} ${several ? 'do' : 'does'} not do this yet: from ${start} ${owner} will ${gap.action}. We will report ${gap.report} at every service in ${reportBy}.`;
  // For a tight limit ("one measurable commitment" in 150 words): the services, who and by when,
  // after the library entries that say what "the same" is.
  const each = gap.owner.startsWith('The ') ? `the ${gap.owner.slice(4)}${several ? 's' : ''}` : lowerFirstRole(gap.owner);
  const brief = `From ${start}, ${each} at ${names} will put the same in place, and we will report ${gap.report} in ${reportBy}.`;
  return block(topic, 'rollout-plan', text, [], { proposed: true, shorter: block(topic, 'rollout-plan', brief, [], { proposed: true }) });
}

/** "Key workers" → "key workers"; a title ("The Registered Manager") keeps its capitals after "the". */
function lowerFirstRole(owner: string): string {
  return owner.startsWith('The ') ? `the ${owner.slice(4)}` : lowerFirst(owner);
}

function declaredPractices({ context, again = 0, memory }: BlockInputs, topic: AskedTopicId): Built {
  const { usable, stale } = declaredEntries(context, topic);
  const label = askedTopicCues.find((entry) => entry.id === topic)?.label ?? topic;
  if (usable.length === 0) {
    const old = stale.map((entry) => `"${entry.text}" was last checked on ${entry.lastCheckedOn}`);
    return missing(
      topic,
      'declared-practices',
      old.length > 0
        ? `the practice library's entries on ${label} are out of date (${joinList(old)}): check them and update the library before they are quoted`
        : `neither the records nor the practice library hold anything on ${label}; add what you do to the practice library to have it drafted and checked`,
    );
  }
  // Entries an earlier answer quoted come last, so a later answer leads with what is new.
  const fresh = usable.filter((entry) => !entryWrittenBefore(entry, writtenBefore));
  // On a topic the question asks about outright, its entries answer it (those an earlier answer
  // quoted last). On a topic it only hints at, or names as the people taking part, an entry goes
  // in only where it shares the question's words: a visit log for court-authorised deprivations of
  // liberty in an answer on review timescales is padding, and read across a bid, pasted text.
  const strongly = context.analysis ? outrightTopicsOf(context.analysis).has(topic) : true;
  const questionTerms = termsOf(context.analysis?.question ?? '');
  const about = (entry: DeclaredPractice) => strongly || sharedTerms(termsOf(entry.text), questionTerms) >= 2;
  // A later question of the bid that asks about the topic outright is where its entries belong:
  // said here in passing, they would read there as repeated, or be missing from it.
  if (!strongly && (memory.upcoming ?? []).some((later) => later.strongTopics?.has(topic))) {
    return missing(topic, 'declared-practices', `the practice library's entries on ${label} are kept for a later answer of the bid that asks about them`);
  }
  // An entry an earlier answer quoted is quoted again only where its topic is what the question is
  // mostly about, or the first thing it asks outright ("how do you make sure staff have the skills
  // to …"): r55's bid gave the same refresher-training entry, word for word, in four answers that
  // each touched on training.
  const lead = questionLead(context);
  const subjects = lead === undefined ? undefined : [lead, context.analysis!.topics.find((entry) => entry.weight === 'strong')?.id];
  const quotedBefore = subjects === undefined || subjects.includes(topic) ? usable.filter((entry) => !fresh.includes(entry)) : [];
  const ordered = [...fresh, ...quotedBefore].filter(about).slice(0, MAX_ENTRIES_PER_TOPIC);
  if (ordered.length === 0) return missing(topic, 'declared-practices', `the practice library's entries on ${label} are not about what this question asks`);
  return entriesBlock(topic, ordered, again);
}

/**
 * Library entries as one block, each in its own wording. Its shorter forms keep every entry but
 * say each briefly (what is done and its count, not its owner and last check), then drop entries
 * from the end: under a tight limit, two parts answered briefly beat one answered in full.
 */
export function entriesBlock(topic: AskedTopicId, entries: readonly DeclaredPractice[], again: number, compact = false): Block {
  const text = entries.map((entry, index) => declaredSentence(entry, index + again, compact)).join(' ');
  const shorter = !compact ? entriesBlock(topic, entries, again, true) : entries.length > 1 ? entriesBlock(topic, entries.slice(0, -1), again, true) : undefined;
  return block(topic, 'declared-practices', text, [], {
    carriesEvidence: entries.some((entry) => entry.measure !== undefined),
    entryIds: entries.map((entry) => entry.id),
    ...(shorter ? { shorter } : {}),
  });
}

export function buildBlock(element: ElementId, topic: AskedTopicId, inputs: BlockInputs): Block | MissingElement {
  writtenBefore = inputs.memory.sentences;
  voice = inputs.context.voice;
  const build = () => builders[element]({ ...inputs, uses: (figure) => inputs.memory.figures.get(figure.id) ?? 0 }, topic);
  try {
    const built = build();
    if (isMissing(built) || !built.serviceFigureIds) return built;
    // Its shorter form leaves the services out, for a limit with no room for them.
    servicesAllowed = false;
    const without = build();
    return isMissing(without) ? built : { ...built, shorter: without };
  } finally {
    writtenBefore = new Set();
    voice = 0;
    servicesStated = [];
    servicesAllowed = true;
  }
}

/**
 * What the organisation does about a term the question names (an IMHA, Talking Mats), in the
 * term's own wording: the `again`th wording, then its brief form; stated, not counted. `asStandard`:
 * the brief form as the standard worked to.
 */
/**
 * What is done about a named term or situation. `asStandard`: 'beside' a commitment in the same
 * answer to start recording it, said briefly as the standard worked to; 'unrecorded' where the
 * practice library holds nothing on its topic, said in full, opening as the standard worked to.
 * Said as fact, a "not yet in our records" in this or another answer of the bid contradicts it.
 */
export function namedPracticeBlock(term: NamedTerm, practice: NamedPractice, topic: AskedTopicId, again: number, asStandard?: 'beside' | 'unrecorded', person?: Pick<ScenarioPerson, 'name' | 'pronouns'>): Block {
  const said = (text: string) => (person ? aboutThePerson(text, person) : text);
  if (asStandard === 'beside') return block(topic, 'named-practice', ourStandardIs(practice.brief), [], { namedTerm: term });
  const standard = (text: string) => (asStandard === 'unrecorded' ? ourStandardIs(text) : text);
  const brief = block(topic, 'named-practice', standard(said(practice.brief)), [], { namedTerm: term });
  const wording = practice.wordings[again];
  return wording ? block(topic, 'named-practice', standard(said(wording)), [], { namedTerm: term, shorter: brief }) : brief;
}

/** Words that open a sentence with a clause before its subject ("Following Making Safeguarding Personal, the Registered Manager …"). */
const OPENING_CLAUSE = /^(?:after|as|before|following|for|if|in|on|once|under|until|when|whenever|where|while|with|within)\b/i;

/** "Our standard is that the key worker …"; a sentence opening with a clause keeps it set off: "Our standard is that, following …, the …". */
function ourStandardIs(text: string): string {
  return `Our standard is that${OPENING_CLAUSE.test(text) ? ',' : ''} ${lowerFirst(text)}`;
}

export function isMissing(built: Block | MissingElement): built is MissingElement {
  return 'reason' in built;
}
