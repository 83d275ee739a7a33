-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "contractOverriddenAt" TIMESTAMP(3),
ADD COLUMN     "deadlineReasonKey" TEXT,
ADD COLUMN     "effectiveDate" TIMESTAMP(3),
ADD COLUMN     "naiyouGrid" TEXT,
ADD COLUMN     "payByDate" TIMESTAMP(3),
ADD COLUMN     "recipientAddressEnc" TEXT;

