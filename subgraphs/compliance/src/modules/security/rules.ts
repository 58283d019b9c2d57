import type { ComplianceSettings } from '../../config.js';
import type { SecurityStore } from './store.js';

/** One audit row as the detection rules see it (after intake). */
export interface AuditFact {
  id: string;
  timestamp: Date;
  eventType: string;
  operation: string | null;
  userId: string | null;
  resourceType: string | null;
  resourceId: string | null;
  ipAddress: string | null;
  organizationId: string | null;
  additionalData: Record<string, unknown>;
}

/** A security event a rule raises (004 §6.3). `dedupeKey` makes it one per signal or per burst. */
export interface Raised {
  eventType: 'failed_login' | 'privilege_escalation' | 'data_breach' | 'suspicious_activity';
  severity: 'info' | 'low' | 'medium' | 'high' | 'critical';
  title: string;
  description: string;
  sourceUserId?: string | null;
  targetUserId?: string | null;
  sourceIp?: string | null;
  targetResource?: string | null;
  potentialImpact?: string | null;
  affectedDataTypes?: string[];
  dedupeKey: string;
  eventData: Record<string, unknown>;
  /** A burst: nothing is raised while an event of this rule about `subject` was raised within `seconds` before. */
  quiet?: { subject: string; seconds: number };
}

export interface DetectionRule {
  /** Stored as detection_rule_id. */
  id: string;
  /** What it looks for, for the README and the rule list. */
  summary: string;
  detect(fact: AuditFact, deps: { settings: ComplianceSettings['security']; store: SecurityStore }): Promise<Raised | null> | Raised | null;
}

const bucket = (at: Date, seconds: number) => Math.floor(at.getTime() / (seconds * 1000));
const text = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The detection rules, declared in code with their ids. Each runs on every audit row compliance
 * takes in; thresholds come from configuration (ATRIUM_SECURITY_*).
 */
export const RULES: readonly DetectionRule[] = [
  {
    id: 'failed_login.account_locked',
    summary: 'identity locked an account after repeated refused sign-ins',
    detect: (f) =>
      f.eventType !== 'account_locked'
        ? null
        : { eventType: 'failed_login', severity: 'high', title: 'Account locked after repeated failed sign-ins', description: `Account ${f.resourceId} was locked by identity's lockout policy.`, targetUserId: f.resourceId, sourceIp: f.ipAddress, targetResource: f.resourceId ? `User:${f.resourceId}` : null, dedupeKey: `failed_login.account_locked:${f.id}`, eventData: { auditLogId: f.id, reason: f.additionalData.reason ?? null } },
  },
  {
    id: 'failed_login.burst_account',
    summary: 'refused sign-ins of one account (or unknown email) reaching the threshold within the window',
    async detect(f, { settings, store }) {
      const email = text(f.additionalData.email)?.toLowerCase();
      if (f.eventType !== 'login_failed' || !email) return null;
      const since = new Date(f.timestamp.getTime() - settings.windowSeconds * 1000);
      const n = await store.failedLogins({ email }, since, f.timestamp);
      if (n < settings.failedLoginsPerAccount) return null;
      return { eventType: 'failed_login', severity: 'medium', title: 'Burst of failed sign-ins for one account', description: `${n} refused sign-ins for ${email} within ${settings.windowSeconds} s.`, targetUserId: f.resourceId, sourceIp: f.ipAddress, targetResource: `email:${email}`, dedupeKey: `failed_login.burst_account:${email}:${bucket(f.timestamp, settings.windowSeconds)}`, quiet: { subject: `email:${email}`, seconds: settings.windowSeconds }, eventData: { count: n, threshold: settings.failedLoginsPerAccount, windowSeconds: settings.windowSeconds, lastAuditLogId: f.id } };
    },
  },
  {
    id: 'failed_login.burst_ip',
    summary: 'refused sign-ins from one client IP reaching the threshold within the window',
    async detect(f, { settings, store }) {
      if (f.eventType !== 'login_failed' || !f.ipAddress) return null;
      const since = new Date(f.timestamp.getTime() - settings.windowSeconds * 1000);
      const n = await store.failedLogins({ ip: f.ipAddress }, since, f.timestamp);
      if (n < settings.failedLoginsPerIp) return null;
      return { eventType: 'failed_login', severity: 'high', title: 'Burst of failed sign-ins from one IP address', description: `${n} refused sign-ins from ${f.ipAddress} within ${settings.windowSeconds} s.`, sourceIp: f.ipAddress, dedupeKey: `failed_login.burst_ip:${f.ipAddress}:${bucket(f.timestamp, settings.windowSeconds)}`, quiet: { subject: `ip:${f.ipAddress}`, seconds: settings.windowSeconds }, eventData: { count: n, threshold: settings.failedLoginsPerIp, windowSeconds: settings.windowSeconds, lastAuditLogId: f.id } };
    },
  },
  {
    id: 'suspicious_activity.refresh_token_reuse',
    summary: 'a rotated refresh token was presented again (identity revoked the session family)',
    detect: (f) =>
      f.eventType !== 'refresh_token_reuse'
        ? null
        : { eventType: 'suspicious_activity', severity: 'high', title: 'Refresh token reused', description: `A rotated refresh token of user ${f.resourceId} was presented again; its session family was revoked.`, targetUserId: f.resourceId, sourceIp: f.ipAddress, targetResource: f.resourceId ? `User:${f.resourceId}` : null, dedupeKey: `suspicious_activity.refresh_token_reuse:${f.id}`, eventData: { auditLogId: f.id, familyId: f.additionalData.familyId ?? null } },
  },
  {
    id: 'privilege_escalation.privileged_grant',
    summary: 'a grant, role, delegation or role permission handing out system:* permissions (super_admin among them)',
    detect(f) {
      const privileged = Array.isArray(f.additionalData.privilegedHandedOut) ? (f.additionalData.privilegedHandedOut as string[]) : [];
      if (!privileged.length) return null;
      const args = (f.additionalData.arguments ?? {}) as { input?: { userId?: unknown; toUserId?: unknown } };
      const target = text(args.input?.userId) ?? text(args.input?.toUserId);
      return { eventType: 'privilege_escalation', severity: 'critical', title: 'Platform permissions handed out', description: `${f.operation} handed out ${privileged.join(', ')}.`, sourceUserId: f.userId, targetUserId: target, sourceIp: f.ipAddress, targetResource: f.resourceType && f.resourceId ? `${f.resourceType}:${f.resourceId}` : null, dedupeKey: `privilege_escalation.privileged_grant:${f.id}`, eventData: { auditLogId: f.id, operation: f.operation, permissions: privileged } };
    },
  },
  {
    id: 'privilege_escalation.refused_escalation',
    summary: 'authorization refused to let someone hand out, change or revoke permissions they do not hold',
    detect: (f) =>
      f.eventType !== 'escalation_refused'
        ? null
        : { eventType: 'privilege_escalation', severity: 'high', title: 'Refused privilege escalation attempt', description: `${f.operation} was refused: the caller does not hold ${((f.additionalData.missing as string[] | undefined) ?? []).join(', ')}.`, sourceUserId: f.userId, sourceIp: f.ipAddress, dedupeKey: `privilege_escalation.refused_escalation:${f.id}`, eventData: { auditLogId: f.id, operation: f.operation, missing: f.additionalData.missing ?? [] } },
  },
  {
    id: 'data_breach.bulk_export',
    summary: 'one export of audit rows (personal data: actors, IP addresses, values) at or above the row threshold',
    detect(f, { settings }) {
      const rows = typeof f.additionalData.rowCount === 'number' ? f.additionalData.rowCount : 0;
      if (f.eventType !== 'export' || rows < settings.bulkExportRows) return null;
      return { eventType: 'data_breach', severity: 'high', title: 'Bulk export of audit data (breach candidate)', description: `${f.operation} exported ${rows} rows.`, sourceUserId: f.userId, sourceIp: f.ipAddress, potentialImpact: 'Personal data of the exported rows (actors, IP addresses, old and new values) left the platform.', affectedDataTypes: ['audit_log'], dedupeKey: `data_breach.bulk_export:${f.id}`, eventData: { auditLogId: f.id, rowCount: rows, threshold: settings.bulkExportRows, format: f.additionalData.format ?? null } };
    },
  },
  {
    id: 'data_breach.bulk_masked_read',
    summary: 'masked rows of classified columns one actor read (masked_read events) reaching the threshold within the window',
    async detect(f, { settings, store }) {
      if (f.eventType !== 'masked_read' || !f.userId) return null;
      const since = new Date(f.timestamp.getTime() - settings.windowSeconds * 1000);
      const n = await store.maskedReadRows(f.userId, since, f.timestamp);
      if (n < settings.bulkReadRows) return null;
      const columns = Array.isArray(f.additionalData.columns) ? (f.additionalData.columns as { column?: unknown }[]).map((c) => String(c.column)) : [];
      return { eventType: 'data_breach', severity: 'medium', title: 'Bulk read of masked classified data (breach candidate)', description: `${n} masked rows of classified columns read by ${f.userId} within ${settings.windowSeconds} s.`, sourceUserId: f.userId, sourceIp: f.ipAddress, targetResource: f.resourceType, potentialImpact: 'A bulk collection of classified records (masked values, identifiers, unmasked fields) by one account.', affectedDataTypes: columns, dedupeKey: `data_breach.bulk_masked_read:${f.userId}:${bucket(f.timestamp, settings.windowSeconds)}`, quiet: { subject: `user:${f.userId}`, seconds: settings.windowSeconds }, eventData: { count: n, threshold: settings.bulkReadRows, windowSeconds: settings.windowSeconds, lastAuditLogId: f.id, columns } };
    },
  },
];
