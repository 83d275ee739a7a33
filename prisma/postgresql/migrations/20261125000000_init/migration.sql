-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('EMPLOYEE', 'FREELANCER', 'FREELANCER_IN_SUBSTANCE_EMPLOYEE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "WithdrawalRoute" AS ENUM ('VIA_AGENCY', 'SELF_SERVICE', 'OPERATOR_EMAIL', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RuleStatus" AS ENUM ('VERIFIED', 'BASELINE');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'VISIBLE', 'WITHDRAWAL_REQUESTED', 'CONFIRMED_GONE', 'REAPPEARED', 'UNCHECKABLE');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('VISIBLE', 'GONE', 'BLOCKED', 'ERROR');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'SENT', 'REPLIED', 'COMPLETED', 'REFUSED', 'NO_REPLY', 'ESCALATED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('EMAIL', 'LINE', 'FORM', 'POST', 'NAIYOU_SHOUMEI', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseEventType" AS ENUM ('SENT', 'REPLY_RECEIVED', 'REFUSED', 'NO_RESPONSE', 'EXTENSION_AGREED', 'REMINDER_SENT', 'ESCALATED', 'COMPLETED', 'NOTE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('UPLOAD', 'CHECK_SNAPSHOT');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecretEnc" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "discreetMode" BOOLEAN NOT NULL DEFAULT false,
    "quickExitUrl" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStartsAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailEnc" TEXT,
    "phoneEnc" TEXT,
    "lineEnc" TEXT,
    "formUrlEnc" TEXT,
    "hqContactEnc" TEXT,
    "notesEnc" TEXT,
    "contractType" "ContractType" NOT NULL DEFAULT 'UNKNOWN',
    "contractStart" TIMESTAMP(3),
    "contractEnd" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "baseUrl" TEXT,
    "domainsJson" TEXT NOT NULL DEFAULT '[]',
    "profileUrlPattern" TEXT,
    "ruleJson" TEXT,
    "ruleStatus" "RuleStatus" NOT NULL DEFAULT 'BASELINE',
    "ruleSource" TEXT,
    "ruleVerifiedOn" TEXT,
    "withdrawalRoute" "WithdrawalRoute" NOT NULL DEFAULT 'UNKNOWN',
    "withdrawalUrl" TEXT,
    "operatorEmail" TEXT,
    "notesJa" TEXT,
    "notesEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "siteId" TEXT,
    "agencyId" TEXT,
    "customSiteName" TEXT,
    "customBaseUrl" TEXT,
    "handleEnc" TEXT NOT NULL,
    "profileUrlEnc" TEXT NOT NULL,
    "registeredOn" TIMESTAMP(3),
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "baselineHandleFound" BOOLEAN,
    "baselineTitleEnc" TEXT,
    "baselineAt" TIMESTAMP(3),
    "lastVerdict" "Verdict",
    "lastReason" TEXT,
    "lastCheckedAt" TIMESTAMP(3),
    "consecutiveGone" INTEGER NOT NULL DEFAULT 0,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "withdrawalRequestedAt" TIMESTAMP(3),
    "goneConfirmedAt" TIMESTAMP(3),
    "nextCheckAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" "Verdict" NOT NULL,
    "reason" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "finalUrlEnc" TEXT,
    "bodySha256" TEXT,
    "excerptEnc" TEXT,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "Check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "agencyId" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "wizardStep" INTEGER NOT NULL DEFAULT 1,
    "contractType" "ContractType" NOT NULL DEFAULT 'UNKNOWN',
    "contractTypeOverride" "ContractType",
    "legalBasis" TEXT,
    "factsJson" TEXT,
    "requestedItemsJson" TEXT NOT NULL DEFAULT '[]',
    "outstandingAmountYen" INTEGER,
    "channel" "Channel",
    "noticeDate" TIMESTAMP(3),
    "lastWorkingDay" TIMESTAMP(3),
    "deadline" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "senderNameEnc" TEXT,
    "senderAddressEnc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" "CaseEventType" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "noteEnc" TEXT,
    "newDeadline" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
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
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "textEnc" TEXT NOT NULL,
    "pdfKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounsellingBody" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CounsellingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "userId" TEXT,
    "payloadJson" TEXT NOT NULL DEFAULT '{}',
    "uniqueKey" TEXT,
    "runAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SitePartners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SitePartners_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CaseToRegistration" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CaseToRegistration_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "_SitePartners_B_index" ON "_SitePartners"("B");

-- CreateIndex
CREATE INDEX "_CaseToRegistration_B_index" ON "_CaseToRegistration"("B");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_caseEventId_fkey" FOREIGN KEY ("caseEventId") REFERENCES "CaseEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SitePartners" ADD CONSTRAINT "_SitePartners_A_fkey" FOREIGN KEY ("A") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SitePartners" ADD CONSTRAINT "_SitePartners_B_fkey" FOREIGN KEY ("B") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseToRegistration" ADD CONSTRAINT "_CaseToRegistration_A_fkey" FOREIGN KEY ("A") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseToRegistration" ADD CONSTRAINT "_CaseToRegistration_B_fkey" FOREIGN KEY ("B") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

