/**
 * The particulars of a scenario question that an answer has to reason about: the decision or
 * meeting the story is heading for, whether the person has been found able to make the decision,
 * their own words, and the other people in the story (a daughter who holds a power of attorney, a
 * neighbour who visits, a mother who has phoned). A commissioner marks a scenario answer on
 * whether it deals with this person's situation; general practice said of "a person" reads as
 * stock text. Read from the question only: nothing here comes from the records.
 */
import { normaliseQuestion } from './read-question.js';
import { escapeRegExp } from '../../shared/english-text.js';
import { formalName, NAME_WORD, scenarioPerson, storyName, storySentences, TITLE, TITLES, type Pronouns, type ScenarioPerson } from './scenario-person.js';

/** Someone else in the story, as the answer can name them: "Karen", "her mother", "the neighbour". */
export interface StoryPerson {
  /** How the answer refers to them: their name where the story gives one, else the role with the person's possessive. */
  name: string;
  role: string;
  /** Whether they are family (a relative), not a friend, neighbour or professional. */
  family: boolean;
  /** A child ("her daughter Yasmin, aged 13"): not someone the provider meets with, or replies to, as a relative. */
  child?: boolean;
  pronouns: Pick<Pronouns, 'subject' | 'object' | 'possessive'>;
}

export type ProfessionalRole = 'social worker' | 'care coordinator' | 'GP' | 'responsible clinician' | 'district nurse' | 'community nurse';

/** "Her social worker is Priya, from the Council's Older People's Team": the role and, where given, the name. */
export interface StoryProfessional {
  role: ProfessionalRole;
  name?: string;
}

/** "Janet has asked to attend every meeting": who asked, and what, as a sentence the answer can say. */
export interface StoryRequest {
  by: StoryPerson;
  /** "Janet has asked to attend every meeting and to approve the support plan", with no full stop. */
  text: string;
  /** The same without who asked: "has asked to attend every meeting and to approve the support plan". */
  asked: string;
}

export interface StoryFacts {
  person: ScenarioPerson;
  /** How later sentences name the person: "Daniel", "Mrs Ashworth", "Priya". */
  given: string;
  /** What the story is heading for, as the answer can say "before …": "the decision on where he should live", "her care review with the Council". */
  event?: string;
  /** Whether the event is a review or meeting the provider will take part in, rather than a decision others make. */
  eventIsMeeting: boolean;
  /** Whether the story says the person has, or lacks, capacity for the decision at hand. */
  capacity?: 'has' | 'lacks';
  /** The decision capacity is about, as the story words it: "where he should live", "personal care". */
  decision?: string;
  /** The person's own words in the story, with curly quotes: “this is my home”. */
  words?: string;
  /** Other people in the story, in the order they appear. */
  others: StoryPerson[];
  /** What a relative in the story has asked for or demanded, in the story's words, with who asked. */
  requests: StoryRequest[];
  /** The professionals the story names ("Her social worker is Priya"): whom the answer tells, by name. */
  professionals: StoryProfessional[];
  /** The story's text, quotes straightened, for the situations' cues. */
  text: string;
}

const FEMALE_ROLES = new Set(['mother', 'mum', 'daughter', 'sister', 'wife', 'aunt', 'grandmother', 'niece', 'stepmother', 'girlfriend']);
const MALE_ROLES = new Set(['father', 'dad', 'son', 'brother', 'husband', 'uncle', 'grandfather', 'nephew', 'stepfather', 'boyfriend']);
const FAMILY_ROLE = String.raw`mother|mum|father|dad|daughter|son|sister|brother|wife|husband|partner|aunt|uncle|grandmother|grandfather|niece|nephew|stepmother|stepfather|girlfriend|boyfriend|parents?|cousin`;
const OTHER_ROLE = String.raw`neighbour|friend|landlord|flatmate|housemate|carer`;
const NAME = NAME_WORD;
/** A name as a story introduces someone: "Samuel", "Mrs Grace Adeyemi", "Mr and Mrs Desai". */
const FULL_NAME = String.raw`(?:(?:Mr and Mrs|${TITLES})\.? )?${NAME_WORD}(?:[ -]${NAME_WORD})?`;
const ADULT_AGE = 18;
const IS_FAMILY_ROLE = new RegExp(`^(?:${FAMILY_ROLE})$`);

const SHE = { subject: 'she', object: 'her', possessive: 'her' };
const HE = { subject: 'he', object: 'him', possessive: 'his' };
const THEY = { subject: 'they', object: 'them', possessive: 'their' };

/**
 * "Mrs Doreen Hallam" is Doreen to the reader of the story; "Gareth" is Gareth. A title with a
 * surname alone ("Mrs Ashworth") is how the story speaks of her: the surname alone would read as
 * a case file.
 */
export function givenName(name: string): string {
  const untitled = name.replace(TITLE, '');
  if (untitled !== name && !/[ -]/.test(untitled)) return name;
  return untitled.split(/[ -]/)[0] ?? name;
}

function pronounsOfRole(role: string) {
  if (FEMALE_ROLES.has(role)) return SHE;
  if (MALE_ROLES.has(role)) return HE;
  return THEY;
}

/**
 * The other people of the story: "her daughter, Karen," and "Her son, Michael," by name;
 * "Her mother" or "a neighbour from his old street" by role. Each once, in the story's order.
 */
function othersOf(text: string, person: ScenarioPerson): StoryPerson[] {
  const found: { at: number; person: StoryPerson }[] = [];
  const owner = person.pronouns.possessive;
  const named = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he (?:couple|family)['’]s|${NAME}['’]s) (?:(?:older|younger|elder|eldest|oldest|youngest|twin|only|big|little|adult|grown-up|new|close|best|old|good) )?(${FAMILY_ROLE}|${OTHER_ROLE}),? (${FULL_NAME})(?![\p{L}-])(?! (?:is|has|was)\s+\d)`, 'gu');
  for (const match of text.matchAll(named)) {
    const role = match[1]!.toLowerCase();
    // "Her daughter, Mrs Grace Adeyemi," is Mrs Adeyemi where the story calls her that; "His parents, Mr and Mrs Desai," are both.
    const couple = /^Mr and Mrs /.test(match[2]!);
    const name = couple ? match[2]! : storyName(match[2]!, text);
    if (/^(?:who|which|and|but|has|is|was)$/i.test(name) || name === person.name || name === person.given || text.indexOf(name) < 0) continue;
    found.push({ at: match.index, person: { name, role, family: IS_FAMILY_ROLE.test(role), pronouns: couple ? THEY : pronounsOfRole(role) } });
  }
  // "a man called Dean, whom Liam describes as his best mate": someone outside the family, named.
  for (const match of text.matchAll(new RegExp(String.raw`\b(?:[Aa]n?|[Aa]nother) (?:(?:older|younger|new|local) )?(man|woman|person|friend|neighbour) (?:called|named) (${FULL_NAME})(?![\p{L}-])`, 'gu'))) {
    const name = storyName(match[2]!, text);
    if (name === person.name || name === person.given) continue;
    const role = match[1] === 'neighbour' ? 'neighbour' : 'friend';
    const pronouns = match[1] === 'man' ? pronounsOfRole('brother') : match[1] === 'woman' ? pronounsOfRole('sister') : pronounsOfRole(role);
    found.push({ at: match.index, person: { name, role, family: false, pronouns } });
  }
  const nameFirst = new RegExp(String.raw`\b(${NAME}), (?:${person.pronouns.possessive}|the person['’]s) (${FAMILY_ROLE})\b`, 'gu');
  for (const match of text.matchAll(nameFirst)) {
    // "support Chloe, her mother and staff": the person, then her mother, not a mother called Chloe.
    if (person.name.split(' ').includes(match[1]!) || match[1] === person.given) continue;
    const role = match[2]!.toLowerCase();
    found.push({ at: match.index, person: { name: match[1]!, role, family: true, pronouns: pronounsOfRole(role) } });
  }
  // "Daniel's father", not named: known by his role, as "his father".
  const byRole = new RegExp(String.raw`\b([Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he|${escapeRegExp(person.given ?? givenName(person.name))}['’]s) (?:(?:old|former|close|best|elderly|only|regular|new) )?(${FAMILY_ROLE}|${OTHER_ROLE})\b`, 'gu');
  for (const match of text.matchAll(byRole)) {
    const role = match[2]!.toLowerCase();
    // "Her daughter Lynne thinks her mother should be left alone": after a relative named in the same sentence, "her mother" is the person.
    const sentenceStart = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf('\n', match.index));
    // So too after one named earlier: "Lorraine has rung asking for an update on her mother's finances".
    const before = text.slice(sentenceStart, match.index);
    // "His parents are separated: his mother wants …": "his" is still the person's, as the parents' pronoun is "their".
    const whose = match[1]!.toLowerCase();
    const theirs = (entry: { person: StoryPerson }) => !['his', 'her', 'their'].includes(whose) || entry.person.pronouns.possessive === whose;
    if (found.some((entry) => theirs(entry) && ((entry.at > sentenceStart && entry.at < match.index) || (/^\p{Lu}/u.test(entry.person.name) && new RegExp(String.raw`\b${escapeRegExp(entry.person.name)}\b`, 'u').test(before))))) continue;
    // "Michael … believes his mother should be allowed to refuse": his mother is the person herself.
    if (['his', 'her', 'their'].includes(whose) && whose !== owner && owner !== 'their') continue;
    // "his only regular visitor is a neighbour": the neighbour; "no contact with family": nobody.
    if (found.some((entry) => entry.person.role === role)) continue;
    // "Her parents separated … Her mother, Joanne, … Her father, Martin": the parents are the two named.
    if (/^parents?$/.test(role) && found.some((entry) => /^(?:mother|father|mum|dad)$/.test(entry.person.role))) continue;
    const family = IS_FAMILY_ROLE.test(role);
    found.push({ at: match.index, person: { name: family ? `${owner} ${role}` : `the ${role}`, role, family, pronouns: pronounsOfRole(role) } });
  }
  // "Yasmin, aged 13", "Leo (9)", "Sam, who is 15": under 18.
  for (const { person } of found) {
    const age = new RegExp(String.raw`\b${escapeRegExp(person.name)}(?:,? (?:aged|who is|is) |,? \(|, )(\d{1,2})\b`, 'u').exec(text)?.[1];
    if (age !== undefined && Number(age) < ADULT_AGE) person.child = true;
  }
  // "Her father was her representative until he died last year": no one to meet or reply to.
  const died = (entry: { at: number }) => /^[^.]{0,120}\b(?:died|passed away|has since died|is (?:now )?dead)\b/u.test(text.slice(entry.at));
  const seen = new Set<string>();
  // "His parents are separated: his mother …, his father …": the two are who the story is about.
  const eachParent = found.some((entry) => /^(?:mother|mum)$/.test(entry.person.role)) && found.some((entry) => /^(?:father|dad)$/.test(entry.person.role));
  return found
    .filter((entry) => !died(entry))
    .filter((entry) => !(eachParent && /^parents?$/.test(entry.person.role) && !/^\p{Lu}/u.test(entry.person.name)))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.person)
    .filter((entry) => !seen.has(entry.role + entry.name) && seen.add(entry.role + entry.name) && !seen.has(entry.name) && seen.add(entry.name));
}

/** "A decision is expected within four weeks", "Eileen's care review with the Council is due in ten days". */
const EVENT = new RegExp(
  String.raw`((?:${NAME}['’]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?) (?:[\p{L}-]+ ){0,3}?(?:decision|review|meeting|discharge|hearing|assessment|panel|tribunal|move)(?: (?:with|by|about|on|at) [^.,;]{1,40}?)?) (?:is|are|has been|have been) (?:now |already )?(?:expected|due|planned|booked|scheduled|arranged|set)\b`,
  'u',
);
/** "lacks capacity to decide where he should live", "assess whether Eileen has capacity to make decisions about personal care". */
const LACKS = /\b(?:lacks?|does not have|doesn['’]t have|is unable to make|has been found to lack) (?:the )?(?:mental )?capacity to (?:decide|make (?:(?:a |this |the )?decisions? )?(?:about|on)) ([^.,;]+)/i;
const HAS = /(?<!\bwhether )\b(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+) (?:has|have) (?:the )?(?:mental )?capacity to (?:make|take|decide|manage)\b/u;
const ASKS_CAPACITY = /\bwhether (?:\p{Lu}\p{Ll}+|he|she|they) (?:has|have|lacks?) (?:the )?capacity to (?:decide|make (?:(?:a |this |the )?decisions? )?(?:about|on)) ([^.,;?]+)/u;
/** At most this many words of the person's own are quoted. */
const QUOTED_WORDS = 9;
/** The person saying something in their own words: "repeatedly says "this is my home"". */
const SAYS = String.raw`(?:(?:says?|said)(?: to (?:a |the |her |his |their )?(?:care |support )?(?:workers?|staff|carers?|nurses?))?|tells? (?:staff|us|everyone|people)|told (?:staff|us)|keeps saying|repeatedly says|often says|asks)`;

/** "Dev's social worker has called a multi-disciplinary review for 12 June". */
const EVENT_CALLED = /\b(?:called|arranged|booked|set up|scheduled|convened) (an? (?:[\p{L}-]+ ){0,3}?(?:review|meeting|panel|hearing|assessment))\b/u;

function eventOf(text: string, person: ScenarioPerson, decision: string | undefined): string | undefined {
  const match = EVENT.exec(text) ?? EVENT_CALLED.exec(text);
  if (!match) return undefined;
  let event = match[1]!.replace(new RegExp(String.raw`^${NAME}['’]s\b`, 'u'), person.pronouns.possessive).replace(/^(?:A|An|The|His|Her|Their)\b/, (word) => word.toLowerCase());
  event = event.replace(/^an? /, 'the ');
  // "the decision" alone says nothing; the decision the story names does.
  if (/^the decision$/.test(event) && decision) event = /^(?:about|on)\b/.test(decision) ? `the decision ${decision}` : `the decision about ${decision}`;
  return event;
}

/** A relative asking for something, or laying down what should happen, a few words after they are named. */
const ASKING = String.raw`\b(?:says? (?:that )?(?:staff|carers|you|she|he|they) (?:must|should|will not|won['’]t|cannot|can['’]t)|says? (?:that )?(?:[\p{L}'’]+ ){0,4}?(?:she|he|they) will ['"‘“]?(?:make|take) (?:the|all|every|this) decisions?|ask(?:s|ed)?|asking (?:for|to|whether|if|about)|request(?:s|ed)?|demand(?:s|ed)?|demanding (?:that|to)|insist(?:s|ed)?|threaten(?:s|ed)? to|wants? (?:[\p{L}-]+ ){0,3}?to|wants (?:a |an )?(?:full )?cop(?:y|ies)|(?:told|tells) (?:[\p{L}-]+ ){1,3}?to(?= )|(?:told|tells) [^.;]{1,40}? (?:that|(?:she|he|they) (?:wants?|does not want|doesn['’]t want|will|would|expects?)))\b`;
/** How far into the sentence, after the relative is named, the asking may start. */
const ASKING_WITHIN = 90;
/** At most this many words of a relative's request are repeated in the answer. */
const REQUEST_WORDS = 36;
/** "Kyle's father, Martin," or "The couple's daughter, Karen," or "Janet" opening a sentence. */
const OPENING_NAME = new RegExp(String.raw`^(?:(?:[\p{L}'’]+ ){0,2}[\p{L}'’]+, )?(${FULL_NAME})(?!['’]s\b)(?![\p{L}-])(?:,(?= ))?`, 'u');
/**
 * A request said in at most REQUEST_WORDS words: whole, or up to the last ", and" or ";" that
 * keeps it within them ("asks you to fit a key safe … so her father cannot go out after the
 * evening call, and to install a camera …" keeps the key safe). Longer with no such place, none.
 */
function withinWords(request: string): string | undefined {
  const words = (text: string) => text.split(/\s+/).length;
  if (words(request) <= REQUEST_WORDS) return request;
  const cuts = [...request.matchAll(/,? and (?=to |asks? |wants? )|;\s/g)].map((match) => match.index).filter((at) => words(request.slice(0, at)) <= REQUEST_WORDS);
  const at = cuts.at(-1);
  return at === undefined ? undefined : request.slice(0, at);
}

/** The story speaks to the bidder ("asked your staff to lock the door"); the answer is the bidder speaking ("asked our staff"). */
function saidByUs(words: string): string {
  return words
    .replace(/\b(?<=(?:whether|if|that|when|where) )you\b/g, 'we')
    // "asks you to tell the hospital you cannot restart her care": "you" doing something is "we".
    .replace(/\byou\b(?= (?:can|cannot|can['’]t|could|will|won['’]t|would|should|must|may|might|are|were|have|had|do|did|need)\b)/g, 'we')
    .replace(/\byours\b/g, 'ours')
    .replace(/\byour\b/g, 'our')
    .replace(/\byou\b/g, 'us');
}

/** "In Priya's second week, " or "Last week, ": when, before who asked. */
const OPENING_TIME = /^(?:(?:In|On|At|During|Since|After|Before|Last|This|Yesterday|Today|Earlier|Recently|Then)\b[^,.]{0,40}, |The (?:following|next) (?:morning|afternoon|evening|day|week),? )/u;
/** "His son Martin, who lives in Spain, has emailed …": the relative named after who they are. */
const OPENING_ROLE = new RegExp(String.raw`^(?:His|Her|Their) (?:${FAMILY_ROLE}),? (?=\p{Lu})`, 'u');

/**
 * What each relative in the story has asked for, in their sentence's words, said as their own
 * sentence: "She has asked to attend every meeting" after "Daniel's mother, Janet," is "Janet has
 * asked to attend every meeting". A sentence opening with a pronoun is the relative's when the
 * pronoun is theirs and not the person's, or the sentence before named them.
 */
function requestsOf(text: string, person: ScenarioPerson, others: readonly StoryPerson[]): StoryRequest[] {
  const family = others.filter((other) => other.family && !other.child);
  const asking = new RegExp(ASKING, 'u');
  // "Liam says he is happy; his parents are demanding that you stop Dean": each clause after a semicolon may be a relative's.
  const sentences = storySentences(text).flatMap((sentence) => sentence.split(/;\s+(?=(?:His|Her|Their|his|her|their) )/u).map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1)));
  const requests: StoryRequest[] = [];
  sentences.forEach((whole, index) => {
    const sentence = whole.replace(/^[-•*–]\s*/u, '').replace(OPENING_TIME, '').replace(OPENING_ROLE, '');
    // "His parents are closely involved …": a relative the story knows only by who they are.
    const role = /^(?:His|Her|Their) \p{L}+\b/u.exec(sentence);
    const byRole = role ? family.find((other) => other.name.toLowerCase() === role[0].toLowerCase()) : undefined;
    const named = byRole || /^(?:She|He|They)\b/.test(sentence) ? null : OPENING_NAME.exec(sentence);
    const pronoun = byRole ? undefined : /^(She|He|They)\b/.exec(sentence)?.[1]?.toLowerCase();
    const previous = sentences[index - 1] ?? '';
    const by = byRole
      ? byRole
      : named
      ? family.find((other) => other.name === named[1] || named[1]!.startsWith(`${other.name} `))
      : pronoun
        ? family.find((other) => other.pronouns.subject === pronoun && (previous.includes(other.name) || (pronoun !== person.pronouns.subject && family.filter((entry) => entry.pronouns.subject === pronoun).length === 1)))
        : undefined;
    if (!by) return;
    // "Martin, who lives in Spain, has emailed …": what he asks follows the clause about him.
    const rest = sentence.slice(byRole ? role![0].length : named ? named[0].length : pronoun!.length).replace(/^\s*,?\s*who [^,]{1,60}, /u, ' ');
    // "Grace and her partner want …": a request of two people, not said as one relative's.
    if (/^\s*,?\s*and\b/u.test(rest)) return;
    // "… has told your care workers to stop …, and has asked them not to discuss …": two requests, each answered.
    for (const clause of rest.split(/,\s+and\s+(?=(?:has|have|had) (?:also )?(?:asked|told|demanded|insisted)\b)/u)) {
      const at = clause.search(asking);
      if (at < 0 || at > ASKING_WITHIN) continue;
      const inStory = withinWords(clause.trim().replace(/[.!]$/, '').replace(/"([^"]*)"/g, '“$1”'));
      if (inStory === undefined || /[?"]/.test(inStory)) continue;
      const who = by.name.charAt(0).toUpperCase() + by.name.slice(1);
      requests.push({ by, text: `${who} ${inStory}`, asked: saidByUs(inStory) });
    }
  });
  return requests;
}

const PROFESSIONAL_ROLE = String.raw`social worker|care co-?ordinator|GP|responsible clinician|district nurse|community (?:learning disability |psychiatric |mental health )?nurse|CPN|CLDN`;
/** A professional's name as a story gives it: "Priya", "Priya Shah", "Dr Evans". */
const PROFESSIONAL_NAME = FULL_NAME;

/**
 * "Her social worker is Priya", "His GP, Dr Evans,", "Aisha's social worker, Tom Gallagher,":
 * each role once, named where the question names it. A role only spoken of ("his care
 * coordinator disagrees", "how you would work with his care coordinator") is known but unnamed.
 */
function professionalsOf(text: string, person: ScenarioPerson): StoryProfessional[] {
  const owner = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|${escapeRegExp(givenName(person.name))}['’]s|${escapeRegExp(person.name)}['’]s)`;
  const found = new Map<ProfessionalRole, StoryProfessional>();
  const role = (said: string): ProfessionalRole =>
    /^GP$/.test(said) ? 'GP' : /^social/i.test(said) ? 'social worker' : /^responsible/i.test(said) ? 'responsible clinician' : /^district/i.test(said) ? 'district nurse' : /nurse|^CPN$|^CLDN$/i.test(said) ? 'community nurse' : 'care coordinator';
  for (const match of text.matchAll(new RegExp(String.raw`\b${owner} (?:transition )?(${PROFESSIONAL_ROLE})(?:(?: is|,)? (${PROFESSIONAL_NAME})\b)?`, 'gu'))) {
    const said = role(match[1]!);
    // "Ms Priya Sandhu" is Ms Sandhu to whoever writes to her; "Priya" or "Helen Price" as the story gives it.
    const given = match[2] !== undefined && !/^(?:The|A|An|Based|On|From|At)\b/.test(match[2]) ? match[2] : undefined;
    const name = given === undefined ? undefined : formalName(given);
    const known = found.get(said);
    if (!known || (known.name === undefined && name !== undefined)) found.set(said, { role: said, ...(name ? { name } : {}) });
  }
  return [...found.values()];
}

const factsCache = new Map<string, StoryFacts | undefined>();

/**
 * The story's particulars, read once per question: a scenario answer asks for them for every step
 * and every part it places. Callers only read what is returned.
 */
export function storyFacts(question: string): StoryFacts | undefined {
  if (factsCache.has(question)) return factsCache.get(question);
  const facts = readStory(question);
  if (factsCache.size > 500) factsCache.clear();
  factsCache.set(question, facts);
  return facts;
}

function readStory(question: string): StoryFacts | undefined {
  const person = scenarioPerson(question);
  if (!person) return undefined;
  const text = normaliseQuestion(question);
  const given = person.given ?? givenName(person.name);
  const lacks = LACKS.exec(text);
  const asked = ASKS_CAPACITY.exec(text);
  const capacity = lacks ? 'lacks' : HAS.test(text) ? 'has' : undefined;
  const decision = (lacks?.[1] ?? asked?.[1])?.trim().replace(/\s+(?:and|but|or)$/, '');
  const event = eventOf(text, person, decision);
  const others = othersOf(text, person);
  const who = String.raw`(?:${given}|${person.pronouns.subject})`;
  const sentence = storySentences(text).find((entry) => new RegExp(String.raw`\b${who}\b[^."]{0,80}\b${SAYS}\s*[:,]?\s*(?:(?:that )?(?:he|she|they) (?:wants?|would like|wanted)(?: to)? )?"[^"]{3,80}"`, 'iu').test(entry));
  const quoted = sentence ? /"([^"]{3,80})"/.exec(sentence.slice(sentence.search(new RegExp(SAYS, 'i'))))?.[1] : undefined;
  // Words an answer can quote inside one of its sentences.
  const words = quoted !== undefined && quoted.split(/\s+/).length <= QUOTED_WORDS ? quoted : undefined;
  return {
    person,
    given,
    ...(event ? { event } : {}),
    eventIsMeeting: event !== undefined && /\b(?:review|meeting|panel|assessment)\b/.test(event),
    ...(capacity ? { capacity } : {}),
    ...(decision ? { decision } : {}),
    ...(words ? { words: `“${words.replace(/[.,]$/, '')}”` } : {}),
    others,
    requests: requestsOf(text, person, others),
    professionals: professionalsOf(text, person),
    text,
  };
}
