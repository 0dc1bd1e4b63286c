/**
 * How the practice library's codes read in a sentence: owners as a bid names them and cadences
 * as they complete "… every quarter".
 */
import type { OWNER_ROLES, PRACTICE_CADENCES } from '../../data/import/vocabulary.js';

export const OWNER_WORDS: Readonly<Record<(typeof OWNER_ROLES)[number], string>> = {
  rm: 'the Registered Manager',
  ni: 'the Nominated Individual',
  'key-worker': 'the key worker',
  'team-leader': 'the team leader',
  'quality-lead': 'the quality lead',
  'training-lead': 'the training lead',
  other: 'a named member of staff',
};

export const CADENCE_WORDS: Readonly<Record<(typeof PRACTICE_CADENCES)[number], string>> = {
  'each-review': 'at each review',
  weekly: 'every week',
  monthly: 'every month',
  quarterly: 'every quarter',
  // Words with no numeral: a number in a cadence would be read as a claim the library must back.
  'six-monthly': 'twice a year',
  annually: 'every year',
  'at-induction': 'at induction',
  'at-referral': 'at referral',
  'when-triggered': 'each time it is needed',
  ongoing: 'as part of everyday work',
};

/** Freshness limit: a practice last checked longer ago than this before the period ends is stale. */
export const DEFAULT_STALE_AFTER_MONTHS = 12;
