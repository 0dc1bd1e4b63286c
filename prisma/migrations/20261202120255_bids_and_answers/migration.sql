-- CreateTable
CREATE TABLE "bid" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "tender_name" TEXT NOT NULL,
    "lot" TEXT,
    "deadline" DATE,
    "period" TEXT NOT NULL,
    "services" TEXT[],
    "created_by" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bid_question" (
    "id" UUID NOT NULL,
    "bid_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "limit" JSONB,
    "status" TEXT NOT NULL DEFAULT 'not-started',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bid_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer_version" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "section" JSONB NOT NULL,
    "author" TEXT NOT NULL,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer_decision" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "author" TEXT NOT NULL,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "bid_organisation_id_created_at_idx" ON "bid"("organisation_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "bid_question_bid_id_position_key" ON "bid_question"("bid_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "answer_version_question_id_version_key" ON "answer_version"("question_id", "version");

-- CreateIndex
CREATE INDEX "answer_decision_question_id_created_at_idx" ON "answer_decision"("question_id", "created_at");

-- AddForeignKey
ALTER TABLE "bid" ADD CONSTRAINT "bid_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bid_question" ADD CONSTRAINT "bid_question_bid_id_fkey" FOREIGN KEY ("bid_id") REFERENCES "bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_version" ADD CONSTRAINT "answer_version_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "bid_question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_decision" ADD CONSTRAINT "answer_decision_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "bid_question"("id") ON DELETE CASCADE ON UPDATE CASCADE;
