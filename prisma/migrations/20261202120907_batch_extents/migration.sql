-- CreateTable
CREATE TABLE "batch_extent" (
    "batch_id" UUID NOT NULL,
    "table_name" TEXT NOT NULL,
    "first_row" INTEGER,
    "last_row" INTEGER,
    "latest_on" DATE,
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "batch_extent_pkey" PRIMARY KEY ("batch_id","table_name")
);

-- AddForeignKey
ALTER TABLE "batch_extent" ADD CONSTRAINT "batch_extent_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Batch extents kept in step with the record tables. Every write to a record table (import
-- create, update by id, re-import citing a new file, cascade delete, anything else) runs these
-- statement-level triggers in its own transaction: inserted rows widen the extent of their batch;
-- rows that leave a batch or change their row number or date mark its extent stale, and the
-- next reader recounts it. Prisma's PostgreSQL adapter splits a migration at every semicolon,
-- so each PL/pgSQL body is an escape string with its semicolons written \073.

CREATE FUNCTION "review_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''review'', min(t."source_row"), max(t."source_row"), max(t."held_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''review'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."held_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."held_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''review'', min(t."source_row"), max(t."source_row"), max(t."held_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."held_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."held_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."held_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."held_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
    -- A participant is dated by its review, so a moved review changes its participants'' extents.
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''participant'' AND e."batch_id" IN (
      SELECT pa."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" JOIN "participant" pa ON pa."review_id" = n."id" WHERE n."held_on" IS DISTINCT FROM o."held_on")\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''review'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "review_insert_batch_extent" AFTER INSERT ON "review"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "review_keeps_batch_extent"();
CREATE TRIGGER "review_update_batch_extent" AFTER UPDATE ON "review"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "review_keeps_batch_extent"();
CREATE TRIGGER "review_delete_batch_extent" AFTER DELETE ON "review"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "review_keeps_batch_extent"();

CREATE FUNCTION "participant_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''participant'', min(t."source_row"), max(t."source_row"), max(r."held_on") FROM new_rows t JOIN "review" r ON r."id" = t."review_id"
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''participant'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."review_id") IS DISTINCT FROM (n."batch_id", n."source_row", n."review_id"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''participant'', min(t."source_row"), max(t."source_row"), max(r."held_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."review_id") IS DISTINCT FROM (n."batch_id", n."source_row", n."review_id")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."review_id") IS DISTINCT FROM (n."batch_id", n."source_row", n."review_id") AND o."batch_id" IS NOT NULL)) t JOIN "review" r ON r."id" = t."review_id"
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''participant'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "participant_insert_batch_extent" AFTER INSERT ON "participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "participant_keeps_batch_extent"();
CREATE TRIGGER "participant_update_batch_extent" AFTER UPDATE ON "participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "participant_keeps_batch_extent"();
CREATE TRIGGER "participant_delete_batch_extent" AFTER DELETE ON "participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "participant_keeps_batch_extent"();

CREATE FUNCTION "action_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''action'', min(t."source_row"), max(t."source_row"), max(t."due_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''action'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."due_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."due_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''action'', min(t."source_row"), max(t."source_row"), max(t."due_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."due_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."due_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."due_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."due_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''action'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "action_insert_batch_extent" AFTER INSERT ON "action"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_keeps_batch_extent"();
CREATE TRIGGER "action_update_batch_extent" AFTER UPDATE ON "action"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_keeps_batch_extent"();
CREATE TRIGGER "action_delete_batch_extent" AFTER DELETE ON "action"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_keeps_batch_extent"();

CREATE FUNCTION "advocate_referral_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''advocate_referral'', min(t."source_row"), max(t."source_row"), max(t."referred_at"::date) FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''advocate_referral'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."referred_at") IS DISTINCT FROM (n."batch_id", n."source_row", n."referred_at"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''advocate_referral'', min(t."source_row"), max(t."source_row"), max(t."referred_at"::date) FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."referred_at") IS DISTINCT FROM (n."batch_id", n."source_row", n."referred_at")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."referred_at") IS DISTINCT FROM (n."batch_id", n."source_row", n."referred_at") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''advocate_referral'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "advocate_referral_insert_batch_extent" AFTER INSERT ON "advocate_referral"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "advocate_referral_keeps_batch_extent"();
CREATE TRIGGER "advocate_referral_update_batch_extent" AFTER UPDATE ON "advocate_referral"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "advocate_referral_keeps_batch_extent"();
CREATE TRIGGER "advocate_referral_delete_batch_extent" AFTER DELETE ON "advocate_referral"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "advocate_referral_keeps_batch_extent"();

CREATE FUNCTION "disagreement_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''disagreement'', min(t."source_row"), max(t."source_row"), max(t."logged_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''disagreement'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."logged_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."logged_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''disagreement'', min(t."source_row"), max(t."source_row"), max(t."logged_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."logged_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."logged_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."logged_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."logged_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''disagreement'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "disagreement_insert_batch_extent" AFTER INSERT ON "disagreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "disagreement_keeps_batch_extent"();
CREATE TRIGGER "disagreement_update_batch_extent" AFTER UPDATE ON "disagreement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "disagreement_keeps_batch_extent"();
CREATE TRIGGER "disagreement_delete_batch_extent" AFTER DELETE ON "disagreement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "disagreement_keeps_batch_extent"();

CREATE FUNCTION "feedback_response_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_response'', min(t."source_row"), max(t."source_row"), max(t."responded_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_response'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."responded_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."responded_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_response'', min(t."source_row"), max(t."source_row"), max(t."responded_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."responded_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."responded_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."responded_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."responded_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_response'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "feedback_response_insert_batch_extent" AFTER INSERT ON "feedback_response"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_response_keeps_batch_extent"();
CREATE TRIGGER "feedback_response_update_batch_extent" AFTER UPDATE ON "feedback_response"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_response_keeps_batch_extent"();
CREATE TRIGGER "feedback_response_delete_batch_extent" AFTER DELETE ON "feedback_response"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_response_keeps_batch_extent"();

CREATE FUNCTION "feedback_change_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_change'', min(t."source_row"), max(t."source_row"), max(t."changed_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_change'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."changed_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."changed_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''feedback_change'', min(t."source_row"), max(t."source_row"), max(t."changed_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."changed_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."changed_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."changed_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."changed_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''feedback_change'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "feedback_change_insert_batch_extent" AFTER INSERT ON "feedback_change"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_change_keeps_batch_extent"();
CREATE TRIGGER "feedback_change_update_batch_extent" AFTER UPDATE ON "feedback_change"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_change_keeps_batch_extent"();
CREATE TRIGGER "feedback_change_delete_batch_extent" AFTER DELETE ON "feedback_change"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_change_keeps_batch_extent"();

CREATE FUNCTION "enablement_outcome_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''enablement_outcome'', min(t."source_row"), max(t."source_row"), max(coalesce(t."verified_on", t."started_on")) FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''enablement_outcome'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."verified_on", o."started_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."verified_on", n."started_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''enablement_outcome'', min(t."source_row"), max(t."source_row"), max(coalesce(t."verified_on", t."started_on")) FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."verified_on", o."started_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."verified_on", n."started_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."verified_on", o."started_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."verified_on", n."started_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''enablement_outcome'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "enablement_outcome_insert_batch_extent" AFTER INSERT ON "enablement_outcome"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "enablement_outcome_keeps_batch_extent"();
CREATE TRIGGER "enablement_outcome_update_batch_extent" AFTER UPDATE ON "enablement_outcome"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "enablement_outcome_keeps_batch_extent"();
CREATE TRIGGER "enablement_outcome_delete_batch_extent" AFTER DELETE ON "enablement_outcome"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "enablement_outcome_keeps_batch_extent"();

CREATE FUNCTION "governance_sample_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''governance_sample'', min(t."source_row"), max(t."source_row"), max(t."sampled_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''governance_sample'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."sampled_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."sampled_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''governance_sample'', min(t."source_row"), max(t."source_row"), max(t."sampled_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."sampled_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."sampled_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."sampled_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."sampled_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''governance_sample'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "governance_sample_insert_batch_extent" AFTER INSERT ON "governance_sample"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "governance_sample_keeps_batch_extent"();
CREATE TRIGGER "governance_sample_update_batch_extent" AFTER UPDATE ON "governance_sample"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "governance_sample_keeps_batch_extent"();
CREATE TRIGGER "governance_sample_delete_batch_extent" AFTER DELETE ON "governance_sample"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "governance_sample_keeps_batch_extent"();

CREATE FUNCTION "person_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''person'', min(t."source_row"), max(t."source_row"), max(t."started_on") FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''person'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."started_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."started_on"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''person'', min(t."source_row"), max(t."source_row"), max(t."started_on") FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."started_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."started_on")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row", o."started_on") IS DISTINCT FROM (n."batch_id", n."source_row", n."started_on") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''person'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "person_insert_batch_extent" AFTER INSERT ON "person"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_keeps_batch_extent"();
CREATE TRIGGER "person_update_batch_extent" AFTER UPDATE ON "person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_keeps_batch_extent"();
CREATE TRIGGER "person_delete_batch_extent" AFTER DELETE ON "person"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_keeps_batch_extent"();

CREATE FUNCTION "service_keeps_batch_extent"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''service'', min(t."source_row"), max(t."source_row"), max(NULL::date) FROM new_rows t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSIF TG_OP = ''UPDATE'' THEN
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''service'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row") IS DISTINCT FROM (n."batch_id", n."source_row"))\073
    INSERT INTO "batch_extent" AS e ("batch_id", "table_name", "first_row", "last_row", "latest_on")
    SELECT t."batch_id", ''service'', min(t."source_row"), max(t."source_row"), max(NULL::date) FROM (SELECT n.* FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row") IS DISTINCT FROM (n."batch_id", n."source_row")
      AND n."batch_id" NOT IN (SELECT o."batch_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE (o."batch_id", o."source_row") IS DISTINCT FROM (n."batch_id", n."source_row") AND o."batch_id" IS NOT NULL)) t
    WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id"
    ON CONFLICT ("batch_id", "table_name") DO UPDATE SET "first_row" = least(e."first_row", excluded."first_row"), "last_row" = greatest(e."last_row", excluded."last_row"),
      "latest_on" = greatest(e."latest_on", excluded."latest_on"), "version" = e."version" + 1\073
  ELSE
    UPDATE "batch_extent" e SET "stale" = true, "version" = e."version" + 1
    WHERE e."table_name" = ''service'' AND e."batch_id" IN (SELECT o."batch_id" FROM old_rows o)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "service_insert_batch_extent" AFTER INSERT ON "service"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "service_keeps_batch_extent"();
CREATE TRIGGER "service_update_batch_extent" AFTER UPDATE ON "service"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "service_keeps_batch_extent"();
CREATE TRIGGER "service_delete_batch_extent" AFTER DELETE ON "service"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "service_keeps_batch_extent"();

-- Batches stored before this migration.
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'review', min(t."source_row"), max(t."source_row"), max(t."held_on") FROM "review" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'participant', min(t."source_row"), max(t."source_row"), max(r."held_on") FROM "participant" t JOIN "review" r ON r."id" = t."review_id" WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'action', min(t."source_row"), max(t."source_row"), max(t."due_on") FROM "action" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'advocate_referral', min(t."source_row"), max(t."source_row"), max(t."referred_at"::date) FROM "advocate_referral" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'disagreement', min(t."source_row"), max(t."source_row"), max(t."logged_on") FROM "disagreement" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'feedback_response', min(t."source_row"), max(t."source_row"), max(t."responded_on") FROM "feedback_response" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'feedback_change', min(t."source_row"), max(t."source_row"), max(t."changed_on") FROM "feedback_change" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'enablement_outcome', min(t."source_row"), max(t."source_row"), max(coalesce(t."verified_on", t."started_on")) FROM "enablement_outcome" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'governance_sample', min(t."source_row"), max(t."source_row"), max(t."sampled_on") FROM "governance_sample" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'person', min(t."source_row"), max(t."source_row"), max(t."started_on") FROM "person" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
INSERT INTO "batch_extent" ("batch_id", "table_name", "first_row", "last_row", "latest_on")
  SELECT t."batch_id", 'service', min(t."source_row"), max(t."source_row"), max(NULL::date) FROM "service" t WHERE t."batch_id" IS NOT NULL GROUP BY t."batch_id";
