import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskPhone, phonePattern } from './mask';

const masks: [string, string][] = [
  ['13812345678', '138****5678'],
  ['0537-2345678', '053*****5678'],
  ['123456', '******'],
];
for (const [phone, masked] of masks) test(`${phone} shows as ${masked}`, () => assert.equal(maskPhone(phone), masked));

const phones: [string, boolean][] = [
  ['13812345678', true],
  ['0537-2345678', true],
  ['05372345678', true],
  ['12812345678', false],
  ['1381234567', false],
  ['+8613812345678', false],
];
for (const [phone, ok] of phones)
  test(`${phone} is ${ok ? '' : 'not '}a phone number`, () => assert.equal(phonePattern.test(phone), ok));
