/**
 * A scenario's plan for its person: the steps of data/story-steps.ts its story calls for, in the
 * order of when they happen (today, this week, before what the story is heading for, after), each
 * said of the person and the people around them. Read from the question only; no figure and no
 * number is involved.
 */
import { wholeWords } from '../question/read-question.js';
import { storySentences } from '../question/scenario-person.js';
import { storyFacts, type StoryFacts, type StoryPerson } from '../question/story-facts.js';
import { STEPS_FULL, STEPS_LEAST, STEPS_SHORTER, STORY_STEPS, type StepTime, type StoryParticular, type StoryStep } from './data/story-steps.js';

const TIME_ORDER: readonly StepTime[] = ['today', 'this-week', 'before', 'after'];

export interface StoryPlan {
  full: string;
  shorter: string;
  least: string;
  /** The steps of the fullest plan, by id, in the answer's order. */
  steps: string[];
}

const CUES = new Map(STORY_STEPS.map((step) => [step.id, step.cue === undefined ? undefined : wholeWords(step.cue, 'i')] as const));
const UNLESS = new Map(STORY_STEPS.map((step) => [step.id, step.unless === undefined ? undefined : wholeWords(step.unless, 'i')] as const));

/** The relative the story says holds a power of attorney or deputyship: named in the same sentence. */
function attorneyOf(facts: StoryFacts): StoryPerson | undefined {
  const sentence = storySentences(facts.text).find((entry) => /\battorney\b|\bdeputy\b|\bLPA\b/i.test(entry));
  return sentence ? facts.others.find((other) => other.family && sentence.includes(other.name)) : undefined;
}

function particularsOf(facts: StoryFacts): Map<StoryParticular, boolean> {
  const family = facts.others.filter((other) => other.family);
  return new Map<StoryParticular, boolean>([
    ['event', facts.event !== undefined],
    ['meeting', facts.eventIsMeeting],
    ['decision-by-others', facts.capacity === 'lacks' || (facts.event !== undefined && !facts.eventIsMeeting)],
    ['words', facts.words !== undefined],
    ['relative', family.length > 0],
    ['relative2', family.length > 1],
    ['knows', facts.others.some((other) => !other.family)],
    ['attorney', attorneyOf(facts) !== undefined],
    ['lacks', facts.capacity === 'lacks'],
    ['has', facts.capacity === 'has'],
    ['unknown-capacity', facts.capacity === undefined],
  ]);
}

function calledFor(step: StoryStep, facts: StoryFacts, particulars: ReadonlyMap<StoryParticular, boolean>): boolean {
  if (!step.needs.every((need) => particulars.get(need))) return false;
  const cue = CUES.get(step.id);
  if (cue && !cue.test(facts.text)) return false;
  return !UNLESS.get(step.id)?.test(facts.text);
}

/** "where he should live" is decided; "personal care" is something decisions are made about. */
function toDecide(decision: string | undefined): string {
  if (!decision) return 'make this decision';
  return /^(?:where|whether|what|how|who|when|if|to|about|on)\b/.test(decision) ? `decide ${decision}` : `make decisions about ${decision}`;
}

/**
 * The relative a step is about: the one named in the sentence its cue was found in ("Claire has
 * complained about late visits" is Claire's step, not her mother's, who cares for him), else the
 * first the story names.
 */
function familyFor(step: StoryStep, facts: StoryFacts): StoryPerson[] {
  const family = facts.others.filter((other) => other.family);
  const cue = CUES.get(step.id);
  if (!cue) return family;
  const sentence = storySentences(facts.text).find((entry) => cue.test(entry) && family.some((other) => entry.includes(other.name)));
  const named = sentence === undefined ? undefined : family.find((other) => sentence.includes(other.name));
  return named ? [named, ...family.filter((other) => other !== named)] : family;
}

function fill(step: StoryStep, facts: StoryFacts, attorney: StoryPerson | undefined): string {
  const wording = step.wording;
  const family = familyFor(step, facts);
  const values: Record<string, string> = {
    name: facts.given,
    his: facts.person.pronouns.possessive,
    him: facts.person.pronouns.object,
    event: facts.event ?? 'the decision',
    toDecide: toDecide(facts.decision),
    words: facts.words ?? '',
    relative: family[0]?.name ?? '',
    relativeHer: family[0]?.pronouns.object ?? 'them',
    relativeOf: family[0] ? (family[0].name.endsWith('s') ? `${family[0].name}'` : `${family[0].name}'s`) : '',
    relative2: family[1]?.name ?? '',
    knows: facts.others.find((other) => !other.family)?.name ?? '',
    attorney: attorney?.name ?? '',
  };
  const filled = wording.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** A step set off by nothing in particular (recording and reviewing): every story gets it. */
function everyStoryGets(step: StoryStep): boolean {
  return step.cue === undefined && step.needs.length === 0;
}

/**
 * The steps a story calls for. The shorter plans keep the steps its particulars set off before
 * the ones every story gets (recording and reviewing), then follow the time order again.
 */
export function storyPlan(question: string): StoryPlan | undefined {
  const facts = storyFacts(question);
  if (!facts) return undefined;
  const particulars = particularsOf(facts);
  const cued = STORY_STEPS.filter((step) => calledFor(step, facts, particulars));
  const called = cued.filter((step) => !step.notWith?.some((id) => cued.some((other) => other.id === id)));
  // Only the general step: nothing in the story to plan for.
  if (called.every(everyStoryGets)) return undefined;
  const telling = [...called].sort((a, b) => Number(everyStoryGets(a)) - Number(everyStoryGets(b)));
  const inTime = (steps: readonly StoryStep[]) => [...steps].sort((a, b) => TIME_ORDER.indexOf(a.when) - TIME_ORDER.indexOf(b.when) || STORY_STEPS.indexOf(a) - STORY_STEPS.indexOf(b));
  // Each step is said once, whichever of the three plans it goes into.
  const attorney = attorneyOf(facts);
  const wording = new Map(telling.map((step) => [step, fill(step, facts, attorney)] as const));
  const said = (count: number) => inTime(telling.slice(0, count)).map((step) => wording.get(step)!);
  const full = inTime(telling.slice(0, STEPS_FULL));
  return {
    full: said(STEPS_FULL).join(' '),
    shorter: said(STEPS_SHORTER).join(' '),
    least: said(STEPS_LEAST).join(' '),
    steps: full.map((step) => step.id),
  };
}
