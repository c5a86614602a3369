/**
 * Deterministic randomness for the demo data: mulberry32 streams seeded from a fixed
 * number and a label, so every run produces the same rows, and changing one step's
 * generator does not reshuffle the others.
 */
const baseSeed = 0x0537_2026;

export class Random {
  private state: number;

  constructor(label: string) {
    // FNV-1a of the label, mixed with the base seed.
    let hash = 0x811c9dc5;
    for (const ch of label) {
      hash ^= ch.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193);
    }
    this.state = (hash ^ baseSeed) >>> 0;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const sum = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * sum;
    for (let i = 0; i < items.length; i += 1) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
}

/**
 * Splits `total` into integers proportional to `weights` (largest remainder), each at least
 * `min` and at most `caps[i]` when caps are given. Throws when the bounds cannot be met.
 */
export function apportion(
  total: number,
  weights: readonly number[],
  options: { min?: number; caps?: readonly number[] } = {},
): number[] {
  const min = options.min ?? 0;
  const caps = options.caps ?? weights.map(() => Number.POSITIVE_INFINITY);
  const counts = weights.map((_, i) => Math.min(min, caps[i]!));
  const capacity = caps.reduce((a, b) => a + b, 0);
  if (counts.reduce((a, b) => a + b, 0) > total || capacity < total) {
    throw new Error(`Cannot split ${total} into ${weights.length} parts between ${min} and the caps`);
  }
  let remaining = total - counts.reduce((a, b) => a + b, 0);
  while (remaining > 0) {
    const open = weights.map((w, i) => (counts[i]! < caps[i]! ? w : 0));
    const sum = open.reduce((a, b) => a + b, 0);
    // Only zero-weight parts have room left: share evenly among them.
    const shares = open.map((w, i) => (sum > 0 ? w / sum : counts[i]! < caps[i]! ? 1 : 0));
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const exact = shares.map((s) => (remaining * s) / shareSum);
    const given = exact.map((e, i) => Math.min(Math.floor(e), caps[i]! - counts[i]!));
    let left = remaining - given.reduce((a, b) => a + b, 0);
    const order = exact
      .map((e, i) => ({ i, frac: e - Math.floor(e) }))
      .filter(({ i }) => shares[i]! > 0)
      .sort((a, b) => b.frac - a.frac || a.i - b.i);
    for (const { i } of order) {
      if (left === 0) break;
      if (counts[i]! + given[i]! < caps[i]!) {
        given[i]! += 1;
        left -= 1;
      }
    }
    given.forEach((g, i) => {
      counts[i]! += g;
    });
    remaining = total - counts.reduce((a, b) => a + b, 0);
  }
  return counts;
}
