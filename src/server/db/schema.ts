import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LegalAidTables } from './schema.legal-aid';

// Table types, camelCase as Kysely's CamelCasePlugin presents them.
// Each block is owned by the module named above it; keep in step with db/migrations.

// Timestamps are timestamptz, read and written as Date (UTC instants; shown in Asia/Shanghai).
export type Timestamp = Date;
export type Json = ColumnType<unknown, string, string>;

// module: division
export interface DivisionTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  kind: string | null;
  parentCode: string | null;
}

// module: organization
export interface OrganizationTable {
  id: Generated<number>;
  kind: string;
  name: string;
  divisionCode: string;
  parentId: number | null;
  address: string | null;
  servicePhone: string | null;
  isDemo: Generated<boolean>;
  createdAt: Generated<Timestamp>;
}

export interface ProfessionalTable {
  id: Generated<number>;
  kind: string;
  name: string;
  organizationId: number | null;
  divisionCode: string;
  licenceNo: string | null;
  phoneCipher: string | null;
  phoneHash: string | null;
  isDemo: Generated<boolean>;
  createdAt: Generated<Timestamp>;
}

// module: account
export interface AppUserTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: string[];
  scopeDivisionCode: string;
  organizationId: number | null;
  professionalId: number | null;
  phoneCipher: string | null;
  phoneHash: string | null;
  isDisabled: Generated<boolean>;
  mustChangePassword: Generated<boolean>;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Timestamp>;
  updatedAt: Generated<Timestamp>;
  lastLoginAt: Timestamp | null;
}

// module: auth
export interface UserSessionTable {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: Generated<Timestamp>;
  lastSeenAt: Generated<Timestamp>;
  expiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  succeeded: boolean;
  at: Generated<Timestamp>;
}

// module: audit
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Timestamp>;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  divisionCode: string | null;
  detail: Json;
  ip: string | null;
}

// module: setting
export interface AppSettingTable {
  key: string;
  value: Json;
  updatedAt: Generated<Timestamp>;
}

// module: calendar
export interface CalendarDayTable {
  /** YYYY-MM-DD (date columns are read as strings). */
  day: string;
  kind: 'holiday' | 'workday';
  name: string | null;
  provisional: Generated<boolean>;
  updatedBy: number | null;
  updatedAt: Generated<Timestamp>;
}

// module: legal-domain
export interface LegalDomainTable {
  /** Immutable once created: articles, orders and rules store it. */
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  /** False: retired, kept so that what already carries the code still names it. */
  isActive: Generated<boolean>;
  createdAt: Generated<Timestamp>;
  updatedAt: Generated<Timestamp>;
}

// module: knowledge
export interface KnowledgeArticleTable {
  id: Generated<number>;
  title: string;
  question: string;
  answer: string;
  legalDomain: string;
  keywords: string[];
  /** tsvector, written as to_tsvector('simple', …) from jieba tokens; never selected. */
  searchTokens: string;
  status: Generated<string>;
  viewCount: Generated<number>;
  createdBy: number | null;
  updatedBy: number | null;
  createdAt: Generated<Timestamp>;
  updatedAt: Generated<Timestamp>;
  version: Generated<number>;
  isDemo: Generated<boolean>;
}

// module: work-order
export interface CitizenTable {
  id: Generated<number>;
  name: string | null;
  phoneCipher: string | null;
  phoneHash: string | null;
  idNumberCipher: string | null;
  idNumberHash: string | null;
  createdAt: Generated<Timestamp>;
  updatedAt: Generated<Timestamp>;
}

export interface WorkOrderCounterTable {
  day: string;
  lastValue: number;
}

export interface WorkOrderTable {
  id: Generated<number>;
  code: string;
  kind: string;
  legalDomain: string | null;
  channel: string;
  priority: Generated<string>;
  status: string;
  divisionCode: string;
  citizenId: number;
  description: string;
  organizationId: number | null;
  assigneeId: number | null;
  createdBy: number | null;
  acceptBy: Timestamp | null;
  resolveBy: Timestamp;
  acceptedAt: Timestamp | null;
  resolvedAt: Timestamp | null;
  closedAt: Timestamp | null;
  result: string | null;
  supervised: Generated<boolean>;
  overdueLevel: Generated<number>;
  remindedAt: Timestamp | null;
  extensionRequestedDays: number | null;
  extensionReason: string | null;
  reopenCount: Generated<number>;
  rating: number | null;
  ratingComment: string | null;
  idempotencyKey: string | null;
  version: Generated<number>;
  createdAt: Generated<Timestamp>;
  updatedAt: Generated<Timestamp>;
}

export interface WorkOrderEventTable {
  id: Generated<number>;
  workOrderId: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: number | null;
  actorKind: 'staff' | 'citizen' | 'system';
  reason: string | null;
  detail: ColumnType<unknown, string | undefined, string>;
  at: Generated<Timestamp>;
}

// module: message
export interface MessageOutboxTable {
  id: Generated<number>;
  channel: 'sms';
  recipientCipher: string;
  body: string;
  purpose: string;
  workOrderId: number | null;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Timestamp>;
  lastError: string | null;
  providerMessageId: string | null;
  sentAt: Timestamp | null;
  createdAt: Generated<Timestamp>;
}

// module: routing
export interface RoutingRuleTable {
  id: Generated<number>;
  kind: string | null;
  legalDomain: string | null;
  divisionPrefix: string | null;
  organizationKinds: string[];
  startLevel: string;
  priority: Generated<number>;
  isActive: Generated<boolean>;
  note: string | null;
  version: Generated<number>;
  updatedAt: Generated<Timestamp>;
}

// module: hotline
export interface HotlineCallTable {
  id: Generated<number>;
  line: string;
  callerPhoneCipher: string;
  callerPhoneHash: string;
  citizenId: number | null;
  agentId: number | null;
  startedAt: Timestamp;
  endedAt: Timestamp | null;
  durationSeconds: number | null;
  workOrderId: number | null;
  createdAt: Generated<Timestamp>;
}

export interface Database extends LegalAidTables {
  division: DivisionTable;
  organization: OrganizationTable;
  professional: ProfessionalTable;
  appUser: AppUserTable;
  userSession: UserSessionTable;
  loginAttempt: LoginAttemptTable;
  auditLog: AuditLogTable;
  appSetting: AppSettingTable;
  calendarDay: CalendarDayTable;
  citizen: CitizenTable;
  workOrderCounter: WorkOrderCounterTable;
  workOrder: WorkOrderTable;
  workOrderEvent: WorkOrderEventTable;
  hotlineCall: HotlineCallTable;
  routingRule: RoutingRuleTable;
  messageOutbox: MessageOutboxTable;
  knowledgeArticle: KnowledgeArticleTable;
  legalDomain: LegalDomainTable;
}

export type DivisionRow = Selectable<DivisionTable>;
export type OrganizationRow = Selectable<OrganizationTable>;
export type ProfessionalRow = Selectable<ProfessionalTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
