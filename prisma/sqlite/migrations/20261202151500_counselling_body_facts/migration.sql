-- The rows are seed data from lib/bodies/bodies.json, rewritten by the seed that runs after every migration;
-- emptying the table lets the new required column in without a default.
DELETE FROM "CounsellingBody";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CounsellingBody" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "factsJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_CounsellingBody" ("createdAt", "id", "priority", "slug", "updatedAt") SELECT "createdAt", "id", "priority", "slug", "updatedAt" FROM "CounsellingBody";
DROP TABLE "CounsellingBody";
ALTER TABLE "new_CounsellingBody" RENAME TO "CounsellingBody";
CREATE UNIQUE INDEX "CounsellingBody_slug_key" ON "CounsellingBody"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

