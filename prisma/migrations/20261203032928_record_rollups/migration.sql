-- CreateTable
CREATE TABLE "action_rollup" (
    "organisation_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "batch_id" UUID NOT NULL,
    "due" INTEGER NOT NULL,
    "closed_on_time" INTEGER NOT NULL,

    CONSTRAINT "action_rollup_pkey" PRIMARY KEY ("organisation_id","month","service_id","batch_id")
);

-- CreateTable
CREATE TABLE "feedback_rollup" (
    "organisation_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "batch_id" UUID NOT NULL,
    "responses" INTEGER NOT NULL,
    "scored" INTEGER NOT NULL,
    "score_sum" INTEGER NOT NULL,
    "agree" INTEGER NOT NULL,
    "inclusion_compliments" INTEGER NOT NULL,

    CONSTRAINT "feedback_rollup_pkey" PRIMARY KEY ("organisation_id","month","service_id","batch_id")
);

-- CreateTable
CREATE TABLE "record_rollup_stale" (
    "organisation_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "record_rollup_stale_pkey" PRIMARY KEY ("organisation_id","month")
);

-- AddForeignKey
ALTER TABLE "action_rollup" ADD CONSTRAINT "action_rollup_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_rollup" ADD CONSTRAINT "feedback_rollup_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_rollup_stale" ADD CONSTRAINT "record_rollup_stale_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Action and feedback roll-ups are rebuilt by their next reader for the months marked here, as
-- the review roll-ups are: every write that changes what a month counts marks it in the writing
-- transaction, whatever wrote it (import create, update by id, re-import citing a new file, a
-- cascade delete): rows inserted, deleted or changed, and the actions of people who moved
-- service (an action counts for its person's service). Each PL/pgSQL body is an escape string
-- with \073 for its semicolons, because Prisma's PostgreSQL adapter splits a migration at them.

CREATE FUNCTION "action_marks_record_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT t."organisation_id", date_trunc(''month'', t."due_on")::date FROM new_rows t
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT t."organisation_id", date_trunc(''month'', t."due_on")::date FROM old_rows t
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  ELSE
    INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT m."organisation_id", m."month" FROM (
      SELECT o."organisation_id", date_trunc(''month'', o."due_on")::date AS "month", n."organisation_id" AS "new_organisation_id", date_trunc(''month'', n."due_on")::date AS "new_month"
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."organisation_id", o."person_id", o."due_on", o."closed_on", o."batch_id")
        IS DISTINCT FROM (n."organisation_id", n."person_id", n."due_on", n."closed_on", n."batch_id")
    ) c, LATERAL (VALUES (c."organisation_id", c."month"), (c."new_organisation_id", c."new_month")) AS m("organisation_id", "month")
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "action_insert_record_rollup" AFTER INSERT ON "action"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_marks_record_rollup"();
CREATE TRIGGER "action_update_record_rollup" AFTER UPDATE ON "action"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_marks_record_rollup"();
CREATE TRIGGER "action_delete_record_rollup" AFTER DELETE ON "action"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "action_marks_record_rollup"();

CREATE FUNCTION "feedback_marks_record_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT t."organisation_id", date_trunc(''month'', t."responded_on")::date FROM new_rows t
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT t."organisation_id", date_trunc(''month'', t."responded_on")::date FROM old_rows t
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  ELSE
    INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
    SELECT DISTINCT m."organisation_id", m."month" FROM (
      SELECT o."organisation_id", date_trunc(''month'', o."responded_on")::date AS "month", n."organisation_id" AS "new_organisation_id", date_trunc(''month'', n."responded_on")::date AS "new_month"
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."organisation_id", o."service_id", o."responded_on", o."feel_involved", o."kind", o."themes", o."batch_id")
        IS DISTINCT FROM (n."organisation_id", n."service_id", n."responded_on", n."feel_involved", n."kind", n."themes", n."batch_id")
    ) c, LATERAL (VALUES (c."organisation_id", c."month"), (c."new_organisation_id", c."new_month")) AS m("organisation_id", "month")
    ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "feedback_insert_record_rollup" AFTER INSERT ON "feedback_response"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_marks_record_rollup"();
CREATE TRIGGER "feedback_update_record_rollup" AFTER UPDATE ON "feedback_response"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_marks_record_rollup"();
CREATE TRIGGER "feedback_delete_record_rollup" AFTER DELETE ON "feedback_response"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "feedback_marks_record_rollup"();

CREATE FUNCTION "person_marks_record_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "record_rollup_stale" AS s ("organisation_id", "month")
  SELECT DISTINCT a."organisation_id", date_trunc(''month'', a."due_on")::date FROM "action" a
  WHERE a."person_id" IN (SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE o."service_id" IS DISTINCT FROM n."service_id")
  ON CONFLICT ("organisation_id", "month") DO UPDATE SET "version" = s."version" + 1\073
  RETURN NULL\073
END';

CREATE TRIGGER "person_update_record_rollup" AFTER UPDATE ON "person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_marks_record_rollup"();

-- Rows written before this migration: every month they fall in is marked, so readers build them.
INSERT INTO "record_rollup_stale" ("organisation_id", "month")
SELECT DISTINCT "organisation_id", date_trunc('month', "due_on")::date FROM "action"
UNION SELECT DISTINCT "organisation_id", date_trunc('month', "responded_on")::date FROM "feedback_response";
