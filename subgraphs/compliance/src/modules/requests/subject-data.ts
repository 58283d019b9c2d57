import { randomUUID } from 'node:crypto';
import { clearReferences, countReferences, subjectCount as count, builtRows as rows, type RawExecutor, type SubjectDataHandler, type SubjectReferences } from '@atrium/kernel';

type Deps = { db: { $transaction<T>(fn: (tx: any) => Promise<T>): Promise<T> } & object };

/**
 * Compliance's own part of data-subject requests. Export: the subject record, consents and their
 * history, the subject's requests, AI compliance records, security events naming them, and the
 * audit rows they acted in. Erasure: the subject record goes with its consents and history; AI
 * compliance records and security events lose the person (user ids, excerpts, source IP
 * cleared); the audit trail is pseudonymized (redact_audit_subject, migration
 * 20261206100100_audit_pseudonyms: row hashes and links never change, so verifyAuditChain stays
 * valid). Data-subject requests themselves, with their own audit rows, keep the subject's id:
 * they are the proof the request was honoured (GDPR art. 5(2)).
 */
const SUBJECT = `subject_id IN (SELECT id FROM compliance.data_subjects WHERE user_id = $1::uuid)`;
/** The subject's requests still holding a package or their own words. */
const OWN_REQUESTS = `user_id = $1::uuid AND (result IS NOT NULL OR details IS NOT NULL)`;
const OWN_PARTS = `sections IS NOT NULL AND request_id IN (SELECT id FROM compliance.data_subject_requests WHERE user_id = $1::uuid)`;
/** The user as actor on rows that are not theirs: cleared. */
const REFERENCES: SubjectReferences = [
  ['ai_compliance_logs', 'reviewed_by'],
  ['security_events', 'assigned_to'],
  ['change_sets', 'changed_by'],
  ['change_sets', 'approved_by'],
  ['change_tracking', 'changed_by'],
  ['change_tracking', 'approved_by'],
];

/** Change records naming the subject (a grant's user id as a changed value or in the record id). */
const CHANGE_NAMES = `strpos(coalesce(record_id, '') || ' ' || coalesce(old_value, '') || ' ' || coalesce(new_value, ''), $1::text) > 0`;

export const complianceSubjectData: SubjectDataHandler<Deps> = {
  async export({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    return {
      data_subjects: await rows(db, `SELECT to_jsonb(s) - 'email_hash' AS row FROM compliance.data_subjects s WHERE s.user_id = $1::uuid`, userId),
      privacy_consents: await rows(db, `SELECT to_jsonb(c) AS row FROM compliance.privacy_consents c WHERE ${SUBJECT} ORDER BY c.purpose`, userId),
      consent_records: await rows(db, `SELECT to_jsonb(r) AS row FROM compliance.consent_records r WHERE ${SUBJECT} ORDER BY r.recorded_at, r.id`, userId),
      data_subject_requests: await rows(
        db,
        `SELECT to_jsonb(q) - 'verification_token_hash' - 'result' - 'report' AS row FROM compliance.data_subject_requests q WHERE q.user_id = $1::uuid ORDER BY q.created_at, q.id`,
        userId,
      ),
      ai_compliance_logs: await rows(db, `SELECT to_jsonb(l) AS row FROM compliance.ai_compliance_logs l WHERE l.user_id = $1::uuid ORDER BY l.created_at, l.id`, userId),
      security_events: await rows(db, `SELECT to_jsonb(e) AS row FROM compliance.security_events e WHERE $1::uuid IN (e.source_user_id, e.target_user_id) ORDER BY e.occurred_at, e.id`, userId),
      audit_logs: await rows(
        db,
        `SELECT jsonb_build_object('id', a.id, 'timestamp', a."timestamp", 'eventType', a.event_type, 'operation', a.operation, 'resourceType', a.resource_type, 'resourceId', a.resource_id,
                'ipAddress', host(a.ip_address), 'userAgent', a.user_agent, 'changedFields', a.changed_fields) AS row
           FROM compliance.audit_logs a WHERE a.user_id = $1::uuid ORDER BY a.seq`,
        userId,
      ),
    };
  },

  async erase({ userId }, deps) {
    return deps.db.$transaction(async (tx) => {
      const db = tx as RawExecutor;
      const counts: Record<string, number> = {
        consent_records: await db.$executeRawUnsafe(`DELETE FROM compliance.consent_records WHERE ${SUBJECT}`, userId),
        privacy_consents: await db.$executeRawUnsafe(`DELETE FROM compliance.privacy_consents WHERE ${SUBJECT}`, userId),
        data_subjects: await db.$executeRawUnsafe(`DELETE FROM compliance.data_subjects WHERE user_id = $1::uuid`, userId),
        ai_compliance_logs: await db.$executeRawUnsafe(`UPDATE compliance.ai_compliance_logs SET user_id = NULL, input_text = NULL, output_text = NULL WHERE user_id = $1::uuid`, userId),
        security_events: await db.$executeRawUnsafe(
          `UPDATE compliance.security_events SET source_ip = CASE WHEN source_user_id = $1::uuid THEN NULL ELSE source_ip END,
                  source_user_id = NULLIF(source_user_id, $1::uuid), target_user_id = NULLIF(target_user_id, $1::uuid)
            WHERE $1::uuid IN (source_user_id, target_user_id)`,
          userId,
        ),
      };
      Object.assign(counts, await clearReferences(db, 'compliance', REFERENCES, userId));
      // The subject's earlier export packages (and their parts) and what they wrote in their requests go; the requests stay.
      counts['data_subject_contributions.sections'] = await db.$executeRawUnsafe(`UPDATE compliance.data_subject_contributions SET sections = NULL WHERE ${OWN_PARTS}`, userId);
      counts['data_subject_requests.result'] = await db.$executeRawUnsafe(`UPDATE compliance.data_subject_requests SET result = NULL, details = NULL WHERE ${OWN_REQUESTS}`, userId);
      // One pseudonym per erasure, stored nowhere: the audit rows and change records about the
      // subject stay linkable to each other, never to the person.
      const pseudonym = randomUUID();
      counts.change_tracking = await db.$executeRawUnsafe(
        `UPDATE compliance.change_tracking SET record_id = replace(record_id, $1::text, $2::text), old_value = replace(old_value, $1::text, $2::text), new_value = replace(new_value, $1::text, $2::text)
          WHERE ${CHANGE_NAMES}`,
        userId,
        pseudonym,
      );
      const [redacted] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT compliance.redact_audit_subject($1::uuid, $2::uuid) AS n`, userId, pseudonym);
      counts.audit_logs = Number(redacted?.n ?? 0);
      return counts;
    });
  },

  async remaining({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    const left: Record<string, number> = {
      consent_records: await count(db, `SELECT count(*)::int AS n FROM compliance.consent_records WHERE ${SUBJECT}`, userId),
      privacy_consents: await count(db, `SELECT count(*)::int AS n FROM compliance.privacy_consents WHERE ${SUBJECT}`, userId),
      data_subjects: await count(db, `SELECT count(*)::int AS n FROM compliance.data_subjects WHERE user_id = $1::uuid`, userId),
      ai_compliance_logs: await count(db, `SELECT count(*)::int AS n FROM compliance.ai_compliance_logs WHERE user_id = $1::uuid`, userId),
      security_events: await count(db, `SELECT count(*)::int AS n FROM compliance.security_events WHERE $1::uuid IN (source_user_id, target_user_id)`, userId),
      audit_logs: await count(db, `SELECT count(*)::int AS n FROM compliance.audit_logs a WHERE compliance.audit_mentions(a, $1::uuid)`, userId),
      change_tracking: await count(db, `SELECT count(*)::int AS n FROM compliance.change_tracking WHERE ${CHANGE_NAMES}`, userId),
    };
    Object.assign(left, await countReferences(db, 'compliance', REFERENCES, userId));
    left['data_subject_contributions.sections'] = await count(db, `SELECT count(*)::int AS n FROM compliance.data_subject_contributions WHERE ${OWN_PARTS}`, userId);
    left['data_subject_requests.result'] = await count(db, `SELECT count(*)::int AS n FROM compliance.data_subject_requests WHERE ${OWN_REQUESTS}`, userId);
    return left;
  },
};
