-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "goneSinceAt" TIMESTAMP(3),
ADD COLUMN     "lastHttpStatus" INTEGER;

