-- The orders by count across types are walked in the indexes of each type, merged (entity-pages.ts),
-- instead of an index of their own. Each article updates the counts of every entity it names, which is
-- never a HOT update as the counts are indexed: every index of "Entity" gets an entry per update, and
-- the two count orders across types were two of its eight (4,000 write payloads replayed into fresh
-- databases, two runs: PostgreSQL's CPU 3.92 → 3.68 and 4.17 → 3.90 ms per article). Prisma cannot
-- declare these expression indexes, so they lived only in the migrations (drift.ts).
DROP INDEX "Entity_speech_order_idx";
DROP INDEX "Entity_mention_order_idx";
