-- Entities get an identity key (src/names.ts entityKey): one entity per type and key, upserted by
-- parallel importers. Existing rows get their key computed here the same way (possessive, middle
-- initials of persons, a leading "the" of other types, dots, accents, case), and entities that now
-- share a key are merged into the oldest, which takes the best name as canonical name.
DROP INDEX "Entity_type_canonicalName_key";

ALTER TABLE "Entity" ADD COLUMN "key" TEXT;

UPDATE "Entity" SET "key" = lower(btrim(regexp_replace(
  translate(regexp_replace(normalize(replace(regexp_replace(
    CASE WHEN type = 'PERSON' AND "canonicalName" !~ '^[[:upper:]]\.?\s'
      THEN regexp_replace(regexp_replace("canonicalName", '([[:alpha:]])[''’][sS]?$', '\1'), '\s+[[:upper:]]\.?(?=\s)', '', 'g')
      WHEN type = 'PERSON' THEN regexp_replace("canonicalName", '([[:alpha:]])[''’][sS]?$', '\1')
      ELSE regexp_replace(regexp_replace("canonicalName", '([[:alpha:]])[''’][sS]?$', '\1'), '^the\s+', '', 'i')
    END, '(?<![[:alpha:]])([[:alpha:]])\.(?=[[:alpha:]](?![[:alpha:]]))', '\1', 'g'), '.', ' '), NFKD), '[\u0300-\u036f]', '', 'g'), '‘’ʼ`', ''''''''''),
  '\s+', ' ', 'g')));

CREATE TABLE "_EntityMerge" AS
  SELECT id, first_value(id) OVER (PARTITION BY type, "key" ORDER BY id) AS keep FROM "Entity";

DELETE FROM "_EntityMerge" WHERE id = keep;

UPDATE "Entity" SET "canonicalName" = best.name
FROM (SELECT DISTINCT ON (type, "key") type, "key", "canonicalName" AS name FROM "Entity"
      ORDER BY type, "key", ("canonicalName" !~ '[[:lower:]]')::int, (SELECT count(*) FROM regexp_matches("canonicalName", '[[:alpha:]][[:upper:]]', 'g')), -length("canonicalName"), "canonicalName" COLLATE "C") AS best
WHERE "Entity".type = best.type AND "Entity"."key" = best."key" AND "Entity"."canonicalName" <> best.name;

INSERT INTO "EntityAlias" ("entityId", name, "key")
  SELECT m.keep, a.name, a."key" FROM "EntityAlias" a JOIN "_EntityMerge" m ON m.id = a."entityId"
  ON CONFLICT ("entityId", "key") DO NOTHING;

UPDATE "Mention" SET "entityId" = m.keep FROM "_EntityMerge" m WHERE "Mention"."entityId" = m.id;

UPDATE "Quote" SET "speakerId" = m.keep FROM "_EntityMerge" m WHERE "Quote"."speakerId" = m.id;

INSERT INTO "_QuoteAbout" ("A", "B")
  SELECT m.keep, l."B" FROM "_QuoteAbout" l JOIN "_EntityMerge" m ON m.id = l."A" ON CONFLICT DO NOTHING;

INSERT INTO "_StatementAbout" ("A", "B")
  SELECT m.keep, l."B" FROM "_StatementAbout" l JOIN "_EntityMerge" m ON m.id = l."A" ON CONFLICT DO NOTHING;

DELETE FROM "Entity" WHERE id IN (SELECT id FROM "_EntityMerge");

DROP TABLE "_EntityMerge";

ALTER TABLE "Entity" ALTER COLUMN "key" SET NOT NULL;

CREATE INDEX "Entity_type_canonicalName_idx" ON "Entity"("type", "canonicalName");

CREATE UNIQUE INDEX "Entity_type_key_key" ON "Entity"("type", "key");
