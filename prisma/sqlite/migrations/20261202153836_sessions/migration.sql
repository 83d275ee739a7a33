-- Written by hand instead of Prisma's RedefineTables (copying the whole User table): adding two columns with
-- defaults needs no copy. The migration test proves the result is identical to the schema.
-- AlterTable
ALTER TABLE "User" ADD COLUMN "quickExitSignsOut" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "User" ADD COLUMN "idleTimeoutMinutes" INTEGER;

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActiveAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "exportAllowedUntil" DATETIME,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
