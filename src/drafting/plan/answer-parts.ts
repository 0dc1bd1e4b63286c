/**
 * The parts of a question (question/question-parts.ts) held against an answer's blocks: which
 * block answers which part, so the answer takes the parts in the question's order; for a part
 * no block answers, the practice library entries whose own words are about it; and, for a part
 * nothing answers, a note naming it in the question's words rather than silence.
 */
import type { DeclaredPractice } from '../../evidence/evidence-pack-schema.js';
import { ASKED_TOPIC_IDS, type AskedTopicId, type QuestionAskId } from '../data/question-cues.js';
import { CHECK_GAPS } from './data/gap-commitments.js';
import { CHANGE_EXAMPLE, CHECK_ASK, FIGURES_ASK, SERVICE_CHANGE_ASK, TIME_ASK, TIME_GIVEN, TOKENISM_ASK } from '../data/part-words.js';
import { CUED_ELEMENTS, ELEMENT_STRUCTURE, TOPIC_ELEMENTS, type CuedElement, type ElementId } from './data/topic-elements.js';
import type { DraftingContext } from '../drafting-context.js';
import { actorTopicsOf, termsOf, type QuestionPart } from '../question/question-parts.js';
import { wholeWords } from '../question/read-question.js';
import { namesTerm } from '../question/named-terms.js';
import { declaredEntries, declaredSentence, writtenBefore, quotesEntry } from './declared-blocks.js';
import { entriesBlock, type BidMemory, type Block } from './topic-blocks.js';

export type PartAnswer = 'records' | 'library' | 'commitment' | 'none';

/** Subject words an entry must share with a part to be quoted as its answer. */
const LIBRARY_MATCH = 2;

/** At most this many library entries answer one part: the part is answered, not the library recited. */
const ENTRIES_PER_PART = 2;

/** Subject words a block or entry must share with a part to be about it: two, or the part's only one. */
function needed(part: QuestionPart): number {
  return Math.min(2, part.terms.length);
}

function shared(part: QuestionPart, terms: ReadonlySet<string>): number {
  return part.terms.filter((term) => terms.has(term)).length;
}


/** Each cued element with whether a text asks for it: its cue found as whole words, and none of its `unless` words. */
export const CUED_PATTERNS: readonly { cued: CuedElement; fires: (text: string) => boolean }[] = CUED_ELEMENTS.map((cued) => {
  const cue = wholeWords(cued.cue, 'i');
  const unless = cued.unless === undefined ? undefined : wholeWords(cued.unless, 'i');
  return { cued, fires: (text: string) => cue.test(text) && !unless?.test(text) };
});

/** Elements a part's own words ask for (data/topic-elements.ts CUED_ELEMENTS), whatever topic it names. */
function cuedElementsOf(part: QuestionPart): ElementId[] {
  return CUED_PATTERNS.filter(({ fires }) => fires(part.text)).map(({ cued }) => cued.element);
}

/**
 * Whether a part's own words ask for what a block says: the element its words cue, or the term
 * it names ("where a person does not want a relative told" asks what is done when the person
 * keeps their family out, however many words it shares with how differing views are settled).
 */
export function askedInWords(part: QuestionPart, block: Pick<Block, 'element' | 'namedTerm'>): boolean {
  if (block.namedTerm !== undefined) return namesTerm(block.namedTerm, part.text);
  return block.element !== undefined && cuedElementsOf(part).includes(block.element);
}

/**
 * Whether a block plainly answers the lettered part it is placed with: the part's own words ask
 * for it, or it is on the part's subject and shares its words. An answer is labelled with the
 * question's letters only when every letter opens with such a block; a letter over a paragraph
 * that does not answer it reads worse than no letter.
 */
export function answersLetter(part: QuestionPart, block: Pick<Block, 'topic' | 'text'> & { element?: ElementId }): boolean {
  if (block.element !== undefined && askedInWords(part, { element: block.element })) return true;
  const common = shared(part, termsOf(block.text));
  return (part.lead === block.topic && common >= 1) || common >= 2;
}

/**
 * Elements that propose what will be put in place, by whom and when: they answer a part asking
 * for plans and timescales, and a part they answer is answered by a commitment.
 */
export const COMMITMENT_ELEMENTS: readonly ElementId[] = ['rollout-plan', 'gap-commitment', 'example-gap', 'check-gap'];

/** Elements that answer what a part asks for, whatever its subject. */
const ANSWERS_TO_ASK: Readonly<Partial<Record<QuestionAskId, readonly ElementId[]>>> = {
  'what-changed': ['learning-from-feedback', 'you-said-we-did', 're-audit'],
  // An honest "no recorded example yet, and how we will record them" answers an ask for one.
  examples: ['human-example', 'logged-examples', 'learning-from-feedback', 'you-said-we-did', 'example-gap'],
};

/** Elements that tell what happened, as an example does. */
export const EXAMPLE_ELEMENTS: readonly ElementId[] = (ANSWERS_TO_ASK.examples ?? []).filter((element) => element !== 'example-gap');

/**
 * "Give an example of something an advocate changed" is answered by an example, not by more about
 * advocacy, nor by a practice library entry: an entry says what is done routinely, not what
 * happened for one person; nor by a log entry, which says what happened, not what changed.
 */
function notTheExample(part: QuestionPart, block: { element?: ElementId }): boolean {
  if (part.asksExample && block.element === 'logged-examples' && CHANGE_EXAMPLE.test(part.text)) return true;
  if (part.asksExample && block.element === 'human-example' && SERVICE_CHANGE_ASK.test(part.text)) return true;
  return part.asksExample && block.element !== undefined && !(ANSWERS_TO_ASK.examples ?? []).includes(block.element);
}

/** "How quickly do you respond" is answered by a time, not by more on how complaints are made: false only for a part asking how quickly and a text giving no time. */
export function givesTimeAsked(part: Pick<QuestionPart, 'text'>, text: string): boolean {
  return !TIME_ASK.test(part.text) || TIME_GIVEN.test(text);
}

/**
 * Whether a block answers a part: it is on a topic the part names, it is what the part asks for
 * ("what changed as a result" → a verified change; "how do you check" → a block that carries
 * assurance), or its words are about the part's subject.
 */
export function blockAnswers(part: QuestionPart, block: Pick<Block, 'topic' | 'text'> & { element?: ElementId }): boolean {
  // "Where this is not yet in place, your plans and timescales" is answered by a plan, not by more of what is in place.
  if (part.asks.includes('roll-out')) return COMMITMENT_ELEMENTS.includes(block.element as ElementId) && block.text.trim().length > 0;
  // A plan for the services without a practice says nothing of how the practice works.
  if (block.element === 'rollout-plan') return false;
  if (notTheExample(part, block)) return false;
  if (!givesTimeAsked(part, block.text)) return false;
  if (part.topics.includes(block.topic)) return true;
  if (block.element && block.text.trim().length > 0) {
    // "… and what you learned": the part's own words ask for the element a cue names.
    if (cuedElementsOf(part).includes(block.element)) return true;
    if (part.asks.some((ask) => ANSWERS_TO_ASK[ask]?.includes(block.element!))) return true;
    if (part.asks.includes('how-do-you-know') && (ELEMENT_STRUCTURE[block.element] ?? []).includes('assurance')) return true;
  }
  // An example (what happened for one person, a referral from the log, a change made from feedback)
  // answers a part on its topic or one asking for an example, not a part it shares a few words with
  // ("when a relative asks for information the person has not agreed to share" is not answered by a
  // person who wanted to make their own breakfast).
  if (!part.asksExample && EXAMPLE_ELEMENTS.includes(block.element as ElementId)) return false;
  return part.terms.length > 0 && shared(part, termsOf(block.text)) >= needed(part);
}

/**
 * Whether a block answers what a part is mostly about. A part with a lead topic ("What training
 * do staff receive on the Mental Capacity Act?") is answered by a block on that topic, or one
 * writing an element of it, or what its words ask for; a block on capacity alone leaves the
 * training unanswered, however many words the two share.
 */
export function blockAnswersLead(part: QuestionPart, block: Pick<Block, 'topic' | 'text'> & { element?: ElementId }): boolean {
  if (!part.lead || part.asks.includes('roll-out') || block.element === 'rollout-plan') return blockAnswers(part, block);
  if (block.text.trim().length === 0 || notTheExample(part, block) || !givesTimeAsked(part, block.text)) return false;
  if (block.topic === part.lead) return true;
  const elements = TOPIC_ELEMENTS[part.lead];
  if (block.element && (elements.required.includes(block.element) || elements.optional.includes(block.element)) && block.element !== 'declared-practices') return true;
  return blockAnswers({ ...part, topics: [], terms: [] }, block);
}

/** Whether a part asks how something is checked, not only for evidence that it happens. */
export function asksForCheck(part: QuestionPart): boolean {
  return CHECK_ASK.test(part.text) && (part.asks.includes('how-do-you-know') || TOKENISM_ASK.test(part.text));
}

/**
 * Whether a block answers a part as the part asks: "how do you check the quality of capacity
 * assessments?" is answered by a block that checks (or proposes a check), not by more of the
 * practice being checked. "Evidence of how often this happens" is answered by the figures.
 */
export function answersPart(part: QuestionPart, block: Pick<Block, 'topic' | 'text'> & { element?: ElementId }): boolean {
  if (!blockAnswersLead(part, block)) return false;
  if (!asksForCheck(part) || block.element === undefined) return true;
  if (block.element === 'check-gap') return true;
  if (!(ELEMENT_STRUCTURE[block.element] ?? []).includes('assurance')) return false;
  // A subject with a check of its own (capacity assessments are audited, not just sampled) is
  // answered by a check on that subject; the general case sampling answers the rest.
  return !part.lead || CHECK_GAPS[part.lead] === undefined || block.topic === part.lead;
}

/** The first part a block answers, or the number of parts when it answers none (it goes last). */
export function partIndexOf(questionParts: readonly QuestionPart[], block: Pick<Block, 'topic' | 'text' | 'element' | 'forPart'> & Partial<Pick<Block, 'figureIds'>>): number {
  // A block goes with the part whose subject it is about when that part asks how it is done as
  // well as for an example ("How do you work with representatives? Give an example." is one
  // part); a part that only asks for an example ("Give an example of …") takes the example first.
  // The person a scenario is about, and what they want, open the answer above every part: the
  // line answers none of them.
  if (block.element === 'scenario-person') return questionParts.length;
  // A block written for one part stands with it.
  if (block.forPart !== undefined && block.forPart < questionParts.length) return block.forPart;
  // The steps for the person open an answer whose parts have no labels; under lettered parts they
  // go with the part they answer, so every paragraph stands under a letter.
  if (block.element === 'story-steps' && !questionParts.some((part) => part.label !== undefined)) return questionParts.length;
  const parts = questionParts.map((part) => (part.asks.includes('approach') ? { ...part, asksExample: false } : part));
  // The part whose own words ask for this element ("when a relative's views differ") takes it
  // before an earlier part that only names its topic.
  // Under lettered parts the letter asking for it takes it before the lead-in above the letters ("How
  // will you show the Council …? (1) the measures you will report"): what is marked is the letter.
  const askedBy = parts.flatMap((part, index) => (cuedElementsOf(part).includes(block.element) && blockAnswers(part, block) ? [index] : []));
  const asked = askedBy.find((index) => parts[index]!.label !== undefined) ?? askedBy[0];
  // A referral or disagreement told from the logs, or a change made from feedback, is an example:
  // it goes with the part asking for one, not with an earlier part that only shares its topic; nor
  // with the lead-in above the letters that names it ("… and how you learn from them. (d) one
  // example of a change that came from a complaint"): the letter is what is marked.
  const isExample = EXAMPLE_ELEMENTS.includes(block.element as ElementId);
  const exampled = isExample ? parts.findIndex((part) => part.asksExample && blockAnswers(part, block)) : -1;
  if (asked !== undefined && (parts[asked]!.label !== undefined || exampled < 0 || parts[exampled]!.label === undefined)) return asked;
  if (exampled >= 0) return exampled;
  // Counts on a letter's subject go with the letter asking for figures ("(d) the number of referrals
  // by type and the average time to first contact"), not with an earlier one sharing their words.
  const counted = block.figureIds !== undefined && block.figureIds.length > 0 && !isExample
    ? parts.findIndex((part) => part.label !== undefined && FIGURES_ASK.test(part.text) && !part.asks.includes('roll-out') && part.lead === block.topic)
    : -1;
  if (counted >= 0) return counted;
  const index = parts.findIndex((part) => blockAnswers(part, block));
  // "Describe how you run reviews. Include: (a) how often … (b) how much notice …": the lettered
  // parts are what is marked, so a block goes with the letter it answers (the one about its
  // topic first) rather than with the sentence that introduces them.
  if (index >= 0 && parts.some((part) => part.label !== undefined)) {
    // Of the letters it answers, the one about its topic whose words it shares most, the share
    // taken against the letter's length so a long letter does not win on length alone (a block
    // on meeting length goes with "how you decide the length of a meeting", a representative's
    // visits with the letter on deprivation of liberty).
    const words = termsOf(block.text);
    const answering = parts.map((part, at) => ({ part, at })).filter(({ part }) => part.label !== undefined && blockAnswers(part, block));
    const lettered = answering
      .filter(({ part }) => !namesOnlyWhatLeadIsAbout(part, block))
      .map(({ part, at }) => ({ at, score: Number(part.lead === block.topic) + shared(part, words) / Math.sqrt(Math.max(1, part.terms.length)) }))
      .sort((a, b) => b.score - a.score || a.at - b.at);
    if (lettered[0]) return lettered[0].at;
    // Answering only letters that name its topic as what their training or audit covers, it goes
    // after the letters rather than under one it does not answer.
    if (answering.length > 0) return parts.length;
  }
  return index < 0 ? parts.length : index;
}

/**
 * Leads whose part names other topics as what they are about: "the training staff receive on
 * advocacy, the MCA and working with families" asks about training, and "assurance about the
 * quality of involvement and planning" about governance. The other topics' blocks do not answer it.
 */
const LEADS_ABOUT_OTHERS: ReadonlySet<AskedTopicId> = new Set(['training', 'governance']);

/**
 * Whether a part with such a lead shares only its named subjects with a block that does not answer
 * the lead itself. A check on one of them (an audit of capacity assessments) is assurance.
 */
function namesOnlyWhatLeadIsAbout(part: QuestionPart, block: Pick<Block, 'topic' | 'text'> & { element?: ElementId }): boolean {
  if (part.lead === undefined || !LEADS_ABOUT_OTHERS.has(part.lead) || blockAnswersLead(part, block)) return false;
  return !(part.lead === 'governance' && block.element !== undefined && (ELEMENT_STRUCTURE[block.element] ?? []).includes('assurance'));
}

const isAskedTopic = (topic: string): topic is AskedTopicId => (ASKED_TOPIC_IDS as readonly string[]).includes(topic);

/**
 * Library entries whose words are about a part no block answers, best match first. Entries an
 * earlier answer of the bid quoted, or a block of this answer already quotes, are not offered.
 */
export function libraryEntriesFor(context: DraftingContext, part: QuestionPart, memory: BidMemory, quotedHere: readonly string[]): DeclaredPractice[] {
  if (part.terms.length === 0) return [];
  const usable = ASKED_TOPIC_IDS.flatMap((topic) => declaredEntries(context, topic).usable);
  const fresh = (entry: DeclaredPractice) =>
    !writtenBefore(entry, memory.sentences) && !quotedHere.some((text) => quotesEntry(text, entry));
  // The provider filed an entry under the topic the part is about: it answers the part whatever
  // its words, even when an earlier answer quoted it (the part would otherwise go unanswered).
  const onLead = (entry: DeclaredPractice) => part.lead !== undefined && entry.topic === part.lead;
  // An entry the provider filed under a topic the question does not ask about is not its answer,
  // however many words they share: a carers' first-visit question is not how consent to share
  // information is recorded. A part whose subject was not read keeps matching on words alone.
  // People the question only lists as taking part ("who you involve (the person, unpaid carers, …)")
  // are not its subject: entries about supporting carers do not answer it.
  const actors = new Set<string>(context.analysis ? actorTopicsOf(context.analysis).map(({ topic }) => topic.id) : []);
  const asked = new Set<string>((context.analysis?.topics ?? []).map((topic) => topic.id).filter((topic) => !actors.has(topic)));
  const onQuestion = (entry: DeclaredPractice) => (part.lead === undefined && !actors.has(entry.topic)) || asked.has(entry.topic) || onLead(entry);
  return usable
    .filter((entry) => isAskedTopic(entry.topic) && onQuestion(entry) && !quotedHere.some((text) => quotesEntry(text, entry)) && (onLead(entry) || fresh(entry)))
    .map((entry) => ({ entry, score: shared(part, termsOf(`${entry.text} ${entry.measure?.label ?? ''}`)) + (onLead(entry) ? LIBRARY_MATCH : 0) }))
    // One shared word is too little to quote an entry as the answer: a part about a mental-health
    // crisis shares "capacity" with a learning-disability service's audit.
    .filter(({ score }) => score >= LIBRARY_MATCH)
    .sort((a, b) => b.score - a.score || Number(Boolean(b.entry.measure)) - Number(Boolean(a.entry.measure)) || a.entry.id.localeCompare(b.entry.id))
    // Filed under what the part is about, the best entry answers it whatever its words; a second
    // must share a word with it too ("how you involve an advocate" is not a representative's visit log).
    .filter(({ entry, score }, index) => index === 0 || !onLead(entry) || score > LIBRARY_MATCH)
    .slice(0, ENTRIES_PER_PART)
    .map(({ entry }) => entry);
}

/** A block quoting library entries for one part of the question. */
export function libraryBlock(entries: readonly DeclaredPractice[], again: number): Block {
  return entriesBlock(entries[0]!.topic as AskedTopicId, entries, again);
}
