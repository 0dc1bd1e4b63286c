import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * Tokens, parts of speech and number/date/duration entities of one sentence, from wink-nlp
 * with its English lite model (chosen over compromise for speed: see BENCHMARKS.md).
 * Offsets are 0-based into the sentence, end exclusive.
 */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, NUM, …). */
  pos: string;
  start: number;
  end: number;
}

export type EntityKind = 'DATE' | 'DURATION' | 'TIME' | 'PERCENT' | 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'OTHER';

export interface Entity {
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
  /** Index of the first and last token of the entity. */
  firstToken: number;
  lastToken: number;
}

export interface ReadSentence {
  tokens: Token[];
  entities: Entity[];
}

const knownEntityKinds = new Set<string>(['DATE', 'DURATION', 'TIME', 'PERCENT', 'CARDINAL', 'ORDINAL', 'MONEY']);

// The model takes about half a second to load: once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;

function reader(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Loads the model now (workers and benchmarks call this so the first check is not slow). */
export function warmUpTokenReader(): void {
  reader().readDoc('The key worker phones each family every fortnight.');
}

export function readSentence(sentence: string): ReadSentence {
  const winkNlp = reader();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(sentence);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let index = 0; index < words.length; index++) {
    const text = words[index]!;
    // wink keeps each token's own characters; find it from where the last one ended.
    const found = sentence.indexOf(text, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + text.length;
    cursor = end;
    tokens.push({ text, lower: text.toLowerCase(), lemma: lemmas[index] ?? text.toLowerCase(), pos: tags[index] ?? 'X', start, end });
  }
  const entities: Entity[] = [];
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  for (let index = 0; index < details.length; index++) {
    const span = spans[index];
    if (!span) continue;
    const first = tokens[span[0]];
    const last = tokens[span[1]];
    if (!first || !last) continue;
    const type = details[index]!.type;
    entities.push({
      kind: (knownEntityKinds.has(type) ? type : 'OTHER') as EntityKind,
      text: sentence.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      firstToken: span[0],
      lastToken: span[1],
    });
  }
  return { tokens, entities };
}
