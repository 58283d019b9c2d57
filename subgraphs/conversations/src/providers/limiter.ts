/**
 * Client-side honouring of llm_providers.rate_limits (`requests_per_minute`,
 * `tokens_per_minute`): a sliding one-minute window per provider. It lives in the subgraph
 * runtime (one per process), so with N replicas the provider sees at most N times the limit;
 * the server's own 429 + retry-after remains the authority and is honoured too.
 */
export interface RateLimits {
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
}

const positive = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : null);

/** Read the JSON column; unknown keys are ignored, both snake_case and camelCase accepted. */
export function parseRateLimits(json: unknown): RateLimits {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return {
    requestsPerMinute: positive(o.requests_per_minute ?? o.requestsPerMinute),
    tokensPerMinute: positive(o.tokens_per_minute ?? o.tokensPerMinute),
  };
}

const WINDOW_MS = 60_000;

export class RateWindow {
  private entries: { at: number; tokens: number }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until a call of `tokens` fits the limits (0: now). */
  waitFor(limits: RateLimits, tokens: number): number {
    const now = this.now();
    this.entries = this.entries.filter((e) => e.at > now - WINDOW_MS);
    let wait = 0;
    if (limits.requestsPerMinute !== null && this.entries.length >= limits.requestsPerMinute) {
      const oldest = this.entries[this.entries.length - limits.requestsPerMinute]!;
      wait = Math.max(wait, oldest.at + WINDOW_MS - now);
    }
    if (limits.tokensPerMinute !== null) {
      let used = this.entries.reduce((s, e) => s + e.tokens, 0);
      for (const e of this.entries) {
        if (used + tokens <= limits.tokensPerMinute) break;
        used -= e.tokens;
        wait = Math.max(wait, e.at + WINDOW_MS - now);
      }
    }
    return wait;
  }

  record(tokens: number): void {
    this.entries.push({ at: this.now(), tokens });
  }
}

/** One window per provider id, kept by the runtime (never per request, never module-level). */
export class RateLimiterRegistry {
  private readonly windows = new Map<string, RateWindow>();
  constructor(private readonly now: () => number = Date.now) {}

  windowFor(providerId: string): RateWindow {
    let w = this.windows.get(providerId);
    if (!w) this.windows.set(providerId, (w = new RateWindow(this.now)));
    return w;
  }
}
