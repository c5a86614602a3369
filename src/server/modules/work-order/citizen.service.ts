import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { FieldCipher } from '../../security/field-cipher';

type Db = Kysely<Database> | Transaction<Database>;

export interface CitizenContact {
  phone: string;
  name?: string | undefined;
  idNumber?: string | undefined;
}

/**
 * One citizen across channels: the same phone or ID number is the same person, whichever
 * platform they used. Numbers are stored encrypted; the keyed hashes are how we find them.
 * The upsert on the phone hash keeps two simultaneous first contacts from making two people.
 */
export async function findOrCreateCitizen(db: Db, cipher: FieldCipher, contact: CitizenContact): Promise<number> {
  const phoneHash = cipher.lookupHash(contact.phone);
  const idNumberHash = contact.idNumber ? cipher.lookupHash(contact.idNumber) : null;
  if (idNumberHash) {
    const byId = await db
      .selectFrom('citizen')
      .select('id')
      .where('idNumberHash', '=', idNumberHash)
      .executeTakeFirst();
    if (byId) {
      await db
        .updateTable('citizen')
        .set((eb) => ({ name: contact.name ?? eb.ref('name') }))
        .where('id', '=', byId.id)
        .execute();
      return byId.id;
    }
  }
  const row = await db
    .insertInto('citizen')
    .values({
      name: contact.name ?? null,
      phoneCipher: cipher.encrypt(contact.phone),
      phoneHash,
      idNumberCipher: contact.idNumber ? cipher.encrypt(contact.idNumber) : null,
      idNumberHash,
    })
    .onConflict((oc) =>
      oc.column('phoneHash').doUpdateSet((eb) => ({
        // A later contact may add a name or an ID number; it never erases one.
        name: eb.fn.coalesce('excluded.name', 'citizen.name'),
        idNumberCipher: eb.fn.coalesce('excluded.idNumberCipher', 'citizen.idNumberCipher'),
        idNumberHash: eb.fn.coalesce('excluded.idNumberHash', 'citizen.idNumberHash'),
        updatedAt: eb.fn('now'),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
