-- AlterTable
ALTER TABLE "review" ADD COLUMN     "advocate_involved" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "family_involved" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "involvement_batch_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- Who took part, kept on each review so figures count involvement without joining participants.
-- Every write to participant (import create, update by id, cascade delete, anything else) runs
-- these statement-level triggers in its own transaction, so the facts cannot drift from the rows.
CREATE FUNCTION "refresh_review_involvement"("review_ids" UUID[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "review" r SET
    "family_involved" = f.family,
    "advocate_involved" = f.advocate,
    "involvement_batch_ids" = f.batch_ids
  FROM (
    SELECT ids.id,
      coalesce(bool_or(pa."role" IN ('family', 'friend')), false) AS family,
      coalesce(bool_or(pa."role" = 'advocate'), false) AS advocate,
      coalesce(array_agg(DISTINCT pa."batch_id" ORDER BY pa."batch_id") FILTER (WHERE pa."batch_id" IS NOT NULL), ARRAY[]::UUID[]) AS batch_ids
    FROM unnest("review_ids") AS ids(id)
    LEFT JOIN "participant" pa ON pa."review_id" = ids.id AND pa."role" IN ('family', 'friend', 'advocate')
    GROUP BY ids.id
  ) f
  WHERE r."id" = f.id
    AND (r."family_involved", r."advocate_involved", r."involvement_batch_ids") IS DISTINCT FROM (f.family, f.advocate, f.batch_ids)
$$;

-- Prisma's PostgreSQL adapter runs a migration split at every semicolon, so no statement may
-- hold one: the PL/pgSQL body is an escape string with each of its semicolons written \073.
CREATE FUNCTION "participant_refreshes_review_involvement"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM "refresh_review_involvement"(ARRAY(SELECT DISTINCT "review_id" FROM new_rows))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM "refresh_review_involvement"(ARRAY(SELECT DISTINCT "review_id" FROM old_rows))\073
  ELSE
    PERFORM "refresh_review_involvement"(ARRAY(SELECT "review_id" FROM new_rows UNION SELECT "review_id" FROM old_rows))\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "participant_insert_review_involvement" AFTER INSERT ON "participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "participant_refreshes_review_involvement"();
CREATE TRIGGER "participant_update_review_involvement" AFTER UPDATE ON "participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "participant_refreshes_review_involvement"();
CREATE TRIGGER "participant_delete_review_involvement" AFTER DELETE ON "participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "participant_refreshes_review_involvement"();

-- Reviews stored before this migration.
SELECT "refresh_review_involvement"(ARRAY(SELECT DISTINCT "review_id" FROM "participant"));
