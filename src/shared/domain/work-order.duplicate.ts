/**
 * Possible duplicates: the same citizen with a similar open matter in the last 30 days.
 * Similarity is the share of the shorter description's words found in the other (overlap
 * coefficient over jieba tokens): a short follow-up call ("还是工资的事") matches the longer
 * first description; the same kind of service adds a little.
 */
export const duplicateWindowDays = 30;
export const duplicateThreshold = 0.4;

export function descriptionSimilarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return shared / Math.min(left.size, right.size);
}

export function duplicateScore(
  candidate: { tokens: readonly string[]; kind: string },
  matter: { tokens: readonly string[]; kind: string },
): number {
  const score = descriptionSimilarity(candidate.tokens, matter.tokens) + (candidate.kind === matter.kind ? 0.1 : 0);
  return Math.min(1, Math.round(score * 100) / 100);
}
