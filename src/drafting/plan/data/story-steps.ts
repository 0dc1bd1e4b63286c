/**
 * What we would do for the person a scenario is about, step by step and by when, each step set
 * off by a particular of their story (plan/story-steps.ts reads the story; question/story-facts.ts
 * finds its particulars). A commissioner reading "how would you respond?" marks the steps taken
 * for this person and their timing, not the policy behind them.
 *
 * Each step: `cue`, words of the story that call for it (whole words, any case); `unless`, words
 * that rule it out; `needs`, particulars the wording names; `when`, where it falls in the plan.
 * Placeholders: {name} the person as the story names them; {means} the ways of communicating the
 * story names (COMMUNICATION_MEANS), else a general list; {his} {him} their pronouns, and {he}
 * before a verb that reads the same after "they" ("what she said"); {event}
 * what the story is heading for; {toDecide} the decision capacity is about ("decide where he
 * should live"); {words} their own words; {relative}, {relative2} the family in the story;
 * {relativeHer} and {relativeHis} the first relative's object and possessive pronouns;
 * {relativeOf} their name's possessive ("her parents'"); {knows} someone outside the family who
 * knows them; {attorney} the relative who holds a power covering care; {financeHolder} the one
 * holding a power over money alone, and {finance} what that power is ("property and financial
 * affairs attorney", "property and affairs deputy", "appointee for benefits"), with {financeLimit}
 * what it allows them to do with the money, and {holderReported} the sentence asking the council to tell the body over that power (none where the person manages their own money); {imcaForEnquiry} the sentence asking for an IMCA in a safeguarding enquiry (none where the story says the person has capacity); {nearest} the nearest relative under the
 * Mental Health Act, with {nearestHer} and {nearestHis}; {council}, {socialWorker}, {gp},
 * {coordinator}, {clinician} (responsible clinician), {districtNurse} and {nurse} (community
 * nurse) whom a step tells, named as the story names them; {partners} the professionals the
 * question names anywhere, in a list; {language} the language the person
 * would rather use, as the story names it; {capacityBy} who assesses capacity for the decision in
 * question ("the key worker assesses", "the key worker asks the prescriber to assess"); {signs}
 * the signs of becoming unwell the story tells of (RELAPSE_SIGNS); {requests} each request a
 * relative has made, in the story's words, with our reply to it (REQUEST_REPLIES). Every step
 * names who acts and when, and holds no number.
 */

import type { AskedTopicId } from '../../data/question-cues.js';

export type StepTime = 'today' | 'this-week' | 'before' | 'after';

export type StoryParticular = 'event' | 'meeting' | 'decision-by-others' | 'words' | 'relative' | 'relative2' | 'knows' | 'attorney' | 'finance-attorney' | 'finance-attorney-suspected' | 'lacks' | 'has' | 'unknown-capacity' | 'requests' | 'nearest-relative';

export interface StoryStep {
  id: string;
  /** What the step is about: under lettered parts it stands with the part on that subject. */
  topic: AskedTopicId;
  /** Words a part asking for this step uses ("deprivation of liberty", "young carer"): under lettered parts it stands with that part. */
  answers?: string;
  cue?: string;
  unless?: string;
  /** Words the story must also use somewhere: the setting the step belongs to (a mental illness, for signs of relapse). */
  within?: string;
  /** Whether the cue must be found in the story's own sentences, not a part asking the bidder ("if he is placed on a CTO"). */
  cueInStory?: boolean;
  /** Whether the cue must be found in a sentence naming a relative ("his daughter lives abroad"), who is then the step's {relative}. */
  cueNamesRelative?: boolean;
  needs: readonly StoryParticular[];
  /** Steps that say this one's part for the same people: when one of them is called for, this one is not. */
  notWith?: readonly string[];
  when: StepTime;
  wording: string;
  /** Other wordings, for later scenarios of one bid: the same step said the same way in answer after answer reads as pasted. */
  alsoWorded?: readonly string[];
}

/**
 * "Her first language is Yoruba", "prefers to discuss important matters in Polish": the language
 * the person would rather use, captured, for both the interpreter step's cue and its {language}.
 */
export const PREFERRED_LANGUAGE = String.raw`(?:first|preferred|home|own|main) language is (?!English\b)(\p{Lu}\p{Ll}+)|prefers? to (?:speak|talk|discuss|communicate)[^.]{0,40}?\bin (?!English\b)(\p{Lu}\p{Ll}+)|speaks? (?:mainly|mostly|only) (?!English\b)(\p{Lu}\p{Ll}+)`;

/**
 * Signs that someone else has the person's money: cards kept, a float falling, shopping not bought,
 * benefits handed over. "No money for food" alone is the way of working on money worries
 * (named-terms.ts), said with the part about who raised it.
 */
export const MONEY_TAKEN = String.raw`r(?:uns?|an|unning) out of (?:food|money|cash)\b[^.]{0,40}\bbefore (?:his|her|their) (?:benefits?|money|pension|wages|allowance)|(?:often|regularly|usually|keeps|always|now) (?:has|having|had|have) (?:no|little) (?:money|cash)\b|(?:allowance|money|benefits?|pension|wages|cash)\b[^.]{0,40}\b(?:late or short|short or late|arrived short|(?:is|was|has been|have been) short)|needs? (?:the|his|her|their) money for|(?:suspected|possible|alleged) financial abuse|(?:money|cash|savings|pension|benefits?)[^.]{0,20}\b(?:is|was|has gone|had gone|went|goes|going) missing|missing from (?:the |his |her |their )?(?:tin|purse|wallet|drawer|room|flat|home|bungalow|house|account|bank account)|(?:taking|takes|took|taken) (?:him|her|them) to the bank|(?:withdraw(?:s|n|ing)?|took out|taking out|takes out) (?:cash|money|large sums)|(?:came|comes|coming|return(?:s|ed|ing)?) (?:back )?(?:from [^.,]{0,30}? )?without (?:his|her|their) (?:benefits?|money|pension|wages|cash)|r[au]n out of money (?:soon|two days|days|a day|the day) after|(?:money|benefits|cash) (?:[\p{L}]+ ){0,2}(?:runs?|ran|running) out (?:early|quickly|soon|days)|new (?:items|things|belongings|clothes)[^.]{0,40}\b(?:says|claims|said) (?:are|were|is) (?:his|hers|theirs)|(?:shopping|cash|weekly) (?:money|float) has (?:fallen|dropped|gone down)|stop (?:writing|recording|noting)[^.]{0,30}(?:cash|money|float|spending)|(?:has(?: got)?|have got|took|kept|keeps|holds|tak(?:e|es|ing|en)|us(?:e|es|ing|ed)) (?:my|her|his|their|\p{Lu}\p{Ll}+['’]s) (?:bank |debit |credit )?cards?|no (?:food )?shopping (?:has been|had been|was) (?:delivered|done|bought)|(?:food )?shopping (?:has not|hasn['’]t|had not) been (?:delivered|done|bought)|bank cards? (?:are|is) kept by|(?:giving|gives|gave|hand(?:s|ed|ing)? over) (?:most|all|much|half|some|a lot) of (?:his|her|their) (?:benefits|money|wages|pension|income|allowance)|visits? on the day (?:his|her|their) (?:money|benefits?|pension|wages) (?:is|are) paid|final[- ]demands?|(?:bills|rent) (?:have|has) (?:not|gone un) ?(?:been )?paid|unpaid bills|unfamiliar visitors|cuckoo(?:ing|ed)?|staying (?:in the flat|at (?:his|her|their|the) (?:flat|home|house))[^.]{0,30}(?:nights|weeks)`;

export const STORY_STEPS: readonly StoryStep[] = [
  {
    id: 'choice-is-theirs',
    topic: 'consent-capacity',
    answers: String.raw`unwise|capacity|choices?|decid\w*`,
    needs: ['has'],
    when: 'today',
    wording: "Because {name} has capacity for this decision, the key worker records that day that the choice is {name}'s, even if others think it unwise, and notes any worry staff have beside it.",
  },
  {
    id: 'imca-for-unbefriended',
    topic: 'advocacy',
    answers: String.raw`advoca\w*|IMCA|represent\w*`,
    cue: String.raw`no (?:contact with )?(?:family|relatives)|no family|nobody (?:to|who)|no one (?:to|who)|no relatives|unbefriended|lives alone with no`,
    needs: ['lacks'],
    when: 'today',
    wording: 'Today the Registered Manager asks {council} to instruct an IMCA, because {name} lacks capacity to {toDecide} and has no family to consult, and records the date of the request.',
  },
  {
    id: 'own-words',
    topic: 'person-led-planning',
    answers: String.raw`wishes|feelings|views|what (?:\p{Lu}\p{Ll}+|he|she|they) (?:wants?|thinks?|feels?)|own voice|at the centre`,
    needs: ['words'],
    when: 'today',
    wording: "From today staff record {name}'s own words, {words}, with what was happening each time, and the key worker passes the record to everyone involved in the decision.",
  },
  {
    id: 'own-way-of-communicating',
    topic: 'person-led-planning',
    answers: String.raw`communicat\w*|understand what|express\w*|find out what|views|wishes`,
    cue: String.raw`AAC|communication (?:device|aid|app|passport|board|book)|tablet app|app on (?:his|her|their) tablet|objects? of reference|Makaton|PECS|symbols?|Talking Mats|eye gaze|picture cards|sign language|BSL|does not use (?:spoken )?words|does not use speech|few (?:spoken )?words|non-?verbal|aphasia`,
    needs: [],
    when: 'this-week',
    wording: '{name} is asked in {his} own way of communicating, with {means}, over several short sessions, and the key worker records each answer.',
  },
  {
    id: 'skin-checked',
    topic: 'safeguarding',
    answers: String.raw`skin|pressure|health|neglect`,
    cue: String.raw`pressure (?:damage|sores?|areas?|ulcers?|injur(?:y|ies))|redness|red skin|skin (?:damage|breakdown|integrity|tear)|broken skin|(?:condition|state) of (?:her|his|their|(?:(?:Mr|Mrs|Ms|Miss|Dr) )?\p{Lu}\p{Ll}+['’]s) skin|concerns? about (?:her|his|their|(?:(?:Mr|Mrs|Ms|Miss|Dr) )?\p{Lu}\p{Ll}+['’]s) skin`,
    needs: [],
    when: 'today',
    wording: "The same day, the team leader asks {districtNurse} to assess {name}'s skin, and care workers check it at every visit and record what they see on a body map.",
  },
  {
    id: 'ask-before-telling-family',
    topic: 'family-friends',
    cue: String.raw`phoned|rang|called|contacted|against it|complain|angry|unhappy|insists|demands|wants staff to|objects?`,
    needs: ['relative', 'has'],
    when: 'today',
    wording: 'Before anyone speaks to {relative}, the key worker asks {name} what {relative} may be told, and records the answer on the consent-to-share page.',
  },
  {
    id: 'call-relative-back',
    topic: 'family-friends',
    cue: String.raw`phoned|rang|rung (?:the|your|our)|called (?:the|your|our)|contacted|emailed|complain(?:s|ed)?|threaten(?:s|ed)?|told (?:the|your|our) (?:team leader|registered manager|manager|office|staff)`,
    needs: ['relative'],
    when: 'today',
    wording: 'The Registered Manager calls {relative} back the next working day, listens to what worries {relativeHer}, shares only what {name} has agreed to, and explains how to complain if the disagreement goes on.',
  },
  {
    id: 'carer-strain',
    topic: 'carers',
    answers: String.raw`carers?['’]?|wellbeing|exhausted|cope|coping|strain`,
    cue: String.raw`exhausted|exhaustion|breaking point|(?:can(?:no|')t|cannot|could not|couldn't) cope|not coping|at the end of (?:her|his|their) tether|burn(?:ed|t) out|carer strain`,
    // "He tells you his mother 'can't cope'": the relative says it of the person, not of himself.
    unless: String.raw`(?:says?|said|tells?|told|thinks?|believes?)\b[^.]{0,30}\b(?:his|her|their) (?:mother|father|mum|dad|wife|husband|partner|son|daughter|sister|brother|aunt|uncle|grand(?:mother|father)|gran|nan) ['"‘“]?(?:can(?:no|'|’)t|cannot|could not|couldn['’]t|is not|isn['’]t) cop(?:e|ing)`,
    needs: ['relative'],
    when: 'today',
    // A carer's assessment is offered, never made without the carer's agreement; what cannot wait for it is the person's support.
    wording: "The same day the team leader calls {relative} and asks the council for an early review of {name}'s support. The team leader offers to ask the council, whose duty it is, for a carer's assessment, which goes ahead only with {relativeHis} agreement. Where anyone is at risk, the team leader follows our safeguarding procedure that day.",
  },
  {
    id: 'move-wanted',
    topic: 'person-led-planning',
    answers: String.raw`mov(?:e|es|ing)|where (?:he|she|they) (?:lives?|should live)|home`,
    // A wish, not where they live now: "wants to move", "I want my own flat", not "support in her own flat".
    // "Her son plans to move in with her" is someone else moving in.
    cue: String.raw`wants? (?:to (?:move|live)|(?:his|her|their|my) own (?:flat|home|place|tenancy))|move in with (?!(?:her|him|them)\b)`,
    needs: [],
    when: 'this-week',
    wording: "This week the key worker starts planning the move {name} wants with {him} and {socialWorker}: where, with what support, and how the risks can be managed rather than ruled out.",
  },
  {
    id: 'health-planned',
    topic: 'outcomes',
    answers: String.raw`health|epilepsy|seizures?|condition|medical`,
    cue: String.raw`epilep(?:sy|tic)|seizures?|diabet(?:es|ic)|lithium|blood tests?|clozapine|insulin|asthma|swallowing`,
    needs: [],
    when: 'this-week',
    wording: "This week the team leader goes through {name}'s health plan with {him} and {nurse}, so the risks of {his} condition are planned around what {name} wants, not used to rule it out.",
  },
  {
    id: 'distress-noted',
    topic: 'person-led-planning',
    answers: String.raw`distress\w*|behaviour|communicat\w*`,
    cue: String.raw`distress(?:ed)?|self-harm(?:ing)?|bit (?:her|his|their) (?:hand|arm)|hits? out|hitting|lashing out|agitated|anxious|frightened|scared`,
    needs: [],
    when: 'this-week',
    wording: 'Staff note what happens before and after {name} becomes distressed, and the key worker reads the notes each week for what causes it and what helps.',
  },
  {
    id: 'falls-assessed',
    topic: 'safeguarding',
    answers: String.raw`falls?|risks?`,
    // Falls as something that keeps happening, not an accident ("fell from scaffolding").
    cue: String.raw`(?:had|has had|several|two|three|repeated|recent|more|frequent|\d+) falls|falls (?:at night|in the night|at home)|has (?:been )?fallen(?! (?:from|to|by|below|behind|sharply))|(?:had|has had) a fall|found (?:her|him|them) (?:on the floor|sitting on the (?:hall )?floor)|after a fall`,
    needs: [],
    when: 'this-week',
    wording: "This week the key worker asks {gp} for a falls assessment and an occupational therapist's visit, and care workers record each fall with the time and what happened.",
  },
  {
    id: 'options-to-stay',
    topic: 'outcomes',
    answers: String.raw`less restrictive|alternatives?|options?|stay at home|own home`,
    cue: String.raw`(?:nursing|care|residential) home|move (?:him|her|them) (?:to|into)`,
    // Someone who lives in a care home now and is moving out is not being kept in their own home.
    unless: String.raw`(?:lived|lives|living|has been) in (?:a |the )?(?:children['’]s )?(?:residential |nursing )?(?:care )?home\b(?! of (?:his|her|their) own)|(?:leav(?:e|es|ing)|mov(?:e|es|ing) (?:out of|from)) (?:a |the |her |his |their )?(?:residential |nursing )?care home`,
    needs: [],
    when: 'this-week',
    wording: 'This week the Registered Manager sets out what would keep {name} in {his} own home, such as a night sensor, a waking night worker or a changed room, as the least restrictive option.',
  },
  {
    id: 'advocate-meets-person',
    topic: 'advocacy',
    answers: String.raw`advoca\w*`,
    cue: String.raw`advocate|advocacy|IMCA|representation`,
    needs: ['lacks'],
    when: 'this-week',
    wording: "As soon as an advocate is named, the key worker books their first visit for when {name} is at {his} best, and gives them {his} one-page profile, routines, history and what matters most to {him}.",
  },
  {
    id: 'someone-who-knows',
    topic: 'family-friends',
    answers: String.raw`advoca\w*|knows? (?:him|her|them) well|friends?`,
    needs: ['knows', 'lacks'],
    when: 'this-week',
    wording: 'The same week the key worker tells the advocate and {socialWorker} about {knows}, who knows {name} well and can say what {name} would want. The key worker shares nothing of {his} care with {knows} without a lawful reason.',
  },
  {
    id: 'helper-told',
    topic: 'family-friends',
    // A friend of theirs, not one they are off to meet ("to meet a friend in town").
    cue: String.raw`neighbour|(?:his|her|their|\p{Lu}\p{Ll}+['’]s) (?:[\p{L}-]+ )?friend`,
    // Not someone the story gives cause to worry about: they are kept out of the person's affairs, not told them.
    unless: String.raw`${MONEY_TAKEN}|exploit(?:ed|ation)?|cuckoo(?:ing|ed)?|unfamiliar visitors|r[au]n out of money|financial(?:ly)? abus(?:e|ed)|taking advantage`,
    needs: ['knows', 'unknown-capacity'],
    when: 'this-week',
    wording: 'This week the key worker asks {name} whether {knows} may be told when a visit is missed or something goes wrong, records the answer, and gives {knows} the office number if {name} agrees.',
  },
  {
    id: 'no-force',
    topic: 'consent-capacity',
    answers: String.raw`refus\w*|declin\w*|force|insist\w*|against (?:his|her|their) (?:will|wishes)`,
    cue: String.raw`key safe|let (?:themselves|yourselves|staff) in|force|more persuasion|persuade|insist(?:s|ing)?|get on with it|whatever (?:she|he|they) says`,
    needs: ['relative'],
    when: 'today',
    wording: "Care workers do not let themselves in or press care on {name} against {his} refusal on a relative's say-so; the Registered Manager tells {relative} why, in writing, that week.",
  },
  {
    id: 'refusals-logged',
    topic: 'consent-capacity',
    answers: String.raw`refus\w*|declin\w*|keep trying`,
    cue: String.raw`refus(?:es|ed|ing|al|als) (?:to (?:wash|eat|take|let|get)|(?:her |his |their )?(?:personal care|care|support|medication|meals?|food|visits?|help))|refus(?:es|ed|ing) (?:the |her |his |their )?(?:\w+ )?(?:calls?|visits?)|turn(?:s|ed|ing)? (?:the )?(?:\w+ )?(?:carers?|staff|workers?) away|declin(?:es|ed|ing) (?:her |his |their )?(?:care|visits?|calls?|support)`,
    needs: [],
    when: 'this-week',
    wording: 'From the next visit, care workers record each refusal with the time, who was there and what was offered; the key worker then tries another time of day, a familiar worker or another approach.',
  },
  {
    id: 'physical-cause',
    topic: 'consent-capacity',
    answers: String.raw`refus\w*|declin\w*|change in behaviour|lies? behind|causes?|reasons? for`,
    // Refusing care, food or medicine, or a change in how the person is, not refusing to speak to someone.
    cue: String.raw`refus(?:es|ed|ing|al|als) (?:to (?:wash|eat|take|let|get)|(?:her |his |their )?(?:personal care|care|support|medication|meals?|food|visits?|help))|refus(?:es|ed|ing) (?:the |her |his |their )?(?:\w+ )?(?:calls?|visits?)|turn(?:s|ed|ing)? (?:the )?(?:\w+ )?(?:carers?|staff|workers?) away|(?:more|newly|increasingly|suddenly) (?:confused|agitated|withdrawn)|weight loss|lost weight|not eating`,
    needs: [],
    when: 'this-week',
    wording: 'This week the key worker asks {gp} to check for pain, infection or low mood, since a new refusal or a change in behaviour can have a physical cause.',
  },
  {
    id: 'capacity-assessed',
    topic: 'consent-capacity',
    answers: String.raw`capacity`,
    // Capacity is assumed until something in the story puts it in doubt.
    cue: String.raw`whether \w+ (?:has|lacks) (?:the )?capacity|(?:his|her|their|\p{Lu}\p{Ll}+['’]s) (?:mental )?capacity\b|doubts? (?:about|over|whether)[^.]{0,40}capacity|capacity (?:may|might|could) be (?:in doubt|doubted|questioned)|capacity is (?:in doubt|unclear)|capacity\b[^.]{0,40}\b(?:were|was|is|are) (?:in doubt|doubted|unclear)|dementia|alzheimer(?:['’]s)?|brain injury|delirium|confus(?:ed|ion)`,
    needs: ['unknown-capacity'],
    when: 'this-week',
    // Whoever makes the decision assesses capacity for it: the council for where the person lives, the prescriber for treatment, staff for day-to-day care.
    wording: "This week {capacityBy} {name}'s capacity to {toDecide}. It is done at a time when {name} is at {his} best, the key worker records how {name} was helped to decide, and the Registered Manager checks it.",
    alsoWorded: [
      "This week the key worker arranges for the decision-maker to assess {name}'s capacity to {toDecide}. That is the key worker for day-to-day care, and the council for where {name} lives. The key worker picks a time {name} is at {his} best, records how {name} was helped to decide, and the Registered Manager checks it.",
      "This week the key worker arranges an assessment of whether {name} can {toDecide}. The key worker books it at a time of day that suits {name}, with whoever would make each decision for {him}. The key worker writes down what help {name} was given. The Registered Manager reviews the assessment.",
    ],
  },
  {
    id: 'attorney-explained',
    topic: 'consent-capacity',
    answers: String.raw`attorney|LPA|power|authority|deputy`,
    cue: String.raw`powers? of attorney|attorney|LPA|deputy`,
    // "She does not hold a Lasting Power of Attorney": nobody to ask for one. A power over money
    // alone is not {attorney} (the finance step says what it does not cover).
    unless: String.raw`(?:does not|doesn't|do not|don't) (?:hold|have)[^.]{0,30}(?:attorney|deputyship)|no (?:lasting )?power of attorney`,
    needs: ['attorney'],
    when: 'this-week',
    wording: "The Registered Manager asks {attorney} for the {carePower} and checks with the Office of the Public Guardian that it is registered and what it covers. Until then the Registered Manager acts on no instruction that relies on it. The Registered Manager explains that {attorneyRole} decides only what {name} cannot, in {name}'s best interests, and cannot tell staff to force care.",
  },
  {
    id: 'relative-worry-heard',
    topic: 'family-friends',
    answers: String.raw`concerns?|worr\w*|involved|override|views?`,
    // "“Mum wants me to look after it”" is a son speaking of the person, not a relative's worry.
    // "Daniel's father, who holds a power over his money, tells your manager …": the relative's clause set aside.
    cue: String.raw`(?<!["“‘])(?:mother|father|mum|dad|parents?|daughter|son|sister|brother|wife|husband|partner|family|relatives?)(?:, (?:who|whose) [^,.]{1,100},)? (?:wants?|believes?|insists?|is (?:completely |strongly |very )?against|are against|disagrees?|objects?|(?:strongly |firmly |completely )?oppos(?:es|ed|e)|worries|is worried|are worried|fears?|expects? (?:the service|staff|you|us)|tells (?:your|the|our) (?:manager|staff|office|team))`,
    unless: String.raw`\b(?:no|without) (?:contact with )?(?:family|relatives)`,
    needs: ['relative'],
    notWith: ['call-relative-back', 'relatives-heard'],
    when: 'this-week',
    wording: "This week the Registered Manager hears {relativeOf} worries and explains that the plan follows what {name} wants where {name} can decide; the key worker records both views on {name}'s file.",
  },
  {
    id: 'finance-attorney-explained',
    topic: 'consent-capacity',
    answers: String.raw`attorney|LPA|power|authority|deputy`,
    cue: String.raw`(?:property and financial|financial affairs|property and affairs)[^.]{0,40}(?:attorney|power|deputy|deputyship)|(?:attorney|power of attorney|deputy|deputyship)[^.]{0,40}(?:property and financial|financial affairs|property and affairs)`,
    needs: ['finance-attorney'],
    notWith: ['finance-attorney-held'],
    when: 'this-week',
    wording: "The Registered Manager tells {financeHolder} this week that a {finance} has no say over {name}'s care or daily life, and records what the power covers. The Registered Manager explains that while {name} can manage {his} money, {financeHolder} acts only as {name} agrees, and where {name} cannot, only in {his} best interests, including on what {name} wants it for. If money {name} needs is held back without good reason, the Registered Manager raises it with the council and the Office of the Public Guardian.",
  },
  {
    // A restart asked for at short notice is agreed only once it is known to be safe: a package
    // restarted on the hospital's date without a look at what has changed fails at the first call.
    id: 'discharge-restart',
    topic: 'person-led-planning',
    answers: String.raw`discharge\w*|restart\w*|hospital|safely|ward|package`,
    cue: String.raw`(?:restart|resume|re-start)(?:s|ed|ing)? (?:her|his|their|the) (?:care )?(?:package|care|calls|visits)|(?:hospital )?discharge team|Discharge to Assess|discharge pathway|pathway [0-3]\b|(?:ready|fit|medically (?:fit|optimised)) for discharge|discharge coordinator`,
    cueInStory: true,
    needs: [],
    when: 'today',
    wording: "Before a restart date is agreed, the Registered Manager or a senior carer sees {name} on the ward, reads the discharge summary and medicines list with the ward, and asks {name} what {name} wants. The Registered Manager then tells the hospital in writing that day what we can safely provide and from when, and what must be in place first, such as equipment, a changed call time or a second carer. If the care cannot safely restart on the date asked, the Registered Manager says so that day with the reason and the earliest safe date, rather than let the discharge go ahead on a plan that would fail.",
  },
  {
    // The first days home decide whether the plan holds: the first call is the first look at the
    // home with the person, not the first carer's guess.
    id: 'home-first-days',
    topic: 'person-led-planning',
    answers: String.raw`first (?:\w+ )?(?:hours|days)|returns? home|gets? home|who (?:\w+ ){0,4}visit\w*|home from hospital`,
    cue: String.raw`(?:start|begin) a (?:new )?(?:package of care|care package)[^.]{0,60}\b(?:tomorrow|the following (?:morning|day)|today|next day)|(?:due|expected|ready|set|going|planned) to (?:go|come|return) home|(?:is|are|being) discharged (?:home )?(?:tomorrow|today|this week|on)|(?:goes|comes|returns|went|came|returned) home (?:from (?:the )?hospital|tomorrow|today)`,
    cueInStory: true,
    needs: [],
    when: 'today',
    wording: "On the day {name} gets home, a team leader comes to the first visit to check that equipment, medicines and food are in place. The team leader asks {name} how each visit should run and writes it into the plan. The key worker visits the next day to go through the support plan with {name}, starting from what {name} wants. Care workers record at each visit how {name} is and what {he} said.",
  },
  {
    // A call the person does not want is a decision of theirs to talk through, not a call to
    // force or to drop without a word: what it was for is met another way they accept.
    id: 'call-declined',
    topic: 'consent-capacity',
    answers: String.raw`(?:does not|doesn['’]t) want|refus\w*|declin\w*|morning call|wishes|choice`,
    cue: String.raw`(?:does not|doesn['’]t|do not|don['’]t|no longer) want (?:a|the|her|his|their|any) (?:[\p{L}-]+ )?(?:calls?|visits?)|(?:wants?|asked|asks) (?:to (?:stop|cancel) )?(?:no|the) (?:[\p{L}-]+ )?(?:calls?|visits?) (?:stopped|cancelled)`,
    cueInStory: true,
    needs: [],
    when: 'today',
    wording: "On the first day the key worker talks with {name} about the call {name} does not want: what it is for and how {name} manages now. The key worker offers what might suit {him} instead, such as a later time, a phone call or a pendant alarm. Where {name} can make that decision, {his} choice stands and the key worker records the risks talked through and what was agreed. Where there is real doubt, the key worker assesses {his} capacity for that decision at the time of day {name} is clearest.",
  },
  {
    // A discharge planned days or weeks ahead is shaped before the person leaves: what starts on
    // day one, who to call in a crisis and how medicines arrive are agreed, not found out at the door.
    id: 'discharge-planned',
    topic: 'person-led-planning',
    answers: String.raw`discharge\w*|before (?:\w+ )?(?:goes|go|leaves|leave|moves?) home|(?:\w+ )?days? before|agreed before|aftercare`,
    cue: String.raw`(?:is|are) (?:due|expected|planned|set|going) to be discharged|(?:is|are) to be discharged|(?:will|could) be discharged|discharge (?:is )?(?:planned|expected|due)|expected (?:hospital )?discharge`,
    cueInStory: true,
    needs: [],
    notWith: ['discharge-restart'],
    when: 'before',
    wording: "Before discharge the key worker meets {name} on the ward, more than once, and the Registered Manager joins the discharge and aftercare planning meeting with {name}, {coordinator} and the ward. What is agreed is written down before {name} leaves: the support that starts on the first day, {his} crisis plan and whom to call, how {his} medicines will be supplied, and the date of the first review.",
  },
  {
    // Who lives in the home is the person's decision within the tenancy; a relative's risk is
    // planned for with them, not used to decide for them.
    id: 'relative-moving-in',
    topic: 'family-friends',
    answers: String.raw`involve|moving in|move in|household|live with`,
    cue: String.raw`(?:plans?|planning|wants?|wanting|is going|intends?|hopes?) to (?:move|come to live) in with (?:her|him|them)|(?:moving|move|moved) in with (?:her|him|them) (?:after|when|once)`,
    cueNamesRelative: true,
    needs: ['relative'],
    when: 'before',
    wording: "Whether {relative} moves in is {name}'s decision, within the terms of {his} tenancy, and the key worker helps {name} ask the landlord about adding someone to the household. With {name}'s agreement the key worker meets {relative}, talks through what {name} wants from {relativeHer} at home, and offers {relativeHer} a referral to local support, such as a drug and alcohol service or a carer's assessment. The key worker agrees with {name} what staff do if {relativeHis} presence puts {name} at risk, and tells {coordinator} the same day of any sign of relapse or of {name} being taken advantage of.",
  },
  {
    // A young person leaving children's services meets the new team where they are now, with the
    // people who know them, before the adults around them settle the plan.
    id: 'transition-first-weeks',
    topic: 'person-led-planning',
    answers: String.raw`first (?:\w+ )?weeks|transition\w*|before the move|in what order|with whom`,
    cue: String.raw`children['’]s services|transition (?:social worker|team|plan\w*)|(?:turns?|turning) 18|18th birthday|(?:residential |specialist )?college placement|Education,? Health and Care Plan|EHCP`,
    cueInStory: true,
    needs: [],
    when: 'before',
    wording: "In the first weeks the key worker meets {name} where {name} is now, with the staff who know {him} best, before any meeting about {him}. The key worker then reads {his} Education, Health and Care Plan and latest reports, agrees with {socialWorker} who does what before the move, and meets each parent or relative separately. {name} visits each option more than once, with photographs to look back on between visits, and the key worker writes down what {name} says and shows each time.",
  },
  {
    id: 'relatives-heard',
    topic: 'family-friends',
    answers: String.raw`disagree\w*|conflict\w*|famil(?:y|ies)|relatives?`,
    cue: String.raw`disagree(?:s|d|ment)?|unhappy|against|believes?|thinks?|argue(?:s|d)?|conflict|taken over|falls? out|different (?:view|idea)s?`,
    // Not where the person wants a relative kept out: meeting them would go against the person.
    unless: String.raw`(?:does not|doesn['’]t|do not|don['’]t) want (?:his|her|their|\p{Lu}\p{Ll}+)(?: \w+)?(?:,? \p{Lu}\p{Ll}+,?)? (?:told|to know|involved|informed)|(?:has not|hasn['’]t|have not) (?:spoken|talked) to`,
    needs: ['relative', 'relative2'],
    when: 'this-week',
    wording: "The Registered Manager meets {relative} and {relative2} this week, separately if they prefer, writes down each view beside {name}'s own, and explains that what {name} wants comes first.",
  },
  {
    id: 'exploitation-concern',
    topic: 'safeguarding',
    answers: String.raw`money|financ\w*|exploit\w*|safeguarding|abuse|bank`,
    cue: MONEY_TAKEN,
    needs: [],
    when: 'today',
    wording: "Care workers tell the Registered Manager that day what they saw and heard, in their own words. The key worker talks with {name} on {his} own about {his} money and who comes into {his} home. If {name} is short of food or other essentials, the team leader gets them to {him} that day. The Registered Manager raises a safeguarding concern with {council} that day, even when it is about family or an attorney. {holderReported} The Registered Manager notifies the Care Quality Commission of the suspected abuse without delay, as the regulations require.",
  },
  {
    // An injury staff see is recorded in the words used about it and passed on before they leave:
    // a later account, or one heard with the person of concern present, is worth less to an enquiry.
    id: 'injury-seen',
    topic: 'safeguarding',
    answers: String.raw`injur\w*|bruis\w*|harm|abuse|safeguarding|report\w*|immediate\w*|risk`,
    cue: String.raw`bruis(?:e|es|ed|ing)|unexplained (?:injur(?:y|ies)|marks)|black eye|burn marks?|finger ?marks|(?:hit|hits|hitting|slapped|slaps|pushed|pushes|grabbed|grabs) (?:her|him|them|\p{Lu}\p{Ll}+)\b`,
    cueInStory: true,
    needs: [],
    when: 'today',
    wording: "The care worker who sees the injury records that day where it is and what it looks like, with what {name} says about it in {his} own words, and tells the Registered Manager before leaving. The key worker asks {name}, on {his} own, how it happened and what {name} wants to happen, and arranges first aid or a GP check where needed. Where the account does not fit the injury or someone else may have caused it, the Registered Manager raises a safeguarding concern with {council} that day.",
  },
  {
    // Where the signs point at the one holding the power, telling them first could warn them and
    // put the person at risk: the council leads, and says who speaks to them and when.
    id: 'finance-attorney-held',
    topic: 'safeguarding',
    answers: String.raw`attorney|LPA|power|authority|deputy|money|financ\w*|bank`,
    needs: ['finance-attorney-suspected'],
    when: 'today',
    wording: "Because the signs point at {financeHolder}, {his} {finance}, care workers do not raise them with {financeHolder}. That day the Registered Manager agrees with {council} who speaks to {financeHolder}, and when, so that no one is warned before the enquiry. Until then care workers discuss only visits with {financeHolder}, and the team leader records the same day anything said about {name}'s money. Once the council agrees, the Registered Manager tells {financeHolder} that {financeLimit}.",
  },
  {
    id: 'outing-planned',
    topic: 'outcomes',
    answers: String.raw`positive risk|risks?|less restrictive|independen\w*|routine`,
    cue: String.raw`nightclub|club|pub|concert|festival|gig|night out|go(?:es|ing)? out|go to the (?:shops?|town|park|gym|cinema)|travel(?:s|ling)? (?:alone|on (?:her|his|their) own)|on (?:her|his|their) own|date|trip`,
    // A rule keeping the person in ("not able to go out without staff") is a restriction, not an outing they want.
    // Nor is an activity named only as what the person's money no longer reaches ("no money for his football club").
    unless: String.raw`(?:not able to|unable to|cannot|can['’]t|must not|not allowed to|never) (?:go out|leave)|(?:no|enough|little) money for (?:his|her|their) (?:[\p{L}-]+ ){0,2}(?:club|trip|night out|concert|gig)`,
    needs: [],
    when: 'this-week',
    wording: 'This week {name} and the key worker write a positive risk plan for what {name} wants to do: what could go wrong, what makes it safer, and who to call.',
  },
  {
    id: 'money-safety',
    topic: 'safeguarding',
    answers: String.raw`money|financ\w*|bank|spending`,
    // Exploited before, not a risk the question names ("against the risk of exploitation").
    // "May be targeted for financial abuse", asked in a part, is a risk, not a history.
    cue: String.raw`(?:was|were|been|being) (?:financially )?exploited|exploited (?:financially )?(?:last|before|in the past)|scam(?:med)?|(?<!(?:for|of|risk of|from|against|to|suspected|possible|alleged|potential) )financial(?:ly)? abus(?:e|ed)|took (?:her|his|their) money`,
    needs: [],
    when: 'this-week',
    wording: 'Because {name} has been exploited before, the key worker agrees with {him} how much money to take, what not to share with new people, and what to do if asked for money.',
  },
  {
    id: 'mha-rights-before',
    topic: 'advocacy',
    answers: String.raw`rights?|Mental Health Act|IMHA`,
    // An IMHA is for people detained, on a Community Treatment Order or under guardianship, as the story tells it now.
    cue: String.raw`Community Treatment Order|CTO|guardianship|conditional(?:ly)? discharge\w*|(?:is|are|remains|currently|now|has been) (?:detained|sectioned|on a section)|detained (?:on|in) (?:the |a )?(?:ward|hospital)`,
    cueInStory: true,
    // Not for someone whose section has ended.
    unless: String.raw`not (?:on|under|subject to) (?:a )?(?:CTO|Community Treatment Order|section)|no longer (?:on|under|detained)|informal(?:ly)? (?:patient|admission|admitted)?|discharged from (?:her|his|their|the) section`,
    needs: ['event'],
    when: 'before',
    wording: 'Before {event}, the key worker helps {name} set down what {name} wants to say, and reminds {him} of {his} right to an IMHA, asking for one that day if {name} wishes.',
  },
  {
    id: 'mha-rights',
    topic: 'advocacy',
    answers: String.raw`rights?|Mental Health Act|IMHA|CTO|Community Treatment Order|Independent Mental Health Advocate`,
    // An IMHA is for people detained, on a Community Treatment Order or under guardianship, as the story tells it now.
    cue: String.raw`Community Treatment Order|CTO|guardianship|conditional(?:ly)? discharge\w*|(?:is|are|remains|currently|now|has been) (?:detained|sectioned|on a section)|detained (?:on|in) (?:the |a )?(?:ward|hospital)`,
    cueInStory: true,
    notWith: ['mha-rights-before'],
    // Not for someone whose section has ended.
    unless: String.raw`not (?:on|under|subject to) (?:a )?(?:CTO|Community Treatment Order|section)|no longer (?:on|under|detained)|informal(?:ly)? (?:patient|admission|admitted)?|discharged from (?:her|his|their|the) section`,
    needs: [],
    when: 'this-week',
    wording: 'This week the key worker reminds {name} of {his} right to an Independent Mental Health Advocate, and asks for one that day if {name} wishes.',
  },
  {
    // Asked about an IMHA, or told of a past section, for someone not now detained or on an order: the right arises only if that changes.
    id: 'mha-rights-if',
    topic: 'advocacy',
    answers: String.raw`IMHA|Independent Mental Health Advocate|detained|CTO|Community Treatment Order|Mental Health Act`,
    cue: String.raw`IMHA|Independent Mental Health Advocate|section (?:2|3)|sectioned|detained|Mental Health Act`,
    notWith: ['mha-rights', 'mha-rights-before'],
    needs: [],
    when: 'after',
    wording: "If {name} is detained again or placed on a Community Treatment Order, the key worker tells {him} that day of {his} right to an Independent Mental Health Advocate and asks for one if {name} wishes.",
  },
  {
    id: 'bring-to-meeting',
    topic: 'person-led-planning',
    needs: ['meeting'],
    when: 'before',
    wording: "Before {event}, the key worker sends {socialWorker} what staff have recorded, what has been tried and how it went, and {name}'s own view in {his} words.",
  },
  {
    id: 'best-interests-input',
    topic: 'consent-capacity',
    answers: String.raw`best interests?|decision`,
    needs: ['decision-by-others', 'lacks'],
    when: 'before',
    wording: "Before {event}, the Registered Manager writes to the decision-maker with {name}'s daily life, {his} wishes, feelings and beliefs, and how {his} support could be adapted.",
  },
  {
    // A relative who goes on disagreeing is answered with whose decision it is, in writing, and a
    // route beyond us, not with the provider's own disagreement log.
    id: 'relative-still-disagrees',
    topic: 'disagreements',
    answers: String.raw`continue to conflict|still disagree\w*|conflict\w*|disagree\w*|escalat\w*`,
    cue: String.raw`(?:views?|wishes) (?:continue to |still |keep )?(?:conflict|differ)|continues? to (?:disagree|object|insist|conflict)|still (?:disagrees?|objects?|insists?)|(?:if|where|when) (?:he|she|they|the family|(?:her|his|their) \p{L}+) (?:keeps?|continues?|still)\b|(?:cannot|can['’]t|do not|don['’]t) agree|disagreement (?:is not|isn['’]t|cannot be|can['’]t be) resolved`,
    needs: ['relative'],
    when: 'after',
    wording: "If {relative} still disagrees, the Registered Manager meets {relative}, with {name} there if {name} wants, and sets out in writing whose decision it is and why. The Registered Manager gives {relative} our complaints procedure and tells {socialWorker} of the disagreement that week. Where {name} cannot make the decision, the Registered Manager asks {council} for a best-interests meeting, with an advocate for {name} where nobody else can speak for {him}.",
  },
  {
    id: 'challenge-decision',
    topic: 'consent-capacity',
    answers: String.raw`challeng\w*|disagree\w*|best interests?`,
    needs: ['lacks'],
    when: 'after',
    wording: "If staff believe a decision is not in {name}'s best interests, the Registered Manager tells {council} in writing that week and supports the advocate to challenge it, up to the Court of Protection.",
  },
  {
    id: 'seen-without-relative',
    topic: 'person-led-planning',
    answers: String.raw`on (?:his|her|their) own|alone|privately|wishes|views`,
    cue: String.raw`(?:quiet|withdrawn|silent|subdued|says (?:little|less|nothing)|looks to|defers to|anxious|tense)[^.]{0,60}\bwhen\b[^.]{0,40}(?:present|there|in the room|around|visits|is with (?:him|her|them))`,
    needs: ['relative'],
    when: 'this-week',
    wording: "As {name} says less with {relative} in the room, the key worker also spends time with {name} without {relativeHer}, somewhere {name} knows, and records what {name} says each time.",
  },
  {
    // A part asking how the person takes part in their review is answered with what is done for
    // them before, at and after it, not with how reviews are recorded.
    id: 'review-led',
    topic: 'person-led-planning',
    answers: String.raw`involve (?:\p{Lu}\p{Ll}+|him|her|them) in (?:his|her|their|the) (?:\w+ )?(?:review|meeting|planning)|voice is heard|at the centre of (?:the|his|her|their) review`,
    // A name, not "him" or "families": the 'i' flag reads \p{Lu} as any letter.
    cue: String.raw`involve (?!(?:him|her|them|people|families|relatives|carers|the|their|his)\b)\p{Lu}\p{Ll}+ in (?:his|her|their|the) (?:\w+ )?(?:review|meeting)|(?:own )?voice is heard in (?:the|his|her|their) (?:\w+ )?(?:review|meeting)`,
    needs: [],
    notWith: ['seen-without-friend'],
    when: 'before',
    wording: "Before the review the key worker sits down with {name}, at a time and place {name} chooses, to agree what {name} wants to talk about, who comes, and whether {name} chairs it or has the key worker speak up beside {him}. At the review the key worker makes sure {name}'s views are heard first, and afterwards gives {him} the notes in the way {name} finds easiest to read.",
  },
  {
    // A friend or helper in the room is no relative to ask, but the person's voice needs the same
    // room of its own: before a review, and for part of it.
    id: 'seen-without-friend',
    topic: 'person-led-planning',
    answers: String.raw`own voice|voice is heard|heard|on (?:his|her|their) own|alone|privately|review`,
    cue: String.raw`(?:quiet\w*|withdrawn|silent|subdued|says (?:little|less|nothing)|looks to|defers to|anxious|tense|reluctant to (?:talk|speak))[^.]{0,60}\bwhen\b[^.]{0,40}(?:present|there|in the room|around|visits|is with (?:him|her|them))`,
    within: String.raw`reviews?|meetings?`,
    needs: ['knows'],
    notWith: ['seen-without-relative'],
    when: 'before',
    wording: "As {name} says less when {knows} is there, the key worker meets {name} alone before the review, somewhere {name} chooses. The key worker agrees with {name} what {name} wants from the review, what {knows} may hear and what stays private, and writes {his} views down in {his} own words. The Registered Manager, chairing the review, holds part of it with {name} alone and reads out {his} own words first.",
  },
  {
    id: 'relative-requests',
    topic: 'family-friends',
    needs: ['requests'],
    notWith: ['relative-worry-heard'],
    when: 'this-week',
    wording: '{requests}',
  },
  {
    id: 'no-legal-authority',
    topic: 'consent-capacity',
    answers: String.raw`authority|role|decide|power|LPA|deputy`,
    cue: String.raw`(?:is not|isn['’]t) (?:his|her|their|\p{Lu}\p{Ll}+['’]s) (?:deputy|attorney)|(?:does not|doesn['’]t) (?:hold|have) (?:a |an )?(?:lasting )?(?:power of attorney|LPA|deputyship)|\bno (?:lasting )?power of attorney|without (?:a )?(?:power of attorney|deputyship)`,
    needs: ['relative'],
    when: 'this-week',
    wording: "This week the Registered Manager explains to {relative}, kindly and in writing, that without a power of attorney or deputyship no relative can approve {name}'s plan or decide for {him}. The key worker asks {relative} about {name}'s history, likes and wishes and records the answers that week for any best-interests decision.",
  },
  {
    id: 'covert-medication',
    topic: 'consent-capacity',
    answers: String.raw`covert\w*|hidden|hide|crush\w*|disguis\w*`,
    cue: String.raw`covert(?:ly)?|hid(?:e|den|ing) (?:it |the |(?:his|her|their) )?(?:medication|medicines?|tablets )?in (?:(?:his|her|their) )?(?:food|drinks?|tea|yoghurt)|crush(?:ed|ing)? [^.]{0,40}?(?:tablets|medication|medicines?)|(?:tablets|medication|medicines?) (?:crushed|hidden|put|mixed) (?:in|into)\b|(?:tablets|medication|medicines?)[^.]{0,30}\binto (?:(?:his|her|their) )?(?:food|drinks?|yoghurt|tea|juice)`,
    needs: [],
    when: 'this-week',
    wording: "No medicine is hidden in {name}'s food or drink unless a capacity assessment and a best-interests decision with {his} prescriber and a pharmacist have agreed it for {him}. The Registered Manager writes that decision into {his} plan and reviews it monthly. Until then the team leader makes sure staff record each refusal and tell the prescriber that day.",
  },
  {
    id: 'liberty-restricted',
    topic: 'consent-capacity',
    answers: String.raw`deprivation of liberty|DoLS|restrict\w*|lock\w*|free to leave|Court of Protection`,
    cue: String.raw`deprivation of liberty|DoLS|Liberty Protection|not free to leave|locked (?:doors?|in)|(?:front |outside )?doors? (?:is|are) (?:kept )?locked|must (?:always )?be accompanied (?:outside|out|when (?:she|he|they) go(?:es)? out)|continuous(?:ly)? supervis(?:ion|ed)|must not (?:go out|leave)|not (?:be )?allowed (?:out|to go out|to leave)|stop(?:ped)? (?:him|her|them) (?:from )?(?:going out|leaving)`,
    needs: [],
    notWith: ['liberty-authorised'],
    when: 'this-week',
    wording: "This week the Registered Manager goes through each restriction in {name}'s plan with {name} and the key worker: whether it is still needed, whether something less restrictive would do, and whether it is authorised. The Registered Manager ends that week any restriction that is not needed. If {name}'s support would still mean continuous supervision and control, and {name} is not free to leave, the Registered Manager tells {council} that week. The council can then seek authorisation, from the Court of Protection where {name} lives in {his} own home. Until then the team leader makes sure staff use nothing more restrictive than {his} safety needs, and checks it each week.",
  },
  {
    // Already authorised: what the order allows is the limit, and a change it does not cover goes
    // back through the council to the court; the review is fed with what the restrictions did.
    id: 'liberty-authorised',
    topic: 'consent-capacity',
    answers: String.raw`deprivation of liberty|DoLS|restrict\w*|lock\w*|Court of Protection|order|authoris\w*|reduc\w*|evidence|review`,
    cue: String.raw`authoris(?:ed|es|ation) by the Court of Protection|Court of Protection (?:order|has authorised|authorised|authorisation)|(?:order|authorisation) (?:from|of|made by) the Court of Protection|(?:is|are|has been|have been) authorised by (?:a |the )?(?:standard authorisation|Court of Protection|court)|standard authorisation (?:is|has been) (?:in place|granted)|DoLS (?:is|are) in place|Rule 1\.2 representative`,
    cueInStory: true,
    needs: [],
    when: 'before',
    wording: "{name}'s deprivation of liberty is authorised, so staff use no restriction beyond what the authorisation covers. Any change it does not cover, such as a trip away with fewer staff, goes to {council} before it happens, and the council takes it back to the court where it falls outside the order. Before the authorisation is reviewed, the Registered Manager sends {council} a written account of each restriction: how often it was used, how {name} responded, and which could be reduced, with how a smaller step would be tried, for how long, and what would show it was working.",
  },
  {
    // A relative who represents the person to the court and is also on one side of a family
    // disagreement cannot also be the person's independent voice.
    id: 'representative-conflict',
    topic: 'advocacy',
    answers: String.raw`independent|represent\w*|advoca\w*|interests`,
    cue: String.raw`Rule 1\.2 representative|relevant person['’]s representative|\bRPR\b`,
    cueInStory: true,
    within: String.raw`disagree\w*|oppos(?:es|ed|ing)|dispute|conflict|falls? out|argu(?:e|es|ed|ment)|complain`,
    needs: [],
    when: 'this-week',
    wording: "Because {name}'s representative is a relative on one side of a family disagreement, the Registered Manager asks {council} that week whether a paid independent representative or an advocate should act for {name}, so that {his} own views reach the decision apart from either side. Staff give the representative and any advocate time with {name} on {his} own, and the key worker shares what {name} has shown about each decision.",
  },
  {
    id: 'nearest-relative',
    topic: 'family-friends',
    answers: String.raw`nearest relative|Mental Health Act|rights?`,
    cue: String.raw`nearest relative`,
    needs: ['nearest-relative'],
    when: 'this-week',
    wording: "{nearest} is {name}'s nearest relative under the Mental Health Act, with rights of {nearestHis} own, such as to ask for {his} discharge. The key worker tells {coordinator} that day of any worry {nearest} raises. The key worker shares with {nearestHer} nothing {name} has asked to keep private unless the law requires it, and records why on the day.",
  },
  {
    id: 'young-carer',
    topic: 'carers',
    answers: String.raw`young carers?|children['’]s services|child\w*`,
    cue: String.raw`young carers?`,
    needs: [],
    when: 'this-week',
    wording: "As a child in the family helps care for {name}, this week the key worker asks the family whether the council has offered a young carer's needs assessment, and asks for one with their agreement. The team leader plans {name}'s support that week so that no child is relied on for care. If a child is giving intimate care, or caring is harming their schooling or health, the Registered Manager contacts children's services that week.",
  },
  {
    id: 'aftercare-free',
    topic: 'consent-capacity',
    answers: String.raw`section 117|s117|aftercare|charg\w*|pay`,
    cue: String.raw`section 117|s\.? ?117|aftercare`,
    needs: [],
    when: 'this-week',
    wording: "{name}'s section 117 aftercare is free of charge. This week the key worker checks with {coordinator} that the support in {his} aftercare plan is not being charged for, and raises any bill with the council and the NHS.",
  },
  {
    id: 'missed-treatment',
    topic: 'consent-capacity',
    answers: String.raw`depot|medication|treatment|missed|CTO|recall`,
    cue: String.raw`missed (?:his|her|their|a|the) (?:last |latest |next |monthly |fortnightly |weekly )?(?:depot|injection|appointment|clinic)|stop(?:ping)? (?:his|her|their) (?:depot|injection|medication)|not going back|refus(?:es|ed|ing) (?:his|her|their) (?:depot|injection)`,
    needs: [],
    notWith: ['relapse-signs'],
    when: 'today',
    wording: "That day the key worker tells {coordinator} that {name} has missed or wants to stop {his} treatment, and the reasons {name} gives. Staff cannot make {name} attend or take medication; only {clinician} can decide on treatment or recall. The key worker records each contact that day.",
  },
  {
    // Signs that someone with a mental illness is becoming unwell again are acted on that day, through their own crisis plan.
    id: 'relapse-signs',
    topic: 'safeguarding',
    answers: String.raw`immediate\w*|urgent\w*|straight away|first|relaps\w*|unwell|crisis|signs?|contact`,
    cue: String.raw`(?:hearing|hears) voices|(?:signs?|symptoms?) of (?:a )?relapse|(?:has|had|is|may be|might be|may have|might have) relaps(?:ed|ing)|relapsing|missed (?:his|her|their) (?:last |latest |next )?depot[^.]{0,80}\b(?:not sleeping|shouting|voices|paranoi\w*|unwell|agitated|suspicious|hostile)|changes? in (?:his|her|their|\p{Lu}\p{Ll}+['’]s) mental (?:state|health)|(?:becoming|getting|became|became more|seems?|more) (?:unwell|paranoid|suspicious)|early (?:warning )?signs of (?:relapse|psychosis|(?:becoming|being) unwell)|stopped taking (?:his|her|their) (?:medication|tablets|medicine)|missed (?:two|three|several|a number of) (?:\w+ )?appointments[^.]{0,80}\b(?:sleeping (?:very )?little|barely sleeping|not sleeping|stop (?:taking )?(?:his|her|their) (?:medication|lithium|tablets|medicine))|(?:sleeping (?:very )?little|barely sleeping|not sleeping)[^.]{0,100}\bstop (?:taking )?(?:his|her|their) (?:medication|lithium|tablets|medicine|antipsychotics?|depot|injections?)|mental health (?:is )?(?:deteriorat\w*|getting worse)|deteriorat\w* (?:in )?(?:his|her|their) mental health|(?:sleeping (?:very )?little|barely sleeping|not sleeping)[^.]{0,100}\bspen(?:d|ds|ding|t)\b|spen(?:d|ds|ding|t)\b[^.]{0,100}\b(?:sleeping (?:very )?little|barely sleeping|not sleeping)|no longer needs? (?:his|her|their) (?:medication|lithium|tablets|depot|injections?)|early warning signs|missed (?:\w+ )?depot (?:injection )?appointments|(?:people|someone|they) (?:are|is) watching (?:him|her|them)`,
    // "Early signs of pressure damage" in a story about dementia is not a relapse.
    within: String.raw`schizophreni\w*|psychos[ie]s|psychotic|bipolar|mental (?:illness|health)|Mental Health Act|Community Treatment Order|CTO|depot|care co-?ordinator|responsible clinician|CMHT|section 117`,
    needs: [],
    when: 'today',
    wording: "The same day the key worker tells {coordinator} and {clinician} about the signs that {name} may be becoming unwell: {signs}. The key worker follows {his} crisis plan, and out of hours calls the crisis team. Staff cannot make {name} take medication or go into hospital; only {his} responsible clinician can decide on treatment or recall. The key worker sees {name} that day, asks how things are for {him}, checks that {name} and those around {him} are safe, and explains what has been passed on and why.",
  },
  {
    // What the person would rather speak is how every conversation about them is held, whatever English they have.
    id: 'interpreter',
    topic: 'accessibility',
    answers: String.raw`languages?|interpret\w*|translat\w*|full part|take part|understand\w*|find out|express\w*`,
    cue: PREFERRED_LANGUAGE,
    needs: [],
    when: 'this-week',
    wording: "For every conversation about {his} support, safety or rights, the key worker books a professional interpreter in {language}, never a relative, and checks with {name} that {his} meaning has been understood. {name}'s plan, and any letter about {him}, is translated or read to {him} in {language}.",
  },
  {
    // A person asking that a risk be kept secret is told, that day, what must be shared and why; what they want still leads (Making Safeguarding Personal).
    id: 'confidence-and-risk',
    topic: 'safeguarding',
    answers: String.raw`confidential\w*|secret|Making Safeguarding Personal|balance|consent|wishes|wants`,
    // "Does not want to get Gary into trouble": a wish that weighs in the enquiry, as a request for secrecy does.
    cue: String.raw`not to tell (?:anyone|anybody|his|her|their|the)|(?:does not|doesn['’]t|do not|don['’]t) want (?:to )?["“‘']?(?:get )?(?:\p{L}+|his \p{L}+|her \p{L}+|their \p{L}+) (?:into|in) trouble|(?:does not|doesn['’]t|do not|don['’]t) want (?:\p{L}+|his \p{L}+|her \p{L}+|their \p{L}+) to get (?:into|in) trouble|(?:does not|doesn['’]t|do not|don['’]t) want (?:the police|the council|social services|anyone) (?:involved|told|to know)|(?:don['’]t|do not) tell (?:anyone|anybody)|keep (?:it|this|that) (?:a )?secret|(?:does not|doesn['’]t|do not|don['’]t) want (?:staff|anyone|you|us|the council) ["“‘']?(?:interfer\w*|getting involved)|(?:asks?|asked|begs?|begged|tells?|told) (?:staff|us|you|them|(?:the|his|her|their) (?:support|care) workers?) not to ["“‘']?(?:cause|make|start) (?:any )?(?:trouble|a fuss)|keep (?:it|this|that) (?:between|to) (?:us|you|your ?self|themsel(?:f|ves))`,
    needs: [],
    when: 'today',
    wording: "That day the key worker tells {name} gently that staff cannot keep a risk of harm secret, and explains what will be shared, with whom and why. Following Making Safeguarding Personal, the key worker asks what {name} wants to happen. Where {name} has capacity and only {name} is at risk, {his} wishes guide what happens next, unless others are at risk, a crime needs reporting or {name} is being pressured. The Registered Manager records the reasons either way.",
  },
  {
    // Declining care from men (or women) is a choice about intimate care, met from the next call.
    id: 'same-gender-care',
    topic: 'person-led-planning',
    answers: String.raw`adjust\w*|refus\w*|declin\w*|male|female|gender|preferences?|dignity`,
    cue: String.raw`(?:declin\w*|refus\w*|(?:does not|doesn['’]t|do not|don['’]t) want|(?:only )?wants? (?:only )?|prefers?|objects? to|uncomfortable with)[^.]{0,40}\b(?:male|female|men|women) (?:care workers?|carers?|staff|workers?)`,
    needs: [],
    when: 'today',
    wording: "From the next call the team leader arranges care workers of the gender {name} prefers for {his} personal care, and records that choice in {his} plan so every rota keeps to it.",
  },
  {
    // "What would you report to the Council, and when?": what this story gives the council to hear, and by when, not the contract's quarterly measures.
    id: 'council-told',
    topic: 'governance',
    answers: String.raw`report\w*|tell\w*|inform\w*|notif\w*|escalat\w*|Council|local authority`,
    cue: String.raw`(?:report|tell|inform|notify|escalate|alert)\w*\b[^.?]{0,25}\b(?:to )?the (?:Council|council|local authority|commissioners?)`,
    needs: [],
    when: 'today',
    wording: "The Registered Manager tells {council} that day of anything that puts {name} at risk, or shows {his} support no longer meets {his} needs, and asks for an early review. A safeguarding concern goes to the council's safeguarding team the same day. The key worker logs on {name}'s file what was reported, to whom and when.",
  },
  {
    // The professionals a story names are worked with as one team: each hears of a change that day, and the key worker is their single contact.
    id: 'joint-working',
    topic: 'governance',
    answers: String.raw`work(?:ing)? (?:closely |jointly |together )?with|communicat\w* with|liais\w*|multi-?agency|joint(?:ly)?|share\w*|district nurs\w*|GP|CPN|care co-?ordinator|responsible clinician|duty`,
    cue: String.raw`(?:work(?:ing)?|communicat\w*|liais\w*|co-?ordinat\w*) (?:closely |jointly |together )?with (?:the |his |her |their |(?:\p{Lu}\p{Ll}+['’]s )?)?(?:district nurs\w*|GP|CPN|care co-?ordinator|responsible clinician|social work\w*|duty|community (?:mental health |learning disability )?team|CMHT|other professionals|health (?:and social care )?(?:colleagues|professionals|partners)|partner agencies)|multi-?agency|joint working`,
    needs: [],
    when: 'this-week',
    wording: "This week the key worker becomes the one contact for {partners}, and agrees with them who does what and by when. Each of them hears that day of any change in {name}'s health, mood or wishes, and the key worker asks for a joint visit or meeting where a decision needs them all. What is shared is what {name} has agreed to, or what is needed to keep {him} safe, and each contact is logged on {name}'s file.",
    alsoWorded: [
      "This week the key worker becomes the single point of contact for {partners}. Together they agree who leads on each part of {name}'s support. Any change in {name}'s health, mood or wishes goes to each of them that day, and where a decision needs them all the key worker asks for one meeting rather than several. Only what {name} agrees to, or what keeps {him} safe, is shared, and the key worker logs each contact.",
      "From this week {partners} can reach the team through the key worker. The key worker sets out with them who is doing what, and by when. The key worker passes on a change in {name}'s health, mood or wishes the day it is seen, and asks for a joint meeting when a decision needs everyone. Only what {name} has agreed to, or what {his} safety needs, is shared, and each contact goes on {name}'s file.",
    ],
  },
  {
    // A social worker away does not pause the council's part: the duty team takes what cannot wait.
    id: 'duty-team',
    topic: 'governance',
    answers: String.raw`duty|social work\w*|council|local authority|contact`,
    cue: String.raw`social worker[^.]{0,60}\b(?:on leave|on holiday|off sick|on sick leave|away|unavailable|absent)|duty (?:social work )?team|duty (?:social )?worker`,
    needs: [],
    when: 'today',
    wording: "While {socialWorker} is away, the team leader takes anything that cannot wait to the council's duty social work team that day, and gives {socialWorker} a written update on {his} return.",
  },
  {
    // A relative who is far away or asks to be kept informed is told on a set pattern, within what the person agrees to share.
    id: 'relative-kept-informed',
    topic: 'family-friends',
    answers: String.raw`informed|updated|(?:keep|kept) in touch|share\w*|information|contact`,
    cue: String.raw`lives (?:abroad|overseas|far away|a long way away|in (?:another|a different) (?:country|city|town|part of)|in (?!(?:a|an|the|one|his|her|their|your|our)\b)\p{Lu}\p{Ll}+)|lives (?:\w+ )?miles away|(?:phones|rings|calls|emails|video-?calls) (?:\w+ )?(?:weekly|every week|each week|once a week|regularly|on \p{Lu}\p{Ll}+days|monthly)|(?:kept|keep (?:\w+ ){0,3})informed|wants? to be (?:kept )?(?:informed|updated)`,
    cueNamesRelative: true,
    // A relative asking for news is answered by the reply to that request, which says what may be shared.
    unless: String.raw`(?:asking|asked|asks|ringing|rung|phoned|emailed) (?:for|about) (?:a |an )?(?:full )?(?:update|updates|information|news)`,
    needs: ['relative'],
    when: 'this-week',
    wording: "The key worker asks {name} what may be shared with {relative}, then agrees with {relative} a set time each week to call with news, and calls the same day if anything changes. Before each review or decision the key worker asks for {relativeHis} views, by phone or video, and records them.",
    alsoWorded: [
      "Once {name} has said what {relative} may be told, the key worker sets up a weekly call with {relative} at a time that suits {relativeHer}. The key worker rings the same day if anything changes, and asks {relative} for {relativeHis} views before each review or decision, by phone or video.",
      "The key worker checks with {name} what can be passed on to {relative}. Within that, the key worker calls {relative} at an agreed time each week and the same day if something changes. The key worker asks for {relativeHis} views, by phone or video, ahead of each review or decision.",
    ],
  },
  {
    id: 'deputy-gift',
    topic: 'safeguarding',
    answers: String.raw`gifts?|money|spend\w*|deputy|attorney|car`,
    // Money spent for the family, not held back from the person's own plans ("will not release money from his savings for a deposit").
    cue: String.raw`(?:savings|money|funds)\b[^.]{0,30}\b(?:towards|for) (?:a |the |his |her |their )?(?:new )?(?:family )?(?:car|holiday|house|home improvements?|extension|wedding|gift)|gifts?|new (?:family )?car|loan`,
    needs: ['finance-attorney'],
    // Told in writing this week, an attorney the signs point at would be warned before the enquiry.
    notWith: ['finance-attorney-held'],
    when: 'this-week',
    wording: "An attorney or deputy may make only small gifts on customary occasions; anything larger, or a use of {name}'s money that benefits the family, needs the Court of Protection. This week the Registered Manager tells {financeHolder} so in writing, records what {name} wants, and reports any such spending to {council} and the Office of the Public Guardian.",
  },
  {
    id: 'advance-decision',
    topic: 'consent-capacity',
    answers: String.raw`advance decision|ADRT|end of life|resuscitat\w*|treatment`,
    cue: String.raw`advance decisions?|ADRT|DNACPR|do not (?:attempt )?resuscitat\w*|refuse (?:life-sustaining )?treatment in advance`,
    needs: [],
    when: 'this-week',
    wording: "This week the key worker puts a copy of {name}'s advance decision with {his} plan and makes sure {gp} and any ambulance or hospital team know of it. Where a later health and welfare power of attorney covers the same treatment, the Registered Manager asks {gp} that week to check which applies, as the later one takes precedence.",
  },
  {
    // In a story of abuse the advocate is for the enquiry, and the family the concern is about cannot be the support.
    id: 'advocate-for-enquiry',
    topic: 'advocacy',
    answers: String.raw`advoca\w*|IMCA`,
    cue: String.raw`advocate|advocacy|IMCA`,
    within: String.raw`${MONEY_TAKEN}|abus(?:e|ed|ive)|neglect(?:ed)?|exploit(?:ed|ation)|unexplained (?:bruis\w*|injur\w*|marks)`,
    needs: [],
    when: 'this-week',
    wording: "As soon as {council} opens a safeguarding enquiry, the key worker checks whether {name} would find it very hard to take part. If so, and no suitable family member or friend can support {him}, the key worker asks for a Care Act advocate; anyone the concern is about is not suitable. {imcaForEnquiry} The key worker records each request and the reply on {his} file.",
  },
  {
    id: 'advocacy-considered',
    topic: 'advocacy',
    answers: String.raw`advoca\w*|IMCA`,
    cue: String.raw`advocate|advocacy|IMCA`,
    needs: [],
    notWith: ['advocate-meets-person', 'imca-for-unbefriended', 'advocate-for-enquiry'],
    when: 'this-week',
    wording: "This week the key worker asks {council} for a Care Act advocate if {name} would find it very hard to take part in planning and has no one suitable to support {him}. If {name} lacks capacity to decide a move or serious treatment and only paid staff could be consulted, the key worker asks for an IMCA. The Registered Manager records why each was or was not asked for.",
    alsoWorded: [
      "If {name} would have substantial difficulty taking part in planning and has no one suitable to help, the key worker asks {council} this week for a Care Act advocate. Where {name} cannot decide a move or serious medical treatment and has no one but paid staff to consult, the key worker asks for an IMCA. The Registered Manager writes down the reasons either way.",
      "This week the key worker checks whether {name} is entitled to an independent advocate. A Care Act advocate is asked of {council} where taking part in planning would be very hard for {name} and no one suitable can help. The key worker asks for an IMCA where {name} cannot decide a move or serious treatment and only paid staff could be consulted. The Registered Manager records each decision and why.",
    ],
  },
  {
    // A hope for work, study or a skill is planned as steps the person can see, each dated when
    // reached: what a review then looks at is progress, not a promise.
    id: 'goal-steps',
    topic: 'outcomes',
    answers: String.raw`goals?|outcomes?|aspirations?|ambitions?|work|job|independen\w*|skills?`,
    cue: String.raw`wants? to (?:work (?:in|at|as|with)|get a (?:paid )?job|find (?:a )?(?:paid )?(?:job|work)|go to college|go back to (?:work|college)|study|volunteer|learn to)`,
    cueInStory: true,
    needs: [],
    when: 'after',
    wording: "The key worker and {name} turn what {name} wants into steps {name} can see, such as a visit, a taster day or a course, and start the first within the month. The key worker records the date {name} reaches each step, and {name}'s review looks at the progress made.",
  },
  {
    // A question asking what will be in place, or known, by the end of its weeks is marked on a
    // review of them with the person first, and on who hears the result.
    id: 'period-review',
    topic: 'outcomes',
    answers: String.raw`(?:by|at|before) the end of|(?:first|next|following) (?:\w+ )?weeks|by week|working for (?:him|her|them)|in place for the review`,
    cue: String.raw`(?:by|at|before) the end of (?:the )?(?:first |next )?(?:[\p{L}-]+ )?(?:weeks?|months?)|by week [\p{L}\d]+|(?:over|in|during) the (?:first|next|following) (?:[\p{L}-]+ )?weeks|the first (?:[\p{L}-]+ )?weeks (?:after|of)|first (?:[\p{L}-]+ )?review`,
    needs: [],
    when: 'after',
    wording: "Before the end of that time the key worker and {name} go through what has worked and what has not, with {his} own view written down first. The team leader adds what the daily records show. The Registered Manager shares the result, agreed with {name}, with {council} and the people {name} wants to have it, ahead of the review.",
  },
  {
    id: 'recorded-and-reviewed',
    topic: 'person-led-planning',
    answers: String.raw`follow(?:ed)?[- ]?up|learn\w*|(?:decisions?|actions?|steps?|disagreements?)[^.]{0,40}\brecord(?:ed|s)?\b|record\w*[^.]{0,20}\b(?:decisions?|actions?|steps?|situation)|what (?:\w+ ){0,2}(?:be )?recorded|(?:be|is|are) recorded`,
    needs: [],
    when: 'after',
    wording: "The key worker records each step, who took part and why on {name}'s file the day it happens, and goes through the plan with {name} again at {his} next review. The key worker makes sure each entry says what was seen, what {name} said or showed, who was told and when, and any council reference. The Registered Manager reads the file within the week.",
    alsoWorded: [
      "The key worker writes up each step on {name}'s file that day, saying who was involved and why, and looks at the plan again with {name} at {his} next review.",
      "That day the key worker notes on {name}'s file what was done, by whom and for what reason. At {his} next review the key worker and {name} check together whether the plan is still right.",
    ],
  },
];

/**
 * Signs of becoming unwell a story may tell of, as the relapse step names them to the clinician:
 * the words to find (whole words, any case), and the words to say. Told in the story's order.
 */
export const RELAPSE_SIGNS: readonly { cue: string; said: string }[] = [
  { cue: String.raw`(?:sleeping (?:very )?little|barely sleeping|not sleeping|little sleep|awake (?:all|most of the) night)`, said: 'little sleep' },
  { cue: String.raw`spen(?:d|ds|ding|t)\b[^.]{0,40}\b(?:money|pounds|benefits|savings|online|thousands)|(?:money|pounds|benefits|savings)\b[^.]{0,30}\bspen(?:d|ds|ding|t)\b`, said: 'heavy spending' },
  { cue: String.raw`(?:hearing|hears) voices|voices`, said: 'hearing voices' },
  { cue: String.raw`watching (?:him|her|them)|paranoi\w*|suspicious`, said: 'feeling watched or suspicious of others' },
  { cue: String.raw`missed (?:his|her|their|a|the|two|three) (?:last |latest |next )?(?:depot|injection)|missed (?:\w+ )?depot`, said: 'missed depot injections' },
  { cue: String.raw`(?:stopped|stopping|not) taking (?:his|her|their) (?:medication|tablets|medicine|lithium)|no longer needs? (?:his|her|their) (?:medication|lithium|tablets)|to stop (?:taking )?(?:his|her|their) (?:medication|lithium|tablets|medicine|antipsychotics?|depot|injections?)`, said: 'stopping medication' },
  { cue: String.raw`missed (?:two|three|several|a number of) (?:\w+ )?appointments`, said: 'missed appointments' },
  { cue: String.raw`withdrawn|isolat\w*|not answering (?:his|her|their) (?:phone|door)|cancell?ed (?:\w+ )?(?:support )?(?:sessions|visits)`, said: 'withdrawing from contact' },
  { cue: String.raw`not eating|stopped eating|little food`, said: 'not eating' },
];

/**
 * Decisions a story puts in question without naming one ("has started refusing personal care",
 * "wants to stop his medication"): capacity is assessed for each of them in turn, never for "this
 * decision". `cue`, words of a story sentence (whole words, any case); `said`, the decision after
 * "capacity to decide"; `by`, who makes it and so assesses capacity for it.
 */
export interface DecisionInStory {
  cue: string;
  said: string;
  by: 'key worker' | 'social worker' | 'prescriber';
}

export const DECISIONS_IN_STORY: readonly DecisionInStory[] = [
  {
    cue: String.raw`(?:refus\w*|declin\w*|reject\w*|resist\w*) (?:\w+ ){0,3}?(?:personal care|care|help|washing|bathing|showering|support|visits?|calls?)|(?:sends?|sent|turn\w*) (?:the )?(?:carers|care workers|staff) away|(?:pushed|pushes|push\w*) (?:the )?(?:carers|care workers|staff) away`,
    said: 'whether to accept help with personal care',
    by: 'key worker',
  },
  {
    cue: String.raw`(?:refus\w*|stop\w*|declin\w*|spit\w*|missed|not taking|crushed|hidden|covert\w*) (?:\w+ ){0,3}?(?:medication|medicines?|tablets|depot|injections?)|(?:medication|medicines?|tablets)\b[^.]{0,30}\b(?:crushed|hidden|covertly)`,
    said: 'whether to take {his} medication',
    by: 'prescriber',
  },
  {
    cue: String.raw`care home|nursing home|residential care|move (?:into|to) (?:a |an )?(?:care|nursing|residential|supported)|where (?:he|she|they) (?:should|will|would|is to|are to) live|where to live`,
    said: 'where to live',
    by: 'social worker',
  },
  {
    cue: String.raw`bank cards?|(?:has got|has taken|keeps|took) (?:my|his|her|their) cards?|(?:his|her|their) (?:money|finances|savings|benefits|pension)|spent (?:\w+ ){0,3}?(?:pounds|money)|no (?:food )?shopping`,
    said: 'how to manage {his} money',
    by: 'social worker',
  },
];

/** At most this many decisions are named for one capacity assessment step. */
export const DECISIONS_SAID = 3;

/** At most this many steps in the fullest plan, and in its shorter forms, most telling first. */
export const STEPS_FULL = 8;
export const STEPS_SHORTER = 4;
export const STEPS_LEAST = 2;

/**
 * How we answer what a relative has asked for, by what they asked ("to approve the support plan",
 * "that he must not go out after 6pm"): each reply is said once, after the first request it fits.
 * `cue`, words of the request (whole words, any case); `notForAttorney`, left out when the relative
 * holds a power that covers care (the attorney step says what it allows). Placeholders as above;
 * {relative} is the relative who asked.
 */
export interface RequestReply {
  id: string;
  cue: string;
  /** Replies this one says in full for the same request: when it answers, they are not said too. */
  replaces?: readonly string[];
  notForAttorney?: boolean;
  wording: string;
}

export const REQUEST_REPLIES: readonly RequestReply[] = [
  {
    id: 'keep-from-person',
    cue: String.raw`(?:not|n['’]t) (?:to )?(?:discuss|tell|mention|talk about)[^.]{0,50}\bwith (?:\p{Lu}|(?:him|her|them)\b)|without telling (?:(?:her|his|their) )?\p{L}+|without (?:him|her|them) knowing`,
    wording: "Staff do not keep from {name} what is being planned for {him}: the key worker talks it through with {name} at a time {name} is at {his} best, in a way {name} can follow, and explains this to {relative} beforehand.",
  },
  {
    // Locking a person in is a restriction no relative can authorise, and a locked door is a danger in a fire.
    id: 'lock-in',
    replaces: ['limits'],
    cue: String.raw`lock(?:s|ed|ing)? (?:the |a |her |his |their )?(?:front |back |outside )?doors?|lock(?:s|ed|ing)? (?:him|her|them|\p{Lu}\p{Ll}+) in|locked in|keep (?:him|her|them) (?:in|inside)(?! touch)|(?:so|so that) (?:he|she|they|(?:her|his|their) (?:father|mother|dad|mum|son|daughter|brother|sister|husband|wife|partner)|\p{Lu}\p{Ll}+) (?:cannot|can['’]t|could not|is unable to|will not be able to) (?:go|get|leave)(?: out)?\b`,
    wording: "That day the Registered Manager tells staff in writing not to lock {name} in, whoever asks: a door {name} cannot open is a danger in a fire, and a relative cannot authorise a restriction. That week the Registered Manager asks {council} for a best-interests decision on the least restrictive way to keep {name} safe, such as a door sensor or a night check. The Registered Manager then writes to {relative} with the outcome.",
  },
  {
    id: 'limits',
    cue: String.raw`stop (?:supporting|helping|taking) (?:him|her|them|\p{Lu}\p{Ll}+)|never (?:goes|go|going) out|(?:not|never) (?:to )?(?:go|goes) out (?:alone|on (?:her|his|their) own|without)|must not(?! (?:speak|talk) to)|should not(?! (?:speak|talk) to)|not (?:be )?allowed|in bed by|take [^.]{0,40} away|stop (?:him|her|them)|whenever (?:he|she|they) (?:leaves|goes)|with (?:him|her|them) (?:at all times|whenever)|(?:does not|doesn['’]t|do not) want (?:him|her|them|staff) (?:to )?(?:go|share|see|supporting|support)|key safe|sensors?`,
    wording: "The Registered Manager hears {relativeOf} worries and writes them down beside {name}'s own view. The key worker puts no limit on {name} just because a relative asks, and agrees any limit with {name}. If {name} cannot make that decision, the Registered Manager holds a best-interests decision on the least restrictive way to keep {him} safe, and tells {relative} the outcome in writing that week.",
  },
  {
    id: 'decides-for-them',
    cue: String.raw`approve|sign off|choose|decide|consent to|be part of every decision|(?:consulted|asked) (?:on|about) (?:every|all|each) decisions?|manage|make (?:the |this |all |his |her |their )?decisions?`,
    notForAttorney: true,
    wording: "Only {name}, or someone a court or a registered power of attorney gives the role, can agree {his} plan; the Registered Manager tells {relative} so this week and records {relativeOf} view for whoever makes each decision.",
  },
  {
    // A routine that worked elsewhere is knowledge to use, not a rule: the person shows which parts still suit them.
    id: 'routines',
    cue: String.raw`(?:follow|keep(?: to)?|stick to|copy) (?:the |his |her |their )?(?:[\p{L}'’]+ ){0,2}routines?`,
    wording: "The key worker asks {relative} to go through the routines that have worked for {name}, and keeps them at first. The key worker then tries any change with {name} one step at a time, and records how {name} responds to each, so that what {name} shows decides which parts stay.",
  },
  {
    id: 'meetings',
    cue: String.raw`attend (?:every|all|each)|every (?:planning )?meeting|all (?:the )?meetings|at (?:every|each) (?:review|meeting)`,
    wording: "Before each meeting the key worker asks {name} whom to invite, and offers {relative} time of {relativeHis} own with the key worker whenever {name} would prefer to meet without {relativeHer}.",
  },
  {
    id: 'contact',
    // "Visits often" is a relative visiting, not a request about contact: "visits" takes a pronoun only.
    cue: String.raw`stop (?:\p{Lu}\p{Ll}+|him|her|them) (?:from )?(?:visiting|coming|seeing)|(?:take|takes|taking) (?:him|her|them|\p{Lu}\p{Ll}+) out|(?:see|seeing|visit|visiting|contact with) (?:him|her|them|\p{Lu}\p{Ll}+)|visits (?:him|her|them)|stop(?:ped)? (?:the )?(?:visits|contact)`,
    wording: "The key worker keeps up the contact {name} values, whatever a relative asks. If {name} lacks capacity to decide about contact, {socialWorker} leads a best-interests decision with {name}'s wishes first, and the key worker gives it what staff have seen that week. Until then the key worker records how {name} responds to each visit.",
  },
  {
    id: 'money',
    cue: String.raw`money|funds|pay (?:for|the)|release|(?:bank )?card|spend(?:ing)?|bills|costs?`,
    wording: "The key worker records that week what {name} wants the money for, since a relative may manage it only as a registered power or a court order allows, in {name}'s best interests. If the money is refused without good reason, the Registered Manager raises it with {council} that week, and with the Office of the Public Guardian where an attorney or deputy refused it.",
  },
  {
    // Only an assessment under the Mental Health Act can lead to detention; a nearest relative may ask for one, staff cannot arrange it.
    id: 'sectioned',
    cue: String.raw`section(?:ed|ing)?|detain(?:ed)?|back (?:in|into) hospital|admitted (?:to|into) hospital`,
    wording: "Staff cannot have {name} detained: that can follow only from an assessment under the Mental Health Act by an approved mental health professional and doctors. The key worker passes {relativeOf} worries to {coordinator} that day. The Registered Manager explains to {relative} that a nearest relative may ask the council's approved mental health professionals to consider an assessment.",
  },
  {
    // Barring contact is a decision about the person's own relationships: a relative's say-so does not make it.
    id: 'contact-barred',
    cue: String.raw`(?:not|n['’]t|never) (?:speak|talk) to (?:\p{Lu}\p{Ll}+|him|her|them)|(?:stop|cut off|end) (?:all )?(?:contact|calls) with`,
    wording: "Who {name} sees and speaks to is {name}'s choice while {name} can make it; the Registered Manager tells {relative} so in writing that week, and staff keep to {name}'s wishes. If {name} cannot make that decision, whoever decides for {him}, an attorney included, must act in {his} best interests, with {his} known wishes first.",
  },
  {
    id: 'information',
    cue: String.raw`cop(?:y|ies)|asking for (?:an? )?(?:updates?|news|information)|(?:full |an? )?updates? on|(?:weekly|regular|daily|monthly) (?:updates|news)|with news|(?:not|n['’]t) (?:speak|talk) to (?:\p{Lu}\p{Ll}+|him|her|them)|(?:phone|ring|call) (?:him|her|them) (?:every|each) (?:day|week|month)|daily notes|ring (?:him|her|them)|call (?:him|her|them)|told anything|(?:tell|share with|inform) (?:\p{Lu}\p{Ll}+|him|her|them) anything|tell (?:him|her|them) what|what (?:\p{Lu}\p{Ll}+|he|she|they) (?:talks?|talked|says?|said) about|support sessions|kept informed|know about|information|records?`,
    wording: "Information about {name} goes to {relative} only with {name}'s agreement, recorded on {his} consent-to-share page, unless sharing it is needed to prevent serious harm. The key worker asks {name} this week what {relative} may be told. The Registered Manager explains to {relative} that the rest is {name}'s to share, and records what {relative} knows or is worried about.",
  },
  {
    id: 'complaint',
    cue: String.raw`complain|take it to|the papers|threaten`,
    wording: "The Registered Manager tells {relative} how to complain and to whom, and that {name}'s support changes only if {name} wants it to or a lawful decision requires it.",
  },
];

/** The reply to a request none of REQUEST_REPLIES fits. */
export const REQUEST_HEARD = "The Registered Manager hears {relative} out that week and records {relativeOf} view beside {name}'s own.";

/** At most this many of a relative's requests are said with their replies. */
export const REQUESTS_SAID = 3;

/** Ways of communicating a story may name, as the answer says them: the words to find, and the words to say. */
export const COMMUNICATION_MEANS: readonly { cue: string; said: string }[] = [
  { cue: String.raw`objects? of reference`, said: 'objects of reference' },
  { cue: String.raw`Makaton`, said: 'Makaton signs' },
  { cue: String.raw`BSL|British Sign Language`, said: 'British Sign Language' },
  { cue: String.raw`PECS|picture exchange`, said: 'picture exchange' },
  { cue: String.raw`communication board`, said: 'a communication board' },
  { cue: String.raw`communication book`, said: '{his} communication book' },
  { cue: String.raw`(?:communication )?app|tablet|AAC|(?:communication )?device|eye gaze`, said: 'the device or app {name} uses' },
  { cue: String.raw`photographs?|photos?|pictures?|symbols?|picture cards|Talking Mats`, said: 'pictures and photographs' },
  { cue: String.raw`gestures?|pointing|thumbs up`, said: 'gesture' },
  { cue: String.raw`sounds|vocal(?:isations?)?|facial expressions?|behaviour`, said: 'the sounds, expressions and behaviour staff learn to read' },
];
/** The most ways of communicating named in one sentence. */
export const MEANS_SAID = 3;
