import type { CSSProperties } from 'react';
import { type HighlightSegment, highlightText } from '../../../shared/domain/knowledge-highlight';

const markStyle: CSSProperties = { background: '#fff1b8', color: 'inherit', padding: 0, borderRadius: 2 };

/** Original text with the matched words in <mark>: plain React text nodes, never HTML from the server. */
export function HighlightedSegments({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.isMatch ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of one text.
          <mark key={i} style={markStyle} data-testid="knowledge-mark">
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** A whole text with the search terms marked (the article drawer). */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return <HighlightedSegments segments={highlightText(text, terms)} />;
}
