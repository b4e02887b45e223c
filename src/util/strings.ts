/** Text on one line: line breaks and the blanks around them become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** At most `max` characters (code points), the last one an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The first line of `text` that is not blank, trimmed ('' when there is none). */
export function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

/**
 * A count with thousands separators (`12,345`), as toLocaleString('en-US') writes it but without
 * starting ICU's number formatting, which costs ~20 ms on its first call.
 */
export function thousands(n: number): string {
  const text = String(n);
  return Number.isSafeInteger(n) ? text.replace(/\B(?=(\d{3})+$)/g, ',') : text;
}

/**
 * The same text in storage of its own. A substring of a long text (a line of a 1 MiB file tail, say)
 * is kept by V8 as a view that holds the whole text alive: whatever is stored for later (a summary
 * holds one per eval job) should not be such a view. UTF-16 round trip: every code unit, a lone
 * surrogate included, comes back as it was.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
