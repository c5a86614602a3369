import type { Migration } from 'kysely';
import * as foundation from './20261123090000_foundation';
import * as calendar from './20261123120000_calendar';
import * as knowledge from './20261123121000_knowledge';
import * as workOrder from './20261123130000_work_order';
import * as hotline from './20261123140000_hotline';
import * as routing from './20261123150000_routing';
import * as messageOutbox from './20261123160000_message_outbox';
import * as legalDomain from './20261123170000_legal_domain';
import * as legalAidRules from './20261123180000_legal_aid_rules';
import * as legalAidApplication from './20261123190000_legal_aid_application';
import * as legalAidAssignment from './20261123200000_legal_aid_assignment';

/**
 * Every migration, by name. Listed here rather than read from the folder so that the
 * server bundle (dist/server) carries them; a unit test checks the list against the folder.
 */
export const migrations: Record<string, Migration> = {
  '20261123090000_foundation': foundation,
  '20261123120000_calendar': calendar,
  '20261123121000_knowledge': knowledge,
  '20261123130000_work_order': workOrder,
  '20261123140000_hotline': hotline,
  '20261123150000_routing': routing,
  '20261123160000_message_outbox': messageOutbox,
  '20261123170000_legal_domain': legalDomain,
  '20261123180000_legal_aid_rules': legalAidRules,
  '20261123190000_legal_aid_application': legalAidApplication,
  '20261123200000_legal_aid_assignment': legalAidAssignment,
};
