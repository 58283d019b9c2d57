import { toJson, type Logger } from '@atrium/kernel';
import type { ConversationsDb, Document, DocumentProcessingJob } from '../../db.js';
import { clientFor, ProviderError, type ProviderDeps } from '../../providers/index.js';
import { promptBudget } from '../chat/context.js';
import { callCost } from '../chat/cost.js';
import { clipToTokens, countTokens } from '../chat/tokens.js';
import { noteHealth } from '../llm/service.js';
import { LlmStore } from '../llm/store.js';
import { DocumentStore } from './store.js';

export interface WorkerDeps {
  db: ConversationsDb;
  llm: ProviderDeps;
  logger: Logger;
}

/** A failure that another attempt cannot fix: the job fails at once. */
export class PermanentJobError extends Error {}

const RETRYABLE = new Set(['rate_limited', 'timeout', 'server', 'network', 'invalid_response']);
const TEXTUAL = /^(text\/[a-z0-9.+-]+|application\/(json|xml|x-yaml|yaml))$/;
/** Tokens kept for the model's answer when clipping a document to the context window. */
const REPLY_RESERVE = 1024;

const INSTRUCTIONS: Record<string, (params: Record<string, unknown>) => { system: string; task: string; key: string }> = {
  summarize: () => ({ system: 'You summarise documents faithfully and briefly.', task: 'Summarise this document.', key: 'summary' }),
  analyze: () => ({ system: 'You analyse documents: main topics, tone and notable facts.', task: 'Analyse this document.', key: 'analysis' }),
  translate: (p) => ({ system: 'You translate documents faithfully.', task: `Translate this document into ${String(p.targetLanguage)}.`, key: 'translation' }),
};

interface Outcome {
  outputData: Record<string, unknown>;
  tokensUsed: number;
  cost: string;
  documentUpdate: Record<string, unknown>;
}

export function textOf(document: Document): string {
  if (document.extractedText !== null) return document.extractedText;
  const mime = document.mimeType ?? '';
  if (!TEXTUAL.test(mime)) throw new PermanentJobError(`Cannot extract text from ${mime || 'an unknown type'}: only text formats are supported`);
  const meta = document.storageMetadata as { content?: unknown };
  if (document.storageProvider !== 'inline' || typeof meta.content !== 'string') throw new PermanentJobError(`The document's bytes are in ${document.storageProvider ?? 'no storage'}, which this worker cannot read`);
  return meta.content.replace(/\r\n/g, '\n');
}

function extraction(text: string) {
  const words = text.split(/\s+/).filter(Boolean).length;
  const pages = Math.max(1, Math.ceil(text.length / 3000));
  const lines = text === '' ? 0 : text.split('\n').length;
  return { output: { characters: text.length, words, pages, lines }, update: { extractedText: text, wordCount: words, pageCount: pages, extractionStatus: 'completed', extractedMetadata: { characters: text.length, lines } } };
}

async function run(deps: WorkerDeps, job: DocumentProcessingJob, document: Document): Promise<Outcome> {
  const text = textOf(document);
  const extracted = document.extractedText === null ? extraction(text) : null;
  if (job.processingType === 'extract') {
    const e = extracted ?? extraction(text);
    return { outputData: e.output, tokensUsed: 0, cost: '0', documentUpdate: e.update };
  }
  const instructions = INSTRUCTIONS[job.processingType]?.(job.jobParameters as Record<string, unknown>);
  if (!instructions) throw new PermanentJobError(`Unknown processing type ${job.processingType}`);
  const llm = new LlmStore(deps.db);
  const model = job.modelId ? (await llm.modelsByIds([job.modelId]))[0] : await llm.defaultModel();
  if (!model) throw new PermanentJobError('The model of this job no longer exists');
  const [provider] = await llm.providersByIds([model.providerId]);
  if (!provider?.isActive || !model.isActive) throw new PermanentJobError(`Model ${model.modelName} or its provider is inactive`);

  const budget = promptBudget(model.maxTokens, REPLY_RESERVE);
  const overhead = countTokens(instructions.system) + countTokens(instructions.task);
  const body = budget === null ? { text, clipped: false } : clipToTokens(text, Math.max(1, budget - overhead));
  let result;
  try {
    result = await (await clientFor(provider, deps.llm)).chat({
      model: model.modelName,
      messages: [
        { role: 'system', content: instructions.system },
        { role: 'user', content: `${instructions.task}\n\n${body.text}` },
      ],
    });
  } catch (error) {
    if (error instanceof ProviderError) await noteHealth(deps, provider, error.health);
    throw error;
  }
  await noteHealth(deps, provider, 'healthy');
  return {
    outputData: { [instructions.key]: result.content ?? '', model: model.modelName, provider: provider.name, finishReason: result.finishReason, truncatedInput: body.clipped },
    tokensUsed: result.promptTokens + result.completionTokens,
    cost: callCost(result.promptTokens, result.completionTokens, model).toFixed(6),
    documentUpdate: extracted?.update ?? {},
  };
}

/**
 * One attempt of a processing job, run by graphile-worker. The row moves queued → running →
 * completed or failed; a retryable failure with attempts left goes back to queued and is
 * rethrown so the queue retries it with backoff. Every write is conditional on the row still
 * being `running`, so a cancel that lands mid-attempt wins and the result is discarded.
 */
export async function processDocumentJob(deps: WorkerDeps, jobId: string): Promise<void> {
  const store = new DocumentStore(deps.db);
  const job = await store.startAttempt(jobId);
  if (!job) {
    deps.logger.info({ jobId }, 'document job skipped: cancelled, ended or gone');
    return;
  }
  const began = performance.now();
  let document: Document | undefined;
  try {
    [document] = await store.byIds([job.documentId]);
    if (!document) throw new PermanentJobError('The document no longer exists');
    const outcome = await run(deps, job, document);
    const doc = document;
    await deps.db.$transaction(async (tx) => {
      const s = new DocumentStore(tx);
      const written = await s.finishAttempt(job.id, {
        status: 'completed',
        outputData: toJson(outcome.outputData),
        tokensUsed: outcome.tokensUsed,
        cost: outcome.cost,
        processingTimeMs: Math.round(performance.now() - began),
        completedAt: new Date(),
        errorMessage: null,
      });
      if (written) await s.update(doc.id, { ...outcome.documentUpdate, processingStatus: 'completed', processedAt: new Date() });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retryable = !(error instanceof PermanentJobError) && (!(error instanceof ProviderError) || RETRYABLE.has(error.kind));
    if (retryable && job.attempts < job.maxAttempts) {
      if (await store.finishAttempt(job.id, { status: 'queued', errorMessage: message })) {
        deps.logger.warn({ jobId, attempt: job.attempts, err: message }, 'document job attempt failed; the queue retries it');
        throw new Error(`attempt ${job.attempts} of ${job.maxAttempts} failed: ${message}`);
      }
      return;
    }
    const failed = await store.finishAttempt(job.id, { status: 'failed', errorMessage: message, completedAt: new Date(), processingTimeMs: Math.round(performance.now() - began) });
    if (failed && document) {
      await store.update(document.id, { processingStatus: 'failed', ...(job.processingType === 'extract' ? { extractionStatus: 'failed' } : {}) });
    }
    deps.logger.warn({ jobId, attempts: job.attempts, err: message }, 'document job failed');
  }
}
