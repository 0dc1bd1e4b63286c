import type { Database } from './database.js';

/** Rows per table for one organisation: the demo's and the API's import summary. */
export async function countRecords(db: Database, organisationSlug: string): Promise<Record<string, number>> {
  const organisation = await db.prisma.organisation.findUniqueOrThrow({ where: { slug: organisationSlug }, select: { id: true } });
  const where = { organisationId: organisation.id };
  const p = db.prisma;
  const [batches, services, people, reviews, participants, actions, referrals, disagreements, feedback, changes, enablement, samples, practices] = await Promise.all([
    p.importBatch.count({ where }),
    p.service.count({ where }),
    p.person.count({ where }),
    p.review.count({ where }),
    p.participant.count({ where }),
    p.action.count({ where }),
    p.advocateReferral.count({ where }),
    p.disagreement.count({ where }),
    p.feedbackResponse.count({ where }),
    p.feedbackChange.count({ where }),
    p.enablementOutcome.count({ where }),
    p.governanceSample.count({ where }),
    p.practiceEntry.count({ where }),
  ]);
  return {
    'import batches': batches,
    services,
    people,
    reviews,
    participants,
    actions,
    'advocate referrals': referrals,
    disagreements,
    feedback,
    'you said, we did changes': changes,
    'enablement outcomes': enablement,
    'governance samples': samples,
    'practice library entries': practices,
  };
}
