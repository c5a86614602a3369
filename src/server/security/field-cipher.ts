import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Personal numbers (phone, ID) at rest: AES-256-GCM with a random IV per value, plus a
 * keyed HMAC of the normalised value so a record can be found by number without
 * decrypting every row. Both keys are derived from FATONG_SECRET with HKDF, so one
 * secret is all an operator keeps.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(cipherText: string): string;
  /** Deterministic lookup hash of a normalised value. */
  lookupHash(plain: string): string;
}

const VERSION = 'v1';

export function createFieldCipher(secret: string): FieldCipher {
  const encryptionKey = Buffer.from(hkdfSync('sha256', secret, 'fatong', 'field-encryption', 32));
  const hashKey = Buffer.from(hkdfSync('sha256', secret, 'fatong', 'lookup-hash', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    decrypt(cipherText) {
      const [version, iv, tag, body] = cipherText.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Unrecognised cipher text');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    lookupHash(plain) {
      return createHmac('sha256', hashKey).update(normalise(plain)).digest('base64url');
    },
  };
}

function normalise(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}
