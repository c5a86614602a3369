import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { FieldCipher } from '../../security/field-cipher';

export interface CitizenContact {
  phone: string;
  name?: string | undefined;
  idNumber?: string | undefined;
}

/**
 * One citizen across channels: the same phone or ID number is the same person, whichever
 * platform they used. Numbers are stored encrypted; the keyed hashes are how we find them.
 *
 * An ID number is the stronger match, so it is looked up first (a person may call from a new
 * phone). Returns undefined when it matches nobody — or when there is no ID number.
 */
export async function findCitizenByIdNumber(db: Kysely<Database>, cipher: FieldCipher, contact: CitizenContact) {
  if (!contact.idNumber) return undefined;
  const row = await db
    .selectFrom('citizen')
    .select('id')
    .where('idNumberHash', '=', cipher.lookupHash(contact.idNumber))
    .executeTakeFirst();
  return row?.id;
}

/**
 * The statement that records the contact, written as a common table expression so intake can
 * make the citizen and the order in one statement: for a citizen matched by ID number, add the
 * name if given; otherwise an upsert on the phone hash, which also keeps two simultaneous
 * first contacts from making two people. A later contact may add a name or an ID number; it
 * never erases one. Returns the citizen's `id`.
 */
export function writeCitizen(
  qc: QueryCreator<Database>,
  cipher: FieldCipher,
  contact: CitizenContact,
  matchedId: number | undefined,
) {
  const phoneHash = cipher.lookupHash(contact.phone);
  if (matchedId !== undefined) {
    // The person may call from a new phone: it becomes theirs (so they can track this order with
    // it), unless it is already another citizen's record.
    const phoneTaken = sql<boolean>`exists (select 1 from citizen other where other.phone_hash = ${phoneHash} and other.id <> ${matchedId})`;
    return qc
      .updateTable('citizen')
      .set((eb) => ({
        name: contact.name ?? eb.ref('name'),
        phoneCipher: sql`case when ${phoneTaken} then citizen.phone_cipher else ${cipher.encrypt(contact.phone)} end`,
        phoneHash: sql`case when ${phoneTaken} then citizen.phone_hash else ${phoneHash} end`,
        updatedAt: eb.fn('now'),
      }))
      .where('id', '=', matchedId)
      .returning('id');
  }
  return qc
    .insertInto('citizen')
    .values({
      name: contact.name ?? null,
      phoneCipher: cipher.encrypt(contact.phone),
      phoneHash,
      idNumberCipher: contact.idNumber ? cipher.encrypt(contact.idNumber) : null,
      idNumberHash: contact.idNumber ? cipher.lookupHash(contact.idNumber) : null,
    })
    .onConflict((oc) =>
      oc.column('phoneHash').doUpdateSet((eb) => ({
        name: eb.fn.coalesce('excluded.name', 'citizen.name'),
        idNumberCipher: eb.fn.coalesce('excluded.idNumberCipher', 'citizen.idNumberCipher'),
        idNumberHash: eb.fn.coalesce('excluded.idNumberHash', 'citizen.idNumberHash'),
        updatedAt: eb.fn('now'),
      })),
    )
    .returning('id');
}
