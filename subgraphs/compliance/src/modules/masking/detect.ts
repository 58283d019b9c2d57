/**
 * Auto-detection (004 §5): the detection patterns of the registered data elements run over sample
 * values of undeclared columns. A detector is one element type (email, phone, ip_address…) with
 * every pattern its active elements declare and the classification and masking of the most
 * sensitive of them; a column is recognised by the detector whose patterns match the largest
 * share of its non-empty samples, at least `minRatio` (ties: the more sensitive classification).
 */
export interface DetectorSource {
  elementType: string | null;
  table: string;
  column: string;
  patterns: unknown;
  classificationId: string;
  sensitivityLevel: number;
  method: string;
  parameters: unknown;
}

export interface Detector {
  elementType: string;
  patterns: RegExp[];
  sources: string[];
  classificationId: string;
  sensitivityLevel: number;
  method: string;
  parameters: unknown;
}

/** One detector per element type, its regexes compiled once (a stored pattern that no longer compiles is skipped). */
export function detectorsOf(sources: readonly DetectorSource[]): Detector[] {
  const byType = new Map<string, Detector>();
  for (const s of sources) {
    const compiled = (Array.isArray(s.patterns) ? s.patterns : []).flatMap((p): [string, RegExp][] => {
      try {
        return typeof p === 'string' && p ? [[p, new RegExp(p)]] : [];
      } catch {
        return [];
      }
    });
    if (!compiled.length) continue;
    const type = s.elementType ?? `${s.table}.${s.column}`;
    let d = byType.get(type);
    if (!d) byType.set(type, (d = { elementType: type, patterns: [], sources: [], classificationId: s.classificationId, sensitivityLevel: s.sensitivityLevel, method: s.method, parameters: s.parameters }));
    else if (s.sensitivityLevel > d.sensitivityLevel) Object.assign(d, { classificationId: s.classificationId, sensitivityLevel: s.sensitivityLevel, method: s.method, parameters: s.parameters });
    for (const [source, re] of compiled) {
      if (d.sources.includes(source)) continue;
      d.sources.push(source);
      d.patterns.push(re);
    }
  }
  return [...byType.values()];
}

export interface Detection {
  detector: Detector | null;
  matchRatio: number;
}

/** The best detector of one column's samples, or none when no detector reaches `minRatio`. */
export function detect(detectors: readonly Detector[], samples: readonly string[], minRatio: number): Detection {
  const values = samples.map((s) => s.trim()).filter((s) => s.length > 0);
  let best: Detection = { detector: null, matchRatio: 0 };
  if (!values.length) return best;
  for (const d of detectors) {
    let hits = 0;
    for (const v of values) if (d.patterns.some((re) => re.test(v))) hits++;
    const ratio = hits / values.length;
    if (ratio > best.matchRatio || (ratio === best.matchRatio && ratio > 0 && d.sensitivityLevel > (best.detector?.sensitivityLevel ?? -1))) best = { detector: d, matchRatio: ratio };
  }
  return best.matchRatio >= minRatio && best.detector ? best : { detector: null, matchRatio: best.matchRatio };
}
