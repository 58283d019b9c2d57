import { Decimal } from 'decimal.js';

/** Prices of a model per 1,000 tokens (llm_models.input_token_cost / output_token_cost). */
export interface ModelPrices {
  inputTokenCost: { toString(): string } | string | number | null;
  outputTokenCost: { toString(): string } | string | number | null;
}

/** Scale of messages.estimated_cost and document_processing_jobs.cost: DECIMAL(10,6). */
export const COST_SCALE = 6;

const dec = (v: ModelPrices['inputTokenCost']) => new Decimal(v === null ? 0 : v.toString());

/**
 * Exact cost of one call: tokens / 1000 × price, input and output added, rounded once
 * (half up) to the column's 6 decimals. Decimal arithmetic: no binary floating point.
 */
export function callCost(promptTokens: number, completionTokens: number, prices: ModelPrices): Decimal {
  return dec(prices.inputTokenCost)
    .mul(promptTokens)
    .plus(dec(prices.outputTokenCost).mul(completionTokens))
    .div(1000)
    .toDecimalPlaces(COST_SCALE, Decimal.ROUND_HALF_UP);
}

/** A decimal for the API: plain notation, at least `scale` decimals (`0.000150`, `0.0003`). */
export function formatDecimal(value: { toString(): string } | string | number, scale?: number): string {
  const d = new Decimal(value.toString());
  return scale === undefined ? d.toFixed() : d.toFixed(Math.max(scale, d.decimalPlaces()));
}
