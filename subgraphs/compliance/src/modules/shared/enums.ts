/** GraphQL enum value → the spelling stored in the seed's VARCHAR columns. */
export const AUDIT_CATEGORY = { AUTHENTICATION: 'authentication', AUTHORIZATION: 'authorization', DATA_CHANGE: 'data_change', DATA_ACCESS: 'data_access', SYSTEM: 'system' } as const;
export const RISK_LEVEL = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;

export const SECURITY_TYPE = { FAILED_LOGIN: 'failed_login', PRIVILEGE_ESCALATION: 'privilege_escalation', DATA_BREACH: 'data_breach', SUSPICIOUS_ACTIVITY: 'suspicious_activity' } as const;
export const SECURITY_SEVERITY = { INFO: 'info', LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;
export const SECURITY_STATUS = { OPEN: 'open', INVESTIGATING: 'investigating', RESOLVED: 'resolved', FALSE_POSITIVE: 'false_positive' } as const;

export const FRAMEWORK_TYPE = { PRIVACY: 'privacy', SECURITY: 'security', FINANCIAL: 'financial', INDUSTRY: 'industry' } as const;
export const ASSESSMENT_TYPE = { SELF_ASSESSMENT: 'self_assessment', EXTERNAL_AUDIT: 'external_audit', CONTINUOUS_MONITORING: 'continuous_monitoring' } as const;
export const OVERALL_STATUS = { COMPLIANT: 'compliant', NON_COMPLIANT: 'non_compliant', PARTIALLY_COMPLIANT: 'partially_compliant', IN_PROGRESS: 'in_progress' } as const;
export const ASSESSMENT_STATUS = { DRAFT: 'draft', IN_REVIEW: 'in_review', APPROVED: 'approved', ARCHIVED: 'archived' } as const;
export const FINDING_SEVERITY = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;
export const RECOMMENDATION_PRIORITY = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' } as const;
export const REVIEW_DECISION = { ACCEPT: 'accept', RETURN: 'return' } as const;
export const APPROVAL_STATUS = { NOT_REQUIRED: 'not_required', PENDING: 'pending', APPROVED: 'approved' } as const;
export const LAWFUL_BASIS = { CONSENT: 'consent', CONTRACT: 'contract', LEGAL_OBLIGATION: 'legal_obligation', VITAL_INTERESTS: 'vital_interests', PUBLIC_TASK: 'public_task', LEGITIMATE_INTERESTS: 'legitimate_interests' } as const;
export const CONSENT_STATUS = { GRANTED: 'granted', WITHDRAWN: 'withdrawn' } as const;

export const AI_OPERATION = { CHAT: 'chat', AGENT: 'agent', DOCUMENT: 'document' } as const;
export const AI_REVIEW_STATUS = { NONE: 'none', PENDING: 'pending', CLEARED: 'cleared', CONFIRMED: 'confirmed' } as const;
export const DSR_TYPE = { ACCESS: 'access', EXPORT: 'export', RECTIFICATION: 'rectification', ERASURE: 'erasure', RESTRICTION: 'restriction', OBJECTION: 'objection' } as const;
export const DSR_ACTION = { RECTIFICATION: 'rectification', RESTRICTION: 'restriction', OBJECTION: 'objection' } as const;
export const DSR_STATUS = { RECEIVED: 'received', VERIFIED: 'verified', IN_PROGRESS: 'in_progress', COMPLETED: 'completed', FAILED: 'failed', REJECTED: 'rejected' } as const;
export const DSR_CONTRIBUTION_STATUS = { PENDING: 'pending', DONE: 'done', FAILED: 'failed' } as const;
export const KEY_STATUS_ENUM = { ACTIVE: 'active', ROTATING: 'rotating', DEPRECATED: 'deprecated', REVOKED: 'revoked' } as const;

export const enumResolvers = {
  AiOperationKind: AI_OPERATION,
  AiReviewStatus: AI_REVIEW_STATUS,
  AiReviewDecision: { CLEARED: 'cleared', CONFIRMED: 'confirmed' },
  EncryptionKeyStatus: KEY_STATUS_ENUM,
  DataSubjectRequestType: DSR_TYPE,
  DataSubjectActionType: DSR_ACTION,
  DataSubjectRequestStatus: DSR_STATUS,
  DataSubjectContributionStatus: DSR_CONTRIBUTION_STATUS,
  ComplianceFrameworkType: FRAMEWORK_TYPE,
  ComplianceAssessmentType: ASSESSMENT_TYPE,
  ComplianceOverallStatus: OVERALL_STATUS,
  ComplianceAssessmentStatus: ASSESSMENT_STATUS,
  FindingSeverity: FINDING_SEVERITY,
  RecommendationPriority: RECOMMENDATION_PRIORITY,
  AssessmentReviewDecision: REVIEW_DECISION,
  ChangeApprovalStatus: APPROVAL_STATUS,
  LawfulBasis: LAWFUL_BASIS,
  ConsentStatus: CONSENT_STATUS,
  ConsentAction: CONSENT_STATUS,
  AuditCategory: AUDIT_CATEGORY,
  RiskLevel: RISK_LEVEL,
  SecurityEventType: SECURITY_TYPE,
  SecuritySeverity: SECURITY_SEVERITY,
  SecurityEventStatus: SECURITY_STATUS,
};

export const values = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];
