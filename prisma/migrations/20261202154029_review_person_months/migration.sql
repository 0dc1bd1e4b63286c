-- CreateTable
CREATE TABLE "review_person_month" (
    "organisation_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "deep_dive" BOOLEAN NOT NULL,
    "batch_ids" UUID[],

    CONSTRAINT "review_person_month_pkey" PRIMARY KEY ("organisation_id","month","person_id")
);

-- AddForeignKey
ALTER TABLE "review_person_month" ADD CONSTRAINT "review_person_month_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Roll-ups counted before this table existed have no person months: forgetting what they were
-- counted with makes the next reader rebuild them all, person months included.
DELETE FROM "review_rollup_state";
