/**
 * The groups of people a question can be about and a service can be for, by the words that name
 * them. A question "for people in supported living with mental health needs" is not answered by
 * a practice kept only at a learning disability service: the buyer reads it as off the question.
 */
export interface ClientGroup {
  id: string;
  /** Words naming the group in a question or a service's name (regular expression source). */
  words: string;
  /**
   * Whether a question about this group is answered from its services' records alone. Home care
   * names a way of being supported rather than who the people are, so it does not narrow.
   */
  narrowsScope: boolean;
}

export const CLIENT_GROUPS: readonly ClientGroup[] = [
  { id: 'mental-health', words: 'mental health|mental[- ]ill(?:ness|[- ]health)|psychiatric|psychosis|recovery service', narrowsScope: true },
  { id: 'learning-disability', words: 'learning disabilit(?:y|ies)|learning[- ]disabled|autis(?:m|tic)|\\bld\\b', narrowsScope: true },
  { id: 'home-care', words: 'home care|domiciliary|homecare|care at home', narrowsScope: false },
  { id: 'older-people', words: 'older (?:people|adults)|dementia|elderly', narrowsScope: true },
];

/** The people of each group, as a sentence names them ("people with mental health needs"). */
export const CLIENT_GROUP_PEOPLE: Readonly<Record<string, string>> = {
  'mental-health': 'people with mental health needs',
  'learning-disability': 'people with a learning disability or autistic people',
  'home-care': 'people supported at home',
  'older-people': 'older people and people living with dementia',
};
