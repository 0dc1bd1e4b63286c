/**
 * Who a question is about, when it names a group of people ("for people with mental health
 * needs"), and which of the organisation's services are for them. An answer about those people
 * quotes those services' records: the whole organisation's 73% can hide one service's 41%, and
 * the buyer reads a figure for everyone as off the question.
 */
import { CLIENT_GROUPS, type ClientGroup } from '../data/client-groups.js';

const groupPatterns = CLIENT_GROUPS.map((group) => ({ group, pattern: new RegExp(`(?:${group.words})`, 'i') }));

/** Every group a text names anywhere: a question, a service's name, a practice's place. */
export function groupsNamedIn(text: string): Set<string> {
  return new Set(groupPatterns.filter(({ pattern }) => pattern.test(text)).map(({ group }) => group.id));
}

/**
 * Words that make the group the people themselves: "people with …", "who have …", "lived
 * experience of …". Not "of", "for" or "and" alone: "the impact of mental health", "a plan for
 * mental health crises" and "physical and mental health" are about everyone.
 */
const PEOPLE_LEAD = String.raw`\b(?:(?:with|have|has)\s+(?:(?:a|an|their|lived|living|experience|of)\s+){0,3}|(?:lived\s+)?experience\s+of\s+(?:a\s+|an\s+)?)`;
/** Joins a second group to one already named as the people ("learning disability and/or mental ill health"). */
const LIST_JOIN = String.raw`\s*(?:,\s*|\s+and\/or\s+|\s+and\s+|\s+or\s+)(?:(?:a|an|with|people with|those with)\s+)?`;
/** The group word naming professionals or services rather than people ("community mental health team"). */
const NOT_PEOPLE = String.raw`(?!\s+(?:teams?|professionals?|nurses?|practitioners?|trusts?|act\b|workers?|staff|colleagues|clinicians?|commissioners?))`;
/** A group given as one example among everyone ("including people with …") does not narrow the question. */
const EXAMPLE_LEAD = /\b(?:includ(?:e|es|ing)|such as|e\.g\.|for example|for instance|as well as)\b[^.?;:]*$/i;

/** A group word that describes the people it comes before ("autistic people", "older adults"). */
const PEOPLE_NOUN = String.raw`(?:people|adults|persons?|individuals|tenants|residents|men|women)\b`;

function namedAsPeople(question: string, group: ClientGroup): boolean {
  const pattern = new RegExp(`(?<lead>${PEOPLE_LEAD})?(?<group>${group.words})(?<noun>\\s+${PEOPLE_NOUN})?${NOT_PEOPLE}`, 'gi');
  for (const match of question.matchAll(pattern)) {
    const { lead, noun } = match.groups ?? {};
    const asPeople = lead !== undefined || noun !== undefined || new RegExp(`${PEOPLE_NOUN}$`, 'i').test(match.groups?.group ?? '');
    if (asPeople && !EXAMPLE_LEAD.test(question.slice(0, match.index))) return true;
  }
  return false;
}

/** The groups a question names as the people it is about; empty when it is about everyone. */
export function peopleAskedAbout(question: string): string[] {
  const named = CLIENT_GROUPS.filter((group) => group.narrowsScope && namedAsPeople(question, group));
  // A group listed right after one named as the people is about people too.
  const listed = CLIENT_GROUPS.filter(
    (group) => group.narrowsScope && !named.includes(group) && named.some((first) => new RegExp(`(?:${first.words})${LIST_JOIN}(?:${group.words})${NOT_PEOPLE}`, 'i').test(question)),
  );
  return CLIENT_GROUPS.filter((group) => named.includes(group) || listed.includes(group)).map((group) => group.id);
}

export interface ScopableService {
  ref: string;
  name: string;
  /** The service's recorded type, such as `mental-health` or `domiciliary-care`. */
  serviceType: string;
}

export interface PeopleScope<Service extends ScopableService> {
  /** The groups the question is about, as `CLIENT_GROUPS` ids. */
  groups: string[];
  /** The services whose name or type says they are for those people. */
  services: Service[];
}

/**
 * The services an answer about the question's people should quote: those whose name or type
 * names one of the groups asked about. Undefined when the question is about everyone, or when
 * no service (or every service) is named for them, so the answer keeps the whole organisation.
 */
export function servicesForPeopleAsked<Service extends ScopableService>(question: string, services: readonly Service[]): PeopleScope<Service> | undefined {
  const groups = peopleAskedAbout(question);
  if (groups.length === 0) return undefined;
  const matching = services.filter((service) => {
    const serves = groupsNamedIn(`${service.name} ${service.serviceType.replace(/[-_]/g, ' ')}`);
    return groups.some((group) => serves.has(group));
  });
  if (matching.length === 0 || matching.length === services.length) return undefined;
  return { groups, services: matching };
}
