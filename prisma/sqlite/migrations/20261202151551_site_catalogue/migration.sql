-- DropIndex
DROP INDEX "_SitePartners_AB_unique";

-- DropIndex
DROP INDEX "_SitePartners_B_index";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "_SitePartners";
PRAGMA foreign_keys=on;

-- OPERATOR_EMAIL (replaced by OPERATOR_SUPPORT) was never seeded; any row holding it becomes UNKNOWN.
UPDATE "Site" SET "withdrawalRoute" = 'UNKNOWN' WHERE "withdrawalRoute" = 'OPERATOR_EMAIL';

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Site" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "baseUrl" TEXT,
    "domainsJson" TEXT NOT NULL DEFAULT '[]',
    "profileUrlKind" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "profileUrlPattern" TEXT,
    "factsJson" TEXT,
    "ruleJson" TEXT,
    "ruleStatus" TEXT NOT NULL DEFAULT 'BASELINE',
    "ruleSource" TEXT,
    "ruleVerifiedOn" TEXT,
    "withdrawalRoute" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "notesJa" TEXT,
    "notesEn" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Site" ("baseUrl", "country", "createdAt", "domainsJson", "id", "name", "nameEn", "notesEn", "notesJa", "profileUrlPattern", "ruleJson", "ruleSource", "ruleStatus", "ruleVerifiedOn", "slug", "updatedAt", "withdrawalRoute") SELECT "baseUrl", "country", "createdAt", "domainsJson", "id", "name", "nameEn", "notesEn", "notesJa", "profileUrlPattern", "ruleJson", "ruleSource", "ruleStatus", "ruleVerifiedOn", "slug", "updatedAt", "withdrawalRoute" FROM "Site";
DROP TABLE "Site";
ALTER TABLE "new_Site" RENAME TO "Site";
CREATE UNIQUE INDEX "Site_slug_key" ON "Site"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

