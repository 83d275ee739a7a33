-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "goneSinceAt" DATETIME;
ALTER TABLE "Registration" ADD COLUMN "lastHttpStatus" INTEGER;

