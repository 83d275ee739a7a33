-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecretEnc" TEXT,
    "totpEnabledAt" DATETIME,
    "discreetMode" BOOLEAN NOT NULL DEFAULT false,
    "quickExitUrl" TEXT,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "baseUrl" TEXT,
    "domainsJson" TEXT NOT NULL DEFAULT '[]',
    "profileUrlPattern" TEXT,
    "ruleJson" TEXT,
    "ruleStatus" TEXT NOT NULL DEFAULT 'BASELINE',
    "ruleSource" TEXT,
    "ruleVerifiedOn" TEXT,
    "withdrawalRoute" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "withdrawalUrl" TEXT,
    "operatorEmail" TEXT,
    "notesJa" TEXT,
    "notesEn" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "siteId" TEXT,
    "agencyId" TEXT,
    "customSiteName" TEXT,
    "customBaseUrl" TEXT,
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
    "consecutiveGone" INTEGER NOT NULL DEFAULT 0,
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

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "finalUrlEnc" TEXT,
    "bodySha256" TEXT,
    "excerptEnc" TEXT,
    "durationMs" INTEGER NOT NULL,
    CONSTRAINT "Check_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Check_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "agencyId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "wizardStep" INTEGER NOT NULL DEFAULT 1,
    "contractType" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "contractTypeOverride" TEXT,
    "legalBasis" TEXT,
    "factsJson" TEXT,
    "requestedItemsJson" TEXT NOT NULL DEFAULT '[]',
    "outstandingAmountYen" INTEGER,
    "channel" TEXT,
    "noticeDate" DATETIME,
    "lastWorkingDay" DATETIME,
    "deadline" DATETIME,
    "sentAt" DATETIME,
    "senderNameEnc" TEXT,
    "senderAddressEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Case_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "noteEnc" TEXT,
    "newDeadline" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CaseEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "caseId" TEXT,
    "caseEventId" TEXT,
    "registrationId" TEXT,
    "checkId" TEXT,
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
    CONSTRAINT "Evidence_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "textEnc" TEXT NOT NULL,
    "pdfKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounsellingBody" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "handlesJa" TEXT NOT NULL,
    "handlesEn" TEXT NOT NULL,
    "eligibleJa" TEXT NOT NULL,
    "eligibleEn" TEXT NOT NULL,
    "phone" TEXT,
    "phoneNoteJa" TEXT,
    "phoneNoteEn" TEXT,
    "phoneVerified" BOOLEAN NOT NULL DEFAULT false,
    "hoursJa" TEXT,
    "hoursEn" TEXT,
    "hoursVerified" BOOLEAN NOT NULL DEFAULT false,
    "costJa" TEXT,
    "costEn" TEXT,
    "costVerified" BOOLEAN NOT NULL DEFAULT false,
    "url" TEXT,
    "powersJa" TEXT NOT NULL,
    "powersEn" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sourceNote" TEXT NOT NULL,
    "lastCheckedOn" TEXT NOT NULL,
    "situations" TEXT NOT NULL DEFAULT '',
    "priority" INTEGER NOT NULL DEFAULT 100,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "userId" TEXT,
    "payloadJson" TEXT NOT NULL DEFAULT '{}',
    "uniqueKey" TEXT,
    "runAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Job_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SitePartners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_SitePartners_A_fkey" FOREIGN KEY ("A") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SitePartners_B_fkey" FOREIGN KEY ("B") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CaseToRegistration" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CaseToRegistration_A_fkey" FOREIGN KEY ("A") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CaseToRegistration_B_fkey" FOREIGN KEY ("B") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_createdAt_idx" ON "AuditEvent"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE INDEX "Agency_userId_idx" ON "Agency"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Site_slug_key" ON "Site"("slug");

-- CreateIndex
CREATE INDEX "Registration_userId_status_idx" ON "Registration"("userId", "status");

-- CreateIndex
CREATE INDEX "Registration_siteId_idx" ON "Registration"("siteId");

-- CreateIndex
CREATE INDEX "Registration_agencyId_idx" ON "Registration"("agencyId");

-- CreateIndex
CREATE INDEX "Registration_nextCheckAt_idx" ON "Registration"("nextCheckAt");

-- CreateIndex
CREATE INDEX "Check_userId_idx" ON "Check"("userId");

-- CreateIndex
CREATE INDEX "Check_registrationId_checkedAt_idx" ON "Check"("registrationId", "checkedAt");

-- CreateIndex
CREATE INDEX "Case_userId_status_idx" ON "Case"("userId", "status");

-- CreateIndex
CREATE INDEX "Case_agencyId_idx" ON "Case"("agencyId");

-- CreateIndex
CREATE INDEX "CaseEvent_userId_idx" ON "CaseEvent"("userId");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_occurredAt_idx" ON "CaseEvent"("caseId", "occurredAt");

-- CreateIndex
CREATE INDEX "Evidence_userId_idx" ON "Evidence"("userId");

-- CreateIndex
CREATE INDEX "Evidence_caseId_idx" ON "Evidence"("caseId");

-- CreateIndex
CREATE INDEX "Evidence_caseEventId_idx" ON "Evidence"("caseEventId");

-- CreateIndex
CREATE INDEX "Evidence_registrationId_idx" ON "Evidence"("registrationId");

-- CreateIndex
CREATE INDEX "Evidence_checkId_idx" ON "Evidence"("checkId");

-- CreateIndex
CREATE INDEX "Document_userId_idx" ON "Document"("userId");

-- CreateIndex
CREATE INDEX "Document_caseId_idx" ON "Document"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CounsellingBody_slug_key" ON "CounsellingBody"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Job_uniqueKey_key" ON "Job"("uniqueKey");

-- CreateIndex
CREATE INDEX "Job_runAt_idx" ON "Job"("runAt");

-- CreateIndex
CREATE INDEX "Job_userId_idx" ON "Job"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "_SitePartners_AB_unique" ON "_SitePartners"("A", "B");

-- CreateIndex
CREATE INDEX "_SitePartners_B_index" ON "_SitePartners"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_CaseToRegistration_AB_unique" ON "_CaseToRegistration"("A", "B");

-- CreateIndex
CREATE INDEX "_CaseToRegistration_B_index" ON "_CaseToRegistration"("B");

