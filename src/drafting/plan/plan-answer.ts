/**
 * Plans an answer to the question actually asked: the four-line core, then a paragraph per
 * asked topic in the question's order, built from blocks (topic-blocks.ts), filling the word
 * budget with what the records can say. Required elements of strongly asked topics come
 * first; optional elements, further examples and changes use what budget is left. Anything
 * required that the records cannot supply, and every asked-topic figure left out, is listed
 * for the writer with the reason.
 */
import type { ResponseLimit } from '../../section/section-schema.js';
import { assembleResponse, measureResponse, PARAGRAPH_LINES, type DraftLines, type ParagraphLine } from '../assemble-response.js';
import { askedTopicCues, type AskedTopicId } from '../data/question-cues.js';
import { figureGroups } from '../data/question-topics.js';
import { leadTopic, type QuestionAnalysis } from '../question/read-question.js';
import { joinList } from '../../shared/english-text.js';
import { describeFigure } from '../describe-figure.js';
import type { DraftingContext } from '../drafting-context.js';
import { DRAFT_LEVELS, renderTemplateDraft, type DraftLevel } from '../template-drafter.js';
import type { TemplateLibrary } from '../template-library.js';
import { DEPTH_ELEMENTS, ELEMENT_LABELS, ELEMENT_STRUCTURE, STATED_STANDARD_ELEMENTS, TOPIC_ELEMENTS, type ElementId } from './data/topic-elements.js';
import { detectStructureLines } from '../../check/rules/require-involvement-structure.js';
import { buildBlock, emptyBidMemory, isMissing, namedPracticeBlock, normaliseSentence, type BidMemory, type Block, type BlockInputs, type MissingElement } from './topic-blocks.js';
import { actorTopicsOf, namedOnlyAsActors, namesSomething, questionParts, tellsStory, termsOf, type QuestionPart } from '../question/question-parts.js';
import { ALWAYS_WORDS, declaredEntries, quotesEntry, writtenBefore } from './declared-blocks.js';
import { GAP_COMMITMENTS } from './data/gap-commitments.js';
import { BREAKDOWN_ASK, BREAKDOWNS, CHANGE_EXAMPLE, DIFFERENCE_ASK, FIGURES_ASK, REFERS_BACK } from '../data/part-words.js';
import { scenarioPerson, storySentences } from '../question/scenario-person.js';
import { storyFacts } from '../question/story-facts.js';
import { namedIn, stepsByPart, storySteps } from './story-steps.js';
import { toldOf, toldOfAnother } from './about-the-person.js';
import { namedInTheNegative, namesTerm, termsNamedIn, whereNamed } from '../question/named-terms.js';
import type { NamedTerm } from '../data/named-terms.js';
import { askedBreakdown, breakdownCommitment, partCommitment } from './part-commitment.js';
import { answersLetter, answersPart, askedInWords, asksForCheck, blockAnswers, blockAnswersLead, COMMITMENT_ELEMENTS, CUED_PATTERNS, EXAMPLE_ELEMENTS, givesTimeAsked, libraryBlock, libraryEntriesFor, partIndexOf, type PartAnswer } from './answer-parts.js';

/** Below this many words a shared opening is a common phrase, not the same sentence. */
const ECHO_WORDS = 6;

/** Whether two normalised sentences are the same, or one opens with the whole of the other. */
function echoes(sentence: string, earlier: string): boolean {
  const shorter = sentence.length <= earlier.length ? sentence : earlier;
  const longer = shorter === sentence ? earlier : sentence;
  return shorter.split(' ').length >= ECHO_WORDS && (longer === shorter || longer.startsWith(`${shorter} `));
}

/** Elements that state changes made from feedback. */
const CHANGE_ELEMENTS: readonly ElementId[] = ['you-said-we-did', 'learning-from-feedback', 're-audit'];

/** A question that names no topic is answered on these. */
const GENERAL_TOPICS: readonly AskedTopicId[] = ['person-led-planning', 'family-friends', 'advocacy', 'summaries', 'feedback'];

/**
 * How many answers of a bid may state the same figure, besides the answers it is the subject of:
 * as depth, once (a later answer repeating it reads as the same paragraph pasted again); for what
 * a question asks outright, or in an answer about governance (the figures are what its checks
 * read), twice.
 */
const FIGURE_REPEATS = 1;
const ASKED_FIGURE_REPEATS = 2;
/**
 * The most answers of one bid that state the same figure when it is not what they are about:
 * judges reading the same family-input figure in answer after answer marked the bid as pasted.
 */
const MAX_FIGURE_STATEMENTS = 2;
/** The Nominated Individual's sampling and how far it was met is stated in full in this many answers, then in a clause. */
const SAMPLING_REPEATS = 2;

/**
 * A block written for a part of the question nothing else answers is placed before any other:
 * a commissioner marks each part, so a part left out for room costs more than a figure.
 */
const PART_PRIORITY = 0;
/**
 * What is done about a situation or term a scenario's story names ("has started refusing his
 * medication"): the reader marks the answer on it as on a part, so it comes before the weakly
 * asked topics and any depth, after the parts and strongly asked topics.
 */
const STORY_PRIORITY = 2;
/** Depth: added only where the limit leaves room once every asked element is in. */
const DEPTH_PRIORITY = 3;

/** Share of the limit an answer aims to use when the records have enough to say. */
export const BUDGET_TARGET = 0.85;

export interface Candidate {
  block: Block;
  /** 0: answers a part nothing else does; 1: required for a strongly asked topic; 2: required for a weakly asked one; 3: optional; 4: further examples. */
  priority: number;
  order: number;
  /** The part of the question the block is placed with (the first it answers); none when it answers no part. */
  part?: number;
}

export interface PlannedElement {
  topic: AskedTopicId;
  element: ElementId;
  /** Figures the element's sentences state. */
  figureIds?: string[];
}

export interface AnswerPlan {
  lines: DraftLines;
  /** The four core lines as written before any gave way to topic paragraphs that carry them. */
  core: Record<ParagraphLine, string>;
  level: DraftLevel;
  fits: boolean;
  /** Elements written, in the answer's order. */
  covered: PlannedElement[];
  missing: MissingElement[];
  /** Required elements the records could supply but the limit left no room for. */
  squeezed: PlannedElement[];
  notes: string[];
  blocks: Block[];
  /** The separate things the question asks, in its order, and what answers each. */
  parts: { text: string; answeredBy: PartAnswer }[];
}

export interface PlanAnswerOptions {
  context: DraftingContext;
  limit?: ResponseLimit;
  templates: TemplateLibrary;
  memory: BidMemory;
}

const normalise = normaliseSentence;

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * The asked topics in the order the answer takes them: the topic the question is mostly about
 * first (see topicSalience), then the others in the question's order.
 */
export function askedTopics(context: Pick<DraftingContext, 'analysis'>): { id: AskedTopicId; strong: boolean }[] {
  const topics = context.analysis?.topics ?? [];
  if (topics.length === 0) return GENERAL_TOPICS.map((id, index) => ({ id, strong: index < 2 }));
  const lead = leadTopic(topics);
  const question = context.analysis?.question ?? '';
  return [lead, ...topics.filter((topic) => topic !== lead && !namedOnlyAsActors(topic, question))].map((topic) => ({ id: topic.id, strong: topic.weight === 'strong' }));
}

/**
 * Whether a question needs a case example of its own: a strongly asked topic requires one, or
 * the question asks for examples on a topic that takes case examples as depth.
 */
export function wantsCaseExample(analysis: QuestionAnalysis): boolean {
  const topics = askedTopics({ analysis });
  if (topics.some((topic) => topic.strong && TOPIC_ELEMENTS[topic.id].required.includes('human-example'))) return true;
  const lead = topics[0]?.id;
  return lead !== undefined && analysis.asks.some((ask) => ask.id === 'examples') && (DEPTH_ELEMENTS[lead] ?? []).includes('human-example');
}

/** Whether a question is about feedback and what changed: it needs "you said, we did" changes of its own. */
export function wantsChangeExamples(analysis: QuestionAnalysis): boolean {
  const lead = askedTopics({ analysis })[0]?.id;
  return lead === 'feedback' || lead === 'co-production' || analysis.asks.some((ask) => ask.id === 'what-changed');
}


/** Topics the question names only as the people taking part in its lead topic: not answered as topics of their own. */
function actorTopics(context: DraftingContext): { id: AskedTopicId; lead: AskedTopicId }[] {
  return context.analysis ? actorTopicsOf(context.analysis).map(({ topic, lead }) => ({ id: topic.id, lead: lead.id })) : [];
}

interface Candidates {
  candidates: Candidate[];
  missing: MissingElement[];
  /** Elements whose figures an earlier block of the answer already states: covered when that block is written. */
  alsoCovered: (PlannedElement & { by: ElementId })[];
  /** Elements of the lead topic written although an earlier answer of the bid said the same. */
  repeated: PlannedElement[];
}

/**
 * A block an earlier answer of the bid already wrote takes the next wording (up to three on) whose
 * sentences no earlier answer wrote, or failing that the one that repeats fewest.
 */
function freshestWording(build: (again: number) => Block | MissingElement, used: number, written: ReadonlySet<string>): Block | MissingElement {
  const repeats = (block: Block) => sentencesOf(block.text).filter((sentence) => written.has(normalise(sentence))).length;
  let built = build(used);
  if (isMissing(built)) return built;
  for (let extra = 1; extra <= 3 && repeats(built) > 0; extra += 1) {
    const other = build(used + extra);
    if (!isMissing(other) && repeats(other) < repeats(built)) built = other;
  }
  return built;
}

/**
 * `essentialTopics`: topics whose required elements are written even when an earlier answer of
 * the bid said the same (by default the lead topic only).
 */
/**
 * Elements an earlier answer's use does not keep out of a later one as depth, because the bid
 * never tells the same thing twice through them: cases, changes and logged referrals and
 * disagreements are remembered one by one, library entries by the sentences written (so an
 * advocacy answer's referrals leave a later answer its disagreements).
 */
const TOLD_APART: ReadonlySet<ElementId> = new Set(['human-example', 'learning-from-feedback', 'declared-practices', 'logged-examples']);

function candidatesFor(
  context: DraftingContext,
  memory: BidMemory,
  quotedInCore: ReadonlySet<string>,
  essentialTopics?: ReadonlySet<AskedTopicId>,
  partSubjects: ReadonlySet<AskedTopicId> = new Set(),
  /** The question asks several things in turn (two parts or more). */
  inParts = false,
): Candidates {
  const candidates: Candidate[] = [];
  const alsoCovered: Candidates['alsoCovered'] = [];
  const repeated: PlannedElement[] = [];
  const statedBy = new Map<string, ElementId>();
  const missing: MissingElement[] = [];
  const seen = new Set<string>();
  const statedHere = new Set<string>();
  // Examples and changes already chosen for this answer are not chosen twice.
  const local: BidMemory = { cases: new Set(memory.cases), changes: new Set(memory.changes), sentences: memory.sentences, elements: memory.elements, figures: memory.figures, figuresAt: memory.figuresAt, coreLines: memory.coreLines, ...(memory.upcoming ? { upcoming: memory.upcoming } : {}) };
  let order = 0;
  const topics = askedTopics(context);
  const leadTopic = topics[0]?.id;
  // The lead topic is what the question is about when it is named as a subject ("outcomes"), or is
  // the only topic strongly asked; named only through its people ("the young person and their
  // family") beside other subjects, it may lead a question about something the reader has no topic
  // for (a move between services), and its figure is not worth a fourth statement in one bid.
  const leadCues = context.analysis?.topics.find((topic) => topic.id === leadTopic)?.cues ?? [];
  const leadActors = (askedTopicCues.find((entry) => entry.id === leadTopic)?.actors ?? []).map((cue) => new RegExp(`^(?:${cue})$`, 'i'));
  const leadIsSubject = leadCues.some((cue) => !leadActors.some((actor) => actor.test(cue))) || topics.filter((topic) => topic.strong).length === 1;
  const figureOf = (id: string) => context.figures.figures.find((candidate) => candidate.id === id);
  // Near-duplicates (family input with and without advocates) count as one figure; a service's
  // share beside the whole goes with the whole.
  const groupOf = (id: string): string | undefined => figureGroups[figureOf(id)?.catalogueId ?? id];
  const statedInGroup = (id: string) => {
    const key = groupOf(id) ?? figureOf(id)?.catalogueId ?? id;
    return [...memory.figures].filter(([other]) => !figureOf(other)?.breakdownOf && (groupOf(other) ?? figureOf(other)?.catalogueId ?? other) === key).reduce((sum, [, uses]) => sum + uses, 0);
  };
  const question = context.analysis?.question ?? '';
  // A scenario about a named person starts from that person and what they want.
  const scenario = scenarioPerson(question) !== undefined;
  const questionAsks = new Set((context.analysis?.asks ?? []).map((ask) => ask.id));
  const asksExamples = questionAsks.has('examples');
  const add = (element: ElementId, topic: AskedTopicId, priority: number, again = false, relevantOnly = false, storyStep?: string) => {
    // Practice library entries differ by topic: each topic's are their own element; so does each step for a scenario's person said on its own.
    const key = element === 'declared-practices' ? `${element}:${topic}` : storyStep ? `${element}:${storyStep}` : element;
    if (seen.has(key) && !again) return;
    seen.add(key);
    const used = memory.elements.get(element) ?? 0;
    // Depth already given in an earlier answer of the bid is not repeated, unless what it tells is
    // kept apart another way (TOLD_APART).
    if (used > 0 && priority >= DEPTH_PRIORITY && !TOLD_APART.has(element)) return;
    // A figure an earlier block of this answer states is not stated again by a later one.
    // What the question is mostly about is answered even when an earlier answer of the bid said
    // it already: an answer that leaves out its own subject scores worse than one that repeats.
    const wholeTopic = essentialTopics ? essentialTopics.has(topic) : topic === leadTopic;
    // The subject of one part of the question is answered too, in sentences of its own.
    const essential = priority === 1 && (wholeTopic || partSubjects.has(topic));
    // A topic this question names in passing (not its subject, nor a part's), that a later
    // question of the bid is about or, where this one only hints at it, asks about outright: once
    // an earlier answer has used one wording of its required blocks, the rest are kept for that
    // answer, which would otherwise find them all said already (advocacy in safeguarding spent in
    // a scenario, a governance and a training answer left the safeguarding answer with nothing on
    // safeguarding).
    const laterOwns = () => {
      const strongHere = topics.some((entry) => entry.id === topic && entry.strong);
      return (memory.upcoming ?? []).some((later) => later.leadTopic === topic || (!strongHere && later.strongTopics?.has(topic)));
    };
    // Library entries are kept apart by entry and by topic in their own block (declared-blocks.ts).
    if (element !== 'declared-practices' && used > 0 && topic !== leadTopic && !partSubjects.has(topic) && TOPIC_ELEMENTS[topic].required.includes(element) && laterOwns()) {
      if (priority <= 2) missing.push({ element, topic, reason: 'kept for a later answer of the bid that asks about it', passing: true });
      return;
    }
    const inputs = { context, quotedInCore: new Set([...quotedInCore, ...statedHere]), memory: local, relevantOnly, depth: priority >= DEPTH_PRIORITY, alongside: new Set(candidates.flatMap((candidate) => (candidate.block.element ? [candidate.block.element] : []))), ...(storyStep ? { storyStep } : {}) };
    const built = freshestWording((again) => buildBlock(element, topic, { ...inputs, again }), used, memory.sentences);
    if (isMissing(built)) {
      if (priority <= 2) missing.push(built);
      // A topic asked about that the practice library holds nothing on, current or out of date:
      // the honest gap and what will be put in place, rather than silence on it.
      if (element === 'declared-practices' && priority === 1) {
        const entries = declaredEntries(context, topic);
        if (entries.usable.length === 0 && entries.stale.length === 0) add('gap-commitment', topic, priority);
      }
      return;
    }
    // A scenario is marked on what is done for its person: a count across the services on a topic
    // neither the question nor any of its parts is about (compliments in a story about a locked
    // door) answers nothing asked of it.
    // Nor is another person's story, unless the question asks for examples.
    const otherPersonsStory = element === 'human-example' && !asksExamples;
    // Nor, where no part asks how the provider knows, is a count on the part's own subject: read
    // beside what is done for the person, "an advocate took part in 3 of 3 reviews" is stock.
    const countsUnasked = !questionAsks.has('how-do-you-know') && !questionAsks.has('last-12-months') && !asksExamples;
    // Who the person invites, said of people in general, is what the steps for each relative say of this person.
    if (scenario && element === 'person-decides-who' && storySteps(question).length > 0) {
      if (priority <= 2) missing.push({ element, topic, reason: 'a scenario is answered about its person, and the steps for each relative say who is told what', passing: true });
      return;
    }
    if (scenario && built.figureIds.length > 0 && (countsUnasked || (priority >= 2 && ((topic !== leadTopic && !partSubjects.has(topic)) || otherPersonsStory)))) {
      const reason = otherPersonsStory
        ? "a scenario is answered about its person, and another person's story answers no part of it"
        : countsUnasked
          ? 'a scenario is answered about its person, and no part asks how you know or for counts across the services'
          : 'a scenario is answered about its person, and this count across the services answers no part of it';
      if (priority <= 2) missing.push({ element, topic, reason, passing: true });
      return;
    }
    // A figure already stated in two answers of the bid is not stated a third time outside the
    // answer it is the subject of: read side by side, the same figure in answer after answer
    // looks pasted.
    // Only the question's lead topic and a part's own subject restate it: a topic answered again
    // late in a bid to fill its budget does not (a governance answer restating the attendance
    // figure the planning and family answers gave reads as the same paragraph again).
    const figureSubject = essential && (topic === leadTopic || partSubjects.has(topic));
    // Depth is not worth a figure the bid has already given; what the question asks for outright,
    // and a check that carries the answer's assurance, may give it once more.
    const carriesAssurance = (ELEMENT_STRUCTURE[element] ?? []).includes('assurance');
    const repeatsAllowed = leadTopic === 'governance' || priority === 1 || carriesAssurance ? ASKED_FIGURE_REPEATS : FIGURE_REPEATS;
    // Outside the answer it is the subject of, a figure is stated in two answers of a bid at most:
    // family input is named in most involvement questions, and read across a bid the same
    // paragraph in answer after answer is marked as pasted. An answer about it always gives it.
    const wholes = built.figureIds.filter((id) => !figureOf(id)?.breakdownOf);
    const statedEnough = !(figureSubject && topic === leadTopic && leadIsSubject) && wholes.length > 0 && wholes.every((id) => statedInGroup(id) >= MAX_FIGURE_STATEMENTS);
    if (statedEnough || (!figureSubject && built.figureIds.length > 0 && built.figureIds.every((id) => (memory.figures.get(id) ?? 0) >= repeatsAllowed))) {
      if (priority <= 2) missing.push({ element, topic, reason: 'already stated in an earlier answer of this bid', repeat: true });
      return;
    }
    // Two near-identical measures (family input with and without advocates) in one answer read as
    // the same figure twice: a block whose every figure repeats a group already stated is covered by it.
    const groupsStated = new Map([...statedHere].map((id) => [groupOf(id), id] as const).filter(([group]) => group !== undefined));
    if (built.figureIds.length > 0 && built.figureIds.every((id) => !statedHere.has(id) && groupsStated.has(groupOf(id)))) {
      const by = statedBy.get(groupsStated.get(groupOf(built.figureIds[0]!))!);
      if (by) {
        alsoCovered.push({ topic, element, figureIds: built.figureIds, by });
        return;
      }
    }
    // Nor twice in one answer, even as the opening of a longer sentence ("The Registered Manager
    // chairs complex and best-interests reviews." and the same "… and takes on any disagreement").
    if (built.figureIds.length === 0) {
      const here = candidates.flatMap((candidate) => sentencesOf(candidate.block.text)).map(normalise);
      const kept = sentencesOf(built.text).filter((sentence) => !here.some((earlier) => echoes(normalise(sentence), earlier)));
      if (kept.length > 0) built.text = kept.join(' ');
    }
    // No sentence outside the core is written twice in one bid: what an earlier answer said is left out here.
    const fresh = sentencesOf(built.text).filter((sentence) => !memory.sentences.has(normalise(sentence)));
    if (fresh.length === 0 && built.text.trim().length > 0) {
      if (priority <= 2) missing.push({ element, topic, reason: 'already said in an earlier answer of this bid', repeat: true });
      return;
    }
    if (fresh.length < sentencesOf(built.text).length && essential) repeated.push({ topic, element });
    // A weak figure keeps its action beside it even when an earlier answer said the same, and so
    // does what the question is mostly about.
    else if (built.weakFigureIds.length === 0) built.text = fresh.join(' ');
    if (built.caseKey) local.cases.add(built.caseKey);
    for (const key of [...(built.casesListed ?? []), ...(built.exampleFigureIds ?? [])]) local.cases.add(key);
    if (built.changeKey) for (const key of built.changeKey.split('||')) local.changes.add(key);
    if (built.text.trim().length > 0) {
      candidates.push({ block: built, priority, order: order++ });
      for (const id of built.figureIds) {
        statedHere.add(id);
        if (!statedBy.has(id)) statedBy.set(id, element);
      }
    } else {
      const by = built.figureIds.map((id) => statedBy.get(id)).find((entry) => entry !== undefined);
      if (by) alsoCovered.push({ topic, element, figureIds: built.figureIds, by });
    }
  };
  for (const actor of actorTopics(context)) {
    const label = askedTopicCues.find((entry) => entry.id === actor.lead)?.label ?? actor.lead;
    // Left out on purpose, as the question-reading note says: the people are shown taking part.
    for (const element of TOPIC_ELEMENTS[actor.id].required) missing.push({ element, topic: actor.id, reason: `the question names these people as taking part in ${label}, so the answer shows them taking part there rather than answering them as a subject of their own`, passing: true });
  }
  if (leadTopic && scenario) {
    add('scenario-person', leadTopic, 1);
    // Then what would be done for them, step by step and by when, from their story's particulars:
    // under lettered parts, each step on its own with the part it answers (what a deputy may
    // decide under the letter on the deputy, the locked door under the letter on restrictions).
    if (stepsByPart(question)) for (const step of storySteps(question)) add('story-steps', step.topic, 1, true, false, step.id);
    else add('story-steps', leadTopic, 1);
  }
  // Required elements a cued one answers in place of are left out, and the writer told why.
  const displaced = new Set<ElementId>();
  const questionInParts = questionParts(question);
  const strongTopics = new Set((context.analysis?.topics ?? []).filter((topic) => topic.weight === 'strong').map((topic) => topic.id));
  for (const topic of topics) {
    for (const { cued, fires } of CUED_PATTERNS) {
      if (cued.topic !== topic.id || !fires(question)) continue;
      // "Give two examples of when you involved an advocate. How can someone complain?": the
      // examples are asked of the part about advocates, not of the part about complaints. A part
      // whose subject is only hinted at ("Give two examples from your records") asks it of the rest.
      const askedIn = questionInParts.filter((part) => fires(part.text));
      if (askedIn.length > 0 && askedIn.every((part) => !part.topics.includes(topic.id) && part.lead !== undefined && strongTopics.has(part.lead))) continue;
      // A topic hinted at by a word elsewhere ("concern" in a safeguarding question) does not take
      // the examples a part asks without naming it: they are the question's subject's.
      if (!strongTopics.has(topic.id) && askedIn.length > 0 && askedIn.every((part) => !part.topics.includes(topic.id))) continue;
      add(cued.element, topic.id, 1);
      // "How will you involve family, and what if the person does not want someone involved?"
      // asks both: another part on the same people keeps what the cued case would replace.
      if (questionInParts.some((part) => !fires(part.text) && part.topics.includes(topic.id))) continue;
      for (const element of cued.displaces ?? []) {
        displaced.add(element);
        // Already named to the writer as left out (the people a question lists as taking part).
        if (missing.some((gap) => gap.element === element)) continue;
        missing.push({ element, topic: topic.id, reason: `the question asks ${ELEMENT_LABELS[cued.element]}, which the answer gives in its place`, passing: true });
      }
    }
  }
  // Strongly asked topics are built first, so their blocks state the figures the topics share.
  // A topic hinted at by one weak word ("reviews" in a question about sharing information) is
  // not answered: padding an answer with it reads as off the question. The writer is told.
  const cueCount = new Map((context.analysis?.topics ?? []).map((topic) => [topic.id, topic.cues.length]));
  // A topic that is the only subject of a part of the question ("How do you check it is applied
  // in practice?") is what that part asks, however briefly it is named.
  const onlySubjects = new Set(questionInParts.flatMap((part) => (part.topics.length === 1 ? part.topics : [])));
  const incidental = (topic: { id: AskedTopicId; strong: boolean }) => !topic.strong && topic.id !== leadTopic && !onlySubjects.has(topic.id) && !partSubjects.has(topic.id) && (cueCount.get(topic.id) ?? 0) <= 1;
  const byWeight = [...topics.filter((topic) => topic.strong), ...topics.filter((topic) => !topic.strong && !incidental(topic))];
  // A question in parts gives its space to what each part is about first: a topic strongly named
  // inside a part led by another ("decisions" in "how you involve them in decisions when they are
  // unwell, for example through advance statements") is answered after the parts' own subjects.
  // A case story, a hundred words, goes in early only where the question asks for examples or is
  // mostly about what the story shows; in a part that asks something else, or in a scenario, it comes after the parts.
  // A scenario is about its own people: another person's story is said only where room is left, unless examples are asked for.
  const storyTold = tellsStory(question);
  const priorityOf = (topic: { id: AskedTopicId; strong: boolean }, element: ElementId) => {
    if (!topic.strong || (storyTold && element === 'human-example' && !asksExamples)) return 2;
    if (!inParts || topic.id === leadTopic) return 1;
    if (!partSubjects.has(topic.id)) return 2;
    return element === 'human-example' && !asksExamples ? 2 : 1;
  };
  for (const topic of byWeight) for (const element of TOPIC_ELEMENTS[topic.id].required) if (!displaced.has(element)) add(element, topic.id, priorityOf(topic, element));
  for (const topic of topics.filter((entry) => !incidental(entry))) {
    const { optional, onlyAsLead = [] } = TOPIC_ELEMENTS[topic.id];
    for (const element of optional) if (topic.id === leadTopic || !onlyAsLead.includes(element)) add(element, topic.id, DEPTH_PRIORITY);
  }
  // Depth for long limits: further examples and "you said, we did" changes, each one not yet
  // quoted, where they answer the lead topic or the question asks for examples or changes.
  const lead = topics[0]?.id ?? 'person-led-planning';
  const asks = new Set((context.analysis?.asks ?? []).map((ask) => ask.id));
  const both = ['human-example', 'learning-from-feedback'] as const;
  // A topic with no depth of its own takes only changes whose own words are about it: an
  // enablement story does not answer a question about advocacy, even one asking for examples.
  const ownDepth = DEPTH_ELEMENTS[lead];
  // A scenario is answered about its person: another person's story or a change someone else
  // asked for is padding there, unless the question asks for examples or what changed.
  const ownScenarioDepth = scenario && !asks.has('examples') ? [] : ownDepth;
  const depth = !context.analysis?.topics.length
    ? both
    : [...new Set([...(ownScenarioDepth ?? (asks.has('examples') ? (['learning-from-feedback'] as const) : [])), ...(asks.has('what-changed') ? (['learning-from-feedback'] as const) : [])])];
  const relevantOnly = context.analysis?.topics.length ? ownDepth === undefined : false;
  for (const element of [...depth, ...depth]) add(element, lead, 4, true, relevantOnly);
  for (const topic of topics.filter(incidental)) {
    const label = askedTopicCues.find((entry) => entry.id === topic.id)?.label ?? topic.id;
    for (const element of TOPIC_ELEMENTS[topic.id].required) {
      // Accounted for unless a required block of another topic writes it (then it is covered or squeezed).
      if (!candidates.some((candidate) => candidate.priority <= 2 && candidate.block.element === element) && !missing.some((gap) => gap.element === element)) {
        missing.push({ element, topic: topic.id, reason: `the question mentions ${label} only in passing, so the answer stays on what it asks`, passing: true });
      }
    }
  }
  return { candidates, missing, alsoCovered, repeated };
}

export interface Fitted {
  lines: DraftLines;
  chosen: Candidate[];
  words: number;
  fits: boolean;
  /** Whether the core's evidence line stayed (its figures are then quoted). */
  coreEvidence: boolean;
  core: DraftLines;
}

/**
 * The involvement-paragraph lines the chosen blocks carry, from what each element is (data), not
 * from their wording: a case example "verified in March" is not the answer's assurance.
 */
function carriedLines(chosen: readonly Candidate[]): Partial<Record<ParagraphLine, boolean>> {
  const carried: Partial<Record<ParagraphLine, boolean>> = {};
  for (const candidate of chosen) {
    if (candidate.block.text.trim().length === 0) continue;
    for (const line of ELEMENT_STRUCTURE[candidate.block.element] ?? []) carried[line] = true;
    if (candidate.block.carriesOwnersCadence) carried.ownersCadence = true;
    if (candidate.block.figureIds.length > 0 || candidate.block.carriesEvidence) carried.evidence = true;
  }
  return carried;
}

/** The letter a block is answered under; the scenario's opening line, which restates the story, has none. */
function letterOf(candidate: Candidate, parts: readonly QuestionPart[]): string | undefined {
  if (candidate.part === undefined) return undefined;
  return parts[candidate.part]?.label;
}

/** What a scenario answer opens with, in this order: the person and what they want, then the steps for them. */
const OPENING_ELEMENTS: readonly ElementId[] = ['scenario-person', 'story-steps'];

/** The steps for a scenario's person placed with no part: they open the answer. Under lettered parts they stand with the part they answer. */
function stepsAbove(candidate: Candidate): boolean {
  return candidate.block.element === 'story-steps' && candidate.part === undefined;
}

/**
 * The line naming the person a scenario is about opens the answer, above the letters: it restates
 * the story and answers none of them. The steps for the person follow it.
 */
function openingFirst(ordered: readonly Candidate[]): Candidate[] {
  const opening = (candidate: Candidate) => (candidate.part === undefined ? OPENING_ELEMENTS.indexOf(candidate.block.element) : -1);
  return [...ordered.filter((candidate) => opening(candidate) >= 0).sort((a, b) => opening(a) - opening(b)), ...ordered.filter((candidate) => opening(candidate) < 0)];
}

/** Below this many words a block joins the paragraph before it rather than standing alone. */
const SHORT_BLOCK_WORDS = 30;
/** With at least this many letters, one whose opening answers it thinly keeps the letters. */
const LETTERS_FOR_ONE_THIN = 3;

/**
 * Within each run of blocks placed with one part of a method question, what the part's own words
 * ask for is said first: the first line under a letter is the one a reader marks it by. Only the
 * order they are read in changes; which blocks the answer keeps was settled by their order before.
 */
function askedFirst(ordered: readonly Candidate[], parts: readonly QuestionPart[]): Candidate[] {
  // A scenario's parts open with what is done for its person, placed there on purpose: a way of
  // working the letter names follows it rather than leads it.
  if (ordered.some((candidate) => OPENING_ELEMENTS.includes(candidate.block.element))) return [...ordered];
  const asked = (candidate: Candidate) => candidate.part !== undefined && parts[candidate.part] !== undefined && askedInWords(parts[candidate.part]!, candidate.block);
  const result: Candidate[] = [];
  for (let start = 0; start < ordered.length; ) {
    let end = start + 1;
    while (end < ordered.length && ordered[start]!.part !== undefined && ordered[end]!.part === ordered[start]!.part) end += 1;
    const run = ordered.slice(start, end);
    result.push(...run.filter(asked), ...run.filter((candidate) => !asked(candidate)));
    start = end;
  }
  return result;
}

/**
 * Topic paragraphs in the answer's order: a paragraph per block, short blocks joined to the one
 * before on the same topic. When the topic paragraphs already say what is done (behaviour) and
 * give dated figures (evidence), the core's general lines for those are dropped: they would
 * answer a question nobody asked. The same goes for owners & cadence and assurance. The four
 * elements stay in the answer: a line is dropped only when the topic paragraphs carry it.
 */
function withTopics(core: DraftLines, chosen: readonly Candidate[], topicLed = false, parts: readonly QuestionPart[] = []): DraftLines {
  const ordered = openingFirst(askedFirst([...chosen].sort((a, b) => a.order - b.order), parts));
  // What is done about a term placed with a part, by its own words or the story's sentence it comes back to, answers it;
  // so does a step for the person placed with the part by what the part asks ("what immediate actions would you take").
  const blockAnswersLetter = (part: number | undefined, block: Block) =>
    block.namedTerm !== undefined || (part !== undefined && block.element === 'story-steps' && block.forPart === part) || (part !== undefined && parts[part] !== undefined && answersLetter(parts[part]!, block));
  const paragraphs: { topic: AskedTopicId; label: string | undefined; part: number | undefined; first: Block; texts: string[] }[] = [];
  for (const candidate of ordered) {
    const text = candidate.block.text.trim();
    const last = paragraphs.at(-1);
    // A question in lettered parts is answered under the same letters: a block for another
    // letter starts a paragraph of its own.
    const label = letterOf(candidate, parts);
    if (last && last.topic === candidate.block.topic && last.label === label && text.split(/\s+/).length < SHORT_BLOCK_WORDS) {
      // A short block that answers the letter opens the paragraph it joins when the paragraph's own opening does not.
      if (label !== undefined && !blockAnswersLetter(last.part, last.first) && blockAnswersLetter(candidate.part, candidate.block)) {
        last.texts.unshift(text);
        last.first = candidate.block;
      } else last.texts.push(text);
    } else paragraphs.push({ topic: candidate.block.topic, label, part: candidate.part, first: candidate.block, texts: [text] });
  }
  const opensLetter = (index: number) => paragraphs[index]!.label !== undefined && paragraphs[index - 1]?.label !== paragraphs[index]!.label;
  const answers = (paragraph: (typeof paragraphs)[number]) => blockAnswersLetter(paragraph.part, paragraph.first);
  // Under each letter, a paragraph that plainly answers it opens it: a general line the letter
  // shares no words with ("Plans are built around what the person wants") follows rather than leads.
  for (let start = 0; start < paragraphs.length; ) {
    const label = paragraphs[start]!.label;
    let end = start + 1;
    while (label !== undefined && end < paragraphs.length && paragraphs[end]!.label === label) end += 1;
    const at = label === undefined || answers(paragraphs[start]!) ? -1 : paragraphs.slice(start, end).findIndex(answers);
    if (at > 0) paragraphs.splice(start, 0, ...paragraphs.splice(start + at, 1));
    start = end;
  }
  // Lettered when the letters' openings answer them: one weak opening among three or more letters
  // does not take the letters from the rest, since a panel marks an answer against the question's
  // own parts and an answer in none of them is harder to mark than one with a thin part.
  const openings = paragraphs.filter((_, index) => opensLetter(index));
  const unanswered = openings.filter((paragraph) => !answers(paragraph)).length;
  const lettered = openings.length > 0 && (unanswered === 0 || (openings.length >= LETTERS_FOR_ONE_THIN && unanswered <= 1));
  const topicParagraphs = paragraphs.map((paragraph, index) => ({ kind: 'topic' as const, text: `${lettered && opensLetter(index) ? `${paragraph.label} ` : ''}${paragraph.texts.join(' ')}` }));
  const carried = topicLed && topicParagraphs.length > 0 ? carriedLines(ordered) : undefined;
  const full = { ...core, supporting: [...topicParagraphs, ...core.supporting] };
  if (!carried) return full;
  // The core's general lines read as the same paragraphs in every answer of a bid (who sends the
  // summary, who chairs complex reviews): they are left out wherever the topic paragraphs already
  // say what is done, who does it and how often, and give dated figures, whether by what the
  // blocks are (data) or as the checker reads them. How it is checked stays unless a block is an
  // assurance of its own: a key worker "checking" a format before a meeting is the practice, not
  // the check on it.
  const shown = detectStructureLines(assembleResponse({ behaviour: '', ownersCadence: '', evidence: '', assurance: '', supporting: topicParagraphs }).text);
  const trimmed: DraftLines = {
    ...core,
    ...(carried.behaviour || shown.behaviour ? { behaviour: '' } : {}),
    ...(carried.evidence || shown.evidence ? { evidence: '' } : {}),
    ...(carried.ownersCadence || shown.ownersCadence ? { ownersCadence: '' } : {}),
    ...(carried.assurance ? { assurance: '' } : {}),
    supporting: [...topicParagraphs, ...core.supporting],
  };
  // The whole answer must still read as all four lines to the checker: a core line whose part
  // the trimmed answer no longer shows comes back, and only that one.
  const kept = detectStructureLines(assembleResponse(trimmed).text);
  const restored = { ...trimmed };
  for (const line of PARAGRAPH_LINES) if (!kept[line]) restored[line] = core[line];
  return restored;
}

/**
 * Whether lines fit the limit, counting the whole assembled text only when it is close: each
 * paragraph is counted once, and a paragraph's count plus what joining can add (the breaks
 * between paragraphs) bounds the whole from both sides.
 */
function limitChecker(limit: ResponseLimit): (lines: DraftLines) => boolean {
  const counted = new Map<string, number>();
  const countOf = (text: string) => {
    let count = counted.get(text);
    if (count === undefined) {
      count = measureResponse(text, limit.kind);
      counted.set(text, count);
    }
    return count;
  };
  return (lines) => {
    const parts = [...PARAGRAPH_LINES.map((key) => lines[key]), ...lines.supporting.map((line) => line.text)].map((text) => text.trim()).filter((text) => text.length > 0);
    const least = parts.reduce((sum, text) => sum + countOf(text), 0);
    if (least > limit.value) return false;
    // Breaks between paragraphs count at most two characters each, and the final line break one more.
    if (least + 4 * parts.length + 2 <= limit.value) return true;
    return measureResponse(assembleResponse(lines).text, limit.kind) <= limit.value;
  };
}

/**
 * The candidates that fit the limit beside the core, in the order the answer gives them.
 * `writtenInBid`: sentences earlier answers of the bid wrote, normalised. A block every sentence of
 * which an earlier answer already wrote is not said again, unless it is the first answer to a
 * part of this question: an evaluator reading the bid end to end marks a paragraph pasted into a
 * second answer down in both.
 */
export function fit(core: DraftLines, candidates: readonly Candidate[], limit: ResponseLimit | undefined, topicLed: boolean, parts: readonly QuestionPart[] = [], writtenInBid: ReadonlySet<string> = new Set()): Fitted {
  const measure = (lines: DraftLines) => measureResponse(assembleResponse(lines).text, limit?.kind ?? 'words');
  const within = limit ? limitChecker(limit) : () => true;
  const chosen: Candidate[] = [];
  const ranked = [...candidates].sort((a, b) => a.priority - b.priority || a.order - b.order);
  const fits = (trial: readonly Candidate[]) => within(withTopics(core, trial, topicLed, parts));
  // Two routes can write the same block (a part's library entries and its topic's): it is said once.
  // They can also write a block every clause of which another chosen block already says (a library
  // entry, then the figure counting it, which opens with the entry's words up to a semicolon): the
  // second says only what the reader just read.
  const clauseSets = new Map<string, ReadonlySet<string>>();
  const clausesIn = (text: string) => {
    let set = clauseSets.get(text);
    if (!set) {
      const clauses = sentencesOf(text).flatMap((sentence) => sentence.split(/;\s+/));
      clauseSets.set(text, (set = new Set(clauses.filter((clause) => clause.split(/\s+/).length >= 8).map(normalise))));
    }
    return set;
  };
  const saysNothingNew = (option: Candidate, besides: readonly Candidate[]) => {
    // Library entries another block quotes, in a fuller or briefer wording ("…, led by the key worker; a check found it in place").
    const entries = option.block.entryIds ?? [];
    if (entries.length > 0 && entries.every((id) => besides.some((entry) => entry.block.entryIds?.includes(id)))) return true;
    const own = clausesIn(option.block.text);
    return own.size > 0 && [...own].every((clause) => besides.some((entry) => clausesIn(entry.block.text).has(clause)));
  };
  const saidHere = (option: Candidate, besides: readonly Candidate[] = chosen) =>
    option.block.text.trim().length > 0 && (besides.some((entry) => entry.block.text.trim() === option.block.text.trim()) || saysNothingNew(option, besides));
  // Asked of every form at every step of the fitting: each text is read once.
  const pasted = new Map<string, boolean>();
  const pastedFromBid = (option: Candidate) => {
    if (writtenInBid.size === 0 || option.block.text.trim().length === 0) return false;
    let known = pasted.get(option.block.text);
    if (known === undefined) {
      const sentences = sentencesOf(option.block.text);
      pasted.set(option.block.text, (known = sentences.length > 0 && sentences.every((sentence) => writtenInBid.has(normalise(sentence)))));
    }
    return known;
  };
  // Fullest first: the block, then each shorter form it has, which remembers the candidate it is a form of.
  const originOf = new Map<Candidate, Candidate>();
  const forms = (candidate: Candidate): Candidate[] => {
    const list = [candidate];
    for (let block = candidate.block.shorter; block; block = block.shorter) {
      const form = { ...candidate, block };
      originOf.set(form, candidate);
      list.push(form);
    }
    return list;
  };
  // What the question strongly asks for goes in first in its shortest form, so a long block (four
  // library entries) cannot squeeze out another asked element; each is then given back its fuller
  // form while the limit allows, and only then are weakly asked topics and depth added.
  const origins: Candidate[] = [];
  // Every part of the question is answered before any part gets a second block: a 250-word
  // question in three parts loses marks for two parts unanswered, not for one part said briefly.
  // A part takes the first block placed with it; failing that, the first block not yet taken that
  // answers it ("Please describe your approach to advocacy" places every advocacy block with it,
  // and the examples part at the end still needs the change an advocate asked for).
  const firstPerPart = new Map<number, Candidate>();
  // A letter read as several parts ("(a) the situations that prompt a referral, and how staff learn
  // them") has its first block already: a later part of it takes one only on its own subject, not
  // whatever else was filed with it (a best-interests paragraph under how staff learn the triggers).
  const laterPartOfLetter = (index: number) => index > 0 && parts[index]?.label !== undefined && parts[index]!.label === parts[index - 1]!.label;
  const onSubject = (candidate: Candidate, part: QuestionPart) => candidate.block.topic === part.lead || askedInWords(part, candidate.block) || candidate.block.element === 'story-steps';
  for (const candidate of ranked) {
    if (candidate.part === undefined || candidate.priority > 2 || firstPerPart.has(candidate.part)) continue;
    if (laterPartOfLetter(candidate.part) && !onSubject(candidate, parts[candidate.part]!)) continue;
    firstPerPart.set(candidate.part, candidate);
  }
  parts.forEach((part, index) => {
    if (firstPerPart.has(index)) return;
    const taken = new Set(firstPerPart.values());
    // Library entries placed for one part may answer another ("how can people complain" and "how
    // quickly do you answer" are two entries of one block): that block's fuller form is the
    // answer, given back before optional blocks take the room.
    if ([...taken].some((candidate) => candidate.block.element === 'declared-practices' && answersPart(part, candidate.block))) return;
    const answering = ranked.find(
      (candidate) =>
        !taken.has(candidate) &&
        candidate.block.element !== 'scenario-person' &&
        candidate.block.text.trim().length > 0 &&
        answersPart(part, candidate.block) &&
        (!laterPartOfLetter(index) || askedInWords(part, candidate.block)),
    );
    if (answering) firstPerPart.set(index, answering);
  });
  // The line naming the person a scenario is about goes in straight after each part's first answer,
  // before anything else: it is short, and without it the answer reads as stock text.
  // Steps placed with a lettered part wait for every part's first block.
  const opening = ranked.filter((candidate) => candidate.block.element === 'scenario-person' || stepsAbove(candidate));
  // Under lettered parts, every step for the person goes in before each part's first block: each
  // is a line or two said of them, and a scenario's reader marks what is done for this person (the
  // steps on hidden medicine and a son holding his mother's bank card had lost their place to the
  // disagreement log, the first block of a part about her money).
  // Steps a part asks for by its words go before steps only filed under a part by their topic.
  // Each part's first step goes in before any part's second, so a tight limit leaves no letter
  // without its step (three steps for the first hours had left "how would you work with the GP"
  // with nothing under it).
  const partSteps = ranked
    .filter((candidate) => candidate.block.element === 'story-steps' && candidate.part !== undefined)
    .sort((a, b) => Number(a.block.forPart === undefined) - Number(b.block.forPart === undefined));
  const stepRank = new Map<Candidate, number>();
  // A letter read as several parts ("(a) what would you do first, and how would you understand …") is one letter here; an unlettered part is its own.
  const stepsSeen = new Map<string | number | undefined, number>();
  for (const candidate of partSteps) {
    const letter = letterOf(candidate, parts) ?? candidate.part;
    const count = stepsSeen.get(letter) ?? 0;
    stepRank.set(candidate, count);
    stepsSeen.set(letter, count + 1);
  }
  const stepsForParts = [...partSteps].sort((a, b) => stepRank.get(a)! - stepRank.get(b)!);
  const firstBlocks = [...new Set([...stepsForParts, ...[...firstPerPart.values()].sort((a, b) => a.priority - b.priority || a.order - b.order), ...opening])];
  // Under lettered parts, a step no part asks for ("his aftercare is free") waits for the steps
  // and blocks that answer a letter: a reader marks the letters.
  const letteredParts = parts.some((part) => part.label !== undefined);
  const leading = letteredParts ? [...firstBlocks.filter((candidate) => !stepsAbove(candidate)), ...firstBlocks.filter(stepsAbove)] : firstBlocks;
  const saidAlready = (option: Candidate, besides: readonly Candidate[] = chosen) => saidHere(option, besides) || (!leading.includes(originOf.get(option) ?? option) && pastedFromBid(option));
  const choose = (candidate: Candidate) => {
    const form = forms(candidate).reverse().find((option) => !saidAlready(option) && fits([...chosen, option]));
    if (!form) return;
    chosen.push(form);
    origins.push(candidate);
  };
  // A block whose fuller forms say what another chosen block says keeps its shortest form beside it.
  const repeatsChosen = (candidate: Candidate) => candidate.block.fullerRepeats !== undefined && chosen.some((entry) => entry.block.element === candidate.block.fullerRepeats);
  const askedInFull = (candidate: Candidate) => forms(candidate).some((option) => option.block.askedInFull);
  // "Give two examples" gets its second example before other blocks get their fuller wording:
  // it is what the question asks for in so many words. Every part already has its first block.
  const giveBackFullerForms = (only: (candidate: Candidate) => boolean = () => true) =>
    origins.map((origin, index) => ({ origin, index })).filter(({ origin }) => only(origin)).sort((a, b) => Number(askedInFull(b.origin)) - Number(askedInFull(a.origin))).forEach(({ origin, index }) => {
      if (repeatsChosen(origin)) return;
      for (const option of forms(origin)) {
        if (option.block === chosen[index]!.block) break;
        const trial = chosen.map((entry, at) => (at === index ? option : entry));
        if (!saidAlready(option, chosen.filter((_, at) => at !== index)) && fits(trial)) {
          chosen[index] = option;
          break;
        }
      }
    });
  // The steps for a scenario's person are what its reader marks first: they go in before each
  // part's first block, in their middle form, so the parts' blocks cannot leave them two steps.
  // Under lettered parts, where the steps stand with the part they answer, every part's first
  // block goes in before them.
  for (const candidate of letteredParts ? [] : leading.filter(stepsAbove)) {
    const form = forms(candidate).slice(1).find((option) => !saidAlready(option) && fits([...chosen, option]));
    if (!form) continue;
    chosen.push(form);
    origins.push(candidate);
  }
  for (const candidate of leading.filter((entry) => !origins.includes(entry))) choose(candidate);
  // What a scenario sets, answering a part ("when he declines a visit"), is what its reader marks
  // first: it is said in full before any other block takes the room; so are the steps for its person.
  giveBackFullerForms((candidate) => (candidate.block.namedTerm !== undefined && askedInFull(candidate)) || candidate.block.element === 'story-steps');
  // Every block written for a part goes in; then, under lettered parts, a part answered by the way
  // of working it names, and a situation the scenario sets, are said in full before more of the
  // topics they touch take the room: a reader marks a part answered in one line, and then figures
  // on another subject, as stock.
  for (const candidate of ranked.filter((entry) => entry.priority === PART_PRIORITY && !leading.includes(entry))) choose(candidate);
  if (letteredParts) giveBackFullerForms((candidate) => (candidate.block.namedTerm !== undefined && leading.includes(candidate)) || askedInFull(candidate));
  for (const candidate of ranked.filter((entry) => entry.priority <= 1 && !origins.includes(entry))) choose(candidate);
  giveBackFullerForms();
  for (const candidate of ranked.filter((entry) => entry.priority > 1 && !origins.includes(entry))) {
    const options = repeatsChosen(candidate) ? forms(candidate).slice(-1) : forms(candidate);
    const form = options.find((option) => !saidAlready(option) && fits([...chosen, option]));
    if (form) chosen.push(form);
  }
  // A block added since may carry a line of the core paragraph (an owner, a check), which then
  // leaves the answer: the words it frees go back to what the question asks for first.
  giveBackFullerForms();
  // A fuller form given back may now say all a block chosen before it says: that block goes.
  for (let index = chosen.length - 1; index >= 0; index -= 1) {
    if (saysNothingNew(chosen[index]!, chosen.filter((_, at) => at !== index))) chosen.splice(index, 1);
  }
  withoutRestatements(chosen);
  const lines = withTopics(core, chosen, topicLed, parts);
  const words = measure(lines);
  return { lines, chosen, words, fits: !limit || words <= limit.value, coreEvidence: lines.evidence.trim().length > 0, core };
}

/** A sentence with fewer subject words than this, besides the roles and verbs every paragraph uses, is too short to be told apart from another by them. */
const RESTATED_TERMS = 4;
/** Subject words nearly every paragraph has (who does it, to whom, at what): they tell no two practices apart. */
const EVERY_PARAGRAPH_TERMS: ReadonlySet<string> = new Set(['key', 'worker', 'register', 'manager', 'team', 'leader', 'nominate', 'individual', 'person', 'people', 'staff', 'care', 'support', 'review', 'ask', 'want', 'make', 'take', 'give', 'tell']);
/**
 * The least share of the other sentence's subject words a restatement uses: a long sentence on
 * something else ("when a person does not want their family involved, the key worker records …")
 * holds the few words of a short one ("the key worker asks the person who they want there") without
 * saying it.
 */
const RESTATED_SHARE = 0.55;

/**
 * Sentences another block of the answer says in other words: every subject word of one is in a
 * sentence of another block ("the person is asked what they want to happen and their answer is
 * recorded in their own words" beside Making Safeguarding Personal's "asks the person what they
 * want to happen and records it in their own words"). The one that says less goes; of two that
 * say the same, the later. Only sentences without numbers go, and a block left with nothing goes
 * with them: the words a figure needs are never taken.
 */
function withoutRestatements(chosen: Candidate[]): void {
  const specific = (text: string) => new Set([...termsOf(text)].filter((term) => !EVERY_PARAGRAPH_TERMS.has(term)));
  const sentences = chosen.map((candidate) => sentencesOf(candidate.block.text).map((text) => ({ text, terms: specific(text) })));
  const within = (small: ReadonlySet<string>, large: ReadonlySet<string>) => [...small].every((term) => large.has(term));
  const restated = (at: number, sentence: { text: string; terms: ReadonlySet<string> }) =>
    !/\d/.test(sentence.text) &&
    sentence.terms.size >= RESTATED_TERMS &&
    sentences.some(
      (other, index) =>
        index !== at &&
        other.some((earlier) => within(sentence.terms, earlier.terms) && sentence.terms.size >= RESTATED_SHARE * earlier.terms.size && (earlier.terms.size > sentence.terms.size || index < at)),
    );
  for (let index = chosen.length - 1; index >= 0; index -= 1) {
    const all = sentences[index]!;
    const kept = all.filter((sentence) => !restated(index, sentence));
    if (kept.length === all.length) continue;
    const candidate = chosen[index]!;
    if (kept.length === 0) chosen.splice(index, 1);
    else chosen[index] = { ...candidate, block: { ...candidate.block, text: kept.map((sentence) => sentence.text).join(' ') } };
  }
}

/**
 * Whether a block, in any of its forms, counts its subject by group as a breakdown asked for: by
 * service through its figures for single services, otherwise through the counts by group that
 * answer the word after "by" (data/part-words.ts BREAKDOWNS).
 */
function givesBreakdown(context: DraftingContext, block: Block, breakdown: string): boolean {
  const byService = BREAKDOWNS.some((entry) => entry.byService && entry.asked.test(breakdown));
  for (let form: Block | undefined = block; form; form = form.shorter) {
    if (byService ? (form.serviceFigureIds ?? []).length > 0 : groupCounts(context, form, breakdown) > 0) return true;
  }
  return false;
}

/** How many of a form's figures are counts of one group each answering the breakdown the words ask for. */
function groupCounts(context: DraftingContext, form: Block, words: string): number {
  const answering = new Set(BREAKDOWNS.filter(({ asked }) => asked.test(words)).flatMap(({ catalogueIds }) => catalogueIds));
  return form.figureIds.filter((id) => {
    const figure = context.figures.figures.find((candidate) => candidate.id === id);
    return figure?.group !== undefined && answering.has(figure.catalogueId ?? '');
  }).length;
}

/** Lexicographic: the first differing entry decides. */
function compareScores(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < left.length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The question's parts against the candidate blocks: a part no block answers takes the practice
 * library entries about it, and the blocks are put in the order of the parts they answer, so
 * the answer takes the question's parts in turn. Blocks that answer no part go last.
 */
function withParts(context: DraftingContext, parts: readonly QuestionPart[], found: Candidates, memory: BidMemory): Candidates {
  const candidates = found.candidates.map((candidate) => ({ candidate, part: partIndexOf(parts, candidate.block) }));
  const texts = found.candidates.map((candidate) => candidate.block.text);
  // A block written for one part, worded after the ones the bid has used.
  const partBlock = (element: ElementId, topic: AskedTopicId, extra: Pick<BlockInputs, 'beyondRecords'> = {}) =>
    freshestWording((again) => buildBlock(element, topic, { context, quotedInCore: new Set(), memory, again, ...extra }), memory.elements.get(element) ?? 0, memory.sentences);
  let saidInOwnWords = 0;
  const peopleInStory = (context.analysis ? storyFacts(context.analysis.question)?.others : undefined) ?? [];
  const storyPerson = scenarioPerson(context.analysis?.question ?? '');
  parts.forEach((part, index) => {
    // The block that answers this part, before the part's other blocks (order -1) or after them.
    const answerWith = (block: Block, order = -1) => {
      candidates.push({ candidate: { block, priority: PART_PRIORITY, order }, part: index });
      texts.push(block.text);
    };
    // "The number of complaints by who raised them" where no block on the subject counts anything
    // by group (by service, where that is asked): the answer says the records cannot give it yet,
    // and when they will, beside the totals it does give. It is said first: it answers what the
    // part asks first, and said after the part's other blocks the limit would leave it out.
    const breakdown = part.lead && FIGURES_ASK.test(part.text) && BREAKDOWN_ASK.test(part.text) ? askedBreakdown(part) : undefined;
    if (breakdown && part.lead && !candidates.some(({ candidate }) => candidate.block.topic === part.lead && givesBreakdown(context, candidate.block, breakdown))) {
      const text = breakdownCommitment(breakdown, { period: context.period, next: context.sampling.next, reportBy: context.sampling.reportBy });
      const writerNote = `Proposed commitment, not from the records: the question asks for ${breakdown}, which the records do not hold, so the answer says so and proposes recording it ("${text}"). Agree it with its owner before submitting, or give the figure from your own system.`;
      answerWith({ element: 'gap-commitment', topic: part.lead, text, figureIds: [], weakFigureIds: [], beyondRecords: true, proposed: true, forPart: index, writerNote });
    }
    // "Check whether those changes made a difference": the records show each change was checked
    // to be in place, which is not the same; the answer says so and proposes asking the people
    // who raised them.
    if (DIFFERENCE_ASK.test(part.text) && candidates.some(({ candidate }) => CHANGE_ELEMENTS.includes(candidate.block.element))) {
      const proposal = partBlock('check-gap', 'feedback');
      if (!isMissing(proposal)) return answerWith(proposal, Number.MAX_SAFE_INTEGER);
    }
    // A block that shares the part's topic but not its subject (how often reviews happen, for
    // what triggers an early one) leaves the part to the gap commitment below.
    // A step for the person answers the letter it is placed under, and only that one: the step on
    // recording, under "how this would be recorded", says nothing of how Ron takes part in his review.
    const placedStep = (block: Block) => block.element === 'story-steps' && block.forPart !== undefined;
    // With no letters the steps are one block: a part asking about someone the steps speak to
    // ("how you would respond to his parents") is answered by them.
    const toSomeoneNamed = (block: Block) => block.element === 'story-steps' && peopleInStory.some((other) => namedIn(part.text, other) && namedIn(block.text, other));
    const answering = candidates.filter(({ candidate }) => (placedStep(candidate.block) ? candidate.block.forPart === index : answersPart(part, candidate.block) || toSomeoneNamed(candidate.block)));
    const answered = answering.length > 0;
    if (answered && (!part.lead || !answering.every(({ candidate }) => borrowedBy(part.lead!, candidate.block.element)) || !saysNothingOn(context, part.lead))) return;
    if (part.asks.includes('roll-out')) {
      const topic = subjectOf(context, parts, index);
      const plan = topic ? buildBlock('rollout-plan', topic, { context, quotedInCore: new Set(), memory }) : undefined;
      if (plan && !isMissing(plan)) candidates.push({ candidate: { block: plan, priority: PART_PRIORITY, order: -1 }, part: index });
      if (!part.lead) return;
    }
    // "How is that checked?" with nothing in the answer that checks: the way the topic the part
    // is about is checked, said again if an earlier answer said it ("that" is the part before).
    if (!answered && part.asks.includes('how-do-you-know')) {
      const topic = subjectOf(context, parts, index);
      const check = topic ? checkBlockFor(context, topic, memory) : undefined;
      if (check) return answerWith(check);
    }
    const entries = answered || part.asksExample ? [] : libraryEntriesFor(context, part, memory, texts);
    if (entries.length > 0) {
      return answerWith(libraryBlock(entries, memory.elements.get('declared-practices') ?? 0));
    }
    // "How do you check it?" and nothing checks it: say so, with the check that will be put in
    // place; for a topic with no such proposal, the Nominated Individual's case sampling.
    if (!answered && asksForCheck(part)) {
      const topic = subjectOf(context, parts, index);
      const proposal = topic ? partBlock('check-gap', topic) : undefined;
      if (proposal && !isMissing(proposal)) return answerWith(proposal);
      const sampling = partBlock('ni-sampling', 'governance');
      const check = !isMissing(sampling) && sampling.text.trim().length > 0 ? sampling : checkBlockFor(context, 'governance', memory);
      if (check) return answerWith(check);
    }
    // An example asked for and none to give: say so, with how examples will be recorded, rather
    // than go quiet on the part (a reader marks the silence, not the admission).
    if (!answered && part.asksExample) {
      // "Examples of changes you have made" asks for changes, whatever the question is about.
      const topic = part.asks.includes('what-changed') ? 'feedback' : subjectOf(context, parts, index);
      // A referral or disagreement from the logs, told as it happened, is the example a buyer
      // asks for; not for an example of something that changed.
      const told = new Set(candidates.flatMap(({ candidate }) => candidate.block.exampleFigureIds ?? []));
      const logged = topic && !CHANGE_EXAMPLE.test(part.text) ? buildBlock('logged-examples', topic, { context, quotedInCore: new Set(), memory: { ...memory, cases: new Set([...memory.cases, ...told]) } }) : undefined;
      if (logged && !isMissing(logged) && logged.text.trim().length > 0) return answerWith(logged, Number.MAX_SAFE_INTEGER);
      // A change made from feedback on the part's subject (one an advocate asked for, for an
      // example of what an advocate changed) is an example; only without one is the gap said.
      const used = new Set(candidates.flatMap(({ candidate }) => candidate.block.changeKey?.split('||') ?? []));
      const change = topic ? buildBlock('learning-from-feedback', topic, { context, quotedInCore: new Set(), memory: { ...memory, changes: new Set([...memory.changes, ...used]) }, relevantOnly: true }) : undefined;
      if (change && !isMissing(change) && change.text.trim().length > 0) return answerWith(change, Number.MAX_SAFE_INTEGER);
      // The only examples there are went to earlier answers of the bid: one is told again rather
      // than "no recorded example", which a buyer reading both answers would take as untrue.
      for (const element of ['logged-examples', 'learning-from-feedback'] as const) {
        if (!topic || (element === 'logged-examples' && CHANGE_EXAMPLE.test(part.text))) continue;
        const thisAnswer = { ...memory, cases: new Set(told), changes: new Set(used) };
        const again = buildBlock(element, topic, { context, quotedInCore: new Set(), memory: thisAnswer, relevantOnly: true, again: 1 });
        if (!isMissing(again) && again.text.trim().length > 0) return answerWith(again, Number.MAX_SAFE_INTEGER);
      }
      const gap = topic ? partBlock('example-gap', topic) : undefined;
      if (gap && !isMissing(gap) && !candidates.some(({ candidate }) => candidate.block.element === 'example-gap' && candidate.block.topic === topic)) {
        // After what else answers the same part: "How do you work with representatives? Give an
        // example." says how first, then that no example can be given yet.
        return answerWith(gap, Number.MAX_SAFE_INTEGER);
      }
    }
    // Nothing anywhere on what the part is about: say so, with what will be put in place, once
    // per topic in an answer, rather than leave the part unanswered.
    // A part naming nothing of its own ("how you direct them to local support") is about the part before it.
    const subject = part.lead ?? (part.topics.length === 0 && REFERS_BACK.test(part.text) ? subjectOf(context, parts, index) : undefined);
    // Nothing at all on the part: it is said in its own words as a commitment, with an owner and a check, rather than left out.
    const inItsOwnWords = () => {
      if (answered) return;
      const text = partCommitment(part, (memory.elements.get('gap-commitment') ?? 0) + saidInOwnWords, storyPerson ? { name: storyPerson.given ?? storyPerson.name, possessive: storyPerson.pronouns.possessive } : undefined);
      if (!text) return;
      saidInOwnWords += 1;
      const topic = subject ?? part.topics[0] ?? askedTopics(context)[0]?.id ?? 'person-led-planning';
      const writerNote = `Proposed commitment, not from the records: the records, the practice library and the ways of working Assured states hold nothing on "${part.text}", so the answer says it in the question's own words, with an owner and a check ("${text}"). Agree it with its owner before submitting, or replace it with what you do.`;
      answerWith({ element: 'gap-commitment', topic, text, figureIds: [], weakFigureIds: [], beyondRecords: true, proposed: true, forPart: index, writerNote }, Number.MAX_SAFE_INTEGER);
    };
    if (!subject) return inItsOwnWords();
    if (candidates.some(({ candidate }) => candidate.block.element === 'gap-commitment' && candidate.block.topic === subject)) return;
    // Material an earlier answer already gave, or that the limit left out, is not "nothing".
    if (found.missing.some((gap) => gap.topic === subject && gap.repeat)) return;
    // The topic has material, none of it on this part ("how you direct carers to local support"
    // beside carers identified and referred): the commitment adds to it, after it.
    const beyondRecords = !saysNothingOn(context, subject);
    const gap = partBlock('gap-commitment', subject, { beyondRecords });
    if (isMissing(gap)) return inItsOwnWords();
    // "How long it takes" is not answered by a commitment that gives no time: the writer is told instead.
    if (!givesTimeAsked(part, gap.text)) return;
    answerWith({ ...gap, forPart: index }, beyondRecords ? Number.MAX_SAFE_INTEGER : -1);
  });
  // A term a part names (an IMHA, Talking Mats): a reader looks for it by name, so the part says
  // what is done about it, after its other blocks (before them for a situation), unless a block the answer keeps names it
  // (fitted once more without it: see namedElsewhere).
  // The organisation's own practice library entry naming the term says it first: it is what they
  // do, with its owner and when it was last checked.
  const named = new Set<string>();
  const question = context.analysis?.question ?? '';
  const person = scenarioPerson(question);
  const library = askedTopicCues.flatMap(({ id }) => declaredEntries(context, id).usable).filter((entry) => !writtenBefore(entry, memory.sentences));
  const sayNamed = (text: string, place: (term: NamedTerm) => { index: number | undefined; topic: AskedTopicId | undefined; priority: number; inFull?: boolean; first?: boolean; inPart?: boolean; naming: readonly string[] } | undefined) => {
    for (const term of termsNamedIn(text)) {
      const { practice } = term;
      if (named.has(term.name)) continue;
      const placed = place(term);
      if (!placed) continue;
      const { index, priority, inFull = false, first = false, inPart = false, naming } = placed;
      // Named only to say it does not apply ("she is not subject to a Community Treatment Order").
      if (naming.length > 0 && naming.every((sentence) => namedInTheNegative(term, sentence))) continue;
      // A question read as about no topic ("How do you use Talking Mats with people who find speech
      // hard?") is still about the term it names: it is said under the term's own topic.
      const topic = placed.topic ?? term.topics?.[0];
      const order = first ? -1 : Number.MAX_SAFE_INTEGER;
      const forPart = index === undefined ? {} : { forPart: index };
      const own = library.filter((entry) => namesTerm(term, entry.text)).slice(0, 2);
      if (own.length > 0) {
        for (const other of termsNamedIn(own.map((entry) => entry.text).join(' '))) named.add(other.name);
        const block = { ...libraryBlock(own, memory.elements.get('declared-practices') ?? 0), namedTerm: term, ...forPart };
        candidates.push({ candidate: { block, priority, order }, part: index ?? parts.length });
        // A part naming the term asks what is done about it. An entry on one of the term's own topics
        // says that; one on another (an advocacy entry logging "visits by the representative of someone
        // whose deprivation of liberty is authorised") only mentions it, and is evidence beside the way
        // of working, not instead of it.
        if (!inPart || !term.topics || own.some((entry) => term.topics!.some((topic) => topic === entry.topic))) continue;
      }
      if (!practice || !topic) continue;
      named.add(term.name);
      // Said as the standard worked to beside a commitment to start recording it, and wherever the
      // practice library holds nothing on the topic: another answer of the bid may say the records
      // do not yet show it, and said as fact the two contradict each other.
      const entries = declaredEntries(context, topic);
      const unrecorded = GAP_COMMITMENTS[topic] !== undefined && entries.usable.length === 0 && entries.stale.length === 0;
      const beside = candidates.some(({ candidate }) => COMMITMENT_ELEMENTS.includes(candidate.block.element) && namesTerm(term, candidate.block.text));
      if (beside && term.proposedInCommitment) continue;
      const asStandard = beside ? 'beside' : unrecorded ? 'unrecorded' : undefined;
      // Said of the scenario's person where the words naming it tell it of them: the part, or a sentence of the story.
      const told = term.ofThePerson && person && naming.some((sentence) => toldOf(sentence, whereNamed(term, sentence), person)) ? person : undefined;
      const built = freshestWording((again) => namedPracticeBlock(term, practice, topic, again, asStandard, told), 0, memory.sentences) as Block;
      const full = inFull && built.shorter ? { askedInFull: true } : {};
      candidates.push({ candidate: { block: { ...built, ...forPart, ...full }, priority, order }, part: index ?? parts.length });
    }
  };
  // A situation the part itself names ("when Gareth declines a visit") is what it asks about: what
  // is done then answers it first, and in full.
  parts.forEach((part, index) => sayNamed(part.text, (term) => ({ index, topic: subjectOf(context, parts, index), priority: PART_PRIORITY, first: term.situation === true, inFull: term.situation === true, inPart: true, naming: [part.text] })));
  // Named only in a scenario's story: said in the part on its subject ("Joe's first language is
  // Polish" answers "how you make sure his views are understood" with the interpreter), else
  // after the parts ("is entitled to section 117 aftercare"). The situation is what the scenario
  // is set to test, so it gets its full wording before other blocks get theirs.
  // In a question with no scenario, a term named only in an opening that asks nothing ("Locally,
  // support for carers follows the Triangle of Care") is background: said as depth, where room is left.
  const story = tellsStory(question);
  const storyOthers = story ? (storyFacts(question)?.others.map((other) => other.name) ?? []) : [];
  sayNamed(question, (term) => {
    const naming = storySentences(question).filter((sentence) => namesTerm(term, sentence));
    // A situation the story tells of someone else ("her son … his drug use") is not the person's to have a way of working said about.
    if (story && person && term.situation && naming.length > 0 && naming.every((sentence) => toldOfAnother(sentence, whereNamed(term, sentence), person, storyOthers))) return undefined;
    if (!story) return { index: undefined, topic: askedTopics(context)[0]?.id, priority: DEPTH_PRIORITY, naming };
    const { index, comesBack } = storyTermPart(term, parts, question);
    // A part that comes back to the situation ("how you would respond to the neighbour's concern") asks what is done about it.
    return index === undefined ? { index, topic: askedTopics(context)[0]?.id, priority: STORY_PRIORITY, inFull: true, naming } : { index, topic: subjectOf(context, parts, index), priority: PART_PRIORITY, inFull: true, first: comesBack && term.situation === true, naming };
  });
  // Within a part, what the part is about comes first: "how will you involve family in planning"
  // is answered by how relatives take part before anything about planning itself.
  // A term the part names, said under the part's subject, comes before blocks on other subjects;
  // a term that belongs to the subject comes first: "help deliver training, including on positive
  // behaviour support" is answered by who delivers training, then by how behaviour support plans are written.
  const leadRank = (block: Block, lead: AskedTopicId) => (block.namedTerm?.topics?.includes(lead) || (block.topic === lead && !block.namedTerm) ? 0 : block.topic === lead ? 1 : 2);
  const offLead = ({ candidate, part }: { candidate: Candidate; part: number }) => (parts[part]?.lead === undefined ? 0 : leadRank(candidate.block, parts[part]!.lead!));
  const ordered = candidates.sort((a, b) => a.part - b.part || offLead(a) - offLead(b) || a.candidate.order - b.candidate.order);
  // "The number of referrals by type of advocacy": a block whose briefer forms leave out the counts
  // by group that its full form gives is asked for in full under a part asking for the breakdown.
  const briefest = (block: Block): Block => (block.shorter ? briefest(block.shorter) : block);
  const breakdownAsked = (block: Block, part: number) => {
    const words = parts[part]?.text;
    return words !== undefined && BREAKDOWN_ASK.test(words) && block.shorter !== undefined && groupCounts(context, briefest(block), words) < groupCounts(context, block, words);
  };
  return {
    ...found,
    candidates: ordered.map(({ candidate, part }, order) => ({
      ...candidate,
      ...(breakdownAsked(candidate.block, part) ? { block: { ...candidate.block, askedInFull: true } } : {}),
      order,
      ...(part < parts.length ? { part } : {}),
    })),
  };
}

/**
 * Terms said for a part (the stated way of working, or the library entry naming them) that
 * another block the answer keeps names too: that block says it, and the answer says it once.
 * A commitment naming the term says what is not done yet, so does not count.
 */
function namedElsewhere(chosen: readonly Candidate[]): Set<NamedTerm> {
  const terms = new Set<NamedTerm>();
  for (const { block } of chosen) {
    const term = block.namedTerm;
    if (!term) continue;
    // The scenario's opening line repeats what the story says the person wants ("wants to stop his
    // depot injection"): it names the situation without saying what is done about it. So does an
    // example, and a sentence counting or dating something ("one was a referral to a Relevant
    // Person's Representative"): neither says how a representative is kept informed.
    const saysIt = (other: Block, sentence: string) => namesTerm(term, sentence) && !(other.figureIds.length > 0 && /\d/.test(sentence));
    const elsewhere = (other: Block) =>
      other.namedTerm === undefined &&
      !COMMITMENT_ELEMENTS.includes(other.element) &&
      !EXAMPLE_ELEMENTS.includes(other.element) &&
      other.element !== 'scenario-person' &&
      sentencesOf(other.text).some((sentence) => saysIt(other, sentence));
    if (chosen.some((other) => elsewhere(other.block))) terms.add(term);
  }
  return terms;
}

/**
 * The part a term named only in the story answers: the one that comes back to what the story's
 * sentence naming it is about ("A neighbour says he has no money for food" and "how you would
 * respond to the neighbour's concern"), else, for each of the term's topics in turn, the first
 * part led by it, else the first asking about it. Words several parts share (the person's name) point at none of them.
 */
function storyTermPart(term: NamedTerm, parts: readonly QuestionPart[], question: string): { index: number | undefined; comesBack: boolean } {
  // Only words the story uses in one sentence besides the part: "care worker", all through the story, points nowhere.
  // Every word counts here, "staff" too: rarity, not a list of subject words, says what points somewhere.
  const sentences = storySentences(question).map((sentence) => ({ sentence, words: wordsOf(sentence) }));
  const sentencesWith = (word: string) => sentences.filter(({ words }) => words.has(word)).length;
  const told = new Set(sentences.filter(({ sentence }) => namesTerm(term, sentence)).flatMap(({ words }) => [...words]).filter((word) => sentencesWith(word) <= 2));
  const partWords = parts.map((part) => wordsOf(part.text));
  const partsWith = (word: string) => partWords.filter((words) => words.has(word)).length;
  const shared = partWords.map((words) => [...words].filter((word) => told.has(word) && partsWith(word) === 1).length);
  const most = Math.max(0, ...shared);
  if (most > 0) return { index: shared.indexOf(most), comesBack: true };
  // The term's topics in its own order: Preparing for Adulthood is planning first and outcomes
  // second, so it goes with the part on planning the move, not the one on a risk she wants to take.
  for (const topic of term.topics ?? []) {
    const led = parts.findIndex((part) => part.lead === topic);
    if (led >= 0) return { index: led, comesBack: false };
    const asking = parts.findIndex((part) => part.topics.includes(topic));
    if (asking >= 0) return { index: asking, comesBack: false };
  }
  return { index: undefined, comesBack: false };
}

/** The words of a text of three letters or more, in lower case, without the possessive ("Dev's" is "dev"). */
function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !COMMON_WORDS.has(word)));
}

/** Words any sentence may use, which tie a part to no sentence in particular. */
const COMMON_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'are', 'was', 'his', 'her', 'him', 'she', 'you', 'our', 'who', 'how', 'why', 'has', 'had', 'any', 'all', 'can', 'not', 'but', 'its', 'out', 'one', 'two', 'may', 'own', 'that', 'this', 'with', 'have', 'they', 'their', 'them', 'there', 'were', 'what', 'when', 'where', 'which', 'while', 'would', 'will', 'your', 'from', 'been', 'being', 'some', 'into', 'about', 'also', 'than', 'then', 'only', 'does', 'said', 'says', 'should', 'could', 'other', 'more', 'most', 'very', 'over']);

/** What a part is about: its own topic, else ("this", "that evidence") the nearest part before it with one, else the question's. */
function subjectOf(context: DraftingContext, parts: readonly QuestionPart[], index: number): AskedTopicId | undefined {
  return parts[index]?.lead ?? parts.slice(0, index).reverse().find((earlier) => earlier.lead)?.lead ?? askedTopics(context)[0]?.id;
}

/** The first of a topic's own elements that says how it is checked and that the records can write. */
function checkBlockFor(context: DraftingContext, topic: AskedTopicId, memory: BidMemory): Block | undefined {
  const { required, optional } = TOPIC_ELEMENTS[topic];
  for (const element of [...required, ...optional]) {
    if (element === 'declared-practices' || !(ELEMENT_STRUCTURE[element] ?? []).includes('assurance')) continue;
    const built = buildBlock(element, topic, { context, quotedInCore: new Set(), memory, again: memory.elements.get(element) ?? 0 });
    if (!isMissing(built) && built.text.trim().length > 0) return built;
  }
  return undefined;
}

/** Whether an element is another topic's required subject that this topic only borrows (review cadence, for early reviews). */
function borrowedBy(topic: AskedTopicId, element: ElementId): boolean {
  if (TOPIC_ELEMENTS[topic].required.includes(element)) return false;
  return Object.entries(TOPIC_ELEMENTS).some(([other, elements]) => other !== topic && elements.required.includes(element));
}

/**
 * Whether the records and the library say nothing on a topic's own subject (its first required
 * element), whatever the bid has said so far. A figure the topic shares with others (how often
 * reviews happen, for early reviews) does not answer what the topic is about.
 */
function saysNothingOn(context: DraftingContext, topic: AskedTopicId): boolean {
  const [subject] = TOPIC_ELEMENTS[topic].required;
  if (!subject) return false;
  const built = buildBlock(subject, topic, { context, quotedInCore: new Set(), memory: emptyBidMemory() });
  return isMissing(built) || built.text.trim().length === 0;
}

/** What answers each part in the written answer; the core lines count too ("how do you check this"). */
function partCoverage(parts: readonly QuestionPart[], chosen: readonly Candidate[], lines: DraftLines): { text: string; answeredBy: PartAnswer }[] {
  const core = PARAGRAPH_LINES.map((line) => lines[line]).join(' ');
  const coverage = parts.map((part, index): { text: string; answeredBy: PartAnswer } => {
    // A term two parts name ("what co-production means", "how it differs from consultation") is said once, for the first: it answers both.
    const by = chosen.find(({ block }) => block.forPart === index || answersPart(part, block) || (block.namedTerm !== undefined && namesTerm(block.namedTerm, part.text)));
    if (by) return { text: part.text, answeredBy: by.block.element === 'declared-practices' ? 'library' : COMMITMENT_ELEMENTS.includes(by.block.element) ? 'commitment' : 'records' };
    // Plans and timescales are never in the core lines.
    if (part.asks.includes('roll-out')) return { text: part.text, answeredBy: 'none' };
    // "How do you check?" is what the core's assurance line says, whatever its words.
    const checkedInCore = part.asks.includes('how-do-you-know') && lines.assurance.trim().length > 0;
    const inCore = checkedInCore || (!part.lead && part.terms.length > 0 && core.trim().length > 0 && blockAnswers({ ...part, topics: [] }, { topic: 'governance', text: core }));
    return { text: part.text, answeredBy: inCore ? 'records' : 'none' };
  });
  // "Describe how you would respond", naming nothing, asks for the answer as a whole: it is
  // answered when the parts that name something are.
  const whole = coverage.find((part, index) => part.answeredBy !== 'none' && !umbrella(parts[index]!));
  return coverage.map((part, index) => (part.answeredBy === 'none' && whole && umbrella(parts[index]!) ? { ...part, answeredBy: whole.answeredBy } : part));
}

/** A part that names no topic, no thing and no particular ask: the question's general ask. */
function umbrella(part: QuestionPart): boolean {
  return part.topics.length === 0 && !part.asksExample && part.asks.every((ask) => ask === 'approach') && !namesSomething(part.text);
}

export function planAnswer(options: PlanAnswerOptions): AnswerPlan {
  const { context, limit, templates, memory } = options;
  // Blocks quote the asked topics' own figures, so the core's evidence line quotes others
  // where it can still find two; otherwise the core quotes them and the blocks do not repeat.
  // A question that names topics is answered topic first: the blocks state their own figures
  // and the core keeps only what the blocks do not already say.
  const topicLed = (context.analysis?.topics.length ?? 0) > 0;
  const parts = topicLed && context.analysis ? questionParts(context.analysis.question) : [];
  // What the question and each of its parts is mostly about is answered even when an earlier
  // answer of the bid said it: "What training do staff receive on the Mental Capacity Act?"
  // left without the training is not answered at all.
  const lead = new Set(askedTopics(context).slice(0, 1).map((topic) => topic.id));
  const partSubjects = new Set(parts.flatMap((part) => (part.lead ? [part.lead] : [])));
  const inParts = parts.length > 1;
  let first = candidatesFor(context, memory, new Set(), lead, partSubjects, inParts);
  // Late in a long bid, much has been said already. When that leaves the answer well short of
  // its budget, every strongly asked topic is answered again rather than left out.
  if (limit && (context.analysis?.topics.length ?? 0) > 0) {
    const strong = new Set(askedTopics(context).filter((topic) => topic.strong).map((topic) => topic.id));
    const dropped = first.missing.some((gap) => gap.repeat && strong.has(gap.topic));
    const written = first.candidates.reduce((sum, candidate) => sum + measureResponse(candidate.block.text, limit.kind), 0);
    if (dropped && written < limit.value * BUDGET_TARGET) first = candidatesFor(context, memory, new Set(), new Set([...strong, ...lead]), partSubjects, inParts);
  }
  if (parts.length > 0) first = withParts(context, parts, first, memory);
  const blockFigures = new Set(first.candidates.filter((candidate) => candidate.priority <= 2).flatMap((candidate) => candidate.block.figureIds));
  // A question that names its topics gets the core's evidence line from their figures where any
  // are left: an enablement count in an answer on training reads as padding, not evidence. Only
  // when the question's topics have no figure at all does the line fall back to others, since an
  // answer without a dated figure fails the involvement paragraph.
  const onQuestion = new Set(askedTopics(context).flatMap((topic) => askedTopicCues.find((entry) => entry.id === topic.id)?.figures ?? []));
  const offQuestion = new Set(topicLed ? context.figures.figures.filter((figure) => !onQuestion.has(figure.catalogueId ?? figure.id)).map((figure) => figure.id) : []);

  // The Nominated Individual's sampling, with its standard and how far it was met, stated in full
  // in two answers already: later answers say in a clause that it checks them too, rather than
  // repeat the same sentence answer after answer.
  const samplingId = context.figures.figures.find((figure) => (figure.catalogueId ?? figure.id) === 'ni-sampling')?.id ?? 'ni-sampling';
  const samplingStated = (memory.figures.get(samplingId) ?? 0) >= SAMPLING_REPEATS;
  let best: { fitted: Fitted; level: DraftLevel; missing: MissingElement[]; alsoCovered: Candidates['alsoCovered']; score: number[]; excluded: ReadonlySet<string>; coreFigures: number } | undefined;
  for (const level of DRAFT_LEVELS) {
    // The core's evidence line quotes figures the bid has not yet stated, while enough remain.
    const overused = new Set([...memory.figures].filter(([, uses]) => uses >= FIGURE_REPEATS).map(([id]) => id));
    const enough = (set: ReadonlySet<string>) => context.ranked(level.figures, set).chosen.length >= Math.min(2, level.figures);
    const some = (set: ReadonlySet<string>) => context.ranked(level.figures, set).chosen.length > 0;
    const onQuestionSet = [new Set([...blockFigures, ...overused, ...offQuestion]), new Set([...blockFigures, ...offQuestion]), offQuestion].find(some);
    const excluded = onQuestionSet ?? [new Set([...blockFigures, ...overused]), blockFigures].find(enough) ?? new Set<string>();
    // Off the question, one dated figure is what the paragraph needs: a second spends a figure a
    // later answer that asks about it would then not give again.
    const coreLevel = { ...level, cases: 0, change: false, human: false, ...(topicLed && !onQuestionSet && offQuestion.size > 0 ? { figures: 1 } : {}) };
    const core = renderTemplateDraft(context, coreLevel, templates, excluded, memory.coreLines, samplingStated);
    const quotedInCore = topicLed ? new Set<string>() : new Set(context.ranked(level.figures, excluded).chosen.map((entry) => entry.figure.id));
    // Blocks never repeat a number the core already gives.
    const { candidates, missing, alsoCovered } = topicLed ? first : candidatesFor(context, memory, quotedInCore);
    const firstFit = fit(core, candidates, limit, topicLed, parts, memory.sentences);
    const saidElsewhere = namedElsewhere(firstFit.chosen);
    const refit = saidElsewhere.size === 0 ? firstFit : fit(core, candidates.filter((candidate) => candidate.block.namedTerm === undefined || !saidElsewhere.has(candidate.block.namedTerm)), limit, topicLed, parts, memory.sentences);
    // Fitted again, the block that named a term may itself give way to others: the term is then said as first fitted.
    const fitted = [...saidElsewhere].every((term) => refit.chosen.some((candidate) => namesTerm(term, candidate.block.text))) ? refit : firstFit;
    const required = fitted.chosen.filter((candidate) => candidate.priority <= 2).length;
    // Parts of the question answered count before blocks: two blocks on one part do not make up for a part left out.
    // A block placed with a part only because it shares a topic the part names in passing (staff
    // training, for "how people are involved in recruiting and training your staff") does not
    // answer it: counted as it is reported to the writer (partCoverage).
    const partsAnswered = parts.filter((part, index) => fitted.chosen.some((candidate) => candidate.block.forPart === index || (candidate.block.text.trim().length > 0 && answersPart(part, candidate.block)))).length;
    if (!fitted.fits) {
      // When no level fits, the shortest wording is the one to hand over.
      if (!best || (!best.fitted.fits && fitted.words < best.fitted.words)) best = { fitted, level, missing, alsoCovered, score: [0, partsAnswered, required, 0, -fitted.words], excluded, coreFigures: coreLevel.figures };
      continue;
    }
    const score = [1, partsAnswered, required, level.length === 'full' ? 1 : 0, Math.min(fitted.words, limit?.value ?? fitted.words)];
    const better = !best || compareScores(score, best.score) > 0;
    if (better) best = { fitted, level, missing, alsoCovered, score, excluded, coreFigures: coreLevel.figures };
    // Every required block in at the richest core that fits: nothing to gain from shorter wording.
    if (fitted.fits && required === candidates.filter((candidate) => candidate.priority <= 2).length) break;
  }
  const chosen = best!.fitted.chosen;
  // An element another topic's block wrote is in the answer, whatever this topic left out.
  const gaps = best!.missing.filter((entry) => !chosen.some((candidate) => candidate.block.element === entry.element && candidate.block.text.trim().length > 0));
  const all = first.candidates.filter((candidate) => candidate.priority <= 2);
  const squeezed = [
    ...all.filter((candidate) => !chosen.some((entry) => entry.block.element === candidate.block.element)).map((candidate) => ({ topic: candidate.block.topic, element: candidate.block.element })),
    // An element whose figures only a left-out block states is left out with it.
    ...best!.alsoCovered.filter((entry) => !chosen.some((candidate) => candidate.block.element === entry.by)).map(({ topic, element }) => ({ topic, element })),
  ];

  const notes: string[] = [];
  // Gaps with the same reason are one note: "A, B and C (why)".
  const byReason = new Map<string, { passing: boolean; elements: ElementId[] }>();
  for (const gap of gaps) {
    const entry = byReason.get(gap.reason) ?? { passing: gap.passing === true, elements: [] };
    entry.elements.push(gap.element);
    byReason.set(gap.reason, entry);
  }
  for (const [reason, { passing, elements }] of byReason) {
    const listed = joinList([...new Set(elements)].map((element) => ELEMENT_LABELS[element]));
    notes.push(passing ? `Left out on purpose: ${listed} (${reason}). Add it if the buyer means it as part of the question.` : `Not answered from the records: ${listed} (${reason}). Add it by hand if you can evidence it.`);
  }
  for (const gap of squeezed) notes.push(`Left out to stay within the limit: ${ELEMENT_LABELS[gap.element]}. A larger limit would let the answer cover it.`);
  for (const entry of first.repeated.filter((item) => chosen.some((candidate) => candidate.block.element === item.element))) {
    notes.push(`This answer repeats what an earlier answer of the bid said about ${ELEMENT_LABELS[entry.element]}, because it is what this question is mostly about. Reword one of them if the buyer reads answers side by side.`);
  }
  const weakIds = [...new Set(chosen.flatMap((candidate) => candidate.block.weakFigureIds))];
  for (const id of weakIds) {
    const figure = context.figures.figures.find((candidate) => candidate.id === id);
    if (figure) notes.push(`${figure.label} is below where it should be; the answer states it with the action, the owner and when it will be measured again, rather than hiding it.`);
  }
  for (const candidate of chosen.filter((entry) => entry.block.element === 'rollout-plan' && entry.block.proposed)) {
    notes.push(
      `Proposed commitment: the practice library shows this at some services only, so the answer names the others and proposes when they will have it ("${candidate.block.text}"). Agree the plan and its dates with its owner before submitting.`,
    );
  }
  for (const note of new Set(chosen.flatMap((entry) => (entry.block.writerNote ? [entry.block.writerNote] : [])))) notes.push(note);
  const standards = [
    ...new Set(
      chosen.flatMap(({ block }) => {
        if (!block.text.trim() || !STATED_STANDARD_ELEMENTS.includes(block.element)) return [];
        return [block.namedTerm ? `what you do about ${block.namedTerm.name}` : ELEMENT_LABELS[block.element]];
      }),
    ),
  ];
  if (standards.length > 0) {
    notes.push(
      `Stated as your way of working, not counted in the records or taken from the practice library: ${standards.join('; ')}. Make sure each is what you do before submitting, or add it to the practice library with its owner, where it is recorded and when it was last checked.`,
    );
  }
  for (const candidate of chosen.filter((entry) => entry.block.element === 'council-co-production')) {
    notes.push(
      `Proposed offer, not from the records: the question asks what you would bring to co-production the Council leads, so the answer offers places for the people you support, paid and supported, and what your own groups find ("${candidate.block.text}"). Agree the offer, and what you would pay, with its owner before submitting.`,
    );
  }
  for (const candidate of chosen.filter((entry) => entry.block.element === 'example-gap')) {
    notes.push(
      `Proposed commitment, not from the records: the question asks for an example and neither the records for ${context.period} nor the practice library give one, so the answer says so and proposes how examples will be recorded ("${candidate.block.text}"). Replace it with a real example if you have one, or agree the commitment with its owner before submitting.`,
    );
  }
  for (const candidate of chosen.filter((entry) => entry.block.element === 'check-gap')) {
    notes.push(
      `Proposed commitment, not from the records: the question asks how this is checked and neither the records for ${context.period} nor the practice library show a check of it, so the answer says so and proposes one ("${candidate.block.text}"). Replace it with the check you already make if there is one, or agree the proposal with its owner before submitting.`,
    );
  }
  // A part said in its own words carries its own note (writerNote, above).
  for (const candidate of chosen.filter((entry) => entry.block.element === 'gap-commitment' && entry.block.writerNote === undefined)) {
    const label = askedTopicCues.find((entry) => entry.id === candidate.block.topic)?.label ?? candidate.block.topic;
    if (candidate.block.beyondRecords) {
      const part = candidate.block.forPart !== undefined ? parts[candidate.block.forPart]?.text : undefined;
      notes.push(
        `Proposed commitment, not from the records: the records and the practice library for ${context.period} show some of ${label}, but nothing on ${part ? `"${part}"` : 'one part of the question'}, so the answer proposes what will be added ("${candidate.block.text}"). Agree it with its owner before submitting, or replace it with what you already do and add that to the practice library.`,
      );
      continue;
    }
    notes.push(
      `Proposed commitment, not from the records: neither the records for ${context.period} nor the practice library show anything on ${label}, so the answer says so and proposes what will be put in place ("${candidate.block.text}"). Agree it with its owner before submitting, or replace it with what you do and add that to the practice library.`,
    );
  }
  // Every figure of an asked topic that the answer does not state is named for the writer.
  const coreQuoted = best!.fitted.coreEvidence ? context.ranked(best!.coreFigures, best!.excluded).chosen.map((entry) => entry.figure.id) : [];
  const quoted = new Set([...chosen.flatMap((candidate) => candidate.block.figureIds), ...coreQuoted]);
  for (const topic of [...askedTopics(context), ...actorTopics(context)]) {
    const ids = askedTopicCues.find((entry) => entry.id === topic.id)?.figures ?? [];
    for (const figure of context.figures.figures.filter((candidate) => ids.includes(candidate.catalogueId ?? candidate.id) && !quoted.has(candidate.id))) {
      const why = figure.value === null ? (figure.unavailableReason ?? 'no records to count') : 'the limit or the answer\'s plan left no room for it';
      notes.push(`${figure.label} (${figure.value === null ? 'unavailable' : describeFigure(figure).counted ?? describeFigure(figure).value}, ${context.period}) is not in this answer: ${why}.`);
    }
  }
  // A library entry that says "every" beside its own count of 7 of 8 contradicts itself in the reader's eyes.
  for (const entry of context.figures.declaredPractices ?? []) {
    const { measure } = entry;
    if (!measure || measure.count >= measure.of || !ALWAYS_WORDS.test(entry.text)) continue;
    if (!chosen.some((candidate) => quotesEntry(candidate.block.text, entry))) continue;
    notes.push(
      `Practice library entry ${entry.id} says it happens every time ("${entry.text.trim()}"), but its own count is ${measure.count} of ${measure.of} ${measure.label}: the answer states it as your standard and gives the count as how far it held. Reword the entry to what the count shows, or add why the rest were missed and what is being done, and import it again.`,
    );
  }
  const coverage = partCoverage(parts, chosen, best!.fitted.lines);
  coverage.forEach((part, index) => {
    if (part.answeredBy !== 'none') return;
    const couldHave = first.candidates.some((candidate) => blockAnswersLead(parts[index]!, candidate.block));
    notes.push(
      couldHave
        ? `Left out to stay within the limit: the part of the question that asks "${part.text}". A larger limit would let the answer cover it.`
        : `Not answered yet: the question asks "${part.text}", and neither the records for ${context.period} nor the practice library say anything about it. Write this part by hand, or add what you do to the practice library with its owner, where it is recorded and when it was last checked.`,
    );
  });
  if (limit && best!.fitted.words < limit.value * BUDGET_TARGET && best!.fitted.fits) {
    // What was held back because earlier answers of the bid gave it is said as the reason, not
    // "nothing more": the writer may prefer to repeat a figure here and cut it from an earlier answer.
    const givenEarlier = first.missing.some((gap) => gap.repeat);
    notes.push(
      givenEarlier
        ? `The answer uses ${best!.fitted.words} of ${limit.value} ${limit.kind}: the rest of what the records for ${context.period} hold on this question was given in earlier answers of this bid and is not repeated (see the notes on what was left out). Move a figure here from an earlier answer if this question needs it more, or add what you do to the practice library, with its owner, where it is recorded and when it was last checked.`
        : `The answer uses ${best!.fitted.words} of ${limit.value} ${limit.kind}: the records and the practice library for ${context.period} hold nothing more on what this question asks. Add what you do to the practice library, with its owner, where it is recorded and when it was last checked, to use the rest.`,
    );
  }
  for (const id of coreQuoted) memory.figures.set(id, (memory.figures.get(id) ?? 0) + 1);
  for (const candidate of chosen) {
    memory.elements.set(candidate.block.element, (memory.elements.get(candidate.block.element) ?? 0) + 1);
    for (const id of candidate.block.figureIds) memory.figures.set(id, (memory.figures.get(id) ?? 0) + 1);
    if (candidate.block.caseKey) memory.cases.add(candidate.block.caseKey);
    for (const id of candidate.block.exampleFigureIds ?? []) memory.cases.add(id);
    if (candidate.block.changeKey) for (const key of candidate.block.changeKey.split('||')) memory.changes.add(key);
    for (const sentence of sentencesOf(candidate.block.text)) memory.sentences.add(normalise(sentence));
  }
  const { core } = best!.fitted;
  // The core's assurance line states the sampling in full unless it was already brief.
  if (best!.fitted.lines.assurance.trim().length > 0 && !samplingStated) memory.figures.set(samplingId, (memory.figures.get(samplingId) ?? 0) + 1);
  for (const line of ['behaviour', 'ownersCadence', 'assurance'] as const) {
    const text = best!.fitted.lines[line].trim();
    if (text.length > 0) memory.coreLines.set(normalise(text), (memory.coreLines.get(normalise(text)) ?? 0) + 1);
  }
  return {
    lines: best!.fitted.lines,
    core: { behaviour: core.behaviour, ownersCadence: core.ownersCadence, evidence: core.evidence, assurance: core.assurance },
    level: best!.level,
    fits: best!.fitted.fits,
    covered: [
      ...chosen.map((candidate) => ({ topic: candidate.block.topic, element: candidate.block.element, figureIds: [...candidate.block.figureIds, ...(candidate.block.serviceFigureIds ?? []), ...(candidate.block.exampleFigureIds ?? [])] })),
      ...best!.alsoCovered.filter((entry) => chosen.some((candidate) => candidate.block.element === entry.by)).map(({ topic, element, figureIds }) => ({ topic, element, ...(figureIds ? { figureIds } : {}) })),
    ],
    missing: gaps,
    squeezed,
    notes,
    blocks: chosen.map((candidate) => candidate.block),
    parts: coverage,
  };
}
