// Text from files (run, task and file names, messages) as markdown that shows literally on GitHub:
// in summary.md, the job summary and the PR comment. Three kinds of harm are prevented:
//
// - markup: emphasis, links, images, HTML, entities, tables, code, math. ASCII punctuation is
//   backslash-escaped (always literal in CommonMark); `<`, `>`, `&` become entities.
// - block structure: nothing at the start of the text (the start of a list item or a line) can
//   become a heading, list, quote, setext underline or indented code.
// - GitHub's autolinks, which run AFTER markdown on the rendered text, so a backslash does NOT stop
//   them (github/markup#1168, github/cmark-gfm#181; `&#64;` does not either): @user and @org/team
//   mentions, #123 / owner/repo#123 / GH-123 references, commit SHAs, bare URLs (`www.`, `scheme://`)
//   and e-mail addresses. A zero-width space is put where the pattern needs a word character, so the
//   text looks the same but matches nothing. Code spans need none of this (GitHub links nothing in code).
import { cleanLine } from '../util/clean-text.js';

/** Invisible, and not a word character: breaks every autolink pattern it is put into. */
export const ZERO_WIDTH = '\u200B';

// Every ASCII character that can start inline markup in GitHub markdown: code, emphasis, links,
// images, strikethrough, math, table cells, footnotes.
const MARKUP = /[\\`*_[\]~|$]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The autolink triggers, each with the place a zero-width space goes. */
const AUTOLINKS: Array<[RegExp, string]> = [
  // @user, @org/team, user@example.com, owner/repo@sha: nothing after an @ can be a name.
  [/@/g, `@${ZERO_WIDTH}`],
  // #123, owner/repo#123, and #abc (a discussion or a named anchor).
  [/#(?=[\p{L}\p{N}])/gu, `#${ZERO_WIDTH}`],
  // GH-123 (any case).
  [/\b(gh)-(?=\d)/giu, `$1${ZERO_WIDTH}-`],
  // http://, https://, ftp://, any scheme://, and mailto: / xmpp: links.
  [/:(?=\/\/)/g, `:${ZERO_WIDTH}`],
  [/\b(mailto|xmpp|tel):/giu, `$1${ZERO_WIDTH}:`],
  // www.example.com.
  [/\b(www)\./giu, `$1${ZERO_WIDTH}.`],
];
/** A commit SHA (7 or more hex digits, with a letter and a digit) as a whole word: linked when it exists. */
const SHA = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,}\b/giu;

/** Would start a block at the start of a line or list item: heading, quote, list, setext, thematic break. */
const BLOCK_START = /^([#>+=-])/;
const ORDERED_START = /^(\d{1,9})([.)])/;

/** Put a zero-width space into every autolink trigger of `text` (already markup-escaped or not). */
export function breakAutolinks(text: string): string {
  let out = text;
  for (const [pattern, replacement] of AUTOLINKS) out = out.replace(pattern, replacement);
  // Cut into pieces of at most 6 digits: no piece is long enough to be looked up.
  return out.replace(SHA, (hex) => hex.match(/.{1,6}/g)!.join(ZERO_WIDTH));
}

/**
 * Untrusted text as inline markdown that shows literally, on one line. Safe in a table cell, at the
 * start of a list item and anywhere in a paragraph; mentions, references, URLs and e-mail addresses
 * stay plain text.
 */
export function safeInline(text: string): string {
  const escaped = cleanLine(text)
    .trimStart()
    .replace(/[&<>]/g, (char) => HTML[char] ?? char)
    .replace(MARKUP, '\\$&')
    .replace(BLOCK_START, '\\$1')
    .replace(ORDERED_START, '$1\\$2');
  return breakAutolinks(escaped);
}

/**
 * Text as a code span that shows literally, whatever backticks it holds (GitHub links nothing in
 * code). Not for table cells: a `|` inside a code span still splits a GFM table row.
 */
export function safeCodeSpan(text: string): string {
  const clean = cleanLine(text);
  const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || /^ .* $/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A label inside a chart (mermaid) block: letters, digits and a few plain punctuation marks only, so
 * it can neither close the code fence or the quoted label, nor form an entity, link or directive.
 * Other characters become `_`; at most `max` characters.
 */
export function chartLabel(text: string, max = 40): string {
  const plain = Array.from(cleanLine(text).replace(/[^\p{L}\p{N} ._+,=()/-]/gu, '_'));
  return plain.length <= max ? plain.join('') : `${plain.slice(0, max - 1).join('')}…`;
}

/**
 * Text inside an HTML comment (`<!-- … -->`): it cannot end the comment early or open another one,
 * so a marker after it still parses. `--` and `>` are broken up.
 */
export function commentText(text: string): string {
  return cleanLine(text)
    .replace(/-(?=-)/g, '-\u200B')
    .replace(/[<>]/g, (char) => HTML[char] ?? char);
}
