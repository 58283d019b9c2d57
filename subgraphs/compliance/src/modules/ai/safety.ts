/**
 * The built-in safety rule set of the AI compliance log (issue 12 §7): personal-data patterns
 * (the data elements Atrium classifies: emails, phone numbers, IP addresses, payment card numbers
 * that pass the Luhn check, US social security numbers) and a configurable deny list. Pure
 * functions: the intake runs them on the raw text and keeps only masked excerpts.
 */

export interface PiiPattern {
  id: 'email' | 'phone' | 'ip_address' | 'payment_card' | 'ssn';
  label: string;
  pattern: RegExp;
  /** An extra check on a match (the Luhn sum of a card number). */
  accept?: (match: string) => boolean;
}

const luhn = (digits: string) => {
  const d = digits.replace(/\D/g, '');
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
};

/** Order matters: a card number is masked before the phone pattern could take part of it. */
export const PII_PATTERNS: PiiPattern[] = [
  { id: 'email', label: '[EMAIL]', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { id: 'payment_card', label: '[CARD]', pattern: /\b(?:\d[ -]?){12,18}\d\b/g, accept: luhn },
  { id: 'ssn', label: '[SSN]', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { id: 'ip_address', label: '[IP]', pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
  { id: 'phone', label: '[PHONE]', pattern: /(?<![\w-])\+?\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}(?![\w-])/g },
];

/** Characters of each side kept as an excerpt. */
export const EXCERPT_CHARS = 500;

export interface SideFindings {
  /** PII found, by pattern id, with counts (never the values). */
  pii: Record<string, number>;
  /** Deny-list terms found. */
  denied: string[];
}

export interface SafetyResult {
  input: SideFindings;
  output: SideFindings;
  flagged: boolean;
  reasons: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Mask every PII match of `text` with its label; the counts per pattern. */
export function maskPii(text: string): { masked: string; pii: Record<string, number> } {
  const pii: Record<string, number> = {};
  let masked = text;
  for (const p of PII_PATTERNS) {
    masked = masked.replace(p.pattern, (m) => {
      if (p.accept && !p.accept(m)) return m;
      pii[p.id] = (pii[p.id] ?? 0) + 1;
      return p.label;
    });
  }
  return { masked, pii };
}

/** Deny-list terms found in `text`, as whole words, case-insensitively. */
export function deniedTerms(text: string, denyList: readonly string[]): string[] {
  return denyList.filter((term) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(term)}($|[^\\p{L}\\p{N}])`, 'iu').test(text));
}

/**
 * Check one operation. Flagged when a deny-list term appears on either side, or when the model's
 * output contains personal data (a model disclosing PII); PII the user typed in is recorded but
 * does not flag on its own.
 */
export function checkOperation(input: string, output: string, denyList: readonly string[]): { result: SafetyResult; inputExcerpt: string; outputExcerpt: string } {
  const i = maskPii(input);
  const o = maskPii(output);
  const result: SafetyResult = {
    input: { pii: i.pii, denied: deniedTerms(input, denyList) },
    output: { pii: o.pii, denied: deniedTerms(output, denyList) },
    flagged: false,
    reasons: [],
  };
  if (result.input.denied.length) result.reasons.push(`deny-listed terms in the input: ${result.input.denied.join(', ')}`);
  if (result.output.denied.length) result.reasons.push(`deny-listed terms in the output: ${result.output.denied.join(', ')}`);
  if (Object.keys(result.output.pii).length) result.reasons.push(`personal data in the output: ${Object.keys(result.output.pii).sort().join(', ')}`);
  result.flagged = result.reasons.length > 0;
  // Deny-listed terms are masked in excerpts too: a flagged record must not repeat what it flags.
  const hide = (s: string) => denyList.reduce((acc, term) => acc.replace(new RegExp(escape(term), 'giu'), '[DENIED]'), s);
  return { result, inputExcerpt: hide(i.masked).slice(0, EXCERPT_CHARS), outputExcerpt: hide(o.masked).slice(0, EXCERPT_CHARS) };
}
