import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __nccwpck_require__ = {};
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
var __webpack_exports__ = {};
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (
    /* binding */
    answeredQuickly
  ),
  C: () => (
    /* binding */
    quickAnswer
  )
});
;
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;
const ZERO_WIDTH = "\u200B";
const MARKUP = /[\\`*_[\]~|$]/g;
const HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
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
  [/\b(www)\./giu, `$1${ZERO_WIDTH}.`]
];
const SHA = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,}\b/giu;
const BLOCK_START = /^([#>+=-])/;
const ORDERED_START = /^(\d{1,9})([.)])/;
function breakAutolinks(text) {
  let out = text;
  for (const [pattern, replacement] of AUTOLINKS)
    out = out.replace(pattern, replacement);
  return out.replace(SHA, (hex) => hex.match(/.{1,6}/g).join(ZERO_WIDTH));
}
function safe_text_safeInline(text) {
  const escaped = cleanLine(text).trimStart().replace(/[&<>]/g, (char) => HTML[char] ?? char).replace(MARKUP, "\\$&").replace(BLOCK_START, "\\$1").replace(ORDERED_START, "$1\\$2");
  return breakAutolinks(escaped);
}
function safe_text_safeCodeSpan(text) {
  const clean = cleanLine(text);
  const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") || /^ .* $/.test(clean) ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function chartLabel(text, max = 40) {
  const plain = Array.from(cleanLine(text).replace(/[^\p{L}\p{N} ._+,=()/-]/gu, "_"));
  return plain.length <= max ? plain.join("") : `${plain.slice(0, max - 1).join("")}\u2026`;
}
function commentText(text) {
  return cleanLine(text).replace(/-(?=-)/g, "-\u200B").replace(/[<>]/g, (char) => HTML[char] ?? char);
}
;
function escapeInline(text) {
  return safeInline(text);
}
function codeSpan(text) {
  return safeCodeSpan(text);
}
function shellQuote(text) {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text))
    return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function formatMetric(value) {
  if (value === null)
    return "N/A";
  if (Number.isNaN(value))
    return "NaN";
  if (!Number.isFinite(value))
    return value > 0 ? "inf" : "-inf";
  return value.toFixed(3);
}
function formatPercent(value) {
  if (!Number.isFinite(value))
    return formatMetric(value);
  return `${(value * 100).toFixed(1)}%`;
}
function formatLoss(value) {
  if (value === null)
    return "N/A";
  if (Number.isNaN(value))
    return "nan";
  if (!Number.isFinite(value))
    return value > 0 ? "inf" : "-inf";
  if (value === 0)
    return "0";
  const magnitude = Math.abs(value);
  if (magnitude < 1e-3 || magnitude >= 1e6)
    return value.toExponential(3).replace("e+", "e");
  return value.toPrecision(4);
}
function formatCount(value) {
  if (value === null || !Number.isFinite(value))
    return "N/A";
  return String(Math.round(value));
}
function formatDuration(seconds) {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0)
    return "-";
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total % 3600 / 60);
  const secs = total % 60;
  const two = (n) => String(n).padStart(2, "0");
  if (hours > 0)
    return `${hours}h ${two(minutes)}m ${two(secs)}s`;
  if (minutes > 0)
    return `${minutes}m ${two(secs)}s`;
  return `${secs}s`;
}
function formatTimestamp(iso) {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime()))
    return iso;
  return `${time.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
function formatDiagnostic(diagnostic) {
  const where = diagnostic.file === null ? "" : `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ""}: `;
  return cleanLine(`${where}${diagnostic.message}`);
}
;
const COMMAND_NAME = "summarize-experiment";
function invocation(script, pathVariable, cwd) {
  if (script === void 0 || script === "")
    return COMMAND_NAME;
  const absolute = (0, external_node_path_namespaceObject.isAbsolute)(script) ? script : (0, external_node_path_namespaceObject.resolve)(cwd, script);
  if ((0, external_node_path_namespaceObject.basename)(absolute) === COMMAND_NAME) {
    const onPath = (pathVariable ?? "").split(external_node_path_namespaceObject.delimiter).filter((dir) => dir !== "").some((dir) => (0, external_node_path_namespaceObject.resolve)(cwd, dir) === (0, external_node_path_namespaceObject.dirname)(absolute));
    return onPath ? COMMAND_NAME : shellQuote(absolute);
  }
  return `node ${shellQuote(absolute)}`;
}
function currentInvocation() {
  return invocation(process.argv[1], process.env["PATH"], process.cwd());
}
;
function quietOnClosedPipe(stream) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE")
      throw error;
    process.exit(process.exitCode ?? 0);
  });
}
;
const FAIL_ON_EXIT = 3;
const summarizeUsage = (command = COMMAND_NAME) => {
  const indent = " ".repeat(`usage: ${command} `.length);
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
  --margin X      differences within \xB1X do not matter (accuracy, 0 \u2264 X < 1; default 0)
  --quiet         print nothing but errors (unreadable files included)
  -h, --help      this text
  --version       the version

Exit codes: 0 summary written; 1 no summary can be made; 2 usage error; 3 --fail-on triggered;
130/143 a watch stopped by SIGINT/SIGTERM.
`;
};
;
const package_namespaceObject = { "rE": "0.1.0" };
;
const VERSION = package_namespaceObject.rE;
;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const REPLACEMENT = /\uFFFD/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const TERMINAL_ESCAPES = (
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g
);
const hex2 = (byte) => byte.toString(16).toUpperCase().padStart(2, "0");
function nameByte(byte) {
  return `\\x${hex2(byte)}`;
}
function sequenceLength(bytes, i) {
  const b0 = bytes[i];
  if (b0 < 128)
    return 1;
  let length;
  let lower = 128;
  let upper = 191;
  if (b0 >= 194 && b0 <= 223)
    length = 2;
  else if (b0 >= 224 && b0 <= 239) {
    length = 3;
    if (b0 === 224)
      lower = 160;
    if (b0 === 237)
      upper = 159;
  } else if (b0 >= 240 && b0 <= 244) {
    length = 4;
    if (b0 === 240)
      lower = 144;
    if (b0 === 244)
      upper = 143;
  } else
    return 0;
  if (i + length > bytes.length)
    return 0;
  const b1 = bytes[i + 1];
  if (b1 < lower || b1 > upper)
    return 0;
  for (let k = 2; k < length; k += 1) {
    const b = bytes[i + k];
    if (b < 128 || b > 191)
      return 0;
  }
  return length;
}
function decodeBytes(bytes, options = {}) {
  let start = 0;
  let end = bytes.length;
  if (options.cutAtStart) {
    while (start < end && start < 3 && (bytes[start] & 192) === 128)
      start += 1;
  }
  if (options.cutAtEnd) {
    for (let back = 1; back <= 3 && end - back >= start; back += 1) {
      const b = bytes[end - back];
      if ((b & 192) === 128)
        continue;
      const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
      if (need > back)
        end -= back;
      break;
    }
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  const fast = buffer.toString("utf8");
  if (!fast.includes("\uFFFD"))
    return fast;
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
      parts.push(buffer.toString("utf8", runStart, i));
    parts.push(nameByte(buffer[i]));
    i += 1;
    runStart = i;
  }
  if (runStart < buffer.length)
    parts.push(buffer.toString("utf8", runStart));
  return parts.join("");
}
function clean_text_cleanLine(text) {
  return text.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "").replace(BIDI, "").replace(LONE_SURROGATE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`).replace(REPLACEMENT, "\\uFFFD");
}
function cleanText(text) {
  return text.split(LINE_BREAKS).map((line) => clean_text_cleanLine(line)).join("\n");
}
function terminalSafe(text, multiLine = false) {
  const withoutEscapes = text.replace(TERMINAL_ESCAPES, "");
  return multiLine ? cleanText(withoutEscapes) : clean_text_cleanLine(withoutEscapes);
}
function hasUnsafeCharacters(text) {
  return clean_text_cleanLine(text) !== text;
}
;
function quickAnswer(argv, command) {
  if (argv.length !== 1)
    return null;
  if (argv[0] === "--version" || argv[0] === "-V")
    return `${COMMAND_NAME} ${VERSION}
`;
  if (argv[0] === "--help" || argv[0] === "-h")
    return summarizeUsage(command);
  return null;
}
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
export {
  __webpack_exports__answeredQuickly as answeredQuickly,
  __webpack_exports__quickAnswer as quickAnswer
};
