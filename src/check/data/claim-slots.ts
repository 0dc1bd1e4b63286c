/**
 * Domain vocabulary for the claim analysis (claim-analysis.ts). Grammar (tokens, parts of
 * speech, numbers, dates, durations) comes from the NLP model; these lists hold only what a
 * general English model cannot know: which words make a care provider's sentence a claim,
 * and which name a role, a format, a check or a change.
 *
 * Patterns are regular-expression sources in lower case, matched as whole words on the
 * sentence (case ignored); `{num}`, `{people}`, `{be}`, `{we}`, `{adv}` come from vocabulary.ts.
 * To extend: add a source to the right list and a sentence to the training split that needs it.
 */

/** Head nouns of a role: with a modifier in front ("care coordinator", "Head of Care") they name who acts. */
export const roleHeads: readonly string[] = [
  'workers?', 'keyworkers?', 'managers?', 'leads?', 'leaders?', 'co-?ordinators?', 'officers?', 'nurses?',
  'therapists?', 'practitioners?', 'directors?', 'chairs?', 'trainers?', 'champions?', 'assessors?',
  'supervisors?', 'administrators?', 'pharmacists?', 'psychologists?', 'psychiatrists?', 'clinicians?',
  'facilitators?', 'mentors?', 'buddies', 'buddy', 'befrienders?', 'navigators?', 'advisers?', 'advisors?',
  'specialists?', 'consultants?', 'auditors?', 'inspectors?', 'reviewers?', 'wardens?', 'matrons?',
  'panels?', 'boards?', 'committees?', 'councils?', 'trustees?',
  'representatives?', 'ambassadors?', 'volunteers?', 'interpreters?', 'translators?', 'gps?', 'doctors?',
  'dietitians?', 'physiotherapists?', 'paramedics?', 'owners?', 'heads?', 'attorneys?',
];

/** Roles named in full without a modifier, and acronyms of roles and bodies. */
export const namedRoles: readonly string[] = [
  'key ?workers?', 'registered managers?', 'nominated individuals?', 'social workers?',
  'rms?', 'ni', 'gps?', 'healthwatch', 'cqc', 'care quality commission', 'ombudsman', 'safeguarding (?:lead|team|board)s?',
  'the chair',
  // People we support acting themselves are an actor: "residents choose", "two tenants interview".
  '(?:residents|tenants|service users|clients|patients|members|the person|{num} (?:residents|tenants|service users|clients|people|members|parents|relatives)) (?:choose|chooses|write|writes|chair|chairs|co-chair|lead|leads|interview|interviews|decide|decides|host|hosts|run|runs|sit on|sits on|ask|asks|set|sets|teach|teaches|train|trains)',
  "(?:his|her|their|\\w+'s)\\s+(?:mum|dad|mother|father|sister|brother|daughter|son|aunt|uncle|grandmother|grandfather|gran|grandad|partner|wife|husband|friend|cousin|niece|nephew)",
  'peer (?:researchers?|reviewers?|supporters?|mentors?)', 'experts? by experience', 'the person (?:chooses|decides|leads|sets|agrees|writes|chairs|picks)',
  'on-call', 'night staff', 'the local authority', 'the board',
];

/** Modifiers that do not make a role specific ("our staff", "all managers", "the team"). */
export const genericRoleModifiers: readonly string[] = [
  'our', 'the', 'all', 'a', 'an', 'each', 'every', 'any', 'their', 'his', 'her', 'its', 'these', 'those', 'this', 'that',
  'some', 'many', 'most', 'other', 'more', 'good', 'great', 'dedicated', 'experienced', 'skilled', 'caring', 'friendly',
  'trained', 'qualified', 'committed', 'whole', 'wider', 'staff', 'local', 'relevant', 'appropriate',
  'senior', 'management', 'leadership', 'nursing', 'new', 'same', 'right', 'advocacy', 'key', 'equal', 'welcome',
];

/** Words after "daily", "weekly" … that make the word part of a name, not a cadence. */
export const notCadenceAfter: readonly string[] = [
  'living', 'life', 'lives', 'tasks', 'routines?', 'needs', 'activities', 'skills', 'basis',
];

/** Cadence and deadlines the model does not mark as a date or a duration. */
export const cadenceCues: readonly string[] = [
  '(?:daily|weekly|fortnightly|monthly|quarterly|bi-?monthly|bi-?annual(?:ly)?|annual(?:ly)?|yearly|nightly|hourly)',
  '(?:six|three|twelve|two)-(?:monthly|weekly)',
  'twice[- ](?:yearly|weekly|monthly|a (?:day|week|month|year))',
  '(?:every|each) (?:day|week|fortnight|month|quarter|year|morning|evening|night|shift|visit|review|meeting|mini-review|deep-dive|call|term|season|assessment|interview|session|induction|spring|summer|autumn|winter|handover|admission|move|placement|incident|(?:mon|tues|wednes|thurs|fri|satur|sun)day|other (?:week|month)|{num} (?:days|weeks|months|years))',
  '(?:once|twice|three times|four times|{num} times) (?:a|per|each|every) (?:day|week|fortnight|month|quarter|year)',
  'per (?:day|week|month|quarter|year|shift|visit)',
  '(?:within|after|before|by) (?:{num}|a|one|two) (?:working |calendar |clear )?(?:hours?|days?|weeks?|months?)',
  '{num}-(?:hour|day|week|month|working-day)',
  '(?:at|before|after|following) (?:each|every|the (?:first|next|annual|six-monthly|monthly|quarterly)) (?:review|meeting|visit|handover|admission|mini-review|deep-dive)',
  '(?:the )?(?:day|week|morning) (?:after|before)', 'at (?:the |their |each |every )?(?:first |initial )?(?:assessment|induction|interview|admission|handover|tenancy sign-up)',
  'when (?:a person|someone|a tenant|a resident|a client|they|the person) (?:joins|moves in|starts|arrives|leaves|is admitted)',
  'on a (?:daily|weekly|monthly) basis',
  'same[- ]day', 'next[- ]day', 'overnight', 'on admission', 'at handover', 'at admission', 'on arrival', 'at the end of each',
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s)? (?:mornings?|afternoons?|evenings?)',
  '(?:on|every) (?:mon|tues|wednes|thurs|fri|satur|sun)days?',
  '\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)', 'from (?:january|february|march|april|may|june|july|august|september|october|november|december)',
  'q[1-4]', 'in (?:january|february|march|april|june|july|august|september|october|november|december)',
  '20\\d\\d(?:[-–/]\\d\\d)?',
];

/** Formats, channels and named methods: saying how. Generic "meetings" or "contact" is not a method. */
export const methodCues: readonly string[] = [
  'easy[- ]read', 'bsl', 'british sign language', 'makaton', 'braille', 'large[- ]print', 'audio', 'pictures?', 'photos?',
  'symbols?', 'objects of reference', 'talking mats', 'communication passports?', 'one-page profiles?', 'video(?: calls?| messages?| clips?)?',
  'voice notes?', 'text messages?', 'by (?:phone|text|email|e-mail|letter|post|video)', 'phone calls?', 'whatsapp', 'zoom', 'teams call',
  'plain[- ]english', 'translat(?:ed|ion|ions)', 'interpret(?:er|ers|ed|ing)', 'in person', 'home visits?', 'newsletters?',
  'surveys?', 'questionnaires?', 'focus groups?', 'feedback forms?', 'comment cards?', 'suggestion box(?:es)?',
  'mini-reviews?', 'deep-dives?', 'best[- ]interests? meetings?', 'in writing', 'in the first person', "in (?:their|his|her|the person's) own words",
  '(?:recorded|written|kept|listed|logged|noted|printed) (?:on|in)', 'on file', 'forms?', 'life histor(?:y|ies)', 'pages?',
  '(?:files?|plans?|records?) (?:holds?|held|includes?|included|contains?|contained|recorded|showed)', 'goal-setting', 'person-centred reviews?',
  'life story (?:work|books?)', 'visual (?:timetables?|planners?|agendas?)', 'agendas?', 'written (?:summar(?:y|ies)|views?|notes?|records?)',
  'minutes', 'action logs?', 'diar(?:y|ies)', 'portal', 'app', 'noticeboards?', 'you said,? we did', 'pictorial',
  'sign language', 'subtitles', 'social stories', 'mood (?:boards?|charts?)', 'traffic[- ]light', 'rota', 'checklists?',
  'charters?', '(?:plans?|files?|profiles?) (?:records?|notes?|sets? out|lists?|shows?)', 'protocols?', 'care plans? (?:template|section)s?', 'logged in', 'log(?:ged|s)?',
];

/** How a claim is checked: audits, sampling, observation, named checks. */
export const checkCues: readonly string[] = [
  '(?:re-?)?audit(?:s|ed|ing|ors?)?', 'sampl(?:e|es|ed|ing)', 'spot[- ]checks?', 'unannounced (?:visits?|checks?)',
  'observ(?:e|es|ed|ing|ation|ations)', 'supervisions?', 'competency (?:checks?|assessments?)', 'case[- ]file', 'file reviews?',
  'quality (?:checks?|reviews?|visits?)', 'mock inspections?', 'dip[- ]samples?', 'governance (?:meetings?|reviews?|reports?)',
  '(?:care )?plans (?:we|i) (?:reviewed|sampled|looked at|saw|read)', 'records (?:showed|show|confirmed)', 'we (?:saw|found|sampled)',
  'checked by', 'signed off by', 'reported to', 'escalat(?:e|es|ed|ion) to', 'dashboards?', 'key performance indicators?', 'kpis?',
];

/** Saying what changed: a reply to views, or a change the provider made. */
export const changeCues: readonly string[] = [
  'as a result(?! of)', 'you said,? we did', '(?:which|this|that|it) led to', 'led to', 'resulted in', 'in response,? (?:we|the)',
  '(?:we|they|this|the team|the service|the home|managers?) (?:then |have |has |now )?(?:changed|moved|introduced|added|replaced|stopped|started|switched|shortened|extended|adapted|amended|rewrote|redesigned|reduced|increased|created|set up|launched|removed|dropped|trialled|piloted|recruited|appointed|bought|installed|rearranged|reorganised|rescheduled)',
  '(?:had|has|have) (?:acted on|changed|moved|introduced|added|replaced|stopped|started|switched|shortened|extended|adapted|amended|rewritten|redesigned|set up|launched|removed)',
  'acted on', 'changed (?:the|our|how|what|their|his|her)', 'what (?:we )?changed', 'following (?:their|this|that|the|her|his) (?:feedback|requests?|suggestions?|comments?|complaints?)',
  'came (?:directly )?from (?:\\w+ )?(?:suggestions|feedback|ideas|requests)', "(?:told us|said|asked for|asked us|suggested|raised)[^.;]{0,80}?,? so\\b",
  'now (?:run|runs|joins|join|books|plans|initiates|chooses|lead|leads|manages|travels|does|sends|send|have|has|takes?|meets?|starts?|includes?|goes|go|uses?|receives?|gets?)',
  '(?:rose|fell|dropped|went|moved|grew|increased|decreased|reduced|improved) (?:from|to) {num}', 'from {num} to {num}', 'no longer',
];

/** An aspiration or value statement: on its own it fills no slot. */
export const aspirationCues: readonly string[] = [
  '{we}\\s+{be}\\s+(?:fully\\s+|deeply\\s+|wholly\\s+|firmly\\s+|absolutely\\s+|truly\\s+)?(?:committed|dedicated|determined|passionate|proud|keen|eager|pleased|delighted|happy)',
  '{we}\\s+(?:always\\s+|will\\s+|would\\s+|shall\\s+|continues?\\s+to\\s+)?(?:strive|aim|endeavour|seek|try|aspire|hope|wish|want|intend|work hard|pledge|promise)s?\\s+(?:to|for)',
  '(?:we|the team|staff)\\s+pride',
  '(?:our|the) (?:aim|goal|ambition|vision|mission|philosophy|ethos|values?|commitment|priority|promise|belief|intention) (?:is|are|has been)',
  '{we}\\s+(?:firmly\\s+)?believe', 'we recognise', 'we value', 'we welcome', 'we embrace', 'we champion', 'we celebrate',
  'we understand', 'we acknowledge', 'we appreciate', 'we place great', 'it is (?:important|essential|vital|crucial|key)',
];

/** Offers made on request or "where needed": they do not say who acts or when. */
export const hedgeCues: readonly string[] = [
  '(?:if|when|where|as|whenever|wherever) (?:requested|required|needed|necessary|appropriate|possible|practicable|relevant|desired|preferred|wanted|asked|applicable|indicated|suitable)',
  'if (?:they|people|families|relatives|residents|individuals|the person) (?:wish|wishes|want|wants|prefer|prefers|ask|asks|request|requests|choose|chooses)',
  'where there is (?:a|an) (?:\\w+ )?need', 'if (?:one|it|this) is (?:felt to be |thought to be )?(?:needed|required|necessary)', 'where (?:the )?(?:relevant )?criteria (?:are|is) met',
  'on request', 'upon request', 'by request', 'by arrangement', 'as and when', 'where (?:this is|it is) (?:needed|required|appropriate)',
  'can be (?:arranged|provided|made available|offered|requested|sourced|accessed)', 'may be (?:arranged|provided|offered|available)',
  'is available', 'are available', 'available to', 'on hand', 'at any time', 'at all times', 'as much as possible', 'as far as possible',
  'as (?:soon|quickly|often|early|fully|closely|much|far|well|promptly|regularly|frequently|many|clearly|openly) as (?:possible|practicable|we can|they can|needed|required|appropriate|they wish|they like|is practical)',
];

/** A figure offered as evidence: its unit or counted noun. Counts that describe a practice are not metrics. */
export const metricNouns: readonly string[] = [
  'people', 'persons', 'residents', 'tenants', 'clients', 'families', 'relatives', 'carers', 'respondents', 'responses', 'replies',
  'reviews', 'meetings', 'plans', 'summaries', 'complaints', 'compliments', 'concerns', 'incidents', 'referrals', 'cases', 'files',
  'actions', 'disagreements', 'disputes', 'surveys', 'visits', 'calls', 'hospital admissions', 'admissions', 'falls', 'errors',
  'safeguarding', 'alerts', 'changes', 'goals', 'outcomes', 'suggestions', 'requests', 'individuals', 'participants', 'attendees',
  'staff', 'managers', 'workers', 'volunteers', 'hours',
];

/** Words around a figure that make it a rate or result ("rose to", "rated", "satisfied"). */
export const metricContext: readonly string[] = [
  '(?:rose|risen|fell|fallen|dropped|went|increased|decreased|reduced|improved|grew|climbed) (?:from|to|by)', 'up from', 'down from',
  'rated', 'scored', 'satisf(?:ied|action)', 'said (?:they|that)', 'told us', 'reported', 'agreed that', 'felt', 'rate', 'rates', 'score',
  'response rate', 'compared with', 'compared to', 'out of', 'of (?:the |our |all )?{num}', '\\d+ in \\d+', '(?:one|two|three|four|five|six|seven|eight|nine|ten) in (?:two|three|four|five|six|seven|eight|nine|ten)',
];

/** Period, place or source for a metric (in its sentence or a neighbour in the same paragraph). */
export const metricAnchorCues: readonly string[] = [
  'q[1-4]', '20\\d\\d(?:[-–/]\\d\\d)?', '(?:january|february|march|april|june|july|august|september|october|november|december)',
  '(?:in|since|by|during) may', '(?:this|last|the|that|next|previous|same|following|each|every|one|a) (?:quarter|year|month|financial year|six months|twelve months|period)',
  'over (?:the )?(?:last |past )?(?:{num} )?(?:weeks?|months?|quarters?|years?)', 'year to date', 'financial year', 'fy\\s?\\d\\d',
  'since (?:then|the change|we|it|this)', '(?:within|in|after) (?:a|one|{num}) (?:weeks?|months?|quarters?|years?)',
  'across (?:our |the |all |both |{num} )?(?:\\w+ )?(?:services|sites|homes|schemes|teams|settings|locations)',
  '(?:in|at|across) (?:our |the |each |this )?(?:supported living|residential|domiciliary|home care|extra care|nursing|community)',
  'per (?:service|site|home|scheme)', '(?:at|in) (?:this|each|every|the) (?:service|site|home|scheme)',
  '(?:re-?)?audits?', 'surveys?', 'records?', 'dashboard', 'case files?', 'file reviews?', 'sampl(?:e|ed|ing)', 'logs?', 'according to',
  'source', 'data from', 'snapshot', 'n ?= ?\\d+', '\\d+ (?:of|out of) \\d+', 'questionnaires?', 'returns', 'respondents',
];

/** Words that make a sentence an involvement or quality claim (with `{people}` from vocabulary.ts). */
export const claimCues: readonly string[] = [
  '{people}', 'residents?', 'tenants?', 'clients?', 'individuals?', 'customers?', 'patients?', 'members?', 'the person', 'people',
  'everyone', 'families', 'family', 'relatives?', 'carers?', 'parents?', 'advoca(?:te|tes|cy)', 'loved ones?', 'friends',
  '{we}', 'our', 'us', 'care', 'support', 'service', 'services', 'quality', 'safe(?:ty|ly)?', 'dignity', 'respect', 'choice',
  'views?', 'voice', 'feedback', 'involv(?:e|es|ed|ing|ement)', 'consult(?:s|ed|ing|ation)?', 'listen(?:s|ed|ing)?',
  'communicat(?:e|es|ed|ing|ion)', 'engag(?:e|es|ed|ing|ement)', 'co-?produc(?:e|es|ed|ing|tion)', 'person-centred', 'outcomes?',
  'satisf(?:ied|action)', 'improv(?:e|es|ed|ing|ement|ements)', 'wellbeing', 'well-being', 'independence', 'staff', 'team',
];
