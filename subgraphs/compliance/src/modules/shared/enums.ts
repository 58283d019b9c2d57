/** GraphQL enum value → the spelling stored in the seed's VARCHAR columns. */
export const AUDIT_CATEGORY = { AUTHENTICATION: 'authentication', AUTHORIZATION: 'authorization', DATA_CHANGE: 'data_change', DATA_ACCESS: 'data_access', SYSTEM: 'system' } as const;
export const RISK_LEVEL = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;

export const enumResolvers = {
  AuditCategory: AUDIT_CATEGORY,
  RiskLevel: RISK_LEVEL,
};

export const values = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];
