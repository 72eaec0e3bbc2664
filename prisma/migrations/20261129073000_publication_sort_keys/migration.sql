-- The publication orders as the API pages them in SQL: the date with undated articles last as a
-- never-null key, then the id. A page after a cursor compares (key, id) with the cursor's as a row,
-- an index condition here, and quotes in publication order walk the articles in this order.
-- Prisma cannot declare expression indexes, so these live only here (drift.ts knows them).

-- PUBLISHED_DESC (walked backwards: newest first, undated at the low end)
CREATE INDEX "Article_published_desc_key_idx" ON "Article"(coalesce("publishedAt", '-infinity'), "id");

-- PUBLISHED_ASC (undated at the high end)
CREATE INDEX "Article_published_asc_key_idx" ON "Article"(coalesce("publishedAt", 'infinity'), "id");
