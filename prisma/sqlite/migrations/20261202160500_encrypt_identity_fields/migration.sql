-- Login names, and the end of plaintext identity fields. Existing plaintext is copied into legacy* columns: the
-- step `npm run db:migrate` runs after the SQL migrations (lib/db/seal-legacy-fields.ts) encrypts each value into
-- its *Enc column, sets loginNameHash for accounts made with an email, and empties them.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "loginNameHash" TEXT,
    "loginNameEnc" TEXT,
    "legacyEmail" TEXT,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecretEnc" TEXT,
    "totpEnabledAt" DATETIME,
    "discreetMode" BOOLEAN NOT NULL DEFAULT false,
    "quickExitUrl" TEXT,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "quickExitSignsOut" BOOLEAN NOT NULL DEFAULT true,
    "idleTimeoutMinutes" INTEGER
);
INSERT INTO "new_User" ("createdAt", "discreetMode", "id", "lastLoginAt", "locale", "passwordHash", "quickExitUrl", "quickExitSignsOut", "idleTimeoutMinutes", "sessionVersion", "totpEnabledAt", "totpSecretEnc", "updatedAt", "legacyEmail") SELECT "createdAt", "discreetMode", "id", "lastLoginAt", "locale", "passwordHash", "quickExitUrl", "quickExitSignsOut", "idleTimeoutMinutes", "sessionVersion", "totpEnabledAt", "totpSecretEnc", "updatedAt", "email" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_loginNameHash_key" ON "User"("loginNameHash");
CREATE TABLE "new_Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "nameEnc" TEXT,
    "legacyName" TEXT,
    "emailEnc" TEXT,
    "phoneEnc" TEXT,
    "lineEnc" TEXT,
    "formUrlEnc" TEXT,
    "hqContactEnc" TEXT,
    "notesEnc" TEXT,
    "contractType" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "contractStart" DATETIME,
    "contractEnd" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agency_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Agency" ("contractEnd", "contractStart", "contractType", "createdAt", "emailEnc", "formUrlEnc", "hqContactEnc", "id", "lineEnc", "notesEnc", "phoneEnc", "updatedAt", "userId", "legacyName") SELECT "contractEnd", "contractStart", "contractType", "createdAt", "emailEnc", "formUrlEnc", "hqContactEnc", "id", "lineEnc", "notesEnc", "phoneEnc", "updatedAt", "userId", "name" FROM "Agency";
DROP TABLE "Agency";
ALTER TABLE "new_Agency" RENAME TO "Agency";
CREATE INDEX "Agency_userId_idx" ON "Agency"("userId");
CREATE TABLE "new_Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "siteId" TEXT,
    "agencyId" TEXT,
    "customSiteNameEnc" TEXT,
    "customBaseUrlEnc" TEXT,
    "legacyCustomSiteName" TEXT,
    "legacyCustomBaseUrl" TEXT,
    "handleEnc" TEXT NOT NULL,
    "profileUrlEnc" TEXT NOT NULL,
    "registeredOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "baselineHandleFound" BOOLEAN,
    "baselineTitleEnc" TEXT,
    "baselineAt" DATETIME,
    "lastVerdict" TEXT,
    "lastReason" TEXT,
    "lastCheckedAt" DATETIME,
    "lastHttpStatus" INTEGER,
    "consecutiveGone" INTEGER NOT NULL DEFAULT 0,
    "goneSinceAt" DATETIME,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "withdrawalRequestedAt" DATETIME,
    "goneConfirmedAt" DATETIME,
    "nextCheckAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Registration_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Registration_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Registration" ("agencyId", "baselineAt", "baselineHandleFound", "baselineTitleEnc", "consecutiveFailures", "consecutiveGone", "createdAt", "goneConfirmedAt", "goneSinceAt", "handleEnc", "id", "lastCheckedAt", "lastHttpStatus", "lastReason", "lastVerdict", "nextCheckAt", "profileUrlEnc", "registeredOn", "siteId", "status", "updatedAt", "userId", "withdrawalRequestedAt", "legacyCustomSiteName", "legacyCustomBaseUrl") SELECT "agencyId", "baselineAt", "baselineHandleFound", "baselineTitleEnc", "consecutiveFailures", "consecutiveGone", "createdAt", "goneConfirmedAt", "goneSinceAt", "handleEnc", "id", "lastCheckedAt", "lastHttpStatus", "lastReason", "lastVerdict", "nextCheckAt", "profileUrlEnc", "registeredOn", "siteId", "status", "updatedAt", "userId", "withdrawalRequestedAt", "customSiteName", "customBaseUrl" FROM "Registration";
DROP TABLE "Registration";
ALTER TABLE "new_Registration" RENAME TO "Registration";
CREATE INDEX "Registration_userId_status_idx" ON "Registration"("userId", "status");
CREATE INDEX "Registration_siteId_idx" ON "Registration"("siteId");
CREATE INDEX "Registration_agencyId_idx" ON "Registration"("agencyId");
CREATE INDEX "Registration_nextCheckAt_idx" ON "Registration"("nextCheckAt");
CREATE TABLE "new_Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "agencyId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "wizardStep" INTEGER NOT NULL DEFAULT 1,
    "contractType" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "contractTypeOverride" TEXT,
    "contractOverriddenAt" DATETIME,
    "legalBasis" TEXT,
    "factsJsonEnc" TEXT,
    "legacyFactsJson" TEXT,
    "requestedItemsJson" TEXT NOT NULL DEFAULT '[]',
    "outstandingAmountYen" INTEGER,
    "channel" TEXT,
    "noticeDate" DATETIME,
    "lastWorkingDay" DATETIME,
    "effectiveDate" DATETIME,
    "deadline" DATETIME,
    "deadlineReasonKey" TEXT,
    "payByDate" DATETIME,
    "naiyouGrid" TEXT,
    "sentAt" DATETIME,
    "senderNameEnc" TEXT,
    "senderAddressEnc" TEXT,
    "recipientAddressEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Case_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("agencyId", "channel", "contractOverriddenAt", "contractType", "contractTypeOverride", "createdAt", "deadline", "deadlineReasonKey", "effectiveDate", "id", "lastWorkingDay", "legalBasis", "naiyouGrid", "noticeDate", "outstandingAmountYen", "payByDate", "recipientAddressEnc", "requestedItemsJson", "senderAddressEnc", "senderNameEnc", "sentAt", "status", "updatedAt", "userId", "wizardStep", "legacyFactsJson") SELECT "agencyId", "channel", "contractOverriddenAt", "contractType", "contractTypeOverride", "createdAt", "deadline", "deadlineReasonKey", "effectiveDate", "id", "lastWorkingDay", "legalBasis", "naiyouGrid", "noticeDate", "outstandingAmountYen", "payByDate", "recipientAddressEnc", "requestedItemsJson", "senderAddressEnc", "senderNameEnc", "sentAt", "status", "updatedAt", "userId", "wizardStep", "factsJson" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE INDEX "Case_userId_status_idx" ON "Case"("userId", "status");
CREATE INDEX "Case_agencyId_idx" ON "Case"("agencyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

