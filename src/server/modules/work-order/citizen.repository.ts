import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A citizen's name and encrypted numbers; callers decide what of it leaves the server. */
export function findCitizenNumbers(db: Db, citizenId: number) {
  return db
    .selectFrom('citizen')
    .select(['id', 'name', 'phoneCipher', 'idNumberCipher'])
    .where('id', '=', citizenId)
    .executeTakeFirst();
}
