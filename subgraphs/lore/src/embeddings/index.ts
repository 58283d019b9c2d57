import type { EmbeddingModel } from '../db.js';
import type { LoreSettings } from '../config.js';
import { createLocalProvider } from './local.js';
import { createOpenAiEmbeddingProvider } from './openai.js';
import { EmbeddingError, normalize, type EmbeddingProvider } from './types.js';

export { EmbeddingError, normalize, type EmbeddingProvider } from './types.js';

/** The provider of a model row; an unknown provider or a model without its endpoint is a permanent failure. */
export function providerFor(model: Pick<EmbeddingModel, 'name' | 'provider' | 'dimensions' | 'configuration'>, settings: LoreSettings['embeddings']): EmbeddingProvider {
  if (model.provider === 'local') return createLocalProvider(model.dimensions);
  if (model.provider === 'openai') {
    const config = (model.configuration ?? {}) as { baseUrl?: unknown; model?: unknown; sendDimensions?: unknown };
    if (typeof config.baseUrl !== 'string' || config.baseUrl === '') throw new EmbeddingError(`Embedding model "${model.name}" has no configuration.baseUrl`, false);
    return createOpenAiEmbeddingProvider({
      name: model.name,
      baseUrl: config.baseUrl,
      model: typeof config.model === 'string' ? config.model : model.name,
      apiKey: settings.apiKey,
      dimensions: model.dimensions,
      sendDimensions: config.sendDimensions === true,
      timeoutMs: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      retryBaseMs: settings.retryBaseMs,
    });
  }
  throw new EmbeddingError(`Embedding model "${model.name}" names an unknown provider`, false);
}

/** Embed in batches, normalise every vector (cosine is then a dot product), and check each length. */
export async function embedAll(provider: EmbeddingProvider, texts: readonly string[], dimensions: number, batch: number): Promise<{ vectors: number[][]; tokens: number }> {
  const vectors: number[][] = [];
  let tokens = 0;
  for (let i = 0; i < texts.length; i += batch) {
    const result = await provider.embed(texts.slice(i, i + batch));
    for (const v of result.vectors) {
      if (v.length !== dimensions) throw new EmbeddingError(`The provider answered ${v.length} dimensions; the model has ${dimensions}`, false);
      vectors.push(normalize(v));
    }
    tokens += result.tokens;
  }
  return { vectors, tokens };
}
