import type { DivisionLevel } from '../../shared/domain/division';
import type { Role } from '../../shared/domain/role';

/** The logged-in staff member a request acts for, resolved from the session cookie. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  scopeCode: string;
  scopeName: string;
  scopeLevel: DivisionLevel;
  /** Every record the actor may see has a division code starting with this. */
  scopePrefix: string;
  organizationId: number | null;
  organizationName: string | null;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
}
