/**
 * Place is a code: the 12-digit statistical division code (统计用区划代码).
 * province 2 significant digits, city 4, county 6, township 9, village 12.
 */
export const divisionLevels = ['province', 'city', 'county', 'township', 'village'] as const;
export type DivisionLevel = (typeof divisionLevels)[number];

const significantDigits: Record<DivisionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

export const divisionCodePattern = /^\d{12}$/;

export function isDivisionCode(value: string): boolean {
  return divisionCodePattern.test(value);
}

/** The level a code denotes, read from its trailing zeros by segment (not by counting zeros). */
export function divisionLevelOf(code: string): DivisionLevel {
  if (code.slice(2) === '0000000000') return 'province';
  if (code.slice(4) === '00000000') return 'city';
  if (code.slice(6) === '000000') return 'county';
  if (code.slice(9) === '000') return 'township';
  return 'village';
}

/**
 * The prefix that every code inside `code` starts with. A data scope is this prefix, so
 * "everything under my county" is one indexed `LIKE 'prefix%'`.
 */
export function scopePrefix(code: string): string {
  return code.slice(0, significantDigits[divisionLevelOf(code)]);
}

export function isWithinScope(scopeCode: string, code: string): boolean {
  return code.startsWith(scopePrefix(scopeCode));
}

/** The codes of every ancestor of `code`, from the province down, excluding itself. */
export function ancestorCodes(code: string): string[] {
  const level = divisionLevels.indexOf(divisionLevelOf(code));
  return divisionLevels.slice(0, level).map((l) => code.slice(0, significantDigits[l]).padEnd(12, '0'));
}

export function parentLevel(level: DivisionLevel): DivisionLevel | undefined {
  return divisionLevels[divisionLevels.indexOf(level) - 1];
}
