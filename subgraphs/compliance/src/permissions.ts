import { access, type AccessMap } from '@atrium/kernel';

const { public: open, authenticated, can } = access;

/** Connection wrappers hold no data of their own; their nodes are guarded. */
const page = { '*': open };

/**
 * Every field of the compliance schema → who may read or call it. Deny by default: a field missing
 * here is refused, and the mirror check fails. Audit rows are for audit_log:read holders (the
 * service narrows them to the grant's tenants).
 */
export const accessMap: AccessMap = {
  Query: {
    // Narrowed in the service to the tenants the caller's audit_log:read grants reach (FORBIDDEN
    // without any), as identity's `organizations`: a grant scoped to an organization is a tenant.
    auditLogs: authenticated,
    verifyAuditChain: can('audit_log:read'), // service: unscoped holders only
    // Narrowed in the service to the tenants the caller's audit_log:read grants reach.
    securityEvents: authenticated,
    securityEvent: authenticated,
    // Narrowed in the service: any compliance:read grant (frameworks are reference data of every tenant).
    complianceFrameworks: authenticated,
    // Narrowed in the service to the tenants the caller's compliance:read grants reach.
    complianceAssessments: authenticated,
    complianceAssessment: authenticated,
    // Narrowed in the service to the tenants the caller's audit_log:read grants reach.
    changeSets: authenticated,
    changes: authenticated,
    // Narrowed in the service to compliance:read's tenants; flagged records only where compliance:update reaches too.
    aiComplianceLogs: authenticated,
    // The register is transparency information for every signed-in user (GDPR arts. 13–14).
    processingActivities: authenticated,
    // A person's own consents; another user's only for unscoped compliance:read holders (the service decides).
    consents: authenticated,
    consentHistory: authenticated,
    hasValidConsent: authenticated,
    userDataPurposes: authenticated,
    // The subject's own, who filed them, and compliance:read holders in the request's tenant (the service narrows; NOT_FOUND outside).
    dataSubjectRequest: authenticated,
    dataSubjectRequests: authenticated,
    dataClassifications: can('compliance:read'),
    dataElements: can('compliance:read'),
    maskingPolicies: can('compliance:read'),
    encryptionKeys: can('encryption_key:read'),
    encryptedDataRegistry: can('encryption_key:read'),
  },
  Mutation: {
    // Narrowed in the service to the tenants the caller's audit_log:export grants reach (FORBIDDEN without any).
    exportAuditLogs: authenticated,
    // Narrowed in the service to the tenants the caller's compliance:update grants reach (FORBIDDEN without any, NOT_FOUND outside).
    triageSecurityEvent: authenticated,
    recordSecurityNotification: authenticated,
    // Narrowed in the service to the assessment's tenant: compliance:create, compliance:update
    // (edit, submit, archive), compliance:assess (review, approve); NOT_FOUND outside the scope.
    createComplianceAssessment: authenticated,
    updateComplianceAssessment: authenticated,
    submitComplianceAssessment: authenticated,
    reviewComplianceAssessment: authenticated,
    approveComplianceAssessment: authenticated,
    archiveComplianceAssessment: authenticated,
    // Narrowed in the service to compliance:assess in the change set's tenant.
    approveChange: authenticated,
    // The caller's own consent: nobody gives or withdraws consent for someone else.
    grantConsent: authenticated,
    // Narrowed in the service to compliance:update in the record's tenant (NOT_FOUND outside).
    reviewAiComplianceLog: authenticated,
    withdrawConsent: authenticated,
    // A person files for themselves; for another user only with unscoped compliance:update (the service decides).
    requestDataExport: authenticated,
    requestErasure: authenticated,
    requestDataSubjectAction: authenticated,
    // The subject with the token, or compliance:update in the request's tenant; processing: compliance:update there.
    verifyDataSubjectRequest: authenticated,
    updateDataSubjectRequest: authenticated,
    // Masking is platform-wide: the service also refuses a grant scoped to an organization.
    createDataElement: can('compliance:create'),
    updateDataElement: can('compliance:update'),
    deleteDataElement: can('compliance:delete'),
    detectDataElements: can('compliance:create'),
    createMaskingPolicy: can('compliance:create'),
    updateMaskingPolicy: can('compliance:update'),
    deleteMaskingPolicy: can('compliance:delete'),
    rotateKey: can('encryption_key:rotate'),
    // Two people: the service refuses the requester as approver (SECOND_PERSON_REQUIRED).
    requestKeyRevocation: can('encryption_key:revoke'),
    approveKeyRevocation: can('encryption_key:revoke'),
  },
  // Reached only through complianceFrameworks and assessments, which checked compliance:read (or the mutation's permission).
  ComplianceFramework: { '*': authenticated },
  ComplianceRequirement: { '*': authenticated },
  ComplianceControl: { '*': authenticated },
  ComplianceAssessment: { '*': authenticated },
  AssessmentFinding: { '*': authenticated },
  AssessmentRecommendation: { '*': authenticated },
  ComplianceAssessmentEdge: page,
  ComplianceAssessmentConnection: page,
  // Reached only through changeSets, changes and approveChange, which checked the caller's scope.
  ChangeSet: { '*': authenticated },
  Change: { '*': authenticated },
  ChangeSetEdge: page,
  ChangeSetConnection: page,
  ChangeEdge: page,
  ChangeConnection: page,
  // Reached through dataClassifications (compliance:read) and DataElement.classification.
  DataClassification: { '*': authenticated },
  // Reached through dataElements or the element mutations, which checked compliance:read or the mutation's permission.
  DataElement: { '*': authenticated },
  // Reached only through detectDataElements, which checked compliance:create.
  DetectedColumn: { '*': authenticated },
  MaskingPolicy: { '*': authenticated },
  // Reached only through encryptionKeys and the key mutations, which checked encryption_key:*.
  EncryptionKey: { '*': can('encryption_key:read') },
  EncryptionKeyEdge: page,
  EncryptionKeyConnection: page,
  EncryptedDataEntry: { '*': can('encryption_key:read') },
  EncryptedDataEntryEdge: page,
  EncryptedDataEntryConnection: page,
  // Reached only through securityEvents, securityEvent and the triage mutations, which checked the caller's scope.
  SecurityEvent: { '*': authenticated },
  SecurityEventEdge: page,
  SecurityEventConnection: page,
  // Reached only through exportAuditLogs, which checked audit_log:export.
  AuditExport: { '*': authenticated },
  // Reached only through auditLogs (no entity, no other path), which checked audit_log:read.
  AuditLog: { '*': authenticated },
  AuditLogEdge: page,
  AuditLogConnection: page,
  AuditChainVerification: { '*': can('audit_log:read') },
  AuditChainBreak: { '*': can('audit_log:read') },
  // Reached only through aiComplianceLogs and the review, which checked the caller's scope.
  AiComplianceLog: { '*': authenticated },
  AiComplianceLogEdge: page,
  AiComplianceLogConnection: page,
  ProcessingActivity: { '*': authenticated },
  // Reached only through consents, userDataPurposes and the consent mutations, which checked whose they are.
  PrivacyConsent: { '*': authenticated },
  ConsentRecord: { '*': authenticated },
  ConsentRecordEdge: page,
  ConsentRecordConnection: page,
  // Reached only through dataSubjectRequest(s) and the request mutations, which checked who the caller is to it.
  DataSubjectRequest: { '*': authenticated },
  DataSubjectContribution: { '*': authenticated },
  DataSubjectRequestReceipt: { '*': authenticated },
  DataSubjectRequestEdge: page,
  DataSubjectRequestConnection: page,
  PageInfo: page,
};
