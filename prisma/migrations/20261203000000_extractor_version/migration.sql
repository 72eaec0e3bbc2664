-- Each article records which extractor produced its facts, so that `npm run reextract` can renew those
-- extracted by an older one. Articles stored before have no version: they are all renewed once.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractorVersion" TEXT NOT NULL DEFAULT '';
