/** Usage entries as the gateway's recorder sends them in `api.usage_recorded`, for seeding analytics. */
import { randomBytes, randomUUID } from 'node:crypto';

export interface SeedRequest {
  at: number;
  operationName: string;
  latencyMs: number;
  errorCode: string | null;
  userId: string;
  subgraphs?: { name: string; ms: number; fetches: number }[];
}

/** One captured query request (a 400 with one error when it has an error code). */
export const usageEntry = (r: SeedRequest) => ({
  id: randomUUID(),
  requestId: `seed-${randomBytes(6).toString('hex')}`,
  method: 'POST',
  operationName: r.operationName,
  operationType: 'query' as const,
  persistedId: null,
  subgraphs: r.subgraphs ?? [],
  status: r.errorCode ? 400 : 200,
  errorCode: r.errorCode,
  errorCount: r.errorCode ? 1 : 0,
  latencyMs: r.latencyMs,
  requestBytes: 10,
  responseBytes: 20,
  userId: r.userId,
  sessionId: null,
  clientIp: '127.0.0.1',
  userAgent: null,
  variables: null,
  fields: [],
  at: new Date(r.at).toISOString(),
});
