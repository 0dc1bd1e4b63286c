/**
 * What we would do for the person a scenario is about, step by step and by when, each step set
 * off by a particular of their story (plan/story-steps.ts reads the story; question/story-facts.ts
 * finds its particulars). A commissioner reading "how would you respond?" marks the steps taken
 * for this person and their timing, not the policy behind them.
 *
 * Each step: `cue`, words of the story that call for it (whole words, any case); `unless`, words
 * that rule it out; `needs`, particulars the wording names; `when`, where it falls in the plan.
 * Placeholders: {name} the person as the story names them; {his} {him} their pronouns; {event}
 * what the story is heading for; {toDecide} the decision capacity is about ("decide where he
 * should live"); {words} their own words; {relative}, {relative2} the family in the story;
 * {relativeHer} the first relative's object pronoun; {relativeOf} their possessive ("her parents'"); {knows} someone outside the family who knows them;
 * {attorney} the relative who holds the power. Every step names who acts and when, and holds no number.
 */

export type StepTime = 'today' | 'this-week' | 'before' | 'after';

export type StoryParticular = 'event' | 'meeting' | 'decision-by-others' | 'words' | 'relative' | 'relative2' | 'knows' | 'attorney' | 'lacks' | 'has' | 'unknown-capacity';

export interface StoryStep {
  id: string;
  cue?: string;
  unless?: string;
  needs: readonly StoryParticular[];
  /** Steps that say this one's part for the same people: when one of them is called for, this one is not. */
  notWith?: readonly string[];
  when: StepTime;
  wording: string;
}

export const STORY_STEPS: readonly StoryStep[] = [
  {
    id: 'choice-is-theirs',
    needs: ['has'],
    when: 'today',
    wording: "Because {name} has capacity for this decision, the key worker records that day that the choice is {name}'s, even if others think it unwise, and notes any worry staff have beside it.",
  },
  {
    id: 'imca-for-unbefriended',
    cue: String.raw`no (?:contact with )?(?:family|relatives)|no family|nobody (?:to|who)|no one (?:to|who)|no relatives|unbefriended|lives alone with no`,
    needs: ['lacks'],
    when: 'today',
    wording: 'Today the Registered Manager asks the council to instruct an IMCA, because {name} lacks capacity to {toDecide} and has no family to consult, and records the date of the request.',
  },
  {
    id: 'own-words',
    needs: ['words'],
    when: 'today',
    wording: "From today staff record {name}'s own words, {words}, with what was happening each time, and the key worker passes the record to everyone involved in the decision.",
  },
  {
    id: 'own-way-of-communicating',
    cue: String.raw`AAC|communication (?:device|aid|app|passport)|objects? of reference|Makaton|PECS|symbols?|Talking Mats|eye gaze|picture cards|sign language|BSL|does not use (?:spoken )?words|few (?:spoken )?words|non-?verbal`,
    needs: [],
    when: 'this-week',
    wording: '{name} is asked in {his} own way of communicating, with the device, symbols or objects of reference {name} uses, over several short sessions, and the key worker records each answer.',
  },
  {
    id: 'skin-checked',
    cue: String.raw`pressure (?:damage|sores?|areas?|ulcers?|injur(?:y|ies))|redness|red skin|skin (?:damage|breakdown|integrity|tear)|broken skin`,
    needs: [],
    when: 'today',
    wording: "The same day, the team leader asks the district nursing team to assess {name}'s skin, and care workers check it at every visit and record what they see on a body map.",
  },
  {
    id: 'ask-before-telling-family',
    cue: String.raw`phoned|rang|called|contacted|against it|complain|angry|unhappy|insists|demands|wants staff to|objects?`,
    needs: ['relative', 'has'],
    when: 'today',
    wording: 'Before anyone speaks to {relative}, the key worker asks {name} what {relative} may be told, and records the answer on the consent-to-share page.',
  },
  {
    id: 'call-relative-back',
    cue: String.raw`phoned|rang|called (?:the|your|our)|contacted|emailed|complain(?:s|ed)?|threaten(?:s|ed)?|told (?:the|your|our) (?:team leader|registered manager|manager|office|staff)`,
    needs: ['relative'],
    when: 'today',
    wording: 'The Registered Manager calls {relative} back the next working day, listens to what worries {relativeHer}, shares only what {name} has agreed to, and explains how to complain if {relative} still disagrees.',
  },
  {
    id: 'carer-strain',
    cue: String.raw`exhausted|exhaustion|breaking point|(?:can(?:no|')t|cannot|could not|couldn't) cope|not coping|at the end of (?:her|his|their) tether|burn(?:ed|t) out|carer strain`,
    needs: ['relative'],
    when: 'today',
    wording: "The same day the team leader calls {relative} and, with {relativeHer} agreement or without it if anyone is at risk, asks the council for a carer's assessment and an early review of {name}'s support.",
  },
  {
    id: 'move-wanted',
    // A wish, not where they live now: "wants to move", "I want my own flat", not "support in her own flat".
    cue: String.raw`wants? (?:to (?:move|live)|(?:his|her|their|my) own (?:flat|home|place|tenancy))|move in with`,
    needs: [],
    when: 'this-week',
    wording: "This week the key worker starts planning the move {name} wants with {him} and {his} social worker: where, with what support, and how the risks can be managed rather than ruled out.",
  },
  {
    id: 'health-planned',
    cue: String.raw`epilep(?:sy|tic)|seizures?|diabet(?:es|ic)|lithium|blood tests?|clozapine|insulin|asthma|swallowing`,
    needs: [],
    when: 'this-week',
    wording: "This week the team leader goes through {name}'s health plan with {him} and {his} nurse or GP, so the risks of {his} condition are planned around what {name} wants, not used to rule it out.",
  },
  {
    id: 'distress-noted',
    cue: String.raw`distress(?:ed)?|self-harm(?:ing)?|bit (?:her|his|their) (?:hand|arm)|hits? out|hitting|lashing out|agitated|anxious|frightened|scared`,
    needs: [],
    when: 'this-week',
    wording: 'Staff note what happens before and after {name} becomes distressed, and the key worker reads the notes each week for what causes it and what helps.',
  },
  {
    id: 'falls-assessed',
    // Falls as something that keeps happening, not an accident ("fell from scaffolding").
    cue: String.raw`(?:had|has had|several|two|three|repeated|recent|more|frequent|\d+) falls|falls (?:at night|in the night|at home)|has (?:been )?fallen|(?:had|has had) a fall|found (?:her|him|them) (?:on the floor|sitting on the (?:hall )?floor)|after a fall`,
    needs: [],
    when: 'this-week',
    wording: "This week the key worker asks the GP for a falls assessment and an occupational therapist's visit, and care workers record each fall with the time and what happened.",
  },
  {
    id: 'options-to-stay',
    cue: String.raw`(?:nursing|care|residential) home|move (?:him|her|them) (?:to|into)`,
    needs: [],
    when: 'this-week',
    wording: 'This week the Registered Manager sets out what would keep {name} in {his} own home, such as a night sensor, a waking night worker or a changed room, as the least restrictive option.',
  },
  {
    id: 'advocate-meets-person',
    cue: String.raw`advocate|advocacy|IMCA|representation`,
    needs: ['lacks'],
    when: 'this-week',
    wording: "As soon as an advocate is named, the key worker books their first visit for when {name} is at {his} best, and gives them {his} one-page profile, routines, history and what matters most to {him}.",
  },
  {
    id: 'someone-who-knows',
    needs: ['knows', 'lacks'],
    when: 'this-week',
    wording: 'The same week the key worker tells the advocate and the social worker about {knows}, who knows {name} well and can say what {name} would want. The key worker shares nothing of {his} care with {knows} without a lawful reason.',
  },
  {
    id: 'helper-told',
    cue: String.raw`neighbour|friend`,
    needs: ['knows', 'unknown-capacity'],
    when: 'this-week',
    wording: 'This week the key worker asks {name} whether {knows} may be told when a visit is missed or something goes wrong, records the answer, and gives {knows} the office number if {name} agrees.',
  },
  {
    id: 'no-force',
    cue: String.raw`key safe|let (?:themselves|yourselves|staff) in|force|more persuasion|persuade|insist(?:s|ing)?|get on with it|whatever (?:she|he|they) says`,
    needs: ['relative'],
    when: 'today',
    wording: "Care workers do not let themselves in or press care on {name} against {his} refusal on a relative's say-so; the Registered Manager tells {relative} why, in writing, that week.",
  },
  {
    id: 'refusals-logged',
    cue: String.raw`refus(?:es|ed|ing|al|als) (?:to (?:wash|eat|take|let|get)|(?:her |his |their )?(?:personal care|care|support|medication|meals?|food|visits?|help))|turn(?:s|ed|ing)? (?:the )?(?:\w+ )?(?:carers?|staff|workers?) away|declin(?:es|ed|ing) (?:her |his |their )?(?:care|visits?|calls?|support)`,
    needs: [],
    when: 'this-week',
    wording: 'From the next visit, care workers record each refusal with the time, who was there and what was offered; the key worker then tries another time of day, a familiar worker or another approach.',
  },
  {
    id: 'physical-cause',
    // Refusing care, food or medicine, or a change in how the person is, not refusing to speak to someone.
    cue: String.raw`refus(?:es|ed|ing|al|als) (?:to (?:wash|eat|take|let|get)|(?:her |his |their )?(?:personal care|care|support|medication|meals?|food|visits?|help))|turn(?:s|ed|ing)? (?:the )?(?:\w+ )?(?:carers?|staff|workers?) away|(?:more|newly|increasingly|suddenly) (?:confused|agitated|withdrawn)|weight loss|lost weight|not eating`,
    needs: [],
    when: 'this-week',
    wording: 'This week the key worker asks the GP to check for pain, infection or low mood, since a new refusal or a change in behaviour can have a physical cause.',
  },
  {
    id: 'capacity-assessed',
    // Capacity is assumed until something in the story puts it in doubt.
    cue: String.raw`whether \w+ (?:has|lacks) (?:the )?capacity|doubts? (?:about|over|whether)[^.]{0,40}capacity|dementia|alzheimer(?:['’]s)?|brain injury|delirium|confus(?:ed|ion)`,
    needs: ['unknown-capacity'],
    when: 'this-week',
    wording: "This week the key worker assesses {name}'s capacity to {toDecide} when {name} is at {his} best, records how {name} was helped to decide, and the Registered Manager checks it.",
  },
  {
    id: 'attorney-explained',
    cue: String.raw`powers? of attorney|attorney|LPA|deputy`,
    // "She does not hold a Lasting Power of Attorney": nobody to ask for one; a property and
    // financial affairs attorney has no say over care (the next step).
    unless: String.raw`(?:does not|doesn't|do not|don't) (?:hold|have)[^.]{0,30}(?:attorney|deputyship)|no (?:lasting )?power of attorney|property and financial|financial affairs|property and affairs`,
    needs: ['attorney'],
    when: 'this-week',
    wording: "The Registered Manager asks {attorney} for the registered power of attorney and explains that an attorney decides only what {name} cannot, in {name}'s best interests, and cannot tell staff to force care.",
  },
  {
    id: 'relative-worry-heard',
    cue: String.raw`(?:mother|father|mum|dad|parents?|daughter|son|sister|brother|wife|husband|partner|family|relatives?) (?:wants?|believes?|insists?|is (?:completely |strongly |very )?against|are against|disagrees?|objects?|worries|is worried|are worried|fears?)`,
    unless: String.raw`\b(?:no|without) (?:contact with )?(?:family|relatives)`,
    needs: ['relative'],
    notWith: ['call-relative-back', 'relatives-heard'],
    when: 'this-week',
    wording: "This week the Registered Manager hears {relativeOf} worries and explains that the plan follows what {name} wants where {name} can decide; the key worker records both views on {name}'s file.",
  },
  {
    id: 'finance-attorney-explained',
    cue: String.raw`(?:property and financial|financial affairs|property and affairs)[^.]{0,40}(?:attorney|power)|(?:attorney|power of attorney)[^.]{0,40}(?:property and financial|financial affairs|property and affairs)`,
    needs: ['attorney'],
    when: 'this-week',
    wording: "The Registered Manager tells {attorney} this week that a property and financial affairs attorney has no say over {name}'s care or who comes into {his} home, and records what the power covers.",
  },
  {
    id: 'relatives-heard',
    cue: String.raw`disagree(?:s|d|ment)?|unhappy|against|believes?|thinks?|argue(?:s|d)?|conflict|taken over|falls? out|different (?:view|idea)s?`,
    needs: ['relative', 'relative2'],
    when: 'this-week',
    wording: "The Registered Manager meets {relative} and {relative2} this week, separately if they prefer, writes down each view beside {name}'s own, and explains that what {name} wants comes first.",
  },
  {
    id: 'outing-planned',
    cue: String.raw`nightclub|club|pub|concert|festival|gig|night out|go(?:es|ing)? out|go to the (?:shops?|town|park|gym|cinema)|travel(?:s|ling)? (?:alone|on (?:her|his|their) own)|on (?:her|his|their) own|date|trip`,
    needs: [],
    when: 'this-week',
    wording: 'This week {name} and the key worker write a positive risk plan for the outing in the way {name} understands best: getting there and home, what to take, and who to call.',
  },
  {
    id: 'money-safety',
    cue: String.raw`exploit(?:ed|ation)?|scam(?:med)?|financial(?:ly)? abus(?:e|ed)|took (?:her|his|their) money|cuckoo(?:ing|ed)?`,
    needs: [],
    when: 'this-week',
    wording: 'Because {name} has been exploited before, the key worker agrees with {him} how much money to take, what not to share with new people, and what to do if asked for money.',
  },
  {
    id: 'mha-rights-before',
    cue: String.raw`Community Treatment Order|CTO|section (?:2|3|117)|Mental Health Act|sectioned|detained|IMHA|tribunal`,
    // An IMHA is for people detained or on a Community Treatment Order, not for someone whose section has ended.
    unless: String.raw`not (?:on|under|subject to) (?:a )?(?:CTO|Community Treatment Order|section)|no longer (?:on|under|detained)|informal(?:ly)? (?:patient|admission|admitted)?|discharged from (?:her|his|their|the) section`,
    needs: ['event'],
    when: 'before',
    wording: 'Before {event}, the key worker helps {name} set down what {name} wants to say, and reminds {him} of {his} right to an IMHA, asking for one that day if {name} wishes.',
  },
  {
    id: 'mha-rights',
    cue: String.raw`Community Treatment Order|CTO|section (?:2|3)|Mental Health Act|sectioned|detained|IMHA|tribunal`,
    notWith: ['mha-rights-before'],
    // An IMHA is for people detained or on a Community Treatment Order, not for someone whose section has ended.
    unless: String.raw`not (?:on|under|subject to) (?:a )?(?:CTO|Community Treatment Order|section)|no longer (?:on|under|detained)|informal(?:ly)? (?:patient|admission|admitted)?|discharged from (?:her|his|their|the) section`,
    needs: [],
    when: 'this-week',
    wording: 'This week the key worker reminds {name} of {his} right to an Independent Mental Health Advocate, and asks for one that day if {name} wishes.',
  },
  {
    id: 'bring-to-meeting',
    needs: ['meeting'],
    when: 'before',
    wording: "Before {event}, the key worker sends the social worker what staff have recorded, what has been tried and how it went, and {name}'s own view in {his} words.",
  },
  {
    id: 'best-interests-input',
    needs: ['decision-by-others', 'lacks'],
    when: 'before',
    wording: "Before {event}, the Registered Manager writes to the decision-maker with {name}'s daily life, {his} wishes, feelings and beliefs, and how {his} support could be adapted.",
  },
  {
    id: 'challenge-decision',
    needs: ['lacks'],
    when: 'after',
    wording: "If staff believe a decision is not in {name}'s best interests, the Registered Manager tells the council in writing that week and supports the advocate to challenge it, up to the Court of Protection.",
  },
  {
    id: 'recorded-and-reviewed',
    needs: [],
    when: 'after',
    wording: "The key worker records each step, who took part and why on {name}'s file the day it happens, and goes through the plan with {name} again at {his} next review.",
  },
];

/** At most this many steps in the fullest plan, and in its shorter forms, most telling first. */
export const STEPS_FULL = 8;
export const STEPS_SHORTER = 4;
export const STEPS_LEAST = 2;
