/**
 * One interface for every embedding provider. The provider is chosen per model from
 * `embedding_models.provider`; the ingestion job and search never know which one they call.
 */
export interface EmbeddingResult {
  /** One vector per input text, in input order, L2-normalised by the caller of the provider. */
  vectors: number[][];
  /** Tokens the provider counted (the server's `usage`, or the local estimate). */
  tokens: number;
}

export interface EmbeddingProvider {
  embed(texts: readonly string[]): Promise<EmbeddingResult>;
}

/**
 * A provider call that failed. `retryable` failures (timeouts, 429, 5xx, refused connections)
 * are worth another attempt of the job; the others are not. The message is safe to show: it
 * names the model and what went wrong, without keys or internal URLs.
 */
export class EmbeddingError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'EmbeddingError';
  }
}

/** Scale to unit length (a zero vector stays zero): cosine similarity is then a dot product. */
export function normalize(vector: number[]): number[] {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum);
  return norm === 0 ? vector.map(() => 0) : vector.map((v) => v / norm);
}

/** Cosine similarity of two vectors of one length. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
