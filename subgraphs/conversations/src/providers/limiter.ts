/** The rate window lives in the kernel's shared OpenAI-compatible HTTP module. */
export { parseRateLimits, RateLimiterRegistry, RateWindow, type RateLimits } from '@atrium/kernel/llm-http';
