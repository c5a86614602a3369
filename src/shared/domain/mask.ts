/** Masks a phone number for display: 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** Mainland mobile numbers and fixed lines with an area code (0537-1234567). */
export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
