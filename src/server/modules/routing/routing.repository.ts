import type { Insertable, Kysely, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Database, RoutingRuleTable } from '../../db/schema';

export function listRules(db: Kysely<Database>, activeOnly: boolean) {
  let q = db.selectFrom('routingRule').selectAll().orderBy('priority').orderBy('id');
  if (activeOnly) q = q.where('isActive', '=', true);
  return q.execute();
}

export function findRule(db: Kysely<Database>, id: number) {
  return db.selectFrom('routingRule').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertRule(db: Kysely<Database>, values: Insertable<RoutingRuleTable>) {
  return db.insertInto('routingRule').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateRule(db: Kysely<Database>, id: number, version: number, values: Updateable<RoutingRuleTable>) {
  return db
    .updateTable('routingRule')
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Every organisation of a city-sized area, with what routing needs: ~10,000 rows, a few hundred KB. */
export function listRoutableOrganizations(db: Kysely<Database>, scopePrefix: string) {
  return db
    .selectFrom('organization')
    .select(['id', 'kind', 'divisionCode', 'name'])
    .where('divisionCode', 'like', `${scopePrefix}%`)
    .execute();
}
