-- Customer trouble records (a customer who threatens, follows or posts her): his site ID and what happened are
-- sealed (*Enc). Evidence and letters can belong to a record; deleting the user deletes the records (cascade).

-- CreateTable
CREATE TABLE "CustomerTrouble" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "siteSlug" TEXT,
    "siteNameEnc" TEXT,
    "customerIdEnc" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "whatHappenedEnc" TEXT NOT NULL,
    "firstContactOn" DATETIME,
    "lastIncidentOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CustomerTrouble_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "caseId" TEXT,
    "caseEventId" TEXT,
    "registrationId" TEXT,
    "checkId" TEXT,
    "troubleId" TEXT,
    "fileNameEnc" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "storageKey" TEXT,
    "sha256" TEXT NOT NULL,
    "descriptionEnc" TEXT,
    "snapshotEnc" TEXT,
    "capturedAt" DATETIME NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_caseEventId_fkey" FOREIGN KEY ("caseEventId") REFERENCES "CaseEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_troubleId_fkey" FOREIGN KEY ("troubleId") REFERENCES "CustomerTrouble" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("capturedAt", "caseEventId", "caseId", "checkId", "descriptionEnc", "fileNameEnc", "id", "kind", "mimeType", "registrationId", "sha256", "sizeBytes", "snapshotEnc", "storageKey", "uploadedAt", "userId") SELECT "capturedAt", "caseEventId", "caseId", "checkId", "descriptionEnc", "fileNameEnc", "id", "kind", "mimeType", "registrationId", "sha256", "sizeBytes", "snapshotEnc", "storageKey", "uploadedAt", "userId" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_userId_idx" ON "Evidence"("userId");
CREATE INDEX "Evidence_caseId_idx" ON "Evidence"("caseId");
CREATE INDEX "Evidence_caseEventId_idx" ON "Evidence"("caseEventId");
CREATE INDEX "Evidence_registrationId_idx" ON "Evidence"("registrationId");
CREATE INDEX "Evidence_checkId_idx" ON "Evidence"("checkId");
CREATE INDEX "Evidence_troubleId_idx" ON "Evidence"("troubleId");
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "caseId" TEXT,
    "troubleId" TEXT,
    "type" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "textEnc" TEXT NOT NULL,
    "pdfKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Document_troubleId_fkey" FOREIGN KEY ("troubleId") REFERENCES "CustomerTrouble" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("caseId", "createdAt", "id", "language", "pdfKey", "textEnc", "type", "userId") SELECT "caseId", "createdAt", "id", "language", "pdfKey", "textEnc", "type", "userId" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_userId_idx" ON "Document"("userId");
CREATE INDEX "Document_caseId_idx" ON "Document"("caseId");
CREATE INDEX "Document_troubleId_idx" ON "Document"("troubleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CustomerTrouble_userId_idx" ON "CustomerTrouble"("userId");

