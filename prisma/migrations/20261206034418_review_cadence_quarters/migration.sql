-- AlterTable
ALTER TABLE "review_rollup_state" ADD COLUMN     "people_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "review_cadence_quarter" (
    "organisation_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "quarter" DATE NOT NULL,
    "people" INTEGER NOT NULL,
    "monthly" INTEGER NOT NULL,
    "quarterly" INTEGER NOT NULL,
    "monthly_and_deep_dive" INTEGER NOT NULL,
    "batch_ids" UUID[],
    "people_version" INTEGER NOT NULL,

    CONSTRAINT "review_cadence_quarter_pkey" PRIMARY KEY ("organisation_id","quarter","service_id")
);

-- AddForeignKey
ALTER TABLE "review_cadence_quarter" ADD CONSTRAINT "review_cadence_quarter_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A quarter's cadence counts the people supported for the whole of it, by their service: any
-- person written with another organisation, service or dates of support (or added, or removed)
-- moves the organisation's people version on, and kept quarters of an older version are rebuilt
-- by the next reader. As in the other roll-up migrations, Prisma's PostgreSQL adapter splits a
-- migration at every semicolon, so each PL/pgSQL body is an escape string with \073.
CREATE FUNCTION "person_moves_people_version"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    UPDATE "review_rollup_state" s SET "people_version" = s."people_version" + 1
    WHERE s."organisation_id" IN (SELECT DISTINCT n."organisation_id" FROM new_rows n)\073
  ELSIF TG_OP = ''DELETE'' THEN
    UPDATE "review_rollup_state" s SET "people_version" = s."people_version" + 1
    WHERE s."organisation_id" IN (SELECT DISTINCT o."organisation_id" FROM old_rows o)\073
  ELSE
    UPDATE "review_rollup_state" s SET "people_version" = s."people_version" + 1
    WHERE s."organisation_id" IN (
      SELECT m."organisation_id" FROM old_rows o JOIN new_rows n ON n."id" = o."id",
        LATERAL (VALUES (o."organisation_id"), (n."organisation_id")) AS m("organisation_id")
      WHERE (o."organisation_id", o."service_id", o."started_on", o."ended_on") IS DISTINCT FROM (n."organisation_id", n."service_id", n."started_on", n."ended_on"))\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "person_insert_people_version" AFTER INSERT ON "person"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_moves_people_version"();
CREATE TRIGGER "person_update_people_version" AFTER UPDATE ON "person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_moves_people_version"();
CREATE TRIGGER "person_delete_people_version" AFTER DELETE ON "person"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_moves_people_version"();
