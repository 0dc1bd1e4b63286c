/**
 * Shorthand used inside the phrase patterns of this folder. A pattern may write `{people}`
 * instead of repeating the whole alternation; `compilePhrasePattern` expands it.
 *
 * To extend: add a word to the alternation below (regular-expression syntax, lower case;
 * matching ignores case and treats ’ as ').
 */
export const phraseVocabulary: Readonly<Record<string, string>> = {
  /** Who gets "involved" in a vague sentence: family, friends, representatives, advocates. */
  people:
    "(?:the person's\\s+|their\\s+|all\\s+|our\\s+)?(?:famil(?:y|ies)(?:\\s+members?)?|family's|families'|relatives'?|loved ones|parents'?|carers'?|next of kin|representatives|circle of support|supporters|advocates'?|stakeholders|people we support|service users)",
  /** Forms of "to be" that introduce a passive or a state. */
  be: '(?:is|are|was|were|will be|can be|may be|would be|should be|shall be|have been|has been|being|be)',
  /** Subjects that make a claim about the organisation without naming a role. */
  we: "(?:we|we're|staff|the team|our team|our staff|the service|our service|the home|managers|our managers|the provider|the organisation)",
  /** Adverbs that add emphasis but no information. */
  adv: '(?:(?:fully|actively|always|closely|genuinely|meaningfully|routinely|continually|openly|truly|properly)\\s+)?',
  /** Small numbers written as words, as bid writers often do. */
  num: '(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-eight|sixty|ninety)',
};
