-- Article search vectors inline in the row (STORAGE MAIN) instead of the TOAST table: search finds
-- the newest matches of a common word walking the primary key back and testing each article's vector,
-- and a vector kept out of line cost a TOAST index probe and page per article tested (7,059 articles
-- for a frequent word at 100k articles). Only a vector too large for the page still moves out.
-- Re-adding the generated column rewrites every row under the new storage (SET STORAGE alone
-- applies to rows written later), which drops its GIN index (created again below) and the column's
-- statistics: without them the planner guesses 500 matches for any word and sorts all 28,000 of a
-- common one (0.7 s at 100k articles) instead of walking the newest articles, so ANALYZE at once,
-- where there are rows: statistics of an empty table tell the planner it stays empty, and a fresh
-- database's first imports then cost PostgreSQL 2.5 ms more per article until autovacuum analyzes.
ALTER TABLE "Article" DROP COLUMN "searchVector",
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, substr("text", "bodyStart" + 1, "bodyEnd" - "bodyStart")), 'B')
  ) STORED,
  ALTER COLUMN "searchVector" SET STORAGE MAIN;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
-- (\073 is the semicolon, escaped: the migration runner splits statements at every semicolon, also inside a DO body.)
DO E'BEGIN IF EXISTS (SELECT 1 FROM "Article") THEN ANALYZE "Article"\073 END IF\073 END';
