/**
 * The groups of people a question can be about and a service can be for, by the words that name
 * them. A question "for people in supported living with mental health needs" is not answered by
 * a practice kept only at a learning disability service: the buyer reads it as off the question.
 */
export interface ClientGroup {
  id: string;
  /** Words naming the group in a question or a service's name (regular expression source). */
  words: string;
}

export const CLIENT_GROUPS: readonly ClientGroup[] = [
  { id: 'mental-health', words: 'mental health|mental[- ]ill(?:ness|[- ]health)|psychiatric|psychosis|recovery service' },
  { id: 'learning-disability', words: 'learning disabilit(?:y|ies)|learning[- ]disabled|autis(?:m|tic)|\\bld\\b' },
  { id: 'home-care', words: 'home care|domiciliary|homecare|care at home' },
  { id: 'older-people', words: 'older (?:people|adults)|dementia|elderly' },
];
