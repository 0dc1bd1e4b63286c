/**
 * A stated way of working said of the person a scenario is about: "When a person refuses their
 * care" becomes "When Gareth refuses his care". Read across a scenario answer, a practice said
 * of "a person" is stock text; said of Gareth it answers what the story asks. The first sentence
 * is changed only where the grammar allows it without guessing: "a person" as the subject of a
 * verb, no "they" needing its verb changed, and "them" only after a preposition ("writes them
 * down" is the person's reasons, "with them" is the person). Then later sentences say the name
 * where they say "the person", and nothing else in them.
 */
import type { ScenarioPerson } from '../question/scenario-person.js';
import { givenName } from '../question/story-facts.js';
import { wholeWords } from '../question/read-question.js';
import { escapeRegExp } from '../../shared/english-text.js';
import { capitalise } from '../template-library.js';

/** Verbs "a person" is the subject of in the wordings, so the name can stand in its place. */
const PERSON_AS_SUBJECT = /\ba person (?=(?:wants|refuses|is|has|says|asks|needs|chooses|decides|lives|seems)\b)/;
const PREPOSITION_THEM = /\b(with|to|for|on|at|about|from|beside|without) them\b/g;
const MONEY_TO_THEM = /\b(lend|lends|loan|give|gives|pay|pays) them (money|cash)\b/g;

export function aboutThePerson(text: string, person: Pick<ScenarioPerson, 'name' | 'pronouns' | 'given'>): string {
  const [first = '', ...rest] = text.split(/(?<=\.)\s+/);
  if (!PERSON_AS_SUBJECT.test(first) || /\bthey\b/i.test(first) || person.pronouns.subject === 'they') return text;
  const { pronouns } = person;
  // The name the story goes on to use: "Mrs Hallam", not "Mrs Doreen Hallam" in every sentence.
  const name = person.given ?? person.name;
  const said = first
    .replace(PERSON_AS_SUBJECT, `${name} `)
    .replace(/\bthe person['’]s\b/g, pronouns.possessive)
    .replace(/\bthe person\b/g, name)
    .replace(/\btheir\b/g, pronouns.possessive)
    .replace(PREPOSITION_THEM, `$1 ${pronouns.object}`)
    // "asks staff to lend them money": whom the money is for is the person.
    .replace(MONEY_TO_THEM, `$1 ${pronouns.object} $2`);
  // Later sentences name them by their given name where they say "the person", and the pronouns
  // after it that are theirs agree with it ("asks Aisha whether she wants", not "whether they want").
  const given = person.given ?? givenName(name);
  const later = rest.map((sentence) => {
    if (!/\bthe person\b/.test(sentence)) return sentence;
    const named = sentence.replace(/\bthe person['’]s\b/g, `${given}'s`).replace(/\bthe person\b/g, given);
    const at = named.indexOf(given) + given.length;
    return named.slice(0, at) + theirsAgreeing(named.slice(at), pronouns);
  });
  return [said, ...later].join(' ');
}

/** Words after which a "they" may be several people: the person and their family, staff. */
const OTHERS_NAMED = /\b(?:and|or) (?:his|her|their|the|a|an|any|other) |\b(?:family|families|relatives|parents|staff|people|carers|workers|friends|everyone|both|all|others)\b/i;
const MODAL = /^(?:can|could|will|would|may|might|should|must|did|had)$/i;
/** Words that may stand between "they" and its verb ("they still feel"). */
const ADVERBS = 'still|also|often|usually|already|now|then|first|later|really|only|no';
const ADVERB = new RegExp(`^(?:${ADVERBS})$`, 'i');
const THEY_AND_VERB = new RegExp(String.raw`\bthey((?:\s+(?:${ADVERBS}))*)\s+([a-z’']+)`, 'g');
const IRREGULAR: Readonly<Record<string, string>> = { are: 'is', were: 'was', have: 'has', do: 'does', go: 'goes', 'don’t': 'doesn’t', "don't": "doesn't" };

/** A verb after the person's subject pronoun: "want" → "wants" after "he" or "she", "want" after "they". */
export function verbFor(pronouns: Pick<ScenarioPerson['pronouns'], 'singularVerb'>, verb: string): string {
  return pronouns.singularVerb ? singular(verb) : verb;
}

/** A verb after "he" or "she": "want" → "wants", "have" → "has", "can" stays. */
function singular(verb: string): string {
  if (MODAL.test(verb) || /ed$/.test(verb)) return verb;
  const irregular = IRREGULAR[verb.toLowerCase()];
  if (irregular) return irregular;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * "they", "their", "them" and "themselves" in what follows the person's name, said with their
 * pronouns, up to any words after which "they" could be others too ("Stanley and his daughter").
 */
function theirsAgreeing(text: string, pronouns: ScenarioPerson['pronouns']): string {
  if (!pronouns.singularVerb) return text;
  const stop = OTHERS_NAMED.exec(text)?.index ?? text.length;
  const reflexive = pronouns.object === 'him' ? 'himself' : 'herself';
  const agreed = text
    .slice(0, stop)
    .replace(THEY_AND_VERB, (_, adverbs: string, verb: string) => `${pronouns.subject}${adverbs} ${ADVERB.test(verb) ? verb : singular(verb)}`)
    .replace(/\bthemselves\b/g, reflexive)
    .replace(/\btheir\b/g, pronouns.possessive)
    .replace(/\bthem\b/g, pronouns.object);
  return agreed + text.slice(stop);
}

/**
 * Whether the sentence naming a situation tells it of the person: their name comes before the
 * end of the words naming it (`where`) with no other name between ("a neighbour says Gareth has no money for food",
 * not "Ray helps Maureen up when she falls"); or the sentence opens with their pronoun and no one
 * else is named or referred to before those words ("His GP says he has lost weight", not "He
 * helps her up when she falls").
 */
export function toldOf(sentence: string, where: number, person: Pick<ScenarioPerson, 'name' | 'pronouns' | 'given'>): boolean {
  if (where < 0) return false;
  const given = person.given ?? givenName(person.name);
  const before = sentence.slice(0, where);
  const last = [...before.matchAll(wholeWords(escapeRegExp(given), 'g'))].at(-1);
  const nobodyElse = (between: string) => !/\b\p{Lu}\p{Ll}+/u.test(between) && !OTHER_PRONOUNS[person.pronouns.subject]?.test(between);
  if (last) return nobodyElse(before.slice(last.index + given.length));
  const opening = new RegExp(`^(?:${capitalise(person.pronouns.subject)}|${capitalise(person.pronouns.possessive)})\\b`).exec(before);
  return opening !== null && person.pronouns.subject !== 'they' && nobodyElse(before.slice(opening[0].length));
}

/**
 * Whether the words naming something at `where` make it someone else's: a possessive that cannot
 * be the person's, or another person's name with 's, just before it ("the ward has recorded his
 * drug use" in a story about a woman, "Callum's drinking"). Told by someone else about the person
 * ("her son wants her moved into a care home") it is still the person's.
 */
export function toldOfAnother(sentence: string, where: number, person: Pick<ScenarioPerson, 'pronouns'>, others: readonly string[]): boolean {
  if (where < 0) return false;
  const before = sentence.slice(0, where);
  const other = person.pronouns.subject === 'he' ? 'her' : person.pronouns.subject === 'she' ? 'his' : undefined;
  const owners = [...(other ? [other] : []), ...others.map((name) => `${escapeRegExp(name)}['’]s`)];
  return owners.length > 0 && new RegExp(`\\b(?:${owners.join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu').test(before);
}

/** Pronouns that refer to somebody else than a "he" or a "she". */
const OTHER_PRONOUNS: Readonly<Record<string, RegExp>> = { he: /\b(?:she|her|hers|herself)\b/i, she: /\b(?:he|him|his|himself)\b/i };
