-- Full-text search vectors as generated columns, each with a GIN index. Prisma models them as
-- Unsupported("tsvector") and never writes them, PostgreSQL keeps them current.
ALTER TABLE "Article" DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, substr("text", "bodyStart" + 1, "bodyEnd" - "bodyStart")), 'B')
  ) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "Statement" DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED;
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");

ALTER TABLE "Quote" DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED;
CREATE INDEX "Quote_searchVector_idx" ON "Quote" USING GIN ("searchVector");
