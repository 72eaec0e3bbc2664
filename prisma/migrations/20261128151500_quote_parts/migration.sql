-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "parts" JSONB NOT NULL DEFAULT '[]';

-- Quotes imported before: one piece, their whole content
UPDATE "Quote" SET "parts" = jsonb_build_array(jsonb_build_object('start', "start", 'end', "end", 'text', "text"));
