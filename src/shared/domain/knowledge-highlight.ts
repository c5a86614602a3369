/**
 * Marks search terms in the original text, so the user reads the article as written with the
 * matched words highlighted. Pure (no DOM, no jieba): the server builds the list snippets with it,
 * the web marks the whole article in the drawer with the same rules.
 *
 * The terms come from the search segmenter, which folds text with NFKC and lower case; the text
 * is folded the same way character by character, keeping where each folded character came from,
 * so a term matches 'ＡＢＣ' or 'Abc' in the original and the mark covers the original characters.
 */

export interface HighlightSegment {
  text: string;
  isMatch: boolean;
}

interface Folded {
  text: string;
  /** For each code unit of the folded text: the original character's start and end. */
  from: number[];
  to: number[];
}

function fold(text: string): Folded {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = char.normalize('NFKC').toLowerCase();
    for (let k = 0; k < f.length; k += 1) {
      from.push(index);
      to.push(index + char.length);
    }
    folded += f;
    index += char.length;
  }
  return { text: folded, from, to };
}

interface Span {
  start: number;
  end: number;
  terms: string[];
}

/** Non-overlapping matches, left to right; at each position the longest term wins. */
function findMatches(text: string, terms: readonly string[]): Span[] {
  const wanted = [...new Set(terms.map((t) => t.normalize('NFKC').toLowerCase()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0 || text.length === 0) return [];
  const folded = fold(text);
  const spans: Span[] = [];
  let p = 0;
  while (p < folded.text.length) {
    const term = wanted.find((t) => folded.text.startsWith(t, p));
    if (!term) {
      p += 1;
      continue;
    }
    const start = folded.from[p]!;
    const end = folded.to[p + term.length - 1]!;
    const last = spans.at(-1);
    // Adjacent terms (拖欠 + 工资) read as one mark.
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.terms.push(term);
    } else spans.push({ start, end, terms: [term] });
    p += term.length;
  }
  return spans;
}

function toSegments(text: string, spans: Span[], offset = 0, limit = text.length): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = offset;
  for (const span of spans) {
    if (span.end <= offset || span.start >= limit) continue;
    const start = Math.max(span.start, offset);
    const end = Math.min(span.end, limit);
    if (start > cursor) segments.push({ text: text.slice(cursor, start), isMatch: false });
    segments.push({ text: text.slice(start, end), isMatch: true });
    cursor = end;
  }
  if (cursor < limit) segments.push({ text: text.slice(cursor, limit), isMatch: false });
  return segments;
}

/** The whole text, cut into plain and matched segments (joined, they give the text back). */
export function highlightText(text: string, terms: readonly string[]): HighlightSegment[] {
  return toSegments(text, findMatches(text, terms));
}

/** How many different terms occur in the text: used to pick which field a snippet comes from. */
export function countMatchedTerms(text: string, terms: readonly string[]): number {
  return new Set(findMatches(text, terms).flatMap((s) => s.terms)).size;
}

// Context shown before the first match of the window, so the mark does not open the snippet.
const leadChars = 12;

/**
 * A snippet of about `length` characters: the window holding the most matches (the earliest
 * on a tie), with ellipses where it was cut and line breaks shown as spaces. Without a match,
 * the beginning of the text.
 */
export function excerptText(text: string, terms: readonly string[], length = 120): HighlightSegment[] {
  const spans = findMatches(text, terms);
  const lead = Math.min(leadChars, Math.floor(length / 4));
  let start = 0;
  if (spans.length > 0) {
    let best = 0;
    let bestCount = -1;
    for (let i = 0; i < spans.length; i += 1) {
      const windowEnd = spans[i]!.start + length - lead;
      let count = 0;
      for (let j = i; j < spans.length && spans[j]!.end <= windowEnd; j += 1) count += 1;
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    const first = spans[best]!.start;
    start = Math.max(0, first - lead);
    // Open the snippet at a clause boundary when there is one in the lead: “…被拖欠工资” not “…动合同法》”.
    const boundary = Math.max(...[...'。；！？\n，、：'].map((mark) => text.lastIndexOf(mark, first - 1)));
    if (boundary >= start) start = boundary + 1;
  }
  const end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start -= 1;
  const cutEnd = end < text.length && /[\ud800-\udbff]/.test(text[end - 1] ?? '') ? end + 1 : end;
  const segments = toSegments(text, spans, start, cutEnd).map((s) => ({
    ...s,
    text: s.text.replace(/\s+/g, ' '),
  }));
  if (start > 0) segments.unshift({ text: '…', isMatch: false });
  if (cutEnd < text.length) segments.push({ text: '…', isMatch: false });
  return mergePlain(segments);
}

function mergePlain(segments: HighlightSegment[]): HighlightSegment[] {
  const merged: HighlightSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && !last.isMatch && !segment.isMatch) last.text += segment.text;
    else if (segment.text) merged.push({ ...segment });
  }
  return merged;
}
