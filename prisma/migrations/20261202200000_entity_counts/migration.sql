-- Each entity keeps its counts on its row, so that entities(orderBy: QUOTES_GIVEN | MENTIONS) walk an
-- index instead of counting every entity: the quotes it gave as speech (beliefs held not counted)
-- and its mentions. Every write of an article's facts keeps them (article-sql.ts, delete.ts).

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "mentionCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "speechCount" INTEGER NOT NULL DEFAULT 0;

-- The counts of the rows already stored
UPDATE "Entity" e SET "mentionCount" = c.mentions, "speechCount" = c.speech
FROM (
  SELECT id, sum(mentions)::int AS mentions, sum(speech)::int AS speech FROM (
    SELECT "entityId" AS id, 1 AS mentions, 0 AS speech FROM "Mention"
    UNION ALL
    SELECT "speakerId", 0, 1 FROM "Quote" WHERE "speakerId" IS NOT NULL AND act = 'SPEECH'
  ) r GROUP BY id
) c
WHERE c.id = e.id;

-- The orders, most first, then by name and id: one direction on the negated count, so that a page
-- after a cursor compares (key, name, id) with the cursor's as a row, an index condition. Prisma
-- cannot declare expression indexes, so these live only here (drift.ts knows them).
CREATE INDEX "Entity_speech_order_idx" ON "Entity"((-"speechCount"), "canonicalName", "id");
CREATE INDEX "Entity_mention_order_idx" ON "Entity"((-"mentionCount"), "canonicalName", "id");

-- The orders of one type (the `type` filter): walking the orders above and filtering read thousands
-- of entities of other types first (6,723 for a page of places by speech given at 3,000 articles,
-- as organizations and places seldom speak, 4,851 for organizations by mentions).
CREATE INDEX "Entity_type_speech_order_idx" ON "Entity"("type", (-"speechCount"), "canonicalName", "id");
CREATE INDEX "Entity_type_mention_order_idx" ON "Entity"("type", (-"mentionCount"), "canonicalName", "id");
