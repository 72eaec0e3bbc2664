-- AlterTable: quotes imported before have no score and count as sure (1) until re-imported
ALTER TABLE "Quote" ADD COLUMN     "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Quote_confidence_idx" ON "Quote"("confidence");
