-- CreateTable
CREATE TABLE "review_rollup" (
    "organisation_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "reviews" INTEGER NOT NULL,
    "involved" INTEGER NOT NULL,
    "family" INTEGER NOT NULL,
    "advocate" INTEGER NOT NULL,
    "summaries_within" INTEGER[],
    "outside_calendar" INTEGER NOT NULL,
    "planned" INTEGER NOT NULL,
    "agenda_notice_at_least" INTEGER[],
    "format_needed" INTEGER NOT NULL,
    "format_used" INTEGER NOT NULL,
    "complex" INTEGER NOT NULL,
    "complex_chaired" INTEGER NOT NULL,
    "chair_rm" INTEGER NOT NULL,
    "chair_ni" INTEGER NOT NULL,
    "chair_key_worker" INTEGER NOT NULL,
    "complex_advocate" INTEGER NOT NULL,
    "remote" INTEGER NOT NULL,
    "written" INTEGER NOT NULL,
    "batch_ids" UUID[],
    "involvement_batch_ids" UUID[],
    "participant_batch_ids" UUID[],
    "complex_batch_ids" UUID[],
    "formats" JSONB NOT NULL,
    "agenda_formats" JSONB NOT NULL,
    "supporter_modes" JSONB NOT NULL,

    CONSTRAINT "review_rollup_pkey" PRIMARY KEY ("organisation_id","month","service_id")
);

-- CreateTable
CREATE TABLE "review_rollup_stale" (
    "organisation_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "review_rollup_stale_pkey" PRIMARY KEY ("organisation_id","month")
);

-- CreateTable
CREATE TABLE "review_rollup_state" (
    "organisation_id" UUID NOT NULL,
    "region" "BankHolidayRegion" NOT NULL,
    "calendar_version" TEXT NOT NULL,

    CONSTRAINT "review_rollup_state_pkey" PRIMARY KEY ("organisation_id")
);

-- AddForeignKey
ALTER TABLE "review_rollup" ADD CONSTRAINT "review_rollup_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_rollup_stale" ADD CONSTRAINT "review_rollup_stale_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_rollup_state" ADD CONSTRAINT "review_rollup_state_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Review roll-ups are rebuilt by their next reader for the months marked here. Every write that
-- changes what a month counts marks it in the writing transaction, whatever wrote it (import
-- create, update by id, re-import citing a new file, the participant triggers writing a review's
-- facts, a cascade delete): reviews inserted, deleted or changed, and the reviews of people who
-- moved service or changed their accessible format. Prisma's PostgreSQL adapter splits a
-- migration at every semicolon, so each PL/pgSQL body is an escape string with \073.

CREATE FUNCTION "review_marks_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "review_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT t."organisation_id", date_trunc(''month'', t."held_on")::date FROM new_rows t
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "review_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT t."organisation_id", date_trunc(''month'', t."held_on")::date FROM old_rows t
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  ELSE
    INSERT INTO "review_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT m."organisation_id", m."month" FROM (
      SELECT o."organisation_id", date_trunc(''month'', o."held_on")::date AS "month", n."organisation_id" AS "new_organisation_id", date_trunc(''month'', n."held_on")::date AS "new_month"
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."organisation_id", o."person_id", o."type", o."held_on", o."chair_role", o."agenda_sent_on", o."agenda_format", o."accessible_format_used", o."summary_sent_on", o."batch_id",
             o."family_involved", o."advocate_involved", o."involvement_batch_ids", o."remote_input", o."written_input", o."participant_batch_ids", o."supporter_mode_batches")
        IS DISTINCT FROM (n."organisation_id", n."person_id", n."type", n."held_on", n."chair_role", n."agenda_sent_on", n."agenda_format", n."accessible_format_used", n."summary_sent_on", n."batch_id",
             n."family_involved", n."advocate_involved", n."involvement_batch_ids", n."remote_input", n."written_input", n."participant_batch_ids", n."supporter_mode_batches")
    ) c, LATERAL (VALUES (c."organisation_id", c."month"), (c."new_organisation_id", c."new_month")) AS m("organisation_id", "month")
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "review_insert_rollup" AFTER INSERT ON "review"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "review_marks_rollup"();
CREATE TRIGGER "review_update_rollup" AFTER UPDATE ON "review"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "review_marks_rollup"();
CREATE TRIGGER "review_delete_rollup" AFTER DELETE ON "review"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "review_marks_rollup"();

CREATE FUNCTION "person_marks_review_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "review_rollup_stale" AS s ("organisation_id", "month")
  SELECT DISTINCT r."organisation_id", date_trunc(''month'', r."held_on")::date FROM "review" r
  WHERE r."person_id" IN (SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
                          WHERE (o."service_id", o."accessible_format") IS DISTINCT FROM (n."service_id", n."accessible_format"))
  ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  RETURN NULL\073
END';

CREATE TRIGGER "person_update_review_rollup" AFTER UPDATE ON "person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_marks_review_rollup"();
