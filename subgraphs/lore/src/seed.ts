import type { LoreDb } from './db.js';
import { LOCAL_DIMENSIONS } from './embeddings/local.js';

/**
 * The embedding models every installation has (000 §3 vector.embedding_models; the seed names
 * none). `local` is the default: offline and deterministic. The OpenAI ones are listed with
 * their real names and dimensions, and need `configuration.baseUrl` (an administrator sets it
 * with updateEmbeddingModel, or registers another OpenAI-compatible model) before a collection
 * can use them.
 */
export const SEEDED_MODELS = [
  {
    name: 'local',
    provider: 'local',
    dimensions: LOCAL_DIMENSIONS,
    version: '1',
    description: 'Offline deterministic hashed word and character n-grams (README, Lore): a baseline, not a language model.',
    isDefault: true,
  },
  { name: 'text-embedding-3-small', provider: 'openai', dimensions: 1536, version: '3', description: 'OpenAI-compatible, 1536 dimensions (000 §3 VECTOR(1536)).', isDefault: false },
  { name: 'text-embedding-ada-002', provider: 'openai', dimensions: 1536, version: '2', description: 'OpenAI-compatible, 1536 dimensions.', isDefault: false },
] as const;

/** Idempotent: inserts the models that are missing, changes nothing an administrator set. */
export async function seedLore(db: LoreDb): Promise<void> {
  for (const model of SEEDED_MODELS) {
    await db.embeddingModel.upsert({ where: { name: model.name }, create: { ...model, configuration: {} }, update: {} });
  }
}
