-- Login names, and the end of plaintext identity fields. Existing plaintext is kept under legacy* names (renamed,
-- not dropped): the step `npm run db:migrate` runs after the SQL migrations (lib/db/seal-legacy-fields.ts)
-- encrypts each value into its *Enc column, sets loginNameHash for accounts made with an email, and empties them.

-- DropIndex
DROP INDEX "User_email_key";

-- AlterTable
ALTER TABLE "User" RENAME COLUMN "email" TO "legacyEmail";
ALTER TABLE "User" ALTER COLUMN "legacyEmail" DROP NOT NULL,
ADD COLUMN     "loginNameEnc" TEXT,
ADD COLUMN     "loginNameHash" TEXT;

-- AlterTable
ALTER TABLE "Agency" RENAME COLUMN "name" TO "legacyName";
ALTER TABLE "Agency" ALTER COLUMN "legacyName" DROP NOT NULL,
ADD COLUMN     "nameEnc" TEXT;

-- AlterTable
ALTER TABLE "Registration" RENAME COLUMN "customBaseUrl" TO "legacyCustomBaseUrl";
ALTER TABLE "Registration" RENAME COLUMN "customSiteName" TO "legacyCustomSiteName";
ALTER TABLE "Registration" ADD COLUMN     "customBaseUrlEnc" TEXT,
ADD COLUMN     "customSiteNameEnc" TEXT;

-- AlterTable
ALTER TABLE "Case" RENAME COLUMN "factsJson" TO "legacyFactsJson";
ALTER TABLE "Case" ADD COLUMN     "factsJsonEnc" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_loginNameHash_key" ON "User"("loginNameHash");
