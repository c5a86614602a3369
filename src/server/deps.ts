import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import type { Database } from './db/schema';
import type { FieldCipher } from './security/field-cipher';

/** What every module's service receives. The clock is injected so deadline tests can move time. */
export interface AppDeps {
  db: Kysely<Database>;
  cipher: FieldCipher;
  config: Config;
  clock: () => Date;
  /** Notifications of the database (LISTEN/NOTIFY): how processes tell each other what changed. */
  listen: DatabaseHandle['listen'];
}
