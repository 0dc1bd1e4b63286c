import { z } from 'zod';
import { REGIONS } from '../data/import/vocabulary.js';

/**
 * Inputs of the drafter beyond the evidence pack: "you said, we did" rows and the practices
 * the records show (which review types were held, who chaired complex reviews, which formats
 * and channels were used). The drafter only describes a practice that appears here or in a
 * figure, so it never claims a routine the data does not show.
 */
export const ZYouSaidWeDidSchema = z.object({
  youSaid: z.string().min(1),
  weDid: z.string().min(1),
  changedOn: z.string(),
  verifiedOn: z.string().nullable(),
  /** Role that checked the change held (ni, rm …); never a name. */
  verifiedBy: z.string().nullable(),
  /** Service name. */
  service: z.string(),
  /** Who gave the feedback, as a role (person, family, advocate …); never a name. */
  raisedBy: z.string().optional(),
});
export type YouSaidWeDid = z.infer<typeof ZYouSaidWeDidSchema>;

export const ZPracticeFactsSchema = z.object({
  /** Review types held in the period: mini-review, deep-dive, complex, goal-setting, debrief … */
  reviewTypes: z.array(z.string()).default([]),
  /** Roles that chaired complex or best-interests reviews in the period, most frequent first. */
  complexChairs: z.array(z.string()).default([]),
  /** Accessible agenda formats used in the period (easy-read, audio, large-print …). */
  agendaFormats: z.array(z.string()).default([]),
  /** How supporters took part (in-person, video, phone, written …), most frequent first. */
  participationModes: z.array(z.string()).default([]),
  /** Escalation levels seen in the disagreement log (key-worker, rm, ni). */
  escalationLevels: z.array(z.string()).default([]),
  /** Disagreements logged in the period (0 when the log is empty). */
  disagreementsLogged: z.number().int().nonnegative().default(0),
  /** Where the organisation is, for the ombudsman a complaint can go to (england-and-wales, scotland, northern-ireland). */
  region: z.enum(REGIONS).optional(),
});
export type PracticeFacts = z.infer<typeof ZPracticeFactsSchema>;

export const ZQuestionSchema = z.object({ text: z.string(), number: z.string().optional() });
export type DraftQuestion = z.infer<typeof ZQuestionSchema>;

/** The question answered when none is given. */
export const DEFAULT_QUESTION_TEXT = 'How do you involve people, their families and advocates in planning and reviewing their support?';
