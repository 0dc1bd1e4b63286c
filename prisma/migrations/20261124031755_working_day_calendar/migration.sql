-- CreateTable
CREATE TABLE "working_day" (
    "region" "BankHolidayRegion" NOT NULL,
    "date" DATE NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "is_working_day" BOOLEAN NOT NULL,

    CONSTRAINT "working_day_pkey" PRIMARY KEY ("region","date")
);

-- CreateTable
CREATE TABLE "calendar_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,

    CONSTRAINT "calendar_version_pkey" PRIMARY KEY ("id")
);
