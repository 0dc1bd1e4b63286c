-- CreateTable
CREATE TABLE "review_quarter_rollup" (
    "organisation_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "quarter" DATE NOT NULL,
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

    CONSTRAINT "review_quarter_rollup_pkey" PRIMARY KEY ("organisation_id","quarter","service_id")
);

-- AddForeignKey
ALTER TABLE "review_quarter_rollup" ADD CONSTRAINT "review_quarter_rollup_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Quarters whose cadence was kept before this table existed have no review counts here, and the
-- reader takes a quarter's kept cadence as the sign that both were built: forget them so the next
-- reader builds both.
DELETE FROM "review_cadence_quarter";
