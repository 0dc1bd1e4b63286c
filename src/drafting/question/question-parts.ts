/**
 * A tender question as the separate things it asks, in its own order: sentences, sub-bullets
 * and clauses joined by ", and how …". A commissioner marks each part; an answer that leaves
 * one out loses marks even when the rest is strong. Each part keeps the topics its own words
 * name and its subject words (lemmas, filler left out), so a plan can tell which parts its
 * blocks answer and look for the rest in the practice library.
 */
import { readSentence } from '../../check/read-tokens.js';
import { askedTopicCues, type AskedTopicId, type QuestionAskId } from '../data/question-cues.js';
import { ASK_LEAD_IN, COMPLEMENT_VERB, CONDITION_CLAUSE, CONDITION_OPENING, EXAMPLE_ASK, EXAMPLE_DETAIL, EXAMPLE_LIST, LIST_ANNOUNCEMENT, PART_BREAKS, PART_FILLER_LEMMAS, SERVICE_CHANGE_ASK } from '../data/part-words.js';
import { foundOnlyAsActors, leadTopic, normaliseQuestion, readQuestion, withLabelsOnLines, type AskedTopic, type QuestionAnalysis } from './read-question.js';
import { namesPersonWithAge } from './scenario-person.js';
import { storyFacts, type StoryFacts } from './story-facts.js';
import { escapeRegExp } from '../../shared/english-text.js';

export interface QuestionPart {
  /** The part as the question words it, without its closing punctuation. */
  text: string;
  /** Offset of the part in the question. */
  position: number;
  /** Topics the part's own words name, strongest first. */
  topics: AskedTopicId[];
  /** The topic the part is mostly about ("What training do staff receive on the Mental Capacity Act": training). */
  lead?: AskedTopicId;
  /** Subject words of the part: lemmas, lower case, filler left out. */
  terms: string[];
  /** Whether the part asks for an example. */
  asksExample: boolean;
  /** What the part asks for beyond its subject: how you know, what changed. */
  asks: QuestionAskId[];
  /**
   * The letter or roman numeral of the lettered line the part is on, as the question writes it
   * ("(b)" for "(b) how much notice …"): a commissioner marks lettered parts one by one, and the
   * answer labels them the same way.
   */
  label?: string;
}

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const BULLET = /^\s*(?:[-•*–·]|\(?(?:[a-z0-9]{1,2}|[ivx]{1,4})[.)])\s+/i;
/** A bullet that is a letter, a roman numeral or a number ("(b)", "c.", "iv)", "3."), not a dash: a commissioner marks each under its label. */
const LETTERED = /^\s*\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+$/i;
/** How a line that asks something opens: an instruction or a question word. */
const ASK_OPENING = /^(?:describe|explain|how|what|when|who|why|where|which|whether|tell|give|set out|outline|provide|please|show|list|detail|confirm|demonstrate|evidence|include|identify|summarise|do|does|are|is|can|will|would|should|have|has)\b/i;
/** The question words among those openings, which a story's own sentences also open with. */
const QUESTION_WORD = /^(?:how|what|when|who|why|where|which|whether|do|does|are|is|can|will|would|should|have|has)\b/i;
const SPEAKS_TO_BIDDER = /\b(?:you|your)\b/i;
/** What comes before a piece on a line marked with a letter or number ("(a)", "2."), not a dash: a story may list what happened with dashes. */
const LISTED_IN_ORDER = /(?:^|\n)[ \t]*\(?(?:[a-z0-9]{1,2}|[ivx]{1,4})[.)][ \t]+$/i;
/**
 * Words by which an opening statement speaks to the bidder or sets what is required ("The Council
 * expects each plan to be reviewed within six weeks"), and so carries part of the ask.
 */
const ADDRESSES_BIDDER = /\b(?:you|your|yours|expects?|expected|expectations?|requires?|required|requirements?|must|should|needs? to|will need)\b/i;
/** Words pointing back at every part before, not one of them. */
const ALL_BEFORE = /\b(?:each|all|any|every one) of (?:the above|these|those)\b|\bthe above\b/i;
/** An ask pointing back at the statement before it ("Describe how you meet this", "How do you involve them?"). */
const REFERS_BACK = /\b(?:this|these|those|them|above)\b\s*(?:[.?!,;:]|$)|\b(?:this|these|those|the above|such)\s+(?:expectations?|requirements?|standards?|aims?|principles?|commitments?|ambitions?|outcomes?|priorit(?:y|ies)|values?|duty|duties)\b|\b(?:involve|support|include|engage|empower|enable)s?\s+them\b/i;
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['from', 'with', 'into', 'onto', 'upon', 'about', 'over', 'under', 'than', 'that', 'this', 'their', 'your', 'when', 'what', 'where', 'through', 'across', 'between', 'within', 'without', 'after', 'before']);
/** A line closing, with a colon or without ("Explain" above lettered parts run on one line), with a bulleted or lettered line after it. */
const BEFORE_LIST = /^\s*:?[ \t]*\n+\s*(?:[-•*–·]|\(?[a-z0-9]{1,2}[.)])\s+/i;
const breakPattern = new RegExp(PART_BREAKS.join('|'), 'gi');

/** Subject words of a piece of text: lemmas of nouns, verbs and adjectives that are not filler. */
export function subjectTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of readSentence(text).tokens) {
    if (!CONTENT_TAGS.has(token.pos)) continue;
    const lemma = token.lemma.toLowerCase();
    if (lemma.length < 3 || PART_FILLER_LEMMAS.has(lemma) || PART_FILLER_LEMMAS.has(token.lower)) continue;
    terms.add(lemma);
  }
  return [...terms];
}

const termCache = new Map<string, ReadonlySet<string>>();
/** subjectTerms as a set, remembered: plans compare the same block and entry texts many times. */
export function termsOf(text: string): ReadonlySet<string> {
  let terms = termCache.get(text);
  if (!terms) {
    terms = new Set(subjectTerms(text));
    if (termCache.size > 2_000) termCache.clear();
    termCache.set(text, terms);
  }
  return terms;
}

/** How many subject words two texts share. */
export function sharedTerms(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let count = 0;
  for (const term of left) if (right.has(term)) count += 1;
  return count;
}

/** Whether a text names a thing of its own: any noun ("visits", "local support"; "how quickly do you respond" has none). */
export function namesSomething(text: string): boolean {
  return readSentence(text).tokens.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN');
}

interface Piece {
  text: string;
  position: number;
}

function splitAt(piece: Piece, pattern: RegExp, keepTogether?: (before: string, match: string) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(piece.text); match; match = pattern.exec(piece.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    if (keepTogether?.(piece.text.slice(start, match.index), piece.text.slice(match.index))) continue;
    pieces.push({ text: piece.text.slice(start, match.index), position: piece.position + start });
    start = match.index + match[0].length;
  }
  pieces.push({ text: piece.text.slice(start), position: piece.position + start });
  return pieces;
}

/**
 * "How you find out, at the start and at each review, who the person wants involved and what may
 * be shared": after a verb of finding out, the "who" and "what" that follow are what is found
 * out, one ask, not new ones. A "how", or ", and what you do if …", still starts a part of its own.
 */
function asksWhatItFindsOut(before: string, rest: string): boolean {
  const next = /^,?\s+(?:and\s+)?(\w+)\s+(\w+)/i.exec(rest);
  // ", and what you do if …" closes the list of what is found out and asks something new.
  if (!next || next[1]!.toLowerCase() === 'how' || /^,\s*and\b/i.test(rest) || !COMPLEMENT_VERB.test(before)) return false;
  // "…, and what do you do when …" is a question of its own: its verb comes before its subject.
  return !/^(?:do|does|did|will|would|can|could|should|is|are|was|were|has|have|happens?)$/i.test(next[2]!);
}

function trimmed(piece: Piece): Piece {
  const lead = piece.text.length - piece.text.trimStart().length;
  return { text: piece.text.trim().replace(/[\s.?!:;,]+$/u, ''), position: piece.position + lead };
}

const partsCache = new Map<string, QuestionPart[]>();

/** The parts of a question (copies: callers may annotate them). */
export function questionParts(question: string): QuestionPart[] {
  let parts = partsCache.get(question);
  if (!parts) {
    parts = splitQuestion(question);
    if (partsCache.size > 500) partsCache.clear();
    partsCache.set(question, parts);
  }
  return parts.map((part) => ({ ...part, topics: [...part.topics], terms: [...part.terms], asks: [...part.asks] }));
}

/**
 * A short first line with no closing punctuation, set apart from the question below it by a blank
 * line, or written in title case ("Independent Advocacy: Recognising Need and Making Referrals")
 * directly above it.
 */
function isTitle(line: string, next: string | undefined): boolean {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || /[.?!:;,]\s*$/.test(line) || BULLET.test(line) || next === undefined) return false;
  // Title case leaves short joining words small ("Learning from Feedback", "Working with Families").
  const long = words.filter((word) => /^[\p{L}]{4,}/u.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  const titleCase = long.length >= 2 && long.every((word) => /^\p{Lu}/u.test(word));
  // A short sentence-case heading ("Learning from feedback") asks nothing either: it does not open as an ask does.
  const shortHeading = words.length <= 6 && !ASK_OPENING.test(line.trim()) && /[.?!:]\s*$/.test(next.trim());
  return next.trim() === '' ? words.length <= 8 : titleCase || shortHeading;
}

/** A question that says it tells a story ("Scenario"), or names a person with their age in brackets ("Callum (31)"). */
const SCENARIO = /\b[Ss]cenario\b|\b\p{Lu}\p{Ll}+ \((?:aged )?\d{1,3}\)/u;

/** Whether a text tells a story (a scenario): it says so, or names a person with their age ("Mrs Doreen Hallam is 84", "Callum (31)"). */
function isStory(text: string): boolean {
  return SCENARIO.test(text) || namesPersonWithAge(text);
}

/** Whether a question tells a story (a scenario) before it asks: what it asks is about the people in it. */
export function tellsStory(question: string): boolean {
  return isStory(normaliseQuestion(question));
}

/**
 * A scenario's story ("Daniel is 29 … His parents object … Daniel is upset") is what the answer
 * is about, not a list of parts to answer one by one: each sentence read as a part would take a
 * practice library entry sharing its words (a quality checkers' visit for "a learning
 * disability"). The parts start at its first ask ("Describe how you would respond").
 * Any question may open the same way with a statement of the buyer's view ("People who use
 * services will not always agree with the provider."): it asks nothing of the bidder, and read
 * as a part it would take the answer's first paragraph for the families it names. It is dropped
 * when it neither speaks to the bidder ("you", "your") nor sets a requirement ("expects",
 * "must"), and the first ask after it names a subject of its own: "Describe how you meet this"
 * keeps the statement it refers to.
 */
function withoutStory(text: string, pieces: readonly Piece[]): Piece[] {
  const story = isStory(text);
  const firstAsk = pieces.findIndex((piece) => {
    const opening = piece.text.replace(ASK_LEAD_IN, '');
    const questionMark = /^\s*\?/.test(text.slice(piece.position + piece.text.length));
    if (!story) return questionMark || ASK_OPENING.test(opening);
    // In a story, "who collects his pension" and "When asked about his drinking, he says …" tell
    // it: a question word asks only speaking to the bidder. A listed line ("a) get to know Priya")
    // below the story is what it asks, however it opens.
    // A dashed line tells the story ("- Robert has told carers to crush the tablets") unless it asks.
    if (questionMark || LISTED_IN_ORDER.test(text.slice(0, piece.position))) return true;
    return ASK_OPENING.test(opening) && (!QUESTION_WORD.test(opening) || SPEAKS_TO_BIDDER.test(piece.text));
  });
  if (firstAsk <= 0) return [...pieces];
  if (story) return pieces.slice(firstAsk);
  const statements = pieces.slice(0, firstAsk);
  const ask = pieces[firstAsk]!;
  const asksOfItsOwn = subjectTerms(ask.text).length > 0 && !REFERS_BACK.test(ask.text);
  return asksOfItsOwn && statements.every((piece) => !ADDRESSES_BIDDER.test(piece.text)) ? pieces.slice(firstAsk) : [...pieces];
}

function splitQuestion(question: string): QuestionPart[] {
  const normalised = normaliseQuestion(question);
  // A scenario's lettered parts run on in one line are answered under their letters, as listed ones are.
  const text = isStory(normalised) ? withLabelsOnLines(normalised) : normalised;
  const lines: Piece[] = [];
  /** Lettered lines, by where their text starts: "(b) how much notice" is "b". */
  const labelled: { position: number; end: number; label: string }[] = [];
  let offset = 0;
  const rows = text.split('\n');
  for (const [index, line] of rows.entries()) {
    // A title line ("Reviews and agreed actions") above the question names its subject; it asks
    // nothing of its own, and read as a part it would pull the answer's first blocks to itself.
    if (index === 0 && isTitle(line, rows[1])) {
      offset += line.length + 1;
      continue;
    }
    const bullet = BULLET.exec(line);
    lines.push({ text: bullet ? line.slice(bullet[0].length) : line, position: offset + (bullet ? bullet[0].length : 0) });
    // The letter as the question writes it ("(b)", "B.", "iv)"), so the answer uses the same.
    // A number is written "(3)": "3." or "3)" opening a paragraph would be read as a numbered list, renumbered on export.
    if (bullet && LETTERED.test(bullet[0])) labelled.push({ position: offset + bullet[0].length, end: offset + line.length, label: /\d/.test(bullet[0]) ? `(${/\d+/.exec(bullet[0])![0]})` : bullet[0].trim() });
    offset += line.length + 1;
  }
  const pieces = lines
    .flatMap((line) => splitAt(line, /(?<=[.?!])\s+(?=[A-Z("'])/g))
    .flatMap((sentence) => splitAt(sentence, breakPattern, asksWhatItFindsOut))
    .map(trimmed)
    .filter((piece) => /[\p{L}]/u.test(piece.text))
    // "Describe your approach to reviews, covering:" above lettered parts announces them; the
    // parts are what is asked, and read as one more part it would take the answer's first blocks.
    // So does "Please explain:" above them, which names nothing of its own.
    .filter((piece) => !(BEFORE_LIST.test(text.slice(piece.position + piece.text.length)) && (LIST_ANNOUNCEMENT.test(piece.text) || subjectTerms(piece.text).length === 0)));

  // A piece with no verb ("Over the last 12 months", "For people with mental health needs")
  // qualifies the piece after it rather than asking anything itself.
  // So does a condition opening its sentence ("When a plan is reviewed, how do you make sure the
  // actions are followed up"): it says when the ask after it applies.
  const merged: Piece[] = [];
  let carried: Piece | undefined;
  for (const [index, piece] of pieces.entries()) {
    // What qualifies the next piece is on its line: a story's last sentence ('"I'm not a child."')
    // does not join the lettered ask on the line below.
    if (carried && /\n/.test(text.slice(carried.position + carried.text.length, piece.position))) {
      merged.push(carried);
      carried = undefined;
    }
    // "What would staff do, day to day, when he declines a visit": a condition inside a sentence,
    // after a comma, says when the ask before it applies.
    const last = merged.at(-1);
    if (!carried && last && CONDITION_OPENING.test(piece.text) && /^\s*,\s*$/.test(text.slice(last.position + last.text.length, piece.position))) {
      merged[merged.length - 1] = { text: text.slice(last.position, piece.position + piece.text.length), position: last.position };
      continue;
    }
    const joined = carried ? { text: `${carried.text}, ${piece.text}`, position: carried.position } : piece;
    carried = undefined;
    const next = pieces[index + 1];
    const opensSentence = /(?:^|[.?!:\n])\s*$/.test(text.slice(0, joined.position));
    const conditionOfNext = next !== undefined && opensSentence && CONDITION_OPENING.test(joined.text) && /^\s*,\s*$/.test(text.slice(piece.position + piece.text.length, next.position));
    if (conditionOfNext || !readSentence(joined.text).tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) carried = joined;
    else merged.push(joined);
  }
  if (carried) {
    const last = merged.pop();
    merged.push(last ? { text: `${last.text}, ${carried.text}`, position: last.position } : carried);
  }

  const asked = withoutStory(text, merged);
  const parts: QuestionPart[] = [];
  const actorsOf = new Map<QuestionPart, AskedTopicId[]>();
  // Parts whose only topics are in a list of instances ("how you support people to take part (for
  // example training, accessible formats …)"): the list does not say what the part is about.
  const namedOnlyInList = new Set<QuestionPart>();
  // Parts whose subject is only hinted at by a word ("which decisions they have a say in"): such a
  // part does not name what the question is about for the letters under it.
  const hintedOnly = new Set<QuestionPart>();
  // "Explain when and how you involve advocates": a first piece with no subject of its own
  // ("Explain when") asks about the subject of the piece after it, and is read with it.
  let opening: Piece | undefined;
  for (const [index, next] of asked.entries()) {
    const piece = opening ? { text: text.slice(opening.position, next.position + next.text.length), position: opening.position } : next;
    opening = undefined;
    const following = asked[index + 1];
    // Only where the question ran on ("when and how"); "Please describe:" before bullets is a lead-in.
    const runsOn = following !== undefined && /^,?\s*(?:and\s+)?$/i.test(text.slice(piece.position + piece.text.length, following.position)) && !/\n/.test(text.slice(piece.position, following.position));
    if (parts.length === 0 && runsOn && subjectTerms(piece.text).length === 0) {
      opening = piece;
      continue;
    }
    const read = readQuestion(piece.text);
    const topics = read.topics;
    // "Which areas they shape (such as staff recruitment, training delivery or quality checks)":
    // the list gives instances of the subject; the subject is what the words around it name.
    const aroundList = piece.text.replace(EXAMPLE_LIST, ' ');
    const subjectTopics = aroundList === piece.text ? topics : readQuestion(aroundList).topics;
    // "How would you involve her parents while respecting her independence": what the part asks
    // about is named before "while"; what follows is a condition on it.
    const [mainClause = aroundList] = aroundList.split(CONDITION_CLAUSE);
    const mainTopics = mainClause.length < aroundList.length ? readQuestion(mainClause).topics : [];
    const leadOf = mainTopics.length > 0 ? mainTopics : subjectTopics.length > 0 ? subjectTopics : topics;
    const strongFirst = [...topics].sort((a, b) => Number(b.weight === 'strong') - Number(a.weight === 'strong') || a.position - b.position);
    const part: QuestionPart = {
      text: piece.text,
      position: piece.position,
      topics: strongFirst.map((topic) => topic.id),
      ...(topics.length > 0 ? { lead: leadTopic(leadOf).id } : {}),
      terms: subjectTerms(piece.text),
      asksExample: EXAMPLE_ASK.test(piece.text),
      asks: read.asks.map((ask) => ask.id),
    };
    // "Give an example." or "Include evidence of how often this happens" names no subject of
    // its own: it asks more of the part before it.
    const previous = parts.at(-1);
    // "Give two examples …, what triggered the referral and how quickly they became involved":
    // what each example should show is part of the ask for examples, answered by the examples.
    const sameSentence = previous !== undefined && !/[.?!\n]/.test(text.slice(previous.position + previous.text.length, piece.position));
    // "One example …, and what you changed as a result": the change is what the example shows.
    const changeShown = part.asks.length > 0 && part.asks.every((ask) => ask === 'what-changed') && SERVICE_CHANGE_ASK.test(piece.text);
    if (previous && previous.asksExample && sameSentence && ((part.asks.length === 0 && EXAMPLE_DETAIL.test(piece.text)) || changeShown)) {
      previous.text = text.slice(previous.position, piece.position + piece.text.length);
      previous.terms = [...new Set([...previous.terms, ...part.terms])];
      previous.topics = [...new Set([...previous.topics, ...part.topics])];
      previous.asks = [...new Set([...previous.asks, ...part.asks])];
      continue;
    }
    if (previous && part.terms.length === 0) {
      previous.asksExample ||= part.asksExample;
      previous.asks = [...new Set([...previous.asks, ...part.asks])];
      continue;
    }
    parts.push(part);
    actorsOf.set(part, topics.filter((topic) => foundOnlyAsActors(topic)).map((topic) => topic.id));
    if (topics.length > 0 && subjectTopics.length === 0 && mainTopics.length === 0) namedOnlyInList.add(part);
    if (topics.length > 0 && leadOf.every((topic) => topic.weight !== 'strong')) hintedOnly.add(part);
  }
  // Lettered parts keep their letters only where the question letters two or more of them.
  if (new Set(labelled.map((line) => line.label)).size >= 2) {
    for (const part of parts) {
      const line = labelled.find((entry) => part.position >= entry.position && part.position < entry.end);
      if (line) part.label = line.label;
    }
  }
  // "How will you involve a person's family in planning, … when the person does not want someone
  // involved, or when family members disagree": the family, named part after part, are what the
  // question is about, so the part naming them alone as the people involved is about them too,
  // not about planning. A part listing several groups (the person, family, advocates) keeps its own subject.
  const namesPeople = (id: AskedTopicId) => (askedTopicCues.find((entry) => entry.id === id)?.actors ?? []).length > 0;
  const recurring = (id: AskedTopicId) => parts.filter((part) => part.topics.includes(id)).length >= 2;
  for (const part of parts) {
    const actors = actorsOf.get(part) ?? [];
    const [only] = actors;
    const groups = part.topics.filter(namesPeople);
    if (actors.length === 1 && groups.length === 1 && only !== undefined && part.lead !== only && recurring(only) && (part.lead === undefined || !recurring(part.lead))) part.lead = only;
  }
  const story = storyFacts(question);
  if (story) for (const part of parts) aboutThePeopleOfTheStory(part, story);
  // "Set out how people influence the service as a whole … (i) the groups through which this
  // happens; how members are recruited …; (iv) three changes made as a result of this involvement":
  // a letter opening with a piece that names no subject of its own is about what the question
  // opens by asking, where that is plainly named, not about what a later piece of it names.
  const openingAsk = parts.find((part) => part.label === undefined && part.lead !== undefined && !hintedOnly.has(part));
  const openingLead = openingAsk?.lead;
  const firstOfLetter = (part: QuestionPart) => parts.find((other) => other.label === part.label) === part;
  if (openingAsk && openingLead !== undefined && parts.some((part) => part.label !== undefined) && parts.indexOf(openingAsk) < parts.findIndex((part) => part.label !== undefined)) {
    for (const part of parts) {
      if (part.label === undefined || part.topics.length > 0 || !firstOfLetter(part)) continue;
      part.lead = openingLead;
      part.topics = [openingLead, ...part.topics.filter((topic) => topic !== openingLead)];
    }
  }
  // "How can someone complain, how quickly do you respond, and …": a part that names nothing (no
  // topic, no noun) asks about the subject of the part before it. Read alone it matches nothing,
  // and the answer's timescales would be reported as missing. A part with a subject of its own
  // ("what happens during unannounced visits") keeps it, and so does one asking how it is known
  // or for an example: it is answered by what it asks for, not by more on the subject.
  let subject: AskedTopicId | undefined;
  for (const part of parts) {
    // The part before gives the subject ("how people are involved in recruiting staff, and how you
    // support them to take part (for example …)" is about recruiting), where it has one.
    if (namedOnlyInList.has(part) && subject !== undefined) {
      part.lead = subject;
      part.topics = [subject];
    } else if (part.lead !== undefined) subject = part.lead;
    // "How would each of the above be recorded" points at every part, not the one before it, and so does what follows it.
    else if (ALL_BEFORE.test(part.text)) subject = undefined;
    else if (subject !== undefined && part.topics.length === 0 && part.asks.length === 0 && !part.asksExample && !namesSomething(part.text)) {
      part.topics = [subject];
      part.lead = subject;
    }
  }
  // "(d) how you would respond to the request to lock Margaret in, whether this may amount to a
  // deprivation of liberty …": a piece of a lettered part that names no topic is about what the
  // rest of its part is about, before it or after it; the letter is marked as one.
  for (const part of parts) {
    if (part.label === undefined || part.lead !== undefined || part.topics.length > 0 || ALL_BEFORE.test(part.text)) continue;
    const siblings = parts.filter((other) => other.label === part.label && other.lead !== undefined);
    const nearest = siblings.filter((other) => other.position < part.position).at(-1) ?? siblings.find((other) => other.position > part.position);
    if (nearest?.lead !== undefined) {
      part.lead = nearest.lead;
      part.topics = [nearest.lead];
    }
  }
  return parts;
}

/** What a part naming a relative asks about them, even in passing ("what the LPA allows Karen to decide"): kept as its subject. */
const WHAT_IS_DONE_WITH_THEM: ReadonlySet<AskedTopicId> = new Set(['consent-capacity', 'disagreements', 'complaints', 'safeguarding', 'information-sharing', 'advocacy', 'carers']);

/**
 * In a story about a named person, the parts are about the people in it. "How will you involve
 * Janet in a way that values her knowledge of Daniel" is about his family, not about staff
 * knowledge; "How will you find out what Daniel wants" is about his own plan, though it names no
 * topic. A part whose main clause asks about something strongly ("if she continued to disagree")
 * keeps it.
 */
function aboutThePeopleOfTheStory(part: QuestionPart, story: StoryFacts): void {
  const [main = part.text] = part.text.split(CONDITION_CLAUSE);
  const inMain = readQuestion(main).topics;
  const person = new RegExp(String.raw`\binvolve ${escapeRegExp(story.given)}\b|\b(?:what|how) (?:${escapeRegExp(story.given)}|${story.person.pronouns.subject}) (?:wants?|wishes|would (?:like|want|choose)|feels?|thinks?|prefers?)\b|\b(?:${escapeRegExp(story.given)}['’]s|${story.person.pronouns.possessive}) (?:own )?(?:wishes|views|choices|preferences|voice)\b`, 'iu');
  // "How you would keep Margaret's own wishes and feelings at the centre of every decision" is
  // about what she wants, whatever decisions it names in passing; a part asking outright about
  // something ("her capacity to decide") keeps it.
  const strongly = part.lead !== undefined && inMain.some((topic) => topic.id === part.lead && topic.weight === 'strong');
  if (!strongly && person.test(main)) {
    part.lead = 'person-led-planning';
    part.topics = ['person-led-planning', ...part.topics.filter((id) => id !== 'person-led-planning')];
    return;
  }
  if (part.lead !== undefined && inMain.some((topic) => topic.id === part.lead && (topic.weight === 'strong' || WHAT_IS_DONE_WITH_THEM.has(topic.id)))) return;
  const relative = story.others.find((other) => other.family && new RegExp(String.raw`\b${escapeRegExp(other.name)}\b`, 'u').test(main));
  // A part already about something ("how you would involve Ron in his review") keeps it.
  const topic: AskedTopicId | undefined = relative ? (part.topics.includes('carers') ? 'carers' : 'family-friends') : undefined;
  if (!topic) return;
  part.lead = topic;
  part.topics = [topic, ...part.topics.filter((id) => id !== topic)];
}

/**
 * Whether a topic is named only as the people taking part in another ("carers' assessments for
 * relatives"): its people are named in one part of the question at most. A question that comes
 * back to them part after part ("how relatives are invited", "when a relative's views differ")
 * is about them.
 */
export function namedOnlyAsActors(topic: Pick<AskedTopic, 'id' | 'cues'>, question: string): boolean {
  if (!foundOnlyAsActors(topic)) return false;
  const parts = questionParts(question);
  // "Give two examples of when you involved an independent advocate": a part about them alone is about them.
  if (parts.some((part) => part.lead === topic.id && part.topics.filter((id) => id !== topic.id).every((id) => !parts.some((other) => other.lead === id)))) return false;
  // "c) How would you work with Aisha's parents …": a lettered part is marked on its own, so one led by them is about them.
  if (parts.some((part) => part.label !== undefined && part.lead === topic.id)) return false;
  return parts.filter((part) => part.topics.includes(topic.id)).length < 2;
}

/** The topics a question asks about outright: strongly, and not only as the people taking part in another. */
export function outrightTopicsOf(analysis: Pick<QuestionAnalysis, 'topics' | 'question'>): Set<AskedTopicId> {
  const actors = new Set(actorTopicsOf(analysis).map(({ topic }) => topic.id));
  return new Set(analysis.topics.filter((topic) => topic.weight === 'strong' && !actors.has(topic.id)).map((topic) => topic.id));
}

/** The topics a question names only as the people taking part in its lead topic, each with that lead. */
export function actorTopicsOf(analysis: Pick<QuestionAnalysis, 'topics' | 'question'>): { topic: AskedTopic; lead: AskedTopic }[] {
  if (analysis.topics.length === 0) return [];
  const lead = leadTopic(analysis.topics);
  return analysis.topics.filter((topic) => topic !== lead && namedOnlyAsActors(topic, analysis.question)).map((topic) => ({ topic, lead }));
}
