-- AlterTable
ALTER TABLE "Case" ADD COLUMN "contractOverriddenAt" DATETIME;
ALTER TABLE "Case" ADD COLUMN "deadlineReasonKey" TEXT;
ALTER TABLE "Case" ADD COLUMN "effectiveDate" DATETIME;
ALTER TABLE "Case" ADD COLUMN "naiyouGrid" TEXT;
ALTER TABLE "Case" ADD COLUMN "payByDate" DATETIME;
ALTER TABLE "Case" ADD COLUMN "recipientAddressEnc" TEXT;

