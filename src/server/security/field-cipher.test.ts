import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFieldCipher } from './field-cipher';

const cipher = createFieldCipher('unit-test-secret-0123456789abcdef0123');

test('encrypts with a fresh IV each time and decrypts back', () => {
  const a = cipher.encrypt('13812345678');
  const b = cipher.encrypt('13812345678');
  assert.notEqual(a, b);
  assert.ok(!a.includes('13812345678'));
  assert.equal(cipher.decrypt(a), '13812345678');
});

test('a tampered cipher text is refused', () => {
  const [v, iv, tag, body] = cipher.encrypt('370811199001011234').split('.');
  const flipped = `${body?.[0] === 'A' ? 'B' : 'A'}${body?.slice(1)}`;
  assert.throws(() => cipher.decrypt([v, iv, tag, flipped].join('.')));
});

test('another secret cannot decrypt', () => {
  const other = createFieldCipher('another-secret-0123456789abcdef012345');
  assert.throws(() => other.decrypt(cipher.encrypt('13812345678')));
});

test('the lookup hash is stable, keyed, and ignores spacing and dashes', () => {
  assert.equal(cipher.lookupHash('0537-2345678'), cipher.lookupHash('0537 2345678'));
  assert.equal(cipher.lookupHash('37081119900101123x'), cipher.lookupHash('37081119900101123X'));
  assert.notEqual(cipher.lookupHash('13812345678'), createFieldCipher('x'.repeat(40)).lookupHash('13812345678'));
});
