/**
 * What a good answer says about each topic a question can ask about: the required elements
 * (an answer that leaves one out loses marks, so the writer is told when the records cannot
 * supply it) and optional ones that add depth when the word budget allows. Element ids name
 * the block that writes them (plan/topic-blocks.ts).
 *
 * To extend: add an element id to ELEMENT_IDS with its label, a builder in topic-blocks.ts,
 * and list it under the topics it answers.
 */
import { ASKED_TOPIC_IDS, type AskedTopicId } from '../../data/question-cues.js';
import { ACCOUNTABLE_ASK, INSTANCE_ASK, OF_SOMETHING_CHANGED } from '../../data/part-words.js';

export const ELEMENT_IDS = [
  'person-leads',
  'participation-evidence',
  'human-example',
  'logged-examples',
  'person-decides-who',
  'family-participation',
  'ways-to-take-part',
  'advocate-triggers',
  'referral-times',
  'advocates-at-reviews',
  'formats-in-use',
  'agenda-notice',
  'formats-met',
  'review-cadence',
  'meeting-length',
  'who-attends',
  'summary-timeliness',
  'action-follow-through',
  'escalation-route',
  'resolution-time',
  'learning-from-feedback',
  'best-interests-chair',
  'consent-to-share',
  'decision-consent',
  'feel-involved',
  'compliments-count',
  'you-said-we-did',
  'outcome-measures',
  'outcome-verification',
  'ni-sampling',
  're-audit',
  'safeguarding-advocacy',
  'information-sharing',
  'competence-checks',
  'positive-risk',
  'outcomes-not-met',
  'own-words',
  'communication-needs',
  'scenario-person',
  'story-steps',
  'attorney-deputy',
  'family-harm',
  'record-correction',
  'complaints-known',
  'complaints-no-detriment',
  'named-practice',
  'assurance-roles',
  'differing-views',
  'declines-family',
  'best-interests-disagreement',
  'proportionate-routine',
  'family-burden',
  'unbefriended',
  'declared-practices',
  'council-reporting',
  'council-co-production',
  'gap-commitment',
  'example-gap',
  'rollout-plan',
  'check-gap',
  'accountable-post',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export const ELEMENT_LABELS: Readonly<Record<ElementId, string>> = {
  'person-leads': 'how the person leads their own planning',
  'participation-evidence': 'how many reviews had the people who matter taking part',
  'human-example': 'a dated example with a measurable change',
  'person-decides-who': 'the person deciding who takes part and what is shared',
  'family-participation': 'family and friends taking part, counted',
  'ways-to-take-part': 'ways to take part other than in person, counted',
  'advocate-triggers': 'advocate types and what triggers a referral, counted',
  'referral-times': 'referral-to-involvement times against the standard',
  'advocates-at-reviews': 'advocates at complex and best-interests reviews',
  'formats-in-use': 'accessible formats in use, counted',
  'agenda-notice': 'agenda notice against the standard',
  'formats-met': 'people whose format was used',
  'review-cadence': 'how often reviews happen, with the evidence',
  'meeting-length': 'meeting lengths that suit the person',
  'who-attends': 'who attends reviews',
  'summary-timeliness': 'summaries sent on time against the standard',
  'action-follow-through': 'agreed actions closed on time and how they are chased',
  'escalation-route': 'the escalation route the log shows',
  'resolution-time': 'resolution time against the standard',
  'learning-from-feedback': 'what was learned and changed',
  'best-interests-chair': 'who chairs complex and best-interests reviews',
  'consent-to-share': 'consent before examples or information are shared',
  'decision-consent': 'how consent is sought from a person who can make the decision',
  'feel-involved': 'whether people feel involved, measured',
  'compliments-count': 'compliments received, counted',
  'you-said-we-did': 'a verified "you said, we did" change',
  'outcome-measures': 'outcomes before and after, with numbers',
  'outcome-verification': 'how outcomes are verified before they are reported',
  'ni-sampling': 'Nominated Individual case sampling and what it found',
  're-audit': 're-checks that changes held',
  'safeguarding-advocacy': 'advocacy in safeguarding',
  'information-sharing': 'how information is shared and with whom',
  'competence-checks': 'how staff practice is checked',
  'positive-risk': 'how risks the person wants to take are agreed and reviewed',
  'outcomes-not-met': "what happens when a person's outcomes are not being met",
  'own-words': "how the person's own words go into their plan and how the plan is confirmed with them",
  'communication-needs': "how communication needs are found out, recorded, flagged and shared, and how understanding is checked",
  'scenario-person': 'the person the scenario is about, and what they want, as where the answer starts',
  'story-steps': 'what would be done for the person the scenario is about, step by step and by when',
  'attorney-deputy': 'what a relative with a Lasting Power of Attorney or deputyship may decide, and how it is checked',
  'family-harm': 'what happens when a relationship with a relative may be harming the person',
  'record-correction': 'how the person has a summary or record corrected, and where a disagreement with the decision goes',
  'complaints-known': 'how people and their families come to know how to raise a concern or complaint',
  'complaints-no-detriment': 'how people are kept safe from a concern or complaint affecting their support',
  'named-practice': 'what the organisation does about something the question names',
  'assurance-roles': 'who checks involvement, how often, and from which records',
  'differing-views': 'what happens when family and the person want different things',
  'declines-family': 'what happens when the person does not want their family involved',
  'best-interests-disagreement': 'what happens to a best-interests decision the family disagree with',
  'proportionate-routine': 'how a set rhythm, lengths and one contact keep involvement within staff time',
  'family-burden': 'how relatives take part without it becoming a burden on them',
  'unbefriended': 'how a person with nobody to speak for them is represented',
  'declared-practices': "what the organisation's practice library records as done, with its owner and source",
  'logged-examples': 'examples from the referral or disagreement log: what happened, where, when and how quickly',
  'council-reporting': 'what the Council would receive, how often and with what detail',
  'council-co-production': "what the provider would bring to co-production the Council leads: people's places, paid and supported, and what its own groups found",
  'gap-commitment': 'what will be put in place where the records show nothing yet, by whom and from when',
  'rollout-plan': 'which services have it now, and who will put it in place at the rest and by when',
  'example-gap': 'that no recorded example can be given yet, and how examples will be recorded from now on',
  'check-gap': 'that nothing yet checks it, and the check that will be put in place, by whom and from when',
  'accountable-post': 'the post accountable for it, named',
};

export interface TopicElements {
  required: readonly ElementId[];
  optional: readonly ElementId[];
  /**
   * Optional elements written only when the topic is what the question is mostly about: a
   * governance answer may show a figure it reports on, but the same figure under "how do you
   * check capacity assessments" reads as pasted in.
   */
  onlyAsLead?: readonly ElementId[];
}

export const TOPIC_ELEMENTS: Readonly<Record<AskedTopicId, TopicElements>> = {
  'person-led-planning': { required: ['person-leads', 'participation-evidence', 'human-example'], optional: ['who-attends', 'you-said-we-did', 'declared-practices'] },
  'family-friends': { required: ['person-decides-who', 'family-participation', 'ways-to-take-part'], optional: ['human-example', 'declared-practices'] },
  advocacy: { required: ['advocate-triggers', 'referral-times', 'advocates-at-reviews'], optional: ['logged-examples', 'declared-practices', 'best-interests-chair'] },
  accessibility: { required: ['formats-in-use', 'agenda-notice', 'ways-to-take-part'], optional: ['formats-met', 'declared-practices'] },
  meetings: { required: ['review-cadence', 'who-attends'], optional: ['meeting-length', 'agenda-notice', 'declared-practices'] },
  summaries: { required: ['summary-timeliness', 'action-follow-through'], optional: ['you-said-we-did', 'declared-practices'] },
  disagreements: { required: ['escalation-route', 'resolution-time'], optional: ['logged-examples', 'learning-from-feedback', 'declared-practices'] },
  // How to complain and how fast a complaint is acknowledged and answered are the procedure's,
  // which only the practice library records; the disagreement log shows the route in use and
  // where a complaint goes beyond the provider.
  complaints: { required: ['declared-practices', 'escalation-route'], optional: ['resolution-time', 'learning-from-feedback'] },
  'consent-capacity': { required: ['best-interests-chair', 'advocates-at-reviews'], optional: ['declared-practices', 'consent-to-share', 'advocate-triggers'] },
  feedback: { required: ['feel-involved', 'you-said-we-did'], optional: ['re-audit', 'learning-from-feedback', 'declared-practices', 'compliments-count'] },
  outcomes: { required: ['outcome-measures', 'human-example'], optional: ['outcome-verification', 'positive-risk', 'declared-practices'] },
  governance: { required: ['assurance-roles', 'ni-sampling', 're-audit'], optional: ['declared-practices', 'summary-timeliness'], onlyAsLead: ['summary-timeliness'] },
  safeguarding: { required: ['safeguarding-advocacy'], optional: ['declared-practices', 'consent-to-share'] },
  'information-sharing': { required: ['declared-practices', 'consent-to-share', 'information-sharing'], optional: [] },
  training: { required: ['declared-practices', 'competence-checks'], optional: ['ni-sampling'] },
  // Nothing in the case records says how people help choose staff: only the practice library can.
  recruitment: { required: ['declared-practices'], optional: [] },
  // What carers are offered (assessment, support, a break) is the subject; how often relatives come to reviews is depth.
  carers: { required: ['declared-practices'], optional: ['family-participation', 'ways-to-take-part', 'person-decides-who'] },
  // Whether people shape the service is shown by what they changed; satisfaction scores do not show it.
  'co-production': { required: ['declared-practices', 'you-said-we-did'], optional: ['learning-from-feedback', 'feel-involved', 're-audit', 'council-co-production'] },
  // What sets off an early review is the subject; how often reviews happen anyway is depth.
  'review-triggers': { required: ['declared-practices'], optional: ['review-cadence', 'advocate-triggers'] },
  // Routine is what keeps involvement light: the rhythm and its limits first, then the routes and
  // the one summary that save meetings and calls, counted.
  workload: { required: ['proportionate-routine', 'ways-to-take-part', 'summary-timeliness'], optional: ['agenda-notice', 'action-follow-through', 'declared-practices'] },
};

/**
 * Which of the four lines of the involvement paragraph a block carries, whatever its wording:
 * when the topic paragraphs carry a line, the core's general line for it is left out. A block
 * with figures always carries evidence.
 */
export const ELEMENT_STRUCTURE: Readonly<Partial<Record<ElementId, readonly ('behaviour' | 'ownersCadence' | 'assurance')[]>>> = {
  'person-leads': ['behaviour'],
  'person-decides-who': ['behaviour'],
  'ways-to-take-part': ['behaviour'],
  'formats-in-use': ['behaviour'],
  'differing-views': ['behaviour'],
  'declines-family': ['behaviour'],
  'best-interests-disagreement': ['behaviour'],
  'proportionate-routine': ['behaviour', 'ownersCadence'],
  'family-burden': ['behaviour'],
  'unbefriended': ['behaviour'],
  'positive-risk': ['behaviour'],
  'outcomes-not-met': ['behaviour', 'ownersCadence'],
  'own-words': ['behaviour', 'ownersCadence'],
  'communication-needs': ['behaviour', 'ownersCadence'],
  'scenario-person': ['behaviour'],
  'story-steps': ['behaviour', 'ownersCadence'],
  'attorney-deputy': ['behaviour', 'ownersCadence'],
  'family-harm': ['behaviour', 'ownersCadence'],
  'record-correction': ['behaviour', 'ownersCadence'],
  'complaints-known': ['behaviour', 'ownersCadence'],
  'complaints-no-detriment': ['behaviour', 'assurance'],
  'decision-consent': ['behaviour'],
  'advocate-triggers': ['behaviour'],
  'review-cadence': ['ownersCadence'],
  'escalation-route': ['ownersCadence'],
  'action-follow-through': ['ownersCadence'],
  'assurance-roles': ['ownersCadence', 'assurance'],
  'ni-sampling': ['ownersCadence', 'assurance'],
  'council-reporting': ['assurance'],
  're-audit': ['assurance'],
  'outcome-verification': ['assurance'],
  'competence-checks': ['assurance'],
  // A library entry names its owner and cadence and says when it was last checked.
  'declared-practices': ['behaviour', 'ownersCadence', 'assurance'],
  // Who will do it and from when: an owner and a date, not yet a routine.
  'gap-commitment': ['ownersCadence'],
  'example-gap': ['ownersCadence'],
  'rollout-plan': ['ownersCadence'],
  'check-gap': ['ownersCadence'],
  'accountable-post': ['ownersCadence'],
};

/**
 * Elements written as the organisation's standard way of working, in Assured's words, with no
 * record or practice library entry behind them: what happens when a family disagrees, how a Lasting
 * Power of Attorney is checked. The writer is told, for each one an answer uses, to make sure it
 * is what the organisation does, or to add it to the practice library with its owner and source.
 */
export const STATED_STANDARD_ELEMENTS: readonly ElementId[] = [
  'person-decides-who',
  'differing-views',
  'declines-family',
  'best-interests-disagreement',
  'positive-risk',
  'outcomes-not-met',
  'own-words',
  'communication-needs',
  'attorney-deputy',
  'family-harm',
  'record-correction',
  'complaints-known',
  'complaints-no-detriment',
  'named-practice',
  'family-burden',
  'unbefriended',
  'decision-consent',
  'proportionate-routine',
  'story-steps',
];

/**
 * Elements a question's own words make required and first within a topic: a question about
 * risk-taking is answered with how risks are agreed before the outcome figures. Each entry is a
 * regular-expression source matched on whole words, case-insensitive.
 */
export interface CuedElement {
  topic: AskedTopicId;
  cue: string;
  element: ElementId;
  /**
   * Words that, found anywhere in the same text, keep the cue from firing: "actions" asks for
   * how actions are closed first, unless the question names summaries too.
   */
  unless?: string;
  /**
   * Required elements of the topic the cued one answers in their place: written only as depth
   * after it. "Our standard is that the key worker invites the family" under "what if the person
   * does not want their family involved" answers a question nobody asked.
   */
  displaces?: readonly ElementId[];
}

/** Relatives, named as a group or by who they are ("her mother", "his son"). */
const RELATIVES = '(?:famil(?:y|ies)|relatives?|parents?|next of kin|loved ones?)';
/** Relatives named by who they are ("her mother", "his son"). */
const RELATIVES_BY_ROLE = '(?:mother|father|mum|dad|sons?|daughters?|sisters?|brothers?|husband|wife|partner|spouse|grand(?:mother|father|parents?))';

/**
 * "What you learned", "lessons", "learning is shared": what the organisation learns from what
 * people raise. Not "how staff learn the triggers", nor a learning disability.
 */
const LEARNING_ASK = "lessons?|(?:what|anything) (?:(?:you|we|the (?:service|organisation|team)|staff|managers?) )?(?:have |has |had )?learn(?:t|ed)|learn(?:s|t|ed|ing)? (?:from|lessons)|learning (?:from|is shared|was shared|is used|points?)|(?:share|shares|shared|sharing|apply|applied|use|used|embed\\w*) (?:the |any |that )?learning|learning (?:and|or) (?:improvements?|changes?)";

export const CUED_ELEMENTS: readonly CuedElement[] = [
  // "Say how often, and how, they sample them": the Nominated Individual's case sampling, asked in so many words.
  { topic: 'governance', cue: 'sampl(?:e|es|ed|ing)', element: 'ni-sampling' },
  // "Name the post accountable for people getting access to advocacy": the post, named, whatever the subject.
  ...ASKED_TOPIC_IDS.map((topic) => ({ topic, cue: ACCOUNTABLE_ASK, element: 'accountable-post' as const })),
  // "How the person decides who is invited": the person's own choice of who takes part, asked in words of its own.
  ...(['family-friends', 'meetings'] as const).map((topic) => ({
    topic,
    cue: '(?:decides?|decided|deciding|chooses?|chose|choosing|choice (?:of|over|about)|(?:a )?say (?:in|over|about)|control(?:s)? (?:over )?)\\b[^.?;]{0,15}\\b(?:who|whom)\\b|who (?:is|gets|should be|will be|are) invited|(?:who|whom) to invite|guest lists?',
    element: 'person-decides-who' as const,
  })),
  // A risk assessment named among the papers a person receives ("plans, risk assessments and
  // letters") is a document, not a risk they want to take; one they take part in is.
  // Assessing a risk of harm ("how you would assess risk", "a domestic abuse risk tool") is safeguarding, not a risk the person chooses to take.
  { topic: 'outcomes', cue: '(?<!(?:assess|assessing|manage|managing) )(?<!abuse )risks?(?! assessments?| tools?| of (?:harm|abuse|exploitation|neglect|violence))|risk[- ]taking|unwise|(?:involv\\w*|tak\\w* part|say|shap\\w*|lead\\w*|writ\\w*|agree\\w*)\\b[^.?;]{0,30}\\brisk assessments?|risk assessments? (?:with|by|alongside) (?:them|the person|people)', element: 'positive-risk' },
  // "What you do when a person's outcomes are not being met": what happens to a goal that is not moving.
  { topic: 'outcomes', cue: "(?:not|n[’']t) (?:being )?(?:met|achieved|reached)|off[- ]track|(?:no|little|slow) progress|not (?:progressing|improving|moving)|(?:fall|falls|falling) behind", element: 'outcomes-not-met' },
  // "The person's own voice, in their own words, is recorded in their plan, and how you confirm
  // the plan reflects what they want": how the words get there and how the plan is checked with
  // them. How many reviews had relatives present does not answer it.
  {
    topic: 'person-led-planning',
    cue: "own (?:words|voice)|(?:the person(?:'s|’s)|their|his|her) (?:voice|words)|in (?:the )?first person|i[- ]statements?|(?:reflects?|captures?|says?) (?:what|how) (?:they|the person|he|she) (?:wants?|wishes?|feels?|means?)|(?:confirm|check|agree)\\w* (?:with (?:them|the person|him|her) )?(?:that )?(?:the|their|his|her) (?:support |care )?plan",
    element: 'own-words',
    displaces: ['participation-evidence'],
  },
  // "How you meet the Accessible Information Standard: identify, record, flag and share needs, and
  // check information has been understood": the steps themselves, before the formats counted.
  {
    topic: 'accessibility',
    cue: "accessible information standard|ais|communication (?:needs?|profiles?|passports?)|identify,? record|record,? flag|flag(?:s|ged|ging)?|(?:has|have|is|was|been|being) (?:actually |really |fully |properly )?understood|check\\w* (?:that )?(?:they|the person|people|someone|information|it) (?:has |have )?(?:actually |really |fully )?understood",
    element: 'communication-needs',
    displaces: ['agenda-notice'],
  },
  // "The formats you routinely use": how often the person's own format was used shows it. Asked of
  // the record of a meeting, it is the summary's format, said as that (under summaries).
  { topic: 'accessibility', cue: 'formats?|easy[- ]read|large print|audio|braille|understood', unless: '(?:written )?records? of|summar(?:y|ies)|minutes|what (?:was|is|has been) agreed', element: 'formats-met' },
  // "Where a family member holds a Lasting Power of Attorney or deputyship": what the document lets them decide, checked.
  ...(['family-friends', 'consent-capacity'] as const).map((topic) => ({ topic, cue: "lasting powers? of attorney|lpas?|attorneys?|deput(?:y|ies|yship|yships)", element: 'attorney-deputy' as const })),
  // "Where a family relationship may be harmful to the person", "a family member may be the source
  // of the risk": safeguarding, with the person first.
  {
    topic: 'family-friends',
    cue: "(?:harm(?:ful|ing|s)?|abus\\w*|exploit\\w*|coerc\\w*|controlling|undue influence|unsafe)\\b[^.?;]{0,40}\\b(?:relationships?|relatives?|famil(?:y|ies)|family members?|parents?|partners?)|(?:relationships?|relatives?|famil(?:y|ies)|family members?|parents?|partners?)\\b[^.?;]{0,40}\\b(?:harm(?:ful|ing|s)?|abus\\w*|exploit\\w*|coerc\\w*|controlling|unsafe|(?:source|cause) of (?:the )?(?:risk|harm|concern)|pos(?:e|es|ing) (?:a |the )?risk)",
    element: 'family-harm',
  },
  // "How much notice people are given": the agenda notice kept to, against its standard.
  { topic: 'meetings', cue: "notice", element: 'agenda-notice' },
  // "How you decide the length of a meeting": the lengths kept to, asked in so many words.
  { topic: 'meetings', cue: 'length|how long(?! (?:it|they|people|a person|the person|someone) (?:should |will |would |can |may )?(?:takes?|wait\\w*))|duration|tire\\w*|concentrat\\w*|breaks?', element: 'meeting-length' },
  // "How the person can challenge or correct it [the summary]": putting the record right, apart
  // from disagreeing with what it records.
  ...(['disagreements', 'summaries'] as const).map((topic) => ({
    topic,
    cue: '(?:correct|amend)(?:s|ed|ing|ions?|ments?)?\\b[^.?;]{0,40}\\b(?:it|them|summar(?:y|ies)|records?|minutes|notes)|(?:summar(?:y|ies)|records?|minutes|notes)\\b[^.?;]{0,60}\\b(?:correct|amend)(?:s|ed|ing|ions?|ments?)?\\b|challenge or correct|disagree\\w*\\b[^.?;]{0,20}\\bwith (?:the |their |his |her |what is in the )?(?:written |review |meeting )?(?:records?|summar(?:y|ies)|minutes|notes)|(?:records?|summar(?:y|ies)|minutes|notes) (?:is|are|was|were) (?:wrong|inaccurate|incorrect|not accurate)|inaccura\\w*',
    element: 'record-correction' as const,
  })),
  // "Make sure people know how to raise a concern": how they are told, and when again.
  { topic: 'complaints', cue: "know(?:s|n)? how|aware(?:ness)? of how|(?:told|informed|shown) how|how (?:people|they|families|the person) (?:find out|learn|are told)|information (?:on|about) how", element: 'complaints-known' },
  // "Feel safe to do so without fear of it affecting their care": no detriment, checked.
  { topic: 'complaints', cue: "without fear|fear of|afraid|repercussions?|reprisals?|detriment|victimi[sz]\\w*|(?:feel|felt|feels) (?:safe|able|confident) to|affect(?:s|ed|ing)? (?:their|his|her|the person's) (?:care|support|service)", element: 'complaints-no-detriment' },
  // "Decisions are made with their consent": consent to the decision itself, not to sharing.
  { topic: 'consent-capacity', cue: "decisions?\\b[^.?;]{0,60}\\bconsent|consent(?:s|ing)? (?:to|for) (?:a |the |their |each )?(?:decisions?|care|support|treatment)", element: 'decision-consent' },
  // A scenario's relative who objects, or wants staff to overrule the person ("wants you to make
  // him take it"), sets the same test without the word "disagree".
  { topic: 'family-friends', cue: "differ(?:s|ent|ing)?|disagree(?:s|ment)?|conflict(?:s|ing)?|(?:respect|respects|respecting) (?:the person's|their|his|her) wishes|(?:while|whilst) (?:upholding|respecting|protecting) (?:the person['’]s|their|his|her|[A-Z][a-z]+['’]s) (?:rights|wishes|choices|independence)|(?:object(?:s|ed|ing)?|opposed?) to|against (?:his|her|their) (?:wishes|will)|(?:wants?|wanted|insists?|insisted|demands?|demanded|expects?|expected|asks?|asked|pressing|pushing) (?:for )?(?:you|staff|us|the (?:service|provider|agency|team|staff)) to (?:make|stop|force|prevent|keep|restrict|end)", element: 'differing-views' },
  // The person turning their family away is a choice to respect, not a disagreement to settle.
  {
    topic: 'family-friends',
    // "Does not agree with her husband's request" is one relative disagreeing with another: only
    // wanting, wishing or consenting names the person keeping a relative out.
    cue: `(?:(?:do|does|did) not|don[’']t|doesn[’']t|didn[’']t) (?:want|wish|consent)\\b[^.?;]{0,40}\\b${RELATIVES_BY_ROLE}|(?:(?:do|does|did) not|don[’']t|doesn[’']t|didn[’']t) (?:want|wish|agree|consent|like)\\b[^.?;]{0,40}\\b(?:${RELATIVES}|(?:some|any)(?:one|body) (?:involved|there|present|to (?:be involved|attend|come|know))|(?:particular|certain) (?:people|persons?|relatives)\\b[^.?;]{0,15}\\binvolved)|no longer (?:wants?|wishes?)\\b[^.?;]{0,40}\\b${RELATIVES}|(?:refuses?|refused|refusing|declines?|declined|declining|objects?|objected|objecting)\\b[^.?;]{0,40}\\b${RELATIVES}|(?:would )?rather (?:not|that (?:their|his|her) famil)|(?:keep|keeps|keeping) (?:their|his|her) famil(?:y|ies) out`,
    element: 'declines-family',
    displaces: ['family-participation', 'person-decides-who'],
  },
  // "When you would share without consent to protect someone from harm": sharing over the person's
  // wishes, with its lawful basis, answers that part whatever else it shares words with.
  {
    topic: 'information-sharing',
    cue: "(?:shar\\w*|disclos\\w*|pass\\w* on)\\b[^.?;]{0,40}\\bwithout (?:(?:their|the person['’]s|his|her|someone['’]s|a person['’]s) )?(?:consent|agreement|permission)|without (?:(?:their|the person['’]s) )?(?:consent|agreement|permission)\\b[^.?;]{0,40}\\b(?:shar\\w*|disclos\\w*|pass\\w* on)|overrid\\w* (?:(?:their|the person['’]s|a person['’]s) )?(?:consent|wishes|refusal|confidentiality)|public interest|vital interests?",
    element: 'information-sharing',
  },
  { topic: 'disagreements', cue: LEARNING_ASK, element: 'learning-from-feedback' },
  // "Give two examples of when an advocate was involved": what the logs show for one person at a
  // time (for safeguarding, the referrals an enquiry prompted). An example of something that
  // changed is a change, not a log entry.
  ...(['advocacy', 'disagreements', 'safeguarding'] as const).map((topic) => ({ topic, cue: `(?<!\\bfor )(?:examples?|instances?|case stud(?:y|ies)|illustrat\\w*)(?!${OF_SOMETHING_CHANGED})|${INSTANCE_ASK}`, element: 'logged-examples' as const })),
  // "Without placing an unreasonable burden on them": how relatives take part at a cost they can carry.
  ...(['family-friends', 'carers'] as const).map((topic) => ({
    topic,
    cue: "(?:burden\\w*|pressure|demands?|strain|overload\\w*|wear(?:ing)? (?:them|families|relatives|carers) out)\\b[^.?;]{0,25}\\b(?:on|for|upon) (?:them|the family|families|relatives|carers|family carers|the carer|loved ones)|(?:overburden\\w*|burden\\w*) (?:them|families|relatives|carers|family carers)",
    element: 'family-burden' as const,
  })),
  // A person with no family or friends to support them: who represents them, and when each kind of advocate is asked for.
  {
    topic: 'advocacy',
    cue: "unbefriended|(?:no|without|nobody|no one|no-one|not have any|don[’']t have any|do not have any)\\b[^.?;]{0,25}\\b(?:family|families|friends|relatives|loved ones)\\b[^.?;]{0,40}\\b(?:speak|support|represent|advocate|help|consult)\\w*|(?:nobody|no one|no-one) (?:appropriate|suitable) to (?:consult|support|speak)",
    element: 'unbefriended',
    // "No family or friends" names the people who are not there: how relatives take part is not the answer.
    displaces: ['person-decides-who', 'family-participation', 'ways-to-take-part'],
  },
  // A disagreement about a best-interests decision asks what happens to the decision, not only who hears the complaint.
  {
    topic: 'consent-capacity',
    cue: '(?:disagree\\w*|dispute\\w*|challeng\\w*|object\\w*|contest\\w*|unhappy|not happy)\\b[^.?;]{0,60}\\bbest[- ]interests?|best[- ]interests?\\b[^.?;]{0,60}\\b(?:disagree\\w*|dispute\\w*|challeng\\w*|object\\w*|contest\\w*)',
    element: 'best-interests-disagreement',
  },
  // "How do you make sure the actions agreed are given to a named person and completed": the
  // actions are the subject, so how they are owned and closed comes before how fast summaries go
  // out. A question naming summaries as well keeps them first.
  {
    topic: 'summaries',
    cue: 'actions?|follow(?:ed|s|ing)?[- ]?(?:up|through)|(?:named|responsible|lead) (?:person|people|worker|owner)|owners?|owned|due dates?|by when|completed?|completion|carried out|(?:done|closed) on time',
    unless: 'summar(?:y|ies)|minutes|referrals?|advoca\\w* (?:services?|providers?)|allocat\\w*',
    element: 'action-follow-through',
  },
  // "A clear record … in a format they can understand": the record's format is asked for.
  { topic: 'summaries', cue: 'formats?|easy[- ]read|accessible|audio|large print', element: 'formats-met' },
  { topic: 'governance', cue: `${LEARNING_ASK}|what (?:did you|you) change`, element: 'learning-from-feedback' },
  // "How many complaints and compliments did you receive": the compliments are counted, not described.
  { topic: 'feedback', cue: 'compliments?', element: 'compliments-count' },
  // "What would you contribute to co-production the Council leads": an offer to the buyer's own groups, not the provider's.
  // The Council and co-production named together; the Council named elsewhere ("the Council expects …") is not it.
  { topic: 'co-production', cue: "co-?produc\\w*\\b[^.?;]{0,80}\\b(?:council|commissioners?|local authority|integrated care (?:board|system)|icb|partnership boards?)|(?:council|commissioners?|local authority|integrated care (?:board|system)|icb)(?:'s|’s)?\\b[^.?;]{0,80}\\bco-?produc\\w*|(?:council|commissioner)[- ](?:led|run) (?:groups?|forums?|boards?|panels?)", element: 'council-co-production' },
  // What the Council would receive, asked as such ("what will you report to the Council", "assure the
  // Commissioner", "contract monitoring"): the Council named only as the one that expects or
  // commissions something ("The Council is committed to co-production") asks for no report.
  {
    topic: 'governance',
    cue: "(?:report\\w*|give|giv\\w+|send\\w*|provid\\w+|shar\\w+|submit\\w*|suppl\\w+|tell\\w*|inform\\w*|assur\\w+|show\\w*|demonstrat\\w*)\\b[^.?;]{0,60}\\b(?:council|commissioners?|local authority)|(?:council|commissioners?|local authority)\\b[^.?;]{0,40}\\b(?:would |will |can )?(?:receive|see|get|be (?:told|given|sent|informed|assured))|contract monitoring|kpis?|(?:share|provide|report) (?:data|information|figures) (?:with|to) us",
    element: 'council-reporting',
  },
];

/**
 * Further examples and "you said, we did" changes add depth only where they answer the lead
 * topic (or the question asks for examples or what changed): an enablement story does not
 * answer a question about disagreements.
 */
export const DEPTH_ELEMENTS: Readonly<Partial<Record<AskedTopicId, readonly ('human-example' | 'learning-from-feedback')[]>>> = {
  'person-led-planning': ['human-example', 'learning-from-feedback'],
  'family-friends': ['learning-from-feedback'],
  accessibility: ['learning-from-feedback'],
  meetings: ['learning-from-feedback'],
  summaries: ['learning-from-feedback'],
  disagreements: ['learning-from-feedback'],
  complaints: ['learning-from-feedback'],
  feedback: ['learning-from-feedback'],
  outcomes: ['human-example'],
  governance: ['learning-from-feedback'],
  'co-production': ['learning-from-feedback'],
};
