/** The six checks of `pnpm schema:check`, in the order they run. */
export const CHECKS = ['drift', 'composition', 'breaking', 'operations', 'lint', 'authorization'] as const;
export type CheckName = (typeof CHECKS)[number];

/** `error` fails the check; `warning` is printed and should be fixed; `info` is printed only. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  check: CheckName;
  severity: Severity;
  /** Rule or code: `description-required`, `FIELD_TYPE_MISMATCH`, `FIELD_REMOVED`... */
  rule: string;
  /** Subgraphs the finding is about; empty when it is about the graph as a whole. */
  subgraphs: string[];
  /** Schema coordinate (`Type.field`, `Type.field.arg`) or operation name; null when none applies. */
  coordinate: string | null;
  message: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  notes: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notes: findings.filter((f) => f.severity === 'info').length,
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by check, then severity, then coordinate, then rule and message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.coordinate ?? '').localeCompare(b.coordinate ?? '') ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

/** One line: `error   lint/description-required  identity  User.email  Field has no description.` */
export function formatFinding(finding: Finding): string {
  const where = finding.subgraphs.length ? finding.subgraphs.join(',') : '(graph)';
  const message = finding.message.replace(/\s*\n\s*/g, ' ');
  return [finding.severity.padEnd(7), `${finding.check}/${finding.rule}`, where, finding.coordinate ?? '-', message].join('  ');
}

/** Every finding on its line, then a verdict line: `schema:check passed: 0 error(s), ...`. */
export function formatReport(findings: readonly Finding[], command = 'schema:check'): string {
  const summary = summarize(findings);
  const lines = sortFindings(findings).map(formatFinding);
  const verdict = summary.errors ? 'FAILED' : 'passed';
  lines.push(`${command} ${verdict}: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.notes} note(s)`);
  return lines.join('\n');
}
