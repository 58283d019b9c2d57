/** GraphQL enum value → the spelling stored in the seed's VARCHAR columns. */
export const AUDIT_CATEGORY = { AUTHENTICATION: 'authentication', AUTHORIZATION: 'authorization', DATA_CHANGE: 'data_change', DATA_ACCESS: 'data_access', SYSTEM: 'system' } as const;
export const RISK_LEVEL = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;

export const SECURITY_TYPE = { FAILED_LOGIN: 'failed_login', PRIVILEGE_ESCALATION: 'privilege_escalation', DATA_BREACH: 'data_breach', SUSPICIOUS_ACTIVITY: 'suspicious_activity' } as const;
export const SECURITY_SEVERITY = { INFO: 'info', LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;
export const SECURITY_STATUS = { OPEN: 'open', INVESTIGATING: 'investigating', RESOLVED: 'resolved', FALSE_POSITIVE: 'false_positive' } as const;

export const enumResolvers = {
  AuditCategory: AUDIT_CATEGORY,
  RiskLevel: RISK_LEVEL,
  SecurityEventType: SECURITY_TYPE,
  SecuritySeverity: SECURITY_SEVERITY,
  SecurityEventStatus: SECURITY_STATUS,
};

export const values = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];
