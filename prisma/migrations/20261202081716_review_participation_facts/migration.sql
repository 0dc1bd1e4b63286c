-- AlterTable
ALTER TABLE "review" ADD COLUMN     "participant_batch_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "remote_input" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "written_input" BOOLEAN NOT NULL DEFAULT false;

-- The participant triggers refresh these facts too: how others took part and every participant
-- row's batch, so the practice profile need not join participants either.
CREATE OR REPLACE FUNCTION "refresh_review_involvement"("review_ids" UUID[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "review" r SET
    "family_involved" = f.family,
    "advocate_involved" = f.advocate,
    "involvement_batch_ids" = f.involvement_batch_ids,
    "remote_input" = f.remote,
    "written_input" = f.written,
    "participant_batch_ids" = f.participant_batch_ids
  FROM (
    SELECT ids.id,
      coalesce(bool_or(pa."role" IN ('family', 'friend')), false) AS family,
      coalesce(bool_or(pa."role" = 'advocate'), false) AS advocate,
      coalesce(array_agg(DISTINCT pa."batch_id" ORDER BY pa."batch_id") FILTER (WHERE pa."role" IN ('family', 'friend', 'advocate')), ARRAY[]::UUID[]) AS involvement_batch_ids,
      coalesce(bool_or(pa."role" IN ('family', 'friend', 'advocate', 'professional') AND pa."mode" = 'remote'), false) AS remote,
      coalesce(bool_or(pa."role" IN ('family', 'friend', 'advocate', 'professional') AND pa."mode" = 'async'), false) AS written,
      coalesce(array_agg(DISTINCT pa."batch_id" ORDER BY pa."batch_id") FILTER (WHERE pa."batch_id" IS NOT NULL), ARRAY[]::UUID[]) AS participant_batch_ids
    FROM unnest("review_ids") AS ids(id)
    LEFT JOIN "participant" pa ON pa."review_id" = ids.id
    GROUP BY ids.id
  ) f
  WHERE r."id" = f.id
    AND (r."family_involved", r."advocate_involved", r."involvement_batch_ids", r."remote_input", r."written_input", r."participant_batch_ids")
      IS DISTINCT FROM (f.family, f.advocate, f.involvement_batch_ids, f.remote, f.written, f.participant_batch_ids)
$$;

-- Reviews stored before this migration.
SELECT "refresh_review_involvement"(ARRAY(SELECT DISTINCT "review_id" FROM "participant"));
