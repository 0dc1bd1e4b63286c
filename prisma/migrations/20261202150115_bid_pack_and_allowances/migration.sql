-- CreateTable
CREATE TABLE "bid_pack" (
    "bid_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bid_pack_pkey" PRIMARY KEY ("bid_id")
);

-- CreateTable
CREATE TABLE "bid_consistency_allowance" (
    "id" UUID NOT NULL,
    "bid_id" UUID NOT NULL,
    "finding_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bid_consistency_allowance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bid_consistency_allowance_bid_id_finding_id_key" ON "bid_consistency_allowance"("bid_id", "finding_id");

-- AddForeignKey
ALTER TABLE "bid_pack" ADD CONSTRAINT "bid_pack_bid_id_fkey" FOREIGN KEY ("bid_id") REFERENCES "bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bid_consistency_allowance" ADD CONSTRAINT "bid_consistency_allowance_bid_id_fkey" FOREIGN KEY ("bid_id") REFERENCES "bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;
