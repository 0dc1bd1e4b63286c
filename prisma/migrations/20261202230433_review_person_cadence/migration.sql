-- CreateTable
CREATE TABLE "review_person_cadence" (
    "organisation_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "first_month" INTEGER NOT NULL,
    "months" VARBIT NOT NULL,
    "first_quarter" INTEGER NOT NULL,
    "deep_dive_quarters" VARBIT NOT NULL,
    "batch_ids" UUID[],
    "batch_months" VARBIT[],

    CONSTRAINT "review_person_cadence_pkey" PRIMARY KEY ("organisation_id","person_id")
);

-- AddForeignKey
ALTER TABLE "review_person_cadence" ADD CONSTRAINT "review_person_cadence_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- People's months counted before this table existed have no cadence row: forgetting what the
-- roll-ups were counted with makes the next reader rebuild them all, cadence rows included.
DELETE FROM "review_rollup_state";
