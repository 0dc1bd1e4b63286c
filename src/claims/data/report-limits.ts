/**
 * Bounds on what one validation or check reports (the Markdown limits live with the reader, in
 * src/text). A draft of nothing but numbers can hold tens of thousands of findings; nobody reads
 * past the first few hundred, and building them all costs memory in proportion.
 */

/** Most findings one report lists; the rest are counted, by rule, in one closing message. */
export const MAX_REPORTED_MESSAGES = 200;

/** Rule id of the closing message that says how many findings were left out. */
export const OMITTED_MESSAGES_RULE_ID = 'too-many-messages';

