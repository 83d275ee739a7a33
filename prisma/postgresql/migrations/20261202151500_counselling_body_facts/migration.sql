-- The rows are seed data from lib/bodies/bodies.json, rewritten by the seed that runs after every migration;
-- emptying the table lets the new required column in without a default.
DELETE FROM "CounsellingBody";

-- AlterTable
ALTER TABLE "CounsellingBody" DROP COLUMN "costEn",
DROP COLUMN "costJa",
DROP COLUMN "costVerified",
DROP COLUMN "eligibleEn",
DROP COLUMN "eligibleJa",
DROP COLUMN "handlesEn",
DROP COLUMN "handlesJa",
DROP COLUMN "hoursEn",
DROP COLUMN "hoursJa",
DROP COLUMN "hoursVerified",
DROP COLUMN "lastCheckedOn",
DROP COLUMN "nameEn",
DROP COLUMN "nameJa",
DROP COLUMN "phone",
DROP COLUMN "phoneNoteEn",
DROP COLUMN "phoneNoteJa",
DROP COLUMN "phoneVerified",
DROP COLUMN "powersEn",
DROP COLUMN "powersJa",
DROP COLUMN "situations",
DROP COLUMN "sourceNote",
DROP COLUMN "sourceUrl",
DROP COLUMN "url",
ADD COLUMN     "factsJson" TEXT NOT NULL;

