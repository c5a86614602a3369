import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Table types, camelCase as Kysely's CamelCasePlugin presents them.
// Each block is owned by the module named above it; keep in step with db/migrations.

// Timestamps are timestamptz, read and written as Date (UTC instants; shown in Asia/Shanghai).
type Timestamp = Date;
type Json = ColumnType<unknown, string, string>;

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

export interface Database {
  division: DivisionTable;
  organization: OrganizationTable;
  professional: ProfessionalTable;
  appUser: AppUserTable;
  userSession: UserSessionTable;
  loginAttempt: LoginAttemptTable;
  auditLog: AuditLogTable;
  appSetting: AppSettingTable;
}

export type DivisionRow = Selectable<DivisionTable>;
export type OrganizationRow = Selectable<OrganizationTable>;
export type ProfessionalRow = Selectable<ProfessionalTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
