import { AppError, ERROR_CODES, injectTraceHeaders, signedBody, subgraphUrl, withSpan, SpanKind, type ErrorCode } from '@atrium/kernel';
import type { ConversationsContext } from '../../context.js';

/**
 * Calls to the lore subgraph's GraphQL API, service to service: signed with the subgraphs'
 * secret like every subgraph request, carrying the caller's own bearer token, so lore's shield
 * and its tenant checks decide exactly as for the caller through the gateway. Conversations
 * never reads lore's tables.
 *
 * Errors lore answers with keep their code (NOT_FOUND, BAD_USER_INPUT, FORBIDDEN...), their
 * field paths re-rooted at `pathPrefix` (the conversations argument they came from); an
 * unreachable lore is INTERNAL_SERVER_ERROR with reason KNOWLEDGE_UNAVAILABLE.
 */
export async function callLore<T>(ctx: ConversationsContext, query: string, variables: Record<string, unknown>, pick: string, pathPrefix: (string | number)[]): Promise<T> {
  if (!ctx.authorization) throw new AppError('UNAUTHENTICATED', 'Authentication required');
  const url = subgraphUrl(ctx.config, 'lore');
  const unavailable = () => new AppError('INTERNAL_SERVER_ERROR', 'The knowledge service is unavailable', { reason: 'KNOWLEDGE_UNAVAILABLE' });
  type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; fields?: { path: (string | number)[]; message: string }[] } }[] } | null;
  let body: Body;
  try {
    body = await withSpan('lore', SpanKind.CLIENT, { 'atrium.subgraph': 'lore', 'url.full': url }, async () => {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(ctx.settings.knowledge.timeoutMs),
        method: 'POST',
        headers: injectTraceHeaders({
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: ctx.authorization!,
          'x-request-id': ctx.requestId,
        }),
        body: JSON.stringify(signedBody(ctx.config.secrets.subgraphHmacSecret, { query, variables })),
      });
      return (await response.json().catch(() => null)) as Body;
    });
  } catch (error) {
    ctx.logger.warn({ err: error }, 'lore call failed');
    throw unavailable();
  }
  const error = body?.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (!code || !(ERROR_CODES as readonly string[]).includes(code) || code === 'INTERNAL_SERVER_ERROR') {
      ctx.logger.warn({ error }, 'lore answered with an error');
      throw unavailable();
    }
    const fields = error.extensions?.fields?.map((f) => ({ path: [...pathPrefix, ...f.path.filter((p) => p !== 'input')], message: f.message }));
    throw new AppError(code as ErrorCode, error.message, fields ? { fields } : {});
  }
  const answer = body?.data?.[pick];
  if (answer === undefined || answer === null) throw unavailable();
  return answer as T;
}
