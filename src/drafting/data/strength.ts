/**
 * When a figure counts as a strength. A weaker figure is never put forward as one: it is shown
 * as an improving trend (only when it did improve) or left out, with a note for the writer.
 */
export const strengthThresholds = {
  /** Percentages below this are not a strength. */
  percent: 80,
  /** Mean scores (1 to 5) below this are not a strength. */
  score: 4,
} as const;

/**
 * A service this many percentage points behind the whole is named: beside the whole's figure in
 * an answer, and to the writer. Below a small sample's count it is not, as one or two cases move it.
 */
export const SERVICE_BEHIND_POINTS = 15;
