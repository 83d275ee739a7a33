-- Customer trouble records (a customer who threatens, follows or posts her): his site ID and what happened are
-- sealed (*Enc). Evidence and letters can belong to a record; deleting the user deletes the records (cascade).

-- CreateEnum
CREATE TYPE "TroubleKind" AS ENUM ('CONTACT_EXCHANGE', 'STALKING', 'THREATENS_TO_POST', 'POSTED', 'MONEY', 'MEETING_OFFLINE', 'PERSONAL_INFO_POSTED');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "troubleId" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "troubleId" TEXT;

-- CreateTable
CREATE TABLE "CustomerTrouble" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "siteSlug" TEXT,
    "siteNameEnc" TEXT,
    "customerIdEnc" TEXT NOT NULL,
    "kind" "TroubleKind" NOT NULL,
    "whatHappenedEnc" TEXT NOT NULL,
    "firstContactOn" TIMESTAMP(3),
    "lastIncidentOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerTrouble_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomerTrouble_userId_idx" ON "CustomerTrouble"("userId");

-- CreateIndex
CREATE INDEX "Evidence_troubleId_idx" ON "Evidence"("troubleId");

-- CreateIndex
CREATE INDEX "Document_troubleId_idx" ON "Document"("troubleId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_troubleId_fkey" FOREIGN KEY ("troubleId") REFERENCES "CustomerTrouble"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_troubleId_fkey" FOREIGN KEY ("troubleId") REFERENCES "CustomerTrouble"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTrouble" ADD CONSTRAINT "CustomerTrouble_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

