import { decrypt } from '@atrium/kernel';
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
  encryptionKey: Buffer;
  fetchImpl?: typeof fetch;
}

/**
 * The client for one provider row, chosen by provider_type: `local` answers offline; `openai`
 * (and `azure`, the same protocol plus `api-version`) speaks `/v1/chat/completions` at
 * api_base_url with the decrypted key.
 */
export function clientFor(provider: LlmProvider, deps: ProviderDeps): LlmClient {
  switch (provider.providerType) {
    case 'local':
      return createLocalClient();
    case 'openai':
    case 'azure': {
      if (!provider.apiBaseUrl) return unsupported(provider.name, 'has no api_base_url');
      let apiKey: string | null = null;
      if (provider.apiKeyEncrypted) {
        try {
          apiKey = decrypt(provider.apiKeyEncrypted, deps.encryptionKey);
        } catch {
          return unsupported(provider.name, 'has an API key that cannot be decrypted with the configured key');
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
