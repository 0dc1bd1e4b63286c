/**
 * The person a scenario question is about ("Kyle is 17 …"), how the story refers to them, and
 * what it says they want. A commissioner reading a scenario answer that never names the person
 * reads stock text; one that starts from the person's own wish reads as an answer to the case.
 * Read from the question only: nothing here comes from the records, and no number is involved.
 */
import { normaliseQuestion } from './read-question.js';
import { escapeRegExp } from '../../shared/english-text.js';

export interface Pronouns {
  subject: string;
  object: string;
  possessive: string;
  /** Whether a verb after the subject pronoun takes an -s ("he communicates", "they communicate"). */
  singularVerb: boolean;
}

export interface ScenarioPerson {
  name: string;
  /** How the story goes on to call them: "Mr Okafor" where it does, "Abena" where it uses her first name. */
  given?: string;
  pronouns: Pronouns;
  /** What the story says the person wants, in the story's words, as a verb phrase: "wants to stay in her own home". */
  wish?: string;
}

const HE: Pronouns = { subject: 'he', object: 'him', possessive: 'his', singularVerb: true };
const SHE: Pronouns = { subject: 'she', object: 'her', possessive: 'her', singularVerb: true };
const THEY: Pronouns = { subject: 'they', object: 'them', possessive: 'their', singularVerb: false };

/** A capitalised name, with a title or a surname: "Kyle", "Mrs Okafor", "Amira Shah". */
/** One word of a name, "O'Connell" and "D'Souza" among them. */
export const NAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}+`;
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?${NAME_WORD}(?:[- ]${NAME_WORD})?`;
/** Words that open sentences with a capital but name nobody. */
const NOT_A_NAME = /^(?:The|This|That|These|She|He|They|It|Your|Our|A|An|His|Her|Their|Scenario|Case|Question|Describe|Explain|Please|Each|Every|When|What|How|Who|After|Before|During|Since|Over|Following)\b/;

/** "Kyle is 17", "Doreen, 84,", "Mr Patel is aged 67", "Jordan will turn 18 in four months": the person, named with an age. */
const NAMED_WITH_AGE = new RegExp(String.raw`(?:^|[.?!:,]\s+|\n\s*)(${NAME})(?: is (?:aged |nearly |almost |about to turn )?|, (?:aged )?| (?:will turn|turns|is turning) )\d{1,3}\b`, 'u');

/** "… a package of care for Mr Stanislaw Nowak, 71, the following morning": a title and an age name a person anywhere in a sentence. */
const TITLED_WITH_AGE = new RegExp(String.raw`(?<=\s)((?:Mr|Mrs|Ms|Miss|Mx)\.? ${NAME_WORD}(?:[- ]${NAME_WORD})?), (?:aged )?\d{1,3},`, 'u');

const WANT_VERB = String.raw`(?:wants?|would (?:like|rather|prefer)|wish(?:es)?|hopes?|does not want|doesn['’]t want|no longer wants?|refuses|is clear (?:that )?(?:he|she|they) wants?)`;

/** Where a wish stops: a clause about someone else, a reason that follows it, or an aside in brackets. */
const WISH_END = /\s*(?:\(|,\s*(?:whom|who|which|where|but|although|though|while|as|because)\b|\s+(?:but|although|though|because|while)\b|\s+so (?:that )?\w+ can\b).*$/i;

/** A title line rather than a sentence of the story: "Scenario: Daniel", "Case study 2 – Mrs Patel". */
const HEADING = /^\W*(?:scenario|case study|case|vignette|example)\b[^.!?]*$/i;

/**
 * The person's pronouns, from the words that refer to them: a sentence opening with "He" or
 * "Her", or "he"/"she" in a sentence that names them ("Doreen says that she wants …"). Relatives
 * in the story have pronouns of their own ("their mother and her partner"), so other uses are
 * not counted, and only a clear majority decides.
 */
function pronounsOf(text: string, name: string): Pronouns {
  const sentences = storySentences(text);
  // The sentence straight after the one introducing the person is about them ("Halina is 62 …
  // She lives with her husband Tomasz"), whoever the rest of the story is about.
  // A heading naming them ("Scenario: Daniel") introduces no one: the sentence after it is the first of the story.
  const introduced = sentences.findIndex((sentence) => sentence.includes(name) && !HEADING.test(sentence));
  // Its first "he" or "she" is theirs too when nobody else is named before it ("Six weeks ago he moved …").
  const after = introduced >= 0 ? (sentences[introduced + 1] ?? '') : '';
  const next = (/^\W*(he|his|him|she|her)\b/i.exec(after)?.[1] ?? /^\W*\w+(?:\s+(?!(?:his|her|their)\b)[a-z][\w'’-]*)*?\s+(he|she)\b/.exec(after)?.[1])?.toLowerCase();
  if (next) return ['he', 'his', 'him'].includes(next) ? HE : SHE;
  let male = 0;
  let female = 0;
  const known = storyName(name, text);
  for (const sentence of sentences) {
    const opening = /^\W*(he|his|him|she|her)\b/i.exec(sentence)?.[1]?.toLowerCase();
    if (opening) {
      if (['he', 'his', 'him'].includes(opening)) male += 1;
      else female += 1;
    }
    // "Liam Carter, 29, …" and then "Liam says he is happy": the name the story goes on to use counts too.
    if (sentence.includes(name) || sentence.includes(known)) {
      male += (sentence.match(/\bhe\b/gi) ?? []).length;
      female += (sentence.match(/\bshe\b/gi) ?? []).length;
    }
  }
  if (male > 0 && male >= 2 * female) return HE;
  if (female > 0 && female >= 2 * male) return SHE;
  return THEY;
}

/** Straight quotes in the story become the curly ones the answer uses. */
function curlyQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

function wishOf(text: string, name: string, pronouns: Pronouns): string | undefined {
  const first = name.split(' ').at(-1)!;
  // Only the person's own pronoun stands for them: "they want him to settle" is the parents' wish
  // about Callum, not his.
  const pronoun = pronouns.subject;
  // "Aisha Rahman is 26 … Aisha wants …": the story may use the given name alone.
  const given = /^(?:Mr|Mrs|Ms|Miss|Mx)\b/.test(name) || !name.includes(' ') ? first : name.split(' ')[0]!;
  const who = String.raw`(?:${name}|${first}|${given}|${pronoun[0]!.toUpperCase()}${pronoun.slice(1)}|${pronoun})`;
  const saying = String.raw`(?:says?|said|tells?|told|has (?:told|said)|keeps saying|is clear|makes it clear)`;
  // "What he really wants is his own tenancy", "the thing he wants most is a pint": the wish is what follows "is".
  const cleft = new RegExp(String.raw`\b(?:[Ww]hat|[Tt]he (?:one )?thing) ${who} (?:really |most )?(?:wants?|would like) (?:most |more than anything )?is ([^.;?!]+)`, 'gu');
  const patterns = [
    new RegExp(String.raw`\b${who}\b[^.?!]{0,40}?\b${saying}\b[^.?!]{0,40}?\b(?:that )?(?:clearly )?(?:${pronoun}|${first}|${given}) (?:clearly )?(${WANT_VERB}[^.;?!]+)`, 'gu'),
    // Not "what she wants", which is a clause about the wish, not the wish; nor "whether she would
    // like to make an advance statement", which the question asks the bidder to find out.
    new RegExp(String.raw`(?<!\b(?:[Ww]hat|[Ww]hether|[Ii]f) )\b${who} (?:clearly |really |very much |now )?(${WANT_VERB}[^.;?!]+)`, 'gu'),
  ];
  const found = [...[...text.matchAll(cleft)].map((match) => `wants ${match[1]!}`), ...patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]))];
  for (const said of found) {
    // "wants to move nearer his sister, and that he does not want …": the second wish joins the first.
    const wish = said
      ?.replace(WISH_END, '')
      .replace(new RegExp(String.raw`,?\s+and that (?:he|she|they|${first}) `, 'gu'), ' and ')
      // "…, and that his sister Marta, who …, must not be told": a clause about someone else ends the wish.
      .replace(/,?\s+and that\b.*$/u, '')
      .trim();
    if (!wish || wish.split(/\s+/).length > 25) continue;
    // "wants him to settle" is somebody else's wish for the person.
    if (new RegExp(String.raw`^${WANT_VERB} ${pronouns.object}\b`, 'u').test(wish)) continue;
    // "taking people to things he wants.": the verb with nothing after it says no wish.
    if (new RegExp(String.raw`^${WANT_VERB}$`, 'u').test(wish)) continue;
    // "the outcomes she wants stay at the centre": "wants" closes a clause about something else.
    if (new RegExp(String.raw`^${WANT_VERB}\s+(?:stay|stays|be|is|are|remain|remains|go|goes|come|comes|keep|keeps|get|gets)\b`, 'u').test(wish)) continue;
    // "to say what she wants and to understand the risks": no wish follows the verb.
    if (new RegExp(String.raw`^${WANT_VERB}\s+(?:and|or|is|was|most|but|if|when|from|at)\b`, 'u').test(wish)) continue;
    // "the independence he wants, such as learning to travel": the wish is the noun before the verb.
    if (new RegExp(String.raw`^${WANT_VERB}\s*,`, 'u').test(wish)) continue;
    // "any challenge the RPR or Aisha wishes to make": the wish is the noun before it, not a verb with no object.
    if (new RegExp(String.raw`^${WANT_VERB} to (?:make|do|have|take|give|raise|bring|say|see)$`, 'u').test(wish)) continue;
    // A wish in the first person ("wants to see his friends") reads after the name as it stands;
    // "want" after "they" keeps its form, after a name it takes an -s.
    // "they want X and do not want Y" said after the name: "Sam wants X and does not want Y".
    return curlyQuotes(wish.replace(/^want\b/, 'wants').replace(/^wish\b/, 'wishes').replace(/^hope\b/, 'hopes').replace(/\band do not want\b/, 'and does not want'));
  }
  return undefined;
}

/** A story's sentences, and each line of it on its own: a title or a lettered ask ends without a full stop. */
export function storySentences(text: string): string[] {
  // A sentence may end inside a quotation: 'says "he's a good boy." Gary has …' is two.
  return text.split(/(?<=[.?!]["”’]?)\s+|\n+/);
}

/** The name of the person a text introduces with their age ("Mrs Doreen Hallam is 84", "Doreen, 84,"), as a scenario does. */
function nameWithAge(text: string): string | undefined {
  const name = NAMED_WITH_AGE.exec(text)?.[1] ?? TITLED_WITH_AGE.exec(text)?.[1];
  return name === undefined || NOT_A_NAME.test(name) ? undefined : name;
}

/** Whether a text names a person with their age, as a scenario introduces them. */
export function namesPersonWithAge(text: string): boolean {
  return nameWithAge(text) !== undefined;
}

/** The person a scenario question is about, or nothing when the question names nobody with an age. */
export function scenarioPerson(question: string): ScenarioPerson | undefined {
  const text = normaliseQuestion(question);
  const name = nameWithAge(text);
  if (!name) return undefined;
  const pronouns = pronounsOf(text, name);
  const wish = wishOf(text, name, pronouns);
  return { name, given: storyName(name, text), pronouns, ...(wish ? { wish } : {}) };
}

/** Titles a story gives people, as a regular-expression alternation. */
export const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr';
/** A title opening a name: "Mrs Grace Adeyemi". */
export const TITLE = new RegExp(`^(${TITLES})\\.? `);

/** A titled name as one writes to them: "Ms Priya Sandhu" is Ms Sandhu; a name with no title stays as it is. */
export function formalName(name: string): string {
  const title = TITLE.exec(name)?.[1];
  const words = name.replace(TITLE, '').split(' ');
  return title === undefined || words.length === 1 ? name : `${title} ${words.at(-1)!}`;
}

/**
 * How a story goes on to call someone it introduces in full: "Mr Desmond Okafor" is "Mr Okafor"
 * where the story says so, "Ms Abena Mensah" is "Abena" where it calls her that; a name with no
 * title is its first name ("Amira Shah" is Amira), and so is a titled name the story never uses again.
 */
export function storyName(name: string, text: string): string {
  const title = TITLE.exec(name)?.[1];
  const words = name.replace(TITLE, '').split(' ');
  const first = words[0]!;
  if (!title) return words.length > 1 ? first : name;
  if (words.length === 1) return name;
  const formal = formalName(name);
  const count = (said: string) => (text.match(new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(said)}(?![\p{L}-])`, 'gu')) ?? []).length;
  // The introduction says the first name once; only the times after it count.
  return count(formal) > count(first) - 1 ? formal : first;
}
