import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './schema';

// The legal-aid module's tables (kept beside schema.ts, which holds the rest): see src/server/modules/legal-aid.

// module: legal-aid (the means-test rule data; see db/migrations/*_legal_aid_rules.ts)
export interface LegalAidRuleVersionTable {
  id: Generated<number>;
  /** A city (3708) or county (370811) division-code prefix. */
  regionPrefix: string;
  /** YYYY-MM-DD (date columns are read as strings). */
  effectiveFrom: string;
  multiplierPermille: number;
  assetCapFen: number | null;
  note: string | null;
  createdBy: number | null;
  createdAt: Generated<Timestamp>;
}

export interface LegalAidSupplementaryMatterTable {
  ruleVersionId: number;
  code: string;
  nameZh: string;
  kind: 'civil' | 'administrative';
  basis: string;
  isReviewOnly: Generated<boolean>;
  sortOrder: number;
}

export interface LegalAidExemptionTable {
  code: string;
  nameZh: string;
  basis: string;
  /** Null: any matter. */
  matterCategories: string[] | null;
  extendsScope: Generated<boolean>;
  sortOrder: number;
  isActive: Generated<boolean>;
  createdAt: Generated<Timestamp>;
  updatedAt: Generated<Timestamp>;
}

// module: legal-aid (applications and decisions; see db/migrations/*_legal_aid_application.ts)
export interface LegalAidApplicationTable {
  workOrderId: number;
  householdSize: number;
  monthlyHouseholdIncomeFen: number;
  assetsFen: number | null;
  matterCategory: string;
  exemptions: string[];
  appointmentGrounds: string[];
  opposingPartyCipher: string | null;
  opposingPartyHash: string | null;
  documents: string[];
  eligibility: Json;
  eligibilityResult: 'eligible' | 'not_eligible' | 'needs_review';
  ruleVersionId: number;
  receivedAt: Timestamp;
  reviewBy: Timestamp;
  decision: 'grant' | 'refuse' | null;
  decisionReasons: string | null;
  decidedBy: number | null;
  decidedAt: Timestamp | null;
  letterYear: number | null;
  letterSequence: number | null;
  letterNumber: string | null;
  objectionReason: string | null;
  objectedAt: Timestamp | null;
  objectionActorKind: 'staff' | 'citizen' | null;
  objectionAnswerBy: Timestamp | null;
  objectionAnswer: 'uphold' | 'overturn' | null;
  objectionAnswerReasons: string | null;
  objectionAnsweredBy: number | null;
  objectionAnsweredAt: Timestamp | null;
  version: Generated<number>;
  createdAt: Generated<Timestamp>;
}

export interface LegalAidDibaoTable {
  /** A city or county code (12 digits). */
  divisionCode: string;
  effectiveFrom: string;
  monthlyFen: number;
  isIllustrative: Generated<boolean>;
  updatedBy: number | null;
  updatedAt: Generated<Timestamp>;
}

// module: legal-aid (assignment; see db/migrations/*_legal_aid_assignment.ts)
export interface LegalAidPoolMemberTable {
  professionalId: number;
  kind: string;
  divisionCode: string;
  isActive: Generated<boolean>;
  isDemo: Generated<boolean>;
  createdAt: Generated<Timestamp>;
}

export interface LegalAidDutyRosterTable {
  dutyDate: ColumnType<string, string, string>;
  professionalId: number;
  isDemo: Generated<boolean>;
}

export interface LegalAidAssignmentTable {
  id: Generated<number>;
  workOrderId: number;
  professionalId: number;
  organizationId: number;
  handlerKind: string;
  assigneeUserId: number | null;
  via: string;
  conflictHits: Json;
  assignedAt: Timestamp;
  assignedBy: number;
  endedAt: Timestamp | null;
}

/** The legal-aid tables as the Database interface (schema.ts) includes them. */
export interface LegalAidTables {
  legalAidRuleVersion: LegalAidRuleVersionTable;
  legalAidSupplementaryMatter: LegalAidSupplementaryMatterTable;
  legalAidExemption: LegalAidExemptionTable;
  legalAidDibao: LegalAidDibaoTable;
  legalAidApplication: LegalAidApplicationTable;
  legalAidPoolMember: LegalAidPoolMemberTable;
  legalAidDutyRoster: LegalAidDutyRosterTable;
  legalAidAssignment: LegalAidAssignmentTable;
}
