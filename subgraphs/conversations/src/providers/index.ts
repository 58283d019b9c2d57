import { AppError, type EnvelopeCipher } from '@atrium/kernel';
import type { LlmProvider } from '../db.js';
import { parseRateLimits, type RateLimiterRegistry } from './limiter.js';
import { createLocalClient } from './local.js';
import { createOpenAiClient } from './openai.js';
import { ProviderError, type HttpSettings, type LlmClient } from './types.js';

export * from './types.js';

/** Provider types with an adapter. The seed's 'anthropic' may be stored but cannot be called yet. */
export const PROVIDER_TYPES = ['local', 'openai', 'azure'] as const;

export interface ProviderDeps {
  settings: HttpSettings;
  limiter: RateLimiterRegistry;
  /** Opens llm_providers.api_key_encrypted: managed (`v2`, the key compliance names) or legacy (`v1`). */
  envelope: Pick<EnvelopeCipher, 'decrypt'>;
  fetchImpl?: typeof fetch;
}

/**
 * The client for one provider row, chosen by provider_type: `local` answers offline; `openai`
 * (and `azure`, the same protocol plus `api-version`) speaks `/v1/chat/completions` at
 * api_base_url with the decrypted key. Async: a managed key's data key comes from compliance's
 * key service on each construction (nothing cached, so a revoked key is refused at once); a
 * refusal or an unreachable key service is thrown as its AppError (retryable for a job), a
 * ciphertext that does not open gives a client that fails as unsupported.
 */
export async function clientFor(provider: LlmProvider, deps: ProviderDeps): Promise<LlmClient> {
  switch (provider.providerType) {
    case 'local':
      return createLocalClient();
    case 'openai':
    case 'azure': {
      if (!provider.apiBaseUrl) return unsupported(provider.name, 'has no api_base_url');
      let apiKey: string | null = null;
      if (provider.apiKeyEncrypted) {
        try {
          apiKey = await deps.envelope.decrypt(provider.apiKeyEncrypted);
        } catch (error) {
          if (error instanceof AppError) throw error;
          return unsupported(provider.name, 'has an API key that cannot be decrypted');
        }
      }
      return createOpenAiClient({
        name: provider.name,
        baseUrl: provider.apiBaseUrl,
        apiKey,
        apiVersion: provider.providerType === 'azure' ? provider.apiVersion : null,
        settings: deps.settings,
        limits: parseRateLimits(provider.rateLimits),
        window: deps.limiter.windowFor(provider.id),
        fetchImpl: deps.fetchImpl,
      });
    }
    default:
      return unsupported(provider.name, `is of type "${provider.providerType}", which has no adapter`);
  }
}

function unsupported(name: string, why: string): LlmClient {
  const fail = () => Promise.reject(new ProviderError('unsupported', `Provider "${name}" ${why}`, { provider: name }));
  return { chat: fail, checkHealth: async () => ({ status: 'down', latencyMs: 0, detail: `Provider "${name}" ${why}` }) };
}
