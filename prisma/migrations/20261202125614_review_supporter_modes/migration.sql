-- AlterTable
ALTER TABLE "review" ADD COLUMN     "supporter_mode_batches" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The participant triggers refresh this fact too: how supporters took part, with each row's
-- batch, so the figures' breakdown of supporter modes need not look participants up.
CREATE OR REPLACE FUNCTION "refresh_review_involvement"("review_ids" UUID[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "review" r SET
    "family_involved" = f.family,
    "advocate_involved" = f.advocate,
    "involvement_batch_ids" = f.involvement_batch_ids,
    "remote_input" = f.remote,
    "written_input" = f.written,
    "participant_batch_ids" = f.participant_batch_ids,
    "supporter_mode_batches" = f.supporter_mode_batches
  FROM (
    SELECT ids.id,
      coalesce(bool_or(pa."role" IN ('family', 'friend')), false) AS family,
      coalesce(bool_or(pa."role" = 'advocate'), false) AS advocate,
      coalesce(array_agg(DISTINCT pa."batch_id" ORDER BY pa."batch_id") FILTER (WHERE pa."role" IN ('family', 'friend', 'advocate')), ARRAY[]::UUID[]) AS involvement_batch_ids,
      coalesce(bool_or(pa."role" IN ('family', 'friend', 'advocate', 'professional') AND pa."mode" = 'remote'), false) AS remote,
      coalesce(bool_or(pa."role" IN ('family', 'friend', 'advocate', 'professional') AND pa."mode" = 'async'), false) AS written,
      coalesce(array_agg(DISTINCT pa."batch_id" ORDER BY pa."batch_id") FILTER (WHERE pa."batch_id" IS NOT NULL), ARRAY[]::UUID[]) AS participant_batch_ids,
      coalesce(array_agg(DISTINCT pa."mode" || ' ' || pa."batch_id"::text) FILTER (WHERE pa."role" IN ('family', 'friend', 'advocate')), ARRAY[]::TEXT[]) AS supporter_mode_batches
    FROM unnest("review_ids") AS ids(id)
    LEFT JOIN "participant" pa ON pa."review_id" = ids.id
    GROUP BY ids.id
  ) f
  WHERE r."id" = f.id
    AND (r."family_involved", r."advocate_involved", r."involvement_batch_ids", r."remote_input", r."written_input", r."participant_batch_ids", r."supporter_mode_batches")
      IS DISTINCT FROM (f.family, f.advocate, f.involvement_batch_ids, f.remote, f.written, f.participant_batch_ids, f.supporter_mode_batches)
$$;

-- Reviews stored before this migration.
SELECT "refresh_review_involvement"(ARRAY(SELECT DISTINCT "review_id" FROM "participant"));
