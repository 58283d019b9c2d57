-- Compliance, issue 12 §5 and §1 (change tracking). Frameworks and assessments (004 §5.3), the
-- five built-in classifications (004 §5.1) and change tracking (004 §6.2).

-- 004 §5.1 data_classifications, with its five built-in rows exactly as the seed writes them
-- (retention_period_days NULL, access_logging_required its default true). Created only if the
-- classification work has not created it already; the rows only where missing.
CREATE TABLE IF NOT EXISTS "compliance"."data_classifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT,
    "sensitivity_level" INTEGER NOT NULL,
    "compliance_frameworks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "retention_period_days" INTEGER,
    "encryption_required" BOOLEAN NOT NULL DEFAULT false,
    "masking_required" BOOLEAN NOT NULL DEFAULT false,
    "access_logging_required" BOOLEAN NOT NULL DEFAULT true,
    "default_masking_rules" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_classifications_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_classifications_level_check" CHECK ("sensitivity_level" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX IF NOT EXISTS "data_classifications_name_key" ON "compliance"."data_classifications"("name");
INSERT INTO "compliance"."data_classifications" ("name", "description", "sensitivity_level", "compliance_frameworks", "encryption_required", "masking_required") VALUES
('public', 'Publicly available information', 1, '{}', false, false),
('internal', 'Internal business information', 2, '{}', false, false),
('confidential', 'Confidential business information', 3, '{}', true, false),
('restricted', 'Restricted access information', 4, ARRAY['GDPR'], true, true),
('top_secret', 'Highly classified information', 5, ARRAY['GDPR', 'HIPAA'], true, true)
ON CONFLICT ("name") DO NOTHING;

-- 004 §5.3 compliance_frameworks. Seed defect: `requirements` is NOT NULL without a default, so
-- the seed's INSERT (which names no requirements) fails. Fixed twice: the column defaults to an
-- empty list, and the five built-in frameworks are seeded with their real requirement lists.
-- `requirements` is a list of { id, reference, title, description }; `controls` a list of
-- { id, title, description, requirementIds, atriumFeature } (the seed's '{}' default becomes
-- '[]': controls are a list, each naming the requirements it serves).
CREATE TABLE "compliance"."compliance_frameworks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "version" VARCHAR(20),
    "description" TEXT,
    "jurisdiction" VARCHAR(100),
    "framework_type" VARCHAR(50) NOT NULL,
    "requirements" JSONB NOT NULL DEFAULT '[]',
    "controls" JSONB NOT NULL DEFAULT '[]',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "effective_date" DATE,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "compliance_frameworks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "compliance_frameworks_type_check" CHECK ("framework_type" IN ('privacy', 'security', 'financial', 'industry')),
    CONSTRAINT "compliance_frameworks_requirements_check" CHECK (jsonb_typeof("requirements") = 'array' AND jsonb_typeof("controls") = 'array')
);
CREATE UNIQUE INDEX "compliance_frameworks_name_key" ON "compliance"."compliance_frameworks"("name");

INSERT INTO "compliance"."compliance_frameworks" ("name", "version", "description", "jurisdiction", "framework_type", "effective_date", "requirements", "controls") VALUES
('GDPR', '2018', 'General Data Protection Regulation', 'EU', 'privacy', '2018-05-25',
 '[{"id":"GDPR-5","reference":"Art. 5","title":"Principles relating to processing","description":"Lawfulness, fairness and transparency; purpose limitation; data minimisation; accuracy; storage limitation; integrity and confidentiality; accountability."},{"id":"GDPR-6","reference":"Art. 6","title":"Lawfulness of processing","description":"Every processing operation rests on one lawful basis: consent, contract, legal obligation, vital interests, public task or legitimate interests."},{"id":"GDPR-7","reference":"Art. 7","title":"Conditions for consent","description":"The controller can demonstrate consent; consent can be withdrawn as easily as it was given."},{"id":"GDPR-12","reference":"Arts. 12-14","title":"Transparent information","description":"Data subjects are told, concisely and in plain language, what is processed, why, for how long and with whom it is shared."},{"id":"GDPR-15","reference":"Art. 15","title":"Right of access","description":"A data subject obtains confirmation of processing and a copy of their personal data within one month."},{"id":"GDPR-16","reference":"Art. 16","title":"Right to rectification","description":"Inaccurate personal data is corrected without undue delay."},{"id":"GDPR-17","reference":"Art. 17","title":"Right to erasure","description":"Personal data is erased without undue delay where a ground of Art. 17(1) applies."},{"id":"GDPR-18","reference":"Art. 18","title":"Right to restriction of processing","description":"Processing is restricted while accuracy or lawfulness is contested."},{"id":"GDPR-20","reference":"Art. 20","title":"Right to data portability","description":"Data provided by the subject is returned in a structured, commonly used, machine-readable format."},{"id":"GDPR-21","reference":"Art. 21","title":"Right to object","description":"Processing based on legitimate interests or for direct marketing stops on objection."},{"id":"GDPR-25","reference":"Art. 25","title":"Data protection by design and by default","description":"Technical and organisational measures (pseudonymisation, minimisation) are built in; by default only necessary data is processed."},{"id":"GDPR-30","reference":"Art. 30","title":"Records of processing activities","description":"A register of processing: purposes, categories of subjects and data, recipients, transfers, retention and security measures."},{"id":"GDPR-32","reference":"Art. 32","title":"Security of processing","description":"Appropriate security: encryption and pseudonymisation, confidentiality, integrity, availability and resilience, regular testing."},{"id":"GDPR-33","reference":"Art. 33","title":"Notification of a breach to the supervisory authority","description":"A personal data breach is notified to the authority within 72 hours of becoming aware of it, and documented."},{"id":"GDPR-34","reference":"Art. 34","title":"Communication of a breach to the data subject","description":"A breach likely to result in a high risk is communicated to the subjects without undue delay."},{"id":"GDPR-35","reference":"Art. 35","title":"Data protection impact assessment","description":"High-risk processing is assessed before it starts."},{"id":"GDPR-37","reference":"Arts. 37-39","title":"Data protection officer","description":"A DPO is designated where required and involved in all data protection issues."},{"id":"GDPR-44","reference":"Arts. 44-49","title":"Transfers to third countries","description":"Transfers outside the EEA only under an adequacy decision, appropriate safeguards or a derogation."}]'::jsonb,
 '[{"id":"GDPR-C1","title":"Consent records","description":"Consent per subject and purpose with its full history and proof; withdrawal as easy as grant.","requirementIds":["GDPR-6","GDPR-7"],"atriumFeature":"compliance: privacy consents"},{"id":"GDPR-C2","title":"Data-subject request workflow","description":"Access, rectification, erasure, restriction, portability and objection requests tracked to their 30-day deadline.","requirementIds":["GDPR-15","GDPR-16","GDPR-17","GDPR-18","GDPR-20","GDPR-21"],"atriumFeature":"compliance: data-subject requests"},{"id":"GDPR-C3","title":"Processing register","description":"Purposes, lawful basis, categories, recipients and retention of every processing activity.","requirementIds":["GDPR-30","GDPR-12"],"atriumFeature":"compliance: data_processing_activities"},{"id":"GDPR-C4","title":"Classification and masking","description":"Personal data classified; masked in responses unless the caller holds an unmask permission.","requirementIds":["GDPR-25","GDPR-32","GDPR-5"],"atriumFeature":"compliance: data classifications and masking policies"},{"id":"GDPR-C5","title":"Encryption of secrets and personal data at rest","description":"Envelope encryption with managed, rotated data keys.","requirementIds":["GDPR-32"],"atriumFeature":"compliance: encryption keys"},{"id":"GDPR-C6","title":"Tamper-evident audit trail","description":"Every change audited in its own transaction, hash-chained, append-only, kept for the retention period.","requirementIds":["GDPR-5","GDPR-32"],"atriumFeature":"compliance: auditLogs, verifyAuditChain"},{"id":"GDPR-C7","title":"Breach detection and 72-hour notification","description":"Security events raised by rules, triaged, with the notification deadline tracked.","requirementIds":["GDPR-33","GDPR-34"],"atriumFeature":"compliance: securityEvents"},{"id":"GDPR-C8","title":"Least-privilege access control","description":"Role-based access with tenant-scoped grants and four-eyes approval of sensitive grants.","requirementIds":["GDPR-32","GDPR-25"],"atriumFeature":"authorization"},{"id":"GDPR-C9","title":"Impact assessments","description":"A DPIA recorded as an assessment before high-risk processing starts.","requirementIds":["GDPR-35"],"atriumFeature":"compliance: complianceAssessments"},{"id":"GDPR-C10","title":"DPO and transfer safeguards","description":"A designated DPO; transfers documented with their safeguard.","requirementIds":["GDPR-37","GDPR-44"],"atriumFeature":null}]'::jsonb),
('CCPA', '2020', 'California Consumer Privacy Act', 'US-CA', 'privacy', '2020-01-01',
 '[{"id":"CCPA-100","reference":"§1798.100","title":"Notice at collection","description":"Consumers are told at or before collection which categories of personal information are collected, for what purposes and for how long."},{"id":"CCPA-105","reference":"§1798.105","title":"Right to delete","description":"Personal information collected from the consumer is deleted on a verifiable request, and service providers are told to delete it."},{"id":"CCPA-106","reference":"§1798.106","title":"Right to correct","description":"Inaccurate personal information is corrected on a verifiable request."},{"id":"CCPA-110","reference":"§1798.110","title":"Right to know what is collected","description":"The categories and specific pieces of personal information collected are disclosed on request."},{"id":"CCPA-115","reference":"§1798.115","title":"Right to know what is sold or shared","description":"The categories sold or shared, and to whom, are disclosed on request."},{"id":"CCPA-120","reference":"§1798.120","title":"Right to opt out of sale or sharing","description":"A consumer may direct a business not to sell or share their personal information."},{"id":"CCPA-121","reference":"§1798.121","title":"Right to limit use of sensitive personal information","description":"Use of sensitive personal information is limited to what is necessary on request."},{"id":"CCPA-125","reference":"§1798.125","title":"Non-discrimination","description":"No consumer is discriminated against for exercising a right."},{"id":"CCPA-130","reference":"§1798.130","title":"Responding to requests","description":"At least two request methods; verified requests answered within 45 days (extendable once by 45 days); 12-month look-back."},{"id":"CCPA-135","reference":"§1798.135","title":"Opt-out links","description":"A \"Do Not Sell or Share My Personal Information\" link, or honouring opt-out preference signals."},{"id":"CCPA-150","reference":"§1798.150","title":"Reasonable security","description":"Reasonable security procedures protect nonencrypted or nonredacted personal information against breach."}]'::jsonb,
 '[{"id":"CCPA-C1","title":"Consumer request workflow","description":"Know, delete and correct requests verified and answered within 45 days.","requirementIds":["CCPA-105","CCPA-106","CCPA-110","CCPA-115","CCPA-130"],"atriumFeature":"compliance: data-subject requests"},{"id":"CCPA-C2","title":"Opt-out and limit preferences","description":"Opt-out of sale or sharing and limits on sensitive data recorded as consents per purpose.","requirementIds":["CCPA-120","CCPA-121","CCPA-135"],"atriumFeature":"compliance: privacy consents"},{"id":"CCPA-C3","title":"Collection notice inventory","description":"The categories collected and their purposes from the processing register and classified data elements.","requirementIds":["CCPA-100","CCPA-110"],"atriumFeature":"compliance: data elements"},{"id":"CCPA-C4","title":"Reasonable security","description":"Encryption, masking, least privilege and an audit trail.","requirementIds":["CCPA-150"],"atriumFeature":"compliance"},{"id":"CCPA-C5","title":"Non-discrimination review","description":"Pricing and service levels reviewed for dependence on rights exercised.","requirementIds":["CCPA-125"],"atriumFeature":null}]'::jsonb),
('HIPAA', '1996', 'Health Insurance Portability and Accountability Act', 'US', 'privacy', '1996-08-21',
 '[{"id":"HIPAA-308-1","reference":"45 CFR §164.308(a)(1)","title":"Security management process","description":"Risk analysis, risk management, sanction policy and information system activity review."},{"id":"HIPAA-308-3","reference":"45 CFR §164.308(a)(3)-(4)","title":"Workforce security and information access management","description":"Access to ePHI authorised, supervised and terminated; access granted by role."},{"id":"HIPAA-308-5","reference":"45 CFR §164.308(a)(5)","title":"Security awareness and training","description":"Training, protection from malicious software, log-in monitoring and password management."},{"id":"HIPAA-308-6","reference":"45 CFR §164.308(a)(6)","title":"Security incident procedures","description":"Security incidents identified, responded to, mitigated and documented."},{"id":"HIPAA-308-7","reference":"45 CFR §164.308(a)(7)","title":"Contingency plan","description":"Data backup, disaster recovery and emergency mode operation plans."},{"id":"HIPAA-308-B","reference":"45 CFR §164.308(b)","title":"Business associate contracts","description":"Business associates handling ePHI give satisfactory written assurances."},{"id":"HIPAA-310","reference":"45 CFR §164.310","title":"Physical safeguards","description":"Facility access controls, workstation use and security, device and media controls."},{"id":"HIPAA-312-A","reference":"45 CFR §164.312(a)","title":"Access control","description":"Unique user identification, emergency access, automatic logoff, encryption and decryption."},{"id":"HIPAA-312-B","reference":"45 CFR §164.312(b)","title":"Audit controls","description":"Mechanisms that record and examine activity in systems containing ePHI."},{"id":"HIPAA-312-C","reference":"45 CFR §164.312(c)","title":"Integrity","description":"ePHI protected from improper alteration or destruction."},{"id":"HIPAA-312-D","reference":"45 CFR §164.312(d)","title":"Person or entity authentication","description":"Those seeking access are who they claim to be."},{"id":"HIPAA-312-E","reference":"45 CFR §164.312(e)","title":"Transmission security","description":"ePHI protected in transit: integrity controls and encryption."},{"id":"HIPAA-316","reference":"45 CFR §164.316","title":"Policies and documentation","description":"Policies documented and retained for six years."},{"id":"HIPAA-404","reference":"45 CFR §164.404","title":"Breach notification to individuals","description":"Individuals notified without unreasonable delay and within 60 days of discovery."},{"id":"HIPAA-502B","reference":"45 CFR §164.502(b)","title":"Minimum necessary","description":"Uses and disclosures limited to the minimum necessary."}]'::jsonb,
 '[{"id":"HIPAA-C1","title":"Role-based, tenant-scoped access","description":"Grants by role, scoped to the organization; revocation effective on the next request.","requirementIds":["HIPAA-308-3","HIPAA-312-A","HIPAA-502B"],"atriumFeature":"authorization"},{"id":"HIPAA-C2","title":"Audit controls","description":"Every mutation audited with actor, session and IP; hash chain verified.","requirementIds":["HIPAA-312-B","HIPAA-312-C","HIPAA-308-1"],"atriumFeature":"compliance: auditLogs, verifyAuditChain"},{"id":"HIPAA-C3","title":"Authentication","description":"Password policy with lockout, second factor, SSO, short-lived tokens with reuse detection.","requirementIds":["HIPAA-312-D","HIPAA-308-5"],"atriumFeature":"identity"},{"id":"HIPAA-C4","title":"Encryption at rest and in transit","description":"Managed data keys for secrets and ePHI; TLS at the edge.","requirementIds":["HIPAA-312-A","HIPAA-312-E"],"atriumFeature":"compliance: encryption keys"},{"id":"HIPAA-C5","title":"Incident response","description":"Security events raised by rules and triaged to resolution with notes.","requirementIds":["HIPAA-308-6","HIPAA-404"],"atriumFeature":"compliance: securityEvents"},{"id":"HIPAA-C6","title":"Masking of protected data","description":"Classified columns masked for callers without an unmask permission.","requirementIds":["HIPAA-502B"],"atriumFeature":"compliance: masking policies"},{"id":"HIPAA-C7","title":"Backup, contingency and physical safeguards","description":"Backups, recovery tests and data-centre controls of the hosting provider.","requirementIds":["HIPAA-308-7","HIPAA-310"],"atriumFeature":null},{"id":"HIPAA-C8","title":"Business associate agreements and documentation","description":"BAAs on file; policies retained six years.","requirementIds":["HIPAA-308-B","HIPAA-316"],"atriumFeature":null}]'::jsonb),
('SOX', '2002', 'Sarbanes-Oxley Act', 'US', 'financial', '2002-07-30',
 '[{"id":"SOX-302","reference":"Section 302","title":"Corporate responsibility for financial reports","description":"The principal officers certify each periodic report and the effectiveness of disclosure controls."},{"id":"SOX-404","reference":"Section 404","title":"Management assessment of internal controls","description":"Management assesses internal control over financial reporting each year; the auditor attests to it."},{"id":"SOX-409","reference":"Section 409","title":"Real-time disclosure","description":"Material changes in financial condition or operations are disclosed rapidly."},{"id":"SOX-802","reference":"Section 802","title":"Record retention and tampering","description":"Audit work papers kept seven years; altering, destroying or falsifying records is a crime."},{"id":"SOX-906","reference":"Section 906","title":"Criminal certification of reports","description":"Periodic reports accompanied by a certification of the CEO and CFO."},{"id":"SOX-ITGC-ACCESS","reference":"Section 404 (ITGC)","title":"Logical access to financial systems","description":"Access provisioned by approval, reviewed periodically and revoked on departure."},{"id":"SOX-ITGC-CHANGE","reference":"Section 404 (ITGC)","title":"Change management","description":"Changes to financially relevant systems and their configuration are authorised, tested, approved and traceable."},{"id":"SOX-ITGC-SOD","reference":"Section 404 (ITGC)","title":"Segregation of duties","description":"No one person both makes and approves a change, a grant or an assessment."}]'::jsonb,
 '[{"id":"SOX-C1","title":"Change tracking with four-eyes approval","description":"Column-level change records of roles, grants, SSO providers, classifications, masking policies and keys; sensitive changes wait for a second person.","requirementIds":["SOX-ITGC-CHANGE","SOX-ITGC-SOD"],"atriumFeature":"compliance: changeSets, approveChange"},{"id":"SOX-C2","title":"Access reviews and approved grants","description":"Grants of sensitive permissions need approval; grants expire; reviews from the authorization tables.","requirementIds":["SOX-ITGC-ACCESS"],"atriumFeature":"authorization: approveGrant"},{"id":"SOX-C3","title":"Immutable retention of audit evidence","description":"Append-only, hash-chained audit trail kept 7 years (2555 days).","requirementIds":["SOX-802"],"atriumFeature":"compliance: auditLogs"},{"id":"SOX-C4","title":"Assessment sign-off by three people","description":"Internal control assessments conducted, reviewed and approved by three different people.","requirementIds":["SOX-404","SOX-302","SOX-ITGC-SOD"],"atriumFeature":"compliance: complianceAssessments"},{"id":"SOX-C5","title":"Disclosure and certification process","description":"Officer certifications and material-event disclosure handled by finance and legal.","requirementIds":["SOX-409","SOX-906"],"atriumFeature":null}]'::jsonb),
('PCI-DSS', '4.0', 'Payment Card Industry Data Security Standard', 'Global', 'security', '2022-03-31',
 '[{"id":"PCI-1","reference":"Requirement 1","title":"Install and maintain network security controls","description":"Network security controls configured and maintained; connections between trusted and untrusted networks restricted."},{"id":"PCI-2","reference":"Requirement 2","title":"Apply secure configurations to all system components","description":"Vendor defaults changed, unnecessary functions removed, configuration standards applied."},{"id":"PCI-3","reference":"Requirement 3","title":"Protect stored account data","description":"Storage minimised; the PAN rendered unreadable (strong cryptography, truncation, tokenisation); keys managed."},{"id":"PCI-4","reference":"Requirement 4","title":"Protect cardholder data with strong cryptography during transmission","description":"Strong cryptography over open, public networks."},{"id":"PCI-5","reference":"Requirement 5","title":"Protect all systems and networks from malicious software","description":"Anti-malware deployed, kept current and monitored; phishing defences."},{"id":"PCI-6","reference":"Requirement 6","title":"Develop and maintain secure systems and software","description":"Secure development, vulnerabilities identified and patched, public web applications protected, changes managed."},{"id":"PCI-7","reference":"Requirement 7","title":"Restrict access by business need to know","description":"Access to system components and cardholder data limited by role, least privilege, reviewed."},{"id":"PCI-8","reference":"Requirement 8","title":"Identify users and authenticate access","description":"Unique IDs, strong authentication, MFA into the cardholder data environment, lockout after failed attempts."},{"id":"PCI-9","reference":"Requirement 9","title":"Restrict physical access to cardholder data","description":"Physical access to facilities, media and devices controlled."},{"id":"PCI-10","reference":"Requirement 10","title":"Log and monitor all access","description":"Audit logs of all access to system components and cardholder data, protected from alteration, reviewed, kept at least 12 months."},{"id":"PCI-11","reference":"Requirement 11","title":"Test security of systems and networks regularly","description":"Vulnerability scans, penetration tests, intrusion detection and change detection."},{"id":"PCI-12","reference":"Requirement 12","title":"Support information security with organizational policies and programs","description":"Security policy, risk assessment, awareness, third-party management and incident response plan."}]'::jsonb,
 '[{"id":"PCI-C1","title":"Key management and encryption of stored data","description":"Data keys wrapped by a master key, rotated, with a re-encryption registry; tokenise or mask card data.","requirementIds":["PCI-3"],"atriumFeature":"compliance: encryption keys, masking"},{"id":"PCI-C2","title":"Least-privilege, role-based access","description":"Roles and scoped grants; privileged grants raise security events and wait for approval.","requirementIds":["PCI-7"],"atriumFeature":"authorization"},{"id":"PCI-C3","title":"Strong authentication","description":"Unique accounts, MFA, lockout after repeated failures, session revocation.","requirementIds":["PCI-8"],"atriumFeature":"identity"},{"id":"PCI-C4","title":"Tamper-evident audit logging","description":"Every access-relevant action audited, append-only and hash-chained, retained 7 years.","requirementIds":["PCI-10"],"atriumFeature":"compliance: auditLogs"},{"id":"PCI-C5","title":"Monitoring and incident response","description":"Detection rules over the audit trail; triage with notes.","requirementIds":["PCI-10","PCI-11","PCI-12"],"atriumFeature":"compliance: securityEvents"},{"id":"PCI-C6","title":"Secure configuration and change control","description":"Configuration validated at start-up; changes to security configuration tracked and approved.","requirementIds":["PCI-2","PCI-6"],"atriumFeature":"compliance: changeSets"},{"id":"PCI-C7","title":"Transport encryption","description":"TLS for every connection over a public network.","requirementIds":["PCI-4"],"atriumFeature":null},{"id":"PCI-C8","title":"Network, malware and physical controls","description":"Provided by the hosting environment and endpoint management.","requirementIds":["PCI-1","PCI-5","PCI-9"],"atriumFeature":null}]'::jsonb);

-- 004 §5.3 compliance_assessments. Atrium additions: `organization_id` (the tenant; every
-- assessment belongs to one), the workflow's timestamps and the reviewer's notes. Three different
-- people conduct, review and approve (checked here as well as in the service).
CREATE TABLE "compliance"."compliance_assessments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "framework_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "assessment_name" VARCHAR(255) NOT NULL,
    "assessment_type" VARCHAR(50) NOT NULL DEFAULT 'self_assessment',
    "scope_description" TEXT,
    "systems_in_scope" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "data_types_in_scope" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "overall_status" VARCHAR(20),
    "compliance_score" DECIMAL(5,2),
    "findings" JSONB NOT NULL DEFAULT '[]',
    "recommendations" JSONB NOT NULL DEFAULT '[]',
    "assessment_period_start" DATE,
    "assessment_period_end" DATE,
    "conducted_by" UUID NOT NULL,
    "reviewed_by" UUID,
    "approved_by" UUID,
    "status" VARCHAR(20) NOT NULL DEFAULT 'draft',
    "review_notes" TEXT,
    "submitted_at" TIMESTAMPTZ(6),
    "reviewed_at" TIMESTAMPTZ(6),
    "approved_at" TIMESTAMPTZ(6),
    "archived_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    CONSTRAINT "compliance_assessments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "compliance_assessments_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "compliance"."compliance_frameworks"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "compliance_assessments_type_check" CHECK ("assessment_type" IN ('self_assessment', 'external_audit', 'continuous_monitoring')),
    CONSTRAINT "compliance_assessments_overall_check" CHECK ("overall_status" IN ('compliant', 'non_compliant', 'partially_compliant', 'in_progress')),
    CONSTRAINT "compliance_assessments_score_check" CHECK ("compliance_score" BETWEEN 0 AND 100),
    CONSTRAINT "compliance_assessments_status_check" CHECK ("status" IN ('draft', 'in_review', 'approved', 'archived')),
    CONSTRAINT "compliance_assessments_period_check" CHECK ("assessment_period_end" >= "assessment_period_start"),
    CONSTRAINT "compliance_assessments_people_check" CHECK ("reviewed_by" <> "conducted_by" AND "approved_by" <> "conducted_by" AND "approved_by" <> "reviewed_by")
);
CREATE INDEX "idx_compliance_assessments_framework" ON "compliance"."compliance_assessments"("framework_id");
CREATE INDEX "idx_compliance_assessments_status" ON "compliance"."compliance_assessments"("status");
CREATE INDEX "idx_compliance_assessments_period" ON "compliance"."compliance_assessments"("assessment_period_start", "assessment_period_end");
CREATE INDEX "idx_compliance_assessments_organization" ON "compliance"."compliance_assessments"("organization_id", "created_at");

-- 004 §6.2 change tracking, fed by the audit intake: one change set per audited change of a
-- critical table (its id is the audit event's id, so a redelivered event adds nothing), one
-- change_tracking row per changed column. `change_sets` is an Atrium addition: the set's own
-- facts (who, when, tenant, approval) once instead of on every row; the rows keep the seed's
-- approval columns, set together with the set's. The seed lacks UNIQUE(change_set_id,
-- sequence_number) (SEED-INVENTORY B.3.1 #9): added.
CREATE TABLE "compliance"."change_sets" (
    "id" UUID NOT NULL,
    "table_name" VARCHAR(255) NOT NULL,
    "record_id" VARCHAR(255) NOT NULL,
    "operation_type" VARCHAR(20) NOT NULL,
    "operation" VARCHAR(255),
    "changed_by" UUID,
    "changed_at" TIMESTAMPTZ(6) NOT NULL,
    "organization_id" UUID,
    "audit_log_id" UUID NOT NULL,
    "request_id" VARCHAR(255),
    "requires_approval" BOOLEAN NOT NULL DEFAULT false,
    "approval_reason" TEXT,
    "approved_by" UUID,
    "approved_at" TIMESTAMPTZ(6),
    "approval_note" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "change_sets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "change_sets_operation_check" CHECK ("operation_type" IN ('INSERT', 'UPDATE', 'DELETE')),
    CONSTRAINT "change_sets_approval_check" CHECK ("approved_by" IS NULL OR ("requires_approval" AND "approved_by" IS DISTINCT FROM "changed_by"))
);
CREATE INDEX "idx_change_sets_table_record" ON "compliance"."change_sets"("table_name", "record_id");
CREATE INDEX "idx_change_sets_changed_at" ON "compliance"."change_sets"("changed_at");
CREATE INDEX "idx_change_sets_organization" ON "compliance"."change_sets"("organization_id", "changed_at");
CREATE INDEX "idx_change_sets_pending" ON "compliance"."change_sets"("requires_approval", "approved_at");

CREATE TABLE "compliance"."change_tracking" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "change_set_id" UUID NOT NULL,
    "sequence_number" INTEGER NOT NULL,
    "table_name" VARCHAR(255) NOT NULL,
    "record_id" VARCHAR(255) NOT NULL,
    "operation_type" VARCHAR(20) NOT NULL,
    "column_name" VARCHAR(255),
    "old_value" TEXT,
    "new_value" TEXT,
    "data_type" VARCHAR(50),
    "changed_by" UUID,
    "change_reason" TEXT,
    "business_justification" TEXT,
    "requires_approval" BOOLEAN NOT NULL DEFAULT false,
    "approved_by" UUID,
    "approved_at" TIMESTAMPTZ(6),
    "change_metadata" JSONB NOT NULL DEFAULT '{}',
    "changed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "change_tracking_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "change_tracking_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "compliance"."change_sets"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "change_tracking_operation_check" CHECK ("operation_type" IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE UNIQUE INDEX "change_tracking_change_set_id_sequence_number_key" ON "compliance"."change_tracking"("change_set_id", "sequence_number");
CREATE INDEX "idx_change_tracking_table_record" ON "compliance"."change_tracking"("table_name", "record_id");
CREATE INDEX "idx_change_tracking_changed_by" ON "compliance"."change_tracking"("changed_by");
CREATE INDEX "idx_change_tracking_timestamp" ON "compliance"."change_tracking"("changed_at");
