/** Every practice statement the validator looks for, one behaviour per file. */
import type { PracticeStatement } from '../practice-statement.js';
import { accessibleFormats } from './accessible-formats.js';
import { advocateAtComplexReviews } from './advocate-at-complex-reviews.js';
import { agendaNotice } from './agenda-notice.js';
import { changeReaudit } from './change-reaudit.js';
import { keyWorkerChairsComplexReviews, nominatedIndividualChairsComplexReviews, registeredManagerChairsComplexReviews } from './complex-review-chair.js';
import { escalationToNominatedIndividual, escalationToRegisteredManager } from './disagreement-escalation.js';
import { disagreementLog } from './disagreement-log.js';
import { monthlyMiniReviews } from './monthly-mini-reviews.js';
import { nominatedIndividualSampling } from './ni-sampling.js';
import { quarterlyDeepDives } from './quarterly-deep-dives.js';
import { remoteParticipation } from './remote-participation.js';
import { summariesAfterMeetings } from './summaries-after-meetings.js';
import { writtenParticipation } from './written-participation.js';

export const PRACTICE_STATEMENTS: readonly PracticeStatement[] = [
  monthlyMiniReviews,
  quarterlyDeepDives,
  registeredManagerChairsComplexReviews,
  nominatedIndividualChairsComplexReviews,
  keyWorkerChairsComplexReviews,
  advocateAtComplexReviews,
  accessibleFormats,
  agendaNotice,
  remoteParticipation,
  writtenParticipation,
  disagreementLog,
  escalationToRegisteredManager,
  escalationToNominatedIndividual,
  nominatedIndividualSampling,
  changeReaudit,
  summariesAfterMeetings,
];
