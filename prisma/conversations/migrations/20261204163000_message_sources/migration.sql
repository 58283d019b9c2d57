-- Answers with sources (issue 14 §6): the knowledge chunks an assistant message was grounded in,
-- in context order: [{ position, documentId, chunkId, chunkIndex, score }]. Only ids: the
-- chunks live in the lore subgraph's schema and are resolved there (federated references), so
-- this schema never reads lore's tables.
ALTER TABLE "conversations"."messages" ADD COLUMN "knowledge_sources" JSONB NOT NULL DEFAULT '[]';
