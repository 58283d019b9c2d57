import { AppError, badInput, conflict, connection, httpUrl, idArg, notFound, page, parseInput, publishRegistry, registryEntry, type Sealed } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { LlmModel, LlmProvider, Prisma } from '../../db.js';
import { clientFor, ProviderError, type HealthStatus, type LlmClient } from '../../providers/index.js';
import { PROVIDER_TYPE, values } from '../shared/enums.js';
import { decimal, jsonObject, text, uuid } from '../shared/inputs.js';
import { PROVIDER_API_KEY } from './secrets.js';
import { LlmStore } from './store.js';

const rateLimits = z
  .object({
    requests_per_minute: z.number().int().positive().optional(),
    tokens_per_minute: z.number().int().positive().optional(),
  })
  .strict();

const providerFields = {
  apiBaseUrl: httpUrl.nullish(),
  apiKey: z.string().min(1).max(4000).nullish(),
  apiVersion: text(20).nullish(),
  defaultModel: text(100).nullish(),
  supportedModels: z.array(text(100).min(1)).max(500).nullish(),
  rateLimits: rateLimits.nullish(),
  pricingConfig: jsonObject.nullish(),
  isActive: z.boolean().nullish(),
  metadata: jsonObject.nullish(),
};
const createProviderInput = z.object({ name: text(100).min(1), providerType: z.enum(values(PROVIDER_TYPE)), ...providerFields });
const updateProviderInput = z.object({ name: text(100).min(1).nullish(), ...providerFields });

const modelFields = {
  displayName: text(200).nullish(),
  description: text(5000).nullish(),
  maxTokens: z.number().int().positive().max(10_000_000).nullish(),
  supportsFunctions: z.boolean().nullish(),
  supportsVision: z.boolean().nullish(),
  supportsStreaming: z.boolean().nullish(),
  inputTokenCost: decimal(8, 2).nullish(),
  outputTokenCost: decimal(8, 2).nullish(),
  averageLatencyMs: z.number().int().min(0).nullish(),
  qualityScore: decimal(2, 1).refine((v) => Number(v) <= 5, 'must be at most 5').nullish(),
  isActive: z.boolean().nullish(),
  metadata: jsonObject.nullish(),
};
const createModelInput = z.object({ providerId: uuid, modelName: text(100).min(1), ...modelFields });
const updateModelInput = z.object(modelFields);

const BOOLEAN_DEFAULTS = new Set(['isActive', 'supportsFunctions', 'supportsVision', 'supportsStreaming']);
const JSON_DEFAULTS: Record<string, unknown> = { supportedModels: [], rateLimits: {}, pricingConfig: {}, metadata: {} };

/** Input → column values: null resets JSON columns to their default, flags cannot be null, the key is the sealed one. */
function toData(input: Record<string, unknown>, sealed?: Sealed | null): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'apiKey') data.apiKeyEncrypted = sealed?.ciphertext ?? null;
    else if (key in JSON_DEFAULTS) data[key] = value ?? JSON_DEFAULTS[key];
    else if (BOOLEAN_DEFAULTS.has(key) && value === null) continue;
    else data[key] = value;
  }
  return data;
}

export async function listProviders(ctx: ConversationsContext, args: unknown) {
  const p = page(args);
  return connection(await new LlmStore(ctx.db).listProviders(p), p);
}

export async function listModels(ctx: ConversationsContext, args: { includeInactive?: boolean | null }) {
  const p = page(args);
  return connection(await new LlmStore(ctx.db).listModels(p, args.includeInactive ? {} : { isActive: true }), p);
}

export async function modelsOfProvider(ctx: ConversationsContext, providerId: string, args: unknown) {
  const p = page(args);
  return connection(await new LlmStore(ctx.db).listModels(p, { providerId }), p);
}

/** The API key under conversations' managed data key: sealed, null (removed) or undefined (unchanged). */
async function sealKey(ctx: ConversationsContext, value: string | null | undefined): Promise<Sealed | null | undefined> {
  return value === undefined ? undefined : value === null ? null : ctx.envelope.encrypt(value);
}

/** Tell compliance's registry of a written (sealed) or removed (null) key, in the writing transaction. */
async function registerKey(ctx: ConversationsContext, tx: Prisma.TransactionClient, providerId: string, sealed: Sealed | null) {
  await publishRegistry(ctx.events, tx, 'conversations', [registryEntry('conversations', PROVIDER_API_KEY, providerId, sealed, ctx.principal?.userId ?? null)]);
}

export async function createProvider(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(createProviderInput, raw, ['input']);
  if (input.providerType !== 'local' && !input.apiBaseUrl) throw badInput([{ path: ['input', 'apiBaseUrl'], message: 'is required for HTTP providers' }]);
  const sealed = await sealKey(ctx, input.apiKey);
  const data = toData(input, sealed);
  // The local model answers in-process: it is healthy by construction.
  if (input.providerType === 'local') Object.assign(data, { healthStatus: 'healthy', lastHealthCheck: new Date() });
  return ctx.db.$transaction(async (tx) => {
    const created = await new LlmStore(tx).createProvider(data as Prisma.LlmProviderCreateInput);
    if (sealed) await registerKey(ctx, tx, created.id, sealed);
    return created;
  });
}

export async function updateProvider(ctx: ConversationsContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateProviderInput, raw, ['input']);
  if (input.name === null) throw badInput([{ path: ['input', 'name'], message: 'cannot be null' }]);
  const existing = await ctx.loaders.provider.load(id);
  if (!existing) throw notFound('LLM provider');
  if (existing.providerType !== 'local' && input.apiBaseUrl === null) throw badInput([{ path: ['input', 'apiBaseUrl'], message: 'cannot be removed from an HTTP provider' }]);
  const sealed = await sealKey(ctx, input.apiKey);
  return ctx.db.$transaction(async (tx) => {
    const updated = await new LlmStore(tx).updateProvider(id, toData(input, sealed));
    // A removed key leaves the registry only when there was one.
    if (sealed || (sealed === null && existing.apiKeyEncrypted)) await registerKey(ctx, tx, id, sealed);
    return updated;
  });
}

export async function deleteProvider(ctx: ConversationsContext, rawId: unknown) {
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const store = new LlmStore(tx);
    const [existing] = await store.providersByIds([id]);
    if (!existing) throw notFound('LLM provider');
    if (await store.providerInUse(id)) throw conflict('The provider has models that messages, conversations or jobs use; deactivate it instead', ['id']);
    const deleted = await store.deleteProvider(id);
    if (existing.apiKeyEncrypted) await registerKey(ctx, tx, id, null);
    return deleted;
  });
}

export async function createModel(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(createModelInput, raw, ['input']);
  if (!(await ctx.loaders.provider.load(input.providerId))) throw badInput([{ path: ['input', 'providerId'], message: 'no such provider' }]);
  const data = { ...toData(input), providerId: input.providerId } as Record<string, unknown>;
  return new LlmStore(ctx.db).createModel(data as Prisma.LlmModelUncheckedCreateInput);
}

export async function updateModel(ctx: ConversationsContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateModelInput, raw, ['input']);
  const existing = await ctx.loaders.model.load(id);
  if (!existing) throw notFound('LLM model');
  const data = toData(input);
  if (input.isActive === false && existing.isActive) data.deprecatedAt = new Date();
  if (input.isActive === true) data.deprecatedAt = null;
  return new LlmStore(ctx.db).updateModel(id, data);
}

/** The LLM client of a provider row, with the runtime's settings and rate windows (its key opened under its data key). */
export function llmClient(ctx: Pick<ConversationsContext, 'llm'>, provider: LlmProvider): Promise<LlmClient> {
  return clientFor(provider, ctx.llm);
}

/**
 * The model a call uses: the one asked for, else the fallback (a conversation's default),
 * else the built-in local model. It and its provider must be active.
 */
export async function resolveModel(ctx: ConversationsContext, modelId: string | null | undefined, fallbackId: string | null | undefined, path: (string | number)[]): Promise<{ model: LlmModel; provider: LlmProvider }> {
  const id = modelId ?? fallbackId;
  const model = id ? await ctx.loaders.model.load(id) : await ctx.loaders.defaultModel.load('default');
  if (!model) throw badInput([{ path, message: id ? 'no such model' : 'no model given and the built-in local model is missing' }]);
  if (!model.isActive) throw badInput([{ path, message: `model ${model.modelName} is inactive` }]);
  const provider = await ctx.loaders.provider.load(model.providerId);
  if (!provider || !provider.isActive) throw badInput([{ path, message: `the provider of model ${model.modelName} is inactive` }]);
  return { model, provider };
}

/** Record a provider's health when it changed (a failure, or the first success after one). */
export async function noteHealth(ctx: Pick<ConversationsContext, 'db' | 'logger'>, provider: LlmProvider, status: HealthStatus): Promise<void> {
  if (status === 'unknown' || provider.healthStatus === status) return;
  await new LlmStore(ctx.db).recordHealth(provider.id, status).catch((err) => ctx.logger.warn({ err, provider: provider.id }, 'could not record provider health'));
  provider.healthStatus = status;
}

/** What the client sees of a provider failure: what failed, never a key. */
export function providerFailure(error: unknown): unknown {
  if (!(error instanceof ProviderError)) return error;
  if (error.kind === 'rate_limited') {
    const seconds = error.details.retryAfterMs !== undefined ? Math.max(1, Math.ceil(error.details.retryAfterMs / 1000)) : undefined;
    return new AppError('RATE_LIMITED', error.message, {
      provider: error.details.provider,
      reason: 'RATE_LIMITED',
      ...(seconds ? { retryAfterSeconds: seconds } : {}),
      ...(error.details.attempts ? { attempts: error.details.attempts } : {}),
    });
  }
  // What failed travels as structured, secret-free extensions; `reason` also tells the gateway
  // this message was written for the client and need not be masked again.
  return new AppError('INTERNAL_SERVER_ERROR', error.message, {
    provider: error.details.provider,
    reason: error.kind.toUpperCase(),
    ...(error.details.status ? { providerStatus: error.details.status } : {}),
    ...(error.details.attempts ? { attempts: error.details.attempts } : {}),
    ...(error.details.vendorCode ? { vendorCode: error.details.vendorCode } : {}),
  });
}

export async function checkHealth(ctx: ConversationsContext, rawId: unknown) {
  const id = idArg(rawId);
  const provider = await ctx.loaders.provider.load(id);
  if (!provider) throw notFound('LLM provider');
  const result = await (await llmClient(ctx, provider)).checkHealth();
  const updated = await new LlmStore(ctx.db).updateProvider(id, { healthStatus: result.status, lastHealthCheck: new Date() });
  return { provider: updated, status: result.status, latencyMs: result.latencyMs, detail: result.detail };
}
