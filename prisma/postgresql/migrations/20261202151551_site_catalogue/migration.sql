-- CreateEnum
CREATE TYPE "ProfileUrlKind" AS ENUM ('HANDLE', 'SITE_ID', 'UNKNOWN');

-- AlterEnum (scripts/db-migrate.ts runs each migration in its own transaction, so no BEGIN/COMMIT here)
-- OPERATOR_EMAIL was never seeded; any row holding it becomes UNKNOWN rather than failing the cast.
UPDATE "Site" SET "withdrawalRoute" = 'UNKNOWN' WHERE "withdrawalRoute"::text = 'OPERATOR_EMAIL';
CREATE TYPE "WithdrawalRoute_new" AS ENUM ('VIA_AGENCY', 'SELF_SERVICE', 'OPERATOR_SUPPORT', 'UNKNOWN');
ALTER TABLE "Site" ALTER COLUMN "withdrawalRoute" DROP DEFAULT;
ALTER TABLE "Site" ALTER COLUMN "withdrawalRoute" TYPE "WithdrawalRoute_new" USING ("withdrawalRoute"::text::"WithdrawalRoute_new");
ALTER TYPE "WithdrawalRoute" RENAME TO "WithdrawalRoute_old";
ALTER TYPE "WithdrawalRoute_new" RENAME TO "WithdrawalRoute";
DROP TYPE "WithdrawalRoute_old";
ALTER TABLE "Site" ALTER COLUMN "withdrawalRoute" SET DEFAULT 'UNKNOWN';

-- DropForeignKey
ALTER TABLE "_SitePartners" DROP CONSTRAINT "_SitePartners_A_fkey";

-- DropForeignKey
ALTER TABLE "_SitePartners" DROP CONSTRAINT "_SitePartners_B_fkey";

-- AlterTable
ALTER TABLE "Site" DROP COLUMN "operatorEmail",
DROP COLUMN "withdrawalUrl",
ADD COLUMN     "factsJson" TEXT,
ADD COLUMN     "profileUrlKind" "ProfileUrlKind" NOT NULL DEFAULT 'UNKNOWN';

-- DropTable
DROP TABLE "_SitePartners";

