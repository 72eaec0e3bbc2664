-- Indexes for the documented orders, so a first page reads a few index entries at any scale.

-- articles(orderBy: PUBLISHED_ASC) and date ranges
DROP INDEX "Article_publishedAt_idx";
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- articles(orderBy: PUBLISHED_DESC), the default: Prisma cannot declare NULLS LAST, so this index
-- lives only here (drift.ts knows it)
CREATE INDEX "Article_publishedAt_desc_id_idx" ON "Article"("publishedAt" DESC NULLS LAST, "id" DESC);

-- entities(orderBy: NAME)
CREATE INDEX "Entity_canonicalName_id_idx" ON "Entity"("canonicalName", "id");

-- a speaker's quotes in document order
DROP INDEX "Quote_speakerId_idx";
CREATE INDEX "Quote_speakerId_articleId_position_idx" ON "Quote"("speakerId", "articleId", "position");
