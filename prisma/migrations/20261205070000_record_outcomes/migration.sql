-- What an advocate's involvement led to, and how a disagreement ended: optional, coded.
ALTER TABLE "advocate_referral" ADD COLUMN "outcome" TEXT;
ALTER TABLE "disagreement" ADD COLUMN "outcome" TEXT;
