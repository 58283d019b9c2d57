/**
 * The latency histogram of the hourly operation rollup (`hourly_operation_stats`): fixed
 * log-spaced buckets, 8 per doubling.
 *
 *   bucket 0:      [0, 0.01 ms)
 *   bucket i ≥ 1:  [0.01 · 2^((i-1)/8), 0.01 · 2^(i/8)) ms   (i = 1 … 255; 255 also holds anything longer, from ≈ 10.9 h)
 *
 * A percentile from the histogram follows percentile_cont: the rank q·(N-1) falls between the
 * k-th and (k+1)-th smallest latencies; each is replaced by its bucket's geometric middle
 * (0.01 · 2^((i-0.5)/8), 0.005 ms for bucket 0) and the two are interpolated with the same
 * fraction. A bucket's middle is within a factor 2^(1/16) of every value in it, so for latencies
 * from 0.01 ms up to ≈ 10.9 h the estimate p̂ of the exact percentile p satisfies
 * p / 2^(1/16) ≤ p̂ ≤ p · 2^(1/16): |p̂ − p| ≤ 4.43 % of p (below 0.01 ms add at most 0.005 ms).
 */
export const HIST_MIN_MS = 0.01;
export const HIST_PER_DOUBLING = 8;
export const HIST_MAX_INDEX = 255;
/** The relative error bound of a percentile from the histogram: 2^(1/16) − 1 ≈ 0.0443. */
export const HIST_RELATIVE_ERROR = 2 ** (1 / (2 * HIST_PER_DOUBLING)) - 1;
/** The absolute error added below HIST_MIN_MS (bucket 0's middle). */
export const HIST_ABSOLUTE_ERROR_MS = HIST_MIN_MS / 2;

/** The SQL expression of a latency's bucket index (`ms` a double precision expression). */
export const histIndexSql = (ms: string) =>
  `(CASE WHEN ${ms} < ${HIST_MIN_MS} THEN 0 ELSE least(${HIST_MAX_INDEX}, 1 + floor(ln(${ms} / ${HIST_MIN_MS}) * ${HIST_PER_DOUBLING / Math.LN2})::int) END)`;

/** The value standing for a bucket: its geometric middle (0.005 ms for bucket 0). */
export const bucketMiddle = (index: number) => (index <= 0 ? HIST_MIN_MS / 2 : HIST_MIN_MS * 2 ** ((index - 0.5) / HIST_PER_DOUBLING));

/** A histogram as bucket index → requests. */
export type Histogram = Map<number, number>;

/** The percentiles `qs` (0…1) of a histogram, percentile_cont-style; null when it is empty. */
export function histogramPercentiles(hist: Histogram, qs: readonly number[]): (number | null)[] {
  const buckets = [...hist.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return qs.map(() => null);
  // The bucket middle of the rank-th smallest latency (0-based).
  const at = (rank: number) => {
    let seen = 0;
    for (const [index, n] of buckets) {
      seen += n;
      if (rank < seen) return bucketMiddle(index);
    }
    return bucketMiddle(buckets.at(-1)![0]);
  };
  return qs.map((q) => {
    const pos = q * (total - 1);
    const k = Math.floor(pos);
    const f = pos - k;
    const lo = at(k);
    return f === 0 ? lo : lo + f * (at(k + 1) - lo);
  });
}
