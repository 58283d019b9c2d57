import { badInput, notFound, parseInput } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { Message } from '../../db.js';
import { countTokens } from '../chat/tokens.js';
import { PermanentJobError, textOf } from '../documents/process.js';
import { getDocument } from '../documents/service.js';
import { text, uuid } from '../shared/inputs.js';
import { callLore } from './lore.js';

/** `sendMessage(knowledge:)`: a collection, or documents of one collection, and how many chunks. */
export const groundingInput = z
  .object({
    collectionId: uuid.nullish(),
    documentIds: z.array(uuid).min(1, 'must name at least one document').max(100, 'must name at most 100 documents').nullish(),
    topK: z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20').nullish(),
  })
  .refine((k) => k.collectionId || k.documentIds, { path: ['collectionId'], message: 'give a collection or documentIds' });
export type GroundingInput = z.output<typeof groundingInput>;

/** One retrieved chunk, as lore returned it to the caller. */
export interface RetrievedChunk {
  documentId: string;
  title: string;
  /** The document's version the chunk was cut from (lore bumps it when title or content change). */
  documentVersion: number;
  chunkId: string;
  chunkIndex: number;
  content: string;
  score: number;
}

/** What an assistant message stores about each chunk it used (messages.knowledge_sources). */
export interface StoredSource {
  position: number;
  documentId: string;
  chunkId: string;
  chunkIndex: number;
  score: number;
  /**
   * The document's version the chunk was cut from (absent on answers stored before). Lore keeps a
   * re-ingested document's old chunks for a few versions, marked stale, so the chunk still
   * resolves (under lore's authorization, not a copy here); this number outlives them.
   */
  documentVersion?: number;
}

/** The search text lore accepts (at most 2,000 characters): the start of the message. */
const QUERY_CHARS = 2000;

const SEARCH = `query Ground($i: KnowledgeSearchInput!) {
  searchKnowledge(input: $i) { hits { score chunk { id chunkIndex content documentVersion } document { id title } } }
}`;

/**
 * The chunks for an answer: hybrid search (semantic and keyword, fused) in lore with the user's
 * message as the query, as the caller. Lore decides what the caller may search: a collection
 * or document outside their knowledge:search tenants is NOT_FOUND, so another tenant's chunks
 * never come back.
 */
export async function retrieveKnowledge(ctx: ConversationsContext, input: GroundingInput, query: string): Promise<RetrievedChunk[]> {
  type Hit = { score: number; chunk: { id: string; chunkIndex: number; content: string; documentVersion: number }; document: { id: string; title: string } };
  const variables = {
    i: {
      ...(input.collectionId ? { collectionId: input.collectionId } : {}),
      ...(input.documentIds ? { documentIds: input.documentIds } : {}),
      query: query.slice(0, QUERY_CHARS),
      mode: 'HYBRID',
      topK: input.topK ?? 5,
    },
  };
  const result = await callLore<{ hits: Hit[] }>(ctx, SEARCH, variables, 'searchKnowledge', ['knowledge']);
  return result.hits.map((h) => ({ documentId: h.document.id, title: h.document.title, documentVersion: h.chunk.documentVersion, chunkId: h.chunk.id, chunkIndex: h.chunk.chunkIndex, content: h.chunk.content, score: h.score }));
}

export const KNOWLEDGE_HEADER = 'Knowledge sources (answer from them and cite them as [n]):';

/** How one source is written into the context; the local model reads the `[n] title (chunk i)` line back. */
const sourceBlock = (n: number, c: RetrievedChunk) => `[${n}] ${c.title.replace(/\s+/g, ' ')} (chunk ${c.chunkIndex})\n${c.content}`;

/**
 * The knowledge part of the system prompt, within `available` tokens: the best-scored chunks
 * first, each whole or not at all (one that does not fit is skipped, a smaller later one may
 * still fit). Returns the text and the sources it holds, numbered as written.
 */
export function knowledgeContext(chunks: readonly RetrievedChunk[], available: number | null): { text: string | null; used: StoredSource[] } {
  const blocks: string[] = [];
  const used: StoredSource[] = [];
  let spent = countTokens(KNOWLEDGE_HEADER);
  for (const chunk of chunks) {
    const block = sourceBlock(used.length + 1, chunk);
    const cost = countTokens(block);
    if (available !== null && spent + cost > available) continue;
    blocks.push(block);
    used.push({
      position: used.length + 1,
      documentId: chunk.documentId,
      chunkId: chunk.chunkId,
      chunkIndex: chunk.chunkIndex,
      score: chunk.score,
      documentVersion: chunk.documentVersion,
    });
    spent += cost;
  }
  return used.length ? { text: `${KNOWLEDGE_HEADER}\n\n${blocks.join('\n\n')}`, used } : { text: null, used };
}

/**
 * `Message.sources`: the stored ids as references to lore's entities. After a re-ingestion lore
 * still resolves the chunk the answer used (`stale: true`) until it prunes it; then `chunk` is
 * null and the source still names the document, the chunk's index and the version.
 */
export function sourcesOf(message: Pick<Message, 'knowledgeSources'>) {
  const stored = Array.isArray(message.knowledgeSources) ? (message.knowledgeSources as unknown as StoredSource[]) : [];
  return stored.map((s) => ({
    position: s.position,
    chunkIndex: s.chunkIndex,
    score: s.score,
    documentVersion: s.documentVersion ?? null,
    document: { __typename: 'KnowledgeDocument' as const, id: s.documentId },
    chunk: { __typename: 'KnowledgeChunk' as const, id: s.chunkId },
  }));
}

const promoteArgs = z.object({ documentId: uuid, collectionId: uuid, title: text(255).min(1, 'must not be empty').nullish() });

const CREATE = `mutation Promote($i: CreateKnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { id } }`;

/**
 * `promoteDocument`: an uploaded document the caller may read becomes a knowledge document in a
 * lore collection, created by lore as the caller (knowledge:create in the collection's
 * organization, the collection's metadata schema): its extracted text, or its text content.
 */
export async function promoteDocument(ctx: ConversationsContext, raw: unknown) {
  const args = parseInput(promoteArgs, raw);
  const document = await getDocument(ctx, args.documentId);
  if (!document) throw notFound('Document');
  let content: string;
  try {
    content = textOf(document);
  } catch (error) {
    if (error instanceof PermanentJobError) throw badInput([{ path: ['documentId'], message: error.message }]);
    throw error;
  }
  if (content.trim() === '') throw badInput([{ path: ['documentId'], message: 'has no text to promote' }]);
  const mime = document.mimeType ?? 'text/plain';
  const input = {
    collectionId: args.collectionId,
    title: args.title ?? document.filename,
    content,
    contentType: document.extractedText === null && mime.startsWith('text/') ? mime : 'text/plain',
    metadata: { source: 'conversations', documentId: document.id, filename: document.filename },
  };
  const created = await callLore<{ id: string }>(ctx, CREATE, { i: input }, 'createKnowledgeDocument', []);
  return { __typename: 'KnowledgeDocument' as const, id: created.id };
}
