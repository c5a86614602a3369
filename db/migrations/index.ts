import type { Migration } from 'kysely';
import * as foundation from './20261123090000_foundation';

/**
 * Every migration, by name. Listed here rather than read from the folder so that the
 * server bundle (dist/server) carries them; a unit test checks the list against the folder.
 */
export const migrations: Record<string, Migration> = {
  '20261123090000_foundation': foundation,
};
