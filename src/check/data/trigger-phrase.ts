import type { LadderRung, SentenceGap } from '../check-schema.js';
import type { SpecificityKind } from './specificity.js';

/**
 * One vague or tokenistic trigger. Bid writers extend the lists in vague-phrases.ts and
 * tokenism-phrases.ts with entries of this shape.
 */
export interface TriggerPhrase {
  /** Stable id, lower-case words joined by hyphens. */
  id: string;
  /** Regular-expression sources (case ignored, whole words); `{people}` etc. from vocabulary.ts. */
  patterns: readonly string[];
  /** What a sentence with this trigger usually leaves out. */
  gaps: readonly SentenceGap[];
  /** Rung the sentence claims; when absent it is read from the sentence (ladder-cues.ts). */
  ladder?: LadderRung;
  /** Completes the message "Unexpected `…`, <advice>". */
  advice: string;
  /** Concrete rewrites or what to add, shown as `expected`. */
  expected: readonly string[];
  /** Signals that make the sentence specific despite the trigger; all kinds when absent. */
  clearedBy?: readonly SpecificityKind[];
  /** Only a trigger when the sentence is about involvement (ladder cue or involvement word). */
  needsInvolvementTopic?: boolean;
  /**
   * Catch-all: reported only when no other trigger in the sentence is, so a sentence about
   * families or involvement with no specific detail at all is still caught.
   */
  fallback?: boolean;
}
