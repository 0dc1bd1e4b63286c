-- CreateTable
CREATE TABLE "practice_entry" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "service_id" UUID,
    "topic" TEXT NOT NULL,
    "practice" TEXT NOT NULL,
    "owner_role" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "in_place_since" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "last_checked_on" DATE NOT NULL,
    "checked_by" TEXT NOT NULL,
    "measure" TEXT,
    "measure_count" INTEGER,
    "measure_of" INTEGER,
    "measure_as_of" DATE,
    "batch_id" UUID NOT NULL,
    "source_row" INTEGER NOT NULL,

    CONSTRAINT "practice_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "practice_entry_organisation_id_ref_key" ON "practice_entry"("organisation_id", "ref");

-- AddForeignKey
ALTER TABLE "practice_entry" ADD CONSTRAINT "practice_entry_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_entry" ADD CONSTRAINT "practice_entry_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_entry" ADD CONSTRAINT "practice_entry_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
