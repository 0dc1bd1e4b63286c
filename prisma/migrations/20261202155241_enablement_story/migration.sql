-- AlterTable
ALTER TABLE "enablement_outcome" ADD COLUMN     "agreed_with" TEXT,
ADD COLUMN     "goal" TEXT,
ADD COLUMN     "support" TEXT;
