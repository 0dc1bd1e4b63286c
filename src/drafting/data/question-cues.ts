/**
 * What a tender question can ask about, and the words that give it away. Each cue is a
 * regular-expression source (case-insensitive, matched on whole words). A strong cue names the
 * topic outright ("IMCA", "best interests"); a weak cue only hints at it ("views", "risk").
 * A topic is asked strongly when one strong cue or two different weak cues appear. "Involve"
 * and "participate" are left out on purpose: nearly every question uses them.
 *
 * `figures` are figure catalogue ids that answer the topic, best first; topics the figures do
 * not measure (training, safeguarding) have none and are answered from practice instead.
 *
 * To extend: add a cue to a topic, or a figure id to its list.
 */
import { PRACTICE_TOPICS } from '../../data/import/vocabulary.js';
import { INSTANCE_ASK } from './part-words.js';

/**
 * A concern about a person's health or treatment ("her concerns about side effects") is raised
 * with the prescriber, and one about a person ("concerns about both Mrs and Mr Kaur") is for
 * their welfare: neither goes through the disagreement log or the complaints procedure.
 */
/** The bidder's own concerns about a person ("how you would record and escalate your concerns") are for the person's welfare, not a complaint or a disagreement. */
const NOT_OURS = '(?<!\\b(?:your|our) (?:own )?)';
const NOT_ABOUT_TREATMENT = "(?! (?:about|over|with|on) (?:the |any |her |his |their |its |[\\w’']+['’]s )?(?:side[- ]effects?|medication|medicines?|treatment|symptoms|health|diagnosis|weight|sleep|money|finances?|financial|bank|spending|savings|benefits|pension|cash)\\b| (?:about|for) (?:both |either )?(?:mr|mrs|ms|miss|dr|him|them|her)\\b(?! (?:care|support|service|plan|review)))";

// The topics a question can ask about are the practice library's topics: one list, so every
// asked topic can be answered from a library entry and every entry's topic can be asked.
/** A case that ends ("referrals and their outcomes", "the outcome of each complaint") is not the person's outcome. */
const CASES = "(?:referrals?|complaints?|disagreements?|disputes?|enquir(?:y|ies)|applications?|assessments?|investigations?|appeals?|concerns?|challenges?)";
const NOT_A_CASE_ENDING = `(?<!${CASES} and (?:their |the |its )?)`;
const NOT_OF_A_CASE = `(?! (?:of|from) (?:the |any |each |every |all |their |its |an? |your )?(?:advocacy |safeguarding )?${CASES})`;

export const ASKED_TOPIC_IDS = PRACTICE_TOPICS;
export type AskedTopicId = (typeof ASKED_TOPIC_IDS)[number];

export interface AskedTopicCues {
  id: AskedTopicId;
  /** How the writer's note names the topic. */
  label: string;
  strong: readonly string[];
  weak: readonly string[];
  figures: readonly string[];
  /**
   * Cues that name people rather than a subject ("families", "advocates"). A topic found only
   * through these, in a question mostly about something else, names who takes part in that
   * other thing ("sharing information with families and advocates"): it is not asked about.
   */
  actors?: readonly string[];
}

export const askedTopicCues: readonly AskedTopicCues[] = [
  {
    id: 'person-led-planning',
    label: 'person-led planning and co-production',
    // Co-producing "the service" or "at organisational level" is the service's co-production, not a
    // person's plan; so is "a commitment to co-production" that names no plan or review.
    // "His own voice is heard in the review" is about his review, not feedback on the service.
    strong: ['person[- ]centred', 'person[- ]led', 'what (?:really )?matters (?:most )?to', '(?:own )?voices? (?:is |are )?heard in (?:the |their |his |her )?(?:own )?(?:reviews?|planning|care planning|meetings?)', "(?:commitment|approach|culture|strategy|ethos|principles) to co-?production (?:in|of) (?:the |their |each )?(?:person's )?(?:plans?|planning|reviews?|support plans?)", '(?<!(?:commitment|approach|culture|strategy|ethos|principles) to )co-?produc(?:e|ed|es|ing|tion)(?! (?:of )?(?:the |their |our |your |its |this )?(?:services?|organisation)| at (?:a |the )?(?:service|organisation|strategic)| (?:and [\\w-]+ )?(?:activit(?:y|ies)|groups?|boards?|forums?|networks?|partnerships?|work|events?|panels?|structures?|charters?)| in (?:staff )?(?:recruitment|recruiting|training|induction)|\\b[^.?;]{0,40}\\b(?:development|improvement|design|running|delivery|redesign) of (?:the |this |our |your |its )?services?)', 'support plans?', 'care plans?', 'care and support plans?', 'personalised', 'planning (?:and|or) review(?:ing)?', "(?:involv|includ)(?:e|es|ed|ing) (?:[\\w’'-]+ ){1,2}in (?:deciding|decisions?|making decisions?|choosing)(?= (?:what|how|who|where|when|which)\\b| (?:about|on) (?:their|his|her) (?:own )?(?:care|support|plans?|lives?|life|future|goals?|days?|homes?|treatment)\\b|[.?;,]|$)"],
    // "Your plans and timescales for extending it" are the provider's plans, not a person's.
    weak: ['planning', "(?<!(?:your|our|future|improvement|development|action|business|contingency|recovery) )plans?(?! (?:and timescales?|for (?:extending|rolling|expanding|improving|developing|the future)|to (?:extend|roll|expand|improve|introduce)))", 'choices?', 'preferences?', 'control', 'shape', 'say in', 'partnership', 'tailored'],
    figures: ['participation', 'participation-family'],
  },
  {
    id: 'family-friends',
    label: 'family and friends',
    // Relatives named by who they are ("his parents", "a spouse or adult child") are family too.
    strong: ['famil(?:y|ies)', 'relatives?', 'friends?', 'circles? of support', 'next of kin', 'loved ones?', '(?<!foster )parents?(?! (?:company|organisation|body))', 'spouses?', 'husbands?', 'wife', 'wives', 'siblings?', 'brothers?', 'sisters?', 'adult (?:sons?|daughters?|child(?:ren)?)', 'grandparents?', 'mum', 'dad', '(?:his|her|their) (?:partners?|mother|father|son|daughter|girlfriend|boyfriend)'],
    weak: ['supporters?', 'carers?', 'people who matter', 'those close'],
    actors: ['famil(?:y|ies)', 'relatives?', 'friends?', 'supporters?', 'loved ones?', 'carers?', 'parents?', 'spouses?', 'siblings?'],
    // Review participation counts family, friend and advocate input alike, so it answers first.
    figures: ['participation', 'participation-family'],
  },
  {
    id: 'advocacy',
    label: 'independent advocacy',
    strong: ['advoca(?:te|tes|cy)', 'imcas?', 'independent mental capacity advocates?', 'care act advocates?', 'relevant person\'?s representatives?', 'rprs?', 'imhas?', '(?:nobody|no one|no-one) (?:appropriate|suitable) to (?:consult|support|speak)', 'unbefriended',
      // "People who have no family or friends to support them": who represents them is the question.
      "(?:no|without|nobody|no one|no-one|not have any|don[’']t have any|do not have any)\\b[^.?;]{0,25}\\b(?:family|families|friends|relatives|loved ones)\\b[^.?;]{0,40}\\b(?:speak|support|represent|advocate|consult)\\w*",
    ],
    weak: ['referrals?', 'triggers?', 'independent support', 'speak(?:s|ing)? up', 'no one (?:else )?to support', 'representation', 'represented'],
    actors: ['advoca(?:te|tes)'],
    figures: ['advocate-response', 'participation-advocate'],
  },
  {
    id: 'accessibility',
    label: 'accessibility and communication',
    strong: ['accessib(?:le|ility)', 'easy[- ]read', 'bsl', 'british sign language', 'makaton', 'interpret(?:er|ers|ing)', 'translat(?:e|ed|ion|ions)', 'communication needs', 'accessible information standard', 'reasonable adjustments?', 'large print', 'alternative formats?', '(?:formats?|ways?|languages?|words) (?:that )?(?:they|people|the person|each person|everyone) (?:can )?understand', '(?:information|letters?|documents?|correspondence|views|wishes|what (?:is|was|has been) (?:said|shared|agreed|written)) (?:has |have |is |was |are |were |had )?(?:actually |really |fully |properly )?(?:been )?(?:actually |really |fully |properly )?understood'],
    weak: ['formats?', 'communicat(?:e|es|ion)', 'languages?', 'remote(?:ly)?', 'video', 'in writing', 'written (?:input|views|contributions?)', 'timing', 'convenient times?', 'a time that suits', 'barriers?', 'sensory'],
    figures: ['accessible-formats', 'agenda-notice'],
  },
  {
    id: 'meetings',
    label: 'meetings and cadence',
    // "How often" also asks how often something else happens ("evidence of how often this happens"), so it only hints.
    // …but "how often" asked of reviews or meetings themselves is the subject ("how often does each person have a review").
    // How much notice, who attends and chairs, and how long a meeting runs are the meeting's own arrangements.
    strong: ['review meetings?', 'frequency', 'cadence', 'mini-reviews?', 'deep-dives?', 'agendas?', 'notice of (?:the )?meetings?', 'how much notice', "(?:days?|weeks?)['’]? notice", 'who (?:attends|comes|is invited|chairs)', 'length of (?:a |the |each )?(?:meetings?|reviews?)', 'how long (?:meetings?|reviews?) (?:last|run|take)', 'how (?:often|frequently)(?! (?:it|this|that|these|they|the (?:information|data|figures|measures|results)) (?:is|are) (?:reviewed|looked at))\\b[^.?;]{0,40}\\b(?:reviews?|reviewed|meetings?|meet)\\b',
      // "Review each person's plan within six weeks of starting and at least every six months": the review cycle itself.
      "\\breview(?:s|ed)?\\b[^.?;]{0,60}\\b(?:within|at least every|every) (?:\\d+|one|two|three|four|six|eight|twelve|a) (?:weeks?|months?|years?)"],
    // A "meeting summary" is about the summary, not the meeting.
    weak: ['how often(?! (?:this|that|it|these|they|each) (?:happens?|occurs?|is done|are done))(?! (?:it|this|that|these|they|the (?:information|data|figures|measures|results)) (?:is|are) (?:reviewed|looked at|checked|analysed|audited))', 'meetings?(?!\\s+(?:summar|minutes|notes|actions))', 'reviews?(?!\\s+(?:summar|minutes|notes|actions))', 'reviewing', 'regular(?:ly)?', 'monthly', 'quarterly', 'annual(?:ly)?', 'scheduled?'],
    figures: ['cadence', 'cadence-monthly', 'agenda-notice'],
  },
  {
    id: 'summaries',
    label: 'summaries and actions',
    // "Summary statement" and "in summary" ask for a closing statement of the bid, not a meeting's summary.
    strong: ['(?<!in )summar(?:y|ies)(?! (?:statements?|of (?:your|our) (?:approach|commitment|offer|organisation)))', 'minutes', 'action (?:points|logs?|plans?)', 'actions? agreed', 'agreed actions?', 'follow(?:ed)?[- ]up', 'record of (?:the )?(?:meeting|review)', 'records? of what (?:was|is|has been|they|we|you) (?:agreed|decided|discussed)'],
    // "How you would record the process" records something; it is not a meeting's record.
    // "What action would you take", "immediate actions": what the provider would do, not a review's agreed actions.
    weak: ['(?<!(?:immediate|urgent|first|further|what|which) )actions?(?! (?:would|will|should|could|do) (?:you|your|we|staff)\\b)(?! (?:you|your staff|we) (?:would|will|should|could) take)', 'outcomes? of (?:the )?(?:meeting|review)s?', 'written up', 'on time', 'timel(?:y|iness)', 'deadlines?'],
    figures: ['summaries-on-time', 'actions-on-time'],
  },
  {
    id: 'disagreements',
    label: 'disagreements and escalation',
    // Challenging what was decided or written down ("how the person can challenge or correct it",
    // "query the summary") is disagreeing with it; "challenging behaviour" is not.
    // Concerns about a person ("how concerns about Mrs Kaur are escalated") go to a manager for their welfare, not up a disagreement route;
    // so does what "this" refers back to ("when he declines a visit, and how this would be recorded and escalated").
    strong: ['disagree(?:s|d|ment|ments)?', 'disputes?', '(?<!(?:(?:concerns?|worries) (?:about|for) (?:both |either )?(?:mr|mrs|ms|miss|dr|him|her|them)|\\b(?:this|it|these|they) (?:(?:would|will|should|is|are|gets?|be|been) )*(?:\\w+ (?:and|or) )?)\\b[^.?;]{0,40})escalat(?:e|es|ed|ion|ing)(?! (?:(?:your|our|these|those|such|any|the) (?:own )?)?concerns?\\b)', 'conflicts?', 'challenge decisions?',
      '(?:challenge|dispute|query)(?: or (?:correct|change|amend|query))? (?:it|them|this|that|(?:the|a|their|any) (?:summary|summaries|record|records|minutes|notes|decisions?|outcomes?|plan))'],
    weak: [`${NOT_OURS}concerns?${NOT_ABOUT_TREATMENT}`, 'differing views', 'do not agree', 'don\'t agree', "(?<!(?:while|whilst|until|till|before|once|after) (?:this|it|that|the (?:matter|issue|situation|question)) (?:is|has been|was) )resolv(?:e|ed|es|ing)", 'resolution', 'mediation', 'appeals?'],
    figures: ['disputes-resolved'],
  },
  {
    id: 'complaints',
    label: 'complaints and concerns',
    // How to complain, how fast an answer comes and where it goes next: a procedure everyone who
    // uses the service has, whether or not they are disagreeing with their own plan.
    strong: ['complaints?', 'complain(?:s|ed|ing|ants?)?', 'ombudsman', 'lgsco', 'grievances?', 'redress'],
    // Raising a concern is as often the condition of another question ("when someone raises a
    // concern, how quickly is an IMCA involved?") as its subject; a safeguarding concern is not a complaint.
    weak: [`rais(?:e|es|ed|ing) (?:a |any |their |her |his )?(?:concerns?|issues?)${NOT_ABOUT_TREATMENT}`, `(?<!safeguarding )${NOT_OURS}concerns?${NOT_ABOUT_TREATMENT}`, 'dissatisf(?:ied|action)', 'unhappy', "(?:not|isn[’']t|aren[’']t) (?:satisfied|happy)", 'take (?:it|this|that|their (?:complaint|concern)|the matter|things) further', 'compliments?', 'put (?:things|it|this) right', 'respon(?:d|se) times?', 'acknowledg(?:e|es|ed|ement|ing)'],
    figures: ['disputes-resolved'],
  },
  {
    id: 'consent-capacity',
    label: 'consent, capacity and best interests',
    strong: ['mental capacity', 'best[- ]interests?', 'mca', 'capacity assessments?', 'lacks? capacity', 'unwise', 'fluctuating capacity', 'advance (?:statements?|decisions?)', 'deprivation of liberty', 'dols', 'liberty protection safeguards', 'consent to (?:care|treatment|support|the plan)', 'consent(?= (?:and|or) capacity)'],
    // "Consent" alone is as often about sharing information as about capacity.
    weak: ['consent', 'capacity', 'decision[- ]making', 'decisions?', 'rights', 'least restrictive', '(?:lasting )?powers? of attorney', 'lpas?', 'deput(?:y|ies|yship)'],
    figures: ['participation-advocate', 'advocate-response'],
  },
  {
    id: 'feedback',
    label: 'feedback and "you said, we did"',
    strong: ['feedback', 'you said,? we did', 'feel (?:listened to|heard|involved)', 'surveys?', 'compliments?', 'satisfaction', '(?:gather|seek|collect|capture|ask for|asking for|gathering|seeking|collecting|capturing)(?:s|ed)? (?:the |their )?views'],
    // "People who experience anxiety" names a condition, not their experience of the service.
    weak: ['views', 'voice', 'listen(?:s|ed|ing)?', 'experience(?! (?:anxiety|distress|pain|difficult(?:y|ies)|trauma|fatigue|seizures|low mood|panic|stress|psychosis|sensory|memory))', 'learn(?:ed|t|ing)? from', 'lessons? learn(?:ed|t)', 'improvements?', 'heard'],
    figures: ['changes-from-feedback', 'feel-involved-agree', 'feel-involved', 'involvement-compliments'],
  },
  {
    id: 'outcomes',
    label: 'outcomes, enablement and positive risk',
    // "What the outcome was for the person" is how one disagreement ended, not the person's outcomes: the singular alone is a hint.
    strong: [`${NOT_A_CASE_ENDING}outcomes${NOT_OF_A_CASE}`, '(?:personal |individual |measurable )?outcome (?:measures?|tools?|frameworks?|stars?|scores?|focused|based|monitoring)', 'personal outcome', 'enablement', 're-?ablement', 'positive(?:ly)? risks?(?:[- ]taking)?', 'risk[- ]taking', 'take (?:positive )?risks', 'dignity of risk', 'independen(?:ce|t living)', 'goals?', 'progression', 'strengths?[- ]based'],
    weak: [`${NOT_A_CASE_ENDING}outcome${NOT_OF_A_CASE}`, 'risks?', 'progress', 'skills', 'achiev(?:e|ed|ing|ements?)', 'aspirations?', 'difference', 'step[- ]down', 'impact'],
    figures: ['enablement-measure', 'enablement-verified'],
  },
  {
    id: 'governance',
    label: 'governance and assurance',
    // What the provider would report to the buyer, and how its figures are checked, is assurance given to the buyer.
    strong: ['governance', 'assurance', 'audit(?:s|ed|ing)?', 're-?audits?', 'nominated individual', 'sampl(?:e|es|ed|ing)', 'dashboards?', 'quality (?:calendar|assurance|monitoring)', 'oversight',
      'report(?:s|ed|ing)? (?:back )?to (?:the |your )?(?:council|commissioners?|local authority|board|trustees)', '(?:checked|verified|validated) for accuracy', 'accuracy of (?:the |your |this )?(?:data|figures|records|information|measures|reports?)',
      // "Which measures you will report", "what information will you give the Council": the data the buyer receives.
      "(?:measures?|indicators?|kpis?|data|information|figures|evidence)\\b[^.?;]{0,40}\\b(?:you|we) (?:will|would|can|could) (?:report|give|provide|send|submit|supply)", '(?:give|send|provide|submit|supply|share with) (?:to )?(?:the |your )?(?:council|commissioners?|local authority)', 'contract monitoring', 'kpis?'],
    weak: ['monitor(?:s|ed|ing)?', 'quality', 'board', 'scrutiny', 'compliance', 'cqc', 'performance', 'trends? over time', 'checks?', 'calendar', 'reporting'],
    figures: [],
  },
  {
    id: 'safeguarding',
    label: 'safeguarding',
    // "Deprivation of Liberty Safeguards" and "Liberty Protection Safeguards" are capacity law, not safeguarding.
    // "The concerns about Margaret's money": signs of financial abuse, not a complaint.
    // "Raise a concern with the Council under section 42" is a safeguarding enquiry, not a complaint.
    strong: ['(?<!liberty )(?<!protection )safeguard(?:s|ing)?', 'abuse', 'neglect', 'exploitation', 'section 42', 's\\.? ?42 enquir(?:y|ies)', "(?:concerns?|worries|suspicions?) (?:about|over|regarding) (?:(?:the|her|his|their|[\\w’']+['’]s) )?(?:money|finances?|financial affairs|bank (?:card|account)s?|spending|savings|benefits|pension|cash)"],
    // "How would you assess risk" in a story of a bruise and money running out: the risk of harm.
    weak: ['protect(?:ed|ion)?(?! safeguards)', 'harm', 'incidents?', '(?:goes|went|go) wrong', 'at risk', 'assess(?:es|ing|ed)? (?:the |any |her |his |their )?risks?', 'risks? assessments?', '(?:concerns?|worries) (?:about|for) (?:both |either )?(?:mr|mrs|ms|miss|dr|him|her|them)\\b(?! (?:care|support|service|plan|review))'],
    figures: [],
  },
  {
    id: 'information-sharing',
    label: 'information governance and sharing',
    strong: ['information governance', 'data protection', 'gdpr', 'uk gdpr', 'confidential(?:ity)?', 'information[- ]sharing', // "Share information with them in formats they understand" is accessible information, not governance.
      "shar(?:e|es|ed|ing) (?:[\\w’'-]+ ){0,3}information(?! (?:(?:with|to) (?:them|the person|people|each person) )?(?:in (?:a |an |the )?(?:formats?|ways?|languages?|forms?)|so (?:that )?(?:they|people|the person) (?:can )?understand)\\b)", 'information (?:is |are )?shared', 'consent to share', 'dspt', 'data security', 'caldicott', 'personal data', 'personal information', '(?:agreement|permission) to share', "shar(?:e|es|ed|ing) (?:it |information )?without (?:their |the person's |someone's )?(?:consent|agreement|permission)", 'information (?:has to be |must be |may be |can be |is |are )shared'],
    // "How you would raise and record concerns" records something; only a record someone keeps or sees hints at it.
    weak: ['privacy', 'secure(?:ly)?', 'records', "(?<=(?:their|her|his|the|care|personal|own|person['’]s) )record", 'who sees', 'access to (?:their|records)'],
    figures: [],
  },
  {
    id: 'training',
    label: 'staff training',
    // "Continuous supervision and control" is the test for a deprivation of liberty, not staff supervision.
    strong: ['training', 'trained', 'competenc(?:e|y|ies)', 'workforce development', '(?<!(?:continuous|constant|close|1:1|one-to-one|24-hour) )supervision(?! and control)', 'refresher', 'e-?learning'],
    // "A learning disability" names who is supported, and "learning from complaints" or "an example of learning taken from a complaint" what is drawn from them: neither is training.
    // "How your staff would respond" names who acts; "her knowledge of Dev" is a relative's.
    weak: ["staff (?:knowledge|understanding|learning|development|skills|competenc\\w*|awareness)", "(?:new and existing|existing and new)(?= staff)", "staff (?:receive|get|undertake|complete|attend)", "staff (?:are |is )?(?:supervised|supported to (?:recognise|understand|learn))", "(?<=staff )(?:have|has|keep|gain|bring) (?:the )?(?:skills|knowledge|confidence)", "(?:keep|keeps|keeping|stay|stays|staying) up to date", 'induction', 'skills', "(?<!lessons |(?:of|any|the|what) )learning(?! disabilit(?:y|ies)| difficult(?:y|ies)| from| points?| (?:taken|drawn|gained|identified)| (?:is|was|are|were) (?:shared|taken|fed))", "(?<!(?:her|his|their|[\\w’']+['’]s) )knowledge(?! of (?:him|her|them|\\p{Lu}))", 'practitioners?', 'workforce'],
    figures: [],
  },
  {
    id: 'recruitment',
    label: 'involving people in recruiting and developing staff',
    // People who use the service taking part in training or inducting staff is their say in the workforce, not training the staff receive.
    strong: ['recruit(?:s|ed|ing|ment)', '(?:involved|involvement|involving|participat\\w*|take part|takes part|taking part|roles?|say|help(?:s|ing)?) in (?:[\\w-]+,? (?:and |or )?){0,3}(?:training|inducting|induction of|developing) (?:of )?(?:your |our |the |new )?(?:staff|workers|workforce|support workers|care workers)', 'co-?production in (?:staff )?(?:recruitment|recruiting|training|induction)', 'help(?:s|ing)? (?:us )?(?:to )?recruit', 'interview(?:s|ing)? panels?', 'interviews? (?:of|for) (?:staff|candidates)', 'selection of staff', 'job descriptions?', 'apprais(?:e|es|ed|ing|als?)', 'hiring', "(?:choos(?:e|es|ing)|chosen|select(?:s|ed|ing)?) (?:and [\\w-]+ )?(?:the |their |who )?(?:staff|support workers|personal assistants|care workers)"],
    weak: ['interview(?:s|ing)?', 'candidates?', 'new staff', 'choose (?:their|the) staff', 'staff (?:are|who are) chosen'],
    figures: [],
  },
  {
    id: 'carers',
    label: "carers' wellbeing and support",
    strong: ["carer'?s'? assessments?", "carers'? (?:wellbeing|well-being|needs|support|breaks?|strain)", 'unpaid carers?', 'caring roles?', 'young carers?', 'respite', 'carer support'],
    weak: ['carers?', 'wellbeing', 'well-being', 'burnout', 'breaks?', 'signpost(?:s|ed|ing)?'],
    // "Who you involve (the person, family and friends, unpaid carers, …)" names carers as taking part.
    actors: ['unpaid carers?', 'family carers?', 'carers?'],
    figures: ['participation-family'],
  },
  {
    id: 'co-production',
    label: 'co-production of the service',
    strong: ['making it real', 'tokenis(?:m|tic)', '(?:commitment|approach|culture|strategy|ethos|principles) to co-?production(?! (?:in|of) (?:the |their |each )?(?:person(?:\'s|’s) )?(?:plans?|planning|reviews?|support plans?))', 'co-?design(?:s|ed|ing)?', 'service design', 'design(?:ing)?,? deliver(?:y|ing) and evaluat(?:e|ion|ing)', 'experts? by experience', 'quality checkers?', 'steering groups?', 'user[- ]led', 'shape (?:the|our) services?', 'service[- ]level co-?production', "co-?produc(?:e|es|ed|ing|tion) (?:of )?(?:the |their |our |your |its |this )?(?:services?|organisation)", 'co-?produc(?:e|es|ed|ing|tion)\\b[^.?;]{0,40}\\b(?:development|improvement|design|running|delivery|redesign) of (?:the |this |our |your |its )?services?', 'co-?production at (?:a |the )?(?:service|organisation(?:al)?|strategic)', '(?:service|organisational|strategic) level', "think local act personal", 'tlap', "design, deliver and improve", '(?:design|deliver|improve)(?:,| and) (?:deliver|improve|evaluate) (?:and (?:improve|evaluate) )?(?:the |our |your )?services?', 'reference groups?', '(?:role|part|say|voice|seat|involved|involvement|participat\\w*) in (?:the )?(?:designing|developing|shaping|running|improving|reviewing|checking|evaluating|monitoring|commissioning|governing)\\b[^.?;]{0,40}\\b(?:services?|quality|polic(?:y|ies)|organisation)', 'beyond (?:being )?(?:consult(?:ed|ation|ing)|asked (?:for )?(?:their )?(?:views|opinions))', 'co-?production (?:and [\\w-]+ )?(?:activit(?:y|ies)|groups?|boards?|forums?|networks?|partnerships?|work|events?|panels?|structures?|charters?)', '(?:payment|paid|pay|paying|reward\\w*|recogni(?:tion|se|sed|sing|ze|zed|zing)|vouchers?|expenses)\\b[^.?;]{0,30}\\b(?:their )?(?:time|contributions?|involvement|expertise)', '(?:areas?|parts?|aspects?) of (?:your|our|the) (?:work|services?|organisation)\\b[^.?;]{0,40}\\b(?:shape|shapes|influence|influences|lead|co-?produce|design)', '(?:take|takes|taking|play) (?:a )?part in (?:checking|monitoring|inspecting|evaluating|auditing|running|shaping|designing|improving) (?:the )?(?:quality|service|services|support)', 'involved in (?:checking|monitoring|inspecting|evaluating|auditing|running|shaping|designing) (?:the )?(?:quality|service|services)', 'influenc\\w*\\b[^.?;]{0,30}\\b(?:about|over|on|in) (?:how )?(?:the|your|our|this) (?:service|services|organisation)\\b', '(?:the )?(?:service|services|organisation) as a whole', 'how (?:the|your|our) (?:service|services|organisation) (?:is|are) run'],
    weak: ['design', 'evaluat(?:e|ion|ing)', 'lived experience', 'service development', 'equal partners?', 'power(?! of attorney)', 'forums?'],
    figures: ['changes-from-feedback', 'feel-involved-agree'],
  },
  {
    id: 'review-triggers',
    label: 'early reviews, crisis plans and advance statements',
    strong: ['earl(?:y|ier) reviews?', 'review triggers?', 'trigger(?:s|ed)? (?:a |an )?(?:early |earlier |urgent |unplanned |unscheduled |extra |additional )?reviews?', '(?:unscheduled|unplanned|extra|additional|interim) reviews?', '(?:is|are|become|becomes|becoming|feel|feels) unwell', 'periods? (?:of|when)[\\w ]{0,20}unwell', 'crisis (?:plans?|planning)', 'relapse', 'advance statements?', 'care programme approach', 'cpa', 'request (?:a|an early) reviews?', 'ask for (?:a|an early) reviews?', 'changes? in (?:their )?(?:needs?|presentation|mental health)', 'hospital admissions?', 'deteriorat(?:e|es|ing|ion)'],
    weak: ['crisis', 'mental health', 'unplanned', 'urgent(?:ly)?', 'warning signs', 'out of hours'],
    figures: ['cadence', 'cadence-monthly'],
  },
  {
    id: 'workload',
    label: 'keeping involvement within staff time',
    // "Capacity" alone is mental capacity; only "staff capacity" is about time.
    strong: [
      '(?:staff|labour|resource|time|admin(?:istration)?)[- ]intensive',
      'workloads?',
      'staff (?:time|capacity|resources?)',
      '(?:burden|pressure|demands?) (?:on|for) (?:staff|teams?|managers|key workers)',
      '(?:staff|administrative|admin) burden',
      'time[- ]consuming',
      'within (?:existing |available |current )?(?:resources|staffing|budgets?)',
      'without (?:adding|increasing|overloading)\\b[^.?;]{0,30}\\b(?:staff|workload|time|costs?)',
      'streamlin(?:e|ed|es|ing)',
    ],
    // "Proportionate" is as often about sharing information or managing risk.
    weak: ['(?:dis)?proportionate(?:ly)?', 'efficien(?:t|tly|cy)', 'manageable', 'resources?', 'costs?', 'value for money', 'duplication', 'practical(?:ly)?', 'overload(?:ed|ing)?', 'rotas?', 'staffing'],
    figures: ['summaries-on-time', 'agenda-notice'],
  },
];

export const QUESTION_ASK_IDS = ['examples', 'how-do-you-know', 'last-12-months', 'approach', 'what-changed', 'roll-out'] as const;
export type QuestionAskId = (typeof QUESTION_ASK_IDS)[number];

export interface QuestionAskCues {
  id: QuestionAskId;
  /** How the writer's note names the ask. */
  label: string;
  cues: readonly string[];
}

export const questionAskCues: readonly QuestionAskCues[] = [
  {
    id: 'examples',
    label: 'examples',
    // "for example" inside a question only lists what it means; it does not ask for one.
    cues: ['(?<!for )examples?', 'case stud(?:y|ies)', 'illustrat(?:e|ed|es|ing|ion|ions)', 'instances?', 'show us', INSTANCE_ASK],
  },
  {
    id: 'how-do-you-know',
    label: 'how you know',
    cues: ['how (?:do|would|will|can|could) (?:you|we) know', 'how (?:you|we|the provider|the organisation) (?:would |will )?(?:know|check(?:ed)?|measure|monitor|audit|assure|verify)', 'how (?:do|will|would|can) you (?:measure|monitor|evidence|demonstrate|check|assure|tell|show)', 'what evidence', 'evidence (?:of|that|this|how)', 'how is this (?:measured|monitored|evidenced)', 'how (?:is|are) (?:this|that|it|these|those)(?: \\w+)? (?:checked|measured|monitored|evidenced|verified|audited|tested|assured)', 'demonstrate'],
  },
  {
    id: 'last-12-months',
    label: 'the last 12 months',
    // Only a period the evidence should cover: "over the past year", "from the last 12 months". A
    // story's "until last year" or "detained … last year" dates an event and asks for nothing.
    cues: ['(?:in|over|during|from|within|across|for|throughout|of) the (?:last|past|previous|preceding) (?:12|twelve) months', '(?:in|over|during|from|within|across|for|throughout|of) the (?:last|past|previous|preceding) year', 'over the year'],
  },
  {
    id: 'approach',
    label: 'your approach',
    cues: ['approach(?:es)?', '(?:describe|explain|outline|set out|tell us) how', 'how (?:do|will|would) you (?:ensure|make sure|support|involve|enable|manage|handle|work)', 'what (?:do|will) you do'],
  },
  {
    id: 'what-changed',
    label: 'what has changed',
    cues: ['what (?:has|have) changed', 'what changed', 'what (?:changes|improvements) (?:have|has) (?:you|been)', 'changes? (?:you have|you\'ve) made', 'changed as a result', 'what difference has', 'what did you change', 'what you changed', '(?:led|leading|lead) to (?:an? )?(?:changes?|improvements?)', 'changes? (?:to|in) (?:your|the) (?:service|services|support)', '(?:resulted|results) in (?:an? )?(?:changes?|improvements?)', 'changes? (?:that|which) [^.?;]{0,40}\\b(?:led to|brought about|resulted in)'],
  },
  {
    // "Where this is not yet in place in every service, explain your plans and timescales":
    // which services have it now, and when the rest will.
    id: 'roll-out',
    label: 'plans and timescales for the services that do not have it yet',
    cues: [
      'not (?:yet )?(?:in place|established|happening|available) (?:in|at|across) (?:every|each|all)',
      '(?:is|are|does|do) not yet (?:in place|established|happen(?:ing)?|available|running|offered|delivered|used)',
      'plans? and timescales?',
      'timescales? for (?:extending|rolling|introducing|implementing|spreading)',
      '(?:extend|extending|spread|spreading) (?:it|this|these|them) (?:to|across)',
      'roll(?:ed|ing)?[- ]out',
      'roll(?:ed|ing)? (?:it|this|these|them) out',
      // "One measurable commitment you will deliver in the first year of the contract": a dated plan, by whom, for where it is not yet done.
      'measurable commitments?',
      '(?:commit(?:ment)?s?|pledges?) (?:that )?you will (?:deliver|make|achieve)',
      '(?:will you|you will) (?:deliver|achieve|introduce|put in place) (?:in|within|during|over|by the end of) the first (?:year|12 months|twelve months|six months)',
    ],
  },
];
