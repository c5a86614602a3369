// Resident ID numbers (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  if (checkCharacters[sum % 11] !== value[17]) return false;
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** 370811199001011234 → 370811********1234: region visible, birth date hidden. */
export function maskIdNumber(value: string): string {
  if (value.length < 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}
