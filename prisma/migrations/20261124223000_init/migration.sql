-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PERSON', 'ORGANIZATION', 'LOCATION');

-- CreateEnum
CREATE TYPE "QuoteKind" AS ENUM ('DIRECT', 'INDIRECT', 'MIXED');

-- CreateEnum
CREATE TYPE "MentionKind" AS ENUM ('NAME', 'PRONOUN', 'NOMINAL', 'DEMONYM');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publication" TEXT,
    "credit" TEXT,
    "text" TEXT NOT NULL,
    "bodyStart" INTEGER NOT NULL,
    "bodyEnd" INTEGER NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "language" TEXT,
    "sourceName" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "type" "EntityType" NOT NULL,
    "canonicalName" TEXT NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" SERIAL NOT NULL,
    "entityId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "EntityAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "entityId" INTEGER NOT NULL,
    "kind" "MentionKind" NOT NULL DEFAULT 'NAME',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "searchVector" tsvector,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuoteKind" NOT NULL,
    "speakerId" INTEGER,
    "speakerMentionId" INTEGER,
    "cue" TEXT,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "quoted" JSONB NOT NULL DEFAULT '[]',
    "searchVector" tsvector,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_QuoteAbout" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_QuoteAbout_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_StatementAbout" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_StatementAbout_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_QuoteStatements" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_QuoteStatements_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publication_idx" ON "Article"("publication");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_type_canonicalName_key" ON "Entity"("type", "canonicalName");

-- CreateIndex
CREATE INDEX "EntityAlias_key_idx" ON "EntityAlias"("key");

-- CreateIndex
CREATE INDEX "EntityAlias_key_trgm_idx" ON "EntityAlias" USING GIN ("key" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "EntityAlias_entityId_key_key" ON "EntityAlias"("entityId", "key");

-- CreateIndex
CREATE INDEX "Mention_entityId_articleId_idx" ON "Mention"("entityId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_articleId_start_end_key" ON "Mention"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_position_key" ON "Statement"("articleId", "position");

-- CreateIndex
CREATE INDEX "Quote_speakerId_idx" ON "Quote"("speakerId");

-- CreateIndex
CREATE INDEX "Quote_kind_idx" ON "Quote"("kind");

-- CreateIndex
CREATE INDEX "Quote_searchVector_idx" ON "Quote" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_articleId_position_key" ON "Quote"("articleId", "position");

-- CreateIndex
CREATE INDEX "_QuoteAbout_B_index" ON "_QuoteAbout"("B");

-- CreateIndex
CREATE INDEX "_StatementAbout_B_index" ON "_StatementAbout"("B");

-- CreateIndex
CREATE INDEX "_QuoteStatements_B_index" ON "_QuoteStatements"("B");

-- AddForeignKey
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerMentionId_fkey" FOREIGN KEY ("speakerMentionId") REFERENCES "Mention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_QuoteAbout" ADD CONSTRAINT "_QuoteAbout_A_fkey" FOREIGN KEY ("A") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_QuoteAbout" ADD CONSTRAINT "_QuoteAbout_B_fkey" FOREIGN KEY ("B") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementAbout" ADD CONSTRAINT "_StatementAbout_A_fkey" FOREIGN KEY ("A") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementAbout" ADD CONSTRAINT "_StatementAbout_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_QuoteStatements" ADD CONSTRAINT "_QuoteStatements_A_fkey" FOREIGN KEY ("A") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_QuoteStatements" ADD CONSTRAINT "_QuoteStatements_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
