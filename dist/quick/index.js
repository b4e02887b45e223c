import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ answeredQuickly),
  C: () => (/* binding */ quickAnswer)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/render/safe-text.ts
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

/** Invisible, and not a word character: breaks every autolink pattern it is put into. */
const ZERO_WIDTH = '\u200B';
// Every ASCII character that can start inline markup in GitHub markdown: code, emphasis, links,
// images, strikethrough, math, table cells, footnotes.
const MARKUP = /[\\`*_[\]~|$]/g;
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** The autolink triggers, each with the place a zero-width space goes. */
const AUTOLINKS = [
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
function breakAutolinks(text) {
    let out = text;
    for (const [pattern, replacement] of AUTOLINKS)
        out = out.replace(pattern, replacement);
    // Cut into pieces of at most 6 digits: no piece is long enough to be looked up.
    return out.replace(SHA, (hex) => hex.match(/.{1,6}/g).join(ZERO_WIDTH));
}
/**
 * Untrusted text as inline markdown that shows literally, on one line. Safe in a table cell, at the
 * start of a list item and anywhere in a paragraph; mentions, references, URLs and e-mail addresses
 * stay plain text.
 */
function safe_text_safeInline(text) {
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
function safe_text_safeCodeSpan(text) {
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
function chartLabel(text, max = 40) {
    const plain = Array.from(cleanLine(text).replace(/[^\p{L}\p{N} ._+,=()/-]/gu, '_'));
    return plain.length <= max ? plain.join('') : `${plain.slice(0, max - 1).join('')}…`;
}
/**
 * Text inside an HTML comment (`<!-- … -->`): it cannot end the comment early or open another one,
 * so a marker after it still parses. `--` and `>` are broken up.
 */
function commentText(text) {
    return cleanLine(text)
        .replace(/-(?=-)/g, '-\u200B')
        .replace(/[<>]/g, (char) => HTML[char] ?? char);
}

;// CONCATENATED MODULE: ./src/render/format.ts


/** Untrusted text (run, task, file names, messages) as inline markdown that shows literally. Safe in table cells. */
function escapeInline(text) {
    return safeInline(text);
}
/**
 * Text as a code span that shows literally, whatever backticks it holds. Not for table cells: a `|`
 * inside a code span still splits a GFM table row.
 */
function codeSpan(text) {
    return safeCodeSpan(text);
}
/** A path or argument for a POSIX shell command line: single-quoted unless it is plainly safe. */
function shellQuote(text) {
    if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text))
        return text;
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** 0.8512 → "0.851": metrics in [0, 1] with three decimals, the same in every row. */
function formatMetric(value) {
    if (value === null)
        return 'N/A';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    return value.toFixed(3);
}
/** 0.891 → "89.1%". */
function formatPercent(value) {
    if (!Number.isFinite(value))
        return formatMetric(value);
    return `${(value * 100).toFixed(1)}%`;
}
/**
 * Training loss with four significant digits (losses span 1e-6 to 10+): "0.2262", "10.48",
 * "6.050e-6" below 0.001; torchtune's nan / inf shown as such.
 */
function formatLoss(value) {
    if (value === null)
        return 'N/A';
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude < 1e-3 || magnitude >= 1e6)
        return value.toExponential(3).replace('e+', 'e');
    return value.toPrecision(4);
}
function formatCount(value) {
    if (value === null || !Number.isFinite(value))
        return 'N/A';
    return String(Math.round(value));
}
/** Seconds as the skill shows them: "45s", "8m 15s", "1h 02m 03s"; "-" when unknown. */
function formatDuration(seconds) {
    if (seconds === null || !Number.isFinite(seconds) || seconds < 0)
        return '-';
    const total = Math.round(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = total % 60;
    const two = (n) => String(n).padStart(2, '0');
    if (hours > 0)
        return `${hours}h ${two(minutes)}m ${two(secs)}s`;
    if (minutes > 0)
        return `${minutes}m ${two(secs)}s`;
    return `${secs}s`;
}
/** ISO 8601 → "2026-03-16 14:00:05 UTC"; anything unparsable is shown as given. */
function formatTimestamp(iso) {
    const time = new Date(iso);
    if (Number.isNaN(time.getTime()))
        return iso;
    return `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/** "experiment_summary.yaml:42: runs[2].type: …" — one line for logs, terminals and markdown. */
function formatDiagnostic(diagnostic) {
    const where = diagnostic.file === null ? '' : `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}: `;
    return cleanLine(`${where}${diagnostic.message}`);
}

;// CONCATENATED MODULE: ./src/cli/invocation.ts
// How the user started this program, so that every command the tool prints (the usage, summary.md's
// "summarize again") works where the user is: `summarize-experiment` when that name on PATH is this
// program (an `npm install -g`), else `node <the script's path>` (a clone's bin/, the single file).
// Never `npx summarize-experiment`: outside a clone that asks the public registry for a package of
// that name, which this project does not publish.


const COMMAND_NAME = 'summarize-experiment';
/**
 * The command that starts this program again, as a shell word or two. `script` is process.argv[1]
 * (for an installed command, the link on PATH through which it was started).
 */
function invocation(script, pathVariable, cwd) {
    if (script === undefined || script === '')
        return COMMAND_NAME;
    const absolute = (0,external_node_path_namespaceObject.isAbsolute)(script) ? script : (0,external_node_path_namespaceObject.resolve)(cwd, script);
    if ((0,external_node_path_namespaceObject.basename)(absolute) === COMMAND_NAME) {
        const onPath = (pathVariable ?? '')
            .split(external_node_path_namespaceObject.delimiter)
            .filter((dir) => dir !== '')
            .some((dir) => (0,external_node_path_namespaceObject.resolve)(cwd, dir) === (0,external_node_path_namespaceObject.dirname)(absolute));
        return onPath ? COMMAND_NAME : shellQuote(absolute);
    }
    return `node ${shellQuote(absolute)}`;
}
/** This process's invocation. */
function currentInvocation() {
    return invocation(process.argv[1], process.env['PATH'], process.cwd());
}

;// CONCATENATED MODULE: ./src/cli/io.ts
// The terminal seam of the CLI: what a command may write to, so tests run commands in-process.
/** `summarize-experiment … | head` closes the pipe early: that ends the output, it is not an error. */
function quietOnClosedPipe(stream) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        process.exit(process.exitCode ?? 0);
    });
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
// The main command's usage, shared by the dispatcher (`--help`, a mistyped command) and the command.

/** Exit code when the summary was written but --fail-on says the run should fail. */
const FAIL_ON_EXIT = 3;
const summarizeUsage = (command = COMMAND_NAME) => {
    const indent = ' '.repeat(`usage: ${command} `.length);
    return `usage: ${command} [EXPERIMENT_DIR] [--no-sacct] [--sacct PATH] [--no-squeue] [--squeue PATH]
${indent}[--no-charts] [--watch [--interval DURATION] [--timeout DURATION]]
${indent}[--baseline PATH [--margin X]] [--fail-on WHEN] [--quiet]
       ${command} read-eval PATH... [--json] [--scorer NAME]
       ${command} read-loss PATH... [--json]
       ${command} --version

Summarizes a fine-tuning + evaluation experiment: writes summary.md, summary.json and
logs/summarize-experiment.log into EXPERIMENT_DIR (default: the current directory), which must
hold experiment_summary.yaml (the path of that file is accepted too).

  --no-sacct      do not ask SLURM accounting (statuses and durations come from the files)
  --sacct PATH    the sacct executable to use (default: sacct from PATH)
  --no-charts     no mermaid charts (loss curves, metric by epoch) in summary.md
  --no-squeue     do not ask the SLURM queue (a run with nothing written may then be queued or never submitted)
  --squeue PATH   the squeue executable to use (default: squeue from PATH, when there is one)
  --watch         summarize again every interval until no run is RUNNING or PENDING (live mode)
  --interval D    time between checks: 30s, 5m, 2h or seconds (default 5m)
  --timeout D     stop watching after this long even if work still runs (default: no limit)
  --fail-on WHEN  exit 3 after writing the summary when: never (default), incomplete (some run
                  has not finished every stage), failed (some stage failed or an evaluation erred)
  --baseline PATH compare with an earlier summary.json (or a directory holding one): adds
                  "Changes since baseline" (regressed, improved, no change, inconclusive)
  --margin X      differences within ±X do not matter (accuracy, 0 ≤ X < 1; default 0)
  --quiet         print nothing but errors (unreadable files included)
  -h, --help      this text
  --version       the version

Exit codes: 0 summary written; 1 no summary can be made; 2 usage error; 3 --fail-on triggered;
130/143 a watch stopped by SIGINT/SIGTERM.
`;
};

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// `summarize-experiment --version`: the package's version, bundled in at build time.

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/util/clean-text.ts
// Text read from files and commands, made fit for output. Bytes are decoded as UTF-8 with every
// undecodable byte NAMED (`\xFF`) instead of hidden behind U+FFFD, so a reader sees what was there;
// control characters (NUL, ESC, DEL, C1), Unicode line/paragraph separators and bidirectional
// overrides (the "Trojan Source" trick) are removed or made visible before any text is shown.
// Pure, no dependencies: usable from sources, renderers and sinks alike.
/** C0 and C1 controls and DEL, except tab / newline / carriage return (handled by each caller). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Line breaks of every kind: they would end a table row, a list item or a log line. */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** Bidirectional embeddings, overrides, isolates and marks that reorder how text displays. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A literal replacement character (already lost bytes, or written as such): named, never shown. */
const REPLACEMENT = /\uFFFD/g;
/** Lone surrogates cannot be encoded as UTF-8; they would come out as U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Terminal escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), other two-byte escapes. */
const TERMINAL_ESCAPES = 
// eslint-disable-next-line no-control-regex
/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const hex2 = (byte) => byte.toString(16).toUpperCase().padStart(2, '0');
/** The bytes of one undecodable byte, as shown: `\xFF`. */
function nameByte(byte) {
    return `\\x${hex2(byte)}`;
}
/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there cannot start one
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function sequenceLength(bytes, i) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    let length;
    let lower = 0x80;
    let upper = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
        length = 3;
        if (b0 === 0xe0)
            lower = 0xa0;
        if (b0 === 0xed)
            upper = 0x9f;
    }
    else if (b0 >= 0xf0 && b0 <= 0xf4) {
        length = 4;
        if (b0 === 0xf0)
            lower = 0x90;
        if (b0 === 0xf4)
            upper = 0x8f;
    }
    else
        return 0;
    if (i + length > bytes.length)
        return 0;
    const b1 = bytes[i + 1];
    if (b1 < lower || b1 > upper)
        return 0;
    for (let k = 2; k < length; k += 1) {
        const b = bytes[i + k];
        if (b < 0x80 || b > 0xbf)
            return 0;
    }
    return length;
}
/**
 * UTF-8 bytes as text; every byte that is not part of a valid sequence appears as `\xHH`. The fast
 * path (valid UTF-8, the usual case) decodes in one call.
 */
function decodeBytes(bytes, options = {}) {
    let start = 0;
    let end = bytes.length;
    if (options.cutAtStart) {
        while (start < end && start < 3 && (bytes[start] & 0xc0) === 0x80)
            start += 1;
    }
    if (options.cutAtEnd) {
        // Drop an incomplete sequence at the end: look back at most 3 bytes for its lead byte.
        for (let back = 1; back <= 3 && end - back >= start; back += 1) {
            const b = bytes[end - back];
            if ((b & 0xc0) === 0x80)
                continue;
            const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            if (need > back)
                end -= back;
            break;
        }
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    const fast = buffer.toString('utf8');
    if (!fast.includes('\uFFFD'))
        return fast;
    // Slow path: walk the bytes, decoding valid runs in one piece and naming the bad bytes.
    const parts = [];
    let runStart = 0;
    let i = 0;
    while (i < buffer.length) {
        const length = sequenceLength(buffer, i);
        if (length > 0) {
            i += length;
            continue;
        }
        if (i > runStart)
            parts.push(buffer.toString('utf8', runStart, i));
        parts.push(nameByte(buffer[i]));
        i += 1;
        runStart = i;
    }
    if (runStart < buffer.length)
        parts.push(buffer.toString('utf8', runStart));
    return parts.join('');
}
/**
 * A name or message from a file as ONE line of plain text: line breaks and tabs become a space,
 * other controls and bidi characters are removed, a U+FFFD (bytes lost before we saw them) or a lone
 * surrogate is named. Nothing else changes, so the text stays recognisable.
 */
function clean_text_cleanLine(text) {
    return text
        .replace(LINE_BREAKS, ' ')
        .replace(/\t/g, ' ')
        .replace(CONTROLS, '')
        .replace(BIDI, '')
        .replace(LONE_SURROGATE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(REPLACEMENT, '\\uFFFD');
}
/**
 * Multi-line text (a log excerpt): like cleanLine but line breaks are kept as `\n` (`\r\n`, `\r`,
 * U+2028 and friends become `\n`).
 */
function cleanText(text) {
    return text
        .split(LINE_BREAKS)
        .map((line) => clean_text_cleanLine(line))
        .join('\n');
}
/**
 * Text for a terminal: escape sequences (cursor moves, screen clears, window titles, hyperlinks)
 * are removed whole, then everything cleanLine removes. Line breaks are kept when `multiLine`.
 */
function terminalSafe(text, multiLine = false) {
    const withoutEscapes = text.replace(TERMINAL_ESCAPES, '');
    return multiLine ? cleanText(withoutEscapes) : clean_text_cleanLine(withoutEscapes);
}
/** Whether the text holds anything cleanLine would change (for tests and assertions). */
function hasUnsafeCharacters(text) {
    return clean_text_cleanLine(text) !== text;
}

;// CONCATENATED MODULE: ./src/cli/quick.ts
// `--help` or `--version` given alone, answered without the rest of the CLI. The installed command
// (bin/summarize-experiment.js) loads this small bundle (dist/quick/) first and the whole CLI bundle
// only when it declines: asking for the usage then does not compile 0.8 MB of JavaScript (~25 ms,
// on a login node's Node 20 the difference between ~125 and ~170 ms). The texts are the ones the
// whole CLI prints (usage.ts, version.ts); test/cli/startup.test.ts compares the two.





/** What `--help` or `--version` alone prints; null for any other arguments. */
function quickAnswer(argv, command) {
    if (argv.length !== 1)
        return null;
    if (argv[0] === '--version' || argv[0] === '-V')
        return `${COMMAND_NAME} ${VERSION}\n`;
    if (argv[0] === '--help' || argv[0] === '-h')
        return summarizeUsage(command);
    return null;
}
/** Prints the answer and returns true, or returns false: the whole CLI is then to run. */
function answeredQuickly(argv = process.argv.slice(2)) {
    const answer = quickAnswer(argv, currentInvocation());
    if (answer === null)
        return false;
    quietOnClosedPipe(process.stdout);
    process.stdout.write(terminalSafe(answer, true));
    return true;
}

var __webpack_exports__answeredQuickly = __webpack_exports__.g;
var __webpack_exports__quickAnswer = __webpack_exports__.C;
export { __webpack_exports__answeredQuickly as answeredQuickly, __webpack_exports__quickAnswer as quickAnswer };
