-- Beliefs held ("Police believe ...") are stored beside speech, each quote with its act. Quotes
-- imported before are all speech, as the importer stored speech only.

-- CreateEnum
CREATE TYPE "QuoteAct" AS ENUM ('SPEECH', 'BELIEF');

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "act" "QuoteAct" NOT NULL DEFAULT 'SPEECH';

-- A speaker's quotes in document order, with the act: a speaker's speech is counted from the index alone
DROP INDEX "Quote_speakerId_articleId_position_idx";
CREATE INDEX "Quote_speakerId_articleId_position_act_idx" ON "Quote"("speakerId", "articleId", "position", "act");
