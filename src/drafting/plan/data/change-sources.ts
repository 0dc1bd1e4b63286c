/**
 * Who raised a "you said, we did" change, as the answer says it and the topic it speaks to: a
 * change an independent advocate asked for is an example of something that changed because of
 * an advocate's input. Keyed by the import's raised-by role; a role not listed keeps the
 * general wordings ("feedback told us that …").
 */
import type { AskedTopicId } from '../../data/question-cues.js';

export const CHANGE_SOURCES: Readonly<Record<string, { frame: string; topic?: AskedTopicId }>> = {
  advocate: { frame: 'an independent advocate told us that', topic: 'advocacy' },
  family: { frame: 'a family member told us that', topic: 'family-friends' },
  friend: { frame: 'a friend of a person we support told us that', topic: 'family-friends' },
  professional: { frame: 'a professional working with us raised that' },
};

/**
 * Topics every change made from feedback speaks to, whatever its words: asked for an example of
 * feedback leading to a change, any logged change is one.
 */
export const EVERY_CHANGE_ANSWERS: ReadonlySet<AskedTopicId> = new Set(['feedback', 'co-production']);
