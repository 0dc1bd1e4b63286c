-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "BankHolidayRegion" AS ENUM ('england_and_wales', 'scotland', 'northern_ireland');

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bidder_name" TEXT,
    "region" "BankHolidayRegion" NOT NULL DEFAULT 'england_and_wales',
    "agenda_notice_days" INTEGER NOT NULL DEFAULT 3,
    "agenda_notice_max_days" INTEGER NOT NULL DEFAULT 5,
    "meeting_max_minutes" INTEGER NOT NULL DEFAULT 60,
    "summary_working_days" INTEGER NOT NULL DEFAULT 5,
    "advocate_response_hours" INTEGER NOT NULL DEFAULT 48,
    "dispute_working_days" INTEGER NOT NULL DEFAULT 20,
    "ni_sample_cases" INTEGER NOT NULL DEFAULT 2,
    "self_assessment" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "record_type" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "locality" TEXT NOT NULL,
    "service_type" TEXT NOT NULL,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "service_id" UUID NOT NULL,
    "accessible_format" TEXT NOT NULL,
    "started_on" DATE NOT NULL,
    "ended_on" DATE,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "duration_minutes" INTEGER,
    "chair_role" TEXT,
    "agenda_sent_on" DATE,
    "agenda_format" TEXT,
    "accessible_format_used" BOOLEAN,
    "summary_sent_on" DATE,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participant" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "review_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "advocate_type" TEXT,
    "mode" TEXT NOT NULL,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "review_id" UUID,
    "owner_role" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "closed_on" DATE,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advocate_referral" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "advocate_type" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "referred_at" TIMESTAMPTZ(3) NOT NULL,
    "advocate_involved_at" TIMESTAMPTZ(3),
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "advocate_referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disagreement" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "logged_on" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "escalation_level" TEXT NOT NULL,
    "resolved_on" DATE,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "disagreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_response" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "service_id" UUID NOT NULL,
    "person_id" UUID,
    "responded_on" DATE NOT NULL,
    "respondent_role" TEXT NOT NULL,
    "feel_involved" INTEGER,
    "kind" TEXT NOT NULL,
    "themes" TEXT[],
    "comment" TEXT,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "feedback_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_change" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "service_id" UUID NOT NULL,
    "raised_on" DATE NOT NULL,
    "raised_by_role" TEXT NOT NULL,
    "you_said" TEXT NOT NULL,
    "we_did" TEXT NOT NULL,
    "changed_on" DATE NOT NULL,
    "verified_on" DATE,
    "verified_by" TEXT,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "feedback_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enablement_outcome" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "before_value" TEXT NOT NULL,
    "after_value" TEXT NOT NULL,
    "started_on" DATE NOT NULL,
    "verified_on" DATE,
    "verified_by" TEXT,
    "consent_to_share" BOOLEAN NOT NULL,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "enablement_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "governance_sample" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "service_id" UUID NOT NULL,
    "sampled_on" DATE NOT NULL,
    "cases_sampled" INTEGER NOT NULL,
    "sampled_by_role" TEXT NOT NULL,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "governance_sample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_slug_key" ON "organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "import_batch_organisation_id_sha256_key" ON "import_batch"("organisation_id", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "service_organisation_id_ref_key" ON "service"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "person_service_id_idx" ON "person"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_organisation_id_ref_key" ON "person"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "review_organisation_id_held_on_idx" ON "review"("organisation_id", "held_on");

-- CreateIndex
CREATE INDEX "review_person_id_idx" ON "review"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_organisation_id_ref_key" ON "review"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "participant_review_id_idx" ON "participant"("review_id");

-- CreateIndex
CREATE UNIQUE INDEX "participant_organisation_id_ref_key" ON "participant"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "action_organisation_id_due_on_idx" ON "action"("organisation_id", "due_on");

-- CreateIndex
CREATE UNIQUE INDEX "action_organisation_id_ref_key" ON "action"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "advocate_referral_organisation_id_referred_at_idx" ON "advocate_referral"("organisation_id", "referred_at");

-- CreateIndex
CREATE UNIQUE INDEX "advocate_referral_organisation_id_ref_key" ON "advocate_referral"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "disagreement_organisation_id_logged_on_idx" ON "disagreement"("organisation_id", "logged_on");

-- CreateIndex
CREATE UNIQUE INDEX "disagreement_organisation_id_ref_key" ON "disagreement"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "feedback_response_organisation_id_responded_on_idx" ON "feedback_response"("organisation_id", "responded_on");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_response_organisation_id_ref_key" ON "feedback_response"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "feedback_change_organisation_id_changed_on_idx" ON "feedback_change"("organisation_id", "changed_on");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_change_organisation_id_ref_key" ON "feedback_change"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "enablement_outcome_organisation_id_verified_on_idx" ON "enablement_outcome"("organisation_id", "verified_on");

-- CreateIndex
CREATE UNIQUE INDEX "enablement_outcome_organisation_id_ref_key" ON "enablement_outcome"("organisation_id", "ref");

-- CreateIndex
CREATE INDEX "governance_sample_organisation_id_sampled_on_idx" ON "governance_sample"("organisation_id", "sampled_on");

-- CreateIndex
CREATE UNIQUE INDEX "governance_sample_organisation_id_ref_key" ON "governance_sample"("organisation_id", "ref");

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action" ADD CONSTRAINT "action_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_referral" ADD CONSTRAINT "advocate_referral_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_referral" ADD CONSTRAINT "advocate_referral_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_referral" ADD CONSTRAINT "advocate_referral_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disagreement" ADD CONSTRAINT "disagreement_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disagreement" ADD CONSTRAINT "disagreement_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disagreement" ADD CONSTRAINT "disagreement_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_response" ADD CONSTRAINT "feedback_response_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_change" ADD CONSTRAINT "feedback_change_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_change" ADD CONSTRAINT "feedback_change_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_change" ADD CONSTRAINT "feedback_change_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enablement_outcome" ADD CONSTRAINT "enablement_outcome_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enablement_outcome" ADD CONSTRAINT "enablement_outcome_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enablement_outcome" ADD CONSTRAINT "enablement_outcome_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_sample" ADD CONSTRAINT "governance_sample_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_sample" ADD CONSTRAINT "governance_sample_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_sample" ADD CONSTRAINT "governance_sample_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
