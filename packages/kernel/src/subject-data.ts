/** Who a data-subject request is about. */
export interface SubjectRef { userId: string; requestId: string }
/** One subgraph's part of a data-subject request (GDPR Art. 15/17). Deps are the subgraph's event-handler deps. */
export interface SubjectDataHandler<Deps = unknown> {
  /** What this subgraph holds about the subject: sections keyed by table name, each a list of JSON-serialisable rows (secrets never included). */
  export(subject: SubjectRef, deps: Deps): Promise<Record<string, unknown[]>>;
  /** Delete or anonymize everything personal about the subject in ONE transaction; counts per table of rows deleted or anonymized. Idempotent (a second call returns zeros). */
  erase(subject: SubjectRef, deps: Deps): Promise<Record<string, number>>;
  /** Verification pass: rows per table that still hold personal data of the subject (all 0 after erase). */
  remaining(subject: SubjectRef, deps: Deps): Promise<Record<string, number>>;
}
