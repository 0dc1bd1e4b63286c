/**
 * Text a model should never return in a tender answer: echoed prompt injections, requests to
 * reveal data or instructions, and anything that looks like a person reference. Model output
 * matching one is a failed attempt. Regular-expression sources, matched case-insensitively.
 *
 * To extend: add a pattern with a short reason.
 */
export const injectionPatterns: readonly { pattern: string; reason: string }[] = [
  { pattern: '\\b(?:ignore|disregard|forget|override)\\b[^.]{0,40}\\b(?:previous|prior|above|earlier|all|system|these)\\b[^.]{0,20}\\b(?:instructions?|prompts?|rules?|messages?)', reason: 'echoes an instruction to ignore the prompt' },
  { pattern: '\\b(?:reveal|disclose|print|show|output|list|send)\\b[^.]{0,40}\\b(?:system prompt|instructions|api key|keys?|passwords?|personal data|names|person references?|comments|database|records of individuals)', reason: 'asks to reveal data or instructions' },
  { pattern: '\\bsystem prompt\\b', reason: 'mentions the system prompt' },
  { pattern: '\\b(?:as an ai|language model|i cannot|i can\'t help)\\b', reason: 'speaks as the model, not as the provider' },
  { pattern: '\\byou are now\\b|\\bnew instructions\\b|\\bjailbreak\\b', reason: 'echoes a role-change instruction' },
  { pattern: '\\b[A-Z]{1,3}-\\d{3,5}\\b', reason: 'contains a record reference' },
  { pattern: 'https?://|www\\.', reason: 'contains a link' },
];
