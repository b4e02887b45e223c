// A test oracle for what GitHub would turn into a live mention, reference or link in rendered
// markdown, and for text that starts a block where a name starts a list item. GitHub's autolinking
// runs on the rendered text, so the markdown's code spans are removed first and its backslash escapes
// and entities undone (a backslash does not stop a mention).
import { unescapeMarkdown, withoutCodeSpans } from './gfm.js';

const PATTERNS: Array<[string, RegExp]> = [
  ['mention', /(?<![\p{L}\p{N}_`])@[A-Za-z0-9][A-Za-z0-9-]*/u],
  ['issue reference', /(?<![\p{L}\p{N}_&])#\d+/u],
  ['repository reference', /[\w.-]+\/[\w.-]+#\d+/u],
  ['GH reference', /\bGH-\d+/iu],
  ['commit SHA', /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/iu],
  ['www link', /\bwww\.[\w-]+/iu],
  ['URL', /\b[a-z][a-z0-9+.-]*:\/\/[^\s]/iu],
  ['mail link', /\b(?:mailto|xmpp):[^\s]/iu],
  ['e-mail address', /[\w.+-]+@[\w-]+\.[\w.-]*[A-Za-z0-9]/u],
];

/** Every live autolink GitHub would make of the markdown, as `kind: text`. */
export function liveAutolinks(markdown: string): string[] {
  const visible = unescapeMarkdown(withoutCodeSpans(markdown));
  const found: string[] = [];
  for (const [kind, pattern] of PATTERNS) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of visible.matchAll(global)) found.push(`${kind}: ${match[0]}`);
  }
  return found;
}

/** Lines (or list-item contents) of the markdown that would start a heading, quote or list they should not. */
export function blockStarts(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^(?:[-*+] |\d{1,9}[.)] )/, ''))
    .filter(
      (content) =>
        /^ {4,}\S/.test(content) ||
        /^ {0,3}(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|=+\s*$)/.test(content),
    );
}
