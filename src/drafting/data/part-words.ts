import { UNIT_WORDS } from '../../claims/data/number-words.js';

/**
 * Words that carry no subject of their own in a tender question ("describe how you make sure
 * …"): left out when a part of the question is compared with what an answer or a practice
 * library entry says. Lemmas, lower case.
 */
export const PART_FILLER_LEMMAS: ReadonlySet<string> = new Set([
  'answer', 'approach', 'arrangement', 'be', 'describe', 'detail', 'do', 'ensure', 'evidence', 'example', 'explain', 'give', 'happen',
  'have', 'include', 'know', 'make', 'outline', 'practice', 'provide', 'set', 'show', 'sure', 'tell', 'use', 'way', 'work', 'your',
  'service', 'services', 'people', 'person', 'support', 'supported', 'organisation', 'provider', 'staff', 'team', 'time', 'case',
  'how', 'what', 'when', 'who', 'why', 'where', 'which', 'whether', 'also', 'well', 'still', 'actually', 'consistently', 'each',
  'every', 'all', 'other', 'own', 'particular', 'specific', 'relevant', 'appropriate', 'current', 'currently', 'past', 'last', 'month', 'year', 'quarter',
  'normally', 'usually', 'often', 'receive', 'need', 'able', 'properly',
  // Light verbs: the noun after them carries the subject ("reviews take place", "take part", "get help").
  'take', 'get', 'put', 'bring', 'come', 'go',
  // "Your response should cover the following:" introduces the parts; it is not one.
  'cover', 'address', 'following', 'response', 'submission', 'consider', 'should', 'please',
]);

/**
 * Where a question joins two asks in one sentence: ", and how …", "; what …", ", and give …".
 * A part begins at the word after the break.
 */
export const PART_BREAKS: readonly string[] = [
  // Without a comma, "and who" / "and when" may close a list ("choice of time, place and who attends").
  ',\\s+and\\s+(?=(?:how|what|when|who|whom|why|whether|where|which|give|describe|explain|tell|set out|show|provide|include|identify|state|confirm|outline|summarise)\\b)',
  '\\s+and\\s+(?=(?:how|what|why|whether|give|describe|explain|tell|set out|show|provide|include)\\b)',
  ';\\s+',
  ',\\s+(?=(?:how|what|when|who|whom|why|whether|where|which)\\b)',
  // "… when the person does not want someone involved, or when family members disagree": two cases, each answered.
  ',\\s+or\\s+(?=(?:when|where|if|whether)\\b)',
];

/**
 * Words opening a condition at the start of a sentence ("When a plan is reviewed, how do you …"):
 * the clause says when the ask after it applies and asks nothing itself.
 */
export const CONDITION_OPENING = /^(?:when|whenever|if|once|after|before|while|where|as soon as|each time|every time)\b/i;

/**
 * A clause that sets a condition on what a part asks ("while respecting her independence",
 * "without taking risks away"): what the part is about is named before it. Only before a verb in
 * -ing: "decisions made while they are unwell" says when, and is the subject itself.
 */
export const CONDITION_CLAUSE = /,?\s+\b(?:while|whilst|without|at the same time as)\s+(?=\w+ing\b)/i;

/** A bracketed list of instances ("(such as staff recruitment, training delivery …)"): what the words around it ask about is the subject. */
export const EXAMPLE_LIST = /\((?:such as|for example|for instance|e\.?g\.?,?|including|like|eg)\s[^()]*\)/gi;

/**
 * Words before an ask that only lead into it: "Using this scenario, explain how …" and "Your
 * answer should cover how you would …" ask what follows them.
 */
export const ASK_LEAD_IN = /^(?:(?:using|with|based on|drawing on|thinking about) (?:this|the|these) (?:scenario|example|case study|situation)s?,?\s+|(?:in )?your (?:answer|response|submission|reply) (?:should|must|will need to|needs to|may) (?:cover|include|address|set out|explain|describe|show|consider)\s+)/i;

/** Words closing a line that announces the bulleted or lettered parts below it ("…, covering:"). */
export const LIST_ANNOUNCEMENT = /\b(?:including|covering|include|cover|following|address(?:ing)?|as follows|below|outlining|setting out)$/i;

/** Verbs whose object is a "who" or "what" clause: what follows them is what is found out, not a new ask. */
export const COMPLEMENT_VERB = /\b(?:find(?:s|ing)? out|ask(?:s|ed|ing)?|establish(?:es|ed|ing)?|learn(?:s|ed|t|ing)?|understand(?:s|ing)?|check(?:s|ed|ing)?|confirm(?:s|ed|ing)?|identif(?:y|ies|ied|ying)|agree(?:s|d|ing)?|decid(?:e|es|ed|ing))\b/i;

/**
 * A clause after an ask for examples, in the same sentence, saying what each example should
 * show ("…, what triggered the referral and how quickly they became involved"): it asks about
 * the example, not about the provider's approach, so it names no "you".
 */
export const EXAMPLE_DETAIL = /^(?:what|how|who|whom|when|why|where|which|whether)\b(?!.*\b(?:you|your|yours)\b)/i;

/**
 * An example asked for as something that changed ("an example of something that changed because
 * of an advocate", "examples of improvements"): a log entry saying what happened and how fast is
 * not that; a change made from what people said is. "Examples of referrals you made, saying what
 * difference the advocate made" asks for referrals. `OF_SOMETHING_CHANGED` is what follows the
 * ask, for cues that must not fire on such an example.
 */
export const OF_SOMETHING_CHANGED = "[^.?;]{0,40}?\\bof (?:a |an |the |any )?(?:something (?:that |which )?(?:has |have |was )?(?:changed|improved)|changes?|improvements?|differences?|what (?:has |have )?changed|how [^.?;]{0,60}\\b(?:changed|improved)|lessons?|learning)\\b";
export const CHANGE_EXAMPLE = new RegExp(`\\b(?:examples?|instances?|case stud(?:y|ies))\\b${OF_SOMETHING_CHANGED}`, 'i');

/**
 * An example asked for as a change the provider made ("and what you changed as a result", "a
 * change that co-production led to", "changes to your service"): one person's progress towards
 * their goals is not that, however measurable; a change made from what people said is.
 */
export const SERVICE_CHANGE_ASK = /\b(?:what (?:you|we) (?:have )?changed|changes? (?:you|we) (?:have )?made|(?:led|leading|lead) to (?:an? )?changes?|changes? (?:that|which) [^.?;]{0,40}\b(?:led to|brought about|resulted in)|changes? (?:to|in) (?:your|the|our) (?:service|services|practice|way)|what (?:was|has been|had to be) changed)\b/i;

/**
 * "Describe one disagreement from the last year and how it ended", "Tell us about a time when …":
 * one instance asked for, which is an example whatever the word.
 */
export const INSTANCE_ASK = '\\b(?:describe|tell us about|give|share|outline|provide details of)\\s+(?:a|one|an)\\s+(?:recent\\s+|specific\\s+|real\\s+|particular\\s+)?(?:time|occasion|situation|disagreement|dispute|complaint|referral)\\b(?!\\s+(?:process|procedure|policy|route|pathway|log)\\b)';

/**
 * How many examples a question asks for in so many words ("two or three 'you said, we did'
 * examples", "three changes made as a result"): the larger number, as a reader marks the answer
 * short of it.
 */
export const EXAMPLES_COUNTED = /\b(two|three|four|five|[2-5])(?:\s+(?:or|to)\s+(three|four|five|[3-5]))?\s+(?:(?:recent|specific|different|real|anonymised|separate|distinct|clear|practical|concrete|['‘’"“”]?you said,? we did['‘’"“”]?)\s+){0,2}(?:examples?|changes?|instances?|case stud(?:y|ies)|improvements?)\b/i;

/** The number of examples a question asks for, when it gives one. */
export function examplesCounted(question: string): number | undefined {
  const match = EXAMPLES_COUNTED.exec(question);
  if (!match) return undefined;
  const value = (word: string | undefined) => (word === undefined ? 0 : (UNIT_WORDS[word.toLowerCase()] ?? Number(word)));
  return Math.max(value(match[1]), value(match[2]));
}

/**
 * Words that say a part asks for figures ("give the number of referrals you made by type", "the
 * proportion of reviews completed on time", "the data you hold"): the counts on its subject are
 * its answer, under its letter, rather than beside an earlier letter that shares their words.
 */
export const FIGURES_ASK = /\b(?:(?<!\ba )(?:number|numbers|proportion|percentage|share) of|how many|(?:the )?(?:data|figures|statistics|performance data)\b(?! protection)|(?:average|median|mean) (?:time|wait|number)|(?:give|provide|set out|include|report|state)\s+(?:the\s+|your\s+)?(?:numbers?|counts?|totals?|rates?))/i;

/** "By type", "per service", "for each stage": a breakdown asked by one of these words after "by". */
const askedBy = (words: string) => `\\b(?:by|per|for each)\\s+(?:each\\s+)?(?:${words})\\b`;

const BREAKDOWN_WORDS = [
  { words: 'type|kind|category|categories', catalogueIds: ['advocate-referrals-type', 'agenda-format', 'supporter-mode'] },
  { words: 'reason|trigger|source', catalogueIds: ['advocate-referrals-trigger'] },
  { words: 'level|stage', catalogueIds: ['disputes-level'] },
  { words: 'service|setting|team|area|locality', catalogueIds: [], byService: true },
  { words: 'who', catalogueIds: [] },
] as const;

/**
 * The breakdowns a part can ask for, by the word after "by", each with what in the records gives
 * it: counts by group (their figures' catalogue ids: referrals by type of advocate answer "by
 * type", disagreements by the level they reached answer "by stage"), or each service's own figures.
 * A breakdown nothing gives ("by who raised them") the records do not hold.
 */
export const BREAKDOWNS: readonly { asked: RegExp; catalogueIds: readonly string[]; byService: boolean }[] = BREAKDOWN_WORDS.map((entry) => ({
  asked: new RegExp(askedBy(entry.words), 'i'),
  catalogueIds: entry.catalogueIds,
  byService: 'byService' in entry,
}));

/**
 * Words that say a part asks for its counts broken down ("the number of referrals by type of
 * advocacy", "complaints by who raised them", "split by service"): a wording that gives only the
 * total, or the commonest few, leaves the breakdown asked for unanswered. "By service users" is not one.
 */
export const BREAKDOWN_ASK = new RegExp(`${askedBy(BREAKDOWN_WORDS.map(({ words }) => words).join('|'))}(?!\\s+users?\\b)`, 'i');

/**
 * Words that say a question is about things going late or wrong ("one occasion when an advocate
 * was involved later than they should have been", "delays in allocation"): its examples are the
 * ones that missed the standard, not ones that met it.
 */
export const LATE_ASK = /\b(?:later than (?:they|it|he|she|we|you)? ?(?:should|ought)|too late|delay(?:s|ed)?|missed (?:the |your |our )?(?:standard|timescale|target|deadline)|outside (?:the |your |our )?(?:standard|timescale|target)|went wrong|did not go (?:well|to plan))\b/i;

/**
 * Words that ask which post answers for something ("Name the post accountable for people getting
 * access to advocacy", "Name the director responsible for co-production", "which post is accountable
 * for reviews being held on time", "who is accountable at board level"): one line naming the post
 * answers it, where a paragraph on the subject does not.
 */
export const ACCOUNTABLE_ASK = "(?:name|identify|confirm|state|tell us) the (?:post|role|person|director|officer|individual|manager|lead)\\b[^.?;]{0,60}\\b(?:accountable|responsible)|which (?:post|role|person|director|officer|individual|manager|lead)\\b[^.?;]{0,60}\\b(?:is|are) accountable|who\\b[^.?;]{0,50}\\b(?:is|are) accountable|accountable at (?:senior|board)";
/** What the post answers for, as the question words it: "for people getting access to advocacy". */
export const ACCOUNTABLE_FOR = /\b(?:accountable|responsible)\s+for\s+([^.?;,()]+?)(?=\s*(?:[.?;,()]|$|\band\s+(?:say|how|what|when|who|which|why)\b))/i;
/** The ask is for a post at the top of the organisation: a director, the board, senior leaders. */
export const BOARD_LEVEL = /\b(?:director|board|senior|trustees?)\b/i;

/** Words that say a part asks for an example rather than naming a subject. */
// "For example easy read" lists what the question means; it does not ask for one.
export const EXAMPLE_ASK = new RegExp(`(?<!\\bfor )\\b(?:examples?|case stud(?:y|ies)|illustrat(?:e|ion))\\b|${INSTANCE_ASK}`, 'i');

/**
 * Words that say a part asks how something is checked ("how you check the quality of …", "how
 * is this audited"), not only for evidence that it happens: such a part is answered by a check.
 * "How you make sure involvement is not tokenistic" asks how it is known to be real: a check too.
 */
export const CHECK_ASK = /\btokenis(?:tic|m)\b|\b(?:check(?:s|ed|ing)?|audit(?:s|ed|ing)?|monitor(?:s|ed|ing)?|assur(?:e|es|ed|ance)|verif(?:y|ies|ied)|quality)\b/i;

/** Words about tokenism: a part using them asks how involvement is known to be real, whatever else it asks. */
export const TOKENISM_ASK = /\btokenis/i;

/** Words that ask whether something made a difference, not only whether it was done. */
export const DIFFERENCE_ASK = /\b(?:made|make|makes|making) (?:a |any )?(?:real |positive |lasting )?difference\b|\b(?:what|the) (?:impact|effect) (?:of|they|it|those|these|the)\b|\bwhether (?:they|it|those changes|the changes) (?:worked|helped|improved)\b/i;

/** A part that names its subject only by pointing back at an earlier part ("how you direct them to local support"). */
export const REFERS_BACK = /\b(?:them|they|their|it|its|this|these|those)\b/i;

/**
 * What the buyer says about marking or format rather than asks ("(This question carries 5% of
 * the quality weighting.)", "Maximum 500 words."): neither a part of the question nor a topic
 * of it. Each entry is a regular-expression source, matched case-insensitive.
 */
export const BUYER_NOTES: readonly string[] = [
  // A bracketed note about marks, weighting or length.
  '\\([^()]*\\b(?:weighting|weighted|marks?|scor(?:e|ed|ing)|evaluat(?:ed|ion)|word (?:limit|count)|character (?:limit|count)|pages?|font|appendi(?:x|ces)|attachments?)\\b[^()]*\\)',
  // A sentence saying what the question is worth or how it is marked.
  '(?<![\\w-])(?:this|the) (?:question|response|answer|section) (?:carries|is worth|is weighted|accounts for|will be (?:scored|marked|evaluated)|has a (?:weighting|weight) of)\\b[^.?!\\n]*[.?!]?',
  // A length instruction standing on its own.
  '(?<![\\w-])(?:maximum|max\\.?|word limit|character limit|page limit)\\s*(?:of\\s*)?:?\\s*[\\d,]+\\s*(?:words|characters|pages|sides)\\b[^.?!\\n]*[.?!]?',
];

/** A part asking how quickly something happens ("how quickly do you respond", "how long it takes"). */
export const TIME_ASK = /\bhow (?:quickly|soon|fast|long)\b|\btimescales?\b|\btime ?frames?\b|\bwithin what time\b/i;

/**
 * A time an answer gives: "within 3 working days", "in 48 hours", "the same day", "by the next
 * review". A part asking how quickly is answered only by a block that says one.
 */
export const TIME_GIVEN = /\b(?:within|in|after|under|inside|over)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|twenty-eight|thirty)\s+(?:working\s+|calendar\s+|clear\s+)?(?:hours?|days?|weeks?|months?)\b|\b\d+\s+(?:working\s+)?(?:hours?|days?|weeks?)\b|\b(?:the same|that|the next working) day\b|\bon the day\b|\bby the next (?:review|mini-review|visit|meeting)\b|\bmedian\b/i;
