/**
 * A scenario's plan for its person: the steps of data/story-steps.ts its story calls for, in the
 * order of when they happen (today, this week, before what the story is heading for, after), each
 * said of the person and the people around them. Read from the question only; no figure and no
 * number is involved.
 */
import { extractClaims } from '../../claims/extract-claims.js';
import { questionParts, termsOf, type QuestionPart } from '../question/question-parts.js';
import { wholeWords } from '../question/read-question.js';
import { escapeRegExp, joinList } from '../../shared/english-text.js';
import { storySentences } from '../question/scenario-person.js';
import { storyFacts, type ProfessionalRole, type StoryFacts, type StoryPerson, type StoryRequest } from '../question/story-facts.js';
import { COMMUNICATION_MEANS, DECISIONS_IN_STORY, DECISIONS_SAID, MEANS_SAID, MONEY_TAKEN, PREFERRED_LANGUAGE, RELAPSE_SIGNS, REQUEST_HEARD, REQUEST_REPLIES, REQUESTS_SAID, STEPS_FULL, STEPS_LEAST, STEPS_SHORTER, STORY_STEPS, type DecisionInStory, type StepTime, type StoryParticular, type StoryStep } from './data/story-steps.js';

const TIME_ORDER: readonly StepTime[] = ['today', 'this-week', 'before', 'after'];

export interface StoryPlan {
  full: string;
  shorter: string;
  least: string;
  /** The steps of the fullest plan, by id, in the answer's order. */
  steps: string[];
}

const CUES = new Map(STORY_STEPS.map((step) => [step.id, step.cue === undefined ? undefined : wholeWords(step.cue, 'iu')] as const));
const UNLESS = new Map(STORY_STEPS.map((step) => [step.id, step.unless === undefined ? undefined : wholeWords(step.unless, 'iu')] as const));
const WITHIN = new Map(STORY_STEPS.map((step) => [step.id, step.within === undefined ? undefined : wholeWords(step.within, 'iu')] as const));
/** Signs that someone has the person's money: said in a sentence naming who holds the power over it, they point at them. */
const MONEY_TAKEN_SIGNS = wholeWords(MONEY_TAKEN, 'iu');
const REPLY_CUES = new Map(REQUEST_REPLIES.map((reply) => [reply.id, wholeWords(reply.cue, 'iu')] as const));

/** A power over money alone: an attorney or deputy for property and affairs, or an appointee for benefits. */
const FINANCE_POWER = /property and (?:financial )?affairs|financial affairs|\bappointee(?:ship)?\b/i;
/** An appointee manages benefits for the Department for Work and Pensions: no power over savings, and no Court or Public Guardian over them. */
const APPOINTEE = /\bappointee(?:ship)?\b/i;
const WELFARE_POWER = /health and welfare|personal welfare/i;
/** "There is no Health and Welfare Lasting Power of Attorney": a power the story says nobody holds. */
const NO_WELFARE_POWER = /\b(?:there is no|there['’]s no|no one holds (?:a|an)|nobody holds (?:a|an)|(?:does|do) not (?:hold|have) (?:a|an)|(?:doesn['’]t|don['’]t) (?:hold|have) (?:a|an)|without (?:a|an)|but no|and no) (?:registered )?(?:lasting )?(?:power of attorney for |LPA for )?(?:health and welfare|personal welfare)[^.;]*/giu;
/** A sentence saying someone holds a power, not one asking about it ("the limits of a deputy's authority"). */
const HOLDS_POWER = /\b(?:holds?|held|appointed|nam(?:ed|ing) (?:[\p{L}'’]+ ){0,3}as (?:sole |joint )?(?:attorney|deputy)|has (?:a |an )?(?:registered )?(?:lasting )?(?:power|LPA)|(?:is|acts as) (?:his|her|their|\p{Lu}\p{Ll}+['’]s) (?:[\p{L}-]+ ){0,4}(?:attorney|deputy|appointee))\b/iu;
/** A sentence asking the bidder something ("(a) How your staff would check what authority Gary holds"), not telling the story. */
const ASKS_THE_BIDDER = /^\s*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:how|what|whether|why|when|who|which|explain|describe|set out|outline|please|tell us)\b/i;
/** The story's sentences saying someone holds a power ("Susan holds a Lasting Power of Attorney"), not a part asking about one. */
function powerSentences(facts: StoryFacts): string[] {
  return storySentences(facts.text).filter((entry) => HOLDS_POWER.test(entry) && !ASKS_THE_BIDDER.test(entry));
}

const MEANS = COMMUNICATION_MEANS.map((entry) => ({ pattern: wholeWords(entry.cue, 'iu'), said: entry.said }));

/** The ways of communicating the story names, said in a list: "Makaton signs, objects of reference and gesture". */
function meansOf(facts: StoryFacts): string {
  const named = MEANS.filter((entry) => entry.pattern.test(facts.text)).map((entry) => entry.said);
  const listed = named.length === 0 ? ['the device, symbols or objects of reference {name} uses'] : named.slice(0, MEANS_SAID);
  // A way of communicating may name the person ("the device or app {name} uses", "{his} communication book").
  return joinList(listed).replace(/\{name\}/g, facts.given).replace(/\{his\}/g, facts.person.pronouns.possessive);
}

/** A relative the story names in a sentence: by name, or, known only by role ("his father"), by that role ("Daniel's father"). */
export function namedIn(sentence: string, other: StoryPerson): boolean {
  if (sentence.includes(other.name)) return true;
  return other.name.endsWith(` ${other.role}`) && new RegExp(String.raw`\b${escapeRegExp(other.role)}\b`, 'i').test(sentence);
}

/**
 * The relative the story says holds a power of attorney or deputyship: named in the same sentence.
 * A power over money alone ("a Lasting Power of Attorney for Property and Financial Affairs") gives
 * no say over care, and is read apart from one that does.
 */
function attorneyOf(facts: StoryFacts, kind: 'care' | 'finance'): StoryPerson | undefined {
  // The title ("a deputy's authority and contact with family") names the power, not who holds it.
  for (const sentence of powerSentences(facts).filter((entry) => /\battorney\b|\bdeputy\b|\bLPA\b|\bappointee\b/i.test(entry))) {
    const financeOnly = FINANCE_POWER.test(sentence) && !WELFARE_POWER.test(sentence.replace(NO_WELFARE_POWER, ''));
    if (financeOnly !== (kind === 'finance')) continue;
    const holder = facts.others.find((other) => other.family && namedIn(sentence, other));
    if (holder) return holder;
  }
  return undefined;
}

/** What kind of power over money the story gives: "his appointee" manages benefits only. */
function financePower(facts: StoryFacts): 'deputy' | 'appointee' | 'attorney' {
  const sentence = storySentences(facts.text).find((entry) => FINANCE_POWER.test(entry)) ?? '';
  return /\bdeputy(?:ship)?\b/i.test(sentence) ? 'deputy' : APPOINTEE.test(sentence) ? 'appointee' : 'attorney';
}

/** The relative the story names as nearest relative under the Mental Health Act: named in the same sentence. */
function nearestRelativeOf(facts: StoryFacts): StoryPerson | undefined {
  for (const sentence of storySentences(facts.text).filter((entry) => /\bnearest relative\b/i.test(entry))) {
    const relative = facts.others.find((other) => other.family && namedIn(sentence, other));
    if (relative) return relative;
  }
  return undefined;
}

/** Requests an answer can repeat: one holding a number ("two staff") would read as a claim of ours. */
function sayableRequests(facts: StoryFacts): StoryRequest[] {
  return facts.requests.filter((request) => extractClaims(request.text).length === 0);
}

function particularsOf(facts: StoryFacts): Map<StoryParticular, boolean> {
  const family = facts.others.filter((other) => other.family && !other.child);
  const financeHolder = attorneyOf(facts, 'finance');
  return new Map<StoryParticular, boolean>([
    ['event', facts.event !== undefined],
    ['meeting', facts.eventIsMeeting],
    ['decision-by-others', facts.capacity === 'lacks' || (facts.event !== undefined && !facts.eventIsMeeting)],
    ['words', facts.words !== undefined],
    ['relative', family.length > 0],
    ['relative2', family.length > 1],
    ['knows', facts.others.some((other) => !other.family)],
    ['attorney', attorneyOf(facts, 'care') !== undefined],
    // An appointee is told nothing about gifts or the Public Guardian: those are for an attorney or deputy.
    ['finance-attorney', financeHolder !== undefined && financePower(facts) !== 'appointee'],
    ['finance-attorney-suspected', financeHolder !== undefined && storySentences(facts.text).some((sentence) => namedIn(sentence, financeHolder) && MONEY_TAKEN_SIGNS.test(sentence))],
    ['lacks', facts.capacity === 'lacks'],
    ['has', facts.capacity === 'has'],
    ['unknown-capacity', facts.capacity === undefined],
    ['requests', sayableRequests(facts).length > 0],
    ['nearest-relative', nearestRelativeOf(facts) !== undefined],
  ]);
}

function calledFor(step: StoryStep, facts: StoryFacts, particulars: ReadonlyMap<StoryParticular, boolean>): boolean {
  if (!step.needs.every((need) => particulars.get(need))) return false;
  const cue = CUES.get(step.id);
  if (cue && !cue.test(facts.text)) return false;
  if (cue && step.cueInStory && !ownSentences(facts).some((sentence) => cue.test(sentence))) return false;
  if (cue && step.cueNamesRelative && !storySentences(facts.text).some((sentence) => relativeBeforeCue(sentence, cue, adultFamily(facts)))) return false;
  if (WITHIN.get(step.id)?.test(facts.text) === false) return false;
  return !UNLESS.get(step.id)?.test(facts.text);
}

/** "where he should live" is decided; "personal care" is something decisions are made about. */
function toDecide(decision: string | undefined): string {
  if (!decision) return 'make this decision';
  return /^(?:where|whether|what|how|who|when|if|to|about|on)\b/.test(decision) ? `decide ${decision}` : `make decisions about ${decision}`;
}

/** Several decisions are each assessed on their own: "decide whether to accept help with personal care, and separately where to live". */
function toDecideEach(decisions: readonly DecisionInStory[], pronoun: string): string {
  const said = decisions.map((entry) => entry.said.replace(/\{his\}/g, pronoun));
  if (said.length <= 1) return toDecide(said[0]);
  return `decide ${said.slice(0, -1).join(', ')}, and separately ${said.at(-1)}`;
}

const DECISION_CUES = DECISIONS_IN_STORY.map((entry) => ({ entry, cue: wholeWords(entry.cue, 'iu') }));

/**
 * The decisions the story's own sentences put in question, in the order it raises them, where it
 * names none: a refusal of care, a wish to stop medication, a care home, a bank card.
 */
function decisionsInStory(facts: StoryFacts): DecisionInStory[] {
  return foundInOrder(facts, DECISION_CUES).slice(0, DECISIONS_SAID);
}

/** The story's own sentences, not the parts asking the bidder ("if he is placed on a CTO"). */
function ownSentences(facts: StoryFacts): string[] {
  return storySentences(facts.text).filter((sentence) => !ASKS_THE_BIDDER.test(sentence));
}

/** The entries whose cue the story's own sentences use, in the order the story raises them. */
function foundInOrder<T>(facts: StoryFacts, cues: readonly { entry: T; cue: RegExp }[]): T[] {
  const story = ownSentences(facts).join(' ');
  return cues
    .map(({ entry, cue }) => ({ entry, at: story.search(cue) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => entry);
}

/** "His daughter lives abroad": the cue says something of a relative named before it, not of the person ("he lives in Leeds near his son"). */
function relativeBeforeCue(sentence: string, cue: RegExp, family: readonly StoryPerson[]): boolean {
  const every = new RegExp(cue.source, `${cue.flags}g`);
  return [...sentence.matchAll(every)].some((match) => family.some((other) => namedIn(sentence.slice(0, match.index), other)));
}

const adultFamily = (facts: StoryFacts) => facts.others.filter((other) => other.family && !other.child);

/**
 * The relative a step is about: the one named in the sentence its cue was found in ("Claire has
 * complained about late visits" is Claire's step, not her mother's, who cares for him), else the
 * first the story names.
 */
function familyFor(step: StoryStep, facts: StoryFacts): StoryPerson[] {
  const family = adultFamily(facts);
  const cue = CUES.get(step.id);
  if (!cue) return family;
  const sentence = storySentences(facts.text).find((entry) => cue.test(entry) && family.some((other) => namedIn(entry, other)));
  const named = sentence === undefined ? undefined : family.find((other) => namedIn(sentence, other));
  return named ? [named, ...family.filter((other) => other !== named)] : family;
}

const possessiveOf = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

function fillIn(wording: string, values: Readonly<Record<string, string>>): string {
  const filled = wording.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/**
 * Our reply to each request a relative made (REQUEST_REPLIES): "The Registered Manager replies to
 * Janet that week. Before each meeting the key worker asks Daniel whom to invite, …". A reply is
 * said once; a request no reply fits is said as the story words it, heard and recorded
 * (REQUEST_HEARD).
 */
function requestsAnswered(facts: StoryFacts, attorney: StoryPerson | undefined, base: Readonly<Record<string, string>>): string[] {
  const replied = new Set<string>();
  const said: string[] = [];
  for (const request of sayableRequests(facts).slice(0, REQUESTS_SAID)) {
    const by = request.by;
    const values = { ...base, relative: by.name, relativeHer: by.pronouns.object, relativeHis: by.pronouns.possessive, relativeOf: possessiveOf(by.name) };
    const replies = REQUEST_REPLIES.filter((reply) => !replied.has(reply.id) && !(reply.notForAttorney && attorney === by) && REPLY_CUES.get(reply.id)!.test(request.text))
      .map((reply) => ({ reply, at: request.text.search(REPLY_CUES.get(reply.id)!) }))
      .filter(({ reply }, _, all) => !all.some(({ reply: other }) => other.replaces?.includes(reply.id)))
      .sort((a, b) => a.at - b.at)
      .slice(0, 2);
    for (const { reply } of replies) replied.add(reply.id);
    const answer = (replies.length > 0 ? replies.map(({ reply }) => reply.wording) : [REQUEST_HEARD]).map((wording) => fillIn(wording, values));
    // A reply that fits says what was asked in its own words ("not to lock Margaret in, whoever
    // asks"): the request said back as well reads as the question pasted in. A request no reply
    // fits is said, inside a sentence with who answers it and when: standing alone it reads to the
    // checker (and to a reader) as a claim of ours with no owner.
    const opening = replies.length > 0 ? `The Registered Manager replies to ${by.name} that week.` : `The Registered Manager replies that week to ${by.name}, who ${request.asked}.`;
    said.push([opening, ...answer].join(' '));
  }
  return said;
}

/** Under lettered parts each request is its own step, so it can stand with the part about it: "relative-requests:1". */
const REQUEST_STEP = 'relative-requests';

function fill(step: StoryStep, facts: StoryFacts, attorney: StoryPerson | undefined, request?: number, again = 0): string {
  const wording = again > 0 && step.alsoWorded?.length ? step.alsoWorded[(again - 1) % step.alsoWorded.length]! : step.wording;
  const family = familyFor(step, facts);
  const nearest = nearestRelativeOf(facts);
  const professionals = professionalValues(facts);
  const inStory = facts.decision ? [] : decisionsInStory(facts);
  const careDeputy = attorney !== undefined && powerSentences(facts).some((entry) => namedIn(entry, attorney) && /\bdeputy\b/i.test(entry));
  const financeHolder = attorneyOf(facts, 'finance');
  const power = financePower(facts);
  const values: Record<string, string> = {
    name: facts.given,
    his: facts.person.pronouns.possessive,
    him: facts.person.pronouns.object,
    // Only before a verb that reads the same after "they" ("what she said").
    he: facts.person.pronouns.subject,
    event: facts.event ?? 'the decision',
    toDecide: facts.decision ? toDecide(facts.decision) : toDecideEach(inStory, facts.person.pronouns.possessive),
    words: facts.words ?? '',
    relative: family[0]?.name ?? '',
    relativeHer: family[0]?.pronouns.object ?? 'them',
    relativeHis: family[0]?.pronouns.possessive ?? 'their',
    relativeOf: family[0] ? possessiveOf(family[0].name) : '',
    relative2: family[1]?.name ?? '',
    knows: facts.others.find((other) => !other.family)?.name ?? '',
    attorney: attorney?.name ?? '',
    financeHolder: financeHolder?.name ?? '',
    carePower: careDeputy ? 'deputyship order' : 'registered power of attorney',
    attorneyRole: careDeputy ? 'a deputy' : 'an attorney',
    finance: { deputy: 'property and affairs deputy', appointee: 'appointee for benefits', attorney: 'property and financial affairs attorney' }[power],
    financeLimit:
      power === 'appointee'
        ? `an appointee may spend the benefits only on ${facts.given}'s needs and must account for them to the Department for Work and Pensions`
        : `the power covers only ${facts.given}'s money, to be used in ${facts.person.pronouns.possessive} best interests`,
    holderReported: holderReported(facts, financeHolder, power),
    imcaForEnquiry:
      facts.capacity === 'has'
        ? ''
        : `Where ${facts.given} may lack capacity to decide about ${facts.person.pronouns.possessive} money or care, the Registered Manager also asks the council to consider an IMCA, which safeguarding allows even where family are involved.`,
    nearest: nearest?.name ?? '',
    means: meansOf(facts),
    nearestHer: nearest?.pronouns.object ?? 'them',
    nearestHis: nearest?.pronouns.possessive ?? 'their',
    language: languageOf(facts.text) ?? `${facts.person.pronouns.possessive} own language`,
    capacityBy: assessorOf(facts.decision ? [decisionMaker(facts.decision)] : inStory.map((entry) => entry.by), professionals.socialWorker),
    partners: partnersOf(facts, professionals),
    signs: signsOf(facts),
    ...professionals,
  };
  if (wording.includes('{requests}')) {
    const answered = requestsAnswered(facts, attorney, values);
    values.requests = request === undefined ? answered.join(' ') : (answered[request] ?? '');
  }
  // A sentence a story has no call for is left empty: the space it leaves goes too.
  return fillIn(wording, values).replace(/ {2,}/g, ' ').trim();
}

/**
 * Who else hears of money taken: the body over the power the story names (the Office of the
 * Public Guardian over an attorney or deputy, the Department for Work and Pensions over an
 * appointee), both where it names none, and neither where the person manages their own money.
 */
function holderReported(facts: StoryFacts, holder: StoryPerson | undefined, power: ReturnType<typeof financePower>): string {
  if (facts.capacity === 'has' && !holder) return '';
  const ask = 'the Registered Manager also asks the council to consider telling';
  if (!holder) return `Where an attorney or deputy manages ${facts.person.pronouns.possessive} money, ${ask} the Office of the Public Guardian; where an appointee does, the Department for Work and Pensions.`;
  const body = power === 'appointee' ? 'the Department for Work and Pensions' : 'the Office of the Public Guardian';
  return `As ${holder.name} manages ${facts.person.pronouns.possessive} money, ${ask} ${body}.`;
}

/** Where the person lives is the council's decision; treatment is the prescriber's; day-to-day care is ours. */
const DECISION_ON_HOME = /\b(?:live|lives|living|move|moving|accommodation|tenancy|flat|care home|nursing home|residential|placement)\b/i;
const DECISION_ON_TREATMENT = /\b(?:medication|medicines?|tablets|treatment|injections?|depot|operation|surgery)\b/i;

function decisionMaker(decision: string): DecisionInStory['by'] {
  if (DECISION_ON_HOME.test(decision)) return 'social worker';
  if (DECISION_ON_TREATMENT.test(decision)) return 'prescriber';
  return 'key worker';
}

/** Who assesses capacity for the decisions in question: whoever makes them, said once where they differ. */
function assessorOf(makers: readonly DecisionInStory['by'][], socialWorker: string): string {
  const by = new Set(makers);
  if (by.size > 1) return 'the key worker asks whoever makes each decision to assess';
  if (by.has('social worker')) return `the key worker asks ${socialWorker}, who leads ${makers.length > 1 ? 'those decisions' : 'that decision'}, to assess`;
  if (by.has('prescriber')) return 'the key worker asks the prescriber to assess';
  return 'the key worker assesses';
}

const SIGN_CUES = RELAPSE_SIGNS.map((entry) => ({ entry: entry.said, cue: wholeWords(entry.cue, 'iu') }));
/** At most this many signs are named. */
const SIGNS_SAID = 4;

/** The signs of becoming unwell the story's own sentences tell of, in its order: "little sleep, heavy spending and stopping medication". */
function signsOf(facts: StoryFacts): string {
  const found = foundInOrder(facts, SIGN_CUES);
  return found.length === 0 ? 'what staff have seen and any missed treatment' : joinList(found.slice(0, SIGNS_SAID));
}

const LANGUAGE = new RegExp(PREFERRED_LANGUAGE, 'u');

function languageOf(text: string): string | undefined {
  const match = LANGUAGE.exec(text);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * Whom a step tells, named as the story names them: "Priya (Margaret's social worker) at the
 * council", "Dr Evans (Margaret's GP)". A story that names no one keeps the role.
 */
function professionalValues(facts: StoryFacts): Record<'council' | 'socialWorker' | 'gp' | 'coordinator' | 'clinician' | 'districtNurse' | 'nurse', string> {
  const named = (role: ProfessionalRole) => facts.professionals.find((entry) => entry.role === role)?.name;
  const whose = possessiveOf(facts.given);
  const socialWorker = named('social worker');
  const gp = named('GP');
  const coordinator = named('care coordinator');
  const clinician = named('responsible clinician');
  const districtNurse = named('district nurse');
  const nurse = named('community nurse');
  return {
    council: socialWorker ? `${socialWorker} (${whose} social worker) at the council` : 'the council',
    socialWorker: socialWorker ? `${socialWorker} (${whose} social worker)` : 'the social worker',
    gp: gp ? `${gp} (${whose} GP)` : 'the GP',
    coordinator: coordinator ? `${coordinator} (${whose} care coordinator)` : 'the care coordinator',
    clinician: clinician ? `${clinician} (${whose} responsible clinician)` : `${facts.person.pronouns.possessive} responsible clinician`,
    districtNurse: districtNurse ? `${districtNurse} (${whose} district nurse)` : 'the district nursing team',
    nurse: nurse ? `${nurse} (${whose} community nurse)` : `${facts.person.pronouns.possessive} nurse or GP`,
  };
}

/**
 * The professionals the question names anywhere ("how would you work with the district nurse, the
 * GP and the duty social work team"), as the steps name them, in one list: a community nurse who
 * is the care coordinator is named once.
 */
const PARTNER_ROLES: readonly { role: keyof ReturnType<typeof professionalValues>; cue: RegExp }[] = [
  { role: 'coordinator', cue: /\bcare co-?ordinator\b/i },
  { role: 'clinician', cue: /\bresponsible clinician\b/i },
  { role: 'socialWorker', cue: /\bsocial worker\b|\bsocial work team\b/i },
  { role: 'gp', cue: /\bGP\b/ },
  { role: 'districtNurse', cue: /\bdistrict nurs\w*/i },
  { role: 'nurse', cue: /\bcommunity (?:psychiatric |mental health |learning disability )?nurse\b|\bCPN\b|\bCLDN\b/ },
];

function partnersOf(facts: StoryFacts, professionals: ReturnType<typeof professionalValues>): string {
  const named = PARTNER_ROLES.filter(({ cue }) => cue.test(facts.text)).map(({ role }) => role);
  const once = named.includes('coordinator') ? named.filter((role) => role !== 'nurse') : named;
  const listed = once.map((role) => (role === 'nurse' && !facts.professionals.some((entry) => entry.role === 'community nurse') ? `${facts.person.pronouns.possessive} community nurse` : professionals[role]));
  return listed.length === 0 ? `the other professionals who support ${facts.person.pronouns.object}` : joinList(listed);
}

/** A step set off by nothing in particular (recording and reviewing): every story gets it. */
function everyStoryGets(step: StoryStep): boolean {
  return step.cue === undefined && step.needs.length === 0;
}

function stepsCalledFor(facts: StoryFacts): StoryStep[] {
  const particulars = particularsOf(facts);
  const cued = STORY_STEPS.filter((step) => calledFor(step, facts, particulars));
  // A step left out for another only gives way to one that is said: "relative-worry-heard" gives
  // way to "relatives-heard", so it does not push out the relative's requests as well.
  const leftOut = (step: StoryStep, asking: ReadonlySet<string>): boolean =>
    step.notWith?.some((id) => {
      const other = cued.find((candidate) => candidate.id === id);
      return other !== undefined && !asking.has(other.id) && !leftOut(other, new Set([...asking, step.id]));
    }) ?? false;
  return cued.filter((step) => !leftOut(step, new Set([step.id])));
}

/**
 * Whether a scenario's steps are split by subject: under lettered or numbered parts each part is
 * marked on its own, so the steps for the person's wishes stand under the part asking what they
 * want, those for a relative under the part about the family, and so on.
 */
export function stepsByPart(question: string): boolean {
  return storyFacts(question) !== undefined && questionParts(question).some((part) => part.label !== undefined);
}

/**
 * The steps a story calls for that are set off by something in it, each with its subject, in the
 * plan's order. Under lettered parts a step every story gets (recording each step and reviewing
 * the plan) is said only where a part asks for it: under no letter, the same line in scenario
 * after scenario reads as stock.
 */
export function storySteps(question: string): Pick<StoryStep, 'id' | 'topic'>[] {
  const facts = storyFacts(question);
  if (!facts) return [];
  const called = stepsCalledFor(facts);
  if (called.every(everyStoryGets)) return [];
  const lettered = stepsByPart(question);
  return called.filter((step) => !lettered || !everyStoryGets(step) || storyStepPart(question, step.id) !== undefined).flatMap((step) =>
    step.id === REQUEST_STEP ? sayableRequests(facts).slice(0, REQUESTS_SAID).map((_, index) => ({ id: `${step.id}:${index}`, topic: step.topic })) : [{ id: step.id, topic: step.topic }],
  );
}

/**
 * The steps a story calls for; given a step, that step alone. The shorter plans keep the steps its
 * particulars set off before the ones every story gets (recording and reviewing), then follow the
 * time order again.
 */
/** `again`: how many earlier answers of the bid said steps for a person; later ones take another wording where a step has one. */
export function storyPlan(question: string, only?: string, again = 0): StoryPlan | undefined {
  const facts = storyFacts(question);
  if (!facts) return undefined;
  const everyStep = stepsCalledFor(facts);
  // Only the general step: nothing in the story to plan for.
  if (everyStep.every(everyStoryGets)) return undefined;
  const [onlyStep, request] = only?.split(':') ?? [];
  const called = everyStep.filter((step) => onlyStep === undefined || step.id === onlyStep);
  if (called.length === 0) return undefined;
  const telling = [...called].sort((a, b) => Number(everyStoryGets(a)) - Number(everyStoryGets(b)));
  const inTime = (steps: readonly StoryStep[]) => [...steps].sort((a, b) => TIME_ORDER.indexOf(a.when) - TIME_ORDER.indexOf(b.when) || STORY_STEPS.indexOf(a) - STORY_STEPS.indexOf(b));
  // Each step is said once, whichever of the three plans it goes into.
  const attorney = attorneyOf(facts, 'care');
  const wording = new Map(telling.map((step) => [step, fill(step, facts, attorney, request === undefined ? undefined : Number(request), again)] as const));
  const said = (count: number) => inTime(telling.slice(0, count)).map((step) => wording.get(step)!);
  const full = inTime(telling.slice(0, STEPS_FULL));
  return {
    full: said(STEPS_FULL).join(' '),
    shorter: said(STEPS_SHORTER).join(' '),
    least: said(STEPS_LEAST).join(' '),
    steps: full.map((step) => step.id),
  };
}

/** The story's words that set a step off: the relative's request, the sentences its cue finds, the sentence giving a power over money. */
function sourceOf(step: StoryStep, facts: StoryFacts, request: number | undefined, parts: readonly QuestionPart[]): string | undefined {
  if (step.id === REQUEST_STEP) return request === undefined ? undefined : sayableRequests(facts)[request]?.text;
  const cue = CUES.get(step.id);
  // The story's sentences, not the parts asking about them: a part that names the situation would otherwise always win.
  const sentences = storySentences(facts.text).filter((sentence) => !parts.some((part) => sentence.includes(part.text)));
  if (cue) return sentences.filter((sentence) => cue.test(sentence)).join(' ') || undefined;
  if (step.needs.includes('finance-attorney')) return sentences.filter((sentence) => FINANCE_POWER.test(sentence)).join(' ') || undefined;
  return undefined;
}

/** A part on the step's subject is a likelier home, but what the part's words share with the story outweighs it. */
const SUBJECT_WEIGHT = 0.5;
/** A name shared with a part ("how you would respond to David") says less than what is shared about the situation. */
const NAME_WEIGHT = 0.5;
/**
 * Who does the work ("your care workers reported") and who the person is ("a severe learning
 * disability"), named all through a story, say nothing of which part a sentence belongs to; nor
 * do the verbs every sentence uses.
 */
const NOT_PLACING = new Set([
  ...['care', 'worker', 'staff', 'carer', 'manager', 'register', 'service', 'team', 'call', 'visit'],
  ...['learning', 'disability', 'dementia', 'autism', 'health', 'mental', 'severe'],
  // Verbs any sentence of a story or part may use ("Maya wants to go", "what she wants").
  ...['want', 'say', 'ask', 'tell', 'go', 'make', 'take', 'get', 'keep', 'respond', 'work', 'need', 'help', 'support'],
]);
/** Words sharing their first letters are one word here: "communicates" in the story, "communication" in the part. */
const STEM = 6;
const stem = (term: string) => term.slice(0, STEM);
/** A part whose words ask for the step ("a deprivation of liberty might be arising") counts for more than a word it shares with the story. */
const ASKED_WEIGHT = 1.5;
const MOST_ASKED = 2;
const SHARED_BESIDE_ASKED = 0.5;
/** A part asking what would be done first ("the immediate actions you would take") is where the steps taken that day belong. */
const ASKS_IMMEDIATE = /\b(?:immediate(?:ly)?|urgent(?:ly)?|today|straight away|right away|first (?:steps?|actions?|things?|response)|initial (?:steps?|actions?|response)|(?:first|within(?: the)?(?: first)?) (?:\d+|twenty-four|forty-eight|seventy-two) hours|first (?:day|few days)|same day|on the day|(?:first|is|are|was) (?:raised|reported|noticed|seen)|as soon as)\b/i;
/** A part asking what is done in the week after ("and within the following week"). */
const ASKS_WEEK = /\b(?:within|over|during|in) the (?:following|next|first) week\b|\bthis week\b|\bwithin (?:a|one|the) week\b/i;
/**
 * A part asking what is done ("what you would do on the day the concern is first raised", "the
 * steps you would take"), whatever else it names: "her needs as a carer, both immediately and
 * over the month" asks about the carer.
 */
const ASKS_ACTIONS = /\bwhat (?:you|your (?:staff|team|service)|staff|the (?:team|service|manager)) (?:would|will|should) do\b|\b(?:steps|actions)\b/i;
const ANSWERS = new Map(STORY_STEPS.map((step) => [step.id, step.answers === undefined ? undefined : wholeWords(step.answers, 'giu')] as const));
/** A part naming who the story says noticed or did what set the step off. */
const REPORTER_WEIGHT = 1;
/** Below this a step is placed as any block is, by its topic and words. */
const PLACE_AT = 1;

/**
 * Under lettered parts, the part a step answers: the one whose words ask for it ("at what point a
 * deprivation of liberty might be arising") or share most with the story's words that set the
 * step off ("the request to lock Margaret in" for a son asking staff to lock the door), each word
 * counted less the more parts name it, and the person's own name not at all, since every part
 * names them. A step's own wording says what is done, in other words than the part's: placed by
 * them it lands under whichever part shares "keep" or "decision" with it.
 */
export function storyStepPart(question: string, stepId: string): number | undefined {
  const facts = storyFacts(question);
  if (!facts) return undefined;
  const lettered = questionParts(question).map((part, index) => ({ part, index })).filter(({ part }) => part.label !== undefined);
  const [id, request] = stepId.split(':');
  const step = STORY_STEPS.find((entry) => entry.id === id);
  if (lettered.length === 0 || !step) return undefined;
  const source = sourceOf(step, facts, request === undefined ? undefined : Number(request), lettered.map(({ part }) => part)) ?? '';
  const words = new Set([...termsOf(source)].map(stem));
  const own = termsOf(`${facts.given} ${facts.person.name}`);
  // Only given names: someone known by role ("the neighbour's report") names the situation too.
  const names = new Set(facts.others.filter((other) => /^\p{Lu}/u.test(other.name)).flatMap((other) => [...termsOf(other.name)].map(stem)));
  // A step said to or of one relative ("calls his sister back") stands with the part that names them.
  const relative = id === REQUEST_STEP ? sayableRequests(facts)[Number(request)]?.by : /\{relative/.test(step.wording) ? familyFor(step, facts)[0] : undefined;
  const inSource = facts.others.filter((other) => namedIn(source, other));
  const spread = (term: string) => lettered.filter(({ part }) => part.terms.some((other) => stem(other) === stem(term))).length;
  let best: { index: number; score: number; asked: number } | undefined;
  for (const { part, index } of lettered) {
    const shared = [...new Set(part.terms.filter((term) => !own.has(term) && !NOT_PLACING.has(term)).map(stem))].filter((term) => words.has(term));
    // Each different word of the step's that the part uses counts, up to two: "financial exploitation" asks for it more than "money".
    const asking = ANSWERS.get(step.id);
    // Only a part about what is done first, on no other subject or asking what is done ("her needs as a carer, both immediately and over the month" is about the carer).
    // "On the day, and within the following week": what is done that week is asked for too.
    const timed = step.when === 'today' || (step.when === 'this-week' && ASKS_WEEK.test(part.text));
    const immediate = timed && (part.lead === undefined || ASKS_ACTIONS.test(part.text)) && ASKS_IMMEDIATE.test(part.text) ? ASKED_WEIGHT : 0;
    const asked = (asking ? Math.min(MOST_ASKED, new Set([...part.text.matchAll(asking)].map((match) => match[0].toLowerCase())).size) * ASKED_WEIGHT : 0) + immediate;
    // A step that says what words ask for it is placed by them first; the story's words only tip the balance.
    const wordWeight = asking ? SHARED_BESIDE_ASKED : 1;
    // So does a step set off by what someone did or said ("A neighbour has told a care worker …")
    // with the part naming them ("how you would respond to the neighbour's report").
    // Less than a relative the step is said to: the one who reported it is not who the step is for.
    const aboutRelative = relative !== undefined ? (namedIn(part.text, relative) ? ASKED_WEIGHT : 0) : inSource.some((other) => namedIn(part.text, other)) ? REPORTER_WEIGHT : 0;
    const score = shared.reduce((sum, term) => sum + ((names.has(term) ? NAME_WEIGHT : 1) * wordWeight) / spread(term), (part.lead === step.topic ? SUBJECT_WEIGHT : 0) + asked + aboutRelative);
    // Level on the whole, the part asking for it in more of its words takes it.
    if (!best || score > best.score || (score === best.score && asked > best.asked)) best = { index, score, asked };
  }
  return best && best.score >= PLACE_AT ? best.index : undefined;
}
