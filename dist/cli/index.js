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
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
// The CLI sink: `summarize-experiment [EXPERIMENT_DIR] ...` and its subcommands.
// Every subcommand is `(args, io) => exit code`, so tests run them in-process.
const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
};
/** Subcommands by name; the default (no subcommand) is the experiment summary. */
const commands = {};
async function runCli(argv, io = processIo) {
    const [first, ...rest] = argv;
    const command = first === undefined ? undefined : commands[first];
    if (command)
        return command(rest, io);
    io.stderr(`summarize-experiment: the experiment summary is not wired yet (subcommands: ${Object.keys(commands).join(', ') || 'none'})\n`);
    return 2;
}

var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runCli as runCli };
