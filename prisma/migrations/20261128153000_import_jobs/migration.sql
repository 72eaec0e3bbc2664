-- Files queued for import by `npm run seed -- DIR --queue` and done by `npm run worker`.
-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('QUEUED', 'IMPORTED', 'UNCHANGED', 'FAILED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" SERIAL NOT NULL,
    "path" TEXT NOT NULL,
    "text" TEXT,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "articleId" INTEGER,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_status_idx" ON "ImportJob"("status");
