import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = {
  /***/
  7671: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        runCli: () => (
          /* binding */
          runCli
        )
      });
      var external_node_fs_ = __nccwpck_require__2(3024);
      var invocation = __nccwpck_require__2(5230);
      ;
      function quietOnClosedPipe(stream) {
        stream.on("error", (error) => {
          if (error.code !== "EPIPE")
            throw error;
          process.exit(process.exitCode ?? 0);
        });
      }
      var options = __nccwpck_require__2(6873);
      var usage = __nccwpck_require__2(7485);
      ;
      const package_namespaceObject = { "rE": "0.1.0" };
      ;
      const VERSION = package_namespaceObject.rE;
      var clean_text = __nccwpck_require__2(9905);
      ;
      function processIo() {
        return {
          stdout: lazyWriter(() => process.stdout),
          stderr: lazyWriter(() => process.stderr),
          // A CI log is not a terminal even when a runner gives the job a pseudo-terminal.
          get stderrIsTTY() {
            return Boolean(process.stderr.isTTY) && !process.env["CI"];
          },
          command: (0, invocation.Y5)()
        };
      }
      function lazyWriter(open) {
        let stream;
        return (text) => {
          if (!stream) {
            stream = open();
            quietOnClosedPipe(stream);
          }
          stream.write(text);
        };
      }
      const commands = {
        "read-eval": async () => (await Promise.resolve(
          /* import() eager */
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 6387))).readEvalCommand,
        "read-loss": async () => (await Promise.resolve(
          /* import() eager */
        ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 5762))).readLossCommand
      };
      const summarize = async () => (await Promise.resolve(
        /* import() eager */
      ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 2680))).summarizeCommand;
      function safeIo(io) {
        const safe = Object.defineProperties({}, Object.getOwnPropertyDescriptors(io));
        safe.progressWrite = io.progressWrite ?? io.stderr;
        safe.stdout = (text) => io.stdout((0, clean_text.kJ)(text, true));
        safe.stderr = (text) => io.stderr((0, clean_text.kJ)(text, true));
        return safe;
      }
      function unknownCommand(argv) {
        const [first, ...rest] = argv;
        if (first === void 0 || first.startsWith("-") || /[/\\.]/.test(first) || (0, external_node_fs_.existsSync)(first))
          return null;
        if (!/^[a-z]+-[a-z-]+$/.test(first) && rest.every((arg) => arg.startsWith("-")))
          return null;
        return `unknown command ${first}, and no such experiment directory (commands: ${Object.keys(commands).join(", ")})`;
      }
      async function runCli(argv, given) {
        const io = safeIo(given ?? processIo());
        const [first, ...rest] = argv;
        if (first === "--version" || first === "-V") {
          io.stdout(`${invocation.IV} ${VERSION}
`);
          return 0;
        }
        const command = first === void 0 ? void 0 : commands[first];
        if (command)
          return (await command())(rest, io);
        const beforeDashes = argv.indexOf("--") < 0 ? argv : argv.slice(0, argv.indexOf("--"));
        if (beforeDashes.includes("-h") || beforeDashes.includes("--help")) {
          io.stdout((0, usage.v)(io.command));
          return 0;
        }
        const mistyped = unknownCommand(argv);
        if (mistyped)
          return (0, options.W)(invocation.IV, mistyped, (0, usage.v)(io.command), io);
        return (await summarize())(argv, io);
      }
    })
  ),
  /***/
  5230: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        IV: () => (
          /* binding */
          COMMAND_NAME
        ),
        /* harmony export */
        Y5: () => (
          /* binding */
          currentInvocation
        )
        /* harmony export */
      });
      var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
      var _render_format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7593);
      const COMMAND_NAME = "summarize-experiment";
      function invocation(script, pathVariable, cwd) {
        if (script === void 0 || script === "")
          return COMMAND_NAME;
        const absolute = (0, node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(script) ? script : (0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, script);
        if ((0, node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(absolute) === COMMAND_NAME) {
          const onPath = (pathVariable ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_0__.delimiter).filter((dir) => dir !== "").some((dir) => (0, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir) === (0, node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(absolute));
          return onPath ? COMMAND_NAME : (0, _render_format_js__WEBPACK_IMPORTED_MODULE_1__.ZL)(absolute);
        }
        return `node ${(0, _render_format_js__WEBPACK_IMPORTED_MODULE_1__.ZL)(absolute)}`;
      }
      function currentInvocation() {
        return invocation(process.argv[1], process.env["PATH"], process.cwd());
      }
    })
  ),
  /***/
  2957: (
    /***/
    ((module, __unused_webpack___webpack_exports__, __nccwpck_require__2) => {
      __nccwpck_require__2.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
        try {
          var _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(9123);
          if (await (0, _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__.Xx)()) {
            const { pipelineTasks } = await Promise.resolve(
              /* import() eager */
            ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 1217));
            await (0, _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__.aJ)(pipelineTasks);
          } else {
            (0, _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__.dO)(import.meta.url);
            const { runCli } = await Promise.resolve(
              /* import() eager */
            ).then(__nccwpck_require__2.bind(__nccwpck_require__2, 7671));
            process.exitCode = await runCli(process.argv.slice(2));
          }
          __webpack_async_result__();
        } catch (e) {
          __webpack_async_result__(e);
        }
      }, 1);
    })
  ),
  /***/
  6873: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        D: () => (
          /* binding */
          parseCommandLine
        ),
        W: () => (
          /* binding */
          usageError
        )
      });
      ;
      const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
      ;
      function problemOf(error) {
        const { code, message } = error;
        if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
          const option = /^Unknown option '([^']+)'/.exec(message)?.[1];
          if (option !== void 0)
            return `unknown option ${option} (a path starting with - goes after --)`;
        }
        if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
          const missing = /^Option '(--[^ ']+)[^']*' argument missing/.exec(message)?.[1];
          if (missing !== void 0)
            return `${missing} needs a value`;
          const noValue = /^Option '(--[^ ']+)' does not take an argument/.exec(message)?.[1];
          if (noValue !== void 0)
            return `${noValue} takes no value`;
        }
        return message;
      }
      function parseCommandLine(command, usage, args, options, io) {
        let parsed;
        try {
          parsed = (0, external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            strict: true,
            options: { ...options, help: { type: "boolean", short: "h" } }
          });
        } catch (error) {
          return usageError(command, problemOf(error), usage, io);
        }
        if (parsed.values["help"]) {
          io.stdout(usage);
          return 0;
        }
        return parsed;
      }
      function usageError(command, problem, usage, io) {
        io.stderr(`${command}: ${problem}

${usage}`);
        return 2;
      }
    })
  ),
  /***/
  6387: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.r(__webpack_exports__2);
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        formatTable: () => (
          /* binding */
          formatTable
        ),
        /* harmony export */
        readEvalCommand: () => (
          /* binding */
          readEvalCommand
        ),
        /* harmony export */
        readEvalUsage: () => (
          /* binding */
          readEvalUsage
        )
        /* harmony export */
      });
      var _render_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(5104);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(1455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var _model_eval_log_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(6393);
      var _pipeline_eval_logs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(7056);
      var _sources_inspect_log_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(9866);
      var _text_table_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__2(1446);
      var _invocation_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__2(5230);
      var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__2(6873);
      const readEvalUsage = (command = _invocation_js__WEBPACK_IMPORTED_MODULE_5__.IV) => `usage: ${command} read-eval PATH... [--json] [--scorer NAME]

Read inspect-ai evaluation logs (.eval or .json) and print, for each, its status, task, model,
scorer, accuracy, stderr, samples, metrics, checkpoint epoch and, when every target is 0/1, the
binary metrics (balanced accuracy, F1, precision/recall, confusion matrix).

  PATH           a log file, or a directory searched for logs
  --json         print a JSON array, one object per log
  --scorer NAME  report this score when a log has it (default: the first with an accuracy)
  -h, --help     show this help

Unreadable logs are reported (status "unreadable"). Exit codes: 0 when at least one log was read;
1 when none could be; 2 for a usage error.
`;
      async function readEvalCommand(args, io) {
        const usage = readEvalUsage(io.command);
        const parsed = (0, _options_js__WEBPACK_IMPORTED_MODULE_6__.D)("read-eval", usage, args, { json: { type: "boolean" }, scorer: { type: "string" } }, io);
        if (typeof parsed === "number")
          return parsed;
        const { values, positionals } = parsed;
        if (positionals.length === 0)
          return (0, _options_js__WEBPACK_IMPORTED_MODULE_6__.W)("read-eval", "no log given", usage, io);
        if (values["scorer"] === "")
          return (0, _options_js__WEBPACK_IMPORTED_MODULE_6__.W)("read-eval", "--scorer needs a scorer name", usage, io);
        const scorer = typeof values["scorer"] === "string" ? values["scorer"] : null;
        const summaries = await readAll(positionals, scorer);
        const printed = summaries.map(({ sample_scores: _scores, ...rest }) => rest);
        io.stdout(values["json"] ? `${(0, _render_json_js__WEBPACK_IMPORTED_MODULE_0__.S)(JSON.stringify(printed, null, 2))}
` : formatTable(summaries));
        return summaries.every((summary) => summary.status === "unreadable") ? 1 : 0;
      }
      async function readAll(paths, scorer) {
        const groups = await Promise.all(paths.map(async (path) => {
          const isDirectory = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then((info) => info.isDirectory(), () => false);
          if (!isDirectory)
            return [path];
          const logs = await (0, _sources_inspect_log_files_js__WEBPACK_IMPORTED_MODULE_4__.U7)(path);
          return logs.length > 0 ? logs : [noLogs(path)];
        }));
        const entries = groups.flat();
        const files = entries.filter((entry) => typeof entry === "string");
        const read = /* @__PURE__ */ new Map();
        for (const [i, summary] of (await (0, _pipeline_eval_logs_js__WEBPACK_IMPORTED_MODULE_3__.V1)(files, { scorer })).entries())
          read.set(files[i], summary);
        return entries.map((entry) => typeof entry === "string" ? read.get(entry) : entry);
      }
      function noLogs(dir) {
        return (0, _model_eval_log_summary_js__WEBPACK_IMPORTED_MODULE_2__.o)(dir, `${dir}: a directory with no inspect logs (.eval, or .json named like inspect's logs)`);
      }
      const number = (value) => value == null ? "-" : value.toFixed(3);
      function formatTable(summaries) {
        const header = [
          "STATUS",
          "TASK",
          "MODEL",
          "EPOCH",
          "SCORER",
          "ACCURACY",
          "STDERR",
          "SAMPLES",
          "BAL_ACC",
          "F1",
          "LOG"
        ];
        const rows = summaries.map((s) => [
          s.status,
          s.task ?? "-",
          s.model ?? "-",
          s.epoch === null ? "-" : String(s.epoch),
          s.scorer ?? "-",
          number(s.accuracy),
          number(s.stderr),
          s.samples === null ? "-" : String(s.samples),
          number(s.binary?.balanced_accuracy),
          number(s.binary?.f1),
          s.path
        ]);
        const out = (0, _text_table_js__WEBPACK_IMPORTED_MODULE_7__.J)(header, rows);
        const notes = summaries.flatMap((s) => [
          // An unreadable log's message already names the file; inspect's error messages do not.
          ...s.error ? [s.status === "unreadable" ? `unreadable: ${s.error}` : `${s.status}: ${s.path}: ${s.error}`] : [],
          ...s.warnings.map((warning) => `warning: ${s.path}: ${warning}`)
        ]);
        const binary = summaries.filter((s) => s.binary !== null);
        for (const s of binary) {
          const m = s.binary.confusion_matrix;
          notes.push(`binary: ${s.path}: tp ${m.tp}, tn ${m.tn}, fp ${m.fp}, fn ${m.fn}, other ${m.other}; precision_1 ${number(s.binary.precision_1)}, recall_1 ${number(s.binary.recall_1)}, recall_0 ${number(s.binary.recall_0)}`);
        }
        return `${[...out, ...notes.length > 0 ? ["", ...notes] : []].join("\n")}
`;
      }
    })
  ),
  /***/
  5762: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.r(__webpack_exports__2);
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        lossReport: () => (
          /* binding */
          lossReport
        ),
        /* harmony export */
        readLossCommand: () => (
          /* binding */
          readLossCommand
        ),
        /* harmony export */
        readLossUsage: () => (
          /* binding */
          readLossUsage
        )
        /* harmony export */
      });
      var _render_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(5104);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _sources_slurm_training_log_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(751);
      var _sources_slurm_slurm_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(4011);
      var _text_table_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__2(1446);
      var _invocation_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(5230);
      var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__2(6873);
      const readLossUsage = (command = _invocation_js__WEBPACK_IMPORTED_MODULE_4__.IV) => `usage: ${command} read-loss PATH... [--json]

Reads torchtune training logs (SLURM .out files): the final loss, total optimizer steps and
epochs of the last loss line, and the failure the log's tail shows (OOM, time limit, cancel,
node failure, Python error).
  --json       one JSON object per log: {path, job_id, final_loss, total_steps, epochs, status, reason, error}
  -h, --help   show this help

Exit codes: 0 when at least one log was read; 1 when none could be; 2 for a usage error.
`;
      function lossText(loss) {
        return Number.isNaN(loss) ? "nan" : loss > 0 ? "inf" : "-inf";
      }
      async function lossReport(path) {
        const reading = await (0, _sources_slurm_training_log_js__WEBPACK_IMPORTED_MODULE_2__.Te)(path);
        const loss = reading.loss;
        const report = {
          path,
          job_id: (0, _sources_slurm_slurm_files_js__WEBPACK_IMPORTED_MODULE_3__.Pt)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)),
          final_loss: loss && Number.isFinite(loss.finalLoss) ? loss.finalLoss : null,
          total_steps: loss?.totalSteps ?? null,
          epochs: loss?.epochs ?? null,
          status: reading.failure?.status ?? null,
          reason: reading.failure?.reason ?? null,
          error: reading.error
        };
        if (loss && !Number.isFinite(loss.finalLoss))
          report.final_loss_text = lossText(loss.finalLoss);
        return report;
      }
      function table(reports) {
        const header = ["Path", "Job", "Final Loss", "Steps", "Epochs", "Status", "Reason"];
        const rows = reports.map((r) => [
          r.path,
          r.job_id ?? "-",
          r.final_loss_text ?? (r.final_loss === null ? "-" : String(r.final_loss)),
          r.total_steps === null ? "-" : String(r.total_steps),
          r.epochs === null ? "-" : String(r.epochs),
          r.error ? "ERROR" : r.status ?? "-",
          r.error ?? r.reason ?? (r.final_loss === null && !r.final_loss_text ? "no loss line found" : "")
        ]);
        return (0, _text_table_js__WEBPACK_IMPORTED_MODULE_6__.J)(header, rows).join("\n") + "\n";
      }
      async function readLossCommand(args, io) {
        const usage = readLossUsage(io.command);
        const parsed = (0, _options_js__WEBPACK_IMPORTED_MODULE_5__.D)("read-loss", usage, args, { json: { type: "boolean" } }, io);
        if (typeof parsed === "number")
          return parsed;
        const paths = parsed.positionals;
        if (paths.length === 0)
          return (0, _options_js__WEBPACK_IMPORTED_MODULE_5__.W)("read-loss", "give at least one training log (a SLURM .out file)", usage, io);
        const reports = [];
        for (const path of paths)
          reports.push(await lossReport(path));
        io.stdout(parsed.values["json"] ? `${(0, _render_json_js__WEBPACK_IMPORTED_MODULE_0__.S)(JSON.stringify(reports, null, 2))}
` : table(reports));
        return reports.every((report) => report.error !== null) ? 1 : 0;
      }
    })
  ),
  /***/
  2680: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.r(__webpack_exports__2);
      __nccwpck_require__2.d(__webpack_exports__2, {
        summarizeCommand: () => (
          /* binding */
          summarizeCommand
        )
      });
      ;
      const FAILED_STAGE_STATUSES = /* @__PURE__ */ new Set([
        "FAILED",
        "TIMEOUT",
        "CANCELLED",
        "OUT_OF_MEMORY",
        "PREEMPTED",
        "NODE_FAIL"
      ]);
      ;
      ;
      var Input;
      (function(Input2) {
        Input2["ExperimentPath"] = "experiment-path";
        Input2["GitHubToken"] = "github-token";
        Input2["JobSummary"] = "job-summary";
        Input2["Comment"] = "comment";
        Input2["CommentKey"] = "comment-key";
        Input2["PrNumber"] = "pr-number";
        Input2["Artifact"] = "artifact";
        Input2["ArtifactName"] = "artifact-name";
        Input2["RetentionDays"] = "retention-days";
        Input2["Sacct"] = "sacct";
        Input2["Squeue"] = "squeue";
        Input2["Wait"] = "wait";
        Input2["WaitInterval"] = "wait-interval";
        Input2["WaitTimeout"] = "wait-timeout";
        Input2["Baseline"] = "baseline";
        Input2["RegressionMargin"] = "regression-margin";
        Input2["FailOn"] = "fail-on";
        Input2["Charts"] = "charts";
      })(Input || (Input = {}));
      var constants_Output;
      (function(Output2) {
        Output2["SummaryPath"] = "summary-path";
        Output2["SummaryJsonPath"] = "summary-json-path";
        Output2["Complete"] = "complete";
        Output2["Total"] = "total";
        Output2["BestRun"] = "best-run";
        Output2["BestEpoch"] = "best-epoch";
        Output2["BestMetric"] = "best-metric";
        Output2["BestValue"] = "best-value";
        Output2["CommentId"] = "comment-id";
        Output2["CommentUrl"] = "comment-url";
        Output2["ArtifactId"] = "artifact-id";
        Output2["ArtifactUrl"] = "artifact-url";
        Output2["WaitResult"] = "wait-result";
        Output2["Regressions"] = "regressions";
        Output2["Improvements"] = "improvements";
        Output2["BaselineUrl"] = "baseline-url";
      })(constants_Output || (constants_Output = {}));
      const inputDefaults = {
        [Input.ExperimentPath]: "",
        [Input.GitHubToken]: "${{ github.token }}",
        [Input.JobSummary]: "true",
        [Input.Comment]: "auto",
        [Input.CommentKey]: "",
        [Input.PrNumber]: "",
        [Input.Artifact]: "true",
        [Input.ArtifactName]: "",
        [Input.RetentionDays]: "",
        [Input.Sacct]: "auto",
        [Input.Squeue]: "auto",
        [Input.Wait]: "false",
        [Input.WaitInterval]: "5m",
        [Input.WaitTimeout]: "",
        [Input.Baseline]: "",
        [Input.RegressionMargin]: "0",
        [Input.FailOn]: "never",
        [Input.Charts]: "true"
      };
      const commentModes = (
        /* unused pure expression or super */
        null
      );
      const failOnValues = ["never", "incomplete", "failed", "regression"];
      const forkRecipeHeading = "Pull requests from forks: the workflow_run recipe";
      const forkRecipeAnchor = "pull-requests-from-forks-the-workflow_run-recipe";
      const markerPrefix = "summarize-experiment";
      ;
      function actionOutputs(sources) {
        const { summary, comment, artifact } = sources;
        const best = summary.best[0];
        const posted = comment !== null && comment.action !== "skipped" && comment.action !== "failed" ? comment : null;
        return {
          [Output.SummaryPath]: sources.files.markdown,
          [Output.SummaryJsonPath]: sources.files.json,
          [Output.Complete]: String(summary.complete),
          [Output.Total]: String(summary.total),
          [Output.BestRun]: best?.run ?? "",
          [Output.BestEpoch]: best?.epoch === null || best?.epoch === void 0 ? "" : String(best.epoch),
          [Output.BestMetric]: best?.metric ?? "",
          [Output.BestValue]: best ? String(best.value) : "",
          [Output.CommentId]: posted ? String(posted.id) : "",
          [Output.CommentUrl]: posted ? posted.url : "",
          [Output.ArtifactId]: artifact?.uploaded ? String(artifact.id) : "",
          [Output.ArtifactUrl]: artifact?.uploaded ? artifact.url : "",
          [Output.WaitResult]: summary.watch && summary.watch.state !== "watching" ? summary.watch.state : "",
          [Output.Regressions]: summary.baseline ? String(summary.baseline.regressions) : "",
          [Output.Improvements]: summary.baseline ? String(summary.baseline.improvements) : "",
          [Output.BaselineUrl]: summary.baseline?.url ?? ""
        };
      }
      function failOnVerdict(summary, failOn) {
        if (failOn === "never")
          return null;
        if (failOn === "regression")
          return regressionVerdict(summary);
        if (failOn === "incomplete") {
          return summary.complete < summary.total ? `fail-on: incomplete \u2014 ${summary.total - summary.complete} of ${summary.total} runs are not complete.` : null;
        }
        const failures = [];
        for (const run of summary.runs) {
          if (FAILED_STAGE_STATUSES.has(run.finetune.status))
            failures.push(`${run.name} fine-tuning ${run.finetune.status}`);
          if (FAILED_STAGE_STATUSES.has(run.evaluation.status))
            failures.push(`${run.name} evaluation ${run.evaluation.status}`);
        }
        for (const row of summary.evaluations) {
          if (row.status === "error")
            failures.push(`${row.run} evaluation of ${row.task} error`);
        }
        if (failures.length === 0)
          return null;
        const shown = failures.slice(0, 5).join("; ");
        return `fail-on: failed \u2014 ${failures.length} failed stage${failures.length > 1 ? "s" : ""}: ${shown}${failures.length > 5 ? "; \u2026" : ""}.`;
      }
      function regressionVerdict(summary) {
        const regressed = summary.baseline?.rows.filter((row) => row.verdict === "regressed") ?? [];
        if (regressed.length === 0)
          return null;
        const shown = regressed.slice(0, 5).map((row) => `${row.run} ${row.task}${row.epoch === null ? "" : ` epoch ${row.epoch}`} (${row.delta.toFixed(3)})`).join("; ");
        return `fail-on: regression \u2014 ${regressed.length} row${regressed.length > 1 ? "s" : ""} regressed since the baseline: ${shown}${regressed.length > 5 ? "; \u2026" : ""}.`;
      }
      var invocation = __nccwpck_require__2(5230);
      var options = __nccwpck_require__2(6873);
      var strings = __nccwpck_require__2(558);
      ;
      function timeLeft(ms) {
        const seconds = Math.max(1, Math.round(ms / 1e3));
        if (seconds < 90)
          return `${seconds} s left`;
        return `${Math.round(seconds / 60)} min left`;
      }
      class ProgressLine {
        options;
        started;
        /**
         * The phase shown, when it began and its count then: its estimate counts from there (a phase may
         * be shown after part of its work is done, like the logs read while the training was searched).
         */
        label = null;
        phaseStarted;
        doneAtStart = 0;
        lastDraw = -Infinity;
        shown = false;
        constructor(options2) {
          this.options = options2;
          this.started = options2.clock();
          this.phaseStarted = this.started;
        }
        /** `done` of `total` items of the phase `label` (a phase without counts: just the label). */
        update(label, done, total) {
          const now = this.options.clock();
          const newPhase = label !== this.label;
          if (newPhase) {
            this.label = label;
            this.phaseStarted = now;
            this.doneAtStart = done ?? 0;
          }
          if (!this.options.enabled || now - this.started < (this.options.afterMs ?? 750))
            return;
          if (!newPhase && done !== total && now - this.lastDraw < (this.options.everyMs ?? 100))
            return;
          this.lastDraw = now;
          let text = label;
          if (done !== void 0 && total !== void 0) {
            const elapsed = now - this.phaseStarted;
            const since = done - this.doneAtStart;
            const estimate2 = since > 0 && done < total ? ` \xB7 ${timeLeft(elapsed / since * (total - done))}` : "";
            text = `${label} ${(0, strings.oh)(done)}/${(0, strings.oh)(total)}${estimate2}`;
          }
          this.options.write(`\r${text}\x1B[K`);
          this.shown = true;
        }
        /** Erases the line (before the command prints its result). */
        clear() {
          if (!this.shown)
            return;
          this.options.write("\r\x1B[K");
          this.shown = false;
        }
      }
      var cli_usage = __nccwpck_require__2(7485);
      var external_node_fs_ = __nccwpck_require__2(3024);
      var promises_ = __nccwpck_require__2(1455);
      var external_node_path_ = __nccwpck_require__2(6760);
      var external_node_path_default = /* @__PURE__ */ __nccwpck_require__2.n(external_node_path_);
      var contained_path = __nccwpck_require__2(7573);
      var file_tail = __nccwpck_require__2(8211);
      var external_node_os_ = __nccwpck_require__2(8161);
      ;
      class LockTimeoutError extends Error {
        lockFile;
        name = "LockTimeoutError";
        constructor(lockFile, detail) {
          super(`${lockFile}: ${detail}`);
          this.lockFile = lockFile;
        }
      }
      const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      function ownerAlive(text) {
        const [pid, host] = text.split("\n");
        if (host !== (0, external_node_os_.hostname)())
          return true;
        const id = Number(pid);
        if (!Number.isInteger(id) || id <= 0)
          return false;
        try {
          process.kill(id, 0);
          return true;
        } catch (error) {
          return error.code === "EPERM";
        }
      }
      async function withFileLock(lockFile, work, options2 = {}) {
        const now = options2.now ?? Date.now;
        const sleep = options2.sleep ?? defaultSleep;
        const timeoutMs = options2.timeoutMs ?? 3e4;
        const staleMs = options2.staleMs ?? 12e4;
        const deadline = now() + timeoutMs;
        const token = `${process.pid}
${(0, external_node_os_.hostname)()}
${new Date(now()).toISOString()}
${Math.random()}
`;
        let wait = 5;
        for (; ; ) {
          try {
            const handle = await (0, promises_.open)(lockFile, "wx", 420);
            try {
              await handle.writeFile(token);
            } finally {
              await handle.close();
            }
            break;
          } catch (error) {
            if (error.code !== "EEXIST")
              throw error;
          }
          const [text, info] = await Promise.all([
            (0, promises_.readFile)(lockFile, "utf8").catch(() => null),
            (0, promises_.stat)(lockFile).catch(() => null)
          ]);
          if (info && text !== null && (now() - info.mtimeMs > staleMs || !ownerAlive(text))) {
            const again = await (0, promises_.readFile)(lockFile, "utf8").catch(() => null);
            if (again === text)
              await (0, promises_.rm)(lockFile, { force: true });
            continue;
          }
          if (now() >= deadline) {
            throw new LockTimeoutError(lockFile, `still locked by another run after ${Math.round(timeoutMs / 1e3)} s (remove the file if no run is active)`);
          }
          await sleep(wait + Math.random() * wait);
          wait = Math.min(wait * 2, 200);
        }
        try {
          return await work();
        } finally {
          const current = await (0, promises_.readFile)(lockFile, "utf8").catch(() => null);
          if (current === token)
            await (0, promises_.rm)(lockFile, { force: true });
        }
      }
      var external_node_buffer_ = __nccwpck_require__2(4573);
      var clean_text = __nccwpck_require__2(9905);
      ;
      const LOG_BLOCK_MARKER = "===== summarize-experiment run ";
      const MARKER_AT_LINE_START = /^===== summarize-experiment run /m;
      const DEFAULT_LOG_MAX_BYTES = 8 * 1024 * 1024;
      const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
      function logTime(iso) {
        const time = new Date(iso);
        if (Number.isNaN(time.getTime()))
          return iso.replace(CONTROL, " ");
        return time.toISOString().slice(0, 19).replace("T", " ");
      }
      function renderLogEntry(event) {
        const subject = event.subject ? `: ${noControlChars(event.subject)}` : "";
        const lines = [`[${logTime(event.time)}] ${event.action}${subject}`];
        for (const [label, text] of event.lines)
          lines.push(`${cleanLabel(label)}: ${noControlChars(text)}`);
        return `${lines.join("\n")}
`;
      }
      function renderLogBlock(events, options2 = {}) {
        const started = options2.started ?? events[0]?.time ?? (/* @__PURE__ */ new Date(0)).toISOString();
        const marker = `${LOG_BLOCK_MARKER}${logTime(started)} UTC =====
`;
        return [marker, ...events.map(renderLogEntry)].join("\n");
      }
      function appendRunBlock(existingText, blockText, maxBytes) {
        const blocks = splitBlocks(existingText);
        const block = ensureNewline(blockText);
        const older = blocks.map((text) => ensureNewline(text.replace(/\s+$/, "")));
        const drop = oldestToDrop(older.map((text) => bytes(text) + 1), bytes(block), maxBytes);
        if (drop !== null)
          return [...older.slice(drop), block].join("\n");
        return truncateBlock(block, maxBytes);
      }
      function oldestToDrop(sizes, blockBytes, maxBytes) {
        let total = sizes.reduce((sum, size) => sum + size, 0) + blockBytes;
        let drop = 0;
        const target = total > maxBytes ? Math.floor(maxBytes * 0.75) : maxBytes;
        while (total > target && drop < sizes.length)
          total -= sizes[drop++];
        return total <= maxBytes ? drop : null;
      }
      function logTailText(bytes2, cut) {
        const text = (0, clean_text.yj)(bytes2, { cutAtStart: cut });
        if (!cut)
          return text;
        const firstNewline = text.indexOf("\n");
        return firstNewline === -1 ? "" : fromFirstBlock(text.slice(firstNewline + 1));
      }
      const MARKER_BYTES = Buffer.from(LOG_BLOCK_MARKER, "latin1");
      const NEWLINE = 10;
      const printableAscii = (byte) => byte !== void 0 && byte > 32 && byte < 127;
      function appendRunBlockBytes(tail, cut, blockText, maxBytes) {
        const bytes2 = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
        const from = cut ? bytes2.indexOf(NEWLINE) + 1 : 0;
        if (cut && from === 0)
          return null;
        const starts = [];
        for (let at = bytes2.indexOf(MARKER_BYTES, from); at !== -1; at = bytes2.indexOf(MARKER_BYTES, at + 1)) {
          if (at > 0 && bytes2[at - 1] !== NEWLINE)
            return null;
          if (starts.length > 0 && (bytes2[at - 2] !== NEWLINE || !printableAscii(bytes2[at - 3])))
            return null;
          starts.push(at);
        }
        const end = bytes2.length;
        if (starts.length === 0 ? !cut && end > 0 : !cut && starts[0] !== 0)
          return null;
        if (starts.length > 0 && (bytes2[end - 1] !== NEWLINE || !printableAscii(bytes2[end - 2])))
          return null;
        if (starts.length > 0 && !(0, external_node_buffer_.isUtf8)(bytes2.subarray(starts[0])))
          return null;
        const block = ensureNewline(blockText);
        const sizes = starts.map((start, i) => (starts[i + 1] ?? end + 1) - start);
        const drop = oldestToDrop(sizes, Buffer.byteLength(block, "utf8"), maxBytes);
        if (drop === null)
          return null;
        const kept = drop < starts.length ? [bytes2.subarray(starts[drop]), Buffer.from("\n")] : [];
        return [...kept, Buffer.from(block, "utf8")];
      }
      function splitBlocks(text) {
        if (text.trim() === "")
          return [];
        const blocks = [];
        const marker = new RegExp(MARKER_AT_LINE_START.source, "gm");
        let start = 0;
        for (const match of text.matchAll(marker)) {
          if (match.index > start && text.slice(start, match.index).trim() !== "")
            blocks.push(text.slice(start, match.index));
          start = match.index;
        }
        if (text.slice(start).trim() !== "")
          blocks.push(text.slice(start));
        return blocks;
      }
      function fromFirstBlock(text) {
        const match = MARKER_AT_LINE_START.exec(text);
        return match ? text.slice(match.index) : "";
      }
      function truncateBlock(block, maxBytes) {
        const entries = block.split(/\n\n(?=\[)/);
        const note = (left) => `
Note: ${left} more entr${left === 1 ? "y" : "ies"} of this run left out to keep the log under ${maxBytes} bytes
`;
        const prefixBytes = [0];
        for (const entry of entries)
          prefixBytes.push(prefixBytes.at(-1) + bytes(entry));
        for (let keep = entries.length - 1; keep >= 1; keep -= 1) {
          const joined = prefixBytes[keep] + 2 * (keep - 1);
          const newline = entries[keep - 1].endsWith("\n") ? 0 : 1;
          if (joined + newline + bytes(note(entries.length - keep)) <= maxBytes) {
            return `${ensureNewline(entries.slice(0, keep).join("\n\n"))}${note(entries.length - keep)}`;
          }
        }
        return Buffer.from(block, "utf8").subarray(0, Math.max(0, maxBytes)).toString("utf8").replace(/\uFFFD$/, "");
      }
      function noControlChars(text) {
        return text.replace(CONTROL, " ");
      }
      function cleanLabel(label) {
        const clean = label.replace(/[^A-Za-z0-9 _-]/g, "").trim();
        return /^[A-Za-z]/.test(clean) ? clean : "Details";
      }
      function ensureNewline(text) {
        return text.endsWith("\n") ? text : `${text}
`;
      }
      function bytes(text) {
        return Buffer.byteLength(text, "utf8");
      }
      ;
      const normalizedDirs = /* @__PURE__ */ new Map();
      function relativePath(from, to) {
        let prefix = normalizedDirs.get(from);
        if (prefix === void 0) {
          prefix = external_node_path_default().sep === "/" && external_node_path_default().isAbsolute(from) && external_node_path_default().normalize(from) === from ? from.endsWith("/") ? from : `${from}/` : null;
          if (normalizedDirs.size > 64)
            normalizedDirs.clear();
          normalizedDirs.set(from, prefix);
        }
        if (prefix !== null && to.length > prefix.length && to.startsWith(prefix)) {
          const rest = to.slice(prefix.length);
          if (!/^\/|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/.test(rest))
            return rest;
        }
        return external_node_path_default().relative(from, to);
      }
      function displayPath(experimentDir, file) {
        const relative = relativePath(experimentDir, file);
        if (relative !== "" && !relative.startsWith("..") && !external_node_path_default().isAbsolute(relative)) {
          return relative.split(external_node_path_default().sep).join("/");
        }
        return file;
      }
      ;
      function diagnosticsForDisplay(experimentDir, diagnostics) {
        const seen = /* @__PURE__ */ new Set();
        const shown = diagnostics.map((d) => {
          if (d.file === null || !external_node_path_default().isAbsolute(d.file))
            return d;
          const file = displayPath(experimentDir, d.file);
          return { ...d, file, message: d.message.replaceAll(`${d.file}: `, "").replaceAll(d.file, file) };
        });
        return shown.filter((d) => {
          const key = `${d.level}\0${d.file}\0${d.message}`;
          if (seen.has(key))
            return false;
          seen.add(key);
          return true;
        });
      }
      ;
      function groupBy(items, keyOf2) {
        const groups = /* @__PURE__ */ new Map();
        for (const item of items) {
          const key = keyOf2(item);
          const group = groups.get(key);
          if (group)
            group.push(item);
          else
            groups.set(key, [item]);
        }
        return groups;
      }
      var stats = __nccwpck_require__2(1441);
      var sample_scores = __nccwpck_require__2(9491);
      ;
      const HOLM_ALPHA = 0.05;
      const analysis_close = (x, y) => Math.abs(x - y) < 1e-9;
      function accuracyInterval(row) {
        if (row.accuracy === null || !Number.isFinite(row.accuracy))
          return null;
        const scores = row.sample_scores;
        if (scores) {
          const { mean, stderr, n } = (0, stats.Pz)(scores.scores);
          if (scores.binary && n > 0 && analysis_close(mean, row.accuracy)) {
            const interval = (0, stats.Fy)(Math.round(mean * n), n);
            if (interval)
              return { ...interval, method: "wilson" };
          }
          if (n >= 2 && analysis_close(mean, row.accuracy)) {
            const interval = (0, stats.VO)(mean, row.stderr ?? stderr, n);
            if (interval)
              return { ...interval, method: "t" };
          }
        }
        if (row.stderr !== null && row.samples !== null) {
          const interval = (0, stats.VO)(row.accuracy, row.stderr, row.samples);
          if (interval)
            return { ...interval, method: "t" };
        }
        return null;
      }
      function balancedInterval(row, bootstraps2) {
        if (row.balanced_accuracy === null || !row.sample_scores)
          return null;
        const classes = (0, sample_scores.DK)(row.sample_scores);
        if (!classes || classes.target.length < 2)
          return null;
        const result = bootstraps2.single(classes.target, classes.outcome);
        if (!analysis_close(result.estimate, row.balanced_accuracy) || !Number.isFinite(result.low))
          return null;
        return { low: result.low, high: result.high, method: "bootstrap" };
      }
      function controlFor(run, controls) {
        return controls.find((control) => run?.model != null && control.model === run.model) ?? controls[0];
      }
      function compare(row, control, metric, bootstraps2) {
        const value = row[metric];
        const base = control[metric];
        if (value === null || base === null)
          return { vs: null, rowInterval: null };
        const common = { run: control.run, metric, delta: value - base };
        if (metric === "balanced_accuracy")
          return compareBalanced(row, control, common, bootstraps2);
        return { vs: compareMeans(row, control, common), rowInterval: null };
      }
      function compareBalanced(row, control, common, bootstraps2) {
        const a = row.sample_scores;
        const b = control.sample_scores;
        const paired = a && b ? (0, sample_scores.tL)(a, b) : null;
        if (a && paired && paired.target.length >= 2) {
          const result = bootstraps2.paired(paired.target, paired.a, paired.b);
          const covers = paired.target.length === (0, sample_scores.WU)(a) && row.balanced_accuracy !== null && analysis_close(result.a, row.balanced_accuracy) && Number.isFinite(result.aInterval.low);
          const vs = {
            ...common,
            delta: result.estimate,
            low: result.low,
            high: result.high,
            paired: true,
            n: paired.target.length,
            method: "paired-bootstrap",
            p: result.p
          };
          return { vs, rowInterval: covers ? { ...result.aInterval, method: "bootstrap" } : null };
        }
        const [ra, rb] = [balancedInterval(row, bootstraps2), balancedInterval(control, bootstraps2)];
        if (!ra || !rb || row.samples === null || control.samples === null)
          return { vs: null, rowInterval: ra };
        const seA = (ra.high - ra.low) / (2 * stats.zS);
        const seB = (rb.high - rb.low) / (2 * stats.zS);
        return { vs: unpaired(common, seA, row.samples, seB, control.samples), rowInterval: ra };
      }
      function compareMeans(row, control, common) {
        const a = row.sample_scores;
        const b = control.sample_scores;
        if (a && b) {
          const paired = (0, sample_scores.gM)(a, b);
          if (paired.a.length >= 2) {
            const difference = (0, stats.vQ)(paired.a, paired.b);
            return {
              ...common,
              delta: difference.delta,
              low: difference.low,
              high: difference.high,
              paired: true,
              n: difference.n,
              method: "paired-t",
              p: difference.p
            };
          }
        }
        if (row.stderr === null || control.stderr === null || row.samples === null || control.samples === null)
          return null;
        return unpaired(common, row.stderr, row.samples, control.stderr, control.samples);
      }
      function unpaired(common, seA, nA, seB, nB) {
        const difference = (0, stats._S)({ mean: common.delta, se: seA, n: nA }, { mean: 0, se: seB, n: nB });
        return {
          ...common,
          low: difference.low,
          high: difference.high,
          paired: false,
          n: difference.n,
          method: "unpaired-t",
          p: difference.p
        };
      }
      const median = (values) => {
        const sorted = [...values].sort((x, y) => x - y);
        const middle = sorted.length >> 1;
        return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      };
      function noiseFloors(rows, findings) {
        const byTask = /* @__PURE__ */ new Map();
        rows.forEach((row, index) => {
          const vs = findings[index].vs_control;
          if (!vs || vs.low === null || vs.high === null)
            return;
          const list2 = byTask.get(row.task) ?? [];
          list2.push(vs);
          byTask.set(row.task, list2);
        });
        const floors = [];
        for (const [task, comparisons] of byTask) {
          const paired = comparisons.filter((vs) => vs.paired);
          const used = paired.length > 0 ? paired : comparisons;
          floors.push({
            task,
            metric: used[0].metric,
            half_width: median(used.map((vs) => (vs.high - vs.low) / 2)),
            n: Math.round(median(used.map((vs) => vs.n))),
            paired: paired.length > 0
          });
        }
        return floors;
      }
      function correctForMultipleComparisons(comparisons) {
        const inFamily = (vs) => vs !== null && Number.isFinite(vs.p) && vs.low !== null;
        const family = comparisons.filter(inFamily);
        const holm = (0, stats.l0)(family.map((vs) => vs.p), HOLM_ALPHA);
        const adjusted = new Map(family.map((vs, index) => [vs, index]));
        return comparisons.map((vs) => {
          if (!vs)
            return null;
          const index = adjusted.get(vs);
          if (index === void 0)
            return { ...vs, p_holm: null, after_holm: false };
          return {
            ...vs,
            p_holm: holm.adjusted[index],
            after_holm: holm.rejected[index] && (0, stats.Q$)(vs.low, vs.high)
          };
        });
      }
      function plannedBootstraps(runs, rows) {
        const plan2 = (0, stats.lv)();
        compareRows(runs, rows, plan2.bootstraps, true);
        return plan2.requests;
      }
      function compareRows(runs, rows, bootstraps2, onlyBootstraps = false) {
        const runByName = new Map(runs.map((run) => [run.name, run]));
        const controls = runs.filter((run) => run.type === "control");
        const balanced = rows.map(() => null);
        const successByRunTask = /* @__PURE__ */ new Map();
        for (const row of rows) {
          const key = `${row.run}\0${row.task}`;
          if (row.status === "success" && !successByRunTask.has(key))
            successByRunTask.set(key, row);
        }
        const fallbacks = /* @__PURE__ */ new Set();
        const comparisons = rows.map((row, index) => {
          const run = runByName.get(row.run);
          if (row.status !== "success" || !run || run.type === "control")
            return null;
          const control = controlFor(run, controls);
          if (!control)
            return null;
          const controlRow = successByRunTask.get(`${control.name}\0${row.task}`);
          if (!controlRow)
            return null;
          if (run.model == null || control.model !== run.model)
            fallbacks.add(control.name);
          const metric = row.balanced_accuracy !== null && controlRow.balanced_accuracy !== null ? "balanced_accuracy" : "accuracy";
          if (onlyBootstraps && metric === "accuracy")
            return null;
          const { vs, rowInterval } = compare(row, controlRow, metric, bootstraps2);
          balanced[index] = rowInterval;
          return vs;
        });
        rows.forEach((row, index) => {
          if (row.status === "success")
            balanced[index] ??= balancedInterval(row, bootstraps2);
        });
        return { comparisons, balanced, fallbacks };
      }
      function analyse(runs, rows, bootstraps2 = stats.MV) {
        const controls = runs.filter((run) => run.type === "control");
        const notes = [];
        const { comparisons, balanced, fallbacks } = compareRows(runs, rows, bootstraps2);
        const findings = rows.map((row, index) => ({
          accuracy_ci: row.status === "success" ? accuracyInterval(row) : null,
          balanced_accuracy_ci: balanced[index],
          vs_control: null
        }));
        const corrected2 = correctForMultipleComparisons(comparisons);
        corrected2.forEach((vs, index) => findings[index].vs_control = vs);
        const family = corrected2.filter((vs) => vs !== null && vs.p_holm !== null);
        const beyond = {
          comparisons: family.length,
          excluding_zero: family.filter((vs) => (0, stats.Q$)(vs.low, vs.high)).length,
          after_holm: family.filter((vs) => vs.after_holm).length
        };
        for (const name of fallbacks) {
          notes.push(controls.length > 1 ? `\u0394 vs control: no control run has the same base model for some runs; compared with "${name}".` : `\u0394 vs control: compared with "${name}", whose base model differs from (or is not stated for) some runs.`);
        }
        return { rows: findings, noise_floor: noiseFloors(rows, findings), notes, beyond_noise: beyond };
      }
      var order = __nccwpck_require__2(1204);
      ;
      function cellLabel(task, epoch) {
        return epoch === null ? task : `${task} epoch ${epoch}`;
      }
      const newestLogFirst = (0, order.l)(
        // Times are compared as instants: logs written on machines with different UTC offsets still order right.
        (log) => log.created === null ? NaN : Date.parse(log.created),
        // By code unit, not localeCompare: the same order on every machine whatever its locale (and no
        // ICU collator to start, ~8 ms of every run).
        (a, b) => (0, order.n)(external_node_path_default().basename(a.file), external_node_path_default().basename(b.file))
      );
      function chooseLog(logs) {
        const sorted = [...logs].sort(newestLogFirst);
        return sorted.find((log) => log.status === "success") ?? sorted.find((log) => log.status === "started") ?? sorted[0];
      }
      function cellsOf(entry, runLogs, used, experimentDir, warnings) {
        const cells = [];
        for (const task of entry.tasks) {
          for (const epoch of entry.epochs ?? [null]) {
            const candidates = runLogs.filter((log2) => log2.task === task && // A control run's logs have no checkpoint epoch; a fine-tuned run's must match the cell.
            (entry.epochs === null || log2.epoch === epoch) && !used.has(log2));
            const log = chooseLog(candidates);
            for (const candidate of candidates)
              used.add(candidate);
            if (log && candidates.length > 1) {
              const others = candidates.filter((c) => c !== log).map((c) => `${external_node_path_default().basename(c.file)} (${c.status})`);
              warnings.push({
                level: "warning",
                file: displayPath(experimentDir, log.file),
                message: `${entry.run} / ${cellLabel(task, epoch)}: ${candidates.length} logs; this one is used (the newest ${log.status === "success" ? "successful " : ""}one), not ${others.join(", ")}`
              });
            }
            cells.push({ run: entry.run, task, epoch, log });
          }
        }
        return cells;
      }
      function evaluationRow(experimentDir, cell) {
        const log = cell.log;
        if (!log) {
          return {
            run: cell.run,
            task: cell.task,
            epoch: cell.epoch,
            accuracy: null,
            balanced_accuracy: null,
            f1: null,
            samples: null,
            stderr: null,
            status: "missing",
            log: null
          };
        }
        return {
          run: cell.run,
          task: cell.task,
          epoch: log.epoch ?? cell.epoch,
          accuracy: log.accuracy,
          balanced_accuracy: log.balancedAccuracy,
          f1: log.f1,
          samples: log.samples,
          ...log.status === "started" && typeof log.plannedSamples === "number" ? { samples_total: log.plannedSamples } : {},
          stderr: log.stderr,
          status: log.status,
          log: displayPath(experimentDir, log.file),
          scorer: log.scorer,
          epoch_source: log.epochSource,
          ...log.error ? { error: log.error } : {},
          ...log.sampleScores ? { sample_scores: log.sampleScores } : {}
        };
      }
      const FAILED_LOG = /* @__PURE__ */ new Set(["error", "cancelled", "unreadable"]);
      function evaluationStatus(cells, strays, active) {
        if (cells.length === 0 && strays.length === 0)
          return "N/A";
        const statuses = cells.map((cell) => cell.log?.status ?? "missing");
        if (cells.length > 0 && statuses.every((status) => status === "success"))
          return "COMPLETED";
        const all = [...statuses, ...strays.map((log) => log.status)];
        if (all.includes("started") || active.some((job) => job.state === "RUNNING"))
          return "RUNNING";
        if (active.length > 0)
          return "PENDING";
        if (all.every((status) => status === "missing"))
          return "NOT_STARTED";
        if (!all.includes("success"))
          return "FAILED";
        return "PARTIAL";
      }
      function evaluationNotes(experimentDir, cells, strays, status) {
        const missing = cells.filter((cell) => !cell.log).map((cell) => cellLabel(cell.task, cell.epoch));
        const running = cells.filter((cell) => cell.log?.status === "started").map((cell) => cellLabel(cell.task, cell.epoch));
        const failed2 = cells.filter((cell) => cell.log && FAILED_LOG.has(cell.log.status));
        const parts = [];
        for (const cell of failed2) {
          const log = cell.log;
          const what = log.status === "unreadable" ? "unreadable log" : `${log.status}`;
          const why = log.error ? ` (${log.error})` : "";
          parts.push(`${cellLabel(cell.task, cell.epoch)}: ${what}${why}; see ${displayPath(experimentDir, log.file)}`);
        }
        if (running.length > 0)
          parts.push(`still running: ${running.join(", ")}`);
        if (missing.length > 0) {
          parts.push(`${status === "PENDING" ? "queued, no log yet" : "no log"}: ${missing.join(", ")}`);
        }
        const unplaced = strays.filter((log) => log.task === null || log.epoch === null);
        if (unplaced.length > 0) {
          const failed3 = unplaced.filter((log) => FAILED_LOG.has(log.status)).length;
          parts.push(`${unplaced.length} log(s) whose task or checkpoint epoch is unknown` + (failed3 > 0 ? `, ${failed3} of them failed or unreadable` : "") + " (see Warnings)");
        }
        return parts.join("; ");
      }
      function bestPerTask(rows) {
        const tasks = [...new Set(rows.map((row) => row.task))];
        const best = [];
        for (const task of tasks) {
          const done = rows.filter((row) => row.task === task && row.status === "success");
          const metric = done.some((row) => row.balanced_accuracy !== null) ? "balanced_accuracy" : "accuracy";
          let winner;
          for (const row of done) {
            const value = row[metric];
            if (value === null || !Number.isFinite(value))
              continue;
            if (!winner || value > winner.value)
              winner = { task, run: row.run, epoch: row.epoch, metric, value };
          }
          if (winner)
            best.push(winner);
        }
        return best;
      }
      ;
      const FINISHED_TRAINING = /* @__PURE__ */ new Set(["COMPLETED", "N/A"]);
      function buildSummary(input) {
        return finishSummary(prepareSummary(input));
      }
      function prepareSummary(input) {
        const { experiment } = input;
        const warnings = [...input.warnings];
        const placed = placeLogs(input, warnings);
        const { runs, training, incomplete, complete } = runRows(input, placed);
        const evaluations = evaluationRows(experiment, placed);
        for (const log of input.evalLogs.filter((log2) => !placed.used.has(log2))) {
          warnings.push({
            level: "warning",
            file: displayPath(experiment.dir, log.file),
            message: `evaluation log of "${log.run}", which is not a run of experiment_summary.yaml: left out of the tables`
          });
        }
        return { input, warnings, runs, training, incomplete, complete, evaluations };
      }
      function summaryBootstraps(prepared) {
        return plannedBootstraps(prepared.runs, prepared.evaluations);
      }
      function finishSummary(prepared, bootstraps2) {
        const { input, warnings, runs, training, incomplete, complete, evaluations } = prepared;
        const { experiment } = input;
        const analysis = analyse(runs, evaluations, bootstraps2);
        evaluations.forEach((row, index) => {
          const { accuracy_ci, balanced_accuracy_ci, vs_control } = analysis.rows[index];
          if (accuracy_ci)
            row.accuracy_ci = accuracy_ci;
          if (balanced_accuracy_ci)
            row.balanced_accuracy_ci = balanced_accuracy_ci;
          if (vs_control)
            row.vs_control = vs_control;
        });
        return {
          schema: 1,
          experiment: { name: experiment.name, dir: experiment.dir },
          generated: input.generated,
          complete,
          total: experiment.runs.length,
          runs,
          training,
          evaluations,
          best: bestPerTask(evaluations),
          incomplete,
          warnings,
          ...input.queue ? { queue: input.queue } : {},
          ...analysis.noise_floor.length > 0 ? { noise_floor: analysis.noise_floor } : {},
          analysis: { notes: analysis.notes, beyond_noise: analysis.beyond_noise }
        };
      }
      function placeLogs(input, warnings) {
        const { experiment } = input;
        const used = /* @__PURE__ */ new Set();
        const logsByRun = groupBy(input.evalLogs, (log) => log.run);
        const runNames = new Set(experiment.runs.map((run) => run.name));
        const matrix = experiment.matrix.filter((entry) => runNames.has(entry.run));
        const entriesByRun = groupBy(matrix, (entry) => entry.run);
        const cellsByEntry = /* @__PURE__ */ new Map();
        for (const entry of matrix) {
          cellsByEntry.set(entry, cellsOf(entry, logsByRun.get(entry.run) ?? [], used, experiment.dir, warnings));
        }
        const placed = { matrix, entriesByRun, cellsByEntry, straysByRun: /* @__PURE__ */ new Map(), used };
        for (const run of experiment.runs) {
          const strays = (logsByRun.get(run.name) ?? []).filter((log) => !used.has(log));
          for (const log of strays)
            used.add(log);
          placed.straysByRun.set(run.name, adoptLoneUnreadable(strays, cellsOfRun(placed, run.name)));
        }
        return placed;
      }
      function cellsOfRun(placed, run) {
        return (placed.entriesByRun.get(run) ?? []).flatMap((entry) => placed.cellsByEntry.get(entry));
      }
      function adoptLoneUnreadable(strays, cells) {
        const unplaced = strays.filter((log) => log.epoch === null);
        const [lone] = unplaced;
        const fitting = cells.filter((cell) => !cell.log && (lone?.task === null || cell.task === lone?.task));
        let left = strays;
        if (lone?.status === "unreadable" && unplaced.length === 1 && fitting.length === 1 && cells.length > 0 && cells[0].epoch !== null) {
          fitting[0].log = { ...lone, task: fitting[0].task, epochSource: "only-empty-cell" };
          left = strays.filter((log) => log !== lone);
        }
        return left.sort(newestLogFirst).reverse();
      }
      function runRows(input, placed) {
        const { experiment } = input;
        const dir = experiment.dir;
        const activeByRun = groupBy(input.activeEvalJobs ?? [], (job) => job.run);
        const rows = {
          runs: [],
          training: [],
          incomplete: [],
          complete: 0
        };
        for (const run of experiment.runs) {
          const facts = run.type === "fine-tuned" ? input.training.get(run.name) : void 0;
          const finetune = finetuneOf(dir, run.type, facts);
          if (run.type === "fine-tuned")
            rows.training.push(trainingRow(dir, run.name, facts));
          const cells = cellsOfRun(placed, run.name);
          const strays = placed.straysByRun.get(run.name) ?? [];
          const evaluationState = evaluationStatus(cells, strays, activeByRun.get(run.name) ?? []);
          rows.runs.push({
            name: run.name,
            type: run.type,
            model: run.model,
            parameters: run.parameters,
            finetune,
            evaluation: { status: evaluationState }
          });
          const trainingDone = FINISHED_TRAINING.has(finetune.status);
          if (!trainingDone)
            rows.incomplete.push(finetuneIncomplete(run.name, finetune));
          const evaluationDone = evaluationState === "COMPLETED" || evaluationState === "N/A";
          if (!evaluationDone && (trainingDone || evaluationState !== "NOT_STARTED")) {
            rows.incomplete.push({
              run: run.name,
              stage: "evaluation",
              status: evaluationState,
              notes: evaluationNotes(dir, cells, strays, evaluationState)
            });
          }
          if (trainingDone && evaluationDone)
            rows.complete++;
        }
        return rows;
      }
      function finetuneOf(dir, type, facts) {
        if (type === "control")
          return { status: "N/A" };
        return {
          // Every fine-tuned run has facts from the pipeline; without them nothing of its training was seen.
          status: facts?.status ?? "NOT_STARTED",
          ...facts?.reason ? { reason: facts.reason } : {},
          ...facts?.slurmOut ? { slurm_out: displayPath(dir, facts.slurmOut) } : {},
          ...facts?.jobId ? { job_id: facts.jobId } : {},
          ...facts?.progress ? { progress: facts.progress } : {}
        };
      }
      function trainingRow(dir, run, facts) {
        return {
          run,
          final_loss: facts?.finalLoss ?? null,
          total_steps: facts?.totalSteps ?? null,
          epochs: facts?.epochs ?? null,
          duration_s: facts?.durationS ?? null,
          ...facts?.durationSource ? { duration_source: facts.durationSource } : {},
          ...facts?.jobId ? { job_id: facts.jobId } : {},
          ...facts?.slurmOut ? { slurm_out: displayPath(dir, facts.slurmOut) } : {},
          ...facts ? { checkpoints: facts.checkpoints } : {}
        };
      }
      function finetuneIncomplete(run, finetune) {
        const see = finetune.slurm_out ? `see ${finetune.slurm_out}` : "";
        return {
          run,
          stage: "fine-tuning",
          status: finetune.status,
          notes: [finetune.reason, see].filter(Boolean).join("; ") || "no details found"
        };
      }
      function evaluationRows(experiment, placed) {
        const dir = experiment.dir;
        const evaluations = [];
        const strayRows = (run) => (placed.straysByRun.get(run) ?? []).map((log) => evaluationRow(dir, { run, task: log.task ?? log.inspectTask ?? "?", epoch: log.epoch, log }));
        for (const entry of placed.matrix) {
          evaluations.push(...placed.cellsByEntry.get(entry).map((cell) => evaluationRow(dir, cell)));
          if (placed.entriesByRun.get(entry.run).at(-1) === entry)
            evaluations.push(...strayRows(entry.run));
        }
        for (const run of experiment.runs) {
          if (!placed.entriesByRun.has(run.name))
            evaluations.push(...strayRows(run.name));
        }
        return evaluations;
      }
      ;
      let loadedSpawn;
      const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
      async function runCommand(command, args, options2) {
        loadedSpawn ??= (await Promise.resolve(
          /* import() */
        ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 1421, 23))).spawn;
        return runWith(loadedSpawn, command, args, options2);
      }
      function killGroup(child2) {
        if (child2?.pid === void 0)
          return;
        try {
          process.kill(-child2.pid, "SIGKILL");
        } catch {
          child2.kill("SIGKILL");
        }
      }
      function runWith(spawn, command, args, options2) {
        const maxOutput = options2.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
        return new Promise((resolve) => {
          let settled = false;
          let child2;
          const kill = () => killGroup(child2);
          const timer = setTimeout(() => {
            kill();
            settle({ kind: "timeout" });
          }, options2.timeoutMs);
          const settle = (run) => {
            if (settled)
              return;
            settled = true;
            clearTimeout(timer);
            resolve(run);
          };
          try {
            child2 = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, windowsHide: true });
          } catch (error) {
            const failure = error;
            settle({ kind: "spawn-error", code: failure.code, message: failure.message });
            return;
          }
          const stdout = [];
          const stderr = [];
          let size = 0;
          const collect = (into) => (chunk) => {
            size += chunk.length;
            if (size > maxOutput) {
              kill();
              settle({ kind: "too-much-output" });
              return;
            }
            into.push(chunk);
          };
          child2.stdout?.on("data", collect(stdout));
          child2.stderr?.on("data", collect(stderr));
          child2.on("error", (error) => settle({ kind: "spawn-error", code: error.code, message: error.message }));
          child2.on("close", (exitCode, signal) => settle({
            kind: "exited",
            exitCode,
            signal,
            // Undecodable bytes (a job name in Latin-1) are named, never turned into U+FFFD.
            stdout: (0, clean_text.yj)(Buffer.concat(stdout)),
            stderr: (0, clean_text.yj)(Buffer.concat(stderr))
          }));
        });
      }
      function spawnProblem(name, command, explicitPath, run) {
        if (run.code === "ENOENT")
          return explicitPath ? `${name} not found at ${command}` : `${name} is not installed or not on PATH`;
        if (run.code === "EACCES")
          return `${name} at ${command} cannot be run (permission denied)`;
        return `${name} could not be started: ${run.message}`;
      }
      ;
      const SLURM_JOB_STATES = [
        "PENDING",
        "RUNNING",
        "SUSPENDED",
        "COMPLETING",
        "COMPLETED",
        "CANCELLED",
        "FAILED",
        "TIMEOUT",
        "NODE_FAIL",
        "PREEMPTED",
        "BOOT_FAIL",
        "DEADLINE",
        "OUT_OF_MEMORY",
        "REQUEUED",
        "RESIZING",
        "REVOKED",
        "SPECIAL_EXIT",
        "STOPPED"
      ];
      const KNOWN_STATES = new Set(SLURM_JOB_STATES);
      const UNFINISHED_SLURM_STATES = /* @__PURE__ */ new Set([
        "PENDING",
        "RUNNING",
        "SUSPENDED",
        "COMPLETING",
        "REQUEUED",
        "RESIZING",
        "STOPPED"
      ]);
      const SACCT_DELIMITER = "";
      const FIELDS = ["JobID", "JobName", "State", "Elapsed", "ExitCode", "JobIDRaw"];
      const ROW_JOB_ID = /^(\d+(?:_(?:\d+|\[[^\]]*\]))?(?:\+\d+)?)(?:\.([A-Za-z0-9_]+))?$/;
      function normaliseSlurmState(raw) {
        const word = (raw.trim().split(/[ +]/)[0] ?? "").toUpperCase();
        return KNOWN_STATES.has(word) ? word : "UNKNOWN";
      }
      function parseSlurmElapsed(text) {
        const m = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim());
        if (!m)
          return null;
        const [, days = "0", hours = "0", minutes = "0", seconds = "0"] = m;
        return Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
      }
      function parseExitCode(text) {
        const trimmed = text.trim();
        if (trimmed === "")
          return null;
        const m = /^(\d+):(\d+)$/.exec(trimmed);
        return m ? { exitStatus: Number(m[1]), signal: Number(m[2]) } : void 0;
      }
      function parseFields(given, nameJoiner) {
        const fields = [...given];
        let rawId = null;
        if (fields.length >= 6 && /^\d+(?:\.[A-Za-z0-9_]+)?$/.test((fields[fields.length - 1] ?? "").trim())) {
          rawId = (fields.pop() ?? "").trim().split(".")[0] ?? null;
        }
        if (fields.length < 5)
          return null;
        const id = (fields[0] ?? "").trim();
        const exitText = fields[fields.length - 1] ?? "";
        const elapsedText = (fields[fields.length - 2] ?? "").trim();
        const rawState = (fields[fields.length - 3] ?? "").trim();
        const jobName = fields.slice(1, fields.length - 3).join(nameJoiner);
        const idMatch = ROW_JOB_ID.exec(id);
        const exitCode = parseExitCode(exitText);
        const elapsedSeconds = parseSlurmElapsed(elapsedText);
        const elapsedOk = elapsedSeconds !== null || /^(?:INVALID|UNLIMITED|)$/i.test(elapsedText);
        if (!idMatch || exitCode === void 0 || !elapsedOk || !/^[A-Z_]+(?:\+| by \d+)?$/.test(rawState)) {
          return null;
        }
        return {
          allocationId: idMatch[1] ?? id,
          rawId,
          stepSuffix: idMatch[2] ?? null,
          jobName,
          rawState,
          elapsedSeconds,
          exitCode
        };
      }
      function splitFixedWidth(line) {
        const cells = line.trim().split(/\s+/);
        const by = cells.findIndex((c, i) => c === "by" && i > 1 && /^\d+$/.test(cells[i + 1] ?? ""));
        if (by > 0 && cells.length - by === 4) {
          cells.splice(by - 1, 3, `${cells[by - 1]} by ${cells[by + 1]}`);
        }
        return cells;
      }
      function parseSacctOutput(stdout) {
        const jobs = /* @__PURE__ */ new Map();
        const unreadable = [];
        let fixedWidth = false;
        let truncated = false;
        const steps = [];
        const rawIds = /* @__PURE__ */ new Map();
        for (const line of stdout.split(/\r?\n/)) {
          if (line.trim() === "")
            continue;
          let fields;
          let nameJoiner = SACCT_DELIMITER;
          if (line.includes(SACCT_DELIMITER)) {
            fields = line.split(SACCT_DELIMITER);
          } else {
            nameJoiner = " ";
            if (/^\s*JobID\s/.test(line) || /^[\s-]+$/.test(line)) {
              fixedWidth = true;
              continue;
            }
            fields = splitFixedWidth(line);
            fixedWidth = true;
          }
          const row = parseFields(fields, nameJoiner);
          if (!row) {
            unreadable.push(line);
            continue;
          }
          if (fixedWidth && (row.jobName.endsWith("+") || row.rawState.endsWith("+")))
            truncated = true;
          if (row.stepSuffix === null) {
            jobs.set(row.allocationId, allocationOf(row, jobs.get(row.allocationId)));
            if (row.rawId !== null && row.rawId !== row.allocationId)
              rawIds.set(row.rawId, row.allocationId);
          } else
            steps.push([row.allocationId, stepOf(row)]);
        }
        for (const [allocationId, step] of steps)
          jobs.get(allocationId)?.steps.push(step);
        for (const [rawId, allocationId] of rawIds) {
          const job = jobs.get(allocationId);
          if (job && !jobs.has(rawId))
            jobs.set(rawId, job);
        }
        const problems = outputProblems(unreadable, fixedWidth && jobs.size > 0, truncated);
        return { jobs, warning: problems.length > 0 ? problems.join("; ") : null };
      }
      function allocationOf(row, existing) {
        return {
          jobId: row.allocationId,
          jobName: row.jobName,
          state: normaliseSlurmState(row.rawState),
          rawState: row.rawState,
          elapsedSeconds: row.elapsedSeconds,
          exitCode: row.exitCode,
          steps: existing?.steps ?? []
        };
      }
      function stepOf(row) {
        return {
          stepId: `${row.allocationId}.${row.stepSuffix}`,
          jobName: row.jobName,
          state: normaliseSlurmState(row.rawState),
          rawState: row.rawState,
          elapsedSeconds: row.elapsedSeconds,
          exitCode: row.exitCode
        };
      }
      function outputProblems(unreadable, fixedWidthTable, truncated) {
        const problems = [];
        if (unreadable.length > 0) {
          const first = unreadable[0] ?? "";
          problems.push(`sacct printed ${unreadable.length} line(s) that could not be read, e.g. "${first.slice(0, 120)}"`);
        }
        if (fixedWidthTable) {
          problems.push(truncated ? 'sacct printed a fixed-width table instead of parsable output; job names and states were cut (ending in "+")' : "sacct printed a fixed-width table instead of parsable output; long job names may be cut");
        }
        return problems;
      }
      ;
      const DEFAULT_SACCT_TIMEOUT_MS = 2e4;
      const VALID_JOB_ID = /^\d+(?:_\d+)?$/;
      function sacctArguments(jobIds) {
        return [
          "-j",
          jobIds.join(","),
          `--format=${FIELDS.join(",")}`,
          "--parsable2",
          "--noheader",
          `--delimiter=${SACCT_DELIMITER}`
        ];
      }
      function explainFailure(stderr, exitCode, signal) {
        if (/accounting storage is disabled/i.test(stderr)) {
          return 'SLURM accounting is disabled on this cluster (sacct: "Slurm accounting storage is disabled"); job states come from the files only';
        }
        const dbLine = stderr.split(/\r?\n/).find((l) => /Problem talking to the database|persistent connection|PersistInit|slurmdbd/i.test(l));
        if (dbLine) {
          return `sacct could not reach the SLURM accounting database (${dbLine.trim()}); job states come from the files only`;
        }
        const detail = (0, strings.TM)(stderr);
        const ending = signal ? `was killed by ${signal}` : `exited with code ${exitCode ?? "?"}`;
        return `sacct ${ending}${detail ? `: ${detail.slice(0, 200)}` : ""}; job states come from the files only`;
      }
      async function querySacct(jobIds, options2 = {}) {
        const invalid = jobIds.filter((id) => !VALID_JOB_ID.test(id));
        const valid = [...new Set(jobIds.filter((id) => VALID_JOB_ID.test(id)))];
        const invalidWarning = invalid.length > 0 ? `ignored job id(s) that are not SLURM ids: ${invalid.map((id) => JSON.stringify(id)).join(", ")}` : null;
        if (valid.length === 0)
          return { jobs: /* @__PURE__ */ new Map(), warning: invalidWarning };
        const sacct = options2.sacctPath ?? "sacct";
        const timeoutMs = options2.timeoutMs ?? DEFAULT_SACCT_TIMEOUT_MS;
        const outcome = await runCommand(sacct, sacctArguments(valid), { timeoutMs });
        const withInvalid = (warning) => [warning, invalidWarning].filter((w) => w !== null).join("; ") || null;
        const fallback = "; job states come from the files only";
        if (outcome.kind === "spawn-error") {
          const warning = spawnProblem("sacct", sacct, Boolean(options2.sacctPath), outcome);
          return { jobs: /* @__PURE__ */ new Map(), warning: withInvalid(warning + fallback) };
        }
        if (outcome.kind === "timeout") {
          return {
            jobs: /* @__PURE__ */ new Map(),
            warning: withInvalid(`sacct did not answer within ${timeoutMs / 1e3} s and was stopped${fallback}`)
          };
        }
        if (outcome.kind === "too-much-output") {
          return {
            jobs: /* @__PURE__ */ new Map(),
            warning: withInvalid(`sacct printed more output than expected and was stopped${fallback}`)
          };
        }
        if (outcome.exitCode !== 0) {
          return {
            jobs: /* @__PURE__ */ new Map(),
            warning: withInvalid(explainFailure(outcome.stderr, outcome.exitCode, outcome.signal))
          };
        }
        const parsed = parseSacctOutput(outcome.stdout);
        if (parsed.jobs.size === 0 && parsed.warning !== null) {
          return { jobs: /* @__PURE__ */ new Map(), warning: withInvalid(parsed.warning + fallback) };
        }
        if (parsed.jobs.size === 0 && /error/i.test(outcome.stderr)) {
          return { jobs: /* @__PURE__ */ new Map(), warning: withInvalid(explainFailure(outcome.stderr, 0, null)) };
        }
        return { jobs: parsed.jobs, warning: withInvalid(parsed.warning) };
      }
      var slurm_files = __nccwpck_require__2(4011);
      ;
      function matrixTaskOf(inspectTask, entries) {
        if (!inspectTask)
          return null;
        const name = inspectTask.slice(inspectTask.lastIndexOf("/") + 1);
        const tasks = entries.flatMap((entry) => entry.tasks.map((task) => ({ task, visLabel: entry.visLabel })));
        const exact = tasks.find(({ task }) => task === name);
        if (exact)
          return { task: exact.task, how: "exact" };
        const labelled = tasks.find(({ task, visLabel }) => visLabel !== null && `${task}_${visLabel}` === name);
        if (labelled)
          return { task: labelled.task, how: "vis_label" };
        const prefixed = tasks.filter(({ task, visLabel }) => visLabel === null && (name.startsWith(`${task}_`) || name.startsWith(`${task}-`))).sort((a, b) => b.task.length - a.task.length)[0];
        return prefixed ? { task: prefixed.task, how: "prefix" } : null;
      }
      const LOG_FILE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}[-:]\d{2}[-:]\d{2}(?:[+-]\d{2}[-:]?\d{2}|Z)?_(.+)_[A-Za-z0-9]+\.(?:eval|json)$/;
      function taskFromLogFileName(file, entries) {
        const match = LOG_FILE_NAME.exec(external_node_path_default().basename(file));
        if (!match)
          return null;
        const named = match[1];
        const hyphenated = (text) => text.replaceAll("_", "-");
        for (const entry of entries) {
          for (const task of entry.tasks) {
            const forms = [task, ...entry.visLabel ? [`${task}_${entry.visLabel}`] : []].map(hyphenated);
            if (forms.includes(hyphenated(named)))
              return { task, how: "file-name" };
          }
        }
        return null;
      }
      function epochFromFolder(logFile, evalDir) {
        const folders = relativePath(evalDir, logFile).split(external_node_path_default().sep).slice(0, -1);
        for (const folder of folders) {
          const match = /_epoch(\d+)$/.exec(folder);
          if (match)
            return Number(match[1]);
        }
        return null;
      }
      function placeEvalLog(input) {
        const { summary, job } = input;
        const warnings = [];
        const match = matrixTaskOf(summary.task, input.entries) ?? (summary.status === "unreadable" ? taskFromLogFileName(input.file, input.entries) : null);
        if (match?.how === "prefix") {
          warnings.push(`task "${summary.task}" is not a task of the matrix; taken as "${match.task}", which it starts with`);
        } else if (!match && summary.status !== "unreadable" && input.entries.length > 0) {
          warnings.push(`task "${summary.task}" is not in the evaluation matrix of this run`);
        }
        const { epoch, epochSource, explanation } = epochOf(input, warnings);
        let status = summary.status;
        let error = input.error;
        if (status === "started" && job && (job.state !== null && !UNFINISHED_SLURM_STATES.has(job.state) || job.state === null && job.failure)) {
          const ended = job.state !== null ? `ended ${job.rawState ?? job.state}` : "failed";
          status = "error";
          error = `the eval job ${job.jobId ?? job.slurmOut} ${ended} before inspect finished this log` + (job.failure ? `: ${job.failure.reason}` : "");
        }
        return { task: match?.task ?? null, epoch, epochSource, status, error, warnings, explanation };
      }
      function epochOf(input, warnings) {
        const { summary, job } = input;
        const sources = summary.epoch_candidates.map((c) => ({
          source: "header",
          detail: `header (${c.source})`,
          epoch: c.epoch
        }));
        if (job?.jobName) {
          const fromJobName = (0, slurm_files.Mv)(job.jobName);
          const fromScript = fromJobName === null ? (0, slurm_files.xI)(job.jobName) : null;
          const detail = `job name ${job.jobName} of ${job.slurmOut} (sacct)`;
          if (fromJobName !== null)
            sources.push({ source: "sacct-job-name", detail, epoch: fromJobName });
          else if (fromScript !== null)
            sources.push({ source: "job-script", detail, epoch: fromScript });
        }
        const fromFolder = epochFromFolder(input.file, input.evalDir);
        if (fromFolder !== null)
          sources.push({ source: "folder", detail: "folder name", epoch: fromFolder });
        let epoch = null;
        let epochSource = null;
        let explanation = null;
        const [first] = sources;
        if (!input.isControl && first) {
          epoch = first.epoch;
          epochSource = first.source;
          explanation = `epoch ${epoch} from the ${first.detail}`;
          const disagreeing = sources.filter((s) => s.epoch !== epoch);
          if (disagreeing.length > 0) {
            warnings.push(`epoch ${epoch} from the ${first.detail}, but ` + disagreeing.map((s) => `${s.epoch} from the ${s.detail}`).join(" and ") + `: ${epoch} is used`);
          }
        } else if (!input.isControl && summary.status !== "unreadable") {
          warnings.push("checkpoint epoch unknown: the header states none, and no eval job with a known name (sacct) wrote this log");
        }
        return { epoch, epochSource, explanation };
      }
      function placeEvaluations(input) {
        const { experiment, evalJobs, sacctJobs } = input;
        const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
        const matrixByRun = groupBy(experiment.matrix, (entry) => entry.run);
        const jobOfLog = /* @__PURE__ */ new Map();
        for (const evalJob of evalJobs) {
          for (const name of evalJob.logNames)
            jobOfLog.set(`${evalJob.run}/${name}`, evalJob);
        }
        const writers = linkRunningWriters(input.evaluated, evalJobs, sacctJobs, jobOfLog);
        const diagnostics = [];
        const placed = input.evaluated.map(({ run, file, evalDir, summary }) => {
          const writer = jobOfLog.get(`${run}/${external_node_path_default().basename(file)}`);
          const placement = placeEvalLog({
            summary,
            file,
            evalDir,
            entries: matrixByRun.get(run) ?? [],
            isControl: runByName.get(run)?.type === "control",
            job: writer ? evalJobFacts(experiment.dir, writer, sacctJobs) : null,
            // The reader's messages start with the absolute path; every place that shows one also names the file.
            error: summary.error?.startsWith(`${file}: `) ? summary.error.slice(file.length + 2) : summary.error
          });
          diagnostics.push(...placementDiagnostics(displayPath(experiment.dir, file), summary, placement));
          return placement;
        });
        const evalLogs = input.evaluated.map((log, index) => evalLogFacts(log, placed[index]));
        const active = activeEvalJobs(evalJobs.filter((evalJob) => !writers.has(evalJob)), sacctJobs);
        return { evalLogs, placed, activeEvalJobs: active, diagnostics };
      }
      function linkRunningWriters(evaluated, evalJobs, sacctJobs, jobOfLog) {
        const linked = /* @__PURE__ */ new Set();
        for (const { run, file, summary } of evaluated) {
          const key = `${run}/${external_node_path_default().basename(file)}`;
          if (summary.status !== "started" || jobOfLog.has(key) || summary.task === null)
            continue;
          const candidates = evalJobs.filter((evalJob) => {
            const sacctJob = evalJob.jobId ? sacctJobs.get(evalJob.jobId) : void 0;
            return evalJob.run === run && evalJob.logNames.length === 0 && !linked.has(evalJob) && sacctJob?.state === "RUNNING" && sacctJob.jobName.startsWith(`eval-${summary.task}-`);
          });
          const [only] = candidates;
          if (only && candidates.length === 1) {
            jobOfLog.set(key, only);
            linked.add(only);
          }
        }
        return linked;
      }
      function evalJobFacts(experimentDir, writer, sacctJobs) {
        const sacctJob = writer.jobId ? sacctJobs.get(writer.jobId) : void 0;
        return {
          jobId: writer.jobId,
          slurmOut: displayPath(experimentDir, writer.slurmOut),
          state: sacctJob?.state ?? null,
          rawState: sacctJob?.rawState ?? null,
          jobName: sacctJob?.jobName ?? null,
          failure: writer.failure
        };
      }
      function placementDiagnostics(shown, summary, placed) {
        const diagnostics = placed.warnings.map((message2) => ({
          level: "warning",
          file: shown,
          message: message2
        }));
        if (placed.status === "unreadable" || placed.status === "error" && summary.status === "started") {
          diagnostics.push({ level: "error", file: shown, message: placed.error ?? "unreadable evaluation log" });
        }
        return diagnostics;
      }
      function activeEvalJobs(evalJobs, sacctJobs) {
        const active = [];
        for (const evalJob of evalJobs) {
          const state2 = evalJob.jobId ? sacctJobs.get(evalJob.jobId)?.state : void 0;
          if ((state2 === "RUNNING" || state2 === "PENDING") && evalJob.logNames.length === 0) {
            active.push({ run: evalJob.run, state: state2 });
          }
        }
        return active;
      }
      function evalLogFacts({ run, file, summary }, placed) {
        return {
          file,
          run,
          task: placed.task,
          inspectTask: summary.task,
          epoch: placed.epoch,
          epochSource: placed.epochSource,
          status: placed.status,
          accuracy: summary.accuracy,
          stderr: summary.stderr,
          samples: summary.samples,
          plannedSamples: summary.planned_samples,
          balancedAccuracy: summary.binary?.balanced_accuracy ?? null,
          f1: summary.binary?.f1 ?? null,
          scorer: summary.scorer,
          ...placed.error ? { error: placed.error } : {},
          created: summary.created,
          sampleScores: summary.sample_scores ?? null
        };
      }
      ;
      const STILL_RUNNING_IDLE_SECONDS = 30 * 60;
      const CAUSE_STATUSES = /* @__PURE__ */ new Set(["TIMEOUT", "PREEMPTED", "NODE_FAIL"]);
      function formatSeconds(total) {
        const s = Math.round(total);
        const d = Math.floor(s / 86400);
        const h = Math.floor(s % 86400 / 3600);
        const m = Math.floor(s % 3600 / 60);
        const parts = [d ? `${d}d` : "", h ? `${h}h` : "", m ? `${m}m` : "", `${s % 60}s`].filter(Boolean);
        return parts.join(" ");
      }
      function progress(facts) {
        const loss = facts.evidence.loss;
        if (!loss)
          return null;
        const bar = loss.epochProgress ? ` (${loss.epochProgress.done}/${loss.epochProgress.total} of the epoch)` : "";
        return `epoch ${loss.epochs}, step ${loss.totalSteps}${bar}`;
      }
      function lastLossNote(facts) {
        const where = progress(facts);
        return where ? `; last loss at ${where}` : "";
      }
      function joinReason(...parts) {
        const text = parts.filter((p) => Boolean(p)).join("; ");
        return text === "" ? null : text;
      }
      function finishedButNote(facts) {
        return `training finished (checkpoint epoch_${facts.finalEpoch} saved), but the log then shows: ${failureReason(facts)}`;
      }
      function cancelledBy(rawState) {
        const uid = / by (\d+)/.exec(rawState)?.[1];
        return uid ? `cancelled by user id ${uid}` : null;
      }
      function exitNote(facts) {
        const exit = facts.evidence.sacctJob?.exitCode;
        if (!exit)
          return null;
        return exit.signal ? `killed by signal ${exit.signal}` : `exit code ${exit.exitStatus}`;
      }
      const state = (...states) => (facts) => facts.sacctState !== null && states.includes(facts.sacctState);
      const failureIs = (...statuses) => (facts) => facts.evidence.failure !== null && statuses.includes(facts.evidence.failure.status);
      const fixed = (status) => () => status;
      const fromFailure = (facts) => facts.evidence.failure?.status ?? "FAILED";
      const failureReason = (facts) => facts.evidence.failure?.reason ?? null;
      const noSacct = (facts) => facts.sacctState === null;
      const noLogReason = (facts) => facts.evidence.noLogReason ?? "no training output found";
      const evaluatedUpTo = (facts) => {
        const epochs = facts.evidence.evaluatedEpochs ?? [];
        return epochs.length > 0 ? Math.max(...epochs) : null;
      };
      const evaluatedAll = (facts) => {
        const configured = facts.evidence.configuredEpochs;
        return configured === null || (evaluatedUpTo(facts) ?? -1) + 1 >= configured;
      };
      const FINETUNE_STATUS_RULES = [
        {
          id: "sacct-pending",
          description: "sacct says PENDING \u2192 PENDING",
          applies: state("PENDING"),
          status: fixed("PENDING"),
          reason: () => "waiting in the SLURM queue"
        },
        {
          id: "sacct-running",
          description: "sacct says RUNNING (or COMPLETING, SUSPENDED, REQUEUED, \u2026) \u2192 RUNNING",
          applies: (f) => f.sacctState !== null && UNFINISHED_SLURM_STATES.has(f.sacctState),
          status: fixed("RUNNING"),
          reason: (f) => joinReason(f.sacctState !== "RUNNING" ? `SLURM state ${f.evidence.sacctJob?.rawState}` : null, progress(f) ? `at ${progress(f)}` : null)
        },
        {
          id: "oom-in-log",
          description: "the job ended (or sacct is silent) and the log shows a CUDA or host OOM before training finished \u2192 OUT_OF_MEMORY",
          applies: (f) => failureIs("OUT_OF_MEMORY")(f) && !f.trainingFinished,
          status: fixed("OUT_OF_MEMORY"),
          reason: failureReason
        },
        {
          id: "sacct-out-of-memory",
          description: "sacct says OUT_OF_MEMORY, the log does not say more \u2192 OUT_OF_MEMORY",
          applies: state("OUT_OF_MEMORY"),
          status: fixed("OUT_OF_MEMORY"),
          reason: (f) => `SLURM killed the job for using more host memory than requested${lastLossNote(f)}`
        },
        {
          id: "sacct-timeout",
          description: "sacct says TIMEOUT (or DEADLINE) \u2192 TIMEOUT",
          applies: state("TIMEOUT", "DEADLINE"),
          status: fixed("TIMEOUT"),
          reason: (f) => {
            const elapsed = f.evidence.sacctJob?.elapsedSeconds;
            const limit = f.sacctState === "DEADLINE" ? "its deadline" : "the SLURM time limit";
            return `hit ${limit}${elapsed != null ? ` after ${formatSeconds(elapsed)}` : ""}${lastLossNote(f)}`;
          }
        },
        {
          id: "sacct-preempted",
          description: "sacct says PREEMPTED \u2192 PREEMPTED",
          applies: state("PREEMPTED"),
          status: fixed("PREEMPTED"),
          reason: (f) => `preempted by a higher-priority job${lastLossNote(f)}`
        },
        {
          id: "sacct-node-fail",
          description: "sacct says NODE_FAIL or BOOT_FAIL \u2192 NODE_FAIL",
          applies: state("NODE_FAIL", "BOOT_FAIL"),
          status: fixed("NODE_FAIL"),
          reason: (f) => `${f.sacctState === "BOOT_FAIL" ? "the node failed to boot" : "the node failed"}${lastLossNote(f)}`
        },
        {
          id: "cancelled-log-names-cause",
          description: "sacct says CANCELLED and the log names a time limit, preemption or node failure \u2192 that",
          applies: (f) => state("CANCELLED")(f) && f.evidence.failure !== null && CAUSE_STATUSES.has(f.evidence.failure.status),
          status: fromFailure,
          reason: failureReason
        },
        {
          id: "sacct-cancelled",
          description: "sacct says CANCELLED \u2192 CANCELLED",
          applies: state("CANCELLED"),
          status: fixed("CANCELLED"),
          reason: (f) => joinReason(cancelledBy(f.evidence.sacctJob?.rawState ?? "") ?? failureReason(f) ?? "cancelled", progress(f) ? `at ${progress(f)}` : null)
        },
        {
          id: "sacct-failed",
          description: "sacct says FAILED \u2192 FAILED, with the log\u2019s error line when it has one",
          applies: state("FAILED"),
          status: (f) => f.evidence.failure && f.evidence.failure.status !== "CANCELLED" ? f.evidence.failure.status : "FAILED",
          reason: (f) => failureReason(f) ?? joinReason(exitNote(f), "no error found in the log tail")
        },
        {
          id: "completed-but-log-failed",
          description: "sacct says COMPLETED but the log shows a failure \u2192 the log\u2019s status (the job script hid the error)",
          applies: (f) => state("COMPLETED")(f) && f.evidence.failure !== null && !f.trainingFinished,
          status: fromFailure,
          reason: (f) => `${failureReason(f)} (SLURM says COMPLETED: the job script did not pass the error on)`
        },
        {
          id: "sacct-completed",
          description: "sacct says COMPLETED \u2192 COMPLETED (with a caveat when the files disagree)",
          applies: state("COMPLETED"),
          status: fixed("COMPLETED"),
          reason: (f) => f.evidence.failure ? finishedButNote(f) : f.finalEpoch !== null && !f.finalCheckpointPresent && f.hasLog ? `SLURM says COMPLETED but checkpoint epoch_${f.finalEpoch} is missing${lastLossNote(f)}` : null
        },
        {
          id: "log-failure",
          description: "no sacct row; the log shows a failure before training finished \u2192 the log\u2019s status",
          applies: (f) => noSacct(f) && f.evidence.failure !== null && !f.trainingFinished,
          status: fromFailure,
          reason: failureReason
        },
        {
          id: "log-finished",
          description: "no sacct row; final epoch checkpoint present and the loss reached the last step \u2192 COMPLETED",
          applies: (f) => noSacct(f) && f.trainingFinished,
          status: fixed("COMPLETED"),
          reason: (f) => f.evidence.failure ? finishedButNote(f) : null
        },
        {
          id: "log-moved-to-output",
          description: "no sacct row; the log sits in ck-out, where cruijff_kit moves it only after success \u2192 COMPLETED",
          applies: (f) => noSacct(f) && f.evidence.logLocation === "output",
          status: fixed("COMPLETED"),
          reason: (f) => f.finalEpoch !== null && !f.finalCheckpointPresent ? `checkpoint epoch_${f.finalEpoch} is missing${lastLossNote(f)}` : null
        },
        {
          id: "log-still-written",
          description: "no sacct row; the log was written in the last 30 minutes and shows no end \u2192 RUNNING",
          applies: (f) => noSacct(f) && f.hasLog && f.evidence.logIdleSeconds != null && f.evidence.logIdleSeconds < STILL_RUNNING_IDLE_SECONDS,
          status: fixed("RUNNING"),
          reason: (f) => joinReason("no SLURM record; the log is still being written", progress(f) ? `at ${progress(f)}` : null)
        },
        {
          id: "log-stopped",
          description: "no sacct row; the log stops without finishing and without an error \u2192 FAILED",
          applies: (f) => noSacct(f) && f.hasLog,
          status: fixed("FAILED"),
          reason: (f) => progress(f) ? `the log stops at ${progress(f)} with no error in its tail, and no SLURM record says why` : "the log has no loss line and no error in its tail, and no SLURM record says why"
        },
        {
          id: "final-checkpoint-without-log",
          description: "no sacct row, no log; the final epoch checkpoint exists \u2192 COMPLETED (with a caveat)",
          applies: (f) => noSacct(f) && !f.hasLog && f.finalCheckpointPresent,
          status: fixed("COMPLETED"),
          reason: (f) => `no training SLURM output found; judged from checkpoint epoch_${f.finalEpoch}`
        },
        {
          id: "checkpoints-without-log",
          description: "no sacct row, no log; only earlier epoch checkpoints exist \u2192 FAILED",
          applies: (f) => noSacct(f) && !f.hasLog && f.evidence.checkpointEpochs.length > 0,
          status: fixed("FAILED"),
          reason: (f) => {
            const last = Math.max(...f.evidence.checkpointEpochs);
            const of = f.evidence.configuredEpochs !== null ? ` of ${f.evidence.configuredEpochs} epochs` : "";
            return `no training SLURM output found; checkpoints only up to epoch_${last}${of}`;
          }
        },
        {
          id: "evaluated-without-log",
          description: "no sacct row, no log, no checkpoint; the final epoch was evaluated \u2192 COMPLETED (it ran elsewhere, or its outputs moved)",
          applies: (f) => noSacct(f) && !f.hasLog && evaluatedUpTo(f) !== null && evaluatedAll(f),
          status: fixed("COMPLETED"),
          reason: (f) => `${noLogReason(f)}; inferred from its evaluated checkpoints (up to epoch ${evaluatedUpTo(f)})`
        },
        {
          id: "evaluated-partly-without-log",
          description: "no sacct row, no log, no checkpoint; earlier epochs were evaluated \u2192 PARTIAL",
          applies: (f) => noSacct(f) && !f.hasLog && evaluatedUpTo(f) !== null,
          status: fixed("PARTIAL"),
          reason: (f) => `${noLogReason(f)}; but its evaluated checkpoints (up to epoch ${evaluatedUpTo(f)} of ${f.evidence.configuredEpochs})`
        },
        {
          id: "nothing",
          description: "no sacct row, no log, no checkpoint \u2192 NOT_STARTED",
          applies: (f) => noSacct(f) && !f.hasLog,
          status: fixed("NOT_STARTED"),
          reason: () => null
        },
        {
          id: "sacct-other",
          description: "any other SLURM state (REVOKED, SPECIAL_EXIT, unknown) \u2192 FAILED, naming the state",
          applies: () => true,
          status: fixed("FAILED"),
          reason: (f) => joinReason(`SLURM state ${f.evidence.sacctJob?.rawState ?? "unknown"}`, failureReason(f))
        }
      ];
      function finetuneFacts(evidence) {
        const { loss, checkpointEpochs, configuredEpochs } = evidence;
        const finalEpoch = configuredEpochs !== null ? configuredEpochs - 1 : loss ? loss.epochs - 1 : null;
        const finalCheckpointPresent = finalEpoch !== null && checkpointEpochs.includes(finalEpoch);
        const barDone = loss?.epochProgress ? loss.epochProgress.done >= loss.epochProgress.total : true;
        const lossReachedLastStep = loss !== null && barDone && (configuredEpochs === null || loss.epochs >= configuredEpochs);
        return {
          evidence,
          sacctState: evidence.sacctJob?.state ?? null,
          hasLog: evidence.logLocation !== null,
          finalEpoch,
          finalCheckpointPresent,
          lossReachedLastStep,
          trainingFinished: evidence.logLocation !== null && finalCheckpointPresent && lossReachedLastStep
        };
      }
      function decideFinetuneStatus(evidence) {
        const facts = finetuneFacts(evidence);
        const rule = FINETUNE_STATUS_RULES.find((row) => row.applies(facts)) ?? FINETUNE_STATUS_RULES.at(-1);
        const elapsed = evidence.sacctJob?.elapsedSeconds ?? null;
        return {
          status: rule.status(facts),
          // Rows with nothing better to say about a run without output say where it was looked for.
          reason: rule.reason(facts) ?? (facts.hasLog ? null : evidence.noLogReason ?? null),
          durationSeconds: facts.sacctState === "PENDING" ? null : elapsed,
          rule: rule.id
        };
      }
      ;
      function decideTraining(input) {
        const { experiment, sacctJobs, now } = input;
        const runByName = new Map(experiment.runs.map((run) => [run.name, run]));
        const evaluatedByRun = groupBy(input.evaluated.filter(({ summary }) => summary.status === "success" && summary.epoch !== null), (entry) => entry.run);
        const facts = /* @__PURE__ */ new Map();
        for (const found of input.training) {
          const run = runByName.get(found.run);
          const sacctJob = found.slurmOut?.jobId ? sacctJobs.get(found.slurmOut.jobId) ?? null : null;
          const logIdleSeconds = found.slurmOut && sacctJobs.size === 0 ? Math.max(0, (now.getTime() - found.slurmOut.modifiedMs) / 1e3) : null;
          const dir = experiment.dir;
          const decision = decideFinetuneStatus({
            sacctJob,
            logLocation: found.slurmOut?.location ?? null,
            loss: found.reading?.loss ?? null,
            failure: found.reading?.failure ?? null,
            checkpointEpochs: found.checkpoints,
            configuredEpochs: run.epochs ?? experiment.trainingEpochs,
            logIdleSeconds,
            evaluatedEpochs: (evaluatedByRun.get(found.run) ?? []).map(({ summary }) => summary.epoch),
            noLogReason: `no training output (slurm-*.out) in ${displayPath(dir, found.location.outputDir)}/ or ${displayPath(dir, found.location.runDir)}/`
          });
          const loss = found.reading?.loss ?? null;
          const refused = found.refused !== void 0;
          const reason2 = found.refused ?? inferredReason(decision, input.missingBase ?? null);
          facts.set(found.run, {
            status: refused ? "N/A" : decision.status,
            ...reason2 ? { reason: reason2 } : {},
            rule: refused ? "refused-name" : decision.rule,
            slurmOut: found.slurmOut?.path ?? null,
            jobId: found.slurmOut?.jobId ?? null,
            finalLoss: loss?.finalLoss ?? null,
            totalSteps: loss?.totalSteps ?? null,
            epochs: loss?.epochs ?? null,
            durationS: decision.durationSeconds,
            checkpoints: found.checkpoints
          });
        }
        return facts;
      }
      function inferredReason(decision, missingBase) {
        const inferred = decision.rule === "evaluated-without-log" || decision.rule === "evaluated-partly-without-log";
        if (!inferred || missingBase === null || decision.reason === null)
          return decision.reason;
        const upTo = /\(up to epoch [^)]*\)/.exec(decision.reason)?.[0] ?? "";
        return `status inferred from its evaluated checkpoints ${upTo} because output.base_directory ${missingBase} does not exist here; ${decision.reason}`;
      }
      var json = __nccwpck_require__2(5104);
      ;
      function measure(text, unit) {
        return unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
      }
      function fitDocument(document, budget = {}) {
        const note = budget.fullReportNote;
        const full = assemble(document.full(), Infinity, note);
        const max = budget.maxLength;
        if (max === void 0 || !Number.isFinite(max))
          return full;
        const size = (text) => measure(text, budget.unit ?? "bytes");
        if (size(full) <= max)
          return full;
        const compactParts = document.compact();
        const compact = assemble(compactParts, Infinity, note);
        if (size(compact) <= max)
          return compact;
        const sizer = new PartsSizer(compactParts, note, size);
        if (sizer.size(0) <= max) {
          let fits = 0;
          let tooBig = sizer.longest;
          while (tooBig - fits > 1) {
            const middle = Math.floor((fits + tooBig) / 2);
            if (sizer.size(middle) <= max)
              fits = middle;
            else
              tooBig = middle;
          }
          const cut = assemble(compactParts, fits, note);
          if (size(cut) <= max)
            return cut;
        }
        const lines = document.minimal();
        while (lines.length > 0) {
          const text = lines.join("\n");
          if (size(text) <= max)
            return text;
          lines.pop();
        }
        return "";
      }
      function cutNote(left, noun, fullReportNote) {
        const note = fullReportNote ? ` ${(0, strings.TN)(fullReportNote)}` : "";
        return `
*${left} more ${noun} in the full summary.*${note}
`;
      }
      function assemble(parts, keep, fullReportNote) {
        return parts.map((part) => {
          if (typeof part === "string")
            return part;
          const shown = part.items.length <= keep ? part.items : part.items.slice(0, keep);
          const left = part.items.length - shown.length;
          return part.head + shown.join("") + (left > 0 ? cutNote(left, part.noun, fullReportNote) : "");
        }).join("\n");
      }
      class PartsSizer {
        fullReportNote;
        measure;
        fixed;
        cuttables;
        longest;
        constructor(parts, fullReportNote, measure2) {
          this.fullReportNote = fullReportNote;
          this.measure = measure2;
          let fixed2 = Math.max(0, parts.length - 1);
          const cuttables = [];
          for (const part of parts) {
            if (typeof part === "string") {
              fixed2 += measure2(part);
              continue;
            }
            const prefix = [0];
            for (const item of part.items)
              prefix.push((prefix[prefix.length - 1] ?? 0) + measure2(item));
            cuttables.push({ head: measure2(part.head), prefix, noun: part.noun });
          }
          this.fixed = fixed2;
          this.cuttables = cuttables;
          this.longest = Math.max(0, ...cuttables.map((part) => part.prefix.length - 1));
        }
        size(keep) {
          let total = this.fixed;
          for (const part of this.cuttables) {
            const count = part.prefix.length - 1;
            const shown = Math.min(count, keep);
            total += part.head + (part.prefix[shown] ?? 0);
            if (shown < count)
              total += this.measure(cutNote(count - shown, part.noun, this.fullReportNote));
          }
          return total;
        }
      }
      const tableLine = /^\s*\|/;
      const tableSeparator = /^\s*\|[\s:|-]+\|\s*$/;
      const fenceOpener = /^ {0,3}(`{3,}|~{3,})/;
      function closesFence(line, fence) {
        const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        return match !== null && match[1][0] === fence[0] && match[1].length >= fence.length;
      }
      function cutMarkdownToFit(markdown, budget) {
        if (measure(markdown, budget.unit) <= budget.maxLength)
          return markdown;
        const note = `

> [!NOTE]
> The summary was cut to fit here.${budget.fullReportNote ? ` ${budget.fullReportNote}` : ""}
`;
        const lines = markdown.split("\n");
        let kept = [];
        let used = 0;
        let fence = null;
        let openDetails = 0;
        const closingFor = (openFence, details) => (openFence ? `
${openFence}` : "") + "\n</details>".repeat(details);
        for (const line of lines) {
          const lineCost = measure(line, budget.unit) + 1;
          let fenceAfter = fence;
          if (fence === null)
            fenceAfter = fenceOpener.exec(line)?.[1] ?? null;
          else if (closesFence(line, fence))
            fenceAfter = null;
          const inCode = fence !== null || fenceAfter !== null;
          const detailsAfter = inCode ? openDetails : openDetails + (line.match(/<details\b/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
          const cost = used + lineCost + measure(closingFor(fenceAfter, Math.max(0, detailsAfter)) + note, budget.unit);
          if (cost > budget.maxLength)
            break;
          kept.push(line);
          used += lineCost;
          fence = fenceAfter;
          openDetails = Math.max(0, detailsAfter);
        }
        if (fence === null) {
          let tableLines = 0;
          while (tableLines < kept.length && tableLine.test(kept[kept.length - 1 - tableLines]))
            tableLines++;
          const separatorAt = kept.length - tableLines + 1;
          const headerOnly = tableLines === 1 && tableSeparator.test(lines[kept.length] ?? "") || tableLines === 2 && tableSeparator.test(kept[separatorAt]);
          if (headerOnly)
            kept = kept.slice(0, kept.length - tableLines);
        }
        const text = kept.join("\n") + closingFor(fence, openDetails) + note;
        return measure(text, budget.unit) <= budget.maxLength ? text : truncateToLimit(text, budget);
      }
      function truncateToLimit(text, budget) {
        let end = Math.min(text.length, budget.maxLength);
        while (end > 0 && measure(text.slice(0, end), budget.unit) > budget.maxLength)
          end--;
        if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
          end--;
        return text.slice(0, end);
      }
      function renderWithinBudget(render, budget) {
        const rendered = render(budget);
        if (measure(rendered, budget.unit) <= budget.maxLength)
          return { markdown: rendered, recut: false };
        return { markdown: cutMarkdownToFit(rendered, budget), recut: true };
      }
      var format = __nccwpck_require__2(7593);
      ;
      const BASELINE_HEADING = "## Changes since baseline";
      const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
      function formatDelta(value) {
        if (value === null || !Number.isFinite(value))
          return (0, format.gI)(value);
        const text = Math.abs(value).toFixed(3);
        if (text === "0.000")
          return "0.000";
        return `${value < 0 ? "-" : "+"}${text}`;
      }
      function regressionHeadline(comparison) {
        if (!comparison || comparison.regressions === 0)
          return null;
        return `**${plural(comparison.regressions, "regression")} since the baseline** (see Changes since baseline).`;
      }
      function rowName(row) {
        return [(0, format.VV)(row.run), (0, format.VV)(row.task), row.epoch === null ? "-" : String(row.epoch)];
      }
      function verdictCell(row) {
        const shown = row.verdict === "regressed" || row.verdict === "improved" ? `**${row.verdict}**` : row.verdict;
        return row.reason ? `${shown}: ${(0, format.VV)(row.reason)}` : shown;
      }
      function intervalCell(row) {
        if (row.low === null || row.high === null)
          return formatDelta(row.delta);
        return `${formatDelta(row.delta)} [${formatDelta(row.low)}, ${formatDelta(row.high)}]`;
      }
      function table(header, rows, noun) {
        const line = (cells) => `| ${cells.join(" | ")} |
`;
        return {
          head: `${line(header)}|${header.map((title) => "-".repeat(Math.max(3, title.length + 2))).join("|")}|
`,
          items: rows.map(line),
          noun
        };
      }
      function list(head, items, noun) {
        return { head, items: items.map((item) => `- ${item}
`), noun };
      }
      function statusItem(change) {
        const where = change.task === void 0 ? `${(0, format.VV)(change.run)} ${change.stage}` : `${(0, format.VV)(change.run)} / ${(0, format.VV)(change.task)} / epoch ${change.epoch ?? "-"} (evaluation log)`;
        const text = `${where}: ${(0, format.VV)(change.from)} \u2192 ${(0, format.VV)(change.to)}`;
        return change.worse ? `**${text}**` : text;
      }
      function newOrMissing(row) {
        const [run, task, epoch] = rowName(row);
        return `${run} / ${task} / epoch ${epoch}: accuracy ${(0, format.gI)(row.accuracy)}`;
      }
      function methodNote(comparison) {
        const paired = comparison.rows.filter((row) => row.paired && row.p !== null).length;
        const unpaired2 = comparison.compared - paired;
        const margin = comparison.margin > 0 ? `\xB1${comparison.margin}` : "0";
        const how = [
          paired > 0 ? `${paired} paired on the per-sample scores of the same samples (t on the per-sample differences; exact McNemar p-values for 0/1 scores)` : "",
          unpaired2 > 0 ? `${unpaired2} unpaired from the two standard errors (Welch t; a side kept no per-sample scores)` : ""
        ].filter(Boolean);
        return `\u0394 is now \u2212 baseline of accuracy (the mean per-sample score), with its 95% interval${how.length > 0 ? `: ${how.join(", ")}` : ""}. Verdicts control the family-wise error across the ${plural(comparison.compared, "row")} compared (${comparison.correction}, \u03B1 = ${comparison.alpha}): *regressed* / *improved* = beyond the margin (${margin}) after the correction; *no change* = the interval lies inside the margin; *inconclusive* = neither, these samples cannot tell; *not comparable* = another scorer, sample count or set of sample ids.
`;
      }
      function baselineSectionParts(comparison, details) {
        const from = comparison.url && !comparison.source.includes(comparison.url) ? ` (run ${(0, format.VV)(comparison.url)})` : "";
        const counts = [
          `**${plural(comparison.regressions, "regression")}**`,
          plural(comparison.improvements, "improvement"),
          `${comparison.compared} of ${plural(comparison.rows.length, "row")} compared`
        ];
        if (comparison.new_rows.length)
          counts.push(`${comparison.new_rows.length} new`);
        if (comparison.missing_rows.length)
          counts.push(`${comparison.missing_rows.length} missing`);
        const parts = [
          `${BASELINE_HEADING}
`,
          `Compared with ${(0, format.VV)(comparison.source)}${from}.
`,
          `${counts.join(", ")}.
`
        ];
        if (comparison.rows.length > 0)
          parts.push(comparedTable(comparison.rows));
        parts.push(...otherChanges(comparison), methodNote(comparison));
        if (details && comparison.problems.length > 0) {
          parts.push(list("Baseline caveats:\n\n", comparison.problems.map(format.VV), "caveats"));
        }
        return parts;
      }
      function comparedTable(rows) {
        return table(["Run", "Task", "Epoch", "Baseline \u2192 now", "\u0394 [95% CI]", "Pairing", "Verdict"], rows.map((row) => [
          ...rowName(row),
          `${(0, format.gI)(row.baseline)} \u2192 ${(0, format.gI)(row.now)}`,
          intervalCell(row),
          row.p === null && row.low === null ? "-" : row.paired ? "paired" : "unpaired",
          verdictCell(row)
        ]), "compared rows");
      }
      function otherChanges(comparison) {
        const parts = [];
        if (comparison.new_rows.length > 0) {
          parts.push(list("New rows (not in the baseline):\n\n", comparison.new_rows.map(newOrMissing), "new rows"));
        }
        if (comparison.missing_rows.length > 0) {
          const items = comparison.missing_rows.map(newOrMissing);
          parts.push(list("Missing rows (in the baseline, not now):\n\n", items, "missing rows"));
        }
        if (comparison.status_changes.length > 0) {
          parts.push(list("Status changes:\n\n", comparison.status_changes.map(statusItem), "status changes"));
        }
        if (comparison.loss_changes.length > 0) {
          const rows = comparison.loss_changes.map((change) => [
            (0, format.VV)(change.run),
            `${(0, format.zX)(change.from)} \u2192 ${(0, format.zX)(change.to)}${change.became_nan ? " **(became nan)**" : ""}`
          ]);
          parts.push("Final training loss changes:\n", table(["Run", "Final loss: baseline \u2192 now"], rows, "loss changes"));
        }
        return parts;
      }
      ;
      const BEYOND_NOISE = "\u2731";
      const BEYOND_NOISE_CORRECTED = "\u2731\u2731";
      const analysis_plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
      const bound = (value) => Number.isFinite(value) ? value.toFixed(2) : (0, format.gI)(value);
      const signed = (value, digits) => `${value > 0 ? "+" : value < 0 ? "\u2212" : ""}${Math.abs(value).toFixed(digits)}`;
      function metricWithInterval(value, interval) {
        const shown = (0, format.gI)(value);
        if (value === null || !interval)
          return shown;
        return `${shown} [${bound(interval.low)}, ${bound(interval.high)}]`;
      }
      function excludesZero(vs) {
        return vs.low !== null && vs.high !== null && (vs.low > 0 || vs.high < 0);
      }
      const corrected = (vs, comparisons) => comparisons > 1 && vs.after_holm && excludesZero(vs);
      function deltaCell(vs, comparisons) {
        if (!vs)
          return "-";
        const interval = vs.low === null || vs.high === null ? "" : ` [${signed(vs.low, 2)}, ${signed(vs.high, 2)}]`;
        const mark = corrected(vs, comparisons) ? ` ${BEYOND_NOISE_CORRECTED}` : excludesZero(vs) ? ` ${BEYOND_NOISE}` : "";
        return `${signed(vs.delta, 3)}${interval}${mark}${vs.paired ? "" : " (unpaired)"}`;
      }
      const METRIC_WORDS = {
        balanced_accuracy: "balanced accuracy",
        accuracy: "accuracy"
      };
      function verdict(vs, comparisons) {
        if (!excludesZero(vs))
          return " \u2014 within noise";
        if (comparisons <= 1)
          return " \u2014 beyond noise";
        const family = `correcting for the ${comparisons} comparisons`;
        return corrected(vs, comparisons) ? ` \u2014 beyond noise (also after ${family})` : ` \u2014 beyond noise for this comparison alone (not after ${family})`;
      }
      function headline(items, comparisons) {
        if (items.length === 0)
          return null;
        const line = (item) => {
          const best = `${(0, format.VV)(item.run)} (${item.when}): ${METRIC_WORDS[item.metric]} ${metricWithInterval(item.value, item.interval)}`;
          if (!item.vs)
            return best;
          return `${best}, \u0394 vs control ${deltaCell(item.vs, comparisons)}${verdict(item.vs, comparisons)}`;
        };
        const only = items[0];
        if (items.length === 1)
          return `**Headline** (${(0, format.VV)(only.task)}): ${line(only)}
`;
        return `**Headline:**

${items.map((item) => `- ${(0, format.VV)(item.task)}: ${line(item)}`).join("\n")}
`;
      }
      function noiseFloorLines(floors) {
        return floors.map((floor) => {
          const samples = `${floor.n} ${floor.paired ? "shared " : ""}samples`;
          if (floor.half_width === 0) {
            return `- Noise floor, ${(0, format.VV)(floor.task)}: with ${samples}, the runs compared agree with the control on every sample, so these samples give no estimate of the noise`;
          }
          return `- Noise floor, ${(0, format.VV)(floor.task)}: with ${samples}, differences in ${METRIC_WORDS[floor.metric]} under \xB1${floor.half_width.toFixed(2)} are not distinguishable from noise${floor.paired ? "" : " (unpaired: the samples are not shared)"}`;
        });
      }
      function methodNotes(used, beyond) {
        const lines = [];
        const intervals = [];
        if (used.wilson)
          intervals.push("0/1-scored accuracy: Wilson score interval from the counts");
        if (used.t)
          intervals.push("other mean scores: mean \xB1 t(0.975, n\u22121)\xB7stderr");
        if (used.bootstrap)
          intervals.push("balanced accuracy: percentile bootstrap over samples (2,000 resamples, fixed seed)");
        if (intervals.length > 0)
          lines.push(`- [low, high]: 95% interval; ${intervals.join("; ")}`);
        const deltas = [];
        if (used.pairedT)
          deltas.push("paired t interval of the per-sample differences on the samples both logs scored");
        if (used.pairedBootstrap)
          deltas.push("for balanced accuracy a paired bootstrap (the same resampled samples for both, 2,000 resamples, fixed seed)");
        if (used.unpaired)
          deltas.push("(unpaired): the logs share no samples, so from the two standard errors (Welch t)");
        if (deltas.length > 0) {
          lines.push(`- \u0394 vs control: this run\u2019s metric minus the control\u2019s on the same task, 95% interval: ${deltas.join("; ")}`);
          lines.push(marksLegend(beyond));
        }
        return lines;
      }
      function marksLegend(beyond) {
        const excluding = `- ${BEYOND_NOISE}: the interval excludes 0 (${beyond.excluding_zero} of ${analysis_plural(beyond.comparisons, "comparison")})`;
        if (beyond.comparisons <= 1)
          return excluding;
        return `${excluding}; ${BEYOND_NOISE_CORRECTED}: also after a Holm\u2013Bonferroni correction for the ${beyond.comparisons} comparisons at 5% (${beyond.after_holm} of ${beyond.comparisons}): by chance about 1 comparison in 20 gets ${BEYOND_NOISE}, while the chance of even one false ${BEYOND_NOISE_CORRECTED} stays under 5%`;
      }
      function headlineItems(best, rows, runType) {
        return best.map((winner) => {
          const row = rows.find((r) => r.task === winner.task && r.run === winner.run && r.epoch === winner.epoch && r.status === "success");
          const when = winner.epoch !== null ? `epoch ${winner.epoch}` : runType.get(winner.run) === "control" ? "control" : "epoch unknown";
          const interval = winner.metric === "balanced_accuracy" ? row?.balanced_accuracy_ci : row?.accuracy_ci;
          const vs = row?.vs_control && row.vs_control.metric === winner.metric ? row.vs_control : null;
          return {
            task: winner.task,
            run: winner.run,
            when,
            metric: winner.metric,
            value: winner.value,
            interval: interval ?? null,
            vs
          };
        });
      }
      function methodsUsed(rows) {
        const some = (test) => rows.some(test);
        return {
          wilson: some((r) => r.accuracy_ci?.method === "wilson"),
          t: some((r) => r.accuracy_ci?.method === "t"),
          bootstrap: some((r) => r.balanced_accuracy_ci?.method === "bootstrap"),
          pairedT: some((r) => r.vs_control?.method === "paired-t"),
          pairedBootstrap: some((r) => r.vs_control?.method === "paired-bootstrap"),
          unpaired: some((r) => r.vs_control?.paired === false)
        };
      }
      function beyondNoise(summary) {
        return summary.analysis?.beyond_noise ?? { comparisons: 0, excluding_zero: 0, after_holm: 0 };
      }
      function analysisNotes(summary) {
        const beyond = beyondNoise(summary);
        const partial = summary.evaluations.filter((row) => row.vs_control?.paired && row.samples !== null && row.vs_control.n < row.samples);
        const subset = partial.length === 0 ? [] : [
          `- Paired \u0394 uses only the samples both logs scored with the same sample id and target (fewer than the row's samples for ${partial.length} row${partial.length === 1 ? "" : "s"}), so it can differ from the difference of the values shown`
        ];
        return [
          ...noiseFloorLines(summary.noise_floor ?? []),
          ...methodNotes(methodsUsed(summary.evaluations), beyond),
          ...subset,
          ...(summary.analysis?.notes ?? []).map((note) => `- ${(0, format.VV)(note)}`)
        ];
      }
      ;
      const PALETTE = [
        { color: "#2563eb", swatch: "\u{1F7E6}" },
        { color: "#dc2626", swatch: "\u{1F7E5}" },
        { color: "#16a34a", swatch: "\u{1F7E9}" },
        { color: "#ea580c", swatch: "\u{1F7E7}" },
        { color: "#9333ea", swatch: "\u{1F7EA}" },
        { color: "#92400e", swatch: "\u{1F7EB}" },
        { color: "#ca8a04", swatch: "\u{1F7E8}" },
        { color: "#111827", swatch: "\u2B1B" }
      ];
      const GRID = 50;
      const MAX_CHART_LINES = 8;
      const LABEL_LENGTH = 40;
      const LEGEND_LENGTH = 80;
      const charts_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
      const MERMAID_ENTITY = { "#": "#35;", '"': "#quot;", "<": "#lt;", ";": "#59;" };
      function shorten(text, max) {
        const chars = Array.from((0, clean_text.Ow)(text.replace(charts_CONTROL, " ")));
        return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
      }
      function mermaidLabel(text, max = LABEL_LENGTH) {
        return `"${shorten(text, max).replace(/[#"<;]/g, (char) => MERMAID_ENTITY[char])}"`;
      }
      function mermaidNumber(value) {
        const text = Number(value.toFixed(6)).toString();
        if (!/e/.test(text))
          return text === "-0" ? "0" : text;
        return Math.abs(value) < 1 ? "0" : BigInt(Math.round(value)).toString();
      }
      function niceCeiling(value) {
        if (!(value > 0))
          return 1;
        const power = 10 ** Math.floor(Math.log10(value));
        const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((factor) => factor * power >= value * (1 - 1e-12));
        return step * power;
      }
      function frontMatter(colors) {
        return [
          "---",
          "config:",
          "  xyChart:",
          "    width: 900",
          "    height: 420",
          "  themeVariables:",
          "    xyChart:",
          `      plotColorPalette: "${colors.join(", ")}"`,
          "---"
        ].join("\n");
      }
      function mermaidBlock(colors, lines) {
        return ["```mermaid", frontMatter(colors), "xychart-beta", ...lines.map((line) => `  ${line}`), "```"].join("\n");
      }
      function legendLine(entries) {
        return entries.join(" \xB7 ");
      }
      function interpolate(points, x) {
        if (x <= points[0].x)
          return points[0].y;
        for (let i = 1; i < points.length; i++) {
          const right = points[i];
          if (x <= right.x) {
            const left = points[i - 1];
            return right.x === left.x ? right.y : left.y + (right.y - left.y) * (x - left.x) / (right.x - left.x);
          }
        }
        return points[points.length - 1].y;
      }
      function lossAxes(shown) {
        const lastSteps = shown.map((run) => run.points[run.points.length - 1].step);
        const longest = Math.max(...lastSteps);
        const first = Math.min(...shown.map((run) => run.points[0].step));
        const finite = shown.flatMap((run) => run.points.map((p) => p.loss).filter(Number.isFinite));
        const later = shown.flatMap((run) => {
          const end = run.points[run.points.length - 1].step;
          const from = run.points[0].step + 0.1 * (end - run.points[0].step);
          return run.points.filter((p) => p.step >= from && Number.isFinite(p.loss)).map((p) => p.loss);
        });
        const highest = Math.max(0, ...finite);
        const laterHighest = Math.max(0, ...later);
        const clipped = later.length > 0 && highest > 2 * laterHighest;
        return {
          // Runs of (about) the same length share a step axis; otherwise progress in % makes them comparable.
          byPercent: Math.min(...lastSteps) < 0.95 * longest,
          first,
          longest,
          top: niceCeiling(clipped ? laterHighest : highest),
          bottom: Math.min(0, ...finite),
          clipped
        };
      }
      function lossLine(run, axes) {
        const end = run.points[run.points.length - 1].step;
        const start = axes.byPercent ? run.points[0].step : axes.first;
        const divergedStep = run.divergedAt?.step ?? Infinity;
        const finitePoints = run.points.filter((p) => Number.isFinite(p.loss) && p.step < divergedStep).map((p) => ({ x: p.step, y: p.loss }));
        const values = [];
        for (let k = 0; k < GRID; k++) {
          const step = start + k / (GRID - 1) * ((axes.byPercent ? end : axes.longest) - start);
          const value = step >= divergedStep || finitePoints.length === 0 ? axes.top : interpolate(finitePoints, step);
          values.push(Math.min(axes.top, value));
        }
        return `line ${mermaidLabel(run.run)} [${values.map(mermaidNumber).join(", ")}]`;
      }
      function renderLossChart(runs, options2 = {}) {
        const maxLines = Math.min(PALETTE.length, options2.maxLines ?? PALETTE.length);
        const usable = runs.filter((run) => run.points.length >= 2);
        if (usable.length === 0)
          return "";
        const finalLoss = (run) => {
          const last = run.points[run.points.length - 1].loss;
          return Number.isFinite(last) ? last : Infinity;
        };
        const shown = usable.length <= maxLines ? usable : [...usable].sort((a, b) => finalLoss(a) - finalLoss(b)).slice(0, maxLines);
        const axes = lossAxes(shown);
        const chart = mermaidBlock(shown.map((_, index) => PALETTE[index].color), [
          `title ${mermaidLabel("Training loss")}`,
          axes.byPercent ? `x-axis ${mermaidLabel("% of each run")} 0 --> 100` : `x-axis ${mermaidLabel("step")} ${axes.first} --> ${axes.longest}`,
          `y-axis ${mermaidLabel("loss")} ${mermaidNumber(axes.bottom)} --> ${mermaidNumber(axes.top)}`,
          ...shown.map((run) => lossLine(run, axes))
        ]);
        const legend = shown.map((run, index) => {
          const diverged = run.divergedAt ? ` (diverged: loss ${Number.isNaN(run.divergedAt.loss) ? "nan" : "inf"} at step ${run.divergedAt.step}, drawn at the top from there)` : "";
          return `${PALETTE[index].swatch} ${(0, format.VV)(shorten(run.run, LEGEND_LENGTH))}${diverged}`;
        });
        const notes = [];
        if (axes.byPercent)
          notes.push("Runs differ in length: the x axis is each run\u2019s progress.");
        if (axes.clipped)
          notes.push(`Losses above ${mermaidNumber(axes.top)} (the first steps) are drawn at the top.`);
        const notDrawn = usable.length - shown.length + (options2.notRead ?? 0);
        if (notDrawn > 0) {
          notes.push(`${notDrawn} more run(s) not drawn; shown: the ${shown.length} with the lowest final loss.`);
        }
        return [chart, "", legendLine(legend), ...notes.length > 0 ? ["", notes.join(" ")] : []].join("\n");
      }
      function renderMetricChart(chart, options2 = {}) {
        const maxLines = Math.min(PALETTE.length, options2.maxLines ?? PALETTE.length);
        const runs = chart.lines.filter((line) => !line.control && line.values.length > 0);
        const controls = chart.lines.filter((line) => line.control && line.values.length > 0);
        const epochs = [...new Set(runs.flatMap((line) => line.values.map((v) => v.epoch)))].sort((a, b) => a - b);
        if (epochs.length < 2)
          return "";
        const control = controls.slice(0, 1);
        const best = (line) => Math.max(...line.values.map((v) => v.value));
        const room = maxLines - control.length;
        const shown = runs.length <= room ? runs : [...runs].sort((a, b) => best(b) - best(a)).slice(0, room);
        const all = [...shown, ...control];
        const values = all.flatMap((line) => line.values.map((v) => v.value));
        const low = Math.max(0, Math.floor(Math.min(...values) * 10) / 10 - 0.1);
        const high = Math.min(1, Math.ceil(Math.max(...values) * 10) / 10 + 0.1);
        const [bottom, top] = Math.max(...values) > 1 || Math.min(...values) < 0 ? [Math.min(...values), Math.max(...values)] : [low, high];
        const legend = [];
        const series = all.map((line, index) => {
          const points = [...line.values].sort((a, b) => a.epoch - b.epoch).map((v) => ({ x: v.epoch, y: v.value }));
          const missing = line.control ? [] : epochs.filter((epoch) => !points.some((p) => p.x === epoch));
          const swatch = line.control ? PALETTE[PALETTE.length - 1].swatch : PALETTE[index].swatch;
          const note = line.control ? " (control: not fine-tuned, drawn flat)" : missing.length > 0 ? ` (epoch ${missing.join(", ")} not evaluated: line interpolated)` : "";
          legend.push(`${swatch} ${(0, format.VV)(shorten(line.run, LEGEND_LENGTH))}${note}`);
          const data = epochs.map((epoch) => line.control ? points[0].y : interpolate(points, epoch));
          return `line ${mermaidLabel(line.run)} [${data.map(mermaidNumber).join(", ")}]`;
        });
        const colors = all.map((line, index) => line.control ? PALETTE[PALETTE.length - 1].color : PALETTE[index].color);
        const block = mermaidBlock(colors, [
          `title ${mermaidLabel(`${chart.task}: ${chart.metric}`, 60)}`,
          `x-axis ${mermaidLabel("checkpoint epoch")} [${epochs.map((epoch) => mermaidLabel(String(epoch))).join(", ")}]`,
          `y-axis ${mermaidLabel(chart.metric)} ${mermaidNumber(bottom)} --> ${mermaidNumber(top === bottom ? top + 1 : top)}`,
          ...series
        ]);
        const notes = [];
        if (shown.length < runs.length) {
          notes.push(`${runs.length - shown.length} more run(s) not drawn; shown: the ${shown.length} with the highest ${(0, format.VV)(chart.metric)}.`);
        }
        if (controls.length > 1)
          notes.push(`${controls.length - 1} more control run(s) not drawn.`);
        return [block, "", legendLine(legend), ...notes.length > 0 ? ["", notes.join(" ")] : []].join("\n");
      }
      function renderCharts(input, options2 = {}) {
        const parts = [];
        const loss = renderLossChart(input.loss, { ...options2, notRead: input.lossNotRead ?? 0 });
        if (loss)
          parts.push("#### Training loss", "", loss);
        for (const chart of input.metrics) {
          const metric = renderMetricChart(chart, options2);
          if (metric)
            parts.push(`#### ${(0, format.VV)(shorten(chart.task, LEGEND_LENGTH))}: ${(0, format.VV)(chart.metric)} by checkpoint epoch`, "", metric);
        }
        if (parts.length === 0)
          return "";
        return ["<details>", "<summary>Charts</summary>", "", ...joinParts(parts), "", "</details>"].join("\n");
      }
      function joinParts(parts) {
        return parts.flatMap((part) => part.startsWith("```mermaid") ? [part, ""] : [part]);
      }
      ;
      const charts_METRIC_WORDS = { balanced_accuracy: "balanced accuracy", accuracy: "accuracy" };
      function metricCharts(summary, runType) {
        const tasks = [...new Set(summary.evaluations.map((row) => row.task))];
        return tasks.flatMap((task) => {
          const rows = summary.evaluations.filter((row) => row.task === task && row.status === "success");
          const metric = summary.best.find((best) => best.task === task)?.metric ?? (rows.some((row) => row.balanced_accuracy !== null) ? "balanced_accuracy" : "accuracy");
          const byRun = /* @__PURE__ */ new Map();
          for (const row of rows)
            byRun.set(row.run, [...byRun.get(row.run) ?? [], row]);
          const lines = [...byRun].flatMap(([run, runRows2]) => {
            const control = runType.get(run) === "control";
            const values = runRows2.filter((row) => (control || row.epoch !== null) && row[metric] !== null && Number.isFinite(row[metric])).map((row) => ({ epoch: row.epoch ?? 0, value: row[metric] }));
            return values.length === 0 ? [] : [{ run, control, values }];
          });
          return [{ task, metric: charts_METRIC_WORDS[metric], lines }];
        });
      }
      function chartsSection(summary, runType) {
        const loss = summary.training.flatMap((row) => row.loss_curve && runType.get(row.run) !== "control" ? [{ run: row.run, points: row.loss_curve.points, divergedAt: row.loss_curve.divergedAt }] : []);
        const lossNotRead = summary.training.filter((row) => !row.loss_curve && row.final_loss !== null && runType.get(row.run) !== "control").length;
        const section = renderCharts({ loss, lossNotRead, metrics: metricCharts(summary, runType) });
        return section ? `${section}
` : "";
      }
      ;
      function evaluationCells(row, delta = false) {
        const cells = statusCells(row);
        if (!delta)
          return cells;
        return [...cells, row.status === "success" ? deltaCell(row.vs_control, delta.comparisons) : "-"];
      }
      function statusCells(row) {
        const epoch = row.epoch === null ? "-" : String(row.epoch);
        const start = [(0, format.VV)(row.run), (0, format.VV)(row.task), epoch];
        switch (row.status) {
          case "success": {
            const binary = row.balanced_accuracy !== null || row.f1 !== null;
            return [
              ...start,
              metricWithInterval(row.accuracy, row.accuracy_ci),
              binary ? metricWithInterval(row.balanced_accuracy, row.balanced_accuracy_ci) : "-",
              binary ? (0, format.gI)(row.f1) : "-",
              (0, format.B4)(row.samples)
            ];
          }
          case "missing":
            return [...start, "N/A", "-", "-", "-"];
          case "started":
            return [
              ...start,
              "RUNNING",
              "-",
              "-",
              row.samples_total === void 0 ? formatCountOrDash(row.samples) : `${formatCountOrDash(row.samples ?? 0)}/${(0, format.B4)(row.samples_total)}`
            ];
          case "cancelled":
            return [...start, "CANCELLED", "-", "-", formatCountOrDash(row.samples)];
          case "error":
          case "unreadable":
            return [...start, "ERROR", "-", "-", formatCountOrDash(row.samples)];
        }
      }
      function formatCountOrDash(value) {
        return value === null ? "-" : (0, format.B4)(value);
      }
      function evaluation_evaluationNotes(rows, runType, details, analysis = []) {
        const lines = [...analysis];
        if (rows.some((row) => row.status === "success" && row.balanced_accuracy === null && row.f1 === null)) {
          lines.push("- Bal. Acc and F1 are shown as - for tasks that are not binary (targets other than 0/1)");
        }
        if (rows.some((row) => row.status === "error" || row.status === "unreadable")) {
          lines.push("- ERROR: the evaluation failed or its log could not be read");
        }
        if (rows.some((row) => row.status === "missing"))
          lines.push("- N/A: no log for this evaluation yet");
        if (rows.some((row) => row.status === "started"))
          lines.push(rows.some((row) => row.samples_total !== void 0) ? "- RUNNING: the evaluation log is still being written; Samples: scored so far / planned (its header)" : "- RUNNING: the evaluation log is still being written");
        const noEpoch = rows.filter((row) => row.epoch === null);
        if (noEpoch.some((row) => runType.get(row.run) === "control")) {
          lines.push("- Epoch -: control run (the base model, no checkpoint)");
        }
        if (noEpoch.some((row) => runType.get(row.run) !== "control" && row.status !== "missing")) {
          lines.push("- Epoch - for a fine-tuned run: the epoch could not be determined (see Warnings)");
        }
        if (details) {
          for (const row of rows) {
            if (row.status === "success" || row.status === "missing")
              continue;
            const where = `${(0, format.VV)(row.run)} / ${(0, format.VV)(row.task)}${row.epoch === null ? "" : ` / epoch ${row.epoch}`}`;
            const pieces = [row.status === "started" ? "running" : row.status];
            if (row.error)
              pieces.push((0, format.VV)(row.error));
            if (row.log)
              pieces.push((0, format.SS)(row.log));
            lines.push(`- ${where}: ${pieces.join("; ")}`);
          }
        }
        return lines.length > 0 ? `**Notes:**
${lines.join("\n")}
` : null;
      }
      function bestPerforming(best, runType, hasEvaluations) {
        if (!hasEvaluations)
          return [];
        const describeBest = (row) => {
          const when = row.epoch !== null ? `epoch ${row.epoch}` : runType.get(row.run) === "control" ? "control" : "epoch unknown";
          const metric = row.metric === "balanced_accuracy" ? "balanced accuracy" : "accuracy";
          return `${(0, format.VV)(row.run)} (${when}) with ${(0, format.l9)(row.value)} ${metric}`;
        };
        if (best.length === 0)
          return ["**Best performing:** none yet (no successful evaluation)\n"];
        const only = best[0];
        if (best.length === 1 && only) {
          return [`**Best performing:** ${describeBest(only)} on ${(0, format.VV)(only.task)}
`];
        }
        return [
          {
            head: "**Best performing** (balanced accuracy for binary tasks, else accuracy):\n\n",
            items: best.map((row) => `- ${(0, format.VV)(row.task)}: ${describeBest(row)}
`),
            noun: "tasks"
          }
        ];
      }
      ;
      const WAITING = /* @__PURE__ */ new Set(["RUNNING", "PENDING"]);
      function troubleshootingSteps(summary, details) {
        const finetune = new Set(summary.runs.map((run) => run.finetune.status));
        const evalStatuses = new Set(summary.evaluations.map((row) => row.status));
        const steps = [];
        const anyFailed = summary.incomplete.some((row) => FAILED_STAGE_STATUSES.has(row.status));
        if (anyFailed) {
          steps.push("Read the end of the SLURM output named in Incomplete Runs: the error is usually in its last lines.");
          const jobIds = summary.runs.filter((run) => FAILED_STAGE_STATUSES.has(run.finetune.status) && run.finetune.job_id).map((run) => run.finetune.job_id);
          if (jobIds.length > 0) {
            const shown = details ? jobIds : jobIds.slice(0, 10);
            steps.push(`Check what SLURM recorded: ${(0, format.SS)(`sacct -j ${shown.map(format.ZL).join(",")} --format=JobID,JobName%60,State,Elapsed,ExitCode`)}`);
          }
        }
        if (finetune.has("OUT_OF_MEMORY")) {
          steps.push("Out of memory: lower `batch_size` (or enable activation checkpointing) in the run's finetune.yaml, then resubmit its finetune.slurm.");
        }
        if (finetune.has("TIMEOUT")) {
          steps.push("Time limit: raise `#SBATCH --time` in the run's finetune.slurm (or train fewer epochs), then resubmit.");
        }
        if (finetune.has("CANCELLED") || finetune.has("PREEMPTED") || finetune.has("NODE_FAIL")) {
          steps.push("Cancelled, preempted or node failure: resubmit the job (`sbatch finetune.slurm` in the run directory).");
        }
        if (finetune.has("FAILED")) {
          steps.push("Failed: the Notes show the last error line of the training output; fix the cause and resubmit.");
        }
        if (evalStatuses.has("error") || evalStatuses.has("unreadable") || evalStatuses.has("cancelled")) {
          steps.push("Failed or unreadable evaluations: `inspect log dump LOG --header-only` shows the error of a log; rerun the job script in the run's eval/ folder.");
        }
        if (finetune.has("NOT_STARTED")) {
          steps.push("Fine-tuning not started: submit it with `sbatch finetune.slurm` in the run directory.");
        }
        if (summary.runs.some((run) => WAITING.has(run.finetune.status) || WAITING.has(run.evaluation.status)) || evalStatuses.has("started")) {
          steps.push("Jobs still pending or running: check them with `squeue -u $USER` and summarize again when they finish.");
        }
        if (steps.length === 0)
          return null;
        return `${steps.map((step, index) => `${index + 1}. ${step}`).join("\n")}
`;
      }
      function nextSteps(summary, rerunCommand = "summarize-experiment") {
        const dir = summary.experiment.dir;
        const steps = [];
        const firstLog = summary.evaluations.find((row) => row.status === "success" && row.log)?.log;
        if (summary.evaluations.some((row) => row.log)) {
          steps.push(`View detailed evaluation results (all runs): ${(0, format.SS)(`inspect view --log-dir ${(0, format.ZL)(dir)}`)}`);
        }
        if (firstLog) {
          const logPath = firstLog.startsWith("/") ? firstLog : `${dir.replace(/\/+$/, "")}/${firstLog}`;
          steps.push(`Dump a log as plain JSON (add --header-only to skip the samples): ${(0, format.SS)(`inspect log dump ${(0, format.ZL)(logPath)}`)}`);
        }
        steps.push("Machine-readable results: `summary.json` in the experiment directory, beside `summary.md`; the process log is `logs/summarize-experiment.log` there");
        if (summary.incomplete.length > 0) {
          steps.push(`After rerunning the incomplete runs, summarize again: ${(0, format.SS)(`${rerunCommand} ${(0, format.ZL)(dir)}`)}`);
        }
        return `${steps.map((step, index) => `${index + 1}. ${step}`).join("\n")}
`;
      }
      ;
      function trainingNotes(summary, details) {
        const lines = [];
        const controls = summary.runs.filter((run) => run.type === "control");
        if (controls.length > 0) {
          lines.push(`- Control runs have no training loss: ${joinNames(controls.map((run) => run.name), details)}`);
        }
        lines.push("- Final Loss, Total Steps and Epochs from the last loss line of the training SLURM output; N/A when none was found");
        lines.push(summary.training.some((row) => row.duration_source === "progress-bar") ? "- Duration from SLURM elapsed time (sacct); (bars): sacct had none, so from the training output's progress bars (each epoch's elapsed time, summed); - when unknown" : "- Duration from SLURM elapsed time (sacct); - when unknown");
        if (details) {
          const byRun = new Map(summary.runs.map((run) => [run.name, run]));
          for (const row of summary.training) {
            const detail = trainingDetail(row, byRun.get(row.run));
            if (detail)
              lines.push(`- ${(0, format.VV)(row.run)}: ${detail}`);
          }
        }
        return `**Notes:**
${lines.join("\n")}
`;
      }
      function trainingDetail(row, run) {
        const pieces = [];
        if (run && run.finetune.status !== "COMPLETED")
          pieces.push(run.finetune.status);
        if (run?.finetune.reason)
          pieces.push((0, format.VV)(run.finetune.reason));
        const source = row.slurm_out ?? run?.finetune.slurm_out;
        if (source)
          pieces.push(`from ${(0, format.SS)(source)}`);
        if (row.checkpoints && row.checkpoints.length > 0) {
          pieces.push(`checkpoints epoch ${row.checkpoints.join(", ")}`);
        }
        return pieces.join("; ");
      }
      function joinNames(names, details) {
        const shown = details ? names : names.slice(0, 5);
        const rest = names.length - shown.length;
        return shown.map(format.VV).join(", ") + (rest > 0 ? ` and ${rest} more` : "");
      }
      ;
      const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 };
      function parseDuration(text) {
        const trimmed = text.trim().toLowerCase();
        if (/^\d+(?:\.\d+)?$/.test(trimmed))
          return Number(trimmed);
        if (trimmed !== "" && /^(?:\d+(?:\.\d+)?[smhd])+$/.test(trimmed)) {
          let seconds = 0;
          for (const [, value, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) {
            seconds += Number(value) * (UNIT_SECONDS[unit ?? "s"] ?? 1);
          }
          return seconds;
        }
        return new Error(`"${text}" is not a duration (use e.g. 30s, 5m, 2h, 1h30m or plain seconds)`);
      }
      function formatDuration(seconds) {
        let rest = Math.max(0, Math.round(seconds));
        if (rest === 0)
          return "0s";
        const parts = [];
        for (const [unit, size] of [
          ["d", 86400],
          ["h", 3600],
          ["m", 60],
          ["s", 1]
        ]) {
          const n = Math.floor(rest / size);
          if (n > 0)
            parts.push(`${n}${unit}`);
          rest -= n * size;
        }
        return parts.join("");
      }
      ;
      function watchLine(summary) {
        const watch2 = summary.watch;
        if (!watch2)
          return [];
        const since = `${watch2.checks} check${watch2.checks === 1 ? "" : "s"} every ${watch2.interval_s < 1 ? `${watch2.interval_s}s` : formatDuration(watch2.interval_s)} since ${(0, format.Ey)(watch2.started)}`;
        const text = {
          watching: `**Live:** watching the SLURM jobs (${since}); next check at ${(0, format.Ey)(watch2.next ?? summary.generated)}.`,
          finished: `**Live:** final summary: nothing is running or queued any more (${since}).`,
          "timed-out": `**Live:** the watch stopped at its time limit with work still running or queued (${since}); this is the state at ${(0, format.Ey)(summary.generated)}.`,
          stopped: `**Live:** the watch was stopped (cancelled) with work still running or queued (${since}); this is the state at ${(0, format.Ey)(summary.generated)}.`
        }[watch2.state];
        return [`${text}
`];
      }
      function queueNote(summary) {
        if (summary.queue !== "unavailable")
          return [];
        const waiting = summary.runs.some((run) => run.finetune.status === "NOT_STARTED" || run.evaluation.status === "NOT_STARTED");
        if (!waiting)
          return [];
        return [
          "*squeue was not available: a run shown NOT_STARTED may be queued or never submitted (the files and sacct decide here).*\n"
        ];
      }
      ;
      function formatTimeLeft(progress2) {
        const eta = progress2.eta_s;
        if (eta === null)
          return "time left unknown";
        const scope = progress2.eta_scope === "epoch" ? " in this epoch" : "";
        if (eta < 60)
          return `~${eta} s left${scope}`;
        const minutes = Math.round(eta / 60);
        if (minutes < 60)
          return `~${minutes} min left${scope}`;
        const hours = Math.floor(minutes / 60);
        return `~${hours} h ${String(minutes % 60).padStart(2, "0")} min left${scope}`;
      }
      function describeProgress(progress2, formatLoss) {
        const parts = [
          ...progress2.epoch !== null ? [`epoch ${progress2.epoch}`] : [],
          `step ${progress2.step}/${progress2.total_steps}`,
          ...progress2.loss !== null ? [`loss ${formatLoss(progress2.loss)}`] : [],
          formatTimeLeft(progress2)
        ];
        return parts.join(", ");
      }
      ;
      const SHORT_NOTE = 160;
      function renderMarkdown(summary, options2 = {}) {
        return fitDocument({
          full: () => buildParts(summary, options2, true),
          compact: () => buildParts(summary, options2, false),
          minimal: () => minimalLines(summary, options2)
        }, options2);
      }
      function buildParts(summary, options2, details) {
        const runType = new Map(summary.runs.map((run) => [run.name, run.type]));
        const parts = [
          ...titleParts(summary),
          "## Run Status\n",
          runStatusTable(summary),
          ...queueNote(summary),
          "## Training Results\n",
          ...trainingParts(summary, details),
          "## Evaluation Results\n",
          ...evaluationParts(summary, runType, details),
          ...summary.baseline ? baselineSectionParts(summary.baseline, details) : [],
          "## Incomplete Runs\n",
          incompleteTable(summary, details)
        ];
        const charts = details && options2.charts !== false ? chartsSection(summary, runType) : "";
        if (charts)
          parts.push(charts);
        const troubleshooting = troubleshootingSteps(summary, details);
        if (troubleshooting)
          parts.push("## Troubleshooting\n", troubleshooting);
        parts.push("## Next Steps\n", nextSteps(summary, options2.rerunCommand));
        parts.push(...warningParts(summary, options2, details));
        if (!details) {
          const note = options2.fullReportNote ? ` ${(0, strings.TN)(options2.fullReportNote)}` : "";
          parts.push(`*Per-run details are left out here to keep this short.*${note}
`);
        }
        parts.push(`---
*Generated by ${(0, format.VV)(options2.generator ?? "summarize-experiment")}*
`);
        return parts;
      }
      function titleParts(summary) {
        const parts = [
          "# Experiment Summary\n",
          `**Experiment:** ${(0, format.SS)(summary.experiment.name)} | **Generated:** ${(0, format.VV)((0, format.Ey)(summary.generated))} | **Status:** ${summary.complete}/${summary.total} complete
`,
          ...watchLine(summary)
        ];
        const line = headline(headlineItems(summary.best, summary.evaluations, runTypes(summary)), beyondNoise(summary).comparisons);
        if (line)
          parts.push(line);
        const regressions = regressionHeadline(summary.baseline);
        if (regressions)
          parts.push(`${regressions}
`);
        if (summary.total > 0 && summary.complete === 0) {
          const anySuccess = summary.evaluations.some((row) => row.status === "success");
          parts.push(anySuccess ? "**No run is complete yet.** The results below are partial; see Incomplete Runs.\n" : "**No run has completed and there are no evaluation results yet.** See Incomplete Runs and Troubleshooting below.\n");
        }
        return parts;
      }
      function runStatusTable(summary) {
        return markdown_table(["Run", "Type", "Fine-tuning", "Evaluation"], summary.runs.map((run) => [
          (0, format.VV)(run.name),
          run.type === "control" ? "Control" : "Fine-tuned",
          run.finetune.progress ? `${run.finetune.status}: ${(0, format.VV)(describeProgress(run.finetune.progress, format.zX))}` : run.finetune.status,
          run.evaluation.status
        ]), "runs");
      }
      function trainingParts(summary, details) {
        if (summary.training.length === 0)
          return ["No fine-tuning results.\n", trainingNotes(summary, details)];
        const rows = summary.training.map((row) => [
          (0, format.VV)(row.run),
          (0, format.zX)(row.final_loss),
          (0, format.B4)(row.total_steps),
          (0, format.B4)(row.epochs),
          row.duration_source === "progress-bar" && row.duration_s !== null ? `${(0, format.a3)(row.duration_s)} (bars)` : (0, format.a3)(row.duration_s)
        ]);
        return [
          markdown_table(["Run", "Final Loss", "Total Steps", "Epochs", "Duration"], rows, "rows"),
          trainingNotes(summary, details)
        ];
      }
      function evaluationParts(summary, runType, details) {
        const parts = [];
        if (summary.evaluations.length > 0) {
          const delta = summary.evaluations.some((row) => row.vs_control) ? { comparisons: beyondNoise(summary).comparisons } : false;
          parts.push(markdown_table(["Run", "Task", "Epoch", "Accuracy", "Bal. Acc", "F1", "Samples", ...delta ? ["\u0394 vs control"] : []], summary.evaluations.map((row) => evaluationCells(row, delta)), "rows"));
          const notes = evaluation_evaluationNotes(summary.evaluations, runType, details, analysisNotes(summary));
          if (notes)
            parts.push(notes);
        } else {
          parts.push("No evaluations in the matrix.\n");
        }
        parts.push(...bestPerforming(summary.best, runType, summary.evaluations.length > 0));
        return parts;
      }
      function incompleteTable(summary, details) {
        if (summary.incomplete.length === 0)
          return "None: every run completed fine-tuning and evaluation.\n";
        return markdown_table(["Run", "Stage", "Status", "Notes"], summary.incomplete.map((row) => [
          (0, format.VV)(row.run),
          row.stage === "fine-tuning" ? "Fine-tuning" : "Evaluation",
          row.status,
          (0, format.VV)(details ? row.notes : (0, strings.ml)(row.notes, SHORT_NOTE))
        ]), "rows");
      }
      function warningParts(summary, options2, details) {
        const count = summary.warnings.length;
        if (count === 0)
          return [];
        if (details) {
          return [
            "## Warnings\n",
            {
              head: "",
              items: summary.warnings.map((warning) => `- ${(0, format.VV)((0, format.xy)(warning))}
`),
              noun: "warnings"
            }
          ];
        }
        const note = options2.fullReportNote ? ` ${(0, strings.TN)(options2.fullReportNote)}` : "";
        return [
          "## Warnings\n",
          `${count} warning${count === 1 ? "" : "s"}: listed in the full summary and in logs/summarize-experiment.log.${note}
`
        ];
      }
      function minimalLines(summary, options2) {
        const name = (0, strings.ml)(summary.experiment.name, 200);
        return [
          "# Experiment Summary\n",
          `**Experiment:** ${(0, format.SS)(name)} | **Status:** ${summary.complete}/${summary.total} complete
`,
          `The summary is too large to show here.${options2.fullReportNote ? ` ${(0, strings.TN)(options2.fullReportNote)}` : ""}
`
        ];
      }
      function runTypes(summary) {
        return new Map(summary.runs.map((run) => [run.name, run.type]));
      }
      function markdown_table(header, rows, noun) {
        const line = (cells) => `| ${cells.join(" | ")} |
`;
        return {
          // The skill's delimiter style: |-----|------|
          head: `${line(header)}|${header.map((title) => "-".repeat(Math.max(3, title.length + 2))).join("|")}|
`,
          items: rows.map(line),
          noun
        };
      }
      var dist = __nccwpck_require__2(8815);
      ;
      const YAML_LIMITS = {
        /** experiment_summary.yaml files are a few KB; 4 MiB is far beyond any real one. */
        maxBytes: 4 * 1024 * 1024,
        /** Flow collections nested deeper than this are refused before parsing (the parser recurses). */
        maxFlowDepth: 256,
        /** Nodes after expanding every alias. */
        maxExpandedNodes: 2e5
      };
      class YamlLimitError extends Error {
        name = "YamlLimitError";
      }
      function checkYamlText(text, limits = YAML_LIMITS) {
        const bytes2 = Buffer.byteLength(text, "utf8");
        if (bytes2 > limits.maxBytes) {
          throw new YamlLimitError(`the document is ${bytes2} bytes, over the ${limits.maxBytes}-byte limit`);
        }
        let depth = 0;
        let quote = null;
        let comment = false;
        for (let i = 0; i < text.length; i += 1) {
          const char = text[i];
          if (comment) {
            if (char === "\n")
              comment = false;
            continue;
          }
          if (quote) {
            if (char === quote)
              quote = null;
            else if (char === "\\" && quote === '"')
              i += 1;
            continue;
          }
          if (char === '"' || char === "'")
            quote = char;
          else if (char === "#" && (i === 0 || /\s/.test(text[i - 1] ?? "")))
            comment = true;
          else if (char === "[" || char === "{") {
            depth += 1;
            if (depth > limits.maxFlowDepth) {
              throw new YamlLimitError(`collections are nested more than ${limits.maxFlowDepth} levels deep`);
            }
          } else if ((char === "]" || char === "}") && depth > 0)
            depth -= 1;
        }
      }
      function isMergeKey(key) {
        if (!(0, dist.jn)(key))
          return false;
        return key.value === "<<" && key.type === "PLAIN" || typeof key.value === "symbol";
      }
      function aliasTargets(doc) {
        const targets = /* @__PURE__ */ new Map();
        const anchors = /* @__PURE__ */ new Map();
        (0, dist.YR)(doc, (_key, node) => {
          if ((0, dist.Vj)(node)) {
            const named = anchors.get(node.source);
            if (named)
              targets.set(node, named);
          } else if ((0, dist.Ll)(node) && node.anchor)
            anchors.set(node.anchor, node);
        });
        return targets;
      }
      function applyMerges(map, sizes) {
        if (!map.items.some((pair) => isMergeKey(pair.key)))
          return 0;
        const keyOf2 = (key) => (0, dist.jn)(key) ? key.value : key;
        const own = new Set(map.items.filter((pair) => !isMergeKey(pair.key)).map((pair) => keyOf2(pair.key)));
        const items = [];
        let added = 0;
        for (const pair of map.items) {
          if (!isMergeKey(pair.key)) {
            items.push(pair);
            continue;
          }
          const value = pair.value;
          for (const source of (0, dist.oP)(value) ? value.items : [value]) {
            if (!(0, dist.jh)(source))
              throw new YamlLimitError("a merge key (<<) must name a mapping or a list of mappings");
            for (const merged of source.items) {
              const key = keyOf2(merged.key);
              if (own.has(key))
                continue;
              own.add(key);
              items.push(new dist.Rm(merged.key, merged.value));
              added += (sizes.get(merged.key) ?? 1) + (sizes.get(merged.value) ?? 1);
            }
          }
        }
        map.items = items;
        return added;
      }
      function resolveYamlAliases(doc, limits = YAML_LIMITS) {
        const sizes = /* @__PURE__ */ new Map();
        const active = /* @__PURE__ */ new Set();
        const targets = aliasTargets(doc);
        const target = (alias) => {
          if (!(0, dist.Vj)(alias))
            return alias;
          const resolved = targets.get(alias);
          if (!resolved)
            throw new YamlLimitError(`the alias *${alias.source} names no anchor before it`);
          return resolved;
        };
        const expand = (raw) => {
          if (raw === null || raw === void 0)
            return 1;
          const node = target(raw);
          const known = sizes.get(node);
          if (known !== void 0)
            return known;
          if (active.has(node)) {
            throw new YamlLimitError(`the alias *${raw.source ?? "?"} contains itself`);
          }
          active.add(node);
          let size = 1;
          if ((0, dist.oP)(node)) {
            node.items = node.items.map((item) => {
              size += expand(item);
              return target(item);
            });
          } else if ((0, dist.jh)(node)) {
            for (const pair of node.items) {
              size += expand(pair.key) + expand(pair.value);
              pair.key = target(pair.key);
              pair.value = pair.value === null ? null : target(pair.value);
            }
            size += applyMerges(node, sizes);
          }
          if (targets.size > 0 && size > limits.maxExpandedNodes) {
            throw new YamlLimitError(`aliases expand to more than ${limits.maxExpandedNodes} nodes (an alias bomb?)`);
          }
          active.delete(node);
          sizes.set(node, size);
          return size;
        };
        expand(doc.contents);
      }
      ;
      const EXPERIMENT_FILE = "experiment_summary.yaml";
      const HOW_TO_POINT = "run summarize-experiment inside an experiment directory or pass its path (the directory or its experiment_summary.yaml)";
      class ExperimentError extends Error {
        file;
        line;
        name = "ExperimentError";
        constructor(message2, file, line) {
          super(message2);
          this.file = file;
          this.line = line;
        }
      }
      ;
      class NotPlain extends Error {
      }
      const NOT_PLAIN = new NotPlain();
      const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
      const NOT_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
      const MAX_KEY_LENGTH = 1e3;
      const MAX_DEPTH = 64;
      const UNUSUAL = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
      const INDICATOR_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
      const FLOW_ITEM = /^(?:[A-Za-z0-9_./~+]|-(?=[0-9.]))[^,[\]{}#:"'&*!|>%@`]*$/;
      const LINE_REST = /^(?: +#.*| *)$/;
      const NULL = /^(?:~|[Nn]ull|NULL)?$/;
      const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
      const INT_OCT = /^0o[0-7]+$/;
      const INT = /^[-+]?[0-9]+$/;
      const INT_HEX = /^0x[0-9a-fA-F]+$/;
      const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
      const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
      const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
      function parsePlainYaml(text) {
        if (UNUSUAL.test(text))
          return null;
        const lines = [];
        const lineStarts = [];
        for (let start = 0; start <= text.length; ) {
          lineStarts.push(start);
          const newline = text.indexOf("\n", start);
          const end = newline === -1 ? text.length : newline;
          let indent = start;
          while (indent < end && text.charCodeAt(indent) === 32)
            indent += 1;
          const content = withoutTrailingSpaces(text.slice(indent, end));
          if (content !== "" && !content.startsWith("#")) {
            lines.push({ indent: indent - start, start: indent, text: content });
          }
          if (newline === -1)
            break;
          start = newline + 1;
        }
        if (lines.length === 0 || lines[0].indent !== 0)
          return null;
        try {
          const reader = new PlainReader(lines);
          const root = reader.block(0);
          if (!(root instanceof dist.CA) || reader.at < lines.length)
            return null;
          return { root, lineStarts };
        } catch (error) {
          if (error instanceof NotPlain)
            return null;
          throw error;
        }
      }
      class PlainReader {
        lines;
        at = 0;
        constructor(lines) {
          this.lines = lines;
        }
        /** Mappings and lists open around the current line. */
        depth = 0;
        /** The mapping or list whose first line is the next one, at `indent`. */
        block(indent) {
          const line = this.lines[this.at];
          if (!line || line.indent !== indent)
            throw NOT_PLAIN;
          return isListItem(line.text) ? this.list(indent) : this.mapping(indent);
        }
        nested(read) {
          if (this.depth >= MAX_DEPTH)
            throw NOT_PLAIN;
          this.depth += 1;
          try {
            return read();
          } finally {
            this.depth -= 1;
          }
        }
        mapping(indent) {
          return this.nested(() => this.mappingAt(indent));
        }
        list(indent) {
          return this.nested(() => this.listAt(indent));
        }
        mappingAt(indent) {
          const map = new dist.CA();
          const keys = /* @__PURE__ */ new Set();
          const first = this.lines[this.at];
          for (let line = first; line && line.indent === indent && !isListItem(line.text); line = this.lines[this.at]) {
            const match = KEY_LINE.exec(line.text);
            if (!match)
              throw NOT_PLAIN;
            const name = match[1];
            if (NOT_STRING_KEY.test(name) || name.length > MAX_KEY_LENGTH || keys.has(name))
              throw NOT_PLAIN;
            keys.add(name);
            const key = scalar(name, "PLAIN", line.start, line.start + name.length);
            const rest = match[2] ?? "";
            this.at += 1;
            const valueStart = line.start + line.text.length - rest.length;
            map.items.push(new dist.Rm(key, this.valueAfter(line, indent, rest, valueStart, true)));
          }
          map.range = [first.start, first.start, first.start];
          return map;
        }
        listAt(indent) {
          const seq = new dist.Rw();
          const first = this.lines[this.at];
          for (let line = first; line && line.indent === indent && isListItem(line.text); line = this.lines[this.at]) {
            const rest = line.text.slice(1).replace(/^ +/, "");
            const column = line.indent + line.text.length - rest.length;
            const restStart = line.start + line.text.length - rest.length;
            if (rest !== "" && !rest.startsWith("#") && KEY_LINE.test(rest)) {
              this.lines[this.at] = { indent: column, start: restStart, text: rest };
              seq.items.push(this.mapping(column));
            } else {
              this.at += 1;
              seq.items.push(this.valueAfter(line, indent, rest, restStart, false));
            }
          }
          seq.range = [first.start, first.start, first.start];
          return seq;
        }
        /**
         * The value after `key:` or `-` on `line`: inline (`rest`), or the block on the lines below. A
         * mapping's value may be a list at the key's own indent.
         */
        valueAfter(line, indent, rest, restStart, inMapping) {
          const next = this.lines[this.at];
          if (rest === "" || rest.startsWith("#")) {
            if (next && next.indent > indent)
              return this.block(next.indent);
            if (inMapping && next && next.indent === indent && isListItem(next.text))
              return this.list(indent);
            const end = line.start + line.text.length - rest.length;
            return scalar(null, "PLAIN", end, end);
          }
          if (next && next.indent > indent)
            throw NOT_PLAIN;
          return inlineValue(rest, restStart);
        }
      }
      function withoutTrailingSpaces(text) {
        let end = text.length;
        while (end > 0 && text.charCodeAt(end - 1) === 32)
          end -= 1;
        return text.slice(0, end);
      }
      function isListItem(text) {
        return text === "-" || text.startsWith("- ");
      }
      function scalar(value, type, start, end) {
        const node = new dist.X5(value);
        node.type = type;
        node.range = [start, end, end];
        return node;
      }
      function inlineValue(rest, start) {
        const first = rest[0];
        if (first === '"' || first === "'") {
          const quoted = readQuoted(rest, 0);
          if (!LINE_REST.test(rest.slice(quoted.end)))
            throw NOT_PLAIN;
          return scalar(quoted.value, first === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE", start, start + quoted.end);
        }
        if (first === "[")
          return flowList(rest, start);
        if (first === "{") {
          if (!/^\{ *\}/.test(rest) || !LINE_REST.test(rest.slice(rest.indexOf("}") + 1)))
            throw NOT_PLAIN;
          const map = new dist.CA();
          map.flow = true;
          map.range = [start, start + rest.indexOf("}") + 1, start + rest.indexOf("}") + 1];
          return map;
        }
        if (INDICATOR_START.test(rest))
          throw NOT_PLAIN;
        const comment = rest.indexOf(" #");
        const plain = withoutTrailingSpaces(comment === -1 ? rest : rest.slice(0, comment));
        if (plain.includes(": ") || plain.endsWith(":"))
          throw NOT_PLAIN;
        return scalar(resolvePlain(plain), "PLAIN", start, start + plain.length);
      }
      function flowList(rest, start) {
        const seq = new dist.Rw();
        seq.flow = true;
        let at = 1;
        const skipSpaces = () => {
          while (rest[at] === " ")
            at += 1;
        };
        skipSpaces();
        if (rest[at] === "]") {
          at += 1;
        } else {
          for (; ; ) {
            skipSpaces();
            const itemStart = at;
            if (rest[at] === '"' || rest[at] === "'") {
              const quoted = readQuoted(rest, at);
              seq.items.push(scalar(quoted.value, rest[at] === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE", start + at, start + quoted.end));
              at = quoted.end;
            } else {
              let end = at;
              while (end < rest.length && rest[end] !== "," && rest[end] !== "]")
                end += 1;
              const plain = withoutTrailingSpaces(rest.slice(at, end));
              if (!FLOW_ITEM.test(plain))
                throw NOT_PLAIN;
              seq.items.push(scalar(resolvePlain(plain), "PLAIN", start + itemStart, start + itemStart + plain.length));
              at = end;
            }
            skipSpaces();
            if (rest[at] === "]") {
              at += 1;
              break;
            }
            if (rest[at] !== ",")
              throw NOT_PLAIN;
            at += 1;
          }
        }
        if (!LINE_REST.test(rest.slice(at)))
          throw NOT_PLAIN;
        seq.range = [start, start + at, start + at];
        return seq;
      }
      function readQuoted(text, from) {
        const quote = text[from];
        let value = "";
        let run = from + 1;
        for (let at = from + 1; at < text.length; ) {
          const char = text[at];
          if (char === quote) {
            value += text.slice(run, at);
            if (quote === "'" && text[at + 1] === "'") {
              value += "'";
              at += 2;
              run = at;
              continue;
            }
            return { value, end: at + 1 };
          }
          if (char === "\\" && quote === '"') {
            value += text.slice(run, at);
            const escape = text[at + 1];
            const simple = escape === void 0 ? void 0 : SIMPLE_ESCAPES[escape];
            if (simple !== void 0) {
              value += simple;
              at += 2;
              run = at;
              continue;
            }
            const hex = /^u([0-9a-fA-F]{4})/.exec(text.slice(at + 1, at + 6));
            const code = hex ? Number.parseInt(hex[1], 16) : -1;
            if (code < 0 || code >= 55296 && code <= 57343)
              throw NOT_PLAIN;
            value += String.fromCharCode(code);
            at += 6;
            run = at;
            continue;
          }
          at += 1;
        }
        throw NOT_PLAIN;
      }
      const SIMPLE_ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	" };
      function resolvePlain(text) {
        if (NULL.test(text))
          return null;
        if (BOOL.test(text))
          return text[0] === "t" || text[0] === "T";
        if (INT_OCT.test(text))
          return Number.parseInt(text.slice(2), 8);
        if (INT.test(text))
          return Number.parseInt(text, 10);
        if (INT_HEX.test(text))
          return Number.parseInt(text.slice(2), 16);
        if (FLOAT_NAN.test(text)) {
          if (text.slice(-3).toLowerCase() === "nan")
            return Number.NaN;
          return text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        }
        if (FLOAT_EXP.test(text) || FLOAT.test(text))
          return Number.parseFloat(text);
        return text;
      }
      ;
      class ReadContext {
        file;
        lineCounter = new dist.HN();
        warnings = [];
        /** Warnings name the file as the researcher knows it, errors by its absolute path. */
        fileLabel;
        constructor(file) {
          this.file = file;
          this.fileLabel = external_node_path_default().basename(file);
        }
        lineAt(offset) {
          return offset === void 0 ? void 0 : this.lineCounter.linePos(offset).line;
        }
        lineOf(node) {
          return node && typeof node === "object" && "range" in node && Array.isArray(node.range) ? this.lineAt(node.range[0]) : void 0;
        }
        /** A problem with one key: the message starts with the key path, the line is the node's. */
        warn(key, node, message2) {
          this.push(this.lineOf(node), `${key}: ${message2}`, key);
        }
        /** A problem the YAML parser tolerated; it has a position but no key. */
        warnYaml(offset, message2) {
          this.push(this.lineAt(offset), `YAML: ${message2}`);
        }
        /** No summary can be made; `file:line:` first, so an editor or terminal can jump there. */
        fatal(message2, line) {
          return new ExperimentError(`${this.file}${line ? `:${line}` : ""}: ${message2}`, this.file, line);
        }
        push(line, message2, key) {
          this.warnings.push({
            level: "warning",
            file: this.fileLabel,
            ...line === void 0 ? {} : { line },
            ...key === void 0 ? {} : { key },
            message: message2
          });
        }
      }
      function readRoot(context, text) {
        const source = text.replace(/^\uFEFF/, "");
        try {
          checkYamlText(source);
        } catch (error) {
          throw context.fatal(`YAML refused: ${error.message}`, void 0);
        }
        const plain = parsePlainYaml(source);
        if (plain) {
          for (const start of plain.lineStarts)
            context.lineCounter.addNewLine(start);
          return plain.root;
        }
        const doc = (0, dist.Tp)(source, {
          lineCounter: context.lineCounter,
          prettyErrors: false
        });
        const firstError = doc.errors[0];
        if (firstError) {
          const line = context.lineAt(firstError.pos[0]);
          throw context.fatal(`YAML does not parse: ${firstLine(firstError.message)}`, line);
        }
        try {
          resolveYamlAliases(doc);
        } catch (error) {
          if (!(error instanceof YamlLimitError))
            throw error;
          throw context.fatal(`YAML refused: ${error.message}`, void 0);
        }
        for (const warning of doc.warnings)
          context.warnYaml(warning.pos[0], firstLine(warning.message));
        const root = doc.contents;
        if (!(0, dist.jh)(root)) {
          const what = root === null ? "is empty" : `is a ${describe(root)}, not a mapping`;
          throw new ExperimentError(`${context.file}: the YAML ${what}, so it has no runs: ${HOW_TO_POINT}`, context.file, context.lineOf(root));
        }
        return root;
      }
      function child(map, key) {
        for (const pair of map.items) {
          const pairKey = (0, dist.jn)(pair.key) ? pair.key.value : pair.key;
          if (pairKey === key)
            return pair.value ?? null;
        }
        return void 0;
      }
      function optionalString(context, map, key, keyPath) {
        const node = child(map, key);
        if (node === void 0 || node === null || isNullScalar(node))
          return null;
        const text = scalarText(node);
        if (text === null) {
          context.warn(keyPath, node, `expected a string, got ${describeValue(node)}: ignored`);
          return null;
        }
        return text;
      }
      function scalarText(node) {
        if (!(0, dist.jn)(node))
          return null;
        const value = node.value;
        if (typeof value === "string")
          return value;
        if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
          return String(value);
        return null;
      }
      function isWholeNumber(value) {
        return typeof value === "number" && Number.isInteger(value) && value >= 0;
      }
      function isStringScalar(node) {
        return (0, dist.jn)(node) && typeof node.value === "string";
      }
      function isNullScalar(node) {
        return node === null || (0, dist.jn)(node) && node.value === null;
      }
      function describe(node) {
        if ((0, dist.jh)(node))
          return "mapping";
        if ((0, dist.oP)(node))
          return "list";
        if ((0, dist.jn)(node))
          return node.value === null ? "null" : typeof node.value;
        return "value";
      }
      function describeValue(node) {
        if (node === void 0 || node === null)
          return "nothing";
        if ((0, dist.jn)(node)) {
          if (node.value === null)
            return "null";
          if (typeof node.value === "string")
            return `the string ${JSON.stringify(truncate(node.value, 60))}`;
          return `${typeof node.value} ${String(node.value)}`;
        }
        return `a ${describe(node)}`;
      }
      function truncate(text, max) {
        return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
      }
      function firstLine(text) {
        return (text.split("\n")[0] ?? "").trim();
      }
      function errorText(error) {
        return error instanceof Error ? error.message : String(error);
      }
      ;
      function readMatrix(context, evaluation, runs, tasks) {
        if (!evaluation)
          return [];
        const matrixNode = child(evaluation, "matrix");
        if (matrixNode === void 0 || isNullScalar(matrixNode)) {
          context.warn("evaluation.matrix", evaluation, "missing: which evaluations were expected is unknown");
          return [];
        }
        if (!(0, dist.oP)(matrixNode)) {
          context.warn("evaluation.matrix", matrixNode, `expected a list, got ${describeValue(matrixNode)}: ignored`);
          return [];
        }
        const checks = {
          runByName: new Map(runs.map((run) => [run.name, run])),
          taskNames: new Set(tasks.map((task) => task.name)),
          firstRowByRun: /* @__PURE__ */ new Map()
        };
        const matrix = [];
        matrixNode.items.forEach((item, index) => {
          const row = readMatrixRow(context, item, index, checks);
          if (row)
            matrix.push(row);
        });
        return matrix;
      }
      function readMatrixRow(context, item, index, checks) {
        const key = `evaluation.matrix[${index}]`;
        if (!(0, dist.jh)(item)) {
          context.warn(key, item, `expected a mapping {run, tasks, epochs}, got ${describeValue(item)}: skipped`);
          return null;
        }
        const runNode = child(item, "run");
        const runName = scalarText(runNode);
        if (!runName) {
          context.warn(`${key}.run`, runNode ?? item, "missing: matrix row skipped");
          return null;
        }
        const run = checks.runByName.get(runName);
        if (!run)
          context.warn(`${key}.run`, runNode, `"${runName}" is not a run of runs:`);
        const earlier = checks.firstRowByRun.get(runName);
        if (earlier !== void 0)
          context.warn(`${key}.run`, runNode, `"${runName}" already has a matrix row (evaluation.matrix[${earlier}])`);
        else
          checks.firstRowByRun.set(runName, index);
        const tasks = readMatrixRowTasks(context, item, key, checks.taskNames);
        const epochs = readMatrixRowEpochs(context, item, key, runName, run);
        const visLabelNode = child(item, "vis_label");
        return {
          run: runName,
          tasks,
          epochs,
          visLabel: visLabelNode === void 0 || isNullScalar(visLabelNode) ? null : scalarText(visLabelNode),
          knownRun: run !== void 0,
          line: context.lineOf(item) ?? null
        };
      }
      function readMatrixRowTasks(context, row, key, taskNames) {
        const tasksNode = child(row, "tasks");
        const tasks = [];
        if ((0, dist.oP)(tasksNode)) {
          tasksNode.items.forEach((taskNode, taskIndex) => {
            const taskName = scalarText(taskNode);
            if (taskName)
              tasks.push(taskName);
            else
              context.warn(`${key}.tasks[${taskIndex}]`, taskNode, `expected a task name, got ${describeValue(taskNode)}: skipped`);
          });
        } else if ((0, dist.jn)(tasksNode) && scalarText(tasksNode)) {
          context.warn(`${key}.tasks`, tasksNode, "expected a list of task names, got a single name: read as a list of one");
          tasks.push(scalarText(tasksNode));
        } else {
          context.warn(`${key}.tasks`, tasksNode ?? row, tasksNode === void 0 ? "missing" : `expected a list, got ${describeValue(tasksNode)}`);
        }
        if (taskNames.size > 0) {
          for (const taskName of tasks) {
            if (!taskNames.has(taskName))
              context.warn(`${key}.tasks`, tasksNode, `"${taskName}" is not a task of evaluation.tasks`);
          }
        }
        return tasks;
      }
      function readMatrixRowEpochs(context, row, key, runName, run) {
        const epochsNode = child(row, "epochs");
        if (epochsNode === void 0 || isNullScalar(epochsNode)) {
          if (run?.type === "fine-tuned")
            context.warn(`${key}.epochs`, epochsNode ?? row, `null for fine-tuned run "${runName}": no checkpoint is evaluated`);
          return null;
        }
        const epochs = readEpochList(context, epochsNode, `${key}.epochs`);
        if (epochs && run?.type === "control") {
          context.warn(`${key}.epochs`, epochsNode, `control run "${runName}" has epochs: it has no checkpoints, expected null`);
        }
        const trained = run?.epochs ?? null;
        if (epochs && trained !== null) {
          const beyond = epochs.filter((epoch) => epoch >= trained);
          if (beyond.length > 0) {
            context.warn(`${key}.epochs`, epochsNode, `epoch ${beyond.join(", ")} does not exist: "${runName}" trains ${trained} epoch(s), checkpoints are 0-based (0\u2013${trained - 1})`);
          }
        }
        return epochs;
      }
      function readEpochList(context, epochsNode, key) {
        if ((0, dist.oP)(epochsNode)) {
          const epochs = [];
          epochsNode.items.forEach((epochNode, epochIndex) => {
            const value = (0, dist.jn)(epochNode) ? epochNode.value : void 0;
            if (isWholeNumber(value))
              epochs.push(value);
            else
              context.warn(`${key}[${epochIndex}]`, epochNode, `expected a 0-based epoch number, got ${describeValue(epochNode)}: skipped`);
          });
          return epochs;
        }
        if ((0, dist.jn)(epochsNode) && isWholeNumber(epochsNode.value)) {
          context.warn(key, epochsNode, "expected a list of epochs, got a single number: read as a list of one");
          return [epochsNode.value];
        }
        context.warn(key, epochsNode, `expected a list of 0-based epochs or null, got ${describeValue(epochsNode)}: ignored`);
        return null;
      }
      ;
      function readRuns(context, root, evaluation, trainingEpochs) {
        const runsNode = runsList(context, root);
        const evaluatedWithoutEpochs = matrixRunsWithoutEpochs(evaluation);
        const runs = [];
        const firstIndexByName = /* @__PURE__ */ new Map();
        runsNode.items.forEach((item, index) => {
          const key = `runs[${index}]`;
          if (!(0, dist.jh)(item)) {
            context.warn(key, item, `expected a mapping {name, type, model, parameters}, got ${describeValue(item)}: skipped`);
            return;
          }
          const name = readRunName(context, item, key, firstIndexByName);
          if (name === null)
            return;
          firstIndexByName.set(name, index);
          const parameters = readRunParameters(context, item, key);
          const type = readRunType(context, item, key, name, parameters, evaluatedWithoutEpochs);
          const model = readRunModel(context, item, key, name);
          const parameterEpochs = parameters["epochs"];
          const epochs = isWholeNumber(parameterEpochs) ? parameterEpochs : trainingEpochs;
          runs.push({ name, type, model, parameters, epochs, line: context.lineOf(item) ?? null });
        });
        if (runs.length === 0)
          throw context.fatal("no runs: no entry of runs: has a name", context.lineOf(runsNode));
        return runs;
      }
      function runsList(context, root) {
        const runsNode = child(root, "runs");
        const line = context.lineOf(runsNode);
        if (runsNode === void 0 || isNullScalar(runsNode))
          throw context.fatal("no runs: the YAML needs a runs: list of {name, type, model, parameters}", line);
        if (!(0, dist.oP)(runsNode))
          throw context.fatal(`runs is a ${describe(runsNode)}, not a list of {name, type, model, parameters}`, line);
        if (runsNode.items.length === 0)
          throw context.fatal("no runs: the runs: list is empty", line);
        return runsNode;
      }
      function matrixRunsWithoutEpochs(evaluation) {
        const withoutEpochs = /* @__PURE__ */ new Map();
        const matrixNode = evaluation ? child(evaluation, "matrix") : void 0;
        if (!(0, dist.oP)(matrixNode))
          return withoutEpochs;
        for (const row of matrixNode.items) {
          if (!(0, dist.jh)(row))
            continue;
          const runName = scalarText(child(row, "run"));
          if (runName === null)
            continue;
          const epochsNode = child(row, "epochs");
          withoutEpochs.set(runName, epochsNode === void 0 || isNullScalar(epochsNode));
        }
        return withoutEpochs;
      }
      function readRunName(context, run, key, firstIndexByName) {
        const nameNode = child(run, "name");
        const name = scalarText(nameNode);
        if (name === null || name === "") {
          context.warn(`${key}.name`, nameNode ?? run, "missing: run skipped");
          return null;
        }
        if (!isStringScalar(nameNode)) {
          context.warn(`${key}.name`, nameNode, `expected a string, got ${describeValue(nameNode)}; using "${name}"`);
        }
        if (name === "." || name === ".." || /[/\\]/.test(name)) {
          context.warn(`${key}.name`, nameNode, `"${name}" is not a plain folder name: refused, nothing of this run is read`);
        }
        const firstIndex = firstIndexByName.get(name);
        if (firstIndex !== void 0) {
          context.warn(`${key}.name`, nameNode, `duplicate run name "${name}" (also runs[${firstIndex}]): this entry is skipped`);
          return null;
        }
        return name;
      }
      function readRunParameters(context, run, key) {
        const parametersNode = child(run, "parameters");
        if ((0, dist.jh)(parametersNode)) {
          const value = parametersNode.toJSON();
          return value && typeof value === "object" && !Array.isArray(value) ? value : {};
        }
        if (parametersNode !== void 0 && !isNullScalar(parametersNode)) {
          context.warn(`${key}.parameters`, parametersNode, `expected a mapping, got ${describeValue(parametersNode)}: ignored`);
        }
        return {};
      }
      function readRunType(context, run, key, runName, parameters, evaluatedWithoutEpochs) {
        const typeNode = child(run, "type");
        const typeText = scalarText(typeNode);
        if (typeText === "fine-tuned" || typeText === "control")
          return typeText;
        const looksControl = evaluatedWithoutEpochs.get(runName) === true || Object.keys(parameters).length === 0 && /(_|-)(base|control)$/i.test(runName);
        const type = looksControl ? "control" : "fine-tuned";
        const why = looksControl ? "no epochs in the matrix or a _base/_control name" : "it has parameters or checkpoint epochs";
        context.warn(`${key}.type`, typeNode ?? run, typeText === null ? `missing for run "${runName}": assuming ${type} (${why})` : `"${typeText}" is not "fine-tuned" or "control": assuming ${type} (${why})`);
        return type;
      }
      function readRunModel(context, run, key, runName) {
        const modelNode = child(run, "model");
        if (modelNode === void 0 || isNullScalar(modelNode)) {
          context.warn(`${key}.model`, run, `missing for run "${runName}"`);
          return null;
        }
        const model = scalarText(modelNode);
        if (model === null) {
          context.warn(`${key}.model`, modelNode, `expected a string, got ${describeValue(modelNode)}`);
        } else if (!isStringScalar(modelNode)) {
          context.warn(`${key}.model`, modelNode, `expected a string, got ${describeValue(modelNode)}; using "${model}"`);
        }
        return model;
      }
      ;
      function readExperimentSection(context, root, dirName) {
        const section = { name: dirName, project: null, declaredDir: null };
        const experimentNode = child(root, "experiment");
        if (experimentNode === void 0) {
          context.warn("experiment", root, `missing: using the directory name "${dirName}" as the experiment name`);
          return section;
        }
        if (!(0, dist.jh)(experimentNode)) {
          context.warn("experiment", experimentNode, `expected a mapping, got a ${describe(experimentNode)}`);
          return section;
        }
        section.name = readExperimentName(context, experimentNode, dirName);
        section.project = optionalString(context, experimentNode, "project", "experiment.project");
        const directory = optionalString(context, experimentNode, "directory", "experiment.directory");
        const dirKey = optionalString(context, experimentNode, "dir", "experiment.dir");
        section.declaredDir = dirKey ?? directory;
        return section;
      }
      function readExperimentName(context, experimentNode, dirName) {
        const nameNode = child(experimentNode, "name");
        const name = scalarText(nameNode);
        if (name === null || name === "") {
          context.warn("experiment.name", nameNode ?? experimentNode, `missing: using the directory name "${dirName}"`);
          return dirName;
        }
        if (!isStringScalar(nameNode))
          context.warn("experiment.name", nameNode, `expected a string, got ${describeValue(nameNode)}`);
        return name;
      }
      function readOutputSection(context, root) {
        const outputNode = child(root, "output");
        if (outputNode === void 0 || isNullScalar(outputNode))
          return null;
        if (!(0, dist.jh)(outputNode)) {
          context.warn("output", outputNode, `expected a mapping, got a ${describe(outputNode)}`);
          return null;
        }
        return optionalString(context, outputNode, "base_directory", "output.base_directory");
      }
      function readControlsEpochs(context, root) {
        const controlsNode = child(root, "controls");
        if (!(0, dist.jh)(controlsNode))
          return null;
        const epochsNode = child(controlsNode, "epochs");
        if (epochsNode === void 0 || isNullScalar(epochsNode))
          return null;
        const value = (0, dist.jn)(epochsNode) ? epochsNode.value : void 0;
        if (isWholeNumber(value))
          return value;
        context.warn("controls.epochs", epochsNode, `expected a whole number of epochs, got ${describeValue(epochsNode)}`);
        return null;
      }
      function readEvaluationSection(context, root) {
        const evaluationNode = child(root, "evaluation");
        if ((0, dist.jh)(evaluationNode))
          return evaluationNode;
        if (evaluationNode !== void 0 && !isNullScalar(evaluationNode))
          context.warn("evaluation", evaluationNode, `expected a mapping, got a ${describe(evaluationNode)}`);
        return void 0;
      }
      function readScorers(context, evaluation) {
        const scorers = [];
        for (const scorerKey of ["scorer", "scorers"]) {
          const scorerNode = evaluation ? child(evaluation, scorerKey) : void 0;
          if (scorerNode === void 0 || isNullScalar(scorerNode))
            continue;
          const items = (0, dist.oP)(scorerNode) ? scorerNode.items : [scorerNode];
          items.forEach((scorer, index) => {
            const scorerName = (0, dist.jh)(scorer) ? scalarText(child(scorer, "name")) : scalarText(scorer);
            if (scorerName)
              scorers.push(scorerName);
            else
              context.warn(`evaluation.${scorerKey}${(0, dist.oP)(scorerNode) ? `[${index}]` : ""}`, scorer, `expected a scorer name, got ${describeValue(scorer)}`);
          });
        }
        return scorers;
      }
      ;
      function readTasks(context, evaluation) {
        const tasksNode = evaluation ? child(evaluation, "tasks") : void 0;
        const tasks = [];
        if ((0, dist.oP)(tasksNode)) {
          tasksNode.items.forEach((item, index) => {
            const task = readTask(context, item, `evaluation.tasks[${index}]`, tasks);
            if (task)
              tasks.push(task);
          });
        } else if (tasksNode !== void 0 && !isNullScalar(tasksNode)) {
          context.warn("evaluation.tasks", tasksNode, `expected a list, got ${describeValue(tasksNode)}: ignored`);
        }
        return tasks;
      }
      function readTask(context, item, key, earlier) {
        const plainName = (0, dist.jn)(item) ? scalarText(item) : null;
        if (plainName)
          return { name: plainName, script: null, description: null, line: context.lineOf(item) ?? null };
        if (!(0, dist.jh)(item)) {
          context.warn(key, item, `expected a mapping {name, script, description}, got ${describeValue(item)}: skipped`);
          return null;
        }
        const nameNode = child(item, "name");
        const name = scalarText(nameNode);
        if (!name) {
          context.warn(`${key}.name`, nameNode ?? item, "missing: task skipped");
          return null;
        }
        if (earlier.some((task) => task.name === name)) {
          context.warn(`${key}.name`, nameNode, `duplicate task name "${name}"`);
          return null;
        }
        return {
          name,
          script: optionalString(context, item, "script", `${key}.script`),
          description: optionalString(context, item, "description", `${key}.description`),
          line: context.lineOf(item) ?? null
        };
      }
      ;
      async function readExperiment(experimentPath) {
        const given = external_node_path_default().resolve(experimentPath);
        let yamlPath = given;
        let info;
        try {
          info = await (0, promises_.stat)(given);
        } catch {
          throw new ExperimentError(`${given} does not exist: ${HOW_TO_POINT}`, given);
        }
        if (info.isDirectory()) {
          yamlPath = external_node_path_default().join(given, EXPERIMENT_FILE);
          let yamlInfo;
          try {
            yamlInfo = await (0, promises_.stat)(yamlPath);
          } catch {
            throw new ExperimentError(`No ${EXPERIMENT_FILE} in ${given}: ${HOW_TO_POINT}`, yamlPath);
          }
          if (!yamlInfo.isFile()) {
            throw new ExperimentError(`${yamlPath} is not a file: ${HOW_TO_POINT}`, yamlPath);
          }
        } else if (!info.isFile()) {
          throw new ExperimentError(`${given} is not a file or directory: ${HOW_TO_POINT}`, given);
        }
        let text;
        try {
          const { size } = await (0, promises_.stat)(yamlPath);
          if (size > YAML_LIMITS.maxBytes) {
            throw new ExperimentError(`${yamlPath}: the YAML is ${size} bytes, over the ${YAML_LIMITS.maxBytes}-byte limit (not read)`, yamlPath);
          }
          text = (0, clean_text.yj)(await (0, promises_.readFile)(yamlPath));
        } catch (error) {
          if (error instanceof ExperimentError)
            throw error;
          throw new ExperimentError(`Cannot read ${yamlPath}: ${errorText(error)}`, yamlPath);
        }
        const result = parseExperiment(text, yamlPath);
        const dirWarning = await declaredDirWarning(result.experiment);
        if (dirWarning)
          result.warnings.unshift(dirWarning);
        return result;
      }
      function parseExperiment(text, yamlPath) {
        const context = new ReadContext(external_node_path_default().resolve(yamlPath));
        const dir = external_node_path_default().dirname(context.file);
        const root = readRoot(context, text);
        const { name, project, declaredDir } = readExperimentSection(context, root, external_node_path_default().basename(dir));
        const outputBaseDirectory = readOutputSection(context, root);
        const trainingEpochs = readControlsEpochs(context, root);
        const evaluation = readEvaluationSection(context, root);
        const runs = readRuns(context, root, evaluation, trainingEpochs);
        const tasks = readTasks(context, evaluation);
        const matrix = readMatrix(context, evaluation, runs, tasks);
        const scorers = readScorers(context, evaluation);
        return {
          experiment: {
            yamlPath: context.file,
            dir,
            name,
            project,
            declaredDir,
            outputBaseDirectory,
            layout: outputBaseDirectory !== null ? "ck-out" : "artifacts",
            trainingEpochs,
            runs,
            tasks,
            matrix,
            scorers
          },
          // In file order, the way a researcher fixes them.
          warnings: context.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        };
      }
      function trainingLocation(experiment, runName) {
        const runDir = external_node_path_default().join(experiment.dir, runName);
        const base = experiment.outputBaseDirectory;
        const baseDir = base === null ? null : external_node_path_default().isAbsolute(base) ? base : external_node_path_default().join(experiment.dir, base);
        const outputDir = experiment.layout === "ck-out" && baseDir !== null ? external_node_path_default().join(baseDir, `ck-out-${runName}`) : external_node_path_default().join(runDir, "artifacts");
        return { outputDir, runDir };
      }
      async function declaredDirWarning(experiment) {
        const declared = experiment.declaredDir;
        if (declared === null || !external_node_path_default().isAbsolute(declared) || /__[A-Z]+__/.test(declared))
          return null;
        const actual = await (0, promises_.realpath)(experiment.dir).catch(() => experiment.dir);
        const declaredReal = await (0, promises_.realpath)(declared).catch(() => external_node_path_default().resolve(declared));
        if (declaredReal === actual)
          return null;
        return {
          level: "warning",
          file: external_node_path_default().basename(experiment.yamlPath),
          key: "experiment.directory",
          message: `the YAML names the experiment directory ${declared}, but it is read from ${experiment.dir}: using ${experiment.dir}`
        };
      }
      ;
      function trainingProgress(render, configuredEpochs) {
        const laterEpochs = configuredEpochs !== null && render.epoch !== null ? Math.max(0, configuredEpochs - render.epoch) : null;
        const thisEpoch = render.remainingS ?? (render.rate !== null ? (render.totalSteps - render.step) / render.rate : null);
        let eta = null;
        if (thisEpoch !== null) {
          if (laterEpochs === null)
            eta = thisEpoch;
          else if (laterEpochs === 0)
            eta = thisEpoch;
          else if (render.rate !== null)
            eta = thisEpoch + laterEpochs * render.totalSteps / render.rate;
        }
        return {
          epoch: render.epoch,
          step: render.step,
          total_steps: render.totalSteps,
          loss: render.loss,
          eta_s: eta === null ? null : Math.round(eta),
          eta_scope: laterEpochs === null ? "epoch" : "training",
          rate: render.rate
        };
      }
      ;
      function withQueuedJobs(sacctJobs, queued) {
        const merged = new Map(sacctJobs);
        for (const job of queued ?? []) {
          if (job.state === "ENDED" || merged.has(job.jobId))
            continue;
          merged.set(job.jobId, {
            jobId: job.jobId,
            jobName: job.jobName,
            state: job.state,
            rawState: job.rawState,
            elapsedSeconds: job.runSeconds,
            exitCode: null,
            steps: []
          });
        }
        return merged;
      }
      function queuedReason(stage) {
        if (stage.state === "PENDING") {
          return `queued as job ${stage.jobId}${stage.reason ? ` (waiting: ${stage.reason})` : ""}, nothing written yet`;
        }
        return `job ${stage.jobId} is running, no output yet`;
      }
      function liveTraining(training, input) {
        const out = /* @__PURE__ */ new Map();
        for (const [run, facts] of training) {
          const next = { ...facts };
          if (facts.durationS !== null)
            next.durationSource = "sacct";
          else {
            const bars = input.barDurations.get(run);
            if (bars) {
              next.durationS = bars.seconds;
              next.durationSource = "progress-bar";
            }
          }
          const queued = input.queued.find((stage) => stage.run === run && stage.stage === "fine-tuning");
          if (facts.status === "NOT_STARTED" && facts.slurmOut === null) {
            if (queued) {
              next.status = queued.state;
              next.reason = queuedReason(queued);
              next.jobId = queued.jobId;
            } else if (input.queueKnown) {
              next.reason = `${facts.reason ? `${facts.reason}; ` : ""}no job of this run in the SLURM queue: never submitted (or long gone)`;
            }
          }
          const render = input.progress.get(run);
          if (next.status === "RUNNING" && render) {
            next.progress = trainingProgress(render, input.configuredEpochs.get(run) ?? null);
          }
          out.set(run, next);
        }
        return out;
      }
      function queuedEvalJobs(queued, knownJobIds) {
        return queued.filter((stage) => stage.stage === "evaluation" && !knownJobIds.has(stage.jobId)).map((stage) => ({ run: stage.run, state: stage.state }));
      }
      ;
      function inside(dir, parent) {
        const relative = external_node_path_default().relative(parent, dir);
        return relative === "" || !relative.startsWith("..") && !external_node_path_default().isAbsolute(relative);
      }
      function byWorkDir(job, runs) {
        if (!external_node_path_default().isAbsolute(job.workDir))
          return null;
        const dir = external_node_path_default().resolve(job.workDir);
        let best = null;
        for (const run of runs) {
          const candidates = [
            [external_node_path_default().join(run.runDir, "eval"), "evaluation"],
            [run.runDir, run.type === "control" ? "evaluation" : "fine-tuning"],
            ...run.outputDir && run.type === "fine-tuned" ? [[run.outputDir, "fine-tuning"]] : []
          ];
          for (const [folder, stage] of candidates) {
            const depth = external_node_path_default().resolve(folder).length;
            if (inside(dir, folder) && (best === null || depth > best.depth))
              best = { run, stage, depth };
          }
        }
        return best ? { run: best.run.name, stage: best.stage, matchedBy: "working-directory" } : null;
      }
      function byJobName(job, runs, tasks) {
        const name = job.jobName;
        const fineTuned = runs.find((run) => run.type === "fine-tuned" && run.name === name);
        if (fineTuned)
          return { run: fineTuned.name, stage: "fine-tuning", matchedBy: "job-name" };
        if (!name.startsWith("eval-"))
          return null;
        const rest = name.slice("eval-".length).replace(/-ep\d+$/, "");
        for (const task of tasks) {
          if (!rest.startsWith(`${task}-`))
            continue;
          const runName = rest.slice(task.length + 1);
          const run = runs.find((r) => r.name === runName);
          if (run)
            return { run: run.name, stage: "evaluation", matchedBy: "job-name" };
        }
        return null;
      }
      function matchQueuedJobs(jobs, runs, tasks) {
        const matched = [];
        for (const job of jobs) {
          if (job.state === "ENDED")
            continue;
          const place = byWorkDir(job, runs) ?? byJobName(job, runs, tasks);
          if (!place)
            continue;
          matched.push({
            ...place,
            state: job.state,
            jobId: job.jobId,
            reason: job.state === "PENDING" ? job.reason : null,
            runSeconds: job.runSeconds
          });
        }
        return matched;
      }
      var workers = __nccwpck_require__2(1217);
      ;
      const ACTION_ORDER = [
        "DISCOVER_EXPERIMENT",
        "PARSE_STATUS",
        "EXTRACT_LOSS",
        "EXTRACT_ACCURACY",
        "GENERATE_SUMMARY",
        "COMPLETE"
      ];
      class ProcessLog {
        now;
        recorded = [];
        constructor(now) {
          this.now = now;
        }
        record(action, subject, lines) {
          this.recorded.push({ time: this.now().toISOString(), action, ...subject ? { subject } : {}, lines });
        }
        /** In the skill's order of actions; entries of one action in the order they were recorded. */
        get events() {
          const rank2 = (event) => ACTION_ORDER.indexOf(event.action);
          return [...this.recorded].sort((a, b) => rank2(a) - rank2(b));
        }
      }
      function recordDiscovery(log, experiment) {
        const fineTuned = experiment.runs.filter((run) => run.type === "fine-tuned").length;
        const plannedCells = (0, workers.gX)(experiment);
        log.record("DISCOVER_EXPERIMENT", void 0, [
          ["Details", `${experiment.yamlPath}`],
          [
            "Result",
            `${experiment.name}: ${experiment.runs.length} runs (${fineTuned} fine-tuned, ${experiment.runs.length - fineTuned} control), ${experiment.tasks.length} tasks, ${plannedCells} evaluations planned`
          ]
        ]);
      }
      function recordLosses(log, dir, training, readings) {
        training.forEach((found, index) => {
          log.record("EXTRACT_LOSS", found.run, [
            [
              "Details",
              found.slurmOut ? `Parsing ${displayPath(dir, found.slurmOut.path)}` : "Looking for the training SLURM output"
            ],
            ["Result", describeLoss(readings[index]?.reading ?? null, found)]
          ]);
        });
      }
      function describeLoss(reading, found) {
        if (!found.slurmOut) {
          return `N/A (no slurm-*.out in ${found.location.outputDir} or ${found.location.runDir})`;
        }
        if (reading?.error)
          return `ERROR - ${reading.error}`;
        const loss = reading?.loss;
        if (!loss)
          return "N/A (no loss line in the output)";
        return `Final loss = ${loss.finalLoss} (epoch ${loss.epochs}, step ${loss.totalSteps})`;
      }
      function recordBootstraps(log, computed, threads) {
        if (computed === 0)
          return;
        log.record("EXTRACT_ACCURACY", void 0, [
          ["Details", `Resampling ${(0, strings.oh)(computed)} distinct sets of balanced-accuracy counts (bootstrap)`],
          ["Result", `on ${threads} worker thread${threads === 1 ? "" : "s"}`]
        ]);
      }
      function recordAccuracies(log, experiment, evaluated, placed, threads = 0) {
        if (threads > 0) {
          log.record("EXTRACT_ACCURACY", void 0, [
            ["Details", `Reading ${(0, strings.oh)(evaluated.length)} evaluation logs`],
            ["Result", `on ${threads} worker thread${threads === 1 ? "" : "s"}`]
          ]);
        }
        const runType = new Map(experiment.runs.map((run) => [run.name, run.type]));
        evaluated.forEach(({ run, file, summary }, index) => {
          const placement = placed[index];
          const epochPart = runType.get(run) === "control" ? "base" : placement.epoch === null ? "epoch?" : `epoch${placement.epoch}`;
          log.record("EXTRACT_ACCURACY", `${run}/${placement.task ?? summary.task ?? "?"}/${epochPart}`, [
            ["Details", `Reading ${displayPath(experiment.dir, file)}`],
            ["Result", describeAccuracy(summary, placement.error, placement.status)],
            ...placement.explanation ? [["Explanation", placement.explanation]] : []
          ]);
        });
      }
      function describeAccuracy(summary, error, status) {
        if (status === "unreadable")
          return `ERROR - ${error ?? "unreadable"}`;
        const parts = [
          `Accuracy = ${summary.accuracy ?? "N/A"}`,
          `samples = ${summary.samples ?? "N/A"}`,
          `scorer = ${summary.scorer ?? "none"}`
        ];
        if (summary.binary) {
          parts.push(`balanced accuracy = ${summary.binary.balanced_accuracy}`, `F1 = ${summary.binary.f1}`);
        }
        const note = status === "success" ? "" : ` (log status ${status}${error ? `: ${error}` : ""})`;
        return parts.join(", ") + note;
      }
      function recordOutcome(log, summary, startedAt, now) {
        for (const run of summary.runs) {
          const reason2 = run.finetune.reason ? ` (${run.finetune.reason})` : "";
          log.record("PARSE_STATUS", run.name, [
            ["Result", `fine-tuning ${run.finetune.status}${reason2}, evaluation ${run.evaluation.status}`]
          ]);
        }
        const best = summary.best.map((b) => `${b.task}: ${b.run}${b.epoch === null ? "" : ` epoch ${b.epoch}`} ${b.metric} ${b.value}`);
        log.record("GENERATE_SUMMARY", void 0, [
          ["Details", "Writing summary.md and summary.json"],
          [
            "Result",
            `${summary.complete}/${summary.total} complete${best.length ? `; best ${best.join("; ")}` : ""}`
          ],
          ...summary.baseline ? [
            [
              "Baseline",
              `${summary.baseline.source}: ${summary.baseline.regressions} regressed, ${summary.baseline.improvements} improved of ${summary.baseline.compared} rows compared`
            ]
          ] : [],
          ...summary.warnings.map((w) => [
            w.level === "error" ? "Error" : "Warning",
            (0, format.xy)(w)
          ])
        ]);
        const losses = summary.training.filter((t) => t.final_loss !== null).length;
        const accuracies = summary.evaluations.filter((e) => e.accuracy !== null).length;
        log.record("COMPLETE", void 0, [
          [
            "Summary",
            `${losses} loss values extracted, ${accuracies} accuracy values extracted, ${summary.warnings.length} warnings`
          ],
          ["Duration", `${Math.round((now.getTime() - startedAt.getTime()) / 1e3)} seconds`]
        ]);
      }
      ;
      const DEFAULT_SQUEUE_TIMEOUT_MS = 2e4;
      const SQUEUE_DELIMITER = "";
      const squeue_FIELDS = ["%i", "%j", "%T", "%M", "%Z", "%r"];
      const JOB_ID = /^\d+(?:_(?:\d+|\[[^\]]*\]))?(?:\+\d+)?$/;
      const PENDING_STATES = /* @__PURE__ */ new Set([
        "PENDING",
        "CONFIGURING",
        "REQUEUED",
        "REQUEUE_HOLD",
        "REQUEUE_FED",
        "RESV_DEL_HOLD"
      ]);
      const RUNNING_STATES = /* @__PURE__ */ new Set([
        "RUNNING",
        "COMPLETING",
        "SUSPENDED",
        "STOPPED",
        "SIGNALING",
        "STAGE_OUT",
        "RESIZING"
      ]);
      function squeueArguments() {
        return ["--me", "--noheader", "--array", `--format=${squeue_FIELDS.join(SQUEUE_DELIMITER)}`];
      }
      function parseSqueueTime(text) {
        const m = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d{2})$/.exec(text.trim());
        if (!m)
          return null;
        return Number(m[1] ?? 0) * 86400 + Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
      }
      function queueState(raw) {
        if (PENDING_STATES.has(raw))
          return "PENDING";
        if (RUNNING_STATES.has(raw))
          return "RUNNING";
        return "ENDED";
      }
      function parseSqueueOutput(stdout) {
        const jobs = [];
        const unreadable = [];
        for (const line of stdout.split(/\r?\n/)) {
          if (line.trim() === "")
            continue;
          const cells = line.split(SQUEUE_DELIMITER);
          if (cells.length < squeue_FIELDS.length) {
            unreadable.push(line);
            continue;
          }
          const jobId = (cells[0] ?? "").trim();
          const rawState = (cells[cells.length - 4] ?? "").trim().toUpperCase();
          const time = (cells[cells.length - 3] ?? "").trim();
          const workDir = cells[cells.length - 2] ?? "";
          const reason2 = (cells[cells.length - 1] ?? "").trim();
          const jobName = cells.slice(1, cells.length - 4).join(SQUEUE_DELIMITER);
          if (!JOB_ID.test(jobId) || !/^[A-Z_]+$/.test(rawState)) {
            unreadable.push(line);
            continue;
          }
          const state2 = queueState(rawState);
          jobs.push({
            jobId,
            jobName,
            state: state2,
            rawState,
            runSeconds: state2 === "PENDING" ? null : parseSqueueTime(time),
            workDir,
            reason: reason2 === "" || reason2 === "None" ? null : reason2
          });
        }
        const warning = unreadable.length > 0 ? `squeue printed ${unreadable.length} line(s) that could not be read, e.g. "${(unreadable[0] ?? "").slice(0, 120)}"` : null;
        return { jobs, warning };
      }
      const FALLBACK = "; queued jobs are not known (a run with no output yet may be queued or never submitted)";
      async function querySqueue(options2 = {}) {
        const squeue = options2.squeuePath ?? "squeue";
        const timeoutMs = options2.timeoutMs ?? DEFAULT_SQUEUE_TIMEOUT_MS;
        const run = await runCommand(squeue, squeueArguments(), { timeoutMs, maxOutputBytes: 16 * 1024 * 1024 });
        if (run.kind === "spawn-error") {
          const warning = spawnProblem("squeue", squeue, Boolean(options2.squeuePath), run);
          return { jobs: null, warning: warning + FALLBACK, ...run.code === "ENOENT" ? { notFound: true } : {} };
        }
        if (run.kind === "timeout") {
          return {
            jobs: null,
            warning: `squeue did not answer within ${timeoutMs / 1e3} s and was stopped${FALLBACK}`
          };
        }
        if (run.kind === "too-much-output") {
          return { jobs: null, warning: `squeue printed more output than expected and was stopped${FALLBACK}` };
        }
        if (run.exitCode !== 0) {
          const detail = (0, strings.TM)(run.stderr);
          const ending = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode ?? "?"}`;
          return { jobs: null, warning: `squeue ${ending}${detail ? `: ${detail.slice(0, 200)}` : ""}${FALLBACK}` };
        }
        const parsed = parseSqueueOutput(run.stdout);
        if (parsed.jobs.length === 0 && parsed.warning !== null) {
          return { jobs: null, warning: parsed.warning + FALLBACK };
        }
        return { jobs: parsed.jobs, warning: parsed.warning };
      }
      var map_limit = __nccwpck_require__2(9992);
      var log_files = __nccwpck_require__2(9866);
      var folder_listing = __nccwpck_require__2(7095);
      var fs_errors = __nccwpck_require__2(8889);
      ;
      const IO_CONCURRENCY = 16;
      async function discoverTrainingSide(experiment, roots, progress2) {
        const training = await discoverTraining(experiment, roots, progress2);
        const trainingDiagnostics = await missingBaseDirectory(experiment, training);
        const missingBase = trainingDiagnostics.length > 0 ? experiment.outputBaseDirectory : null;
        return { training, trainingDiagnostics, missingBase };
      }
      function discoveryRoots(experiment) {
        const roots = [experiment.dir];
        const first = experiment.runs.find((run) => (0, contained_path.Gm)(run.name) === null);
        if (experiment.layout === "ck-out" && experiment.outputBaseDirectory !== null && first) {
          roots.push(external_node_path_default().dirname(trainingLocation(experiment, first.name).outputDir));
        }
        return roots;
      }
      function refusedNote(name) {
        const why = (0, contained_path.Gm)(name);
        return why === null ? null : `not read: the run name is not a plain folder name (${why}), so nothing outside the experiment can be reached through it`;
      }
      async function discoverTraining(experiment, roots, progress2) {
        const fineTuned = experiment.runs.filter((run) => run.type === "fine-tuned");
        progress2("finding training outputs", 0, fineTuned.length);
        let done = 0;
        return (0, map_limit.s)(fineTuned, IO_CONCURRENCY, async (run) => {
          const found = await findTraining(experiment, run.name, roots);
          progress2("finding training outputs", ++done, fineTuned.length);
          return found;
        });
      }
      async function findTraining(experiment, run, roots) {
        const location = trainingLocation(experiment, run);
        const refused = refusedNote(run);
        if (refused !== null) {
          return { run, location, slurmOut: null, olderOutputs: 0, checkpoints: [], diagnostics: [], refused };
        }
        const listings = new folder_listing.y();
        const [found, checkpoints] = await Promise.all([
          (0, slurm_files.cG)(location, roots, listings),
          (0, slurm_files.TX)(location.outputDir, listings, roots)
        ]);
        const diagnostics = [...found.warnings, ...checkpoints.warning ? [checkpoints.warning] : []];
        return {
          run,
          location,
          slurmOut: found.slurmOut,
          olderOutputs: found.others.length,
          checkpoints: checkpoints.epochs,
          diagnostics
        };
      }
      async function missingBaseDirectory(experiment, training) {
        const first = training.find((t) => t.refused === void 0);
        if (experiment.layout !== "ck-out" || experiment.outputBaseDirectory === null || !first)
          return [];
        const baseDir = external_node_path_default().dirname(first.location.outputDir);
        if (!training.some((t) => !t.slurmOut) || await isDirectory(baseDir))
          return [];
        return [
          {
            level: "warning",
            file: displayPath(experiment.dir, experiment.yamlPath),
            message: `output.base_directory ${experiment.outputBaseDirectory} does not exist here (${baseDir}): the training outputs and checkpoints of runs that succeeded cannot be read (run this where the experiment ran)`
          }
        ];
      }
      async function discoverEvaluations(experiment, roots, progress2) {
        const runNames = [
          .../* @__PURE__ */ new Set([...experiment.runs.map((run) => run.name), ...experiment.matrix.map((e) => e.run)])
        ];
        progress2("finding evaluation logs", 0, runNames.length);
        let done = 0;
        const perRun = await (0, map_limit.s)(runNames, IO_CONCURRENCY, async (run) => {
          const logFiles = [];
          const evalJobs = [];
          const diagnostics = [];
          if ((0, contained_path.Gm)(run) === null) {
            const evalDir = external_node_path_default().join(experiment.dir, run, "eval");
            const listings = new folder_listing.y();
            const found = await (0, log_files.FV)(evalDir, roots, listings);
            for (const file of found.files)
              logFiles.push({ run, file, evalDir });
            for (const { file, reason: reason2 } of found.skipped) {
              diagnostics.push({ level: "warning", file, message: `not read: ${reason2}` });
            }
            for (const slurmOut of await evalSlurmOutputs(evalDir, roots, diagnostics, listings)) {
              const announced = await (0, slurm_files.oH)(slurmOut);
              if (announced.warning)
                diagnostics.push(announced.warning);
              evalJobs.push({
                run,
                slurmOut,
                jobId: (0, slurm_files.Pt)(slurmOut),
                logNames: announced.logNames,
                failure: announced.failure
              });
            }
          }
          progress2("finding evaluation logs", ++done, runNames.length);
          return { logFiles, evalJobs, diagnostics };
        });
        return {
          logFiles: perRun.flatMap((one) => one.logFiles),
          evalJobs: perRun.flatMap((one) => one.evalJobs),
          evaluationDiagnostics: perRun.flatMap((one) => one.diagnostics)
        };
      }
      async function evalSlurmOutputs(evalDir, roots, diagnostics, listings) {
        const found = [];
        if (!(await listings.inside(evalDir, roots)).ok)
          return found;
        const scan = async (dir, depth) => {
          let entries;
          try {
            entries = await listings.entries(dir);
          } catch (error) {
            if (!(0, fs_errors.b)(error)) {
              diagnostics.push({
                level: "warning",
                file: dir,
                message: `cannot list ${dir}: ${error.message}`
              });
            }
            return;
          }
          for (const entry of entries) {
            const full = external_node_path_default().join(dir, entry.name);
            const isOutput = /^slurm-.+\.out$/.test(entry.name);
            if (entry.isFile() && isOutput)
              found.push(full);
            else if (entry.isDirectory() && depth > 0 && entry.name !== "logs") {
              if ((await listings.inside(full, roots)).ok)
                await scan(full, depth - 1);
            } else if (entry.isSymbolicLink() && isOutput) {
              const place = await (0, contained_path.LI)(full, roots);
              if (place.ok)
                found.push(full);
              else
                diagnostics.push({ level: "warning", file: full, message: `not read: ${place.detail}` });
            }
          }
        };
        await scan(evalDir, 1);
        return found.sort();
      }
      async function isDirectory(dir) {
        try {
          return (await (0, promises_.stat)(dir)).isDirectory();
        } catch {
          return false;
        }
      }
      var eval_logs = __nccwpck_require__2(7056);
      var pipeline_training = __nccwpck_require__2(9376);
      var random_access_file = __nccwpck_require__2(7955);
      ;
      async function discoverAndRead(experiment, settings, progress2, options2 = { charts: true }) {
        const roots = discoveryRoots(experiment);
        return (0, random_access_file.Pq)(roots, () => discoverAndReadInside(experiment, roots, settings, progress2, options2));
      }
      async function discoverAndReadInside(experiment, roots, settings, progress2, options2) {
        const evaluations = await discoverEvaluations(experiment, roots, progress2);
        const { logFiles, evalJobs } = evaluations;
        let evalThreads = 0;
        const pool = options2.pool ?? await (0, workers.HK)(logFiles.length + (0, workers.ru)(experiment));
        pool?.readInside(roots);
        let shown = false;
        let count = [0, logFiles.length];
        const reading = (0, eval_logs.V1)(logFiles.map((entry) => entry.file), {
          scorer: experiment.scorers[0] ?? null,
          concurrency: IO_CONCURRENCY,
          onRead: (done, total) => {
            count = [done, total];
            if (shown)
              progress2("reading evaluation logs", done, total);
          },
          onThreads: (threads) => evalThreads = threads,
          pool
        });
        reading.catch(() => void 0);
        try {
          const discovered = {
            ...await discoverTrainingSide(experiment, roots, progress2),
            ...evaluations
          };
          const jobIds = [...discovered.training.map((t) => t.slurmOut?.jobId), ...evalJobs.map((e) => e.jobId)];
          const asked = await askSacct(jobIds, settings.sacct, progress2);
          const queue = await askSqueue(settings.squeue, progress2);
          shown = true;
          progress2("reading evaluation logs", ...count);
          const readAllTraining = async () => {
            const training2 = await (0, map_limit.s)(discovered.training, IO_CONCURRENCY, (found) => {
              const elapsed = found.slurmOut?.jobId ? asked.sacctJobs.get(found.slurmOut.jobId)?.elapsedSeconds : void 0;
              return (0, pipeline_training.AI)(pool, found, elapsed === void 0 || elapsed === null);
            });
            if (options2.charts)
              await readLossCurves(discovered.training, training2, pool);
            return training2;
          };
          const [training, summaries] = await bothSettled(readAllTraining(), reading);
          const evaluated = logFiles.map((entry, index) => ({ ...entry, summary: summaries[index] }));
          return { discovered, readings: { training, evaluated, ...asked, ...queue, evalThreads } };
        } catch (error) {
          await reading.catch(() => void 0);
          throw error;
        } finally {
          if (pool !== options2.pool)
            await pool?.close();
        }
      }
      async function bothSettled(a, b) {
        const [first, second] = await Promise.allSettled([a, b]);
        if (first.status === "rejected")
          throw first.reason;
        if (second.status === "rejected")
          throw second.reason;
        return [first.value, second.value];
      }
      async function readLossCurves(found, training, pool) {
        const finalLoss = (reading) => {
          const loss = reading.reading?.loss?.finalLoss;
          return loss !== void 0 && Number.isFinite(loss) ? loss : Infinity;
        };
        const candidates = training.map((reading, index) => ({ reading, path: found[index]?.slurmOut?.path })).filter(({ reading, path }) => path && reading.reading?.loss && !reading.reading.error).sort((a, b) => finalLoss(a.reading) - finalLoss(b.reading)).slice(0, MAX_CHART_LINES);
        await (0, map_limit.s)(candidates, IO_CONCURRENCY, async ({ reading, path }) => {
          const curve = await (0, pipeline_training.WS)(pool, path);
          reading.curve = curve;
          if (curve.error)
            reading.diagnostics.push({ level: "warning", file: curve.path, message: curve.error });
        });
      }
      async function askSqueue(setting, progress2) {
        if (setting.mode === "off")
          return { queue: { jobs: null, asked: "off" }, squeueDiagnostics: [] };
        progress2("asking squeue for queued jobs");
        const squeue = await querySqueue(setting.mode === "path" ? { squeuePath: setting.path } : {});
        return {
          queue: { jobs: squeue.jobs, asked: squeue.jobs === null ? "unavailable" : "squeue" },
          // squeue missing where it was not asked for by path is the usual case off a cluster: the summary's
          // queue note says it, without a warning.
          squeueDiagnostics: squeue.warning && !(squeue.notFound && setting.mode === "auto") ? [{ level: "warning", file: null, message: squeue.warning }] : []
        };
      }
      async function askSacct(jobIds, setting, progress2) {
        const ids = [...new Set(jobIds.filter((id) => Boolean(id)))];
        if (setting.mode === "off" || ids.length === 0)
          return { sacctJobs: /* @__PURE__ */ new Map(), sacctDiagnostics: [] };
        progress2(`asking sacct about ${ids.length} jobs`);
        const sacct = await querySacct(ids, setting.mode === "path" ? { sacctPath: setting.path } : {});
        return {
          sacctJobs: sacct.jobs,
          sacctDiagnostics: sacct.warning ? [{ level: "warning", file: null, message: sacct.warning }] : []
        };
      }
      ;
      const rowKey = (row) => JSON.stringify([row.run, row.task, row.epoch]);
      const EPS = 1e-12;
      function matchRows(now, samplesOf, baseline) {
        const baseByKey = /* @__PURE__ */ new Map();
        for (const row of baseline)
          if (!baseByKey.has(rowKey(row)))
            baseByKey.set(rowKey(row), row);
        const seen = /* @__PURE__ */ new Set();
        const result = { matched: [], new_rows: [], missing_rows: [], status_changes: [] };
        for (const row of now) {
          const key = rowKey(row);
          if (seen.has(key))
            continue;
          seen.add(key);
          const base = baseByKey.get(key);
          if (!base) {
            if (row.status !== "missing")
              result.new_rows.push(keyOf(row, row.accuracy));
            continue;
          }
          if (base.status !== row.status) {
            result.status_changes.push({
              run: row.run,
              stage: "evaluation",
              task: row.task,
              epoch: row.epoch,
              from: base.status,
              to: row.status,
              worse: base.status === "success" && row.status !== "success"
            });
          }
          if (row.accuracy === null || base.accuracy === null)
            continue;
          result.matched.push({
            ...keyOf(row),
            baseline: base.accuracy,
            now: row.accuracy,
            ...plan(row, samplesOf(row), base)
          });
        }
        for (const base of baseline) {
          if (!seen.has(rowKey(base)) && base.status !== "missing") {
            seen.add(rowKey(base));
            result.missing_rows.push(keyOf(base, base.accuracy));
          }
        }
        return result;
      }
      function keyOf(row, accuracy) {
        const key = { run: row.run, task: row.task, epoch: row.epoch };
        return accuracy === void 0 ? key : { ...key, accuracy };
      }
      function plan(row, samples, base) {
        const scorer = row.scorer ?? null;
        if (scorer !== null && base.scorer !== null && scorer !== base.scorer) {
          return notComparable(`scorer ${base.scorer} \u2192 ${scorer}`);
        }
        if (row.samples !== null && base.samples !== null && row.samples !== base.samples) {
          return notComparable(`${base.samples} \u2192 ${row.samples} samples`);
        }
        const fingerprint = samples?.fingerprint ?? null;
        if (fingerprint !== null && base.fingerprint !== null && fingerprint !== base.fingerprint) {
          return notComparable("different sample ids (same count)");
        }
        const caveat = fingerprint !== null && base.fingerprint !== null ? void 0 : base.fingerprint === null ? "the baseline did not record its sample ids: matched on scorer and sample count only" : "the sample ids of this run are not known: matched on scorer and sample count only";
        const withCaveat = (planned) => ({ plan: planned, ...caveat ? { caveat } : {} });
        if (samples !== null && base.scores !== null && fingerprint === base.fingerprint && samples.scores.length === base.scores.length) {
          return withCaveat({ kind: "paired", now: samples.scores, baseline: base.scores });
        }
        const nowSide = estimate(row.accuracy, row.stderr, row.samples, samples?.scores ?? null);
        const baseSide = estimate(base.accuracy, base.stderr, base.samples, base.scores);
        if (nowSide === null || baseSide === null) {
          const which = nowSide === null && baseSide === null ? "either side" : nowSide === null ? "this run" : "the baseline";
          return withCaveat({ kind: "no interval", why: `no standard error or per-sample scores for ${which}` });
        }
        return withCaveat({ kind: "unpaired", now: nowSide, baseline: baseSide });
      }
      function notComparable(why) {
        return { plan: { kind: "not comparable", why } };
      }
      function estimate(mean, stderr, samples, scores) {
        if (stderr !== null && samples !== null && samples > 0)
          return { mean, se: stderr, n: samples };
        if (scores === null)
          return null;
        const computed = (0, stats.Pz)(scores);
        return computed.n < 2 ? null : { mean, se: computed.stderr, n: computed.n };
      }
      function lossChanged(from, to) {
        const a = from === null || Number.isNaN(from) ? null : from;
        const b = to === null || Number.isNaN(to) ? null : to;
        if (a === null || b === null)
          return a !== b;
        return Math.abs(a - b) > EPS * Math.max(1, Math.abs(a));
      }
      ;
      const failed = (status) => FAILED_STAGE_STATUSES.has(status);
      function stageStatusChanges(now, baseline) {
        const baseByName = new Map(baseline.map((run) => [run.name, run]));
        const changes = [];
        for (const run of now) {
          const base = baseByName.get(run.name);
          if (!base)
            continue;
          const stages = [
            ["fine-tuning", base.finetune, run.finetune.status],
            ["evaluation", base.evaluation, run.evaluation.status]
          ];
          for (const [stage, from, to] of stages) {
            if (from !== to)
              changes.push({ run: run.name, stage, from, to, worse: failed(to) && !failed(from) });
          }
        }
        return changes;
      }
      function lossChanges(now, baseline) {
        const baseByRun = new Map(baseline.map((row) => [row.run, row]));
        const changes = [];
        for (const row of now) {
          const base = baseByRun.get(row.run);
          if (!base || !lossChanged(base.final_loss, row.final_loss))
            continue;
          const becameNan = row.final_loss !== null && Number.isNaN(row.final_loss) && base.final_loss !== null && !Number.isNaN(base.final_loss);
          changes.push({ run: row.run, from: base.final_loss, to: row.final_loss, became_nan: becameNan });
        }
        return changes;
      }
      function worseFirst(changes) {
        return [...changes.filter((change) => change.worse), ...changes.filter((change) => !change.worse)];
      }
      var special = __nccwpck_require__2(3022);
      ;
      const FAMILY_ALPHA = 0.05;
      const PAIRED_METHOD = "paired t on the per-sample differences (exact McNemar p for 0/1 scores)";
      const UNPAIRED_METHOD = "unpaired (Welch t) from the two standard errors";
      function marginP(difference, margin) {
        const { delta, se, df } = difference;
        if (!Number.isFinite(delta) || Number.isNaN(se))
          return null;
        const excess = Math.abs(delta) - margin;
        if (excess <= 0)
          return 1;
        if (se === 0)
          return 0;
        return (0, stats.my)(excess / se, df);
      }
      function mcnemarExactP(now, baseline) {
        let b = 0;
        let c = 0;
        for (let i = 0; i < now.length; i++) {
          const x = now[i];
          const y = baseline[i];
          if (Number.isNaN(x) || Number.isNaN(y))
            continue;
          if (x !== 0 && x !== 1 || y !== 0 && y !== 1)
            return null;
          if (x > y)
            b++;
          else if (x < y)
            c++;
        }
        const n = b + c;
        const k = Math.min(b, c);
        if (2 * k >= n)
          return 1;
        return Math.min(1, 2 * (0, special.J7)(n - k, k + 1, 0.5));
      }
      function differenceOf(row) {
        const { plan: plan2 } = row;
        if (plan2.kind === "paired")
          return { difference: (0, stats.vQ)(plan2.now, plan2.baseline), paired: true };
        if (plan2.kind === "unpaired")
          return { difference: (0, stats._S)(plan2.now, plan2.baseline), paired: false };
        return null;
      }
      function decideVerdicts(rows, margin, alpha = FAMILY_ALPHA) {
        const compared = rows.map((row) => {
          const { run, task, epoch, baseline, now, caveat } = row;
          const base = { run, task, epoch, metric: "accuracy", baseline, now };
          const computed = differenceOf(row);
          if (computed === null || computed.difference.low === null) {
            const why = row.plan.kind === "not comparable" || row.plan.kind === "no interval" ? row.plan.why : `too few samples for an interval (n = ${computed?.difference.n ?? 0})`;
            const verdict2 = row.plan.kind === "not comparable" ? "not comparable" : "inconclusive";
            return {
              ...base,
              delta: now - baseline,
              low: null,
              high: null,
              paired: computed?.paired ?? false,
              n: computed?.difference.n ?? null,
              method: null,
              p: null,
              verdict: verdict2,
              reason: caveat ? `${why}; ${caveat}` : why
            };
          }
          const { difference, paired } = computed;
          return {
            ...base,
            delta: difference.delta,
            low: difference.low,
            high: difference.high,
            paired,
            n: difference.n,
            method: paired ? PAIRED_METHOD : UNPAIRED_METHOD,
            p: (margin === 0 && row.plan.kind === "paired" ? mcnemarExactP(row.plan.now, row.plan.baseline) : null) ?? marginP(difference, margin),
            verdict: "inconclusive",
            ...caveat ? { reason: caveat } : {}
          };
        });
        const family = compared.filter((row) => row.p !== null);
        const { rejected } = (0, stats.l0)(family.map((row) => row.p), alpha);
        family.forEach((row, index) => {
          if (rejected[index])
            row.verdict = row.delta < 0 ? "regressed" : "improved";
          else if (row.low !== null && row.high !== null && row.low >= -margin && row.high <= margin)
            row.verdict = "no change";
        });
        return compared;
      }
      ;
      const rank = (row) => row.verdict === "regressed" ? 0 : row.verdict === "improved" ? 1 : 2;
      function ordered(rows) {
        return rows.map((row, index) => ({ row, index })).sort((a, b) => {
          const byRank = rank(a.row) - rank(b.row);
          if (byRank !== 0)
            return byRank;
          if (a.row.verdict === "regressed")
            return a.row.delta - b.row.delta;
          if (a.row.verdict === "improved")
            return b.row.delta - a.row.delta;
          return a.index - b.index;
        }).map(({ row }) => row);
      }
      function compareWithBaseline(summary, baseline, options2) {
        const matching = matchRows(summary.evaluations, options2.samplesOf, baseline.evaluations);
        const rows = ordered(decideVerdicts(matching.matched, options2.margin));
        const problems = [...baseline.problems];
        if (baseline.experiment !== "" && baseline.experiment !== summary.experiment.name) {
          problems.push(`the baseline is of experiment ${baseline.experiment}, this is ${summary.experiment.name}`);
        }
        return {
          source: baseline.source,
          url: options2.url ?? null,
          experiment: baseline.experiment,
          generated: baseline.generated,
          margin: options2.margin,
          alpha: FAMILY_ALPHA,
          correction: "Holm\u2013Bonferroni",
          compared: rows.filter((row) => row.p !== null).length,
          regressions: rows.filter((row) => row.verdict === "regressed").length,
          improvements: rows.filter((row) => row.verdict === "improved").length,
          rows,
          new_rows: matching.new_rows,
          missing_rows: matching.missing_rows,
          status_changes: worseFirst([
            ...stageStatusChanges(summary.runs, baseline.runs),
            ...matching.status_changes
          ]),
          loss_changes: lossChanges(summary.training, baseline.training),
          problems
        };
      }
      var sample_codec = __nccwpck_require__2(5128);
      ;
      const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
      const SUMMARY_JSON = "summary.json";
      async function readBaselineFile(given) {
        let file = given;
        try {
          const info = await (0, promises_.stat)(file);
          if (info.isDirectory())
            file = external_node_path_default().join(file, SUMMARY_JSON);
        } catch (error) {
          return { ok: false, problem: `${given}: ${(0, fs_errors.X)(error)}` };
        }
        let text;
        try {
          const handle = await (0, promises_.open)(file, "r");
          try {
            const info = await handle.stat();
            if (!info.isFile())
              return { ok: false, problem: `${file}: not a regular file` };
            if (info.size > MAX_BASELINE_BYTES) {
              return {
                ok: false,
                problem: `${file}: ${info.size} bytes, more than a summary.json can be (${MAX_BASELINE_BYTES})`
              };
            }
            text = await handle.readFile("utf8");
          } finally {
            await handle.close();
          }
        } catch (error) {
          return { ok: false, problem: `${file}: ${(0, fs_errors.X)(error)}` };
        }
        return parseBaselineJson(text, file);
      }
      const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
      function numberOrNull(value) {
        if (value === null || value === void 0)
          return null;
        return typeof value === "number" && Number.isFinite(value) ? value : void 0;
      }
      function parseBaselineJson(text, source) {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          return { ok: false, problem: `${source}: not JSON (${error.message})` };
        }
        if (!isObject(parsed))
          return { ok: false, problem: `${source}: not a summary.json (not a JSON object)` };
        if (parsed["schema"] !== 1) {
          const schema = parsed["schema"];
          return {
            ok: false,
            problem: schema === void 0 ? `${source}: not a summary.json (no "schema" field)` : `${source}: summary.json schema ${JSON.stringify(schema)} is not known (schema 1 is)`
          };
        }
        if (!Array.isArray(parsed["evaluations"])) {
          return { ok: false, problem: `${source}: not a summary.json ("evaluations" is not a list)` };
        }
        const experiment = isObject(parsed["experiment"]) ? parsed["experiment"]["name"] : void 0;
        const problems = [];
        const evaluations = [];
        parsed["evaluations"].forEach((row, index) => {
          const read = readEvaluation(row);
          if (typeof read === "string")
            problems.push(`evaluations[${index}] left out: ${read}`);
          else {
            if (read.problem)
              problems.push(`evaluations[${index}] (${read.row.run}, ${read.row.task}): ${read.problem}`);
            evaluations.push(read.row);
          }
        });
        return {
          ok: true,
          baseline: {
            source,
            experiment: typeof experiment === "string" ? experiment : "",
            generated: typeof parsed["generated"] === "string" ? parsed["generated"] : null,
            runs: listOf(parsed["runs"], readRun),
            training: listOf(parsed["training"], readTraining),
            evaluations,
            problems
          }
        };
      }
      function listOf(value, read) {
        if (!Array.isArray(value))
          return [];
        return value.flatMap((row) => {
          const item = isObject(row) ? read(row) : null;
          return item === null ? [] : [item];
        });
      }
      function readRun(row) {
        const name = row["name"];
        if (typeof name !== "string")
          return null;
        const status = (stage) => isObject(stage) && typeof stage["status"] === "string" ? stage["status"] : "N/A";
        return { name, finetune: status(row["finetune"]), evaluation: status(row["evaluation"]) };
      }
      function readTraining(row) {
        const run = row["run"];
        const loss = numberOrNull(row["final_loss"]);
        return typeof run === "string" && loss !== void 0 ? { run, final_loss: loss } : null;
      }
      function readEvaluation(row) {
        if (!isObject(row))
          return "not an object";
        const { run, task, epoch, status, scorer } = row;
        if (typeof run !== "string" || run === "")
          return '"run" is not a name';
        if (typeof task !== "string" || task === "")
          return '"task" is not a name';
        if (epoch !== null && epoch !== void 0 && !(typeof epoch === "number" && Number.isSafeInteger(epoch))) {
          return '"epoch" is not a whole number or null';
        }
        const numbers = {};
        for (const key of ["accuracy", "balanced_accuracy", "samples", "stderr"]) {
          const value = numberOrNull(row[key]);
          if (value === void 0)
            return `"${key}" is not a number or null`;
          numbers[key] = value;
        }
        const fingerprint = row["samples_fingerprint"];
        let scores = null;
        let problem;
        if (row["sample_scores"] !== void 0) {
          const decoded = (0, sample_codec.eh)(row["sample_scores"]);
          if (typeof decoded === "string")
            problem = `sample_scores not used: ${decoded}`;
          else
            scores = decoded;
        }
        return {
          row: {
            run,
            task,
            epoch: typeof epoch === "number" ? epoch : null,
            accuracy: numbers["accuracy"],
            balanced_accuracy: numbers["balanced_accuracy"],
            samples: numbers["samples"],
            stderr: numbers["stderr"],
            status: typeof status === "string" ? status : "success",
            scorer: typeof scorer === "string" ? scorer : null,
            fingerprint: typeof fingerprint === "string" && /^[0-9a-f]{16}$/.test(fingerprint) ? fingerprint : null,
            scores
          },
          ...problem ? { problem } : {}
        };
      }
      ;
      function baselineFromPath(given) {
        return async () => {
          const read = await readBaselineFile(given);
          return read.ok ? { ok: true, baseline: read.baseline, url: null } : { ok: false, problem: read.problem, level: "warning" };
        };
      }
      function rowSamples(row) {
        const samples = row.sample_scores;
        return samples ? { fingerprint: (0, sample_codec.bz)(samples.ids), scores: samples.scores } : null;
      }
      async function applyBaseline(summary, options2) {
        const load = await options2.load({ name: summary.experiment.name, dir: summary.experiment.dir });
        if (!load.ok) {
          if (load.level === "notice")
            return [load.problem];
          summary.warnings.push({ level: "warning", file: null, message: `baseline not used: ${load.problem}` });
          return [];
        }
        summary.baseline = compareWithBaseline(summary, load.baseline, {
          margin: options2.margin,
          url: load.url,
          samplesOf: rowSamples
        });
        return [];
      }
      var bootstraps = __nccwpck_require__2(3227);
      ;
      async function keepForBootstraps(pool, readings) {
        if (!pool || (0, bootstraps.BP)(readings.evaluated.map(({ summary }) => summary)))
          return pool;
        await pool.close();
        return null;
      }
      async function bootstrapsBeforeClosing(pool, prepared, log) {
        if (!pool)
          return /* @__PURE__ */ new Map();
        const known = await (0, bootstraps.h9)(pool, summaryBootstraps(prepared));
        recordBootstraps(log, known.size, pool.size);
        return known;
      }
      async function summarize(options2) {
        const now = options2.now ?? (() => /* @__PURE__ */ new Date());
        const progress2 = options2.progress ?? (() => void 0);
        const startedAt = now();
        const log = new ProcessLog(now);
        const { experiment, warnings } = await readExperiment(options2.experimentPath);
        recordDiscovery(log, experiment);
        let pool = await (0, workers.HK)((0, workers.qc)(experiment));
        let discovered;
        let readings;
        let prepared;
        let known;
        const charts = options2.charts ?? true;
        try {
          ({ discovered, readings } = await discoverAndRead(experiment, { sacct: options2.sacct, squeue: options2.squeue ?? { mode: "off" } }, progress2, { charts, pool }));
          pool = await keepForBootstraps(pool, readings);
          progress2("summarizing");
          const decided = decide(experiment, readings, discovered, now());
          recordLosses(log, experiment.dir, discovered.training, readings.training);
          recordAccuracies(log, experiment, readings.evaluated, decided.placed, readings.evalThreads);
          prepared = prepareSummary({
            experiment,
            training: decided.training,
            evalLogs: decided.evalLogs,
            activeEvalJobs: decided.activeEvalJobs,
            warnings: diagnosticsForDisplay(experiment.dir, [
              ...warnings,
              ...phaseDiagnostics(discovered, readings, decided)
            ]),
            generated: startedAt.toISOString(),
            ...readings.queue.asked === "off" ? {} : { queue: readings.queue.asked }
          });
          known = await bootstrapsBeforeClosing(pool, prepared, log);
        } finally {
          await pool?.close();
        }
        const summary = finishSummary(prepared, (0, stats.rW)(known));
        const notices = options2.baseline ? await applyBaseline(summary, options2.baseline) : [];
        attachLossCurves(summary, readings);
        recordOutcome(log, summary, startedAt, now());
        return {
          summary,
          experimentDir: experiment.dir,
          markdown: renderMarkdown(summary, {
            charts,
            ...options2.rerunCommand ? { rerunCommand: options2.rerunCommand } : {}
          }),
          json: (0, json.h)(summary),
          logBlock: renderLogBlock(log.events, { started: startedAt.toISOString() }),
          notices,
          charts
        };
      }
      function attachLossCurves(summary, readings) {
        const curves = new Map(readings.training.map((t) => [t.run, t.curve]));
        for (const row of summary.training) {
          const curve = curves.get(row.run);
          if (curve && curve.points.length > 0)
            row.loss_curve = { points: curve.points, divergedAt: curve.divergedAt };
        }
      }
      function decide(experiment, readings, discovered, now) {
        const sacctJobs = withQueuedJobs(readings.sacctJobs, readings.queue.jobs);
        const decidedTraining = decideTraining({
          experiment,
          training: discovered.training.map((found, index) => ({
            ...found,
            reading: readings.training[index]?.reading ?? null
          })),
          sacctJobs,
          evaluated: readings.evaluated,
          now,
          missingBase: discovered.missingBase
        });
        const queued = readings.queue.jobs ? matchQueuedJobs(readings.queue.jobs, experiment.runs.map((run) => {
          const location = trainingLocation(experiment, run.name);
          return { name: run.name, type: run.type, runDir: location.runDir, outputDir: location.outputDir };
        }), experiment.tasks.map((task) => task.name)) : [];
        const training = liveTraining(decidedTraining, {
          progress: new Map(readings.training.map((t) => [t.run, t.progress])),
          barDurations: new Map(readings.training.map((t) => [t.run, t.barDuration])),
          configuredEpochs: new Map(experiment.runs.map((run) => [run.name, run.epochs ?? experiment.trainingEpochs])),
          queued,
          queueKnown: readings.queue.jobs !== null
        });
        const placements = placeEvaluations({
          experiment,
          evaluated: readings.evaluated,
          evalJobs: discovered.evalJobs,
          sacctJobs
        });
        const known = new Set(discovered.evalJobs.map((job) => job.jobId).filter((id) => id !== null));
        placements.activeEvalJobs.push(...queuedEvalJobs(queued, known));
        return { training, ...placements };
      }
      function phaseDiagnostics(discovered, readings, decided) {
        return [
          ...discovered.training.flatMap((found, index) => [
            ...found.diagnostics,
            ...readings.training[index]?.diagnostics ?? []
          ]),
          ...discovered.trainingDiagnostics,
          ...discovered.evaluationDiagnostics,
          ...readings.sacctDiagnostics,
          ...readings.squeueDiagnostics,
          ...decided.diagnostics
        ];
      }
      ;
      async function summarizeExperiment(options2) {
        const report2 = await summarize(options2);
        const files = await writeSummaryFiles(report2.experimentDir, report2);
        return {
          summary: report2.summary,
          experimentDir: report2.experimentDir,
          markdown: report2.markdown,
          files,
          notices: report2.notices,
          charts: report2.charts
        };
      }
      const SUMMARY_MARKDOWN_FILE = "summary.md";
      const SUMMARY_JSON_FILE = "summary.json";
      const PROCESS_LOG_FILE = external_node_path_default().join("logs", "summarize-experiment.log");
      class SummaryWriteError extends Error {
        file;
        name = "SummaryWriteError";
        constructor(message2, file, options2) {
          super(message2, options2);
          this.file = file;
        }
      }
      async function writeSummaryFiles(experimentDir, texts, options2 = {}) {
        const dir = external_node_path_default().resolve(experimentDir);
        const files = {
          markdown: external_node_path_default().join(dir, SUMMARY_MARKDOWN_FILE),
          json: external_node_path_default().join(dir, SUMMARY_JSON_FILE),
          log: external_node_path_default().join(dir, PROCESS_LOG_FILE)
        };
        const maxLogBytes = options2.maxLogBytes ?? DEFAULT_LOG_MAX_BYTES;
        const isDirectory2 = await (0, promises_.stat)(dir).then((info) => info.isDirectory(), () => false);
        if (!isDirectory2)
          throw new SummaryWriteError(`Cannot write the summary: ${dir} is not a directory`, dir);
        const logDir = external_node_path_default().dirname(files.log);
        try {
          await (0, promises_.mkdir)(logDir, { recursive: true });
        } catch (error) {
          const detail = error.code === "EEXIST" ? "a file of that name is in the way" : reason(error);
          throw new SummaryWriteError(`Cannot create the folder ${logDir}: ${detail}`, logDir, { cause: error });
        }
        const logDirInfo = await (0, promises_.lstat)(logDir);
        if (logDirInfo.isSymbolicLink() || !logDirInfo.isDirectory()) {
          throw new SummaryWriteError(`Cannot write the process log: ${logDir} is a symbolic link, and nothing is written through one (replace it by a folder)`, logDir);
        }
        await withFileLock(`${files.log}.lock`, () => writeLocked(files, texts, maxLogBytes));
        return files;
      }
      async function writeLocked(files, texts, maxLogBytes) {
        const replacedLink = await (0, contained_path.wP)(files.log);
        const summaries = [
          [files.markdown, texts.markdown],
          [files.json, texts.json]
        ];
        if (!replacedLink && texts.logBlock === "")
          return commit(await writeTemps(summaries));
        if (replacedLink) {
          const block = `${texts.logBlock.replace(/\n*$/, "\n")}
Note: the previous ${PROCESS_LOG_FILE} was a symbolic link; it is replaced by this file and what it pointed to was not read
`;
          return commit(await writeTemps([...summaries, [files.log, appendRunBlock("", block, maxLogBytes)]]));
        }
        const [appended, temps] = await Promise.allSettled([
          appendToLog(files.log, texts.logBlock, maxLogBytes),
          writeTemps(summaries)
        ]);
        const undo = appended.status === "fulfilled" ? appended.value : null;
        if (appended.status === "rejected" || temps.status === "rejected") {
          if (temps.status === "fulfilled")
            await discard(temps.value);
          if (undo)
            await undo();
          throw appended.status === "rejected" ? appended.reason : temps.reason;
        }
        if (undo) {
          try {
            await commit(temps.value);
          } catch (error) {
            await undo();
            throw error;
          }
          return;
        }
        let log;
        let logTemp;
        try {
          const tail = await readLogTail(files.log, maxLogBytes);
          log = appendRunBlockBytes(tail.bytes, tail.cut, texts.logBlock, maxLogBytes) ?? appendRunBlock(logTailText(tail.bytes, tail.cut), texts.logBlock, maxLogBytes);
          logTemp = { target: files.log, temp: await writeTemp(files.log, log) };
        } catch (error) {
          await discard(temps.value);
          throw error;
        }
        await commit([...temps.value, logTemp]);
      }
      async function writeTemps(targets) {
        const written = await Promise.allSettled(targets.map(([target, text]) => writeTemp(target, text)));
        const failed2 = written.find((result) => result.status === "rejected");
        const pending = written.flatMap((result, i) => result.status === "fulfilled" ? [{ target: targets[i][0], temp: result.value }] : []);
        if (failed2) {
          await discard(pending);
          throw failed2.reason;
        }
        return pending;
      }
      async function commit(pending) {
        let done = 0;
        try {
          for (const next of pending) {
            try {
              await (0, promises_.rename)(next.temp, next.target);
            } catch (error) {
              throw new SummaryWriteError(`Cannot replace ${next.target}: ${reason(error)}`, next.target, {
                cause: error
              });
            }
            done++;
          }
        } finally {
          await discard(pending.slice(done));
        }
      }
      async function discard(pending) {
        await Promise.all(pending.map(({ temp }) => (0, promises_.rm)(temp, { force: true }).catch(() => void 0)));
      }
      async function writeTemp(target, text) {
        let temp = "";
        let handle;
        for (let attempt = 1; !handle; attempt++) {
          temp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
          try {
            handle = await (0, promises_.open)(temp, "wx", 420);
          } catch (error) {
            if (error.code === "EEXIST" && attempt < TEMP_ATTEMPTS)
              continue;
            throw new SummaryWriteError(`Cannot write ${target}: ${reason(error)}`, target, { cause: error });
          }
        }
        try {
          for (const piece of Array.isArray(text) ? text : [text]) {
            await handle.writeFile(piece, "utf8");
          }
          await handle.sync();
        } catch (error) {
          await handle.close().catch(() => void 0);
          await (0, promises_.rm)(temp, { force: true }).catch(() => void 0);
          throw new SummaryWriteError(`Cannot write ${target}: ${reason(error)}`, target, { cause: error });
        }
        await handle.close();
        return temp;
      }
      const TEMP_ATTEMPTS = 5;
      async function appendToLog(file, block, maxBytes) {
        const normalized = appendRunBlock("", block, maxBytes);
        let handle;
        try {
          handle = await (0, promises_.open)(file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_NOFOLLOW);
        } catch {
          return null;
        }
        try {
          const { size } = await handle.stat();
          const appended = `
${normalized}`;
          if (size < 2 || size + Buffer.byteLength(appended) > maxBytes)
            return null;
          const end = Buffer.alloc(2);
          await handle.read(end, 0, 2, size - 2);
          if (end[1] !== 10 || end[0] === 10)
            return null;
          try {
            await handle.write(appended);
            await handle.sync();
          } catch (error) {
            await handle.truncate(size).catch(() => void 0);
            throw new SummaryWriteError(`Cannot write ${file}: ${reason(error)}`, file, { cause: error });
          }
          return async () => {
            const again = await (0, promises_.open)(file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_NOFOLLOW);
            await again.truncate(size).finally(() => again.close());
          };
        } finally {
          await handle.close();
        }
      }
      async function readLogTail(file, maxBytes) {
        try {
          return await (0, file_tail.G)(file, maxBytes, { noFollow: true, ownFile: true });
        } catch (error) {
          const code = error.code;
          if (code === "ENOENT" || code === "ELOOP")
            return { bytes: Buffer.alloc(0), cut: false };
          throw new SummaryWriteError(`Cannot read ${file}: ${reason(error)}`, file, { cause: error });
        }
      }
      function reason(error) {
        const code = error?.code;
        const message2 = error instanceof Error ? error.message : String(error);
        const short = message2.replace(/^[A-Z]+: /, "").replace(/, \w+( '.*')?$/, "");
        return code && !short.startsWith(code) ? `${short} (${code})` : short;
      }
      ;
      const ACTIVE = /* @__PURE__ */ new Set(["RUNNING", "PENDING"]);
      function hasActiveWork(summary) {
        return summary.runs.some((run) => ACTIVE.has(run.finetune.status) || ACTIVE.has(run.evaluation.status));
      }
      function activityLines(summary) {
        return [
          `${summary.complete}/${summary.total} runs complete`,
          ...summary.runs.map((run) => `${run.name}: fine-tuning ${run.finetune.status}, evaluation ${run.evaluation.status}`)
        ];
      }
      ;
      const NEVER_ABORTED = new AbortController().signal;
      function aborted(signal) {
        let dispose = () => void 0;
        const promise = new Promise((resolve) => {
          if (signal.aborted)
            return resolve("aborted");
          const onAbort = () => resolve("aborted");
          signal.addEventListener("abort", onAbort, { once: true });
          dispose = () => signal.removeEventListener("abort", onAbort);
        });
        return { promise, dispose };
      }
      function message(error) {
        return error instanceof Error ? error.message : String(error);
      }
      function printChanges(previous, lines, print) {
        const current = new Set(lines);
        if (previous === null) {
          for (const line of current)
            print(line);
          return current;
        }
        for (const line of current)
          if (!previous.has(line))
            print(line);
        return current;
      }
      async function checkUnlessAborted(check, signal) {
        const stop = aborted(signal);
        try {
          return await Promise.race([
            check().then((summary) => ({ ok: true, summary }), (error) => ({ ok: false, error })),
            stop.promise
          ]);
        } finally {
          stop.dispose();
        }
      }
      async function watch(deps, options2) {
        const signal = options2.signal ?? NEVER_ABORTED;
        const startedMs = deps.clock();
        const note = {
          state: "watching",
          started: new Date(startedMs).toISOString(),
          checks: 0,
          interval_s: options2.intervalMs / 1e3
        };
        let last = null;
        let lines = null;
        const publish = async (summary, current) => {
          try {
            await deps.publish(summary, current);
          } catch (error) {
            deps.print(`could not publish the summary (${message(error)}); trying again at the next check`);
          }
        };
        for (; ; ) {
          const checked = signal.aborted ? "aborted" : await checkUnlessAborted(deps.check, signal);
          const nowMs = deps.clock();
          if (checked !== "aborted") {
            if (!checked.ok) {
              if (last === null)
                return { summary: null, note: { ...note, state: "stopped" }, error: checked.error };
              deps.print(`check failed (${message(checked.error)}); trying again at the next check`);
            } else {
              last = checked.summary;
              note.checks++;
              lines = printChanges(lines, deps.statusLines(last), deps.print);
            }
          }
          if (last === null)
            return { summary: null, note: { ...note, state: "stopped" } };
          const ending = !deps.active(last) ? "finished" : signal.aborted || checked === "aborted" ? "stopped" : options2.timeoutMs !== null && nowMs - startedMs >= options2.timeoutMs ? "timed-out" : null;
          if (ending !== null) {
            const final = {
              state: ending,
              started: note.started,
              checks: note.checks,
              interval_s: note.interval_s
            };
            await publish(last, final);
            if (ending === "timed-out")
              deps.print("the watch timed out with work still running");
            if (ending === "stopped")
              deps.print("the watch was stopped with work still running");
            return { summary: last, note: final };
          }
          const untilTimeout = options2.timeoutMs === null ? Infinity : startedMs + options2.timeoutMs - nowMs;
          const wait = Math.max(0, Math.min(options2.intervalMs, untilTimeout));
          await publish(last, { ...note, next: new Date(nowMs + wait).toISOString() });
          await deps.sleep(wait, signal);
        }
      }
      function abortableSleep(ms, signal) {
        return new Promise((resolve) => {
          if (signal.aborted)
            return resolve();
          const done = () => {
            clearTimeout(timer);
            signal.removeEventListener("abort", done);
            resolve();
          };
          const timer = setTimeout(done, ms);
          signal.addEventListener("abort", done, { once: true });
        });
      }
      ;
      function clockTime(ms) {
        return new Date(ms).toISOString().slice(11, 19);
      }
      async function watchExperiment(options2) {
        const clock = options2.clock ?? Date.now;
        const run = options2.summarizeFn ?? summarize;
        const summarizeOptions = { now: () => new Date(clock()), ...options2.summarize };
        let lastWritten = null;
        let logged = null;
        const outcome = await watch({
          check: () => run(summarizeOptions),
          publish: async (report2, note) => {
            const summary = { ...report2.summary, watch: note };
            const markdown = renderMarkdown(summary);
            const files = await writeSummaryFiles(report2.experimentDir, {
              markdown,
              json: (0, json.h)(summary),
              logBlock: logged === report2 ? "" : report2.logBlock
            });
            logged = report2;
            lastWritten = {
              summary,
              experimentDir: report2.experimentDir,
              markdown,
              files,
              notices: report2.notices
            };
            await options2.afterWrite?.(lastWritten, note);
          },
          active: (report2) => hasActiveWork(report2.summary),
          // A warning that appears (sacct down, a file read while written) is a change worth a line too.
          statusLines: (report2) => [
            ...activityLines(report2.summary),
            ...report2.summary.warnings.map((w) => `${w.level}: ${(0, format.xy)(w)}`)
          ],
          clock,
          sleep: options2.sleep ?? abortableSleep,
          print: (line) => options2.print(`[${clockTime(clock())}] ${line}`)
        }, {
          intervalMs: options2.intervalMs,
          timeoutMs: options2.timeoutMs,
          ...options2.signal ? { signal: options2.signal } : {}
        });
        return {
          result: lastWritten,
          note: outcome.note,
          ...outcome.error !== void 0 ? { error: outcome.error } : {}
        };
      }
      ;
      const PROGRESS_AFTER_MS = 750;
      async function summarizeCommand(args, io) {
        const options2 = parseOptions(args, io);
        if (typeof options2 === "number")
          return options2;
        const { sacct, squeue, quiet } = options2;
        const progress2 = new ProgressLine({
          enabled: !quiet && !options2.watch && io.stderrIsTTY,
          write: io.progressWrite ?? io.stderr,
          clock: io.clock ?? Date.now,
          afterMs: PROGRESS_AFTER_MS
        });
        const summarizeOptions = {
          experimentPath: options2.experimentPath,
          sacct,
          squeue,
          charts: options2.charts,
          progress: (phase, done, total) => progress2.update(phase, done, total),
          rerunCommand: io.command ?? invocation.IV,
          ...options2.baseline ? { baseline: options2.baseline } : {}
        };
        if (options2.watch)
          return watchCommand(options2.watch, summarizeOptions, options2.failOn, quiet, io);
        let result;
        try {
          result = await summarizeExperiment(summarizeOptions);
        } catch (error) {
          progress2.clear();
          io.stderr(`${invocation.IV}: ${error.message}
`);
          return 1;
        }
        progress2.clear();
        report(result, quiet, io);
        return failOnExit(result, options2.failOn, io);
      }
      function failOnExit(result, failOn, io) {
        const verdict2 = failOnVerdict(result.summary, failOn);
        if (verdict2 === null)
          return 0;
        io.stderr(`${invocation.IV}: ${verdict2}
`);
        return cli_usage.E;
      }
      async function watchCommand(timing, summarizeOptions, failOn, quiet, io) {
        const controller = new AbortController();
        let stoppedBy = null;
        const stop = (signal2) => () => {
          stoppedBy = signal2;
          controller.abort();
        };
        const signal = io.signal ?? controller.signal;
        const onTerm = stop("SIGTERM");
        const onInt = stop("SIGINT");
        if (!io.signal) {
          process.once("SIGTERM", onTerm);
          process.once("SIGINT", onInt);
        }
        try {
          const live = await watchExperiment({
            summarize: summarizeOptions,
            ...timing,
            signal,
            ...io.clock ? { clock: io.clock } : {},
            ...io.sleep ? { sleep: io.sleep } : {},
            print: (line) => {
              if (!quiet)
                io.stdout(`${line}
`);
            }
          });
          if (!live.result) {
            const message2 = live.error instanceof Error ? live.error.message : String(live.error ?? "stopped");
            io.stderr(`summarize-experiment: ${message2}
`);
            return 1;
          }
          report(live.result, quiet, io);
          if (live.note.state !== "stopped")
            return failOnExit(live.result, failOn, io);
          return stoppedBy === "SIGINT" ? 130 : 143;
        } finally {
          process.removeListener("SIGTERM", onTerm);
          process.removeListener("SIGINT", onInt);
        }
      }
      const SUMMARIZE_OPTIONS = {
        "no-sacct": { type: "boolean" },
        sacct: { type: "string" },
        "no-squeue": { type: "boolean" },
        squeue: { type: "string" },
        watch: { type: "boolean" },
        interval: { type: "string" },
        timeout: { type: "string" },
        "no-charts": { type: "boolean" },
        "fail-on": { type: "string" },
        baseline: { type: "string" },
        margin: { type: "string" },
        quiet: { type: "boolean", short: "q" }
      };
      function parseOptions(args, io) {
        const usage = (0, cli_usage.v)(io.command);
        const parsed = (0, options.D)(invocation.IV, usage, args, SUMMARIZE_OPTIONS, io);
        if (typeof parsed === "number")
          return parsed;
        const values = parsed.values;
        const { positionals } = parsed;
        const fail = (problem) => (0, options.W)(invocation.IV, problem, usage, io);
        if (positionals.length > 1)
          return fail(`one experiment at a time, got ${positionals.length} paths`);
        const failOn = values["fail-on"] ?? "never";
        if (typeof failOn !== "string" || !failOnValues.includes(failOn))
          return fail(`--fail-on must be one of ${failOnValues.join(", ")}, not ${JSON.stringify(failOn)}`);
        const sacct = commandSetting("sacct", values["no-sacct"], values["sacct"], io);
        if (typeof sacct === "number")
          return sacct;
        const squeue = commandSetting("squeue", values["no-squeue"], values["squeue"], io);
        if (typeof squeue === "number")
          return squeue;
        const watch2 = watchTiming(values, io);
        if (typeof watch2 === "number")
          return watch2;
        const baseline = baselineOption(values["baseline"], values["margin"], fail);
        if (typeof baseline === "number")
          return baseline;
        return {
          experimentPath: positionals[0] ?? ".",
          sacct,
          squeue,
          watch: watch2,
          quiet: values["quiet"] === true,
          charts: values["no-charts"] !== true,
          failOn,
          baseline
        };
      }
      function baselineOption(given, marginText, fail) {
        if (given === "")
          return fail("--baseline needs the path of a summary.json or of its directory");
        const margin = marginText === void 0 ? 0 : Number(marginText);
        if (marginText !== void 0 && (marginText.trim() === "" || !(margin >= 0 && margin < 1))) {
          return fail(`--margin must be a number from 0 up to 1 (got '${marginText}')`);
        }
        if (marginText !== void 0 && given === void 0) {
          return fail("--margin applies to a comparison: give --baseline PATH too");
        }
        return given === void 0 ? null : { load: baselineFromPath(given), margin };
      }
      function commandSetting(command, off, path, io) {
        if (off && path !== void 0) {
          io.stderr(`summarize-experiment: --no-${command} and --${command} PATH contradict each other
`);
          return 2;
        }
        if (path === "") {
          io.stderr(`summarize-experiment: --${command} needs the path of the ${command} executable
`);
          return 2;
        }
        return off ? { mode: "off" } : path !== void 0 ? { mode: "path", path } : { mode: "auto" };
      }
      function watchTiming(values, io) {
        if (!values.watch) {
          if (values.interval !== void 0 || values.timeout !== void 0) {
            io.stderr(`summarize-experiment: --interval and --timeout go with --watch
`);
            return 2;
          }
          return null;
        }
        const interval = parseDuration(values.interval ?? "5m");
        const timeout = values.timeout === void 0 ? null : parseDuration(values.timeout);
        for (const [name, value] of [
          ["--interval", interval],
          ["--timeout", timeout]
        ]) {
          if (value instanceof Error) {
            io.stderr(`summarize-experiment: ${name}: ${value.message}
`);
            return 2;
          }
        }
        if (interval <= 0) {
          io.stderr(`summarize-experiment: --interval must be more than 0 seconds
`);
          return 2;
        }
        return {
          intervalMs: interval * 1e3,
          timeoutMs: timeout === null ? null : timeout * 1e3
        };
      }
      function report(result, quiet, io) {
        const { summary, files } = result;
        for (const warning of summary.warnings) {
          if (!quiet || warning.level === "error")
            io.stderr(`${warning.level}: ${(0, format.xy)(warning)}
`);
        }
        if (quiet)
          return;
        for (const notice of result.notices ?? [])
          io.stderr(`notice: ${notice}
`);
        const lines = [`${summary.experiment.name}: ${summary.complete}/${summary.total} runs complete`];
        for (const best of summary.best) {
          const epoch = best.epoch === null ? "" : ` (epoch ${best.epoch})`;
          const metric = best.metric === "balanced_accuracy" ? "balanced accuracy" : "accuracy";
          lines.push(`  best on ${best.task}: ${best.run}${epoch}, ${metric} ${(0, format.gI)(best.value)}`);
        }
        for (const row of summary.incomplete)
          lines.push(`  incomplete: ${row.run} ${row.stage} ${row.status}`);
        if (summary.baseline) {
          const { regressions, improvements, compared } = summary.baseline;
          lines.push(`  since the baseline: ${regressions} regressed, ${improvements} improved of ${compared} rows compared`);
        }
        lines.push(`wrote ${files.markdown}`, `      ${files.json}`, `      ${files.log}`);
        io.stdout(lines.join("\n") + "\n");
      }
    })
  ),
  /***/
  1446: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        J: () => (
          /* binding */
          textTableLines
        )
        /* harmony export */
      });
      function textTableLines(header, rows) {
        const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
        const line = (cells) => cells.map((cell, column) => column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
        return [line(header), ...rows.map(line)];
      }
    })
  ),
  /***/
  7485: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        E: () => (
          /* binding */
          FAIL_ON_EXIT
        ),
        /* harmony export */
        v: () => (
          /* binding */
          summarizeUsage
        )
        /* harmony export */
      });
      var _invocation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(5230);
      const FAIL_ON_EXIT = 3;
      const summarizeUsage = (command = _invocation_js__WEBPACK_IMPORTED_MODULE_0__.IV) => {
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
    })
  ),
  /***/
  6393: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        e: () => (
          /* binding */
          summarizeReadLog
        ),
        /* harmony export */
        o: () => (
          /* binding */
          unreadableSummary
        )
        /* harmony export */
      });
      var _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(8859);
      var _sample_scores_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(9491);
      function summarizeReadLog(log, preferredScorer) {
        if (log.status === "unreadable")
          return unreadableSummary(log.path, log.error);
        return summarizeLog(log, preferredScorer ?? null);
      }
      function summarizeLog(log, preferred) {
        const warnings = [...log.warnings];
        const scores = log.results?.scores ?? [];
        const primary = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.mK)(scores, preferred);
        if (preferred && primary && primary.name !== preferred && primary.scorer !== preferred) {
          warnings.push(`scorer "${preferred}" is not in the log; reporting "${primary.name}"`);
        }
        const summaries = log.summaries ?? [];
        const candidates = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.nE)(log);
        const epoch = candidates[0]?.epoch ?? null;
        const source = candidates[0]?.source ?? null;
        const modelPath = log.modelArgs["model_path"];
        const binaryTargets = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.Gs)(summaries);
        const binary = binaryTargets ? binaryOf(log, primary, preferred, warnings) : null;
        return {
          status: log.status,
          path: log.path,
          task: log.task,
          model: log.model,
          scorer: primary?.name ?? null,
          accuracy: (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.Es)(primary?.metrics["accuracy"]),
          stderr: (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.Es)(primary?.metrics["stderr"]),
          samples: log.results?.completedSamples ?? (log.summaries && log.summariesSource !== "none" ? log.summaries.length : null),
          metrics: primary ? nullForNaN(primary.metrics) : {},
          epoch,
          binary,
          error: log.error,
          warnings,
          epoch_source: source,
          epoch_candidates: candidates,
          task_display_name: log.taskDisplayName,
          model_path: typeof modelPath === "string" ? modelPath : null,
          eval_metadata: log.evalMetadata,
          created: log.created,
          started_at: log.stats.startedAt,
          completed_at: log.stats.completedAt,
          inspect_version: log.inspectVersion,
          config_updates: log.configUpdates,
          total_samples: log.results?.totalSamples ?? null,
          planned_samples: log.plannedSamples,
          sample_scores: perSampleScores(log, primary, preferred, binaryTargets),
          scores: scores.map((score) => ({
            name: score.name,
            scorer: score.scorer,
            reducer: score.reducer,
            metrics: nullForNaN(score.metrics)
          }))
        };
      }
      function perSampleScores(log, primary, preferred, binaryTargets) {
        const key = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.CE)(log, primary, preferred);
        const name = primary?.name;
        return (0, _sample_scores_js__WEBPACK_IMPORTED_MODULE_0__.KC)(log.summaries ?? [], {
          scorerKey: key,
          ...name === void 0 ? {} : { scoreName: name },
          reducer: primary?.reducer ?? null,
          ...binaryTargets ? {
            classOf: (summary) => {
              const target = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.b1)(summary.target) === "1" ? 1 : 0;
              return {
                target,
                outcome: (0, _sample_scores_js__WEBPACK_IMPORTED_MODULE_0__.sG)(target, (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.wj)(summary, (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.j8)(summary, key, name)))
              };
            }
          } : {}
        });
      }
      function binaryOf(log, primary, preferred, warnings) {
        const key = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.CE)(log, primary, preferred);
        let unreadable = 0;
        let firstUnreadable = "";
        let unscored = 0;
        let withoutScore = 0;
        const pairs = [];
        for (const summary of log.summaries ?? []) {
          const score = (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.j8)(summary, key, primary?.name);
          if (summary.error != null && score === void 0)
            withoutScore++;
          else if (Number.isNaN(score?.value))
            unscored++;
          else {
            if (summary.completionError !== void 0 && unreadable++ === 0)
              firstUnreadable = summary.completionError;
            pairs.push({
              target: (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.b1)(summary.target),
              prediction: (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.wj)(summary, score)
            });
          }
        }
        if (unreadable > 0) {
          warnings.push(`${unreadable} sample(s) without an answer could not be read; counted as "other" (${firstUnreadable})`);
        }
        if (withoutScore > 0)
          warnings.push(`${withoutScore} sample(s) without a score (errored) left out of the binary metrics`);
        if (unscored > 0)
          warnings.push(`${unscored} unscored sample(s) (NaN score) left out of the binary metrics`);
        return (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.Ns)(pairs);
      }
      function unreadableSummary(path, error) {
        return {
          status: "unreadable",
          path,
          task: null,
          model: null,
          scorer: null,
          accuracy: null,
          stderr: null,
          samples: null,
          metrics: {},
          epoch: null,
          binary: null,
          error,
          warnings: [],
          epoch_source: null,
          epoch_candidates: [],
          task_display_name: null,
          model_path: null,
          eval_metadata: {},
          created: null,
          started_at: null,
          completed_at: null,
          inspect_version: null,
          config_updates: [],
          total_samples: null,
          planned_samples: null,
          scores: []
        };
      }
      function nullForNaN(metrics) {
        return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, (0, _eval_metrics_js__WEBPACK_IMPORTED_MODULE_1__.Es)(value)]));
      }
    })
  ),
  /***/
  8859: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        CE: () => (
          /* binding */
          primaryScorerKey
        ),
        /* harmony export */
        Es: () => (
          /* binding */
          finiteOrNull
        ),
        /* harmony export */
        Gs: () => (
          /* binding */
          hasBinaryTargets
        ),
        /* harmony export */
        Ns: () => (
          /* binding */
          binaryMetrics
        ),
        /* harmony export */
        b1: () => (
          /* binding */
          binaryTarget
        ),
        /* harmony export */
        j8: () => (
          /* binding */
          sampleScore
        ),
        /* harmony export */
        mK: () => (
          /* binding */
          choosePrimaryScore
        ),
        /* harmony export */
        nE: () => (
          /* binding */
          headerEpochCandidates
        ),
        /* harmony export */
        wj: () => (
          /* binding */
          prediction
        )
        /* harmony export */
      });
      function choosePrimaryScore(scores, preferred) {
        if (preferred) {
          const chosen = scores.find((score) => score.name === preferred) ?? scores.find((score) => score.scorer === preferred);
          if (chosen)
            return chosen;
        }
        return scores.find((score) => "accuracy" in score.metrics) ?? scores[0] ?? null;
      }
      function primaryScorerKey(log, primary, preferred) {
        return primary?.scorer ?? preferred ?? log.specScorers[0] ?? null;
      }
      function sampleScore(summary, scorerKey, scoreName) {
        if (scorerKey !== null) {
          const found = summary.scores[scorerKey] ?? (scoreName === void 0 ? void 0 : summary.scores[scoreName]);
          if (found)
            return found;
          return onlyScore(summary.scores);
        }
        for (const key in summary.scores)
          return summary.scores[key];
        return void 0;
      }
      function onlyScore(scores) {
        let only;
        let count = 0;
        for (const key in scores) {
          if (++count > 1)
            return void 0;
          only = scores[key];
        }
        return only;
      }
      function binaryTarget(target) {
        const single = Array.isArray(target) ? target.length === 1 ? target[0] : void 0 : target;
        if (single === 0 || single === 1)
          return single === 1 ? "1" : "0";
        if (typeof single === "string") {
          const trimmed = single.trim();
          if (trimmed === "0" || trimmed === "1")
            return trimmed;
        }
        return null;
      }
      function hasBinaryTargets(summaries) {
        return summaries.length > 0 && summaries.every((summary) => binaryTarget(summary.target) !== null);
      }
      function prediction(summary, score) {
        if (score?.answer != null)
          return score.answer.trim();
        if (typeof summary.completion === "string")
          return summary.completion.trim();
        return null;
      }
      const ratio = (numerator, denominator) => denominator === 0 ? 0 : numerator / denominator;
      function binaryMetrics(pairs) {
        const matrix = { tp: 0, tn: 0, fp: 0, fn: 0, other: 0 };
        for (const { target, prediction: prediction2 } of pairs) {
          if (prediction2 !== "0" && prediction2 !== "1")
            matrix.other++;
          else if (target === "1") {
            if (prediction2 === "1")
              matrix.tp++;
            else
              matrix.fn++;
          } else if (prediction2 === "0")
            matrix.tn++;
          else
            matrix.fp++;
        }
        const precision1 = ratio(matrix.tp, matrix.tp + matrix.fp);
        const recall1 = ratio(matrix.tp, matrix.tp + matrix.fn);
        const recall0 = ratio(matrix.tn, matrix.tn + matrix.fp);
        return {
          accuracy: ratio(matrix.tp + matrix.tn, pairs.length),
          balanced_accuracy: (recall0 + recall1) / 2,
          f1: ratio(2 * precision1 * recall1, precision1 + recall1),
          precision_1: precision1,
          recall_1: recall1,
          recall_0: recall0,
          confusion_matrix: matrix,
          samples: pairs.length
        };
      }
      function headerEpochCandidates(log) {
        const candidates = [];
        const fromMetadata = log.evalMetadata["epoch"];
        if (typeof fromMetadata === "number" && Number.isInteger(fromMetadata) && fromMetadata >= 0) {
          candidates.push({ epoch: fromMetadata, source: "eval.metadata.epoch" });
        } else if (typeof fromMetadata === "string" && /^\d+$/.test(fromMetadata.trim())) {
          candidates.push({ epoch: Number(fromMetadata.trim()), source: "eval.metadata.epoch" });
        }
        const modelPath = log.modelArgs["model_path"];
        const pathMatch = typeof modelPath === "string" ? /(?:^|[/_-])epoch_(\d+)\/*$/.exec(modelPath) : null;
        if (pathMatch)
          candidates.push({ epoch: Number(pathMatch[1]), source: "model_args.model_path" });
        const modelMatch = /_epoch_(\d+)$/.exec(log.model);
        if (modelMatch)
          candidates.push({ epoch: Number(modelMatch[1]), source: "model" });
        return candidates;
      }
      function finiteOrNull(value) {
        return value === void 0 || !Number.isFinite(value) ? null : value;
      }
    })
  ),
  /***/
  9491: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        DK: () => (
          /* binding */
          countedClasses
        ),
        /* harmony export */
        KC: () => (
          /* binding */
          sampleScoresFromSummaries
        ),
        /* harmony export */
        WU: () => (
          /* binding */
          countedSamples
        ),
        /* harmony export */
        gM: () => (
          /* binding */
          pairScores
        ),
        /* harmony export */
        sG: () => (
          /* binding */
          outcomeOf
        ),
        /* harmony export */
        tL: () => (
          /* binding */
          pairClasses
        )
        /* harmony export */
      });
      var _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(9504);
      const NOT_COUNTED = 255;
      function valueToFloat(value) {
        if (typeof value === "number")
          return value;
        if (typeof value === "boolean")
          return value ? 1 : 0;
        if (typeof value === "string") {
          if (value === "C")
            return 1;
          if (value === "P")
            return 0.5;
          if (value === "I" || value === "N")
            return 0;
          const lower = value.toLowerCase();
          if (lower === "yes" || lower === "true")
            return 1;
          if (lower === "no" || lower === "false")
            return 0;
          const number = Number(lower);
          if (lower.trim() !== "" && Number.isFinite(number))
            return number;
        }
        return 0;
      }
      function scalar(value, key) {
        if (value !== null && typeof value === "object" && !Array.isArray(value) && key !== void 0) {
          const leaf = value[key];
          return leaf === void 0 ? 0 : valueToFloat(leaf);
        }
        return valueToFloat(value);
      }
      const median = (values) => {
        const sorted = [...values].sort((x, y) => x - y);
        const middle = sorted.length >> 1;
        return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      };
      const mode = (values) => {
        const counts = /* @__PURE__ */ new Map();
        for (const value of values)
          counts.set(value, (counts.get(value) ?? 0) + 1);
        let best = values[0];
        for (const [value, count] of counts)
          if (count > counts.get(best))
            best = value;
        return best;
      };
      function passAt(k, values) {
        const total = values.length;
        const correct = values.filter((value) => value >= 1).length;
        if (total < k)
          return NaN;
        if (total - correct < k)
          return 1;
        let product = 1;
        for (let i = total - correct + 1; i <= total; i++)
          product *= 1 - k / i;
        return 1 - product;
      }
      function reducerFor(name) {
        const reducer = name ?? "mean";
        if (reducer === "mean")
          return (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
        if (reducer === "median")
          return median;
        if (reducer === "mode")
          return mode;
        if (reducer === "max")
          return (values) => Math.max(...values);
        const pass = /^pass_at_(\d+)$/.exec(reducer);
        if (pass)
          return (values) => passAt(Number(pass[1]), values);
        const atLeast = /^at_least_(\d+)$/.exec(reducer);
        if (atLeast)
          return (values) => values.filter((value) => value >= 1).length >= Number(atLeast[1]) ? 1 : 0;
        return null;
      }
      const INTERNED = /* @__PURE__ */ new Map();
      function intern(raw) {
        const known = INTERNED.get(raw);
        if (known !== void 0)
          return known;
        if (INTERNED.size >= 2e5)
          INTERNED.clear();
        const id = String(raw);
        INTERNED.set(raw, id);
        return id;
      }
      let lastIds = [];
      let lastSorted = { order: [], ids: [] };
      function sortedOrder(idOf) {
        if (idOf.length === lastIds.length && idOf.every((id, i) => id === lastIds[i]))
          return lastSorted;
        const order = Array.from(idOf.keys()).sort(byIdOf(idOf));
        lastIds = idOf;
        lastSorted = { order, ids: order.map((index) => idOf[index]) };
        return lastSorted;
      }
      function sampleScoresFromSummaries(summaries, options) {
        const reduce = reducerFor(options.reducer ?? null);
        if (reduce === null)
          return null;
        const n = summaries.length;
        const idOf = new Array(n);
        const valueOf = new Float64Array(n);
        let anyScore = false;
        for (let i = 0; i < n; i++) {
          const summary = summaries[i];
          idOf[i] = intern(summary.id);
          const score = pickScore(summary, options);
          if (score !== void 0)
            anyScore = true;
          valueOf[i] = score === void 0 ? NaN : scalar(score, options.scoreName);
        }
        if (!anyScore)
          return null;
        const reducer = options.reducer ?? "mean";
        const sorted = sortedOrder(idOf);
        const { order } = sorted;
        let repeated = false;
        for (let k = 1; k < order.length && !repeated; k++)
          repeated = idOf[order[k]] === idOf[order[k - 1]];
        const result = repeated ? reduceEpochs(idOf, valueOf, reduce, reducer) : singleEpoch(sorted, valueOf, reduce, reducer);
        if (result.epochs === 1 && options.classOf) {
          const classes = classesOf(result.first.map((index) => summaries[index]), result.scores.scores, options.classOf);
          if (classes)
            result.scores.classes = classes;
        }
        return result.scores;
      }
      const byIdOf = (idOf) => (x, y) => idOf[x] < idOf[y] ? -1 : idOf[x] > idOf[y] ? 1 : 0;
      function singleEpoch({ order, ids }, valueOf, reduce, reducer) {
        const scores = new Float64Array(order.length);
        let binary = true;
        for (let k = 0; k < order.length; k++) {
          const raw = valueOf[order[k]];
          const value = Number.isNaN(raw) || reducer === "mean" ? raw : reduce([raw]);
          scores[k] = value;
          if (!Number.isNaN(value) && value !== 0 && value !== 1)
            binary = false;
        }
        return { scores: { ids, scores, binary, epochs: 1, reducer }, epochs: 1, first: order };
      }
      function reduceEpochs(idOf, valueOf, reduce, reducer) {
        const groups = groupIndices(idOf).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        const scores = new Float64Array(groups.length);
        let binary = true;
        let epochs = 0;
        groups.forEach(({ indices }, index) => {
          epochs = Math.max(epochs, indices.length);
          const values = indices.map((i) => valueOf[i]).filter((value2) => !Number.isNaN(value2));
          const value = values.length === 0 ? NaN : reduce(values);
          scores[index] = value;
          if (!Number.isNaN(value) && value !== 0 && value !== 1)
            binary = false;
        });
        const ids = groups.map((group) => group.id);
        return {
          scores: { ids, scores, binary, epochs, reducer },
          epochs,
          first: groups.map((group) => group.indices[0])
        };
      }
      function groupIndices(ids) {
        const byId = /* @__PURE__ */ new Map();
        ids.forEach((id, index) => {
          const list = byId.get(id);
          if (list)
            list.push(index);
          else
            byId.set(id, [index]);
        });
        return [...byId].map(([id, indices]) => ({ id, indices }));
      }
      function pickScore(summary, options) {
        const key = options.scorerKey;
        const found = (key !== null ? summary.scores[key] : void 0) ?? (options.scoreName !== void 0 ? summary.scores[options.scoreName] : void 0);
        if (found)
          return found.value;
        const entries = Object.values(summary.scores);
        return entries.length === 1 ? entries[0].value : void 0;
      }
      function classesOf(summaries, scores, classOf) {
        const target = new Uint8Array(summaries.length);
        const outcome = new Uint8Array(summaries.length);
        for (let i = 0; i < summaries.length; i++) {
          const known = classOf(summaries[i]);
          if (known === null)
            return null;
          target[i] = Number.isNaN(scores[i]) ? NOT_COUNTED : known.target;
          outcome[i] = known.outcome;
        }
        return { target, outcome };
      }
      function outcomeOf(target, prediction) {
        if (prediction !== "0" && prediction !== "1")
          return _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__.Zs;
        return Number(prediction) === target ? _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__.Xt : _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__.IO;
      }
      function pairScores(x, y) {
        const a = [];
        const b = [];
        let shared = 0;
        joinIds(x.ids, y.ids, (i, j) => {
          shared++;
          const left = x.scores[i];
          const right = y.scores[j];
          if (!Number.isNaN(left) && !Number.isNaN(right)) {
            a.push(left);
            b.push(right);
          }
        });
        return { a: Float64Array.from(a), b: Float64Array.from(b), shared };
      }
      function pairClasses(x, y) {
        const known = pairedMemo.get(x)?.get(y);
        if (known !== void 0)
          return known;
        const paired = joinClasses(x, y);
        const byY = pairedMemo.get(x) ?? /* @__PURE__ */ new WeakMap();
        pairedMemo.set(x, byY.set(y, paired));
        return paired;
      }
      const pairedMemo = /* @__PURE__ */ new WeakMap();
      const countedMemo = /* @__PURE__ */ new WeakMap();
      function joinClasses(x, y) {
        if (!x.classes || !y.classes)
          return null;
        const xc = x.classes;
        const yc = y.classes;
        const target = [];
        const a = [];
        const b = [];
        joinIds(x.ids, y.ids, (i, j) => {
          const t = xc.target[i];
          if (t === NOT_COUNTED || t !== yc.target[j])
            return;
          target.push(t);
          a.push(xc.outcome[i]);
          b.push(yc.outcome[j]);
        });
        return { target: Uint8Array.from(target), a: Uint8Array.from(a), b: Uint8Array.from(b) };
      }
      function countedSamples(x) {
        if (!x.classes)
          return 0;
        let counted = 0;
        for (const target of x.classes.target)
          if (target !== NOT_COUNTED)
            counted++;
        return counted;
      }
      function countedClasses(x) {
        let counted = countedMemo.get(x);
        if (counted === void 0) {
          counted = countClasses(x);
          countedMemo.set(x, counted);
        }
        return counted;
      }
      function countClasses(x) {
        if (!x.classes)
          return null;
        const all = x.classes;
        const counted = countedSamples(x);
        if (counted === all.target.length)
          return { target: all.target, outcome: all.outcome };
        const target = new Uint8Array(counted);
        const outcome = new Uint8Array(target.length);
        for (let i = 0, k = 0; i < all.target.length; i++) {
          if (all.target[i] === NOT_COUNTED)
            continue;
          target[k] = all.target[i];
          outcome[k++] = all.outcome[i];
        }
        return { target, outcome };
      }
      function joinIds(x, y, visit) {
        let i = 0;
        let j = 0;
        while (i < x.length && j < y.length) {
          const left = x[i];
          const right = y[j];
          if (left === right)
            visit(i++, j++);
          else if (left < right)
            i++;
          else
            j++;
        }
      }
    })
  ),
  /***/
  9504: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        MV: () => (
          /* binding */
          COMPUTED_BOOTSTRAPS
        ),
        Xt: () => (
          /* binding */
          CORRECT
        ),
        Zs: () => (
          /* binding */
          OTHER
        ),
        IO: () => (
          /* binding */
          WRONG
        ),
        Ou: () => (
          /* binding */
          bootstrapKey
        ),
        KI: () => (
          /* binding */
          computeBootstrap
        ),
        rW: () => (
          /* binding */
          knownBootstraps
        ),
        lv: () => (
          /* binding */
          planningBootstraps
        )
      });
      ;
      function lnFactorials(n) {
        const table = new Float64Array(n + 1);
        for (let k = 2; k <= n; k++)
          table[k] = table[k - 1] + Math.log(k);
        return table;
      }
      function reciprocals(n) {
        const table = new Float64Array(n + 1);
        for (let k = 1; k <= n; k++)
          table[k] = 1 / k;
        return table;
      }
      function binomialTables(n, p, lnFact = lnFactorials(n), reciprocal = reciprocals(n + 1)) {
        return {
          lnP: Math.log(p),
          lnQ: Math.log1p(-p),
          lnFact,
          reciprocal,
          modeMass: new Float64Array(n + 1).fill(Number.NaN),
          modeCdf: new Float64Array(n + 1)
        };
      }
      function atMode(n, mode, inverseRatio, tables) {
        const { lnFact, lnP, lnQ, reciprocal } = tables;
        const mass = Math.exp(lnFact[n] - lnFact[mode] - lnFact[n - mode] + mode * lnP + (n - mode) * lnQ);
        let cdf = mass;
        for (let k = mode, pk = mass; k > 0 && pk > cdf * 1e-17; k--) {
          pk = pk * k * reciprocal[n - k + 1] * inverseRatio;
          cdf += pk;
        }
        tables.modeMass[n] = mass;
        tables.modeCdf[n] = Math.min(1, cdf);
        return mass;
      }
      function binomialByInversion(n, p, tables, u) {
        const mode = Math.min(n, Math.floor((n + 1) * p));
        const ratio = p / (1 - p);
        const inverseRatio = (1 - p) / p;
        let pk = tables.modeMass[n];
        if (Number.isNaN(pk))
          pk = atMode(n, mode, inverseRatio, tables);
        let cdf = tables.modeCdf[n];
        const { reciprocal } = tables;
        let k = mode;
        if (u < cdf) {
          while (k > 0) {
            const below = cdf - pk;
            if (u >= below)
              return k;
            pk = pk * k * reciprocal[n - k + 1] * inverseRatio;
            cdf = below;
            k--;
          }
          return 0;
        }
        while (k < n) {
          pk = pk * (n - k) * reciprocal[k + 1] * ratio;
          k++;
          cdf += pk;
          if (u < cdf)
            return k;
        }
        return n;
      }
      class MultinomialSampler {
        n;
        /** The used categories, smallest first: the largest, last, takes what is left without a draw. */
        categories;
        /** Per used category: its probability given the categories before it were drawn. */
        p;
        tables;
        constructor(observed) {
          const used = [];
          let n = 0;
          for (let k = 0; k < observed.length; k++) {
            if (observed[k] > 0) {
              used.push(k);
              n += observed[k];
            }
          }
          used.sort((x, y) => observed[x] - observed[y] || x - y);
          this.n = n;
          this.categories = Int32Array.from(used);
          this.p = new Float64Array(used.length);
          let weightLeft = n;
          used.forEach((category, i) => {
            this.p[i] = observed[category] / weightLeft;
            weightLeft -= observed[category];
          });
          const lnFact = lnFactorials(n);
          const reciprocal = reciprocals(n + 1);
          this.tables = used.map((_, i) => binomialTables(n, this.p[i], lnFact, reciprocal));
        }
        /** Fills `counts` (zeroed first) with one draw; `uniform` gives floats in [0, 1). */
        draw(counts, uniform) {
          counts.fill(0);
          let left = this.n;
          const last = this.categories.length - 1;
          for (let i = 0; i < last && left > 0; i++) {
            const drawn = binomialByInversion(left, this.p[i], this.tables[i], uniform());
            counts[this.categories[i]] = drawn;
            left -= drawn;
          }
          if (last >= 0)
            counts[this.categories[last]] += left;
        }
      }
      ;
      function mulberry32(seed) {
        let state = seed >>> 0;
        return () => {
          state = state + 1831565813 >>> 0;
          let t = state;
          t = Math.imul(t ^ t >>> 15, t | 1);
          t ^= t + Math.imul(t ^ t >>> 7, t | 61);
          return ((t ^ t >>> 14) >>> 0) / 4294967296;
        };
      }
      ;
      const WRONG = 0;
      const CORRECT = 1;
      const OTHER = 2;
      const DEFAULT_SEED = 20241100;
      const DEFAULT_RESAMPLES = 2e3;
      function balancedAccuracy(w0, c0, w1, c1) {
        const recall0 = c0 + w0 === 0 ? 0 : c0 / (c0 + w0);
        const recall1 = c1 + w1 === 0 ? 0 : c1 / (c1 + w1);
        return (recall0 + recall1) / 2;
      }
      function modelBalancedAccuracy(c, model) {
        if (model === "a") {
          return balancedAccuracy(c[0] + c[1] + c[2], c[3] + c[4] + c[5], c[9] + c[10] + c[11], c[12] + c[13] + c[14]);
        }
        return balancedAccuracy(c[0] + c[3] + c[6], c[1] + c[4] + c[7], c[9] + c[12] + c[15], c[10] + c[13] + c[16]);
      }
      function checkLengths(target, outcomes) {
        for (const outcome of outcomes) {
          if (outcome.length !== target.length) {
            throw new Error(`bootstrap inputs differ in length (${outcome.length} vs ${target.length})`);
          }
        }
      }
      function checkInputs(target, outcomes) {
        for (let i = 0; i < target.length; i++) {
          if (target[i] > 1)
            throw new Error(`target ${target[i]} at ${i} is not 0 or 1`);
          for (const outcome of outcomes) {
            if (outcome[i] > OTHER)
              throw new Error(`outcome ${outcome[i]} at ${i} is not 0, 1 or 2`);
          }
        }
      }
      function quantile(values, q) {
        if (values.length === 0)
          return NaN;
        const position = (values.length - 1) * q;
        const below = Math.floor(position);
        const low = bootstrap_select(values, below);
        if (position === below)
          return low;
        let next = Infinity;
        for (let i = below + 1; i < values.length; i++)
          if (values[i] < next)
            next = values[i];
        return low + (next - low) * (position - below);
      }
      function bootstrap_select(values, k) {
        let lo = 0;
        let hi = values.length - 1;
        while (lo < hi) {
          const pivot = values[k];
          let i = lo;
          let j = hi;
          do {
            while (values[i] < pivot)
              i++;
            while (pivot < values[j])
              j--;
            if (i <= j) {
              const swap = values[i];
              values[i] = values[j];
              values[j] = swap;
              i++;
              j--;
            }
          } while (i <= j);
          if (j < k)
            lo = i;
          if (k < i)
            hi = j;
        }
        return values[k];
      }
      function replicate(observed, seed, resamples, kind) {
        let n = 0;
        for (const count of observed)
          n += count;
        let class0 = 0;
        for (let k = 0; k < 9; k++)
          class0 += observed[k];
        const has0 = class0 > 0;
        const has1 = class0 < n;
        const sampler = new MultinomialSampler(observed);
        const uniform = mulberry32(seed);
        const counts = new Uint32Array(18);
        const values = Array.from({ length: kind === "paired" ? 3 : 1 }, () => new Float64Array(resamples));
        let kept = 0;
        for (let r = 0; r < resamples; r++) {
          sampler.draw(counts, uniform);
          let drawn0 = 0;
          for (let k = 0; k < 9; k++)
            drawn0 += counts[k];
          if (has0 && drawn0 === 0 || has1 && drawn0 === n)
            continue;
          const a = modelBalancedAccuracy(counts, "a");
          if (kind === "paired") {
            const b = modelBalancedAccuracy(counts, "b");
            values[0][kept] = a - b;
            values[1][kept] = a;
            values[2][kept] = b;
          } else {
            values[0][kept] = a;
          }
          kept++;
        }
        return values.map((series) => series.slice(0, kept));
      }
      function summarise(estimate, values, n, seed, level) {
        return { estimate, ...tails(values, level), n, resamples: values.length, seed };
      }
      function tails(values, level) {
        let atMost = 0;
        let atLeast = 0;
        for (const value of values) {
          if (value <= 0)
            atMost++;
          if (value >= 0)
            atLeast++;
        }
        const p = values.length === 0 ? NaN : Math.min(1, 2 * Math.min(atMost, atLeast) / values.length);
        const tail = (1 - level) / 2;
        return { low: quantile(values, tail), high: quantile(values, 1 - tail), p };
      }
      function request(kind, observed, options) {
        return {
          kind,
          observed,
          seed: options.seed ?? DEFAULT_SEED,
          resamples: Math.max(1, Math.floor(options.resamples ?? DEFAULT_RESAMPLES)),
          level: options.level ?? 0.95
        };
      }
      function singleBootstrapRequest(target, outcome, options = {}) {
        checkLengths(target, [outcome]);
        const observed = new Array(18).fill(0);
        for (let i = 0; i < target.length; i++) {
          const t = target[i];
          const o = outcome[i];
          if (t > 1 || o > OTHER)
            checkInputs(target, [outcome]);
          observed[t * 9 + o * 3]++;
        }
        return request("single", observed, options);
      }
      function pairedBootstrapRequest(target, a, b, options = {}) {
        checkLengths(target, [a, b]);
        const observed = new Array(18).fill(0);
        for (let i = 0; i < target.length; i++) {
          const t = target[i];
          const x = a[i];
          const y = b[i];
          if (t > 1 || x > OTHER || y > OTHER)
            checkInputs(target, [a, b]);
          observed[t * 9 + x * 3 + y]++;
        }
        return request("paired", observed, options);
      }
      function bootstrapKey(request2) {
        return `${request2.kind}/${request2.seed}/${request2.resamples}/${request2.level}/${request2.observed.join(",")}`;
      }
      function observedOf(request2) {
        const observed = Uint32Array.from(request2.observed);
        return {
          observed,
          n: request2.observed.reduce((sum, count) => sum + count, 0),
          a: modelBalancedAccuracy(observed, "a"),
          b: modelBalancedAccuracy(observed, "b")
        };
      }
      function computeBootstrap(request2) {
        const { observed, n, a: baA, b: baB } = observedOf(request2);
        const { seed, level } = request2;
        const values = replicate(observed, seed, request2.resamples, request2.kind);
        if (request2.kind === "single")
          return summarise(baA, values[0], n, seed, level);
        const tail = (1 - level) / 2;
        const interval = (replicates) => ({
          low: quantile(replicates, tail),
          high: quantile(replicates, 1 - tail)
        });
        return {
          ...summarise(baA - baB, values[0], n, seed, level),
          a: baA,
          b: baB,
          aInterval: interval(values[1]),
          bInterval: interval(values[2])
        };
      }
      const computed = /* @__PURE__ */ new Map();
      const MAX_COMPUTED = 1e5;
      function copyOf(result) {
        return "aInterval" in result ? { ...result, aInterval: { ...result.aInterval }, bInterval: { ...result.bInterval } } : { ...result };
      }
      function resultOf(request2) {
        const key = bootstrapKey(request2);
        let result = computed.get(key);
        if (!result) {
          result = computeBootstrap(request2);
          if (computed.size >= MAX_COMPUTED)
            computed.clear();
          computed.set(key, result);
        }
        return copyOf(result);
      }
      function knownBootstraps(known) {
        const answer = (request2) => {
          const result = known.get(bootstrapKey(request2));
          return result ? copyOf(result) : resultOf(request2);
        };
        return {
          single: (target, outcome, options) => answer(singleBootstrapRequest(target, outcome, options)),
          paired: (target, a, b, options) => answer(pairedBootstrapRequest(target, a, b, options))
        };
      }
      function bootstrapBalancedAccuracy(target, outcome, options = {}) {
        return resultOf(singleBootstrapRequest(target, outcome, options));
      }
      function pairedBootstrapBalancedAccuracy(target, a, b, options = {}) {
        return resultOf(pairedBootstrapRequest(target, a, b, options));
      }
      function planningBootstraps() {
        const requests = [];
        const estimateOf = (request2) => {
          requests.push(request2);
          return observedOf(request2);
        };
        const point = (estimate, n, request2) => ({
          estimate,
          low: estimate,
          high: estimate,
          p: 1,
          n,
          resamples: request2.resamples,
          seed: request2.seed
        });
        return {
          requests,
          bootstraps: {
            single: (target, outcome, options) => {
              const request2 = singleBootstrapRequest(target, outcome, options);
              const { a, n } = estimateOf(request2);
              return point(a, n, request2);
            },
            paired: (target, a, b, options) => {
              const request2 = pairedBootstrapRequest(target, a, b, options);
              const estimates = estimateOf(request2);
              return {
                ...point(estimates.a - estimates.b, estimates.n, request2),
                a: estimates.a,
                b: estimates.b,
                aInterval: { low: estimates.a, high: estimates.a },
                bInterval: { low: estimates.b, high: estimates.b }
              };
            }
          }
        };
      }
      const COMPUTED_BOOTSTRAPS = {
        single: bootstrapBalancedAccuracy,
        paired: pairedBootstrapBalancedAccuracy
      };
    })
  ),
  /***/
  1441: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        MV: () => (
          /* reexport */
          bootstrap.MV
        ),
        zS: () => (
          /* reexport */
          Z95
        ),
        Ou: () => (
          /* reexport */
          bootstrap.Ou
        ),
        KI: () => (
          /* reexport */
          bootstrap.KI
        ),
        Q$: () => (
          /* reexport */
          excludesZero
        ),
        l0: () => (
          /* reexport */
          holmBonferroni
        ),
        rW: () => (
          /* reexport */
          bootstrap.rW
        ),
        Pz: () => (
          /* reexport */
          meanAndStderr
        ),
        VO: () => (
          /* reexport */
          meanInterval
        ),
        vQ: () => (
          /* reexport */
          pairedDifference
        ),
        lv: () => (
          /* reexport */
          bootstrap.lv
        ),
        my: () => (
          /* reexport */
          tTwoSidedP
        ),
        _S: () => (
          /* reexport */
          unpairedDifference
        ),
        Fy: () => (
          /* reexport */
          wilsonInterval
        )
      });
      var special = __nccwpck_require__2(3022);
      ;
      function normalCdf(x) {
        if (Number.isNaN(x))
          return NaN;
        const half = 0.5 * (0, special.yH)(0.5, x * x / 2);
        return x >= 0 ? 0.5 + half : 0.5 - half;
      }
      function tCdf(t, df) {
        if (Number.isNaN(t) || !(df > 0))
          return NaN;
        if (df === Infinity)
          return normalCdf(t);
        const tail = 0.5 * (0, special.J7)(df / 2, 0.5, df / (df + t * t));
        return t >= 0 ? 1 - tail : tail;
      }
      function invert(cdf, p) {
        if (!(p > 0 && p < 1))
          return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
        let low = -1;
        let high = 1;
        while (cdf(low) > p)
          low *= 2;
        while (cdf(high) < p)
          high *= 2;
        for (let i = 0; i < 200 && high - low > 1e-13 * Math.max(1, Math.abs(low)); i++) {
          const mid = (low + high) / 2;
          if (cdf(mid) < p)
            low = mid;
          else
            high = mid;
        }
        return (low + high) / 2;
      }
      const quantileCache = /* @__PURE__ */ new Map();
      function normalQuantile(p) {
        return distributions_tQuantile(p, Infinity);
      }
      function distributions_tQuantile(p, df) {
        if (!(df > 0))
          return NaN;
        const key = `${p}/${df}`;
        let value = quantileCache.get(key);
        if (value === void 0) {
          value = invert((x) => tCdf(x, df), p);
          if (quantileCache.size > 1e4)
            quantileCache.clear();
          quantileCache.set(key, value);
        }
        return value;
      }
      function tTwoSidedP(t, df) {
        if (Number.isNaN(t))
          return NaN;
        return Math.min(1, 2 * tCdf(-Math.abs(t), df));
      }
      function normalTwoSidedP(z) {
        return tTwoSidedP(z, Infinity);
      }
      ;
      const Z95 = 1.959963984540054;
      function wilsonInterval(successes, n, z = Z95) {
        if (!(n > 0) || !(successes >= 0) || successes > n || !(z > 0))
          return null;
        const p = successes / n;
        const z2n = z * z / n;
        const denominator = 1 + z2n;
        const centre = (p + z2n / 2) / denominator;
        const half = z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / denominator;
        return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
      }
      function meanInterval(mean, stderr, n, level = 0.95) {
        if (!Number.isFinite(mean) || !Number.isFinite(stderr) || stderr < 0 || !(n >= 2))
          return null;
        const half = distributions_tQuantile(1 - (1 - level) / 2, n - 1) * stderr;
        return { low: mean - half, high: mean + half };
      }
      function meanAndStderr(values) {
        let n = 0;
        let sum = 0;
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (Number.isFinite(value)) {
            n++;
            sum += value;
          }
        }
        if (n === 0)
          return { mean: NaN, stderr: NaN, n: 0 };
        const mean = sum / n;
        let squares = 0;
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (Number.isFinite(value))
            squares += (value - mean) ** 2;
        }
        const stderr = n < 2 ? 0 : Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        return { mean, stderr, n };
      }
      ;
      function pairedDifference(a, b) {
        if (a.length !== b.length)
          throw new Error(`paired scores differ in length (${a.length} vs ${b.length})`);
        let n = 0;
        let sum = 0;
        for (let i = 0; i < a.length; i++) {
          const d = a[i] - b[i];
          if (Number.isFinite(d)) {
            n++;
            sum += d;
          }
        }
        const delta = n === 0 ? NaN : sum / n;
        let squares = 0;
        for (let i = 0; i < a.length; i++) {
          const d = a[i] - b[i];
          if (Number.isFinite(d))
            squares += (d - delta) ** 2;
        }
        if (n < 2)
          return { delta, se: NaN, low: null, high: null, df: n - 1, p: null, n };
        const se = Math.sqrt(squares / (n - 1) / n);
        return withInterval(delta, se, n - 1, n);
      }
      function unpairedDifference(a, b) {
        const delta = a.mean - b.mean;
        const n = Math.min(a.n, b.n);
        const va = a.se * a.se;
        const vb = b.se * b.se;
        const se = Math.sqrt(va + vb);
        if (!Number.isFinite(se) || a.n < 2 || b.n < 2)
          return { delta, se, low: null, high: null, df: NaN, p: null, n };
        const welch = (va + vb) ** 2 / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
        const df = Number.isFinite(welch) ? welch : n - 1;
        return withInterval(delta, se, df, n);
      }
      function withInterval(delta, se, df, n) {
        const half = distributions_tQuantile(0.975, df) * se;
        const p = se === 0 ? delta === 0 ? 1 : 0 : tTwoSidedP(delta / se, df);
        return { delta, se, low: delta - half, high: delta + half, df, p, n };
      }
      function noiseFloorHalfWidth(seOfDifference, df) {
        if (!Number.isFinite(seOfDifference) || !(df > 0))
          return NaN;
        return tQuantile(0.975, df) * seOfDifference;
      }
      function excludesZero(low, high) {
        return low !== null && high !== null && (low > 0 || high < 0);
      }
      var bootstrap = __nccwpck_require__2(9504);
      ;
      function holmBonferroni(pValues, alpha = 0.05) {
        const order = pValues.map((p, index) => ({ p, index })).filter(({ p }) => !Number.isNaN(p)).sort((x, y) => x.p - y.p || x.index - y.index);
        const m = order.length;
        const adjusted = pValues.map(() => NaN);
        let running = 0;
        order.forEach(({ p, index }, k) => {
          running = Math.max(running, Math.min(1, (m - k) * p));
          adjusted[index] = running;
        });
        return { adjusted, rejected: adjusted.map((p) => p <= alpha) };
      }
      ;
    })
  ),
  /***/
  3022: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        J7: () => (
          /* binding */
          incompleteBeta
        ),
        /* harmony export */
        yH: () => (
          /* binding */
          incompleteGamma
        )
        /* harmony export */
      });
      const LANCZOS = [
        57.15623566586292,
        -59.59796035547549,
        14.136097974741746,
        -0.4919138160976202,
        3399464998481189e-20,
        4652362892704858e-20,
        -9837447530487956e-20,
        1580887032249125e-19,
        -21026444172410488e-20,
        21743961811521265e-20,
        -1643181065367639e-19,
        8441822398385275e-20,
        -26190838401581408e-21,
        36899182659531625e-22
      ];
      function lnGamma(x) {
        let y = x;
        const tmp = x + 5.2421875;
        const front = (x + 0.5) * Math.log(tmp) - tmp;
        let series = 0.9999999999999971;
        for (const coefficient of LANCZOS)
          series += coefficient / ++y;
        return front + Math.log(2.5066282746310007 * series / x);
      }
      const EPS = 1e-15;
      const TINY = 1e-300;
      function betaContinuedFraction(a, b, x) {
        const qab = a + b;
        const qap = a + 1;
        const qam = a - 1;
        let c = 1;
        let d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY)
          d = TINY;
        d = 1 / d;
        let h = d;
        for (let m = 1; m <= 1e4; m++) {
          const m2 = 2 * m;
          let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
          d = 1 + aa * d;
          if (Math.abs(d) < TINY)
            d = TINY;
          c = 1 + aa / c;
          if (Math.abs(c) < TINY)
            c = TINY;
          d = 1 / d;
          h *= d * c;
          aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
          d = 1 + aa * d;
          if (Math.abs(d) < TINY)
            d = TINY;
          c = 1 + aa / c;
          if (Math.abs(c) < TINY)
            c = TINY;
          d = 1 / d;
          const delta = d * c;
          h *= delta;
          if (Math.abs(delta - 1) < EPS)
            break;
        }
        return h;
      }
      function incompleteBeta(a, b, x) {
        if (x <= 0)
          return 0;
        if (x >= 1)
          return 1;
        const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2))
          return front * betaContinuedFraction(a, b, x) / a;
        return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
      }
      function incompleteGamma(a, x) {
        if (x <= 0)
          return 0;
        const logFront = -x + a * Math.log(x) - lnGamma(a);
        if (x < a + 1) {
          let term = 1 / a;
          let sum = term;
          for (let n = 1; n <= 1e4; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS)
              break;
          }
          return sum * Math.exp(logFront);
        }
        let b = x + 1 - a;
        let c = 1 / TINY;
        let d = 1 / b;
        let h = d;
        for (let i = 1; i <= 1e4; i++) {
          const an = -i * (i - a);
          b += 2;
          d = an * d + b;
          if (Math.abs(d) < TINY)
            d = TINY;
          c = b + an / c;
          if (Math.abs(c) < TINY)
            c = TINY;
          d = 1 / d;
          const delta = d * c;
          h *= delta;
          if (Math.abs(delta - 1) < EPS)
            break;
        }
        return 1 - Math.exp(logFront) * h;
      }
    })
  ),
  /***/
  3227: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        BP: () => (
          /* binding */
          mayNeedBootstrapWorkers
        ),
        /* harmony export */
        Be: () => (
          /* binding */
          bootstrapTasks
        ),
        /* harmony export */
        h9: () => (
          /* binding */
          bootstrapsOn
        )
        /* harmony export */
      });
      var _model_stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1441);
      var _util_map_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(9992);
      var _eval_logs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7056);
      const BOOTSTRAP_TASK = "bootstraps";
      const REQUESTS_PER_TASK = 16;
      const MIN_REQUESTS_FOR_WORKERS = 32;
      async function bootstrapsOn(pool, requests) {
        const known = /* @__PURE__ */ new Map();
        if (!pool || pool.size === 0)
          return known;
        const distinct = /* @__PURE__ */ new Map();
        for (const request of requests)
          distinct.set((0, _model_stats_index_js__WEBPACK_IMPORTED_MODULE_0__.Ou)(request), request);
        if (distinct.size < MIN_REQUESTS_FOR_WORKERS)
          return known;
        const all = [...distinct.entries()];
        const batches = [];
        for (let at = 0; at < all.length; at += REQUESTS_PER_TASK)
          batches.push(all.slice(at, at + REQUESTS_PER_TASK));
        await (0, _util_map_limit_js__WEBPACK_IMPORTED_MODULE_2__.s)(batches, pool.size * _eval_logs_js__WEBPACK_IMPORTED_MODULE_1__.bW, async (batch) => {
          const results = await pool.run(BOOTSTRAP_TASK, batch.map(([, request]) => request)).catch(() => null);
          if (results?.length !== batch.length)
            return;
          batch.forEach(([key], index) => known.set(key, results[index]));
        });
        return known;
      }
      function mayNeedBootstrapWorkers(summaries) {
        const distinct = /* @__PURE__ */ new Set();
        for (const summary of summaries) {
          const value = summary.binary?.balanced_accuracy;
          if (typeof value === "number" && distinct.add(value).size >= MIN_REQUESTS_FOR_WORKERS)
            return true;
        }
        return false;
      }
      const bootstrapTasks = {
        [BOOTSTRAP_TASK]: async (payload) => payload.map((request) => (0, _model_stats_index_js__WEBPACK_IMPORTED_MODULE_0__.KI)(request))
      };
    })
  ),
  /***/
  7056: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        jD: () => (
          /* binding */
          LOGS_PER_WORKER
        ),
        bW: () => (
          /* binding */
          PER_WORKER
        ),
        ni: () => (
          /* binding */
          evalLogTasks
        ),
        V1: () => (
          /* binding */
          summarizeEvalLogs
        )
      });
      var external_node_buffer_ = __nccwpck_require__2(4573);
      ;
      const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
      var random_access_file = __nccwpck_require__2(7955);
      var serving_thread = __nccwpck_require__2(2913);
      ;
      var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = (
        /* unused pure expression or super */
        null
      ), i32 = Int32Array;
      var slc = function(v, s, e) {
        if (u8.prototype.slice)
          return u8.prototype.slice.call(v, s, e);
        if (s == null || s < 0)
          s = 0;
        if (e == null || e > v.length)
          e = v.length;
        var n = new u8(e - s);
        n.set(v.subarray(s, e));
        return n;
      };
      var fill = function(v, n, s, e) {
        if (u8.prototype.fill)
          return u8.prototype.fill.call(v, n, s, e);
        if (s == null || s < 0)
          s = 0;
        if (e == null || e > v.length)
          e = v.length;
        for (; s < e; ++s)
          v[s] = n;
        return v;
      };
      var cpw = function(v, t, s, e) {
        if (u8.prototype.copyWithin)
          return u8.prototype.copyWithin.call(v, t, s, e);
        if (s == null || s < 0)
          s = 0;
        if (e == null || e > v.length)
          e = v.length;
        while (s < e) {
          v[t++] = v[s++];
        }
      };
      var ZstdErrorCode = {
        InvalidData: 0,
        WindowSizeTooLarge: 1,
        InvalidBlockType: 2,
        FSEAccuracyTooHigh: 3,
        DistanceTooFarBack: 4,
        UnexpectedEOF: 5
      };
      var ec = [
        "invalid zstd data",
        "window size too large (>2046MB)",
        "invalid block type",
        "FSE accuracy too high",
        "match distance too far back",
        "unexpected EOF"
      ];
      var err = function(ind, msg, nt) {
        var e = new Error(msg || ec[ind]);
        e.code = ind;
        if (Error.captureStackTrace)
          Error.captureStackTrace(e, err);
        if (!nt)
          throw e;
        return e;
      };
      var rb = function(d, b, n) {
        var i = 0, o = 0;
        for (; i < n; ++i)
          o |= d[b++] << (i << 3);
        return o;
      };
      var b4 = function(d, b) {
        return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
      };
      var rzfh = function(dat, w) {
        var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
        if (n3 == 3126568 && dat[3] == 253) {
          var flg = dat[4];
          var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
          if (flg & 8)
            err(0);
          var bt = 6 - ss;
          var db = df == 3 ? 4 : df;
          var di = rb(dat, bt, db);
          bt += db;
          var fsb = fcf ? 1 << fcf : ss;
          var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
          var ws = fss;
          if (!ss) {
            var wb = 1 << 10 + (dat[5] >> 3);
            ws = wb + (wb >> 3) * (dat[5] & 7);
          }
          if (ws > 2145386496)
            err(1);
          var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
          buf[0] = 1, buf[4] = 4, buf[8] = 8;
          return {
            b: bt + fsb,
            y: 0,
            l: 0,
            d: di,
            w: w && w != 1 ? w : buf.subarray(12),
            e: ws,
            o: new i32(buf.buffer, 0, 3),
            u: fss,
            c: cc,
            m: Math.min(131072, ws)
          };
        } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
          return b4(dat, 4) + 8;
        }
        err(0);
      };
      var msb = function(val) {
        var bits = 0;
        for (; 1 << bits <= val; ++bits)
          ;
        return bits - 1;
      };
      var rfse = function(dat, bt, mal) {
        var tpos = (bt << 3) + 4;
        var al = (dat[bt] & 15) + 5;
        if (al > mal)
          err(3);
        var sz = 1 << al;
        var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
        var buf = new ab(512 + (sz << 2));
        var freq = new i16(buf, 0, 256);
        var dstate = new u16(buf, 0, 256);
        var nstate = new u16(buf, 512, sz);
        var bb1 = 512 + (sz << 1);
        var syms = new u8(buf, bb1, sz);
        var nbits = new u8(buf, bb1 + sz);
        while (sym < 255 && probs > 0) {
          var bits = msb(probs + 1);
          var cbt = tpos >> 3;
          var msk = (1 << bits + 1) - 1;
          var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
          var msk1fb = (1 << bits) - 1;
          var msv = msk - probs - 1;
          var sval = val & msk1fb;
          if (sval < msv)
            tpos += bits, val = sval;
          else {
            tpos += bits + 1;
            if (val > msk1fb)
              val -= msv;
          }
          freq[++sym] = --val;
          if (val == -1) {
            probs += val;
            syms[--ht] = sym;
          } else
            probs -= val;
          if (!val) {
            do {
              var rbt = tpos >> 3;
              re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
              tpos += 2;
              sym += re;
            } while (re == 3);
          }
        }
        if (sym > 255 || probs)
          err(0);
        var sympos = 0;
        var sstep = (sz >> 1) + (sz >> 3) + 3;
        var smask = sz - 1;
        for (var s = 0; s <= sym; ++s) {
          var sf = freq[s];
          if (sf < 1) {
            dstate[s] = -sf;
            continue;
          }
          for (i = 0; i < sf; ++i) {
            syms[sympos] = s;
            do {
              sympos = sympos + sstep & smask;
            } while (sympos >= ht);
          }
        }
        if (sympos)
          err(0);
        for (i = 0; i < sz; ++i) {
          var ns = dstate[syms[i]]++;
          var nb = nbits[i] = al - msb(ns);
          nstate[i] = (ns << nb) - sz;
        }
        return [tpos + 7 >> 3, {
          b: al,
          s: syms,
          n: nbits,
          t: nstate
        }];
      };
      var rhu = function(dat, bt) {
        var i = 0, wc = -1;
        var buf = new u8(292), hb = dat[bt];
        var hw = buf.subarray(0, 256);
        var rc = buf.subarray(256, 268);
        var ri = new u16(buf.buffer, 268);
        if (hb < 128) {
          var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
          bt += hb;
          var epos = ebt << 3;
          var lb = dat[bt];
          if (!lb)
            err(0);
          var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
          var fpos = (++bt << 3) - 8 + msb(lb);
          for (; ; ) {
            fpos -= btr1;
            if (fpos < epos)
              break;
            var cbt = fpos >> 3;
            st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
            hw[++wc] = fdt.s[st1];
            fpos -= btr2;
            if (fpos < epos)
              break;
            cbt = fpos >> 3;
            st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
            hw[++wc] = fdt.s[st2];
            btr1 = fdt.n[st1];
            st1 = fdt.t[st1];
            btr2 = fdt.n[st2];
            st2 = fdt.t[st2];
          }
          if (++wc > 255)
            err(0);
        } else {
          wc = hb - 127;
          for (; i < wc; i += 2) {
            var byte = dat[++bt];
            hw[i] = byte >> 4;
            hw[i + 1] = byte & 15;
          }
          ++bt;
        }
        var wes = 0;
        for (i = 0; i < wc; ++i) {
          var wt = hw[i];
          if (wt > 11)
            err(0);
          wes += wt && 1 << wt - 1;
        }
        var mb = msb(wes) + 1;
        var ts = 1 << mb;
        var rem = ts - wes;
        if (rem & rem - 1)
          err(0);
        hw[wc++] = msb(rem) + 1;
        for (i = 0; i < wc; ++i) {
          var wt = hw[i];
          ++rc[hw[i] = wt && mb + 1 - wt];
        }
        var hbuf = new u8(ts << 1);
        var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
        ri[mb] = 0;
        for (i = mb; i > 0; --i) {
          var pv = ri[i];
          fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
        }
        if (ri[0] != ts)
          err(0);
        for (i = 0; i < wc; ++i) {
          var bits = hw[i];
          if (bits) {
            var code = ri[bits];
            fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
          }
        }
        return [bt, {
          n: nb,
          b: mb,
          s: syms
        }];
      };
      var dllt = rfse(/* @__PURE__ */ new u8([
        81,
        16,
        99,
        140,
        49,
        198,
        24,
        99,
        12,
        33,
        196,
        24,
        99,
        102,
        102,
        134,
        70,
        146,
        4
      ]), 0, 6)[1];
      var dmlt = rfse(/* @__PURE__ */ new u8([
        33,
        20,
        196,
        24,
        99,
        140,
        33,
        132,
        16,
        66,
        8,
        33,
        132,
        16,
        66,
        8,
        33,
        68,
        68,
        68,
        68,
        68,
        68,
        68,
        68,
        36,
        9
      ]), 0, 6)[1];
      var doct = rfse(/* @__PURE__ */ new u8([
        32,
        132,
        16,
        66,
        102,
        70,
        68,
        68,
        68,
        68,
        36,
        73,
        2
      ]), 0, 5)[1];
      var b2bl = function(b, s) {
        var len = b.length, bl = new i32(len);
        for (var i = 0; i < len; ++i) {
          bl[i] = s;
          s += 1 << b[i];
        }
        return bl;
      };
      var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
        0,
        0,
        0,
        0,
        16843009,
        50528770,
        134678020,
        202050057,
        269422093
      ])).buffer, 0, 36);
      var llbl = /* @__PURE__ */ b2bl(llb, 0);
      var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        16843009,
        50528770,
        117769220,
        185207048,
        252579084,
        16
      ])).buffer, 0, 53);
      var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
      var dhu = function(dat, out, hu) {
        var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
        if (!lb)
          err(0);
        var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
        for (; pos > eb && i < ss; ) {
          var cbt = pos >> 3;
          var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
          st = (st << btr | val) & msk;
          out[++i] = hu.s[st];
          pos -= btr = hu.n[st];
        }
        if (pos != eb || i + 1 != ss)
          err(0);
      };
      var dhu4 = function(dat, out, hu) {
        var bt = 6;
        var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
        dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
        dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
        dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
        dhu(dat.subarray(bt), out.subarray(sz3), hu);
      };
      var rzb = function(dat, st, out) {
        var _a;
        var bt = st.b;
        var b0 = dat[bt], btype = b0 >> 1 & 3;
        st.l = b0 & 1;
        var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
        var ebt = (bt += 3) + sz;
        if (btype == 1) {
          if (bt >= dat.length)
            return;
          st.b = bt + 1;
          if (out) {
            fill(out, dat[bt], st.y, st.y += sz);
            return out;
          }
          return fill(new u8(sz), dat[bt]);
        }
        if (ebt > dat.length)
          return;
        if (btype == 0) {
          st.b = ebt;
          if (out) {
            out.set(dat.subarray(bt, ebt), st.y);
            st.y += sz;
            return out;
          }
          return slc(dat, bt, ebt);
        }
        if (btype == 2) {
          var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
          var lss = b3 >> 4, lcs = 0, s4 = 0;
          if (lbt < 2) {
            if (sf & 1)
              lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
            else
              lss = b3 >> 3;
          } else {
            s4 = sf;
            if (sf < 2)
              lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
            else if (sf == 2)
              lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
            else
              lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
          }
          ++bt;
          var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
          var spl = buf.length - lss;
          if (lbt == 0)
            buf.set(dat.subarray(bt, bt += lss), spl);
          else if (lbt == 1)
            fill(buf, dat[bt++], spl);
          else {
            var hu = st.h;
            if (lbt == 2) {
              var hud = rhu(dat, bt);
              lcs += bt - (bt = hud[0]);
              st.h = hu = hud[1];
            } else if (!hu)
              err(0);
            (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
          }
          var ns = dat[bt++];
          if (ns) {
            if (ns == 255)
              ns = (dat[bt++] | dat[bt++] << 8) + 32512;
            else if (ns > 127)
              ns = ns - 128 << 8 | dat[bt++];
            var scm = dat[bt++];
            if (scm & 3)
              err(0);
            var dts = [dmlt, doct, dllt];
            for (var i = 2; i > -1; --i) {
              var md = scm >> (i << 1) + 2 & 3;
              if (md == 1) {
                var rbuf = new u8([0, 0, dat[bt++]]);
                dts[i] = {
                  s: rbuf.subarray(2, 3),
                  n: rbuf.subarray(0, 1),
                  t: new u16(rbuf.buffer, 0, 1),
                  b: 0
                };
              } else if (md == 2) {
                _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
              } else if (md == 3) {
                if (!st.t)
                  err(0);
                dts[i] = st.t[i];
              }
            }
            var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
            var lb = dat[ebt - 1];
            if (!lb)
              err(0);
            var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
            var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
            cbt = (spos -= oct.b) >> 3;
            var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
            cbt = (spos -= mlt.b) >> 3;
            var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
            for (++ns; --ns; ) {
              var llc = llt.s[lst];
              var lbtr = llt.n[lst];
              var mlc = mlt.s[mst];
              var mbtr = mlt.n[mst];
              var ofc = oct.s[ost];
              var obtr = oct.n[ost];
              cbt = (spos -= ofc) >> 3;
              var ofp = 1 << ofc;
              var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
              cbt = (spos -= mlb[mlc]) >> 3;
              var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
              cbt = (spos -= llb[llc]) >> 3;
              var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
              cbt = (spos -= lbtr) >> 3;
              lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
              cbt = (spos -= mbtr) >> 3;
              mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
              cbt = (spos -= obtr) >> 3;
              ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
              if (off > 3) {
                st.o[2] = st.o[1];
                st.o[1] = st.o[0];
                st.o[0] = off -= 3;
              } else {
                var idx = off - (ll != 0);
                if (idx) {
                  off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                  if (idx > 1)
                    st.o[2] = st.o[1];
                  st.o[1] = st.o[0];
                  st.o[0] = off;
                } else
                  off = st.o[0];
              }
              for (var i = 0; i < ll; ++i) {
                buf[oubt + i] = buf[spl + i];
              }
              oubt += ll, spl += ll;
              var stin = oubt - off;
              if (stin < 0) {
                var len = -stin;
                var bs = st.e + stin;
                if (len > ml)
                  len = ml;
                for (var i = 0; i < len; ++i) {
                  buf[oubt + i] = st.w[bs + i];
                }
                oubt += len, ml -= len, stin = 0;
              }
              for (var i = 0; i < ml; ++i) {
                buf[oubt + i] = buf[stin + i];
              }
              oubt += ml;
            }
            if (oubt != spl) {
              while (spl < buf.length) {
                buf[oubt++] = buf[spl++];
              }
            } else
              oubt = buf.length;
            if (out)
              st.y += oubt;
            else
              buf = slc(buf, 0, oubt);
          } else if (out) {
            st.y += lss;
            if (spl) {
              for (var i = 0; i < lss; ++i) {
                buf[i] = buf[spl + i];
              }
            }
          } else if (spl)
            buf = slc(buf, spl);
          st.b = ebt;
          return buf;
        }
        err(2);
      };
      var cct = function(bufs, ol) {
        if (bufs.length == 1)
          return bufs[0];
        var buf = new u8(ol);
        for (var i = 0, b = 0; i < bufs.length; ++i) {
          var chk = bufs[i];
          buf.set(chk, b);
          b += chk.length;
        }
        return buf;
      };
      function decompress(dat, buf) {
        var bufs = [], nb = +!buf;
        var bt = 0, ol = 0;
        for (; dat.length; ) {
          var st = rzfh(dat, nb || buf);
          if (typeof st == "object") {
            if (nb) {
              buf = null;
              if (st.w.length == st.u) {
                bufs.push(buf = st.w);
                ol += st.u;
              }
            } else {
              bufs.push(buf);
              st.e = 0;
            }
            for (; !st.l; ) {
              var blk = rzb(dat, st, buf);
              if (!blk)
                err(5);
              if (buf)
                st.e = st.y;
              else {
                bufs.push(blk);
                ol += blk.length;
                cpw(st.w, 0, blk.length);
                st.w.set(blk, st.w.length - blk.length);
              }
            }
            bt = st.b + st.c * 4;
          } else
            bt = st;
          dat = dat.subarray(bt);
        }
        return cct(bufs, ol);
      }
      var Decompress = /* @__PURE__ */ (function() {
        function Decompress2(ondata) {
          this.ondata = ondata;
          this.c = [];
          this.l = 0;
          this.z = 0;
        }
        Decompress2.prototype.push = function(chunk, final) {
          if (typeof this.s == "number") {
            var sub = Math.min(chunk.length, this.s);
            chunk = chunk.subarray(sub);
            this.s -= sub;
          }
          var sl = chunk.length;
          var ncs = sl + this.l;
          if (!this.s) {
            if (final) {
              if (!ncs) {
                this.ondata(new u8(0), true);
                return;
              }
              if (ncs < 5)
                err(5);
            } else if (ncs < 18) {
              this.c.push(chunk);
              this.l = ncs;
              return;
            }
            if (this.l) {
              this.c.push(chunk);
              chunk = cct(this.c, ncs);
              this.c = [];
              this.l = 0;
            }
            if (typeof (this.s = rzfh(chunk)) == "number")
              return this.push(chunk, final);
          }
          if (typeof this.s != "number") {
            if (ncs < (this.z || 3)) {
              if (final)
                err(5);
              this.c.push(chunk);
              this.l = ncs;
              return;
            }
            if (this.l) {
              this.c.push(chunk);
              chunk = cct(this.c, ncs);
              this.c = [];
              this.l = 0;
            }
            if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
              if (final)
                err(5);
              this.c.push(chunk);
              this.l = ncs;
              return;
            } else
              this.z = 0;
            for (; ; ) {
              var blk = rzb(chunk, this.s);
              if (!blk) {
                if (final)
                  err(5);
                var adc = chunk.subarray(this.s.b);
                this.s.b = 0;
                this.c.push(adc), this.l += adc.length;
                return;
              } else {
                this.ondata(blk, false);
                cpw(this.s.w, 0, blk.length);
                this.s.w.set(blk, this.s.w.length - blk.length);
              }
              if (this.s.l) {
                var rest = chunk.subarray(this.s.b);
                this.s = this.s.c * 4;
                this.push(rest, final);
                return;
              }
            }
          } else if (final)
            err(5);
        };
        return Decompress2;
      })();
      ;
      class ZstdDecodeError extends Error {
        problem;
        constructor(message, problem) {
          super(message);
          this.problem = problem;
          this.name = "ZstdDecodeError";
        }
      }
      const ZSTD_MAGIC = 4247762216;
      const SKIPPABLE_MAGIC_MASK = 4294967280;
      const SKIPPABLE_MAGIC = 407710288;
      const MAX_ZSTD_WINDOW = 2 ** 27;
      function splitZstdFrames(data) {
        const frames = [];
        const need = needIn(data);
        let pos = 0;
        while (pos < data.length) {
          need(pos, 4, "frame magic number");
          const magic = data.readUInt32LE(pos);
          if ((magic & SKIPPABLE_MAGIC_MASK) >>> 0 === SKIPPABLE_MAGIC) {
            need(pos, 8, "skippable frame header");
            const size = data.readUInt32LE(pos + 4);
            need(pos + 8, size, "skippable frame");
            pos += 8 + size;
            continue;
          }
          if (magic !== ZSTD_MAGIC) {
            throw new ZstdDecodeError(`no zstd frame at byte ${pos} (magic 0x${magic.toString(16)})`, "corrupt");
          }
          const frame = readFrame(data, pos, need);
          frames.push(frame);
          pos += frame.bytes.length;
        }
        return frames;
      }
      function needIn(data) {
        return (at, count, what) => {
          if (at + count > data.length) {
            throw new ZstdDecodeError(`zstd data ends inside a ${what} (byte ${at} of ${data.length})`, "corrupt");
          }
        };
      }
      function readFrame(data, start, need) {
        let p = start + 4;
        need(p, 1, "frame header");
        const descriptor = data[p++];
        const contentSizeFlag = descriptor >> 6;
        const singleSegment = (descriptor >> 5 & 1) === 1;
        const hasChecksum = (descriptor >> 2 & 1) === 1;
        const dictionaryFlag = descriptor & 3;
        if (descriptor & 8)
          throw new ZstdDecodeError(`zstd frame at byte ${start} sets a reserved bit`, "corrupt");
        let windowSize = 0;
        if (!singleSegment) {
          need(p, 1, "frame header");
          const windowDescriptor = data[p++];
          const base = 2 ** (10 + (windowDescriptor >> 3));
          windowSize = base + base / 8 * (windowDescriptor & 7);
        }
        const dictionaryBytes = [0, 1, 2, 4][dictionaryFlag];
        need(p, dictionaryBytes, "frame header");
        const dictionaryId = dictionaryBytes === 0 ? 0 : data.readUIntLE(p, dictionaryBytes);
        p += dictionaryBytes;
        if (dictionaryId !== 0) {
          throw new ZstdDecodeError(`zstd frame at byte ${start} needs dictionary ${dictionaryId}`, "unsupported");
        }
        const contentSizeBytes = contentSizeFlag === 0 ? singleSegment ? 1 : 0 : [0, 2, 4, 8][contentSizeFlag];
        need(p, contentSizeBytes, "frame header");
        let contentSize = null;
        if (contentSizeBytes === 8)
          contentSize = Number(data.readBigUInt64LE(p));
        else if (contentSizeBytes > 0)
          contentSize = data.readUIntLE(p, contentSizeBytes) + (contentSizeBytes === 2 ? 256 : 0);
        p += contentSizeBytes;
        if (singleSegment)
          windowSize = contentSize ?? 0;
        p = skipBlocks(data, p, need);
        if (hasChecksum) {
          need(p, 4, "frame checksum");
          p += 4;
        }
        return { bytes: data.subarray(start, p), contentSize, windowSize, singleSegment };
      }
      function skipBlocks(data, p, need) {
        for (; ; ) {
          need(p, 3, "block header");
          const blockHeader = data[p] | data[p + 1] << 8 | data[p + 2] << 16;
          p += 3;
          const lastBlock = (blockHeader & 1) === 1;
          const blockType = blockHeader >> 1 & 3;
          const blockSize = blockHeader >>> 3;
          if (blockType === 3)
            throw new ZstdDecodeError(`zstd block at byte ${p - 3} has the reserved type`, "corrupt");
          const payload = blockType === 1 ? 1 : blockSize;
          need(p, payload, "block");
          p += payload;
          if (lastBlock)
            return p;
        }
      }
      function nodeHasZstd() {
        return typeof external_node_zlib_namespaceObject.zstdDecompress === "function";
      }
      async function nodeDecode(frame, remaining, tooLarge) {
        let decoded;
        try {
          decoded = await nodeZstdFrame(frame, Math.max(1, remaining));
        } catch (error) {
          if (error.code === "ERR_BUFFER_TOO_LARGE")
            throw tooLarge();
          throw new ZstdDecodeError(`zstd: ${error.message}`, "corrupt");
        }
        if (decoded.length > remaining)
          throw tooLarge();
        return decoded;
      }
      function nodeZstdFrame(frame, maxOutputLength) {
        const windowLogMax = external_node_zlib_namespaceObject.constants.ZSTD_d_windowLogMax;
        return new Promise((resolve, reject) => {
          external_node_zlib_namespaceObject.zstdDecompress(frame, { maxOutputLength, params: { [windowLogMax]: 31 } }, (error, result) => error ? reject(error) : resolve(result));
        });
      }
      async function decompressZstd(data, expectedSize, decoder = "auto") {
        const useNode = decoder === "node" || decoder === "auto" && nodeHasZstd();
        if (decoder === "node" && !nodeHasZstd()) {
          throw new ZstdDecodeError("this Node has no zstd in node:zlib", "unsupported");
        }
        const frames = splitZstdFrames(data);
        let output = null;
        const target = () => output ??= Buffer.allocUnsafe(expectedSize);
        let produced = 0;
        const tooLarge = () => new ZstdDecodeError(`zstd data decompresses to more than the declared ${expectedSize} bytes`, "too-large");
        for (const frame of frames) {
          const remaining = expectedSize - produced;
          if (frame.contentSize !== null && frame.contentSize > remaining)
            throw tooLarge();
          if (!frame.singleSegment && frame.windowSize > MAX_ZSTD_WINDOW) {
            throw new ZstdDecodeError(`zstd window of ${frame.windowSize} bytes exceeds the ${MAX_ZSTD_WINDOW}-byte limit`, "unsupported");
          }
          if (useNode) {
            const decoded = await nodeDecode(frame.bytes, remaining, tooLarge);
            if (frames.length === 1 && decoded.length === expectedSize)
              return decoded;
            decoded.copy(target(), produced);
            produced += decoded.length;
          } else {
            const stream = new Decompress((chunk) => {
              if (chunk.length > expectedSize - produced)
                throw tooLarge();
              target().set(chunk, produced);
              produced += chunk.length;
            });
            try {
              stream.push(frame.bytes, true);
            } catch (error) {
              if (error instanceof ZstdDecodeError)
                throw error;
              throw new ZstdDecodeError(`zstd: ${error.message}`, "corrupt");
            }
          }
        }
        if (produced !== expectedSize) {
          throw new ZstdDecodeError(`zstd data decompresses to ${produced} bytes, the ZIP entry declares ${expectedSize}`, "corrupt");
        }
        return output ?? Buffer.alloc(0);
      }
      var fs_errors = __nccwpck_require__2(8889);
      ;
      class ZipError extends Error {
        file;
        problem;
        detail;
        member;
        constructor(file, problem, detail, member) {
          super(`${file}: ${member === void 0 ? "" : `${member}: `}${detail}`);
          this.file = file;
          this.problem = problem;
          this.detail = detail;
          this.member = member;
          this.name = "ZipError";
        }
      }
      const EOCD_SIGNATURE = 101010256;
      const EOCD_SIZE = 22;
      const ZIP64_LOCATOR_SIGNATURE = 117853008;
      const ZIP64_LOCATOR_SIZE = 20;
      const ZIP64_EOCD_SIGNATURE = 101075792;
      const CD_SIGNATURE = 33639248;
      const LOCAL_SIGNATURE = 67324752;
      const LOCAL_HEADER_SIZE = 30;
      const MAX_COMMENT = 65535;
      function fileError(path, error) {
        const code = error.code;
        const problem = code === "ENOENT" ? "missing" : code === "EISDIR" ? "not-a-file" : "io";
        return new ZipError(path, problem, (0, fs_errors.X)(error));
      }
      async function readAt(path, handle, fileSize, position, length, member) {
        if (position + length > fileSize) {
          throw new ZipError(path, "truncated", `needs bytes ${position}..${position + length} but the file has ${fileSize}`, member);
        }
        const buffer = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
          let bytesRead;
          try {
            ({ bytesRead } = await handle.read(buffer, done, length - done, position + done));
          } catch (error) {
            throw fileError(path, error);
          }
          if (bytesRead === 0)
            throw new ZipError(path, "truncated", `file ended at byte ${position + done}`, member);
          done += bytesRead;
        }
        return buffer;
      }
      function safeNumber(path, value, what) {
        if (value > BigInt(Number.MAX_SAFE_INTEGER))
          throw new ZipError(path, "corrupt", `${what} ${value} is out of range`);
        return Number(value);
      }
      ;
      function releaseBuffer(buffer) {
        const backing = buffer.buffer;
        if (buffer.byteOffset !== 0 || buffer.byteLength !== backing.byteLength)
          return;
        if (typeof backing.transfer !== "function" || buffer.byteLength === 0)
          return;
        backing.transfer(0);
      }
      ;
      async function readCentralDirectory(path, handle, size, maxCentralDirectoryBytes) {
        const { tail, tailStart, entryCount, cdSize, cdOffset } = await readEndRecord(path, handle, size);
        if (cdOffset + cdSize > size) {
          throw new ZipError(path, "truncated", `central directory (${cdSize} bytes at ${cdOffset}) runs past the end of the file`);
        }
        if (cdSize > maxCentralDirectoryBytes) {
          throw new ZipError(path, "too-large", `central directory of ${cdSize} bytes exceeds the ${maxCentralDirectoryBytes}-byte limit`);
        }
        const inTail = cdOffset >= tailStart && cdOffset + cdSize <= size;
        const cd = inTail ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize) : await readAt(path, handle, size, cdOffset, cdSize);
        if (!inTail)
          releaseBuffer(tail);
        return readEntries(path, cd, entryCount, inTail ? tail : cd);
      }
      async function readEndRecord(path, handle, size) {
        if (size < EOCD_SIZE)
          throw await notZip(path, handle, size);
        const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
        const tailStart = size - tailLength;
        const tail = await readAt(path, handle, size, tailStart, tailLength);
        let eocd = -1;
        for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
          if (tail.readUInt32LE(i) === EOCD_SIGNATURE && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) {
            eocd = i;
            break;
          }
        }
        if (eocd < 0)
          throw await notZip(path, handle, size);
        const record = {
          tail,
          tailStart,
          entryCount: tail.readUInt16LE(eocd + 10),
          cdSize: tail.readUInt32LE(eocd + 12),
          cdOffset: tail.readUInt32LE(eocd + 16)
        };
        const locator = eocd - ZIP64_LOCATOR_SIZE;
        if (locator >= 0 && tail.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
          return { ...record, ...await readZip64EndRecord(path, handle, size, tail, locator) };
        }
        if (record.entryCount === 65535 || record.cdSize === 4294967295 || record.cdOffset === 4294967295) {
          throw new ZipError(path, "corrupt", "ZIP64 values in the end record but no ZIP64 locator");
        }
        return record;
      }
      async function readZip64EndRecord(path, handle, size, tail, locator) {
        const eocd64Offset = safeNumber(path, tail.readBigUInt64LE(locator + 8), "ZIP64 end record offset");
        const eocd64 = await readAt(path, handle, size, eocd64Offset, 56);
        if (eocd64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) {
          throw new ZipError(path, "corrupt", `no ZIP64 end-of-central-directory record at offset ${eocd64Offset}`);
        }
        return {
          entryCount: safeNumber(path, eocd64.readBigUInt64LE(32), "entry count"),
          cdSize: safeNumber(path, eocd64.readBigUInt64LE(40), "central directory size"),
          cdOffset: safeNumber(path, eocd64.readBigUInt64LE(48), "central directory offset")
        };
      }
      async function notZip(path, handle, size) {
        const head = size >= 4 ? await readAt(path, handle, size, 0, 4) : Buffer.alloc(0);
        return head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE ? new ZipError(path, "truncated", "no end-of-central-directory record at its end: the archive is truncated (or has data appended)") : new ZipError(path, "not-a-zip", size === 0 ? "empty file, not a ZIP archive" : "not a ZIP archive");
      }
      function readEntries(path, cd, entryCount, owner) {
        const starts = new Uint32Array(entryCount);
        let p = 0;
        for (let index = 0; index < entryCount; index++) {
          if (p + 46 > cd.length || cd.readUInt32LE(p) !== CD_SIGNATURE) {
            throw new ZipError(path, "corrupt", `central directory entry ${index + 1} of ${entryCount} is damaged`);
          }
          const end = p + 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
          if (end > cd.length) {
            throw new ZipError(path, "corrupt", `central directory entry ${index + 1} of ${entryCount} runs past the directory`);
          }
          starts[index] = p;
          p = end;
        }
        return new CentralDirectory(path, cd, starts, owner);
      }
      class CentralDirectory {
        path;
        cd;
        starts;
        owner;
        all = null;
        found = /* @__PURE__ */ new Map();
        released = false;
        constructor(path, cd, starts, owner) {
          this.path = path;
          this.cd = cd;
          this.starts = starts;
          this.owner = owner;
        }
        /** Frees the directory's bytes now (the archive is closed): later lookups of new names throw. */
        release() {
          if (this.released)
            return;
          this.released = true;
          releaseBuffer(this.owner);
        }
        get size() {
          return this.materialize().size;
        }
        has(name) {
          return this.get(name) !== void 0;
        }
        get(name) {
          if (this.all)
            return this.all.get(name);
          let entry = this.found.get(name);
          if (entry === void 0) {
            entry = this.find(name);
            this.found.set(name, entry);
          }
          return entry ?? void 0;
        }
        keys() {
          return this.materialize().keys();
        }
        values() {
          return this.materialize().values();
        }
        entries() {
          return this.materialize().entries();
        }
        [Symbol.iterator]() {
          return this.entries();
        }
        forEach(callback) {
          this.materialize().forEach((value, key) => callback(value, key, this));
        }
        /** The last entry whose name has the bytes of `name` (names are UTF-8 or, when ASCII, latin1 alike). */
        find(name) {
          this.checkNotReleased();
          const wanted = Buffer.from(name, "utf8");
          const { cd } = this;
          for (let index = this.starts.length - 1; index >= 0; index--) {
            const p = this.starts[index];
            const nameLength = cd.readUInt16LE(p + 28);
            if (nameLength !== wanted.length)
              continue;
            if (cd.compare(wanted, 0, wanted.length, p + 46, p + 46 + nameLength) !== 0)
              continue;
            return this.entryAt(p, entryName(cd, p + 46, p + 46 + nameLength));
          }
          return null;
        }
        entryAt(p, name) {
          const { cd } = this;
          const nameLength = cd.readUInt16LE(p + 28);
          const sizes = entrySizes(this.path, cd, p, name, p + 46 + nameLength, cd.readUInt16LE(p + 30));
          return {
            name,
            method: cd.readUInt16LE(p + 10),
            flags: cd.readUInt16LE(p + 8),
            crc32: cd.readUInt32LE(p + 16),
            compressedSize: sizes.compressedSize,
            uncompressedSize: sizes.uncompressedSize,
            localHeaderOffset: sizes.localHeaderOffset
          };
        }
        materialize() {
          if (this.all)
            return this.all;
          this.checkNotReleased();
          const all = /* @__PURE__ */ new Map();
          for (const p of this.starts) {
            const nameLength = this.cd.readUInt16LE(p + 28);
            const name = entryName(this.cd, p + 46, p + 46 + nameLength);
            all.set(name, this.entryAt(p, name));
          }
          this.all = all;
          return all;
        }
        checkNotReleased() {
          if (this.released) {
            throw new ZipError(this.path, "io", "the archive is closed: its central directory was released");
          }
        }
      }
      function entrySizes(path, cd, p, name, extraStart, extraLength) {
        let compressedSize = cd.readUInt32LE(p + 20);
        let uncompressedSize = cd.readUInt32LE(p + 24);
        let localHeaderOffset = cd.readUInt32LE(p + 42);
        if (compressedSize !== 4294967295 && uncompressedSize !== 4294967295 && localHeaderOffset !== 4294967295) {
          return { compressedSize, uncompressedSize, localHeaderOffset };
        }
        let q = extraStart;
        const extraEnd = q + extraLength;
        while (q + 4 <= extraEnd) {
          const id = cd.readUInt16LE(q);
          const length = cd.readUInt16LE(q + 2);
          if (id === 1) {
            let r = q + 4;
            const next = (what) => {
              if (r + 8 > q + 4 + length)
                throw new ZipError(path, "corrupt", `ZIP64 extra field of ${name} lacks the ${what}`);
              const value = safeNumber(path, cd.readBigUInt64LE(r), what);
              r += 8;
              return value;
            };
            if (uncompressedSize === 4294967295)
              uncompressedSize = next("size");
            if (compressedSize === 4294967295)
              compressedSize = next("compressed size");
            if (localHeaderOffset === 4294967295)
              localHeaderOffset = next("local header offset");
            return { compressedSize, uncompressedSize, localHeaderOffset };
          }
          q += 4 + length;
        }
        throw new ZipError(path, "corrupt", `${name} has ZIP64 sizes but no ZIP64 extra field`);
      }
      function entryName(cd, start, end) {
        for (let i = start; i < end; i++)
          if (cd[i] >= 128)
            return cd.toString("utf8", start, end);
        return cd.toString("latin1", start, end);
      }
      ;
      const DEFAULT_MAX_MEMBER_BYTES = 1024 ** 3;
      const hasCrc32 = typeof external_node_zlib_namespaceObject.crc32 === "function";
      const DECOMPRESSION_BUDGET_BYTES = 512 * 1024 ** 2;
      class ByteBudget {
        limit;
        used = 0;
        waiting = [];
        constructor(limit) {
          this.limit = limit;
        }
        async acquire(bytes) {
          const need = Math.min(bytes, this.limit);
          while (this.used > 0 && this.used + need > this.limit) {
            await new Promise((resolve) => this.waiting.push(resolve));
          }
          this.used += need;
          let released = false;
          return () => {
            if (released)
              return;
            released = true;
            this.used -= need;
            for (const wake of this.waiting.splice(0))
              wake();
          };
        }
      }
      const decompressionBudget = new ByteBudget(DECOMPRESSION_BUDGET_BYTES);
      const SYNC_INFLATE_BYTES = 8 * 1024 ** 2;
      function inflateRaw(data, maxOutputLength) {
        if ((0, serving_thread.y)() || maxOutputLength <= SYNC_INFLATE_BYTES) {
          try {
            const chunkSize = Math.max(64, Math.min(maxOutputLength, SYNC_INFLATE_BYTES));
            return Promise.resolve(external_node_zlib_namespaceObject.inflateRawSync(data, { maxOutputLength, chunkSize }));
          } catch (error) {
            return Promise.reject(error);
          }
        }
        return new Promise((resolve, reject) => external_node_zlib_namespaceObject.inflateRaw(data, { maxOutputLength }, (error, result) => error ? reject(error) : resolve(result)));
      }
      async function inflateMember(stored, declared, fail) {
        let data;
        try {
          data = await inflateRaw(stored, Math.max(1, declared));
        } catch (error) {
          if (error.code === "ERR_BUFFER_TOO_LARGE") {
            throw fail("too-large", `deflate data decompresses to more than the declared ${declared} bytes`);
          }
          throw fail("corrupt", `deflate: ${error.message}`);
        }
        if (data.length !== declared) {
          throw fail(data.length > declared ? "too-large" : "corrupt", `deflate data decompresses to ${data.length} bytes, the entry declares ${declared}`);
        }
        return data;
      }
      class ZipArchive {
        path;
        handle;
        size;
        entries;
        maxMemberBytes;
        zstdDecoder;
        constructor(path, handle, size, entries, maxMemberBytes, zstdDecoder) {
          this.path = path;
          this.handle = handle;
          this.size = size;
          this.entries = entries;
          this.maxMemberBytes = maxMemberBytes;
          this.zstdDecoder = zstdDecoder;
        }
        /** Open an archive and read its central directory. Throws ZipError. */
        static async open(path, options = {}) {
          let handle;
          try {
            handle = await (0, random_access_file.sb)(path);
          } catch (error) {
            throw fileError(path, error);
          }
          try {
            const stat = await handle.stat();
            if (!stat.isFile())
              throw new ZipError(path, "not-a-file", "not a regular file");
            const maxMemberBytes = Math.min(options.maxMemberBytes ?? DEFAULT_MAX_MEMBER_BYTES, external_node_buffer_.constants.MAX_LENGTH);
            const entries = await readCentralDirectory(path, handle, stat.size, maxMemberBytes);
            return new ZipArchive(path, handle, stat.size, entries, maxMemberBytes, options.zstdDecoder ?? "auto");
          } catch (error) {
            await handle.close().catch(() => void 0);
            throw error instanceof ZipError ? error : new ZipError(path, "io", error.message);
          }
        }
        has(name) {
          return this.entries.has(name);
        }
        /** The decompressed bytes of one member (refused above `maxBytes`, default the member cap). Throws ZipError. */
        async read(name, maxBytes = this.maxMemberBytes) {
          const entry = this.entries.get(name);
          if (!entry)
            throw new ZipError(this.path, "no-such-member", "no such member in the archive", name);
          const fail = (problem, detail) => new ZipError(this.path, problem, detail, name);
          if (entry.flags & 1)
            throw fail("unsupported", "member is encrypted");
          if (entry.method !== 0 && entry.method !== 8 && entry.method !== 93) {
            throw fail("unsupported", `compression method ${entry.method} is not supported (0, 8 and 93 are)`);
          }
          const limit = Math.min(maxBytes, this.maxMemberBytes);
          if (entry.uncompressedSize > limit || entry.compressedSize > limit) {
            throw fail("too-large", `declared size ${Math.max(entry.uncompressedSize, entry.compressedSize)} bytes exceeds the ${limit}-byte limit`);
          }
          const release = await decompressionBudget.acquire(entry.uncompressedSize + entry.compressedSize);
          try {
            return await this.readEntry(entry, name, fail);
          } finally {
            release();
          }
        }
        async readEntry(entry, name, fail) {
          const local = await readAt(this.path, this.handle, this.size, entry.localHeaderOffset, LOCAL_HEADER_SIZE, name);
          if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) {
            throw fail("corrupt", `no local header at offset ${entry.localHeaderOffset}`);
          }
          const dataOffset = entry.localHeaderOffset + LOCAL_HEADER_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
          if (dataOffset + entry.compressedSize > this.size) {
            throw fail("truncated", `member data runs past the end of the file (${this.size} bytes)`);
          }
          const stored = await readAt(this.path, this.handle, this.size, dataOffset, entry.compressedSize, name);
          let data;
          if (entry.method === 0) {
            if (entry.compressedSize !== entry.uncompressedSize) {
              throw fail("corrupt", `stored member has compressed size ${entry.compressedSize} but size ${entry.uncompressedSize}`);
            }
            data = stored;
          } else if (entry.method === 8) {
            data = await inflateMember(stored, entry.uncompressedSize, fail);
          } else {
            try {
              data = await decompressZstd(stored, entry.uncompressedSize, this.zstdDecoder);
            } catch (error) {
              if (error instanceof ZstdDecodeError)
                throw fail(error.problem, error.message);
              throw error;
            }
          }
          if (data !== stored)
            releaseBuffer(stored);
          if (hasCrc32 && external_node_zlib_namespaceObject.crc32(data) !== entry.crc32)
            throw fail("corrupt", "CRC-32 mismatch");
          return data;
        }
        /** One member as UTF-8 text. */
        async readText(name) {
          const entry = this.entries.get(name);
          if (entry && entry.uncompressedSize > external_node_buffer_.constants.MAX_STRING_LENGTH) {
            throw new ZipError(this.path, "too-large", `${entry.uncompressedSize} bytes is more than a JavaScript string can hold`, name);
          }
          const data = await this.read(name);
          const text = data.toString("utf8");
          releaseBuffer(data);
          return text;
        }
        /** Closes the file and frees the central directory's bytes. */
        async close() {
          this.entries.release();
          await this.handle.close();
        }
      }
      async function withZipArchive(path, options, use) {
        const archive = await ZipArchive.open(path, options);
        try {
          return await use(archive);
        } finally {
          await archive.close().catch(() => void 0);
        }
      }
      ;
      class LogFormatError extends Error {
        name = "LogFormatError";
      }
      const NAN_SENTINEL = "\0inspect-NaN\0";
      const STRING_OR_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"?|-?Infinity|NaN/g;
      function parseInspectJson(text, what) {
        try {
          return JSON.parse(text);
        } catch (firstError) {
          let sawNaN = false;
          const rewritten = text.replace(STRING_OR_TOKEN, (token) => {
            if (token.startsWith('"'))
              return token;
            if (token === "NaN") {
              sawNaN = true;
              return JSON.stringify(NAN_SENTINEL);
            }
            return token.startsWith("-") ? "-1e999" : "1e999";
          });
          if (rewritten === text)
            throw new LogFormatError(`${what} is not valid JSON (${firstError.message})`);
          try {
            return sawNaN ? JSON.parse(rewritten, (_key, value) => value === NAN_SENTINEL ? Number.NaN : value) : JSON.parse(rewritten);
          } catch (error) {
            throw new LogFormatError(`${what} is not valid JSON (${error.message})`);
          }
        }
      }
      const QUOTE = 34;
      const BACKSLASH = 92;
      const COMMA = 44;
      const COLON = 58;
      const OPEN_OBJECT = 123;
      const CLOSE_OBJECT = 125;
      const OPEN_ARRAY = 91;
      const CLOSE_ARRAY = 93;
      function isWhitespace(byte) {
        return byte === 32 || byte === 10 || byte === 13 || byte === 9;
      }
      async function scanJsonLog(path, onSample, chunkSize = 1024 * 1024) {
        const scanner = new JsonLogScanner(onSample);
        const handle = await (0, random_access_file.sb)(path);
        try {
          const stat = await handle.stat();
          if (!stat.isFile())
            throw new LogFormatError("not a regular file");
          const chunk = Buffer.allocUnsafe(chunkSize);
          let offset = 0;
          for (; ; ) {
            const { bytesRead } = await handle.read(chunk, 0, chunkSize, offset);
            if (bytesRead === 0)
              break;
            scanner.feed(chunk.subarray(0, bytesRead), offset);
            offset += bytesRead;
          }
        } finally {
          await handle.close();
        }
        if (!scanner.started)
          throw new LogFormatError("is empty, not a JSON log");
        if (!scanner.finished)
          throw new LogFormatError("ends before the log object is complete (truncated JSON)");
        return scanner.members;
      }
      class JsonLogScanner {
        onSample;
        members = /* @__PURE__ */ new Map();
        started = false;
        finished = false;
        sampleIndex = 0;
        depth = 0;
        inString = false;
        escaped = false;
        // The segment being captured: bytes between two separators at the level we split at.
        segmentKind = null;
        segmentParts = [];
        segmentStart = 0;
        memberKey = null;
        inSamples = false;
        /** The chunk being scanned, its position in the file, and the next backslash in it. */
        bytes = Buffer.alloc(0);
        chunkStart = 0;
        nextBackslash = -1;
        constructor(onSample) {
          this.onSample = onSample;
        }
        /** Scans the next chunk; `chunkStart` is its position in the file. */
        feed(bytes, chunkStart) {
          this.bytes = bytes;
          this.chunkStart = chunkStart;
          this.segmentStart = 0;
          let i = chunkStart === 0 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
          this.nextBackslash = bytes.indexOf(BACKSLASH, i);
          while (i < bytes.length) {
            if (this.inString) {
              i = this.skipInString(i);
              continue;
            }
            this.structural(i);
            i++;
          }
          if (this.segmentKind !== null) {
            this.segmentParts.push(Buffer.from(bytes.subarray(this.segmentStart)));
          }
        }
        /** Inside a string: jump to the next quote or backslash (most of a log's bytes are inside strings). */
        skipInString(i) {
          const bytes = this.bytes;
          if (this.escaped) {
            this.escaped = false;
            return i + 1;
          }
          if (this.nextBackslash !== -1 && this.nextBackslash < i)
            this.nextBackslash = bytes.indexOf(BACKSLASH, i);
          const quote = bytes.indexOf(QUOTE, i);
          if (this.nextBackslash !== -1 && (quote === -1 || this.nextBackslash < quote)) {
            this.escaped = true;
            return this.nextBackslash + 1;
          }
          if (quote === -1)
            return bytes.length;
          this.inString = false;
          return quote + 1;
        }
        /** One byte outside strings. */
        structural(i) {
          const byte = this.bytes[i];
          if (this.finished) {
            if (!isWhitespace(byte))
              throw new LogFormatError(`unexpected data after the log object at byte ${this.chunkStart + i}`);
            return;
          }
          if (!this.started && !isWhitespace(byte)) {
            if (byte !== OPEN_OBJECT)
              throw new LogFormatError("is not a JSON object");
            this.started = true;
          }
          switch (byte) {
            case QUOTE:
              this.inString = true;
              break;
            case OPEN_OBJECT:
            case OPEN_ARRAY:
              this.depth++;
              if (this.depth === 1)
                this.startSegment("member", i + 1);
              else if (this.depth === 2 && this.inSamples && byte === OPEN_ARRAY)
                this.startSegment(this.onSample ? "sample" : null, i + 1);
              break;
            case CLOSE_OBJECT:
            case CLOSE_ARRAY:
              if (this.depth === 1) {
                this.finishSegment(i);
                this.finished = true;
              } else if (this.depth === 2 && this.inSamples) {
                this.finishSegment(i);
                this.inSamples = false;
              }
              this.depth--;
              break;
            case COMMA:
              this.separator(i);
              break;
            case COLON:
              if (this.depth === 1 && this.segmentKind === "member" && this.memberKey === null)
                this.memberKeyEnds(i);
              break;
          }
        }
        separator(i) {
          if (this.depth === 1) {
            this.finishSegment(i);
            this.inSamples = false;
            this.startSegment("member", i + 1);
          } else if (this.depth === 2 && this.inSamples) {
            this.finishSegment(i);
            this.startSegment(this.onSample ? "sample" : null, i + 1);
          }
        }
        memberKeyEnds(i) {
          const keyText = this.take(i).toString("utf8");
          const key = parseInspectJson(keyText.trim(), "a member key");
          if (typeof key !== "string")
            throw new LogFormatError(`a member key is not a string: ${keyText.trim()}`);
          this.memberKey = key;
          if (key === "samples" || key === "reductions") {
            this.inSamples = key === "samples";
            this.segmentKind = null;
          } else {
            this.segmentStart = i + 1;
          }
        }
        take(end) {
          const parts = this.segmentParts;
          parts.push(this.bytes.subarray(this.segmentStart, end));
          this.segmentParts = [];
          return parts.length === 1 ? Buffer.from(parts[0]) : Buffer.concat(parts);
        }
        startSegment(kind, at) {
          this.segmentKind = kind;
          this.segmentParts = [];
          this.segmentStart = at;
          if (kind === "member")
            this.memberKey = null;
        }
        finishSegment(end) {
          if (this.segmentKind === null)
            return;
          const raw = this.take(end);
          const kind = this.segmentKind;
          this.segmentKind = null;
          if (raw.toString("latin1").trim() === "")
            return;
          if (kind === "sample")
            this.onSample?.(raw, this.sampleIndex++);
          else if (this.memberKey !== null)
            this.members.set(this.memberKey, raw);
          else
            throw new LogFormatError(`a member of the log object has no key near byte ${this.chunkStart + end}`);
        }
      }
      ;
      const json_array_QUOTE = 34;
      const json_array_BACKSLASH = 92;
      const json_array_COMMA = 44;
      const json_array_OPEN_OBJECT = 123;
      const json_array_CLOSE_OBJECT = 125;
      const json_array_OPEN_ARRAY = 91;
      const json_array_CLOSE_ARRAY = 93;
      const json_array_isWhitespace = (byte) => byte === 32 || byte === 10 || byte === 13 || byte === 9;
      function forEachArrayElement(bytes, what, onElement) {
        let i = 0;
        while (i < bytes.length && json_array_isWhitespace(bytes[i]))
          i++;
        if (bytes[i] !== json_array_OPEN_ARRAY)
          throw new LogFormatError(`${what} is not a JSON array`);
        i++;
        let depth = 0;
        let inString = false;
        let start = i;
        let index = 0;
        const emit = (end) => {
          let from = start;
          let to = end;
          while (from < to && json_array_isWhitespace(bytes[from]))
            from++;
          while (to > from && json_array_isWhitespace(bytes[to - 1]))
            to--;
          if (from === to) {
            if (index > 0 || bytes[end] === json_array_COMMA)
              throw new LogFormatError(`${what}: an empty element at byte ${from}`);
            return;
          }
          onElement(bytes.subarray(from, to), index++);
        };
        for (; i < bytes.length; i++) {
          const byte = bytes[i];
          if (inString) {
            if (byte === json_array_BACKSLASH)
              i++;
            else if (byte === json_array_QUOTE)
              inString = false;
          } else if (byte === json_array_QUOTE)
            inString = true;
          else if (byte === json_array_OPEN_OBJECT || byte === json_array_OPEN_ARRAY)
            depth++;
          else if (byte === json_array_CLOSE_OBJECT || byte === json_array_CLOSE_ARRAY && depth > 0)
            depth--;
          else if (depth === 0 && byte === json_array_COMMA) {
            emit(i);
            start = i + 1;
          } else if (depth === 0 && byte === json_array_CLOSE_ARRAY) {
            emit(i);
            for (i++; i < bytes.length; i++) {
              if (!json_array_isWhitespace(bytes[i]))
                throw new LogFormatError(`${what} has bytes after its array`);
            }
            return;
          }
        }
        throw new LogFormatError(`${what} ends before its array does (truncated?)`);
      }
      ;
      const V1_SCORE_KEY = "score";
      function sampleToSummary(sample) {
        const summary = toSummary(sample, "a sample");
        if (Object.keys(summary.scores).length === 0 && isRecord(sample["score"])) {
          summary.scores = { [V1_SCORE_KEY]: toSampleScore(sample["score"]) };
        }
        if (isRecord(sample["error"]))
          summary.error = stringOrNull(sample["error"]["message"]);
        return summary;
      }
      function lastAssistantText(sample) {
        const messages = Array.isArray(sample["messages"]) ? sample["messages"] : [];
        for (let i = messages.length - 1; i >= 0; i--) {
          const message = messages[i];
          if (isRecord(message) && message["role"] === "assistant")
            return contentText(message["content"]);
        }
        const output = sample["output"];
        if (isRecord(output) && Array.isArray(output["choices"])) {
          const choice = output["choices"][0];
          if (isRecord(choice) && isRecord(choice["message"]))
            return contentText(choice["message"]["content"]);
        }
        return null;
      }
      function contentText(content) {
        if (typeof content === "string")
          return content.trim();
        if (!Array.isArray(content))
          return "";
        return content.filter((part) => isRecord(part) && part["type"] === "text").map((part) => typeof part["text"] === "string" ? part["text"] : "").join("").trim();
      }
      function specScorerNames(spec) {
        if (!Array.isArray(spec["scorers"]))
          return [];
        return spec["scorers"].flatMap((scorer) => isRecord(scorer) && typeof scorer["name"] === "string" ? [scorer["name"]] : []);
      }
      function plannedSamples(spec) {
        const dataset = isRecord(spec["dataset"]) ? spec["dataset"] : {};
        const config = isRecord(spec["config"]) ? spec["config"] : {};
        const count = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
        const ids = Array.isArray(dataset["sample_ids"]) ? dataset["sample_ids"].length : null;
        const samples = count(dataset["samples"]);
        const limit = count(config["limit"]);
        const perEpoch = ids ?? (samples === null ? null : limit === null ? samples : Math.min(samples, limit));
        if (perEpoch === null)
          return null;
        return perEpoch * (count(config["epochs"]) ?? 1);
      }
      function normalizeHeader(path, format, source, raw) {
        if (!isRecord(raw))
          throw new LogFormatError(`${source === "json" ? "the log" : source} is not a JSON object`);
        const where = source === "json" ? "the log" : source;
        const version = raw["version"] ?? 2;
        if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
          throw new LogFormatError(`${where} has an unsupported version ${JSON.stringify(version)}`);
        }
        const status = headerStatus(source, raw["status"], where);
        const spec = raw["eval"];
        if (!isRecord(spec))
          throw new LogFormatError(`${where} has no "eval" section`);
        const task = spec["task"];
        const model = spec["model"];
        if (typeof task !== "string")
          throw new LogFormatError(`${where} has no eval.task`);
        if (typeof model !== "string")
          throw new LogFormatError(`${where} has no eval.model`);
        const packages = spec["packages"];
        const stats = isRecord(raw["stats"]) ? raw["stats"] : {};
        const error = raw["error"];
        return {
          status,
          path,
          format,
          version,
          headerSource: source,
          task,
          taskDisplayName: stringOrNull(spec["task_display_name"]),
          model,
          modelArgs: isRecord(spec["model_args"]) ? spec["model_args"] : {},
          evalMetadata: isRecord(spec["metadata"]) ? spec["metadata"] : {},
          created: stringOrNull(spec["created"]),
          inspectVersion: isRecord(packages) ? stringOrNull(packages["inspect_ai"]) : null,
          plannedSamples: plannedSamples(spec),
          specScorers: specScorerNames(spec),
          results: normalizeResults(raw["results"]),
          stats: { startedAt: stringOrNull(stats["started_at"]), completedAt: stringOrNull(stats["completed_at"]) },
          error: isRecord(error) ? stringOrNull(error["message"]) : stringOrNull(error),
          warnings: [],
          configUpdates: Array.isArray(raw["config_updates"]) ? raw["config_updates"].flatMap(configChanges) : []
        };
      }
      function headerStatus(source, given, where) {
        if (source === "_journal/start.json")
          return "started";
        const rawStatus = given ?? "started";
        if (rawStatus !== "success" && rawStatus !== "cancelled" && rawStatus !== "error" && rawStatus !== "started") {
          throw new LogFormatError(`${where} has an unknown status ${JSON.stringify(rawStatus)}`);
        }
        return rawStatus;
      }
      function configChanges(update) {
        if (!isRecord(update) || !Array.isArray(update["changes"]))
          return [];
        return update["changes"].flatMap((change) => isRecord(change) && typeof change["name"] === "string" ? [
          {
            config: stringOrNull(change["config"]) ?? "eval",
            name: change["name"],
            value: change["value"] ?? null,
            previous: change["previous"] ?? null
          }
        ] : []);
      }
      function normalizeResults(raw) {
        if (!isRecord(raw))
          return null;
        let scores = [];
        if (Array.isArray(raw["scores"])) {
          scores = raw["scores"].flatMap((score) => isRecord(score) ? [normalizeScore(score)] : []);
        } else if (isRecord(raw["scorer"])) {
          const name = stringOrNull(raw["scorer"]["name"]) ?? "score";
          scores = [normalizeScore({ name, scorer: name, metrics: raw["metrics"] })];
        }
        return {
          totalSamples: integerOrNull(raw["total_samples"]),
          completedSamples: integerOrNull(raw["completed_samples"]),
          scores
        };
      }
      function normalizeScore(raw) {
        const name = stringOrNull(raw["name"]) ?? stringOrNull(raw["scorer"]) ?? "score";
        const metrics = {};
        if (isRecord(raw["metrics"])) {
          for (const [key, metric] of Object.entries(raw["metrics"])) {
            const value = isRecord(metric) ? metric["value"] : metric;
            if (typeof value === "number")
              metrics[key] = value;
            else if (value === null)
              metrics[key] = Number.NaN;
          }
        }
        return {
          name,
          scorer: stringOrNull(raw["scorer"]) ?? name,
          reducer: stringOrNull(raw["reducer"]),
          metrics,
          scoredSamples: integerOrNull(raw["scored_samples"]),
          unscoredSamples: integerOrNull(raw["unscored_samples"])
        };
      }
      function summaryList(raw, member) {
        if (!Array.isArray(raw))
          throw new LogFormatError(`${member} is not a JSON array`);
        const summaries = new Array(raw.length);
        for (let index = 0; index < raw.length; index++)
          summaries[index] = toSummary(raw[index], member, index);
        return summaries;
      }
      function toSummary(raw, where, index) {
        const place = () => index === void 0 ? where : `${where}[${index}]`;
        if (!isRecord(raw))
          throw new LogFormatError(`${place()} is not an object`);
        const id = raw["id"];
        if (typeof id !== "string" && typeof id !== "number")
          throw new LogFormatError(`${place()} has no sample id`);
        const epoch = typeof raw["epoch"] === "number" ? raw["epoch"] : 1;
        const target = raw["target"];
        const scores = {};
        const rawScores = raw["scores"];
        if (isRecord(rawScores)) {
          for (const scorer in rawScores) {
            const score = rawScores[scorer];
            if (Object.hasOwn(rawScores, scorer) && isRecord(score))
              scores[scorer] = toSampleScore(score);
          }
        }
        return {
          id,
          epoch,
          target: typeof target === "string" || typeof target === "number" ? target : Array.isArray(target) ? target.filter((t) => typeof t === "string" || typeof t === "number") : null,
          scores,
          // Summaries hold the message string; full samples an object (handled by the caller).
          error: stringOrNull(raw["error"])
        };
      }
      function toSampleScore(score) {
        const answer = score["answer"];
        return {
          value: score["value"] ?? null,
          answer: typeof answer === "string" ? answer : null
        };
      }
      function isRecord(value) {
        return typeof value === "object" && value !== null && !Array.isArray(value);
      }
      function stringOrNull(value) {
        return typeof value === "string" && value !== "" ? value : null;
      }
      function integerOrNull(value) {
        return typeof value === "number" && Number.isInteger(value) ? value : null;
      }
      ;
      function isReadable(log) {
        return log.status !== "unreadable";
      }
      async function readEvalLog(path, options = {}) {
        try {
          return path.toLowerCase().endsWith(".json") ? await readJsonLog(path, options) : await readEvalArchive(path, options);
        } catch (error) {
          return { status: "unreadable", path, error: describeError(path, error) };
        }
      }
      function describeError(path, error) {
        if (error instanceof ZipError)
          return error.message;
        if (error instanceof LogFormatError)
          return `${path}: ${error.message}`;
        return `${path}: ${(0, fs_errors.X)(error)}`;
      }
      const JOURNAL_SUMMARY = /^_journal\/summaries\/(\d+)\.json$/;
      async function readEvalArchive(path, options) {
        const archive = await ZipArchive.open(path, options);
        try {
          const readJson = async (member) => parseInspectJson(await archive.readText(member), `${member}`);
          let log;
          if (archive.has("header.json")) {
            log = normalizeHeader(path, "eval", "header.json", await readJson("header.json"));
          } else if (archive.has("_journal/start.json")) {
            log = normalizeHeader(path, "eval", "_journal/start.json", await readJson("_journal/start.json"));
            await readJournalConfigUpdates(archive, log, readJson);
          } else {
            throw new LogFormatError("has neither header.json nor _journal/start.json: not an inspect log, or damaged");
          }
          if (options.summaries) {
            try {
              await readArchiveSummaries(archive, log, readJson);
            } catch (error) {
              if (!(error instanceof ZipError || error instanceof LogFormatError))
                throw error;
              log.summaries = [];
              log.summariesSource = "none";
              log.warnings.push(`sample summaries could not be read: ${describeError(path, error)}`);
            }
            if (options.completionsFor) {
              for (const summary of options.completionsFor(log))
                await readArchiveCompletion(archive, summary);
            }
          }
          return log;
        } finally {
          await archive.close().catch(() => void 0);
        }
      }
      async function readArchiveSummaries(archive, log, readJson) {
        const journalFlushes = () => [...archive.entries.keys()].map((name) => ({ name, match: JOURNAL_SUMMARY.exec(name) })).filter((entry) => entry.match !== null).sort((a, b) => Number(a.match[1]) - Number(b.match[1]));
        if (archive.has("summaries.json")) {
          try {
            log.summaries = await readSummariesJson(archive, readJson);
            log.summariesSource = "summaries.json";
            return;
          } catch (error) {
            const recoverable = error instanceof ZipError || error instanceof LogFormatError;
            if (!recoverable || journalFlushes().length === 0)
              throw error;
            log.warnings.push(`summaries.json could not be read, the journal's summaries are used: ${error.message}`);
          }
        }
        const journal = journalFlushes();
        const byKey = /* @__PURE__ */ new Map();
        for (const { name } of journal) {
          for (const summary of summaryList(await readJson(name), name))
            byKey.set(sampleKey(summary), summary);
        }
        log.summaries = [...byKey.values()];
        log.summariesSource = journal.length > 0 ? "_journal/summaries" : "none";
      }
      const SPLIT_SUMMARIES_BYTES = 2 * 1024 ** 2;
      async function readSummariesJson(archive, readJson) {
        const member = "summaries.json";
        if ((archive.entries.get(member)?.uncompressedSize ?? 0) <= SPLIT_SUMMARIES_BYTES)
          return summaryList(await readJson(member), member);
        const summaries = [];
        forEachArrayElement(await archive.read(member), member, (element, index) => {
          const where = `${member}[${index}]`;
          summaries.push(toSummary(parseInspectJson(element.toString("utf8"), where), where));
        });
        return summaries;
      }
      async function readArchiveCompletion(archive, summary) {
        const flat = `samples/${summary.id}_epoch_${summary.epoch}.json`;
        const chunked = `samples/${summary.id}_epoch_${summary.epoch}/`;
        const member = !archive.has(flat) && archive.has(`${chunked}sample.json`) ? `${chunked}sample.json` : flat;
        try {
          const sample = parseInspectJson(await archive.readText(member), member);
          if (member !== flat && isRecord(sample) && !Array.isArray(sample["messages"])) {
            sample["messages"] = await chunkedMessages(archive, chunked);
          }
          summary.completion = isRecord(sample) ? lastAssistantText(sample) : null;
        } catch (error) {
          if (!(error instanceof ZipError || error instanceof LogFormatError))
            throw error;
          summary.completion = null;
          summary.completionError = describeError(archive.path, error);
        }
      }
      async function chunkedMessages(archive, folder) {
        const prefix = `${folder}messages/`;
        const chunks = [...archive.entries.keys()].filter((name) => name.startsWith(prefix)).map((name) => ({
          name,
          start: Number(/^(\d+)\.json$/.exec(name.slice(prefix.length))?.[1] ?? Number.NaN)
        })).filter((chunk) => Number.isFinite(chunk.start)).sort((a, b) => a.start - b.start);
        const messages = [];
        for (const { name } of chunks) {
          const chunk = parseInspectJson(await archive.readText(name), name);
          if (Array.isArray(chunk))
            messages.push(...chunk);
        }
        return messages;
      }
      const JOURNAL_CONFIG_UPDATE = /^_journal\/config_updates\/(\d+)\.json$/;
      async function readJournalConfigUpdates(archive, log, readJson) {
        const members = [...archive.entries.keys()].map((name) => ({ name, index: Number(JOURNAL_CONFIG_UPDATE.exec(name)?.[1] ?? Number.NaN) })).filter((member) => Number.isInteger(member.index)).sort((a, b) => a.index - b.index);
        for (const { name } of members) {
          try {
            log.configUpdates.push(...configChanges(await readJson(name)));
          } catch (error) {
            if (!(error instanceof ZipError || error instanceof LogFormatError))
              throw error;
            log.warnings.push(`${name} could not be read: ${error.message}`);
          }
        }
      }
      function sampleKey(summary) {
        return `${JSON.stringify(summary.id)}\0${String(summary.epoch)}`;
      }
      async function readJsonLog(path, options) {
        const samples = [];
        const completions = /* @__PURE__ */ new Map();
        const members = await scanJsonLog(path, options.summaries ? (raw, index) => {
          const sample = parseInspectJson(raw.toString("utf8"), `sample ${index + 1}`);
          if (!isRecord(sample))
            throw new LogFormatError(`sample ${index + 1} is not an object`);
          const summary = sampleToSummary(sample);
          samples.push(summary);
          completions.set(sampleKey(summary), lastAssistantText(sample));
        } : null);
        const header = {};
        for (const [key, raw] of members)
          header[key] = parseInspectJson(raw.toString("utf8"), `the log's "${key}"`);
        const log = normalizeHeader(path, "json", "json", header);
        if (log.version === 1) {
          const v1ScorerName = log.results?.scores[0]?.scorer ?? null;
          if (v1ScorerName !== null) {
            for (const summary of samples) {
              const single = summary.scores[V1_SCORE_KEY];
              if (single)
                summary.scores = { [v1ScorerName]: single };
            }
          }
        }
        if (options.summaries) {
          log.summaries = samples;
          log.summariesSource = "samples";
          if (options.completionsFor) {
            for (const summary of options.completionsFor(log))
              summary.completion = completions.get(sampleKey(summary)) ?? null;
          }
        }
        return log;
      }
      var eval_metrics = __nccwpck_require__2(8859);
      var eval_log_summary = __nccwpck_require__2(6393);
      var map_limit = __nccwpck_require__2(9992);
      var worker_pool = __nccwpck_require__2(9123);
      ;
      async function summarizeEvalLog(path, options = {}) {
        const preferred = options.scorer ?? null;
        const log = await readEvalLog(path, {
          maxMemberBytes: options.maxMemberBytes,
          zstdDecoder: options.zstdDecoder,
          summaries: true,
          completionsFor: (read) => {
            const summaries = read.summaries ?? [];
            if (!(0, eval_metrics.Gs)(summaries))
              return [];
            const primary = (0, eval_metrics.mK)(read.results?.scores ?? [], preferred);
            const key = (0, eval_metrics.CE)(read, primary, preferred);
            return summaries.filter((summary) => {
              const score = (0, eval_metrics.j8)(summary, key, primary?.name);
              return score === void 0 ? summary.error == null : score.answer == null;
            });
          }
        });
        return (0, eval_log_summary.e)(log, preferred);
      }
      const LOGS_PER_WORKER = 32;
      const PER_WORKER = 2;
      const LOGS_PER_TASK = 8;
      const SUMMARIZE_TASK = "summarizeEvalLogs";
      async function summarizeEvalLogs(paths, options = {}) {
        const { concurrency, onRead, onThreads, pool: given, ...perLog } = options;
        let done = 0;
        const counted = (summary) => {
          onRead?.(++done, paths.length);
          return summary;
        };
        const workers = given === void 0 ? (0, worker_pool.Mo)(Math.floor(paths.length / LOGS_PER_WORKER)) : given?.size ?? 0;
        onThreads?.(paths.length === 0 ? 0 : workers);
        if (workers === 0) {
          return (0, map_limit.s)(paths, concurrency ?? 16, async (path) => counted(await summarizeEvalLog(path, perLog)));
        }
        const pool = given ?? await worker_pool.T$.start(workers, PER_WORKER);
        const batches = [];
        for (let at = 0; at < paths.length; at += LOGS_PER_TASK)
          batches.push(paths.slice(at, at + LOGS_PER_TASK));
        const idLists = /* @__PURE__ */ new Map();
        try {
          const read = await (0, map_limit.s)(batches, workers * PER_WORKER, async (batch) => {
            const wire = await pool.run(SUMMARIZE_TASK, { paths: batch, options: perLog }).catch(() => null);
            const summaries = [];
            for (const [index, path] of batch.entries()) {
              const one = wire?.summaries[index];
              summaries.push(counted(one ? unpack(one, wire.idLists, idLists) : await summarizeEvalLog(path, perLog)));
            }
            return summaries;
          });
          return read.flat();
        } finally {
          if (given === void 0)
            await pool.close();
        }
      }
      function packBatch(summaries) {
        const idLists = [];
        const indexOf = /* @__PURE__ */ new Map();
        const packed = summaries.map((summary) => {
          const scores = summary?.sample_scores;
          if (!summary || !scores)
            return summary;
          let json = idsJson.get(scores.ids);
          if (json === void 0) {
            json = JSON.stringify(scores.ids);
            idsJson.set(scores.ids, json);
          }
          let index = indexOf.get(json);
          if (index === void 0) {
            index = idLists.push(json) - 1;
            indexOf.set(json, index);
          }
          return { ...summary, sample_scores: { ...scores, ids: [] }, sample_ids: index };
        });
        return { summaries: packed, idLists };
      }
      const idsJson = /* @__PURE__ */ new WeakMap();
      function unpack(wire, lists, idLists) {
        const { sample_ids: index, ...summary } = wire;
        const json = index === void 0 ? void 0 : lists[index];
        if (json === void 0 || !summary.sample_scores)
          return summary;
        let ids = idLists.get(json);
        if (ids === void 0) {
          ids = JSON.parse(json);
          idLists.set(json, ids);
        }
        return { ...summary, sample_scores: { ...summary.sample_scores, ids } };
      }
      const evalLogTasks = {
        [SUMMARIZE_TASK]: async (payload) => {
          const { paths, options } = payload;
          const summaries = [];
          for (const path of paths)
            summaries.push(await summarizeEvalLog(path, options).catch(() => null));
          return packBatch(summaries);
        }
      };
    })
  ),
  /***/
  9376: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        WS: () => (
          /* binding */
          readLossCurveOn
        ),
        AI: () => (
          /* binding */
          readTrainingOn
        ),
        B$: () => (
          /* binding */
          trainingTasks
        )
      });
      var random_access_file = __nccwpck_require__2(7955);
      var file_tail = __nccwpck_require__2(8211);
      ;
      const NUMBER = String.raw`[-+]?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][-+]?\d{1,4})?`;
      const NON_FINITE = String.raw`[-+]?(?:nan|inf)`;
      const CLOCK = String.raw`(?:\d{1,6}:)?\d{1,2}:\d{2}`;
      const RENDER = new RegExp(String.raw`(?:(?<![0-9])(\d{1,9})\|(\d{1,12})(?:\|Loss: (${NUMBER}|${NON_FINITE}))?: {1,8})?` + String.raw` {0,3}(\d{1,3})%\|[^|\r\n]{0,64}\| {0,8}(\d{1,12})/(\d{1,12})` + String.raw` \[(${CLOCK})<(${CLOCK}|\?), {0,8}(\?|\d{1,12}(?:\.\d{1,6})?)(it\/s|s\/it)(?:,[^\]\r\n]{0,200})?\]`, "g");
      const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;
      function parseTqdmClock(text) {
        const m = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(text);
        if (!m)
          return null;
        return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
      }
      function parseLoss(text) {
        if (text.endsWith("nan"))
          return Number.NaN;
        if (text.endsWith("inf"))
          return text.startsWith("-") ? -Infinity : Infinity;
        return Number(text);
      }
      function toProgress(m) {
        const [, epoch, globalStep, loss, , n, total, elapsed, remaining, rateValue, rateUnit] = m;
        const elapsedS = parseTqdmClock(elapsed ?? "");
        if (elapsedS === null)
          return null;
        const rateNumber = rateValue === "?" ? null : Number(rateValue);
        const rate = rateNumber === null || !Number.isFinite(rateNumber) ? null : rateUnit === "s/it" ? rateNumber > 0 ? 1 / rateNumber : null : rateNumber;
        const epochNumber = epoch === void 0 ? null : Number(epoch) + (loss === void 0 ? 1 : 0);
        return {
          epoch: epochNumber,
          globalStep: globalStep === void 0 ? null : Number(globalStep),
          step: Number(n),
          totalSteps: Number(total),
          loss: loss === void 0 ? null : parseLoss(loss),
          elapsedS,
          remainingS: remaining === "?" ? null : parseTqdmClock(remaining ?? ""),
          rate
        };
      }
      function startsAfresh(text, index) {
        const before = text[index - 1];
        return before === void 0 || before === "\r" || before === "\n" || before === "]";
      }
      function* tqdmRenders(text) {
        if (!text.includes("%|"))
          return;
        const clean = text.includes("\x1B") ? text.replace(ANSI_ESCAPE, "") : text;
        const regex = new RegExp(RENDER.source, "g");
        for (let m = regex.exec(clean); m !== null; m = regex.exec(clean)) {
          if (m[1] === void 0 && !startsAfresh(clean, m.index))
            continue;
          const progress = toProgress(m);
          if (progress)
            yield progress;
        }
      }
      function isBefore(a, b) {
        const ea = a.epoch ?? 0;
        const eb = b.epoch ?? 0;
        if (ea !== eb)
          return ea < eb;
        const sa = a.globalStep ?? 0;
        const sb = b.globalStep ?? 0;
        if (sa !== sb)
          return sa < sb;
        return a.step < b.step;
      }
      class TqdmTracker {
        current = null;
        /** The longest elapsed seen per epoch: the epoch's duration once it ended. */
        epochElapsed = /* @__PURE__ */ new Map();
        add(render) {
          const previous = this.current;
          let next = render;
          if (render.epoch === null) {
            const epoch = previous?.epoch ?? null;
            const finished = previous !== null && previous.step >= previous.totalSteps && render.step === 0;
            next = {
              ...render,
              epoch: epoch === null ? null : finished ? epoch + 1 : epoch,
              globalStep: previous?.globalStep ?? null,
              loss: previous?.loss ?? null
            };
          }
          if (next.epoch !== null) {
            const seen = this.epochElapsed.get(next.epoch) ?? 0;
            if (next.elapsedS > seen)
              this.epochElapsed.set(next.epoch, next.elapsedS);
          }
          if (previous === null || !isBefore(next, previous))
            this.current = next;
        }
        get latest() {
          return this.current;
        }
      }
      function lastTqdmProgress(text) {
        const tracker = new TqdmTracker();
        for (const render of tqdmRenders(text))
          tracker.add(render);
        return tracker.latest;
      }
      function tqdmTrainingSeconds(epochElapsed) {
        if (epochElapsed.size === 0)
          return null;
        const epochs = [...epochElapsed.keys()].sort((a, b) => a - b);
        let seconds = 0;
        for (const epoch of epochs)
          seconds += epochElapsed.get(epoch) ?? 0;
        return { seconds, epochs };
      }
      const TAIL_STEPS = [64 * 1024, 1024 * 1024];
      async function readTqdmProgress(path) {
        for (const bytes of TAIL_STEPS) {
          const tail = await (0, file_tail.l)(path, bytes);
          const progress = lastTqdmProgress(tail.text);
          if (progress || !tail.cut)
            return progress;
        }
        return null;
      }
      ;
      const OVERLAP = 1024;
      const FOLD_CHUNK = 64 * 1024;
      const MAX_TAIL = 1024 * 1024;
      async function readWindow(handle, start, length) {
        return (await (0, random_access_file.a1)(handle, start, length)).toString("latin1");
      }
      async function readTqdmBars(path, options = {}) {
        const fullRead = options.fullReadBytes ?? 128 * 1024;
        const window = Math.max(OVERLAP * 2, options.windowBytes ?? 4 * 1024);
        const handle = await (0, random_access_file.sb)(path, true);
        try {
          const { size } = await handle.stat();
          const epochElapsed = /* @__PURE__ */ new Map();
          let bytesRead = 0;
          const fold = async (start, end) => {
            let latest2 = null;
            for (let at = Math.max(0, start); at < end; at += FOLD_CHUNK - OVERLAP) {
              const length = Math.min(FOLD_CHUNK, end - at);
              const text = await readWindow(handle, at, length);
              bytesRead += text.length;
              const tracker = new TqdmTracker();
              for (const render of tqdmRenders(text))
                tracker.add(render);
              for (const [epoch, elapsed] of tracker.epochElapsed) {
                if (elapsed >= (epochElapsed.get(epoch) ?? 0))
                  epochElapsed.set(epoch, elapsed);
              }
              latest2 = tracker.latest ?? latest2;
              if (at + length >= end)
                break;
            }
            return latest2;
          };
          let latest;
          if (size <= fullRead) {
            latest = await fold(0, size);
          } else {
            let tail = window;
            latest = await fold(size - tail, size);
            while (epochElapsed.size === 0 && tail < Math.min(size, MAX_TAIL)) {
              const from = Math.max(0, size - Math.min(tail * 16, MAX_TAIL));
              latest ??= await fold(from, size - tail + OVERLAP);
              tail = size - from;
            }
            const lastEpoch = epochElapsed.size === 0 ? null : Math.max(...epochElapsed.keys());
            const end = lastEpoch === null ? null : { epoch: lastEpoch, progress: progressOf(latest) ?? lastEpoch, from: size };
            await findEpochEnds(size, window, end, fold, async (at, limit) => {
              for (let from = at, length = PROBE_BYTES; from < limit; length = window) {
                const text = await readWindow(handle, from, Math.min(length, size - from));
                bytesRead += text.length;
                for (const render of tqdmRenders(text)) {
                  if (render.epoch !== null)
                    return { epoch: render.epoch, progress: progressOf(render), from };
                }
                from += Math.max(1, text.length - OVERLAP);
              }
              return null;
            });
          }
          const total = tqdmTrainingSeconds(epochElapsed);
          return { duration: total ? { ...total, bytesRead } : null, latest };
        } finally {
          await handle.close();
        }
      }
      function progressOf(render) {
        if (render === null || render.epoch === null)
          return null;
        return render.epoch - 1 + (render.totalSteps > 0 ? render.step / render.totalSteps : 0);
      }
      const PROBE_BYTES = 1024;
      async function findEpochEnds(size, window, end, fold, probeAt) {
        if (end === null)
          return;
        let lo = 0;
        let loProgress = 0;
        for (let k = 1; k < end.epoch; k++) {
          let hi = size;
          let hiProgress = end.progress;
          const probe = async (at) => {
            const found = await probeAt(at, hi);
            if (found !== null && found.epoch <= k) {
              lo = found.from;
              loProgress = found.progress;
              return true;
            }
            hi = at;
            if (found !== null)
              hiProgress = found.progress;
            return false;
          };
          if (hi - lo > window && hiProgress > loProgress) {
            const guess = lo + (k - loProgress) / (hiProgress - loProgress) * (hi - lo);
            const before = await probe(Math.floor(Math.min(hi - 1, Math.max(lo + 1, guess))));
            for (let step = window; hi - lo > window; step *= 2) {
              const at = before ? lo + step : hi - step;
              if (at <= lo || at >= hi || await probe(at) !== before)
                break;
            }
          }
          while (hi - lo > window)
            await probe(Math.floor((lo + hi) / 2));
          await fold(lo, Math.min(size, hi + window));
        }
      }
      var training_log = __nccwpck_require__2(751);
      var fs_errors = __nccwpck_require__2(8889);
      ;
      const DEFAULT_POINTS = 60;
      const DEFAULT_WINDOW = 2 * 1024;
      const BISECTION_STEPS = 12;
      function rendersIn(buffer, atFileStart, atFileEnd) {
        const text = buffer.toString("latin1");
        const points = [];
        const regex = (0, training_log.R2)();
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
          if (m.index === 0 && !atFileStart)
            continue;
          if (m.index + m[0].length >= text.length && !atFileEnd)
            continue;
          const { epoch, step, loss } = (0, training_log.Lv)(m);
          points.push({ epoch, step, loss });
        }
        return points;
      }
      function furthest(points) {
        let best = null;
        for (const point of points) {
          if (!best || point.epoch > best.epoch || point.epoch === best.epoch && point.step >= best.step)
            best = point;
        }
        return best;
      }
      function firstNonFinite(points) {
        return points.find((point) => !Number.isFinite(point.loss)) ?? null;
      }
      class WindowReader {
        handle;
        size;
        path;
        bytesRead = 0;
        constructor(handle, size, path) {
          this.handle = handle;
          this.size = size;
          this.path = path;
        }
        async read(start, length) {
          const from = Math.max(0, Math.min(start, this.size));
          const bytes = await (0, random_access_file.a1)(this.handle, from, Math.min(length, this.size - from));
          this.bytesRead += bytes.length;
          return rendersIn(bytes, from === 0, from + bytes.length >= this.size);
        }
      }
      async function readLossCurve(path, options = {}) {
        const maxPoints = Math.max(2, Math.floor(options.maxPoints ?? DEFAULT_POINTS));
        const windowBytes = Math.max(256, Math.floor(options.windowBytes ?? DEFAULT_WINDOW));
        let handle;
        try {
          handle = await (0, random_access_file.sb)(path);
        } catch (error) {
          return failed(path, error);
        }
        try {
          const { size } = await handle.stat();
          const reader = new WindowReader(handle, size, path);
          const curve = size <= maxPoints * windowBytes ? downsample(await reader.read(0, size), maxPoints) : await sampledCurve(reader, maxPoints, windowBytes);
          return { path, ...curve, bytesRead: reader.bytesRead, fileSize: size, error: null };
        } catch (error) {
          return failed(path, error);
        } finally {
          await handle.close();
        }
      }
      function failed(path, error) {
        const problem = error instanceof Error && !("code" in error) ? error.message : (0, fs_errors.X)(error);
        return {
          path,
          points: [],
          divergedAt: null,
          bytesRead: 0,
          fileSize: 0,
          error: `cannot read the loss curve of ${path}: ${problem}`
        };
      }
      function downsample(renders, maxPoints) {
        const byStep = [];
        for (const render of renders) {
          const last = byStep[byStep.length - 1];
          if (last && render.epoch === last.epoch && render.step === last.step)
            byStep[byStep.length - 1] = render;
          else if (!last || render.epoch > last.epoch || render.epoch === last.epoch && render.step > last.step) {
            byStep.push(render);
          }
        }
        const divergedAt = firstNonFinite(byStep);
        if (byStep.length <= maxPoints)
          return { points: byStep, divergedAt };
        const keep = /* @__PURE__ */ new Set();
        for (let k = 0; k < maxPoints; k++)
          keep.add(Math.round(k * (byStep.length - 1) / (maxPoints - 1)));
        if (divergedAt)
          keep.add(byStep.indexOf(divergedAt));
        const points = [...keep].sort((x, y) => x - y).map((index) => byStep[index]).slice(-maxPoints);
        return { points: ensureIncluded(points, divergedAt, maxPoints), divergedAt };
      }
      async function sampledCurve(reader, maxPoints, windowBytes) {
        const starts = [];
        for (let k = 0; k < maxPoints; k++) {
          starts.push(Math.round(k * (reader.size - windowBytes) / (maxPoints - 1)));
        }
        const points = [];
        let lastFinite = null;
        let firstBad = null;
        let lastWindowHadRenders = false;
        const windows = await Promise.all(starts.map((start) => reader.read(start, windowBytes)));
        for (const [index, start] of starts.entries()) {
          const renders = windows[index];
          lastWindowHadRenders = renders.length > 0;
          const bad = firstNonFinite(renders);
          if (bad && !firstBad)
            firstBad = { start, point: bad };
          if (!bad && renders.length > 0 && !firstBad)
            lastFinite = start;
          const point = firstBad?.start === start ? bad : furthest(renders);
          if (point)
            points.push(point);
        }
        if (!lastWindowHadRenders) {
          const { record, bytesRead } = await (0, training_log.a)(reader.path);
          reader.bytesRead += bytesRead;
          if (record)
            points.push({ epoch: record.epoch, step: record.step, loss: record.loss });
        }
        let divergedAt = firstBad?.point ?? null;
        if (firstBad)
          divergedAt = await bisectDivergence(reader, lastFinite ?? 0, firstBad.start, windowBytes, divergedAt);
        const sorted = dedupe(points);
        return { points: ensureIncluded(sorted, divergedAt, maxPoints), divergedAt };
      }
      async function bisectDivergence(reader, finiteStart, badStart, windowBytes, found) {
        let low = finiteStart;
        let high = badStart;
        let best = found;
        for (let i = 0; i < BISECTION_STEPS && high - low > windowBytes; i++) {
          const middle = Math.floor((low + high) / 2);
          const renders = await reader.read(middle, Math.min(windowBytes, 4096));
          const bad = firstNonFinite(renders);
          if (bad) {
            high = middle;
            if (bad.step <= best.step)
              best = bad;
          } else if (renders.length > 0)
            low = middle;
          else
            break;
        }
        return best;
      }
      function dedupe(points) {
        const sorted = [...points].sort((x, y) => x.step - y.step || x.epoch - y.epoch);
        return sorted.filter((point, index) => index === 0 || point.step !== sorted[index - 1].step);
      }
      function ensureIncluded(points, divergedAt, maxPoints) {
        if (!divergedAt || points.some((point) => point.step === divergedAt.step))
          return points.slice(-maxPoints);
        const merged = dedupe([...points, divergedAt]);
        if (merged.length <= maxPoints)
          return merged;
        const index = merged.indexOf(divergedAt);
        const drop = index + 1 < merged.length - 1 ? index + 1 : index - 1;
        return merged.filter((_, i) => i !== drop);
      }
      ;
      async function readTraining(found, barDuration) {
        const diagnostics = [];
        const out = found.slurmOut;
        const reading = out ? await (0, training_log.Te)(out.path) : null;
        if (reading?.error)
          diagnostics.push({ level: "error", file: reading.path, message: reading.error });
        let progress = null;
        let duration = null;
        if (out && !reading?.error) {
          try {
            if (barDuration) {
              const bars = await readTqdmBars(out.path);
              duration = bars.duration;
              progress = bars.latest;
            } else {
              progress = await readTqdmProgress(out.path);
            }
          } catch (error) {
            diagnostics.push({
              level: "error",
              file: out.path,
              message: `cannot read the progress bars of ${out.path}: ${(0, fs_errors.X)(error)}`
            });
          }
        }
        if (found.olderOutputs > 0 && found.slurmOut) {
          diagnostics.push({
            level: "warning",
            file: found.slurmOut.path,
            message: `${found.run}: ${found.olderOutputs + 1} training outputs; the newest was read`
          });
        }
        return { run: found.run, reading, progress, barDuration: duration, curve: null, diagnostics };
      }
      const READ_TRAINING_TASK = "readTraining";
      function readTrainingOn(pool, found, barDuration) {
        if (!pool)
          return readTraining(found, barDuration);
        return pool.run(READ_TRAINING_TASK, { found, barDuration }).catch(() => readTraining(found, barDuration));
      }
      const READ_LOSS_CURVE_TASK = "readLossCurve";
      function readLossCurveOn(pool, path) {
        if (!pool)
          return readLossCurve(path);
        return pool.run(READ_LOSS_CURVE_TASK, path).catch(() => readLossCurve(path));
      }
      const trainingTasks = {
        [READ_TRAINING_TASK]: async (payload) => {
          const { found, barDuration } = payload;
          return readTraining(found, barDuration);
        },
        [READ_LOSS_CURVE_TASK]: async (payload) => readLossCurve(payload)
      };
    })
  ),
  /***/
  1217: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        HK: () => (
          /* binding */
          startReadingPool
        ),
        /* harmony export */
        gX: () => (
          /* binding */
          plannedEvaluations
        ),
        /* harmony export */
        pipelineTasks: () => (
          /* binding */
          pipelineTasks
        ),
        /* harmony export */
        qc: () => (
          /* binding */
          expectedFiles
        ),
        /* harmony export */
        ru: () => (
          /* binding */
          fineTunedRuns
        )
        /* harmony export */
      });
      var _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(9123);
      var _bootstraps_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(3227);
      var _eval_logs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7056);
      var _training_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(9376);
      const pipelineTasks = { ..._eval_logs_js__WEBPACK_IMPORTED_MODULE_2__.ni, ..._training_js__WEBPACK_IMPORTED_MODULE_3__.B$, ..._bootstraps_js__WEBPACK_IMPORTED_MODULE_1__.Be };
      async function startReadingPool(files) {
        const threads = (0, _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__.Mo)(Math.floor(files / _eval_logs_js__WEBPACK_IMPORTED_MODULE_2__.jD));
        return threads > 0 ? _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_0__.T$.start(threads, _eval_logs_js__WEBPACK_IMPORTED_MODULE_2__.bW) : null;
      }
      function plannedEvaluations(experiment) {
        return experiment.matrix.reduce((sum, entry) => sum + entry.tasks.length * (entry.epochs?.length ?? 1), 0);
      }
      function expectedFiles(experiment) {
        return fineTunedRuns(experiment) + plannedEvaluations(experiment);
      }
      function fineTunedRuns(experiment) {
        return experiment.runs.filter((run) => run.type === "fine-tuned").length;
      }
    })
  ),
  /***/
  7593: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        SS: () => (
          /* binding */
          codeSpan
        ),
        VV: () => (
          /* binding */
          escapeInline
        ),
        B4: () => (
          /* binding */
          formatCount
        ),
        xy: () => (
          /* binding */
          formatDiagnostic
        ),
        a3: () => (
          /* binding */
          formatDuration
        ),
        zX: () => (
          /* binding */
          formatLoss
        ),
        gI: () => (
          /* binding */
          formatMetric
        ),
        l9: () => (
          /* binding */
          formatPercent
        ),
        Ey: () => (
          /* binding */
          formatTimestamp
        ),
        ZL: () => (
          /* binding */
          shellQuote
        )
      });
      var clean_text = __nccwpck_require__2(9905);
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
      function safeInline(text) {
        const escaped = (0, clean_text.Ow)(text).trimStart().replace(/[&<>]/g, (char) => HTML[char] ?? char).replace(MARKUP, "\\$&").replace(BLOCK_START, "\\$1").replace(ORDERED_START, "$1\\$2");
        return breakAutolinks(escaped);
      }
      function safeCodeSpan(text) {
        const clean = (0, clean_text.Ow)(text);
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
        return (0, clean_text.Ow)(`${where}${diagnostic.message}`);
      }
    })
  ),
  /***/
  5104: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        S: () => (
          /* binding */
          escapeRawControls
        ),
        /* harmony export */
        h: () => (
          /* binding */
          renderJson
        )
        /* harmony export */
      });
      var _util_sample_codec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(5128);
      const ORDER = {
        summary: [
          "schema",
          "experiment",
          "generated",
          "complete",
          "total",
          "runs",
          "training",
          "evaluations",
          "best",
          "incomplete",
          "warnings",
          "queue",
          "watch",
          "noise_floor",
          "baseline"
        ],
        experiment: ["name", "dir"],
        run: ["name", "type", "model", "parameters", "finetune", "evaluation"],
        finetune: ["status", "reason", "slurm_out", "job_id", "progress"],
        progress: ["epoch", "step", "total_steps", "loss", "eta_s", "eta_scope", "rate"],
        watch: ["state", "started", "checks", "interval_s", "next"],
        evaluation: ["status"],
        training: [
          "run",
          "final_loss",
          "total_steps",
          "epochs",
          "duration_s",
          "duration_source",
          "job_id",
          "slurm_out",
          "checkpoints"
        ],
        evaluations: [
          "run",
          "task",
          "epoch",
          "accuracy",
          "balanced_accuracy",
          "f1",
          "samples",
          "samples_total",
          "stderr",
          "status",
          "log",
          "scorer",
          "epoch_source",
          "error",
          "accuracy_ci",
          "balanced_accuracy_ci",
          "vs_control"
        ],
        interval: ["low", "high", "method"],
        vs_control: ["run", "metric", "delta", "low", "high", "paired", "n", "method", "p", "p_holm", "after_holm"],
        noise_floor: ["task", "metric", "half_width", "n", "paired"],
        best: ["task", "run", "epoch", "metric", "value"],
        incomplete: ["run", "stage", "status", "notes"],
        warnings: ["level", "file", "line", "key", "message"]
      };
      const IN_MEMORY = /* @__PURE__ */ new Set(["analysis", "sample_scores", "loss_curve"]);
      function renderJson(summary) {
        const s = summary;
        const out = ordered(s, ORDER.summary);
        out["experiment"] = ordered(summary.experiment, ORDER.experiment);
        out["runs"] = summary.runs.map((run) => {
          const row = ordered(run, ORDER.run);
          row["finetune"] = ordered(run.finetune, ORDER.finetune);
          if (run.finetune.progress) {
            row["finetune"]["progress"] = ordered(run.finetune.progress, ORDER.progress);
          }
          row["evaluation"] = ordered(run.evaluation, ORDER.evaluation);
          return row;
        });
        for (const key of ["training", "best", "incomplete", "warnings"]) {
          out[key] = summary[key].map((row) => ordered(row, ORDER[key]));
        }
        if (summary.watch)
          out["watch"] = ordered(summary.watch, ORDER.watch);
        out["evaluations"] = summary.evaluations.map((row) => withEncodedSamples(ordered(row, ORDER.evaluations), row));
        for (const row of out["evaluations"]) {
          for (const key of ["accuracy_ci", "balanced_accuracy_ci"]) {
            if (row[key])
              row[key] = ordered(row[key], ORDER.interval);
          }
          if (row["vs_control"])
            row["vs_control"] = ordered(row["vs_control"], ORDER.vs_control);
        }
        if (summary.noise_floor) {
          out["noise_floor"] = summary.noise_floor.map((floor) => ordered(floor, ORDER.noise_floor));
        }
        return `${escapeRawControls(JSON.stringify(out, null, 2))}
`;
      }
      function escapeRawControls(json) {
        return json.replace(/[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
      }
      function withEncodedSamples(out, row) {
        const samples = row.sample_scores;
        if (!samples)
          return out;
        return {
          ...out,
          samples_fingerprint: (0, _util_sample_codec_js__WEBPACK_IMPORTED_MODULE_0__.bz)(samples.ids),
          sample_scores: (0, _util_sample_codec_js__WEBPACK_IMPORTED_MODULE_0__.el)(samples)
        };
      }
      function ordered(value, order = []) {
        const out = {};
        const known = new Set(order);
        const rest = Object.keys(value).filter((key) => !known.has(key)).sort();
        for (const key of [...order, ...rest]) {
          if (IN_MEMORY.has(key))
            continue;
          if (key in value && value[key] !== void 0)
            out[key] = value[key];
        }
        return out;
      }
    })
  ),
  /***/
  9866: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        FV: () => (
          /* binding */
          discoverEvalLogs
        ),
        /* harmony export */
        U7: () => (
          /* binding */
          listEvalLogs
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _util_contained_path_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7573);
      var _util_folder_listing_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(7095);
      var _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(8889);
      const JSON_LOG_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}[-:]\d{2}[-:]\d{2}.*\.json$/;
      function isEvalLogName(name) {
        return name.endsWith(".eval") || JSON_LOG_NAME.test(name);
      }
      async function listEvalLogs(dir) {
        const found = [];
        const walk = async (current) => {
          const entries = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(current, { withFileTypes: true });
          for (const entry of entries) {
            const path = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, entry.name);
            if (entry.isDirectory()) {
              if (entry.name !== ".buffer" && entry.name !== "node_modules")
                await walk(path);
            } else if (entry.isFile() && isEvalLogName(entry.name))
              found.push(path);
          }
        };
        await walk(dir);
        return found.sort();
      }
      async function discoverEvalLogs(dir, roots, listings = new _util_folder_listing_js__WEBPACK_IMPORTED_MODULE_3__.y()) {
        const files = [];
        const skipped = [];
        const seenDirs = /* @__PURE__ */ new Set();
        const walk = async (current, isTop) => {
          const place = await listings.inside(current, roots);
          if (!place.ok) {
            if (!(isTop && place.reason === "missing"))
              skipped.push({ file: current, reason: place.detail });
            return;
          }
          if (seenDirs.has(place.real))
            return;
          seenDirs.add(place.real);
          let entries;
          try {
            entries = await listings.entries(current);
          } catch (error) {
            if (isTop && (0, _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_4__.b)(error))
              return;
            skipped.push({ file: current, reason: `the folder cannot be listed: ${(0, _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_4__.X)(error)}` });
            return;
          }
          for (const entry of [...entries].sort((a, b) => a.name < b.name ? -1 : 1)) {
            const full = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, entry.name);
            if (entry.name === ".buffer" || entry.name === "node_modules")
              continue;
            if (entry.isDirectory()) {
              if (isEvalLogName(entry.name))
                skipped.push({ file: full, reason: "a directory, not a log file" });
              else
                await walk(full, false);
            } else if (entry.isFile()) {
              if (isEvalLogName(entry.name))
                files.push(full);
            } else if (entry.isSymbolicLink()) {
              await followLink(full, entry.name);
            } else if (isEvalLogName(entry.name)) {
              skipped.push({ file: full, reason: "not a regular file (a socket, FIFO or device)" });
            }
          }
        };
        const followLink = async (full, name) => {
          const place = await (0, _util_contained_path_js__WEBPACK_IMPORTED_MODULE_2__.LI)(full, roots);
          if (!place.ok) {
            if (isEvalLogName(name))
              skipped.push({ file: full, reason: place.detail });
            return;
          }
          const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full).catch(() => null);
          if (info?.isDirectory()) {
            if (isEvalLogName(name))
              skipped.push({ file: full, reason: "a link to a directory, not a log file" });
            else
              await walk(full, false);
          } else if (info?.isFile() && isEvalLogName(name))
            files.push(full);
        };
        await walk(dir, true);
        return { files: files.sort(), skipped };
      }
    })
  ),
  /***/
  4011: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Mv: () => (
          /* binding */
          epochFromEvalJobName
        ),
        /* harmony export */
        Pt: () => (
          /* binding */
          jobIdFromSlurmFileName
        ),
        /* harmony export */
        TX: () => (
          /* binding */
          listCheckpointEpochs
        ),
        /* harmony export */
        cG: () => (
          /* binding */
          findTrainingSlurmOutput
        ),
        /* harmony export */
        oH: () => (
          /* binding */
          evalLogNamesInSlurmOutput
        ),
        /* harmony export */
        xI: () => (
          /* binding */
          epochFromJobScriptName
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _util_file_tail_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(8211);
      var _util_order_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__2(1204);
      var _util_strings_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__2(558);
      var _util_contained_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(7573);
      var _util_folder_listing_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__2(7095);
      var _training_log_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__2(751);
      var _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__2(8889);
      const SLURM_OUT_NAME = /^slurm-(.+)\.out$/;
      const JOB_ID_IN_NAME = /^slurm-(\d+(?:_\d+)?)\.out$/;
      function jobIdFromSlurmFileName(name) {
        return JOB_ID_IN_NAME.exec((0, node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(name))?.[1] ?? null;
      }
      function warningFor(file, what, error) {
        return { level: "warning", file, message: `cannot read ${what} ${file}: ${(0, _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__.X)(error)}` };
      }
      async function listDir(dir, what, listings) {
        try {
          return { entries: await listings.entries(dir), warning: null };
        } catch (error) {
          if ((0, _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__.b)(error))
            return { entries: [], warning: null };
          return { entries: [], warning: warningFor(dir, what, error) };
        }
      }
      async function slurmOutputsIn(dir, location, roots, listings) {
        if (roots !== null) {
          const place = await listings.inside(dir, roots);
          if (!place.ok) {
            return {
              files: [],
              warnings: place.reason === "missing" ? [] : [{ level: "warning", file: dir, message: `cannot read folder ${dir}: ${place.detail}` }]
            };
          }
        }
        const { entries, warning } = await listDir(dir, "folder", listings);
        const warnings = warning ? [warning] : [];
        const files = [];
        const outputs = entries.filter((entry) => SLURM_OUT_NAME.test(entry.name));
        for (const entry of outputs.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
          const { name } = entry;
          const path = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
          try {
            if (roots !== null && entry.isSymbolicLink()) {
              const place = await (0, _util_contained_path_js__WEBPACK_IMPORTED_MODULE_3__.LI)(path, roots);
              if (!place.ok) {
                warnings.push({
                  level: "warning",
                  file: path,
                  message: `cannot read SLURM output ${path}: ${place.detail}`
                });
                continue;
              }
            }
            const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
            if (info.isFile())
              files.push({ path, jobId: jobIdFromSlurmFileName(name), modifiedMs: info.mtimeMs, location });
          } catch (error) {
            if (!(0, _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__.b)(error))
              warnings.push(warningFor(path, "SLURM output", error));
          }
        }
        return { files, warnings };
      }
      const newestOutputFirst = (0, _util_order_js__WEBPACK_IMPORTED_MODULE_7__.l)((file) => file.modifiedMs, (a, b) => compareJobIds(a.jobId, b.jobId));
      function compareJobIds(a, b) {
        const key = (id) => {
          const [job, task] = (id ?? "-1").split("_");
          return [Number(job), Number(task ?? -1)];
        };
        const [aj, at] = key(a);
        const [bj, bt] = key(b);
        return aj - bj || at - bt;
      }
      async function findTrainingSlurmOutput(location, roots = null, listings = new _util_folder_listing_js__WEBPACK_IMPORTED_MODULE_4__.y()) {
        const warnings = [];
        const places = [];
        if (location.outputDir !== null)
          places.push([location.outputDir, "output"]);
        places.push([location.runDir, "run"]);
        for (const [dir, location2] of places) {
          const found = await slurmOutputsIn(dir, location2, roots, listings);
          warnings.push(...found.warnings);
          if (found.files.length > 0) {
            const [slurmOut, ...others] = found.files.sort(newestOutputFirst);
            return { slurmOut: slurmOut ?? null, others, warnings };
          }
        }
        return { slurmOut: null, others: [], warnings };
      }
      async function listCheckpointEpochs(ckOut, listings = new _util_folder_listing_js__WEBPACK_IMPORTED_MODULE_4__.y(), roots = null) {
        if (roots !== null && !(await listings.inside(ckOut, roots)).ok)
          return { epochs: [], warning: null };
        const { entries, warning } = await listDir(ckOut, "checkpoint folder", listings);
        const epochs = [];
        for (const entry of entries) {
          const m = /^epoch_(\d+)$/.exec(entry.name);
          if (!m)
            continue;
          if (entry.isDirectory())
            epochs.push(Number(m[1]));
          else if (entry.isSymbolicLink()) {
            const path = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ckOut, entry.name);
            if (roots !== null && !(await (0, _util_contained_path_js__WEBPACK_IMPORTED_MODULE_3__.LI)(path, roots)).ok)
              continue;
            const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => null);
            if (info?.isDirectory())
              epochs.push(Number(m[1]));
          }
        }
        return { epochs: epochs.sort((a, b) => a - b), warning };
      }
      function epochFromEvalJobName(jobName) {
        const m = /^eval-.+-ep(\d+)$/s.exec(jobName.trim());
        return m ? Number(m[1]) : null;
      }
      function epochFromJobScriptName(name) {
        const m = /^.+_epoch(\d+)\.slurm$/.exec((0, node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(name));
        return m ? Number(m[1]) : null;
      }
      const LOG_LINE = /^\s*Log:\s*(.*)$/;
      const EVAL_OUTPUT_TAIL_BYTES = 1024 * 1024;
      const LOG_FILE_END = /\.(?:eval|json)$/;
      const MAX_FOLDED_LINES = 8;
      async function evalLogNamesInSlurmOutput(path) {
        let tail;
        try {
          tail = await (0, _util_file_tail_js__WEBPACK_IMPORTED_MODULE_2__.l)(path, EVAL_OUTPUT_TAIL_BYTES);
        } catch (error) {
          if ((0, _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__.b)(error))
            return { logNames: [], failure: null, warning: null };
          return { logNames: [], failure: null, warning: warningFor(path, "eval SLURM output", error) };
        }
        const lines = tail.text.split("\n");
        if (tail.cut)
          lines.shift();
        const failure = (0, _training_log_js__WEBPACK_IMPORTED_MODULE_5__.qm)(tail.text.slice(-_training_log_js__WEBPACK_IMPORTED_MODULE_5__.g3));
        return {
          logNames: announcedLogNames(lines).map(_util_strings_js__WEBPACK_IMPORTED_MODULE_8__.ht),
          failure: failure && { ...failure, reason: (0, _util_strings_js__WEBPACK_IMPORTED_MODULE_8__.ht)(failure.reason) },
          warning: null
        };
      }
      function announcedLogNames(lines) {
        const logNames = [];
        let folding = null;
        const finish = (text) => {
          const name = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(text.trim());
          if (LOG_FILE_END.test(name) && !logNames.includes(name))
            logNames.push(name);
        };
        for (const rawLine of lines) {
          const line = rawLine.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");
          if (folding) {
            const piece = line.trim();
            if (piece === "" || piece.includes(" ") || folding.extraLines >= MAX_FOLDED_LINES) {
              folding = null;
            } else {
              folding.text += piece;
              folding.extraLines++;
              if (LOG_FILE_END.test(folding.text)) {
                finish(folding.text);
                folding = null;
              }
              continue;
            }
          }
          const m = LOG_LINE.exec(line);
          if (!m)
            continue;
          const text = (m[1] ?? "").trim();
          if (LOG_FILE_END.test(text))
            finish(text);
          else
            folding = { text, extraLines: 0 };
        }
        return logNames;
      }
    })
  ),
  /***/
  751: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        g3: () => (
          /* reexport */
          FAILURE_TAIL_BYTES
        ),
        qm: () => (
          /* reexport */
          failureEvidenceInText
        ),
        a: () => (
          /* binding */
          findLastLossRecord
        ),
        R2: () => (
          /* binding */
          lossRegex
        ),
        Te: () => (
          /* binding */
          readTrainingLog
        ),
        Lv: () => (
          /* binding */
          toRecord
        )
      });
      var external_node_fs_ = __nccwpck_require__2(3024);
      var file_tail = __nccwpck_require__2(8211);
      var fs_errors = __nccwpck_require__2(8889);
      ;
      function failure_describeIoError(path, error) {
        return new Error(`cannot read training log ${path}: ${(0, fs_errors.X)(error)}`, { cause: error });
      }
      const FAILURE_TAIL_BYTES = 64 * 1024;
      const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;
      const CUDA_OOM = /torch\.(?:cuda\.)?OutOfMemoryError|CUDA out of memory/;
      const HOST_OOM = /oom[_-]kill events?|: Out Of Memory\b/;
      const SLURM_CANCELLED = /\*\*\* (JOB|STEP) (\S+) ON (\S+) CANCELLED AT (\S+)(?: DUE (?:TO|to) (.+?))? \*\*\*/;
      const RANK_PREFIX = /^\[(?:default)?rank\d+\]:\s?/;
      const MAX_REASON = 240;
      function reasonLine(text) {
        const line = text.replace(/\s+/g, " ").trim();
        return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}\u2026` : line;
      }
      function cleanLines(text) {
        return text.replace(ANSI_ESCAPE, "").split(/\r\n|\r|\n/).map((line) => line.replace(RANK_PREFIX, ""));
      }
      async function readTail(path, tailBytes) {
        try {
          return (await (0, file_tail.l)(path, tailBytes)).text;
        } catch (error) {
          throw failure_describeIoError(path, error);
        }
      }
      function lastIndexWhere(lines, test) {
        for (let i = lines.length - 1; i >= 0; i--)
          if (test(lines[i] ?? ""))
            return i;
        return -1;
      }
      function cudaOomEvidence(lines) {
        const at = lastIndexWhere(lines, (line2) => CUDA_OOM.test(line2));
        if (at < 0)
          return null;
        const line = lines[at] ?? "";
        const from = line.search(/CUDA out of memory/);
        const message = from >= 0 ? line.slice(from) : line.replace(/^[\w.]*OutOfMemoryError:\s*/, "");
        const sentences = message.split(/(?<=\.)\s+/).slice(0, 3).join(" ");
        return { status: "OUT_OF_MEMORY", reason: reasonLine(sentences || "CUDA out of memory") };
      }
      function hostOomEvidence(lines) {
        const at = lastIndexWhere(lines, (line2) => HOST_OOM.test(line2));
        if (at < 0)
          return null;
        const line = (lines[at] ?? "").replace(/^slurmstepd: error:\s*/, "").replace(/^srun: error:\s*/, "");
        const firstSentence = line.split(/(?<=\.)\s+/)[0] ?? line;
        return {
          status: "OUT_OF_MEMORY",
          reason: reasonLine(`host memory exhausted (OOM killer): ${firstSentence}`)
        };
      }
      function slurmCancellationEvidence(lines) {
        const at = lastIndexWhere(lines, (line) => SLURM_CANCELLED.test(line));
        if (at < 0)
          return null;
        const m = SLURM_CANCELLED.exec(lines[at] ?? "");
        if (!m)
          return null;
        const [, kind = "JOB", id = "?", node = "?", time = "?", due] = m;
        const what = `${kind.toLowerCase()} ${id} on ${node} cancelled at ${time}`;
        const cause = (due ?? "").trim();
        const upper = cause.toUpperCase();
        if (upper.startsWith("TIME LIMIT"))
          return { status: "TIMEOUT", reason: reasonLine(`time limit reached: ${what}`) };
        if (upper.startsWith("PREEMPTION"))
          return { status: "PREEMPTED", reason: reasonLine(`preempted: ${what}`) };
        if (upper.startsWith("NODE FAIL"))
          return { status: "NODE_FAIL", reason: reasonLine(`node failure: ${what}`) };
        if (upper.startsWith("JOB REQUEUE"))
          return { status: "CANCELLED", reason: reasonLine(`requeued: ${what}`) };
        if (upper.startsWith("SIGNAL")) {
          return { status: "CANCELLED", reason: reasonLine(`${what} by ${cause.toLowerCase()} (scancel)`) };
        }
        if (cause)
          return { status: "CANCELLED", reason: reasonLine(`${what} due to ${cause}`) };
        return { status: "CANCELLED", reason: reasonLine(`${what} (scancel)`) };
      }
      const TRACEBACK_START = "Traceback (most recent call last)";
      function lastTracebackException(lines, before = lines.length) {
        const start = lastIndexWhere(lines.slice(0, before), (line) => line.includes(TRACEBACK_START));
        if (start < 0)
          return null;
        for (let i = start + 1; i < lines.length; i++) {
          const line = lines[i] ?? "";
          if (line.trim() === "" || /^\s/.test(line))
            continue;
          if (/^[A-Za-z_][\w.]*(?::|$)/.test(line))
            return line.trim();
          return null;
        }
        return null;
      }
      function childFailedEvidence(lines) {
        const at = lastIndexWhere(lines, (line) => line.includes("ChildFailedError"));
        if (at < 0)
          return null;
        const rootAt = lines.findIndex((line, i) => i > at && line.includes("Root Cause (first observed failure)"));
        const block = rootAt >= 0 ? lines.slice(rootAt, rootAt + 12) : [];
        const field = (name) => {
          const line = block.find((l) => new RegExp(`^\\s*${name}\\s*:`).test(l));
          return line ? line.slice(line.indexOf(":") + 1).trim() : null;
        };
        const rank = field("rank")?.replace(/\s*\(.*\)$/, "") ?? null;
        const host = field("host");
        const exitcode = field("exitcode")?.replace(/\s*\(.*\)$/, "") ?? null;
        const who = `rank ${rank ?? "?"}${host ? ` on ${host}` : ""}`;
        const torchrunTraceback = lastIndexWhere(lines.slice(0, at), (line) => line.includes(TRACEBACK_START));
        const workerError = torchrunTraceback > 0 ? lastTracebackException(lines, torchrunTraceback) : null;
        const signal = exitcode !== null && exitcode.startsWith("-") ? exitcode.slice(1) : null;
        const ending = signal ? `was killed by signal ${signal}${signal === "9" ? " (SIGKILL: often the host OOM killer)" : ""}` : `exited with code ${exitcode ?? "?"}`;
        const reason = workerError && !workerError.includes("ChildFailedError") ? `torchrun: ${who} ${ending}: ${workerError}` : `torchrun: ${who} ${ending}`;
        return { status: "FAILED", reason: reasonLine(reason) };
      }
      function tracebackEvidence(lines) {
        const exception = lastTracebackException(lines);
        return exception ? { status: "FAILED", reason: reasonLine(exception) } : null;
      }
      const FAILURE_READERS = [
        cudaOomEvidence,
        hostOomEvidence,
        slurmCancellationEvidence,
        childFailedEvidence,
        tracebackEvidence
      ];
      function failureEvidenceInText(text) {
        const lines = cleanLines(text);
        for (const read of FAILURE_READERS) {
          const evidence = read(lines);
          if (evidence)
            return evidence;
        }
        return null;
      }
      async function readFailureEvidence(path, options = {}) {
        return failureEvidenceInText(await readTail(path, options.tailBytes ?? FAILURE_TAIL_BYTES));
      }
      var random_access_file = __nccwpck_require__2(7955);
      ;
      const DEFAULT_CHUNK_SIZE = 64 * 1024;
      const NUMBER = String.raw`[-+]?(?:\d{1,40}(?:\.\d{0,40})?|\.\d{1,40})(?:[eE][-+]?\d{1,4})?`;
      const NON_FINITE = String.raw`[-+]?(?:nan|inf)`;
      const LOSS_PATTERN = String.raw`(?<![0-9])(\d{1,9})\|(\d{1,12})\|Loss: (${NUMBER}|${NON_FINITE})(?![0-9A-Za-z.])` + // The tqdm tail after the description: `: 100%|#####| 250/250` (the bar is block characters).
      String.raw`(?:: {1,8}\d{1,3}%\|[^|\r\n]{0,64}\| {0,8}(\d{1,12})/(\d{1,12}))?`;
      const MAX_MATCH_BYTES = 512;
      function lossRegex() {
        return new RegExp(LOSS_PATTERN, "g");
      }
      function toRecord(match) {
        const [, epoch, step, value, done, total] = match;
        return {
          epoch: Number(epoch),
          step: Number(step),
          loss: parseLossValue(value ?? ""),
          epochProgress: done !== void 0 && total !== void 0 ? { done: Number(done), total: Number(total) } : null
        };
      }
      function parseLossValue(text) {
        if (text.endsWith("nan"))
          return Number.NaN;
        if (text.endsWith("inf"))
          return text.startsWith("-") ? -Infinity : Infinity;
        return Number(text);
      }
      async function findLastLossRecord(path, options = {}) {
        const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
        let handle;
        try {
          handle = await (0, random_access_file.sb)(path);
        } catch (error) {
          throw failure_describeIoError(path, error);
        }
        try {
          const { size: fileSize } = await handle.stat().catch((error) => {
            throw failure_describeIoError(path, error);
          });
          let bytesRead = 0;
          let chunkEnd = fileSize;
          let carry = Buffer.alloc(0);
          const chunk = Buffer.alloc(chunkSize);
          while (chunkEnd > 0) {
            const chunkStart = Math.max(0, chunkEnd - chunkSize);
            const length = chunkEnd - chunkStart;
            let got = 0;
            while (got < length) {
              const { bytesRead: n } = await handle.read(chunk, got, length - got, chunkStart + got).catch((error) => {
                throw failure_describeIoError(path, error);
              });
              if (n === 0)
                break;
              got += n;
            }
            bytesRead += got;
            const window = Buffer.concat([chunk.subarray(0, got), carry]);
            const text = window.toString("latin1");
            const windowEndsAtEof = chunkStart + window.length >= fileSize;
            let last = null;
            const regex = lossRegex();
            for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
              if (m.index === 0 && chunkStart > 0)
                continue;
              if (m.index + m[0].length >= text.length && !windowEndsAtEof)
                continue;
              last = m;
            }
            if (last)
              return { record: toRecord(last), bytesRead, fileSize };
            carry = Buffer.from(window.subarray(0, Math.min(window.length, MAX_MATCH_BYTES)));
            chunkEnd = chunkStart;
          }
          return { record: null, bytesRead, fileSize };
        } finally {
          await handle.close();
        }
      }
      async function readFinalLoss(path, options = {}) {
        const { record } = await findLastLossRecord(path, options);
        if (!record)
          return null;
        return {
          finalLoss: record.loss,
          totalSteps: record.step,
          epochs: record.epoch,
          epochProgress: record.epochProgress
        };
      }
      async function* scanLossRenders(path, options = {}) {
        const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? DEFAULT_CHUNK_SIZE });
        let pending = "";
        let from = 0;
        try {
          for await (const chunk of stream) {
            pending += chunk.toString("latin1");
            const limit = pending.length - MAX_MATCH_BYTES;
            if (limit <= from)
              continue;
            const regex2 = lossRegex();
            regex2.lastIndex = from;
            let cut = limit;
            for (let m = regex2.exec(pending); m !== null && m.index < limit; m = regex2.exec(pending)) {
              yield toRecord(m);
              cut = Math.max(cut, m.index + m[0].length);
            }
            pending = pending.slice(cut - 1);
            from = 1;
          }
        } catch (error) {
          throw describeIoError(path, error);
        }
        const regex = lossRegex();
        regex.lastIndex = from;
        for (let m = regex.exec(pending); m !== null; m = regex.exec(pending))
          yield toRecord(m);
      }
      async function* scanLossCurve(path, options = {}) {
        let current = null;
        for await (const render of scanLossRenders(path, options)) {
          if (current === null) {
            current = render;
            continue;
          }
          if (render.epoch === current.epoch && render.step === current.step) {
            current = render;
          } else if (render.epoch > current.epoch || render.epoch === current.epoch && render.step > current.step) {
            yield { epoch: current.epoch, step: current.step, loss: current.loss };
            current = render;
          }
        }
        if (current)
          yield { epoch: current.epoch, step: current.step, loss: current.loss };
      }
      async function readTrainingLog(path, options = {}) {
        try {
          const [loss, failure] = [await readFinalLoss(path, options), await readFailureEvidence(path)];
          return { path, loss, failure, error: null };
        } catch (error) {
          return { path, loss: null, failure: null, error: error.message };
        }
      }
    })
  ),
  /***/
  9905: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Ow: () => (
          /* binding */
          cleanLine2
        ),
        /* harmony export */
        kJ: () => (
          /* binding */
          terminalSafe
        ),
        /* harmony export */
        yj: () => (
          /* binding */
          decodeBytes
        )
        /* harmony export */
      });
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
      function cleanLine2(text) {
        return text.replace(LINE_BREAKS, " ").replace(/\t/g, " ").replace(CONTROLS, "").replace(BIDI, "").replace(LONE_SURROGATE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`).replace(REPLACEMENT, "\\uFFFD");
      }
      function cleanText(text) {
        return text.split(LINE_BREAKS).map((line) => cleanLine2(line)).join("\n");
      }
      function terminalSafe(text, multiLine = false) {
        const withoutEscapes = text.replace(TERMINAL_ESCAPES, "");
        return multiLine ? cleanText(withoutEscapes) : cleanLine2(withoutEscapes);
      }
      function hasUnsafeCharacters(text) {
        return cleanLine2(text) !== text;
      }
    })
  ),
  /***/
  7573: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        CB: () => (
          /* binding */
          realRoots
        ),
        /* harmony export */
        FK: () => (
          /* binding */
          isInside
        ),
        /* harmony export */
        Gm: () => (
          /* binding */
          unsafeNameReason
        ),
        /* harmony export */
        LI: () => (
          /* binding */
          resolveInside
        ),
        /* harmony export */
        wP: () => (
          /* binding */
          isSymlink
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _fs_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(8889);
      function isInside(root, candidate) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
        return relative === "" || !relative.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
      }
      function unsafeNameReason(name) {
        if (name === "")
          return "it is empty";
        if (name === "." || name === "..")
          return `"${name}" names a directory itself, not a folder inside it`;
        if (name.includes("\0"))
          return "it contains a NUL character";
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(name) || /^[A-Za-z]:/.test(name))
          return "it is an absolute path";
        if (/[/\\]/.test(name))
          return "it contains a path separator (/ or \\)";
        return null;
      }
      async function resolveInside(candidate, roots) {
        let real;
        try {
          real = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(candidate);
        } catch (error) {
          const code = error.code;
          if (code === "ELOOP")
            return { ok: false, reason: "loop", detail: "a symbolic link loop" };
          if ((0, _fs_errors_js__WEBPACK_IMPORTED_MODULE_2__.b)(error)) {
            const isLink = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(candidate).then((info) => info.isSymbolicLink(), () => false);
            return { ok: false, reason: "missing", detail: isLink ? "a dangling symbolic link" : "no such file" };
          }
          return { ok: false, reason: "io", detail: error.message };
        }
        for (const realRoot of await realRoots(roots)) {
          if (isInside(realRoot, real))
            return { ok: true, real };
        }
        return { ok: false, reason: "outside", detail: `it resolves to ${real}, outside the experiment` };
      }
      const realRootsOf = /* @__PURE__ */ new WeakMap();
      async function realRoots(roots) {
        const known = realRootsOf.get(roots);
        if (known)
          return known;
        let complete = true;
        const taking = Promise.all(roots.map((root) => (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => {
          complete = false;
          return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        })));
        realRootsOf.set(roots, taking);
        const real = await taking;
        if (!complete)
          realRootsOf.delete(roots);
        return real;
      }
      async function isSymlink(file) {
        try {
          return (await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file)).isSymbolicLink();
        } catch {
          return false;
        }
      }
    })
  ),
  /***/
  8211: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        G: () => (
          /* binding */
          readFileTailBytes
        ),
        /* harmony export */
        l: () => (
          /* binding */
          readFileTail
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var _clean_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(9905);
      var _random_access_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7955);
      async function readFileTail(path, maxBytes, options = {}) {
        const { bytes, cut } = await readFileTailBytes(path, maxBytes, options);
        return { text: (0, _clean_text_js__WEBPACK_IMPORTED_MODULE_2__.yj)(bytes, { cutAtStart: cut }), cut };
      }
      async function readFileTailBytes(path, maxBytes, options = {}) {
        const flags = options.noFollow ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW : "r";
        const handle = await (0, _random_access_file_js__WEBPACK_IMPORTED_MODULE_1__.sb)(path, void 0, flags, !options.ownFile);
        try {
          const { size } = await handle.stat();
          const length = Math.min(size, Math.max(0, maxBytes));
          return { bytes: await (0, _random_access_file_js__WEBPACK_IMPORTED_MODULE_1__.a1)(handle, size - length, length), cut: length < size };
        } finally {
          await handle.close();
        }
      }
    })
  ),
  /***/
  7095: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        y: () => (
          /* binding */
          FolderListings
        )
        /* harmony export */
      });
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(1455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
      var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(6760);
      var node_path__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
      var _contained_path_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7573);
      var _fs_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(8889);
      class FolderListings {
        listed = /* @__PURE__ */ new Map();
        /**
         * Per list of roots: a verdict holds for the roots it was asked against. A discovery step uses one
         * list (with a second one, a listing taken after the first verdict would be shared with it).
         */
        placed = /* @__PURE__ */ new WeakMap();
        /**
         * The entries of `dir` with their types, the same promise each time: it rejects with the fs
         * error, for each caller to word. The array is shared: not to be changed.
         */
        entries(dir) {
          let listing = this.listed.get(dir);
          if (!listing) {
            listing = listWithTypes(dir);
            listing.catch(() => void 0);
            this.listed.set(dir, listing);
          }
          return listing;
        }
        /**
         * resolveInside(dir, roots), once per folder and list of roots: the verdict of the moment it was
         * first asked, which is right before the folder was listed.
         */
        inside(dir, roots) {
          let verdicts = this.placed.get(roots);
          if (!verdicts) {
            verdicts = /* @__PURE__ */ new Map();
            this.placed.set(roots, verdicts);
          }
          let place = verdicts.get(dir);
          if (!place) {
            place = (0, _contained_path_js__WEBPACK_IMPORTED_MODULE_2__.LI)(dir, roots).then((verdict) => {
              if (verdict.ok)
                void this.entries(dir);
              return verdict;
            });
            verdicts.set(dir, place);
          }
          return place;
        }
      }
      async function listWithTypes(dir) {
        try {
          return await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        } catch (error) {
          const { syscall, path: failed } = error;
          if (!((0, _fs_errors_js__WEBPACK_IMPORTED_MODULE_3__.b)(error) && syscall === "lstat" && failed !== void 0 && failed !== dir))
            throw error;
        }
        const names = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
        const entries = await Promise.all(names.map(async (name) => {
          try {
            const info = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name));
            return {
              name,
              isDirectory: () => info.isDirectory(),
              isFile: () => info.isFile(),
              isSymbolicLink: () => info.isSymbolicLink()
            };
          } catch (error) {
            if ((0, _fs_errors_js__WEBPACK_IMPORTED_MODULE_3__.b)(error))
              return null;
            throw error;
          }
        }));
        return entries.filter((entry) => entry !== null);
      }
    })
  ),
  /***/
  8889: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        X: () => (
          /* binding */
          fsProblem
        ),
        /* harmony export */
        b: () => (
          /* binding */
          isMissing
        )
        /* harmony export */
      });
      function isMissing(error) {
        const code = error.code;
        return code === "ENOENT" || code === "ENOTDIR";
      }
      function fsProblem(error) {
        const code = error.code;
        if (code === "ENOENT")
          return "no such file";
        if (code === "EACCES" || code === "EPERM")
          return "permission denied";
        if (code === "EISDIR")
          return "is a directory";
        return error.message ?? String(error);
      }
    })
  ),
  /***/
  9992: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        s: () => (
          /* binding */
          mapLimit
        )
        /* harmony export */
      });
      async function mapLimit(items, limit, fn) {
        if (!Number.isInteger(limit) || limit < 1)
          throw new RangeError(`mapLimit: limit must be a positive integer, got ${limit}`);
        const results = new Array(items.length);
        let next = 0;
        const worker = async () => {
          while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
          }
        };
        await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
        return results;
      }
    })
  ),
  /***/
  1204: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        l: () => (
          /* binding */
          newestFirst
        ),
        /* harmony export */
        n: () => (
          /* binding */
          compareText
        )
        /* harmony export */
      });
      function newestFirst(time, tieBreak) {
        return (a, b) => (time(b) || 0) - (time(a) || 0) || tieBreak(b, a);
      }
      function compareText(a, b) {
        return a < b ? -1 : a > b ? 1 : 0;
      }
    })
  ),
  /***/
  7955: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Pq: () => (
          /* binding */
          readingInside
        ),
        /* harmony export */
        a1: () => (
          /* binding */
          readFullyAt
        ),
        /* harmony export */
        sb: () => (
          /* binding */
          openForReading
        )
        /* harmony export */
      });
      var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(3024);
      var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(1455);
      var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /* @__PURE__ */ __nccwpck_require__2.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
      var _contained_path_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(7573);
      var _serving_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__2(2913);
      const guards = /* @__PURE__ */ new Map();
      async function readingInside(roots, read) {
        const key = roots.join("\0");
        const guard = guards.get(key) ?? { roots, holders: 0 };
        guard.holders++;
        guards.set(key, guard);
        try {
          return await read();
        } finally {
          if (--guard.holders === 0 && !(0, _serving_thread_js__WEBPACK_IMPORTED_MODULE_3__.y)())
            guards.delete(key);
        }
      }
      async function sameFile(fd, path, sync) {
        try {
          const named = sync ? (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path) : await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
          const opened = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
          return opened.dev === named.dev && opened.ino === named.ino;
        } catch {
          return false;
        }
      }
      async function checkInside(fd, path, sync) {
        if (guards.size === 0)
          return;
        const procPath = `/proc/self/fd/${fd}`;
        let real;
        try {
          real = sync ? (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(procPath) : await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(procPath);
        } catch {
          real = null;
        }
        let detail = "";
        for (const guard of guards.values()) {
          if (real !== null) {
            const target = real;
            if ((await (0, _contained_path_js__WEBPACK_IMPORTED_MODULE_2__.CB)(guard.roots)).some((root) => (0, _contained_path_js__WEBPACK_IMPORTED_MODULE_2__.FK)(root, target)))
              return;
          }
          const place = await (0, _contained_path_js__WEBPACK_IMPORTED_MODULE_2__.LI)(path, guard.roots);
          if (place.ok && await sameFile(fd, place.real, sync))
            return;
          if (real === null)
            detail = place.ok ? "it changed while it was being opened" : place.detail;
        }
        throw Object.assign(new Error(detail || `it resolves to ${real}, outside the experiment (changed since it was found)`), { code: "EOUTSIDE", path });
      }
      async function openForReading(path, sync = (0, _serving_thread_js__WEBPACK_IMPORTED_MODULE_3__.y)(), flags = "r", check = true) {
        if (!sync) {
          const handle = await (0, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, flags);
          try {
            if (check)
              await checkInside(handle.fd, path, false);
          } catch (error) {
            await handle.close();
            throw error;
          }
          return handle;
        }
        const fd = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, flags);
        try {
          if (check)
            await checkInside(fd, path, true);
        } catch (error) {
          (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
          throw error;
        }
        let closed = false;
        return {
          read: async (buffer, offset, length, position) => ({
            bytesRead: (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, offset, length, position)
          }),
          stat: async () => (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd),
          close: async () => {
            if (closed)
              return;
            closed = true;
            (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
          }
        };
      }
      async function readFullyAt(file, position, length) {
        const buffer = Buffer.alloc(Math.max(0, length));
        let filled = 0;
        while (filled < buffer.length) {
          const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, position + filled);
          if (bytesRead === 0)
            break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      }
    })
  ),
  /***/
  5128: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        eh: () => (
          /* binding */
          decodeSampleScores
        ),
        el: () => (
          /* binding */
          encodeSampleScores
        ),
        bz: () => (
          /* binding */
          sampleIdsFingerprint
        )
      });
      ;
      const K = new Int32Array([
        1116352408,
        1899447441,
        3049323471,
        3921009573,
        961987163,
        1508970993,
        2453635748,
        2870763221,
        3624381080,
        310598401,
        607225278,
        1426881987,
        1925078388,
        2162078206,
        2614888103,
        3248222580,
        3835390401,
        4022224774,
        264347078,
        604807628,
        770255983,
        1249150122,
        1555081692,
        1996064986,
        2554220882,
        2821834349,
        2952996808,
        3210313671,
        3336571891,
        3584528711,
        113926993,
        338241895,
        666307205,
        773529912,
        1294757372,
        1396182291,
        1695183700,
        1986661051,
        2177026350,
        2456956037,
        2730485921,
        2820302411,
        3259730800,
        3345764771,
        3516065817,
        3600352804,
        4094571909,
        275423344,
        430227734,
        506948616,
        659060556,
        883997877,
        958139571,
        1322822218,
        1537002063,
        1747873779,
        1955562222,
        2024104815,
        2227730452,
        2361852424,
        2428436474,
        2756734187,
        3204031479,
        3329325298
      ]);
      const INITIAL = [
        1779033703,
        3144134277,
        1013904242,
        2773480762,
        1359893119,
        2600822924,
        528734635,
        1541459225
      ];
      function sha256Hex(text) {
        const padded = pad(Buffer.from(text, "utf8"));
        const state = Int32Array.from(INITIAL);
        const w = new Int32Array(64);
        for (let offset = 0; offset < padded.length; offset += 64)
          compress(state, padded, offset, w);
        let hex = "";
        for (const word of state)
          hex += (word >>> 0).toString(16).padStart(8, "0");
        return hex;
      }
      function pad(data) {
        const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
        padded.set(data);
        padded[data.length] = 128;
        const bits = data.length * 8;
        const high = Math.floor(bits / 4294967296);
        for (let i = 0; i < 4; i++) {
          padded[padded.length - 8 + i] = high >>> 24 - 8 * i & 255;
          padded[padded.length - 4 + i] = bits >>> 24 - 8 * i & 255;
        }
        return padded;
      }
      function compress(state, block, offset, w) {
        for (let t = 0; t < 16; t++) {
          const at = offset + t * 4;
          w[t] = block[at] << 24 | block[at + 1] << 16 | block[at + 2] << 8 | block[at + 3];
        }
        for (let t = 16; t < 64; t++) {
          const x = w[t - 15];
          const y = w[t - 2];
          const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
          const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
          w[t] = w[t - 16] + s0 + w[t - 7] + s1 | 0;
        }
        let a = state[0];
        let b = state[1];
        let c = state[2];
        let d = state[3];
        let e = state[4];
        let f = state[5];
        let g = state[6];
        let h = state[7];
        for (let t = 0; t < 64; t++) {
          const sum1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
          const t1 = h + sum1 + (e & f ^ ~e & g) + K[t] + w[t] | 0;
          const sum0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
          const t2 = sum0 + (a & b ^ a & c ^ b & c) | 0;
          h = g;
          g = f;
          f = e;
          e = d + t1 | 0;
          d = c;
          c = b;
          b = a;
          a = t1 + t2 | 0;
        }
        state[0] = state[0] + a;
        state[1] = state[1] + b;
        state[2] = state[2] + c;
        state[3] = state[3] + d;
        state[4] = state[4] + e;
        state[5] = state[5] + f;
        state[6] = state[6] + g;
        state[7] = state[7] + h;
      }
      ;
      const FINGERPRINT_HEX_DIGITS = 16;
      function sampleIdsFingerprint(ids) {
        let fingerprint = fingerprints.get(ids);
        if (fingerprint === void 0) {
          fingerprint = sha256Hex(JSON.stringify(ids)).slice(0, FINGERPRINT_HEX_DIGITS);
          fingerprints.set(ids, fingerprint);
        }
        return fingerprint;
      }
      const fingerprints = /* @__PURE__ */ new WeakMap();
      function bitSet(length, isSet) {
        const bytes = Buffer.alloc(Math.ceil(length / 8));
        for (let index = 0; index < length; index++) {
          if (isSet(index))
            bytes[index >> 3] |= 1 << (index & 7);
        }
        return bytes;
      }
      function bitAt(bytes, index) {
        return ((bytes[index >> 3] ?? 0) & 1 << (index & 7)) !== 0;
      }
      function encodeSampleScores(samples) {
        const { scores } = samples;
        const n = scores.length;
        let anyUnscored = false;
        let binary = true;
        for (let i = 0; i < n; i++) {
          const value = scores[i];
          if (Number.isNaN(value))
            anyUnscored = true;
          else if (value !== 0 && value !== 1)
            binary = false;
        }
        const unscored = anyUnscored ? { unscored: bitSet(n, (i) => Number.isNaN(scores[i])).toString("base64") } : {};
        if (binary) {
          return { encoding: "bits", n, data: bitSet(n, (i) => scores[i] === 1).toString("base64"), ...unscored };
        }
        const distinct = [...new Set(Array.from(scores).filter((value) => !Number.isNaN(value)))].sort((a, b) => a - b);
        if (distinct.length <= 256 && distinct.every(Number.isFinite)) {
          const index = new Map(distinct.map((value, position) => [value, position]));
          const bytes2 = Buffer.alloc(n);
          for (let i = 0; i < n; i++)
            bytes2[i] = Number.isNaN(scores[i]) ? 0 : index.get(scores[i]);
          return { encoding: "levels", n, data: bytes2.toString("base64"), levels: distinct, ...unscored };
        }
        const bytes = Buffer.alloc(n * 8);
        for (let i = 0; i < n; i++)
          bytes.writeDoubleLE(scores[i], i * 8);
        return { encoding: "float64", n, data: bytes.toString("base64"), ...unscored };
      }
      const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
      function base64Bytes(value, what, expectedLength) {
        if (typeof value !== "string" || value.length % 4 !== 0 || !BASE64.test(value)) {
          return `${what} is not base64`;
        }
        const bytes = Buffer.from(value, "base64");
        if (bytes.length !== expectedLength) {
          return `${what} holds ${bytes.length} bytes, ${expectedLength} expected`;
        }
        return bytes;
      }
      function decodeSampleScores(value) {
        if (value === null || typeof value !== "object" || Array.isArray(value))
          return "not an object";
        const encoded = value;
        const n = encoded.n;
        if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0)
          return "n is not a sample count";
        const scores = new Float64Array(n);
        if (encoded.encoding === "bits") {
          const bytes = base64Bytes(encoded.data, "data", Math.ceil(n / 8));
          if (typeof bytes === "string")
            return bytes;
          for (let i = 0; i < n; i++)
            scores[i] = bitAt(bytes, i) ? 1 : 0;
        } else if (encoded.encoding === "levels") {
          const levels = encoded.levels;
          if (!Array.isArray(levels) || !levels.every((level) => typeof level === "number")) {
            return "levels is not a list of numbers";
          }
          const bytes = base64Bytes(encoded.data, "data", n);
          if (typeof bytes === "string")
            return bytes;
          for (let i = 0; i < n; i++) {
            const level = levels[bytes[i]];
            if (level === void 0)
              return `sample ${i} points past the ${levels.length} levels`;
            scores[i] = level;
          }
        } else if (encoded.encoding === "float64") {
          const bytes = base64Bytes(encoded.data, "data", n * 8);
          if (typeof bytes === "string")
            return bytes;
          for (let i = 0; i < n; i++)
            scores[i] = bytes.readDoubleLE(i * 8);
        } else {
          return `unknown encoding ${JSON.stringify(encoded.encoding)} (bits, levels and float64 are known)`;
        }
        if (encoded.unscored !== void 0) {
          const bytes = base64Bytes(encoded.unscored, "unscored", Math.ceil(n / 8));
          if (typeof bytes === "string")
            return bytes;
          for (let i = 0; i < n; i++)
            if (bitAt(bytes, i))
              scores[i] = Number.NaN;
        }
        return scores;
      }
    })
  ),
  /***/
  2913: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        O: () => (
          /* binding */
          markServingThread
        ),
        /* harmony export */
        y: () => (
          /* binding */
          onServingThread
        )
        /* harmony export */
      });
      let serving = false;
      function onServingThread() {
        return serving;
      }
      function markServingThread() {
        serving = true;
      }
    })
  ),
  /***/
  558: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        TM: () => (
          /* binding */
          firstLine
        ),
        /* harmony export */
        TN: () => (
          /* binding */
          oneLine
        ),
        /* harmony export */
        ht: () => (
          /* binding */
          detached
        ),
        /* harmony export */
        ml: () => (
          /* binding */
          shorten
        ),
        /* harmony export */
        oh: () => (
          /* binding */
          thousands
        )
        /* harmony export */
      });
      function oneLine(text) {
        return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
      }
      function shorten(text, max) {
        const chars = Array.from(text);
        return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
      }
      function firstLine(text) {
        return text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== "") ?? "";
      }
      function thousands(n) {
        const text = String(n);
        return Number.isSafeInteger(n) ? text.replace(/\B(?=(\d{3})+$)/g, ",") : text;
      }
      function detached(text) {
        return Buffer.from(text, "utf16le").toString("utf16le");
      }
    })
  ),
  /***/
  9123: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        /* harmony export */
        Mo: () => (
          /* binding */
          workerCount
        ),
        /* harmony export */
        T$: () => (
          /* binding */
          WorkerPool
        ),
        /* harmony export */
        Xx: () => (
          /* binding */
          isPoolWorker
        ),
        /* harmony export */
        aJ: () => (
          /* binding */
          serveTasks
        ),
        /* harmony export */
        dO: () => (
          /* binding */
          useWorkerScript
        )
        /* harmony export */
      });
      var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(8161);
      var node_os__WEBPACK_IMPORTED_MODULE_0___default = /* @__PURE__ */ __nccwpck_require__2.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
      var _random_access_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7955);
      var _serving_thread_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__2(2913);
      let workerScript = null;
      function useWorkerScript(script) {
        workerScript = script === null ? null : new URL(script);
      }
      function workerCount(tasks, max = 4) {
        if (workerScript === null || (0, _serving_thread_js__WEBPACK_IMPORTED_MODULE_2__.y)())
          return 0;
        return Math.max(0, Math.min(max, (0, node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), tasks));
      }
      const SERVE_ARGUMENT = "--serve-summarize-experiment-tasks";
      async function isPoolWorker() {
        if (!process.argv.includes(SERVE_ARGUMENT))
          return false;
        return !(await Promise.resolve(
          /* import() */
        ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 5919, 23))).isMainThread;
      }
      async function serveTasks(handlers) {
        const port = (await Promise.resolve(
          /* import() */
        ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 5919, 23))).parentPort;
        if (!port)
          throw new Error("serveTasks: not in a worker thread");
        (0, _serving_thread_js__WEBPACK_IMPORTED_MODULE_2__.O)();
        port.on("message", (request) => {
          const handler = handlers[request.task];
          const reply = (message) => port.postMessage(message);
          if (!handler)
            return reply({ id: request.id, error: `unknown task ${request.task}` });
          const run = () => handler(request.payload);
          (request.roots ? (0, _random_access_file_js__WEBPACK_IMPORTED_MODULE_1__.Pq)(request.roots, run) : run()).then((result) => reply({ id: request.id, result }), (error) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }));
        });
      }
      const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 8 };
      class WorkerPool {
        perWorker;
        workers = [];
        pending = /* @__PURE__ */ new Map();
        queue = [];
        nextId = 0;
        failure = null;
        roots = null;
        /** Starts `size` worker threads of the registered script (loading node:worker_threads first). */
        static async start(size, perWorker) {
          if (workerScript === null)
            throw new Error("WorkerPool: no worker script registered");
          const { Worker } = await Promise.resolve(
            /* import() */
          ).then(__nccwpck_require__2.t.bind(__nccwpck_require__2, 5919, 23));
          return new WorkerPool(size, perWorker, workerScript, Worker);
        }
        constructor(size, perWorker, script, WorkerThread) {
          this.perWorker = perWorker;
          try {
            for (let i = 0; i < size; i++)
              this.spawn(WorkerThread, script);
          } catch (error) {
            for (const { worker } of this.workers)
              void worker.terminate();
            throw error;
          }
        }
        spawn(WorkerThread, script) {
          const worker = new WorkerThread(script, { resourceLimits: YOUNG_GENERATION, argv: [SERVE_ARGUMENT] });
          const slot = { worker, inFlight: 0 };
          slot.worker.on("message", (reply) => {
            slot.inFlight--;
            const pending = this.pending.get(reply.id);
            this.pending.delete(reply.id);
            if ("error" in reply)
              pending?.reject(new Error(reply.error));
            else
              pending?.resolve(reply.result);
            this.dispatch();
          });
          slot.worker.on("error", (error) => this.fail(error));
          slot.worker.on("exit", (code) => {
            if (code !== 0)
              this.fail(new Error(`worker thread exited with code ${code}`));
          });
          this.workers.push(slot);
        }
        /** The worker threads started. */
        get size() {
          return this.workers.length;
        }
        /** The tasks run from now on open files only inside `roots` (see readingInside). */
        readInside(roots) {
          this.roots = roots;
        }
        run(task, payload) {
          if (this.failure)
            return Promise.reject(this.failure);
          const id = this.nextId++;
          const promise = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
          this.queue.push({ id, task, payload, ...this.roots ? { roots: this.roots } : {} });
          this.dispatch();
          return promise;
        }
        async close() {
          await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
        }
        dispatch() {
          while (this.queue.length > 0) {
            const slot = this.workers.reduce((best, candidate) => candidate.inFlight < best.inFlight ? candidate : best);
            if (slot.inFlight >= this.perWorker)
              return;
            slot.inFlight++;
            slot.worker.postMessage(this.queue.shift());
          }
        }
        fail(error) {
          this.failure ??= error;
          for (const { reject } of this.pending.values())
            reject(error);
          this.pending.clear();
          this.queue.length = 0;
        }
      }
    })
  ),
  /***/
  181: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    })
  ),
  /***/
  4573: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    })
  ),
  /***/
  1421: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    })
  ),
  /***/
  3024: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  1455: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    })
  ),
  /***/
  8161: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    })
  ),
  /***/
  6760: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  5919: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    })
  ),
  /***/
  932: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    })
  ),
  /***/
  7349: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var resolveBlockMap = __nccwpck_require__2(7103);
      var resolveBlockSeq = __nccwpck_require__2(334);
      var resolveFlowCollection = __nccwpck_require__2(3142);
      function resolveCollection(CN, ctx, token, onError, tagName, tag) {
        const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
        const Coll = coll.constructor;
        if (tagName === "!" || tagName === Coll.tagName) {
          coll.tag = Coll.tagName;
          return coll;
        }
        if (tagName)
          coll.tag = tagName;
        return coll;
      }
      function composeCollection(CN, ctx, token, props, onError) {
        const tagToken = props.tag;
        const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
        if (token.type === "block-seq") {
          const { anchor, newlineAfterProp: nl } = props;
          const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
          if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = "Missing newline after block sequence props";
            onError(lastProp, "MISSING_CHAR", message);
          }
        }
        const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
        if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
        let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
        if (!tag) {
          const kt = ctx.schema.knownTags[tagName];
          if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
          } else {
            if (kt) {
              onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
            } else {
              onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
          }
        }
        const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
        const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
        const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
        node.range = coll.range;
        node.tag = tagName;
        if (tag?.format)
          node.format = tag.format;
        return node;
      }
      exports.composeCollection = composeCollection;
    })
  ),
  /***/
  3683: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Document = __nccwpck_require__2(3021);
      var composeNode = __nccwpck_require__2(5937);
      var resolveEnd = __nccwpck_require__2(7788);
      var resolveProps = __nccwpck_require__2(4631);
      function composeDoc(options, directives, { offset, start, value, end }, onError) {
        const opts = Object.assign({ _directives: directives }, options);
        const doc = new Document.Document(void 0, opts);
        const ctx = {
          atKey: false,
          atRoot: true,
          directives: doc.directives,
          options: doc.options,
          schema: doc.schema
        };
        const props = resolveProps.resolveProps(start, {
          indicator: "doc-start",
          next: value ?? end?.[0],
          offset,
          onError,
          parentIndent: 0,
          startOnNewline: true
        });
        if (props.found) {
          doc.directives.docStart = true;
          if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
            onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
        }
        doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
        const contentEnd = doc.contents.range[2];
        const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
        if (re.comment)
          doc.comment = re.comment;
        doc.range = [offset, contentEnd, re.offset];
        return doc;
      }
      exports.composeDoc = composeDoc;
    })
  ),
  /***/
  5937: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(1127);
      var composeCollection = __nccwpck_require__2(7349);
      var composeScalar = __nccwpck_require__2(5413);
      var resolveEnd = __nccwpck_require__2(7788);
      var utilEmptyScalarPosition = __nccwpck_require__2(2599);
      const CN = { composeNode, composeEmptyNode };
      function composeNode(ctx, token, props, onError) {
        const atKey = ctx.atKey;
        const { spaceBefore, comment, anchor, tag } = props;
        let node;
        let isSrcToken = true;
        switch (token.type) {
          case "alias":
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
              onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
            break;
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
          case "block-scalar":
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
            break;
          case "block-map":
          case "block-seq":
          case "flow-collection":
            try {
              node = composeCollection.composeCollection(CN, ctx, token, props, onError);
              if (anchor)
                node.anchor = anchor.source.substring(1);
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              onError(token, "RESOURCE_EXHAUSTION", message);
            }
            break;
          default: {
            const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
            onError(token, "UNEXPECTED_TOKEN", message);
            isSrcToken = false;
          }
        }
        node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
        if (anchor && node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
        if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
          const msg = "With stringKeys, all keys must be strings";
          onError(tag ?? token, "NON_STRING_KEY", msg);
        }
        if (spaceBefore)
          node.spaceBefore = true;
        if (comment) {
          if (token.type === "scalar" && token.source === "")
            node.comment = comment;
          else
            node.commentBefore = comment;
        }
        if (ctx.options.keepSourceTokens && isSrcToken)
          node.srcToken = token;
        return node;
      }
      function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
        const token = {
          type: "scalar",
          offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
          indent: -1,
          source: ""
        };
        const node = composeScalar.composeScalar(ctx, token, tag, onError);
        if (anchor) {
          node.anchor = anchor.source.substring(1);
          if (node.anchor === "")
            onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
        }
        if (spaceBefore)
          node.spaceBefore = true;
        if (comment) {
          node.comment = comment;
          node.range[2] = end;
        }
        return node;
      }
      function composeAlias({ options }, { offset, source, end }, onError) {
        const alias = new Alias.Alias(source.substring(1));
        if (alias.source === "")
          onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
        if (alias.source.endsWith(":"))
          onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
        const valueEnd = offset + source.length;
        const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
        alias.range = [offset, valueEnd, re.offset];
        if (re.comment)
          alias.comment = re.comment;
        return alias;
      }
      exports.composeEmptyNode = composeEmptyNode;
      exports.composeNode = composeNode;
    })
  ),
  /***/
  5413: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var resolveBlockScalar = __nccwpck_require__2(8913);
      var resolveFlowScalar = __nccwpck_require__2(6842);
      function composeScalar(ctx, token, tagToken, onError) {
        const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
        const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
        let tag;
        if (ctx.options.stringKeys && ctx.atKey) {
          tag = ctx.schema[identity.SCALAR];
        } else if (tagName)
          tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
        else if (token.type === "scalar")
          tag = findScalarTagByTest(ctx, value, token, onError);
        else
          tag = ctx.schema[identity.SCALAR];
        let scalar;
        try {
          const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
          scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
        } catch (error) {
          const msg = error instanceof Error ? error.message : String(error);
          onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
          scalar = new Scalar.Scalar(value);
        }
        scalar.range = range;
        scalar.source = value;
        if (type)
          scalar.type = type;
        if (tagName)
          scalar.tag = tagName;
        if (tag.format)
          scalar.format = tag.format;
        if (comment)
          scalar.comment = comment;
        return scalar;
      }
      function findScalarTagByName(schema, value, tagName, tagToken, onError) {
        if (tagName === "!")
          return schema[identity.SCALAR];
        const matchWithTest = [];
        for (const tag of schema.tags) {
          if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
              matchWithTest.push(tag);
            else
              return tag;
          }
        }
        for (const tag of matchWithTest)
          if (tag.test?.test(value))
            return tag;
        const kt = schema.knownTags[tagName];
        if (kt && !kt.collection) {
          schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
          return kt;
        }
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
        return schema[identity.SCALAR];
      }
      function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
        const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
        if (schema.compat) {
          const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
          if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, "TAG_RESOLVE_FAILED", msg, true);
          }
        }
        return tag;
      }
      exports.composeScalar = composeScalar;
    })
  ),
  /***/
  9984: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      var directives = __nccwpck_require__2(1342);
      var Document = __nccwpck_require__2(3021);
      var errors = __nccwpck_require__2(1464);
      var identity = __nccwpck_require__2(1127);
      var composeDoc = __nccwpck_require__2(3683);
      var resolveEnd = __nccwpck_require__2(7788);
      function getErrorPos(src) {
        if (typeof src === "number")
          return [src, src + 1];
        if (Array.isArray(src))
          return src.length === 2 ? src : [src[0], src[1]];
        const { offset, source } = src;
        return [offset, offset + (typeof source === "string" ? source.length : 1)];
      }
      function parsePrelude(prelude) {
        let comment = "";
        let atComment = false;
        let afterEmptyLine = false;
        for (let i = 0; i < prelude.length; ++i) {
          const source = prelude[i];
          switch (source[0]) {
            case "#":
              comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
              atComment = true;
              afterEmptyLine = false;
              break;
            case "%":
              if (prelude[i + 1]?.[0] !== "#")
                i += 1;
              atComment = false;
              break;
            default:
              if (!atComment)
                afterEmptyLine = true;
              atComment = false;
          }
        }
        return { comment, afterEmptyLine };
      }
      class Composer {
        constructor(options = {}) {
          this.doc = null;
          this.atDirectives = false;
          this.prelude = [];
          this.errors = [];
          this.warnings = [];
          this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
              this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
              this.errors.push(new errors.YAMLParseError(pos, code, message));
          };
          this.directives = new directives.Directives({ version: options.version || "1.2" });
          this.options = options;
        }
        decorate(doc, afterDoc) {
          const { comment, afterEmptyLine } = parsePrelude(this.prelude);
          if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
              doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
            } else if (afterEmptyLine || doc.directives.docStart || !dc) {
              doc.commentBefore = comment;
            } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
              let it = dc.items[0];
              if (identity.isPair(it))
                it = it.key;
              const cb = it.commentBefore;
              it.commentBefore = cb ? `${comment}
${cb}` : comment;
            } else {
              const cb = dc.commentBefore;
              dc.commentBefore = cb ? `${comment}
${cb}` : comment;
            }
          }
          if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
              doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
              doc.warnings.push(this.warnings[i]);
          } else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
          }
          this.prelude = [];
          this.errors = [];
          this.warnings = [];
        }
        /**
         * Current stream status information.
         *
         * Mostly useful at the end of input for an empty stream.
         */
        streamInfo() {
          return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
          };
        }
        /**
         * Compose tokens into documents.
         *
         * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
         * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
         */
        *compose(tokens, forceDoc = false, endOffset = -1) {
          for (const token of tokens)
            yield* this.next(token);
          yield* this.end(forceDoc, endOffset);
        }
        /** Advance the composer by one CST token. */
        *next(token) {
          if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
          switch (token.type) {
            case "directive":
              this.directives.add(token.source, (offset, message, warning) => {
                const pos = getErrorPos(token);
                pos[0] += offset;
                this.onError(pos, "BAD_DIRECTIVE", message, warning);
              });
              this.prelude.push(token.source);
              this.atDirectives = true;
              break;
            case "document": {
              const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
              if (this.atDirectives && !doc.directives.docStart)
                this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
              this.decorate(doc, false);
              if (this.doc)
                yield this.doc;
              this.doc = doc;
              this.atDirectives = false;
              break;
            }
            case "byte-order-mark":
            case "space":
              break;
            case "comment":
            case "newline":
              this.prelude.push(token.source);
              break;
            case "error": {
              const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
              const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
              if (this.atDirectives || !this.doc)
                this.errors.push(error);
              else
                this.doc.errors.push(error);
              break;
            }
            case "doc-end": {
              if (!this.doc) {
                const msg = "Unexpected doc-end without preceding document";
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
                break;
              }
              this.doc.directives.docEnd = true;
              const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
              this.decorate(this.doc, true);
              if (end.comment) {
                const dc = this.doc.comment;
                this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
              }
              this.doc.range[2] = end.offset;
              break;
            }
            default:
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
          }
        }
        /**
         * Call at end of input to yield any remaining document.
         *
         * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
         * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
         */
        *end(forceDoc = false, endOffset = -1) {
          if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
          } else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(void 0, opts);
            if (this.atDirectives)
              this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
          }
        }
      }
      exports.Composer = Composer;
    })
  ),
  /***/
  7103: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Pair = __nccwpck_require__2(7165);
      var YAMLMap = __nccwpck_require__2(4454);
      var resolveProps = __nccwpck_require__2(4631);
      var utilContainsNewline = __nccwpck_require__2(9499);
      var utilFlowIndentCheck = __nccwpck_require__2(4051);
      var utilMapIncludes = __nccwpck_require__2(1187);
      const startColMsg = "All mapping items must start at the same column";
      function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
        const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
        const map = new NodeClass(ctx.schema);
        if (ctx.atRoot)
          ctx.atRoot = false;
        let offset = bm.offset;
        let commentEnd = null;
        for (const collItem of bm.items) {
          const { start, key, sep, value } = collItem;
          const keyProps = resolveProps.resolveProps(start, {
            indicator: "explicit-key-ind",
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
          });
          const implicitKey = !keyProps.found;
          if (implicitKey) {
            if (key) {
              if (key.type === "block-seq")
                onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
              else if ("indent" in key && key.indent !== bm.indent)
                onError(offset, "BAD_INDENT", startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
              commentEnd = keyProps.end;
              if (keyProps.comment) {
                if (map.comment)
                  map.comment += "\n" + keyProps.comment;
                else
                  map.comment = keyProps.comment;
              }
              continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
              onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
            }
          } else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, "BAD_INDENT", startColMsg);
          }
          ctx.atKey = true;
          const keyStart = keyProps.end;
          const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
          ctx.atKey = false;
          if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === "block-scalar"
          });
          offset = valueProps.end;
          if (valueProps.found) {
            if (implicitKey) {
              if (value?.type === "block-map" && !valueProps.hasNewline)
                onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
              if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
                onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
            }
            const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
              utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            map.items.push(pair);
          } else {
            if (implicitKey)
              onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
            if (valueProps.comment) {
              if (keyNode.comment)
                keyNode.comment += "\n" + valueProps.comment;
              else
                keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            map.items.push(pair);
          }
        }
        if (commentEnd && commentEnd < offset)
          onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
        map.range = [bm.offset, offset, commentEnd ?? offset];
        return map;
      }
      exports.resolveBlockMap = resolveBlockMap;
    })
  ),
  /***/
  8913: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      function resolveBlockScalar(ctx, scalar, onError) {
        const start = scalar.offset;
        const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
        if (!header)
          return { value: "", type: null, comment: "", range: [start, start, start] };
        const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
        const lines = scalar.source ? splitLines(scalar.source) : [];
        let chompStart = lines.length;
        for (let i = lines.length - 1; i >= 0; --i) {
          const content = lines[i][1];
          if (content === "" || content === "\r")
            chompStart = i;
          else
            break;
        }
        if (chompStart === 0) {
          const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
          let end2 = start + header.length;
          if (scalar.source)
            end2 += scalar.source.length;
          return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
        }
        let trimIndent = scalar.indent + header.indent;
        let offset = scalar.offset + header.length;
        let contentStart = 0;
        for (let i = 0; i < chompStart; ++i) {
          const [indent, content] = lines[i];
          if (content === "" || content === "\r") {
            if (header.indent === 0 && indent.length > trimIndent)
              trimIndent = indent.length;
          } else {
            if (indent.length < trimIndent) {
              const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
              onError(offset + indent.length, "MISSING_CHAR", message);
            }
            if (header.indent === 0)
              trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
              const message = "Block scalar values in collections must be indented";
              onError(offset, "BAD_INDENT", message);
            }
            break;
          }
          offset += indent.length + content.length + 1;
        }
        for (let i = lines.length - 1; i >= chompStart; --i) {
          if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
        }
        let value = "";
        let sep = "";
        let prevMoreIndented = false;
        for (let i = 0; i < contentStart; ++i)
          value += lines[i][0].slice(trimIndent) + "\n";
        for (let i = contentStart; i < chompStart; ++i) {
          let [indent, content] = lines[i];
          offset += indent.length + content.length + 1;
          const crlf = content[content.length - 1] === "\r";
          if (crlf)
            content = content.slice(0, -1);
          if (content && indent.length < trimIndent) {
            const src = header.indent ? "explicit indentation indicator" : "first line";
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
            indent = "";
          }
          if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = "\n";
          } else if (indent.length > trimIndent || content[0] === "	") {
            if (sep === " ")
              sep = "\n";
            else if (!prevMoreIndented && sep === "\n")
              sep = "\n\n";
            value += sep + indent.slice(trimIndent) + content;
            sep = "\n";
            prevMoreIndented = true;
          } else if (content === "") {
            if (sep === "\n")
              value += "\n";
            else
              sep = "\n";
          } else {
            value += sep + content;
            sep = " ";
            prevMoreIndented = false;
          }
        }
        switch (header.chomp) {
          case "-":
            break;
          case "+":
            for (let i = chompStart; i < lines.length; ++i)
              value += "\n" + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== "\n")
              value += "\n";
            break;
          default:
            value += "\n";
        }
        const end = start + header.length + scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
      }
      function parseBlockScalarHeader({ offset, props }, strict, onError) {
        if (props[0].type !== "block-scalar-header") {
          onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
          return null;
        }
        const { source } = props[0];
        const mode = source[0];
        let indent = 0;
        let chomp = "";
        let error = -1;
        for (let i = 1; i < source.length; ++i) {
          const ch = source[i];
          if (!chomp && (ch === "-" || ch === "+"))
            chomp = ch;
          else {
            const n = Number(ch);
            if (!indent && n)
              indent = n;
            else if (error === -1)
              error = offset + i;
          }
        }
        if (error !== -1)
          onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
        let hasSpace = false;
        let comment = "";
        let length = source.length;
        for (let i = 1; i < props.length; ++i) {
          const token = props[i];
          switch (token.type) {
            case "space":
              hasSpace = true;
            // fallthrough
            case "newline":
              length += token.source.length;
              break;
            case "comment":
              if (strict && !hasSpace) {
                const message = "Comments must be separated from other tokens by white space characters";
                onError(token, "MISSING_CHAR", message);
              }
              length += token.source.length;
              comment = token.source.substring(1);
              break;
            case "error":
              onError(token, "UNEXPECTED_TOKEN", token.message);
              length += token.source.length;
              break;
            /* istanbul ignore next should not happen */
            default: {
              const message = `Unexpected token in block scalar header: ${token.type}`;
              onError(token, "UNEXPECTED_TOKEN", message);
              const ts = token.source;
              if (ts && typeof ts === "string")
                length += ts.length;
            }
          }
        }
        return { mode, indent, chomp, comment, length };
      }
      function splitLines(source) {
        const split = source.split(/\n( *)/);
        const first = split[0];
        const m = first.match(/^( *)/);
        const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
        const lines = [line0];
        for (let i = 1; i < split.length; i += 2)
          lines.push([split[i], split[i + 1]]);
        return lines;
      }
      exports.resolveBlockScalar = resolveBlockScalar;
    })
  ),
  /***/
  334: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var YAMLSeq = __nccwpck_require__2(2223);
      var resolveProps = __nccwpck_require__2(4631);
      var utilFlowIndentCheck = __nccwpck_require__2(4051);
      function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
        const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
        const seq = new NodeClass(ctx.schema);
        if (ctx.atRoot)
          ctx.atRoot = false;
        if (ctx.atKey)
          ctx.atKey = false;
        let offset = bs.offset;
        let commentEnd = null;
        for (const { start, value } of bs.items) {
          const props = resolveProps.resolveProps(start, {
            indicator: "seq-item-ind",
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
          });
          if (!props.found) {
            if (props.anchor || props.tag || value) {
              if (value?.type === "block-seq")
                onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
              else
                onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
            } else {
              commentEnd = props.end;
              if (props.comment)
                seq.comment = props.comment;
              continue;
            }
          }
          const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
          offset = node.range[2];
          seq.items.push(node);
        }
        seq.range = [bs.offset, offset, commentEnd ?? offset];
        return seq;
      }
      exports.resolveBlockSeq = resolveBlockSeq;
    })
  ),
  /***/
  7788: (
    /***/
    ((__unused_webpack_module, exports) => {
      function resolveEnd(end, offset, reqSpace, onError) {
        let comment = "";
        if (end) {
          let hasSpace = false;
          let sep = "";
          for (const token of end) {
            const { source, type } = token;
            switch (type) {
              case "space":
                hasSpace = true;
                break;
              case "comment": {
                if (reqSpace && !hasSpace)
                  onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
                const cb = source.substring(1) || " ";
                if (!comment)
                  comment = cb;
                else
                  comment += sep + cb;
                sep = "";
                break;
              }
              case "newline":
                if (comment)
                  sep += source;
                hasSpace = true;
                break;
              default:
                onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
            }
            offset += source.length;
          }
        }
        return { comment, offset };
      }
      exports.resolveEnd = resolveEnd;
    })
  ),
  /***/
  3142: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var resolveEnd = __nccwpck_require__2(7788);
      var resolveProps = __nccwpck_require__2(4631);
      var utilContainsNewline = __nccwpck_require__2(9499);
      var utilMapIncludes = __nccwpck_require__2(1187);
      const blockMsg = "Block collections are not allowed within flow collections";
      const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
      function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
        const isMap = fc.start.source === "{";
        const fcName = isMap ? "flow map" : "flow sequence";
        const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
        const coll = new NodeClass(ctx.schema);
        coll.flow = true;
        const atRoot = ctx.atRoot;
        if (atRoot)
          ctx.atRoot = false;
        if (ctx.atKey)
          ctx.atKey = false;
        let offset = fc.offset + fc.start.source.length;
        for (let i = 0; i < fc.items.length; ++i) {
          const collItem = fc.items[i];
          const { start, key, sep, value } = collItem;
          const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: "explicit-key-ind",
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
              if (i === 0 && props.comma)
                onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
              else if (i < fc.items.length - 1)
                onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
              if (props.comment) {
                if (coll.comment)
                  coll.comment += "\n" + props.comment;
                else
                  coll.comment = props.comment;
              }
              offset = props.end;
              continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
              onError(
                key,
                // checked by containsNewline()
                "MULTILINE_IMPLICIT_KEY",
                "Implicit keys of flow sequence pairs need to be on a single line"
              );
          }
          if (i === 0) {
            if (props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
          } else {
            if (!props.comma)
              onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
            if (props.comment) {
              let prevItemComment = "";
              loop: for (const st of start) {
                switch (st.type) {
                  case "comma":
                  case "space":
                    break;
                  case "comment":
                    prevItemComment = st.source.substring(1);
                    break loop;
                  default:
                    break loop;
                }
              }
              if (prevItemComment) {
                let prev = coll.items[coll.items.length - 1];
                if (identity.isPair(prev))
                  prev = prev.value ?? prev.key;
                if (prev.comment)
                  prev.comment += "\n" + prevItemComment;
                else
                  prev.comment = prevItemComment;
                props.comment = props.comment.substring(prevItemComment.length + 1);
              }
            }
          }
          if (!isMap && !sep && !props.found) {
            const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else {
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
              onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
            ctx.atKey = false;
            const valueProps = resolveProps.resolveProps(sep ?? [], {
              flow: fcName,
              indicator: "map-value-ind",
              next: value,
              offset: keyNode.range[2],
              onError,
              parentIndent: fc.indent,
              startOnNewline: false
            });
            if (valueProps.found) {
              if (!isMap && !props.found && ctx.options.strict) {
                if (sep)
                  for (const st of sep) {
                    if (st === valueProps.found)
                      break;
                    if (st.type === "newline") {
                      onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                      break;
                    }
                  }
                if (props.start < valueProps.found.offset - 1024)
                  onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
              }
            } else if (value) {
              if ("source" in value && value.source?.[0] === ":")
                onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
              else
                onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
            }
            const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
            if (valueNode) {
              if (isBlock(value))
                onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
            } else if (valueProps.comment) {
              if (keyNode.comment)
                keyNode.comment += "\n" + valueProps.comment;
              else
                keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            if (isMap) {
              const map = coll;
              if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
              map.items.push(pair);
            } else {
              const map = new YAMLMap.YAMLMap(ctx.schema);
              map.flow = true;
              map.items.push(pair);
              const endRange = (valueNode ?? keyNode).range;
              map.range = [keyNode.range[0], endRange[1], endRange[2]];
              coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
          }
        }
        const expectedEnd = isMap ? "}" : "]";
        const [ce, ...ee] = fc.end;
        let cePos = offset;
        if (ce?.source === expectedEnd)
          cePos = ce.offset + ce.source.length;
        else {
          const name = fcName[0].toUpperCase() + fcName.substring(1);
          const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
          onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
          if (ce && ce.source.length !== 1)
            ee.unshift(ce);
        }
        if (ee.length > 0) {
          const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
          if (end.comment) {
            if (coll.comment)
              coll.comment += "\n" + end.comment;
            else
              coll.comment = end.comment;
          }
          coll.range = [fc.offset, cePos, end.offset];
        } else {
          coll.range = [fc.offset, cePos, cePos];
        }
        return coll;
      }
      exports.resolveFlowCollection = resolveFlowCollection;
    })
  ),
  /***/
  6842: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var resolveEnd = __nccwpck_require__2(7788);
      function resolveFlowScalar(scalar, strict, onError) {
        const { offset, type, source, end } = scalar;
        let _type;
        let value;
        const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
        switch (type) {
          case "scalar":
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
          case "single-quoted-scalar":
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
          case "double-quoted-scalar":
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
          /* istanbul ignore next should not happen */
          default:
            onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
            return {
              value: "",
              type: null,
              comment: "",
              range: [offset, offset + source.length, offset + source.length]
            };
        }
        const valueEnd = offset + source.length;
        const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
        return {
          value,
          type: _type,
          comment: re.comment,
          range: [offset, valueEnd, re.offset]
        };
      }
      function plainValue(source, onError) {
        let badChar = "";
        switch (source[0]) {
          /* istanbul ignore next should not happen */
          case "	":
            badChar = "a tab character";
            break;
          case ",":
            badChar = "flow indicator character ,";
            break;
          case "%":
            badChar = "directive indicator character %";
            break;
          case "|":
          case ">": {
            badChar = `block scalar indicator ${source[0]}`;
            break;
          }
          case "@":
          case "`": {
            badChar = `reserved character ${source[0]}`;
            break;
          }
        }
        if (badChar)
          onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
        return unfoldLines(source);
      }
      function singleQuotedValue(source, onError) {
        if (source[source.length - 1] !== "'" || source.length === 1)
          onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
        return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
      }
      function unfoldLines(source) {
        const line = /(.*?)\r?\n/sy;
        let match = line.exec(source);
        if (!match)
          return source;
        let trimEnd, trimBoth;
        try {
          trimEnd = new RegExp("(?<![ 	])[ 	]+$");
          trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
        } catch {
          trimEnd = /[ \t]+$/;
          trimBoth = /^[ \t]+|[ \t]+$/g;
        }
        let res = match[1].replace(trimEnd, "");
        let sep = " ";
        let pos = line.lastIndex;
        while (match = line.exec(source)) {
          const lm = match[1].replace(trimBoth, "");
          if (lm === "") {
            if (sep === "\n")
              res += sep;
            else
              sep = "\n";
          } else {
            res += sep + lm;
            sep = " ";
          }
          pos = line.lastIndex;
        }
        const last = /[ \t]*(.*)/sy;
        last.lastIndex = pos;
        match = last.exec(source);
        return res + sep + (match?.[1] ?? "");
      }
      function doubleQuotedValue(source, onError) {
        let res = "";
        for (let i = 1; i < source.length - 1; ++i) {
          const ch = source[i];
          if (ch === "\r" && source[i + 1] === "\n")
            continue;
          if (ch === "\n") {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
          } else if (ch === "\\") {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === "\n") {
              next = source[i + 1];
              while (next === " " || next === "	")
                next = source[++i + 1];
            } else if (next === "\r" && source[i + 1] === "\n") {
              next = source[++i + 1];
              while (next === " " || next === "	")
                next = source[++i + 1];
            } else if (next === "x" || next === "u" || next === "U") {
              const length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError);
              i += length;
            } else {
              const raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
              res += raw;
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
            if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
              res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
          } else {
            res += ch;
          }
        }
        if (source[source.length - 1] !== '"' || source.length === 1)
          onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
        return res;
      }
      function foldNewline(source, offset) {
        let fold = "";
        let ch = source[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
          if (ch === "\r" && source[offset + 2] !== "\n")
            break;
          if (ch === "\n")
            fold += "\n";
          offset += 1;
          ch = source[offset + 1];
        }
        if (!fold)
          fold = " ";
        return { fold, offset };
      }
      const escapeCodes = {
        "0": "\0",
        // null character
        a: "\x07",
        // bell character
        b: "\b",
        // backspace
        e: "\x1B",
        // escape character
        f: "\f",
        // form feed
        n: "\n",
        // line feed
        r: "\r",
        // carriage return
        t: "	",
        // horizontal tab
        v: "\v",
        // vertical tab
        N: "\x85",
        // Unicode next line
        _: "\xA0",
        // Unicode non-breaking space
        L: "\u2028",
        // Unicode line separator
        P: "\u2029",
        // Unicode paragraph separator
        " ": " ",
        '"': '"',
        "/": "/",
        "\\": "\\",
        "	": "	"
      };
      function parseCharCode(source, offset, length, onError) {
        const cc = source.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        try {
          return String.fromCodePoint(code);
        } catch {
          const raw = source.substr(offset - 2, length + 2);
          onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
          return raw;
        }
      }
      exports.resolveFlowScalar = resolveFlowScalar;
    })
  ),
  /***/
  4631: (
    /***/
    ((__unused_webpack_module, exports) => {
      function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
        let spaceBefore = false;
        let atNewline = startOnNewline;
        let hasSpace = startOnNewline;
        let comment = "";
        let commentSep = "";
        let hasNewline = false;
        let reqSpace = false;
        let tab = null;
        let anchor = null;
        let tag = null;
        let newlineAfterProp = null;
        let comma = null;
        let found = null;
        let start = null;
        for (const token of tokens) {
          if (reqSpace) {
            if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
              onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
            reqSpace = false;
          }
          if (tab) {
            if (atNewline && token.type !== "comment" && token.type !== "newline") {
              onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
            }
            tab = null;
          }
          switch (token.type) {
            case "space":
              if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
                tab = token;
              }
              hasSpace = true;
              break;
            case "comment": {
              if (!hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = token.source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += commentSep + cb;
              commentSep = "";
              atNewline = false;
              break;
            }
            case "newline":
              if (atNewline) {
                if (comment)
                  comment += token.source;
                else if (!found || indicator !== "seq-item-ind")
                  spaceBefore = true;
              } else
                commentSep += token.source;
              atNewline = true;
              hasNewline = true;
              if (anchor || tag)
                newlineAfterProp = token;
              hasSpace = true;
              break;
            case "anchor":
              if (anchor)
                onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
              if (token.source.endsWith(":"))
                onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
              anchor = token;
              start ?? (start = token.offset);
              atNewline = false;
              hasSpace = false;
              reqSpace = true;
              break;
            case "tag": {
              if (tag)
                onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
              tag = token;
              start ?? (start = token.offset);
              atNewline = false;
              hasSpace = false;
              reqSpace = true;
              break;
            }
            case indicator:
              if (anchor || tag)
                onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
              if (found)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
              found = token;
              atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
              hasSpace = false;
              break;
            case "comma":
              if (flow) {
                if (comma)
                  onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
                comma = token;
                atNewline = false;
                hasSpace = false;
                break;
              }
            // else fallthrough
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
              atNewline = false;
              hasSpace = false;
          }
        }
        const last = tokens[tokens.length - 1];
        const end = last ? last.offset + last.source.length : offset;
        if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
          onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
        }
        if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
          onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
        return {
          comma,
          found,
          spaceBefore,
          comment,
          hasNewline,
          anchor,
          tag,
          newlineAfterProp,
          end,
          start: start ?? end
        };
      }
      exports.resolveProps = resolveProps;
    })
  ),
  /***/
  9499: (
    /***/
    ((__unused_webpack_module, exports) => {
      function containsNewline(key) {
        if (!key)
          return null;
        switch (key.type) {
          case "alias":
          case "scalar":
          case "double-quoted-scalar":
          case "single-quoted-scalar":
            if (key.source.includes("\n"))
              return true;
            if (key.end) {
              for (const st of key.end)
                if (st.type === "newline")
                  return true;
            }
            return false;
          case "flow-collection":
            for (const it of key.items) {
              for (const st of it.start)
                if (st.type === "newline")
                  return true;
              if (it.sep) {
                for (const st of it.sep)
                  if (st.type === "newline")
                    return true;
              }
              if (containsNewline(it.key) || containsNewline(it.value))
                return true;
            }
            return false;
          default:
            return true;
        }
      }
      exports.containsNewline = containsNewline;
    })
  ),
  /***/
  2599: (
    /***/
    ((__unused_webpack_module, exports) => {
      function emptyScalarPosition(offset, before, pos) {
        if (before) {
          pos ?? (pos = before.length);
          for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
              case "space":
              case "comment":
              case "newline":
                offset -= st.source.length;
                continue;
            }
            st = before[++i];
            while (st?.type === "space") {
              offset += st.source.length;
              st = before[++i];
            }
            break;
          }
        }
        return offset;
      }
      exports.emptyScalarPosition = emptyScalarPosition;
    })
  ),
  /***/
  4051: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var utilContainsNewline = __nccwpck_require__2(9499);
      function flowIndentCheck(indent, fc, onError) {
        if (fc?.type === "flow-collection") {
          const end = fc.end[0];
          if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
            const msg = "Flow end indicator should be more indented than parent";
            onError(end, "BAD_INDENT", msg, true);
          }
        }
      }
      exports.flowIndentCheck = flowIndentCheck;
    })
  ),
  /***/
  1187: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      function mapIncludes(ctx, items, search) {
        const { uniqueKeys } = ctx.options;
        if (uniqueKeys === false)
          return false;
        const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
        return items.some((pair) => isEqual(pair.key, search));
      }
      exports.mapIncludes = mapIncludes;
    })
  ),
  /***/
  3021: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var Collection = __nccwpck_require__2(101);
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var toJS = __nccwpck_require__2(4043);
      var Schema = __nccwpck_require__2(5840);
      var stringifyDocument = __nccwpck_require__2(6829);
      var anchors = __nccwpck_require__2(1596);
      var applyReviver = __nccwpck_require__2(3661);
      var createNode = __nccwpck_require__2(2404);
      var directives = __nccwpck_require__2(1342);
      class Document {
        constructor(value, replacer, options) {
          this.commentBefore = null;
          this.comment = null;
          this.errors = [];
          this.warnings = [];
          Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
          let _replacer = null;
          if (typeof replacer === "function" || Array.isArray(replacer)) {
            _replacer = replacer;
          } else if (options === void 0 && replacer) {
            options = replacer;
            replacer = void 0;
          }
          const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: "warn",
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: "1.2"
          }, options);
          this.options = opt;
          let { version } = opt;
          if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
              version = this.directives.yaml.version;
          } else
            this.directives = new directives.Directives({ version });
          this.setSchema(version, options);
          this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
        }
        /**
         * Create a deep copy of this Document and its contents.
         *
         * Custom Node values that inherit from `Object` still refer to their original instances.
         */
        clone() {
          const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
          });
          copy.commentBefore = this.commentBefore;
          copy.comment = this.comment;
          copy.errors = this.errors.slice();
          copy.warnings = this.warnings.slice();
          copy.options = Object.assign({}, this.options);
          if (this.directives)
            copy.directives = this.directives.clone();
          copy.schema = this.schema.clone();
          copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /** Adds a value to the document. */
        add(value) {
          if (assertCollection(this.contents))
            this.contents.add(value);
        }
        /** Adds a value to the document. */
        addIn(path, value) {
          if (assertCollection(this.contents))
            this.contents.addIn(path, value);
        }
        /**
         * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
         *
         * If `node` already has an anchor, `name` is ignored.
         * Otherwise, the `node.anchor` value will be set to `name`,
         * or if an anchor with that name is already present in the document,
         * `name` will be used as a prefix for a new unique anchor.
         * If `name` is undefined, the generated anchor will use 'a' as a prefix.
         */
        createAlias(node, name) {
          if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
          }
          return new Alias.Alias(node.anchor);
        }
        createNode(value, replacer, options) {
          let _replacer = void 0;
          if (typeof replacer === "function") {
            value = replacer.call({ "": value }, "", value);
            _replacer = replacer;
          } else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
              replacer = replacer.concat(asStr);
            _replacer = replacer;
          } else if (options === void 0 && replacer) {
            options = replacer;
            replacer = void 0;
          }
          const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
          const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
            this,
            // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            anchorPrefix || "a"
          );
          const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
          };
          const node = createNode.createNode(value, tag, ctx);
          if (flow && identity.isCollection(node))
            node.flow = true;
          setAnchors();
          return node;
        }
        /**
         * Convert a key and a value into a `Pair` using the current schema,
         * recursively wrapping all values as `Scalar` or `Collection` nodes.
         */
        createPair(key, value, options = {}) {
          const k = this.createNode(key, null, options);
          const v = this.createNode(value, null, options);
          return new Pair.Pair(k, v);
        }
        /**
         * Removes a value from the document.
         * @returns `true` if the item was found and removed.
         */
        delete(key) {
          return assertCollection(this.contents) ? this.contents.delete(key) : false;
        }
        /**
         * Removes a value from the document.
         * @returns `true` if the item was found and removed.
         */
        deleteIn(path) {
          if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
              return false;
            this.contents = null;
            return true;
          }
          return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
        }
        /**
         * Returns item at `key`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        get(key, keepScalar) {
          return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
        }
        /**
         * Returns item at `path`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        getIn(path, keepScalar) {
          if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
          return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
        }
        /**
         * Checks if the document includes a value with the key `key`.
         */
        has(key) {
          return identity.isCollection(this.contents) ? this.contents.has(key) : false;
        }
        /**
         * Checks if the document includes a value at `path`.
         */
        hasIn(path) {
          if (Collection.isEmptyPath(path))
            return this.contents !== void 0;
          return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
        }
        /**
         * Sets a value in this document. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        set(key, value) {
          if (this.contents == null) {
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
          } else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
          }
        }
        /**
         * Sets a value in this document. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        setIn(path, value) {
          if (Collection.isEmptyPath(path)) {
            this.contents = value;
          } else if (this.contents == null) {
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
          } else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
          }
        }
        /**
         * Change the YAML version and schema used by the document.
         * A `null` version disables support for directives, explicit tags, anchors, and aliases.
         * It also requires the `schema` option to be given as a `Schema` instance value.
         *
         * Overrides all previously set schema options.
         */
        setSchema(version, options = {}) {
          if (typeof version === "number")
            version = String(version);
          let opt;
          switch (version) {
            case "1.1":
              if (this.directives)
                this.directives.yaml.version = "1.1";
              else
                this.directives = new directives.Directives({ version: "1.1" });
              opt = { resolveKnownTags: false, schema: "yaml-1.1" };
              break;
            case "1.2":
            case "next":
              if (this.directives)
                this.directives.yaml.version = version;
              else
                this.directives = new directives.Directives({ version });
              opt = { resolveKnownTags: true, schema: "core" };
              break;
            case null:
              if (this.directives)
                delete this.directives;
              opt = null;
              break;
            default: {
              const sv = JSON.stringify(version);
              throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
          }
          if (options.schema instanceof Object)
            this.schema = options.schema;
          else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
          else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
        }
        // json & jsonArg are only used from toJSON()
        toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
          const ctx = {
            anchors: /* @__PURE__ */ new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
          };
          const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
          if (typeof onAnchor === "function")
            for (const { count, res: res2 } of ctx.anchors.values())
              onAnchor(res2, count);
          return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
        }
        /**
         * A JSON representation of the document `contents`.
         *
         * @param jsonArg Used by `JSON.stringify` to indicate the array index or
         *   property name.
         */
        toJSON(jsonArg, onAnchor) {
          return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
        }
        /** A YAML representation of the document. */
        toString(options = {}) {
          if (this.errors.length > 0)
            throw new Error("Document with errors cannot be stringified");
          if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
          }
          return stringifyDocument.stringifyDocument(this, options);
        }
      }
      function assertCollection(contents) {
        if (identity.isCollection(contents))
          return true;
        throw new Error("Expected a YAML collection as document contents");
      }
      exports.Document = Document;
    })
  ),
  /***/
  1596: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var visit = __nccwpck_require__2(204);
      function anchorIsValid(anchor) {
        if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
          const sa = JSON.stringify(anchor);
          const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
          throw new Error(msg);
        }
        return true;
      }
      function anchorNames(root) {
        const anchors = /* @__PURE__ */ new Set();
        visit.visit(root, {
          Value(_key, node) {
            if (node.anchor)
              anchors.add(node.anchor);
          }
        });
        return anchors;
      }
      function findNewAnchor(prefix, exclude) {
        for (let i = 1; true; ++i) {
          const name = `${prefix}${i}`;
          if (!exclude.has(name))
            return name;
        }
      }
      function createNodeAnchors(doc, prefix) {
        const aliasObjects = [];
        const sourceObjects = /* @__PURE__ */ new Map();
        let prevAnchors = null;
        return {
          onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
          },
          /**
           * With circular references, the source node is only resolved after all
           * of its child nodes are. This is why anchors are set only after all of
           * the nodes have been created.
           */
          setAnchors: () => {
            for (const source of aliasObjects) {
              const ref = sourceObjects.get(source);
              if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                ref.node.anchor = ref.anchor;
              } else {
                const error = new Error("Failed to resolve repeated object (this should not happen)");
                error.source = source;
                throw error;
              }
            }
          },
          sourceObjects
        };
      }
      exports.anchorIsValid = anchorIsValid;
      exports.anchorNames = anchorNames;
      exports.createNodeAnchors = createNodeAnchors;
      exports.findNewAnchor = findNewAnchor;
    })
  ),
  /***/
  3661: (
    /***/
    ((__unused_webpack_module, exports) => {
      function applyReviver(reviver, obj, key, val) {
        if (val && typeof val === "object") {
          if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
              const v0 = val[i];
              const v1 = applyReviver(reviver, val, String(i), v0);
              if (v1 === void 0)
                delete val[i];
              else if (v1 !== v0)
                val[i] = v1;
            }
          } else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
              const v0 = val.get(k);
              const v1 = applyReviver(reviver, val, k, v0);
              if (v1 === void 0)
                val.delete(k);
              else if (v1 !== v0)
                val.set(k, v1);
            }
          } else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
              const v1 = applyReviver(reviver, val, v0, v0);
              if (v1 === void 0)
                val.delete(v0);
              else if (v1 !== v0) {
                val.delete(v0);
                val.add(v1);
              }
            }
          } else {
            for (const [k, v0] of Object.entries(val)) {
              const v1 = applyReviver(reviver, val, k, v0);
              if (v1 === void 0)
                delete val[k];
              else if (v1 !== v0)
                val[k] = v1;
            }
          }
        }
        return reviver.call(obj, key, val);
      }
      exports.applyReviver = applyReviver;
    })
  ),
  /***/
  2404: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      const defaultTagPrefix = "tag:yaml.org,2002:";
      function findTagObject(value, tagName, tags) {
        if (tagName) {
          const match = tags.filter((t) => t.tag === tagName);
          const tagObj = match.find((t) => !t.format) ?? match[0];
          if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
          return tagObj;
        }
        return tags.find((t) => t.identify?.(value) && !t.format);
      }
      function createNode(value, tagName, ctx) {
        if (identity.isDocument(value))
          value = value.contents;
        if (identity.isNode(value))
          return value;
        if (identity.isPair(value)) {
          const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
          map.items.push(value);
          return map;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
          value = value.valueOf();
        }
        const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
        let ref = void 0;
        if (aliasDuplicateObjects && value && typeof value === "object") {
          ref = sourceObjects.get(value);
          if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
          } else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
          }
        }
        if (tagName?.startsWith("!!"))
          tagName = defaultTagPrefix + tagName.slice(2);
        let tagObj = findTagObject(value, tagName, schema.tags);
        if (!tagObj) {
          if (value && typeof value.toJSON === "function") {
            value = value.toJSON();
          }
          if (!value || typeof value !== "object") {
            const node2 = new Scalar.Scalar(value);
            if (ref)
              ref.node = node2;
            return node2;
          }
          tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
        }
        if (onTagObj) {
          onTagObj(tagObj);
          delete ctx.onTagObj;
        }
        const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
        if (tagName)
          node.tag = tagName;
        else if (!tagObj.default)
          node.tag = tagObj.tag;
        if (ref)
          ref.node = node;
        return node;
      }
      exports.createNode = createNode;
    })
  ),
  /***/
  1342: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var visit = __nccwpck_require__2(204);
      const escapeChars = {
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      };
      const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
      class Directives {
        constructor(yaml, tags) {
          this.docStart = null;
          this.docEnd = false;
          this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
          this.tags = Object.assign({}, Directives.defaultTags, tags);
        }
        clone() {
          const copy = new Directives(this.yaml, this.tags);
          copy.docStart = this.docStart;
          return copy;
        }
        /**
         * During parsing, get a Directives instance for the current document and
         * update the stream state according to the current version's spec.
         */
        atDocument() {
          const res = new Directives(this.yaml, this.tags);
          switch (this.yaml.version) {
            case "1.1":
              this.atNextDocument = true;
              break;
            case "1.2":
              this.atNextDocument = false;
              this.yaml = {
                explicit: Directives.defaultYaml.explicit,
                version: "1.2"
              };
              this.tags = Object.assign({}, Directives.defaultTags);
              break;
          }
          return res;
        }
        /**
         * @param onError - May be called even if the action was successful
         * @returns `true` on success
         */
        add(line, onError) {
          if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: "1.1" };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
          }
          const parts = line.trim().split(/[ \t]+/);
          const name = parts.shift();
          switch (name) {
            case "%TAG": {
              if (parts.length !== 2) {
                onError(0, "%TAG directive should contain exactly two parts");
                if (parts.length < 2)
                  return false;
              }
              const [handle, prefix] = parts;
              this.tags[handle] = prefix;
              return true;
            }
            case "%YAML": {
              this.yaml.explicit = true;
              if (parts.length !== 1) {
                onError(0, "%YAML directive should contain exactly one part");
                return false;
              }
              const [version] = parts;
              if (version === "1.1" || version === "1.2") {
                this.yaml.version = version;
                return true;
              } else {
                const isValid = /^\d+\.\d+$/.test(version);
                onError(6, `Unsupported YAML version ${version}`, isValid);
                return false;
              }
            }
            default:
              onError(0, `Unknown directive ${name}`, true);
              return false;
          }
        }
        /**
         * Resolves a tag, matching handles to those defined in %TAG directives.
         *
         * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
         *   `'!local'` tag, or `null` if unresolvable.
         */
        tagName(source, onError) {
          if (source === "!")
            return "!";
          if (source[0] !== "!") {
            onError(`Not a valid tag: ${source}`);
            return null;
          }
          if (source[1] === "<") {
            const verbatim = source.slice(2, -1);
            if (verbatim === "!" || verbatim === "!!") {
              onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
              return null;
            }
            if (source[source.length - 1] !== ">")
              onError("Verbatim tags must end with a >");
            return verbatim;
          }
          const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
          if (!suffix)
            onError(`The ${source} tag has no suffix`);
          const prefix = this.tags[handle];
          if (prefix) {
            try {
              return prefix + decodeURIComponent(suffix);
            } catch (error) {
              onError(String(error));
              return null;
            }
          }
          if (handle === "!")
            return source;
          onError(`Could not resolve tag: ${source}`);
          return null;
        }
        /**
         * Given a fully resolved tag, returns its printable string form,
         * taking into account current tag prefixes and defaults.
         */
        tagString(tag) {
          for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
              return handle + escapeTagName(tag.substring(prefix.length));
          }
          return tag[0] === "!" ? tag : `!<${tag}>`;
        }
        toString(doc) {
          const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
          const tagEntries = Object.entries(this.tags);
          let tagNames;
          if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
              if (identity.isNode(node) && node.tag)
                tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
          } else
            tagNames = [];
          for (const [handle, prefix] of tagEntries) {
            if (handle === "!!" && prefix === "tag:yaml.org,2002:")
              continue;
            if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
              lines.push(`%TAG ${handle} ${prefix}`);
          }
          return lines.join("\n");
        }
      }
      Directives.defaultYaml = { explicit: false, version: "1.2" };
      Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
      exports.Directives = Directives;
    })
  ),
  /***/
  1464: (
    /***/
    ((__unused_webpack_module, exports) => {
      class YAMLError extends Error {
        constructor(name, pos, code, message) {
          super();
          this.name = name;
          this.code = code;
          this.message = message;
          this.pos = pos;
        }
      }
      class YAMLParseError extends YAMLError {
        constructor(pos, code, message) {
          super("YAMLParseError", pos, code, message);
        }
      }
      class YAMLWarning extends YAMLError {
        constructor(pos, code, message) {
          super("YAMLWarning", pos, code, message);
        }
      }
      const prettifyError = (src, lc) => (error) => {
        if (error.pos[0] === -1)
          return;
        error.linePos = error.pos.map((pos) => lc.linePos(pos));
        const { line, col } = error.linePos[0];
        error.message += ` at line ${line}, column ${col}`;
        let ci = col - 1;
        let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
        if (ci >= 60 && lineStr.length > 80) {
          const trimStart = Math.min(ci - 39, lineStr.length - 79);
          lineStr = "\u2026" + lineStr.substring(trimStart);
          ci -= trimStart - 1;
        }
        if (lineStr.length > 80)
          lineStr = lineStr.substring(0, 79) + "\u2026";
        if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
          let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
          if (prev.length > 80)
            prev = prev.substring(0, 79) + "\u2026\n";
          lineStr = prev + lineStr;
        }
        if (/[^ ]/.test(lineStr)) {
          let count = 1;
          const end = error.linePos[1];
          if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
          }
          const pointer = " ".repeat(ci) + "^".repeat(count);
          error.message += `:

${lineStr}
${pointer}
`;
        }
      };
      exports.YAMLError = YAMLError;
      exports.YAMLParseError = YAMLParseError;
      exports.YAMLWarning = YAMLWarning;
      exports.prettifyError = prettifyError;
    })
  ),
  /***/
  8815: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var __webpack_unused_export__;
      var composer = __nccwpck_require__2(9984);
      var Document = __nccwpck_require__2(3021);
      var Schema = __nccwpck_require__2(5840);
      var errors = __nccwpck_require__2(1464);
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var Scalar = __nccwpck_require__2(3301);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var cst = __nccwpck_require__2(3461);
      var lexer = __nccwpck_require__2(361);
      var lineCounter = __nccwpck_require__2(6628);
      var parser = __nccwpck_require__2(3456);
      var publicApi = __nccwpck_require__2(4047);
      var visit = __nccwpck_require__2(204);
      __webpack_unused_export__ = composer.Composer;
      __webpack_unused_export__ = Document.Document;
      __webpack_unused_export__ = Schema.Schema;
      __webpack_unused_export__ = errors.YAMLError;
      __webpack_unused_export__ = errors.YAMLParseError;
      __webpack_unused_export__ = errors.YAMLWarning;
      __webpack_unused_export__ = Alias.Alias;
      exports.Vj = identity.isAlias;
      __webpack_unused_export__ = identity.isCollection;
      __webpack_unused_export__ = identity.isDocument;
      exports.jh = identity.isMap;
      exports.Ll = identity.isNode;
      __webpack_unused_export__ = identity.isPair;
      exports.jn = identity.isScalar;
      exports.oP = identity.isSeq;
      exports.Rm = Pair.Pair;
      exports.X5 = Scalar.Scalar;
      exports.CA = YAMLMap.YAMLMap;
      exports.Rw = YAMLSeq.YAMLSeq;
      __webpack_unused_export__ = cst;
      __webpack_unused_export__ = lexer.Lexer;
      exports.HN = lineCounter.LineCounter;
      __webpack_unused_export__ = parser.Parser;
      __webpack_unused_export__ = publicApi.parse;
      __webpack_unused_export__ = publicApi.parseAllDocuments;
      exports.Tp = publicApi.parseDocument;
      __webpack_unused_export__ = publicApi.stringify;
      exports.YR = visit.visit;
      __webpack_unused_export__ = visit.visitAsync;
    })
  ),
  /***/
  7249: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      function debug(logLevel, ...messages) {
        if (logLevel === "debug")
          console.log(...messages);
      }
      function warn(logLevel, warning) {
        if (logLevel === "debug" || logLevel === "warn") {
          if (typeof node_process.emitWarning === "function")
            node_process.emitWarning(warning);
          else
            console.warn(warning);
        }
      }
      exports.debug = debug;
      exports.warn = warn;
    })
  ),
  /***/
  4065: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var anchors = __nccwpck_require__2(1596);
      var visit = __nccwpck_require__2(204);
      var identity = __nccwpck_require__2(1127);
      var Node = __nccwpck_require__2(6673);
      var toJS = __nccwpck_require__2(4043);
      class Alias extends Node.NodeBase {
        constructor(source) {
          super(identity.ALIAS);
          this.source = source;
          Object.defineProperty(this, "tag", {
            set() {
              throw new Error("Alias nodes cannot have tags");
            }
          });
        }
        /**
         * Resolve the value of this alias within `doc`, finding the last
         * instance of the `source` anchor before this node.
         */
        resolve(doc, ctx) {
          if (ctx?.maxAliasCount === 0)
            throw new ReferenceError("Alias resolution is disabled");
          let nodes;
          if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
          } else {
            nodes = [];
            visit.visit(doc, {
              Node: (_key, node) => {
                if (identity.isAlias(node) || identity.hasAnchor(node))
                  nodes.push(node);
              }
            });
            if (ctx)
              ctx.aliasResolveCache = nodes;
          }
          let found = void 0;
          for (const node of nodes) {
            if (node === this)
              break;
            if (node.anchor === this.source)
              found = node;
          }
          if (found && ctx) {
            const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
            let data = anchors2.get(found);
            if (!data) {
              toJS.toJS(found, null, ctx);
              data = anchors2.get(found);
            }
            if (data?.res === void 0) {
              const msg = "This should not happen: Alias anchor was not resolved?";
              throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
              data.count += 1;
              if (data.aliasCount === 0)
                data.aliasCount = getAliasCount(doc2, found, anchors2);
              if (data.count * data.aliasCount > maxAliasCount) {
                const msg = "Excessive alias count indicates a resource exhaustion attack";
                throw new ReferenceError(msg);
              }
            }
          }
          return found;
        }
        toJSON(_arg, ctx) {
          if (!ctx)
            return { source: this.source };
          const source = this.resolve(ctx.doc, ctx);
          if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
          }
          return ctx.anchors.get(source).res;
        }
        toString(ctx, _onComment, _onChompKeep) {
          const src = `*${this.source}`;
          if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
              const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
              throw new Error(msg);
            }
            if (ctx.implicitKey)
              return `${src} `;
          }
          return src;
        }
      }
      function getAliasCount(doc, node, anchors2) {
        if (identity.isAlias(node)) {
          const source = node.resolve(doc);
          const anchor = anchors2 && source && anchors2.get(source);
          return anchor ? anchor.count * anchor.aliasCount : 0;
        } else if (identity.isCollection(node)) {
          let count = 0;
          for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors2);
            if (c > count)
              count = c;
          }
          return count;
        } else if (identity.isPair(node)) {
          const kc = getAliasCount(doc, node.key, anchors2);
          const vc = getAliasCount(doc, node.value, anchors2);
          return Math.max(kc, vc);
        }
        return 1;
      }
      exports.Alias = Alias;
    })
  ),
  /***/
  101: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(2404);
      var identity = __nccwpck_require__2(1127);
      var Node = __nccwpck_require__2(6673);
      function collectionFromPath(schema, path, value) {
        let v = value;
        for (let i = path.length - 1; i >= 0; --i) {
          const k = path[i];
          if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
          } else {
            v = /* @__PURE__ */ new Map([[k, v]]);
          }
        }
        return createNode.createNode(v, void 0, {
          aliasDuplicateObjects: false,
          keepUndefined: false,
          onAnchor: () => {
            throw new Error("This should not happen, please report a bug.");
          },
          schema,
          sourceObjects: /* @__PURE__ */ new Map()
        });
      }
      const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
      class Collection extends Node.NodeBase {
        constructor(type, schema) {
          super(type);
          Object.defineProperty(this, "schema", {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
          });
        }
        /**
         * Create a copy of this collection.
         *
         * @param schema - If defined, overwrites the original's schema
         */
        clone(schema) {
          const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
          if (schema)
            copy.schema = schema;
          copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /**
         * Adds a value to the collection. For `!!map` and `!!omap` the value must
         * be a Pair instance or a `{ key, value }` object, which may not have a key
         * that already exists in the map.
         */
        addIn(path, value) {
          if (isEmptyPath(path))
            this.add(value);
          else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
              node.addIn(rest, value);
            else if (node === void 0 && this.schema)
              this.set(key, collectionFromPath(this.schema, rest, value));
            else
              throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
          }
        }
        /**
         * Removes a value from the collection.
         * @returns `true` if the item was found and removed.
         */
        deleteIn(path) {
          const [key, ...rest] = path;
          if (rest.length === 0)
            return this.delete(key);
          const node = this.get(key, true);
          if (identity.isCollection(node))
            return node.deleteIn(rest);
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
        /**
         * Returns item at `key`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        getIn(path, keepScalar) {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
          else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
        }
        hasAllNullValues(allowScalar) {
          return this.items.every((node) => {
            if (!identity.isPair(node))
              return false;
            const n = node.value;
            return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
          });
        }
        /**
         * Checks if the collection includes a value with the key `key`.
         */
        hasIn(path) {
          const [key, ...rest] = path;
          if (rest.length === 0)
            return this.has(key);
          const node = this.get(key, true);
          return identity.isCollection(node) ? node.hasIn(rest) : false;
        }
        /**
         * Sets a value in this collection. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        setIn(path, value) {
          const [key, ...rest] = path;
          if (rest.length === 0) {
            this.set(key, value);
          } else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
              node.setIn(rest, value);
            else if (node === void 0 && this.schema)
              this.set(key, collectionFromPath(this.schema, rest, value));
            else
              throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
          }
        }
      }
      exports.Collection = Collection;
      exports.collectionFromPath = collectionFromPath;
      exports.isEmptyPath = isEmptyPath;
    })
  ),
  /***/
  6673: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var applyReviver = __nccwpck_require__2(3661);
      var identity = __nccwpck_require__2(1127);
      var toJS = __nccwpck_require__2(4043);
      class NodeBase {
        constructor(type) {
          Object.defineProperty(this, identity.NODE_TYPE, { value: type });
        }
        /** Create a copy of this node.  */
        clone() {
          const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /** A plain JavaScript representation of this node. */
        toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
          if (!identity.isDocument(doc))
            throw new TypeError("A document argument is required");
          const ctx = {
            anchors: /* @__PURE__ */ new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
          };
          const res = toJS.toJS(this, "", ctx);
          if (typeof onAnchor === "function")
            for (const { count, res: res2 } of ctx.anchors.values())
              onAnchor(res2, count);
          return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
        }
      }
      exports.NodeBase = NodeBase;
    })
  ),
  /***/
  7165: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(2404);
      var stringifyPair = __nccwpck_require__2(9748);
      var addPairToJSMap = __nccwpck_require__2(7104);
      var identity = __nccwpck_require__2(1127);
      function createPair(key, value, ctx) {
        const k = createNode.createNode(key, void 0, ctx);
        const v = createNode.createNode(value, void 0, ctx);
        return new Pair(k, v);
      }
      class Pair {
        constructor(key, value = null) {
          Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
          this.key = key;
          this.value = value;
        }
        clone(schema) {
          let { key, value } = this;
          if (identity.isNode(key))
            key = key.clone(schema);
          if (identity.isNode(value))
            value = value.clone(schema);
          return new Pair(key, value);
        }
        toJSON(_, ctx) {
          const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
          return addPairToJSMap.addPairToJSMap(ctx, pair, this);
        }
        toString(ctx, onComment, onChompKeep) {
          return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
        }
      }
      exports.Pair = Pair;
      exports.createPair = createPair;
    })
  ),
  /***/
  3301: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Node = __nccwpck_require__2(6673);
      var toJS = __nccwpck_require__2(4043);
      const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
      class Scalar extends Node.NodeBase {
        constructor(value) {
          super(identity.SCALAR);
          this.value = value;
        }
        toJSON(arg, ctx) {
          return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
        }
        toString() {
          return String(this.value);
        }
      }
      Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
      Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
      Scalar.PLAIN = "PLAIN";
      Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
      Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
      exports.Scalar = Scalar;
      exports.isScalarValue = isScalarValue;
    })
  ),
  /***/
  4454: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyCollection = __nccwpck_require__2(1212);
      var addPairToJSMap = __nccwpck_require__2(7104);
      var Collection = __nccwpck_require__2(101);
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var Scalar = __nccwpck_require__2(3301);
      function findPair(items, key) {
        const k = identity.isScalar(key) ? key.value : key;
        for (const it of items) {
          if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
              return it;
            if (identity.isScalar(it.key) && it.key.value === k)
              return it;
          }
        }
        return void 0;
      }
      class YAMLMap extends Collection.Collection {
        static get tagName() {
          return "tag:yaml.org,2002:map";
        }
        constructor(schema) {
          super(identity.MAP, schema);
          this.items = [];
        }
        /**
         * A generic collection parsing method that can be extended
         * to other node classes that inherit from YAMLMap
         */
        static from(schema, obj, ctx) {
          const { keepUndefined, replacer } = ctx;
          const map = new this(schema);
          const add = (key, value) => {
            if (typeof replacer === "function")
              value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
              return;
            if (value !== void 0 || keepUndefined)
              map.items.push(Pair.createPair(key, value, ctx));
          };
          if (obj instanceof Map) {
            for (const [key, value] of obj)
              add(key, value);
          } else if (obj && typeof obj === "object") {
            for (const key of Object.keys(obj))
              add(key, obj[key]);
          }
          if (typeof schema.sortMapEntries === "function") {
            map.items.sort(schema.sortMapEntries);
          }
          return map;
        }
        /**
         * Adds a value to the collection.
         *
         * @param overwrite - If not set `true`, using a key that is already in the
         *   collection will throw. Otherwise, overwrites the previous value.
         */
        add(pair, overwrite) {
          let _pair;
          if (identity.isPair(pair))
            _pair = pair;
          else if (!pair || typeof pair !== "object" || !("key" in pair)) {
            _pair = new Pair.Pair(pair, pair?.value);
          } else
            _pair = new Pair.Pair(pair.key, pair.value);
          const prev = findPair(this.items, _pair.key);
          const sortEntries = this.schema?.sortMapEntries;
          if (prev) {
            if (!overwrite)
              throw new Error(`Key ${_pair.key} already set`);
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
              prev.value.value = _pair.value;
            else
              prev.value = _pair.value;
          } else if (sortEntries) {
            const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
            if (i === -1)
              this.items.push(_pair);
            else
              this.items.splice(i, 0, _pair);
          } else {
            this.items.push(_pair);
          }
        }
        delete(key) {
          const it = findPair(this.items, key);
          if (!it)
            return false;
          const del = this.items.splice(this.items.indexOf(it), 1);
          return del.length > 0;
        }
        get(key, keepScalar) {
          const it = findPair(this.items, key);
          const node = it?.value;
          return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
        }
        has(key) {
          return !!findPair(this.items, key);
        }
        set(key, value) {
          this.add(new Pair.Pair(key, value), true);
        }
        /**
         * @param ctx - Conversion context, originally set in Document#toJS()
         * @param {Class} Type - If set, forces the returned collection type
         * @returns Instance of Type, Map, or Object
         */
        toJSON(_, ctx, Type) {
          const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
          if (ctx?.onCreate)
            ctx.onCreate(map);
          for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
          return map;
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          for (const item of this.items) {
            if (!identity.isPair(item))
              throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
          }
          if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
          return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: "",
            flowChars: { start: "{", end: "}" },
            itemIndent: ctx.indent || "",
            onChompKeep,
            onComment
          });
        }
      }
      exports.YAMLMap = YAMLMap;
      exports.findPair = findPair;
    })
  ),
  /***/
  2223: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(2404);
      var stringifyCollection = __nccwpck_require__2(1212);
      var Collection = __nccwpck_require__2(101);
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var toJS = __nccwpck_require__2(4043);
      class YAMLSeq extends Collection.Collection {
        static get tagName() {
          return "tag:yaml.org,2002:seq";
        }
        constructor(schema) {
          super(identity.SEQ, schema);
          this.items = [];
        }
        add(value) {
          this.items.push(value);
        }
        /**
         * Removes a value from the collection.
         *
         * `key` must contain a representation of an integer for this to succeed.
         * It may be wrapped in a `Scalar`.
         *
         * @returns `true` if the item was found and removed.
         */
        delete(key) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            return false;
          const del = this.items.splice(idx, 1);
          return del.length > 0;
        }
        get(key, keepScalar) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            return void 0;
          const it = this.items[idx];
          return !keepScalar && identity.isScalar(it) ? it.value : it;
        }
        /**
         * Checks if the collection includes a value with the key `key`.
         *
         * `key` must contain a representation of an integer for this to succeed.
         * It may be wrapped in a `Scalar`.
         */
        has(key) {
          const idx = asItemIndex(key);
          return typeof idx === "number" && idx < this.items.length;
        }
        /**
         * Sets a value in this collection. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         *
         * If `key` does not contain a representation of an integer, this will throw.
         * It may be wrapped in a `Scalar`.
         */
        set(key, value) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            throw new Error(`Expected a valid index, not ${key}.`);
          const prev = this.items[idx];
          if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
          else
            this.items[idx] = value;
        }
        toJSON(_, ctx) {
          const seq = [];
          if (ctx?.onCreate)
            ctx.onCreate(seq);
          let i = 0;
          for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
          return seq;
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: "- ",
            flowChars: { start: "[", end: "]" },
            itemIndent: (ctx.indent || "") + "  ",
            onChompKeep,
            onComment
          });
        }
        static from(schema, obj, ctx) {
          const { replacer } = ctx;
          const seq = new this(schema);
          if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
              if (typeof replacer === "function") {
                const key = obj instanceof Set ? it : String(i++);
                it = replacer.call(obj, key, it);
              }
              seq.items.push(createNode.createNode(it, void 0, ctx));
            }
          }
          return seq;
        }
      }
      function asItemIndex(key) {
        let idx = identity.isScalar(key) ? key.value : key;
        if (idx && typeof idx === "string")
          idx = Number(idx);
        return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
      }
      exports.YAMLSeq = YAMLSeq;
    })
  ),
  /***/
  7104: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var log = __nccwpck_require__2(7249);
      var merge = __nccwpck_require__2(452);
      var stringify = __nccwpck_require__2(2148);
      var identity = __nccwpck_require__2(1127);
      var toJS = __nccwpck_require__2(4043);
      function addPairToJSMap(ctx, map, { key, value }) {
        if (identity.isNode(key) && key.addToJSMap)
          key.addToJSMap(ctx, map, value);
        else if (merge.isMergeKey(ctx, key))
          merge.addMergeToJSMap(ctx, map, value);
        else {
          const jsKey = toJS.toJS(key, "", ctx);
          if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
          } else if (map instanceof Set) {
            map.add(jsKey);
          } else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
              Object.defineProperty(map, stringKey, {
                value: jsValue,
                writable: true,
                enumerable: true,
                configurable: true
              });
            else
              map[stringKey] = jsValue;
          }
        }
        return map;
      }
      function stringifyKey(key, jsKey, ctx) {
        if (jsKey === null)
          return "";
        if (typeof jsKey !== "object")
          return String(jsKey);
        if (identity.isNode(key) && ctx?.doc) {
          const strCtx = stringify.createStringifyContext(ctx.doc, {});
          strCtx.anchors = /* @__PURE__ */ new Set();
          for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
          strCtx.inFlow = true;
          strCtx.inStringifyKey = true;
          const strKey = key.toString(strCtx);
          if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
              jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
          }
          return strKey;
        }
        return JSON.stringify(jsKey);
      }
      exports.addPairToJSMap = addPairToJSMap;
    })
  ),
  /***/
  1127: (
    /***/
    ((__unused_webpack_module, exports) => {
      const ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
      const DOC = /* @__PURE__ */ Symbol.for("yaml.document");
      const MAP = /* @__PURE__ */ Symbol.for("yaml.map");
      const PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
      const SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
      const SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
      const NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
      const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
      const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
      const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
      const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
      const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
      const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
      function isCollection(node) {
        if (node && typeof node === "object")
          switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
              return true;
          }
        return false;
      }
      function isNode(node) {
        if (node && typeof node === "object")
          switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
              return true;
          }
        return false;
      }
      const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
      exports.ALIAS = ALIAS;
      exports.DOC = DOC;
      exports.MAP = MAP;
      exports.NODE_TYPE = NODE_TYPE;
      exports.PAIR = PAIR;
      exports.SCALAR = SCALAR;
      exports.SEQ = SEQ;
      exports.hasAnchor = hasAnchor;
      exports.isAlias = isAlias;
      exports.isCollection = isCollection;
      exports.isDocument = isDocument;
      exports.isMap = isMap;
      exports.isNode = isNode;
      exports.isPair = isPair;
      exports.isScalar = isScalar;
      exports.isSeq = isSeq;
    })
  ),
  /***/
  4043: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      function toJS(value, arg, ctx) {
        if (Array.isArray(value))
          return value.map((v, i) => toJS(v, String(i), ctx));
        if (value && typeof value.toJSON === "function") {
          if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
          const data = { aliasCount: 0, count: 1, res: void 0 };
          ctx.anchors.set(value, data);
          ctx.onCreate = (res2) => {
            data.res = res2;
            delete ctx.onCreate;
          };
          const res = value.toJSON(arg, ctx);
          if (ctx.onCreate)
            ctx.onCreate(res);
          return res;
        }
        if (typeof value === "bigint" && !ctx?.keep)
          return Number(value);
        return value;
      }
      exports.toJS = toJS;
    })
  ),
  /***/
  110: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var resolveBlockScalar = __nccwpck_require__2(8913);
      var resolveFlowScalar = __nccwpck_require__2(6842);
      var errors = __nccwpck_require__2(1464);
      var stringifyString = __nccwpck_require__2(3069);
      function resolveAsScalar(token, strict = true, onError) {
        if (token) {
          const _onError = (pos, code, message) => {
            const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
              onError(offset, code, message);
            else
              throw new errors.YAMLParseError([offset, offset + 1], code, message);
          };
          switch (token.type) {
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case "block-scalar":
              return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
          }
        }
        return null;
      }
      function createScalarToken(value, context) {
        const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
        const source = stringifyString.stringifyString({ type, value }, {
          implicitKey,
          indent: indent > 0 ? " ".repeat(indent) : "",
          inFlow,
          options: { blockQuote: true, lineWidth: -1 }
        });
        const end = context.end ?? [
          { type: "newline", offset: -1, indent, source: "\n" }
        ];
        switch (source[0]) {
          case "|":
          case ">": {
            const he = source.indexOf("\n");
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + "\n";
            const props = [
              { type: "block-scalar-header", offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
              props.push({ type: "newline", offset: -1, indent, source: "\n" });
            return { type: "block-scalar", offset, indent, props, source: body };
          }
          case '"':
            return { type: "double-quoted-scalar", offset, indent, source, end };
          case "'":
            return { type: "single-quoted-scalar", offset, indent, source, end };
          default:
            return { type: "scalar", offset, indent, source, end };
        }
      }
      function setScalarValue(token, value, context = {}) {
        let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
        let indent = "indent" in token ? token.indent : null;
        if (afterKey && typeof indent === "number")
          indent += 2;
        if (!type)
          switch (token.type) {
            case "single-quoted-scalar":
              type = "QUOTE_SINGLE";
              break;
            case "double-quoted-scalar":
              type = "QUOTE_DOUBLE";
              break;
            case "block-scalar": {
              const header = token.props[0];
              if (header.type !== "block-scalar-header")
                throw new Error("Invalid block scalar header");
              type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
              break;
            }
            default:
              type = "PLAIN";
          }
        const source = stringifyString.stringifyString({ type, value }, {
          implicitKey: implicitKey || indent === null,
          indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
          inFlow,
          options: { blockQuote: true, lineWidth: -1 }
        });
        switch (source[0]) {
          case "|":
          case ">":
            setBlockScalarValue(token, source);
            break;
          case '"':
            setFlowScalarValue(token, source, "double-quoted-scalar");
            break;
          case "'":
            setFlowScalarValue(token, source, "single-quoted-scalar");
            break;
          default:
            setFlowScalarValue(token, source, "scalar");
        }
      }
      function setBlockScalarValue(token, source) {
        const he = source.indexOf("\n");
        const head = source.substring(0, he);
        const body = source.substring(he + 1) + "\n";
        if (token.type === "block-scalar") {
          const header = token.props[0];
          if (header.type !== "block-scalar-header")
            throw new Error("Invalid block scalar header");
          header.source = head;
          token.source = body;
        } else {
          const { offset } = token;
          const indent = "indent" in token ? token.indent : -1;
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: "block-scalar", indent, props, source: body });
        }
      }
      function addEndtoBlockProps(props, end) {
        if (end)
          for (const st of end)
            switch (st.type) {
              case "space":
              case "comment":
                props.push(st);
                break;
              case "newline":
                props.push(st);
                return true;
            }
        return false;
      }
      function setFlowScalarValue(token, source, type) {
        switch (token.type) {
          case "scalar":
          case "double-quoted-scalar":
          case "single-quoted-scalar":
            token.type = type;
            token.source = source;
            break;
          case "block-scalar": {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === "block-scalar-header")
              oa -= token.props[0].source.length;
            for (const tok of end)
              tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
          }
          case "block-map":
          case "block-seq": {
            const offset = token.offset + source.length;
            const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
          }
          default: {
            const indent = "indent" in token ? token.indent : -1;
            const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
            for (const key of Object.keys(token))
              if (key !== "type" && key !== "offset")
                delete token[key];
            Object.assign(token, { type, indent, source, end });
          }
        }
      }
      exports.createScalarToken = createScalarToken;
      exports.resolveAsScalar = resolveAsScalar;
      exports.setScalarValue = setScalarValue;
    })
  ),
  /***/
  1733: (
    /***/
    ((__unused_webpack_module, exports) => {
      const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
      function stringifyToken(token) {
        switch (token.type) {
          case "block-scalar": {
            let res = "";
            for (const tok of token.props)
              res += stringifyToken(tok);
            return res + token.source;
          }
          case "block-map":
          case "block-seq": {
            let res = "";
            for (const item of token.items)
              res += stringifyItem(item);
            return res;
          }
          case "flow-collection": {
            let res = token.start.source;
            for (const item of token.items)
              res += stringifyItem(item);
            for (const st of token.end)
              res += st.source;
            return res;
          }
          case "document": {
            let res = stringifyItem(token);
            if (token.end)
              for (const st of token.end)
                res += st.source;
            return res;
          }
          default: {
            let res = token.source;
            if ("end" in token && token.end)
              for (const st of token.end)
                res += st.source;
            return res;
          }
        }
      }
      function stringifyItem({ start, key, sep, value }) {
        let res = "";
        for (const st of start)
          res += st.source;
        if (key)
          res += stringifyToken(key);
        if (sep)
          for (const st of sep)
            res += st.source;
        if (value)
          res += stringifyToken(value);
        return res;
      }
      exports.stringify = stringify;
    })
  ),
  /***/
  7715: (
    /***/
    ((__unused_webpack_module, exports) => {
      const BREAK = /* @__PURE__ */ Symbol("break visit");
      const SKIP = /* @__PURE__ */ Symbol("skip children");
      const REMOVE = /* @__PURE__ */ Symbol("remove item");
      function visit(cst, visitor) {
        if ("type" in cst && cst.type === "document")
          cst = { start: cst.start, value: cst.value };
        _visit(Object.freeze([]), cst, visitor);
      }
      visit.BREAK = BREAK;
      visit.SKIP = SKIP;
      visit.REMOVE = REMOVE;
      visit.itemAtPath = (cst, path) => {
        let item = cst;
        for (const [field, index] of path) {
          const tok = item?.[field];
          if (tok && "items" in tok) {
            item = tok.items[index];
          } else
            return void 0;
        }
        return item;
      };
      visit.parentCollection = (cst, path) => {
        const parent = visit.itemAtPath(cst, path.slice(0, -1));
        const field = path[path.length - 1][0];
        const coll = parent?.[field];
        if (coll && "items" in coll)
          return coll;
        throw new Error("Parent collection not found");
      };
      function _visit(path, item, visitor) {
        let ctrl = visitor(item, path);
        if (typeof ctrl === "symbol")
          return ctrl;
        for (const field of ["key", "value"]) {
          const token = item[field];
          if (token && "items" in token) {
            for (let i = 0; i < token.items.length; ++i) {
              const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                token.items.splice(i, 1);
                i -= 1;
              }
            }
            if (typeof ctrl === "function" && field === "key")
              ctrl = ctrl(item, path);
          }
        }
        return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
      }
      exports.visit = visit;
    })
  ),
  /***/
  3461: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var cstScalar = __nccwpck_require__2(110);
      var cstStringify = __nccwpck_require__2(1733);
      var cstVisit = __nccwpck_require__2(7715);
      const BOM = "\uFEFF";
      const DOCUMENT = "";
      const FLOW_END = "";
      const SCALAR = "";
      const isCollection = (token) => !!token && "items" in token;
      const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
      function prettyToken(token) {
        switch (token) {
          case BOM:
            return "<BOM>";
          case DOCUMENT:
            return "<DOC>";
          case FLOW_END:
            return "<FLOW_END>";
          case SCALAR:
            return "<SCALAR>";
          default:
            return JSON.stringify(token);
        }
      }
      function tokenType(source) {
        switch (source) {
          case BOM:
            return "byte-order-mark";
          case DOCUMENT:
            return "doc-mode";
          case FLOW_END:
            return "flow-error-end";
          case SCALAR:
            return "scalar";
          case "---":
            return "doc-start";
          case "...":
            return "doc-end";
          case "":
          case "\n":
          case "\r\n":
            return "newline";
          case "-":
            return "seq-item-ind";
          case "?":
            return "explicit-key-ind";
          case ":":
            return "map-value-ind";
          case "{":
            return "flow-map-start";
          case "}":
            return "flow-map-end";
          case "[":
            return "flow-seq-start";
          case "]":
            return "flow-seq-end";
          case ",":
            return "comma";
        }
        switch (source[0]) {
          case " ":
          case "	":
            return "space";
          case "#":
            return "comment";
          case "%":
            return "directive-line";
          case "*":
            return "alias";
          case "&":
            return "anchor";
          case "!":
            return "tag";
          case "'":
            return "single-quoted-scalar";
          case '"':
            return "double-quoted-scalar";
          case "|":
          case ">":
            return "block-scalar-header";
        }
        return null;
      }
      exports.createScalarToken = cstScalar.createScalarToken;
      exports.resolveAsScalar = cstScalar.resolveAsScalar;
      exports.setScalarValue = cstScalar.setScalarValue;
      exports.stringify = cstStringify.stringify;
      exports.visit = cstVisit.visit;
      exports.BOM = BOM;
      exports.DOCUMENT = DOCUMENT;
      exports.FLOW_END = FLOW_END;
      exports.SCALAR = SCALAR;
      exports.isCollection = isCollection;
      exports.isScalar = isScalar;
      exports.prettyToken = prettyToken;
      exports.tokenType = tokenType;
    })
  ),
  /***/
  361: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var cst = __nccwpck_require__2(3461);
      function isEmpty(ch) {
        switch (ch) {
          case void 0:
          case " ":
          case "\n":
          case "\r":
          case "	":
            return true;
          default:
            return false;
        }
      }
      const hexDigits = new Set("0123456789ABCDEFabcdef");
      const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
      const flowIndicatorChars = new Set(",[]{}");
      const invalidAnchorChars = new Set(" ,[]{}\n\r	");
      const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
      class Lexer {
        constructor() {
          this.atEnd = false;
          this.blockScalarIndent = -1;
          this.blockScalarKeep = false;
          this.buffer = "";
          this.flowKey = false;
          this.flowLevel = 0;
          this.indentNext = 0;
          this.indentValue = 0;
          this.lineEndPos = null;
          this.next = null;
          this.pos = 0;
        }
        /**
         * Generate YAML tokens from the `source` string. If `incomplete`,
         * a part of the last line may be left as a buffer for the next call.
         *
         * @returns A generator of lexical tokens
         */
        *lex(source, incomplete = false) {
          if (source) {
            if (typeof source !== "string")
              throw TypeError("source is not a string");
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
          }
          this.atEnd = !incomplete;
          let next = this.next ?? "stream";
          while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
        }
        atLineEnd() {
          let i = this.pos;
          let ch = this.buffer[i];
          while (ch === " " || ch === "	")
            ch = this.buffer[++i];
          if (!ch || ch === "#" || ch === "\n")
            return true;
          if (ch === "\r")
            return this.buffer[i + 1] === "\n";
          return false;
        }
        charAt(n) {
          return this.buffer[this.pos + n];
        }
        continueScalar(offset) {
          let ch = this.buffer[offset];
          if (this.indentNext > 0) {
            let indent = 0;
            while (ch === " ")
              ch = this.buffer[++indent + offset];
            if (ch === "\r") {
              const next = this.buffer[indent + offset + 1];
              if (next === "\n" || !next && !this.atEnd)
                return offset + indent + 1;
            }
            return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
          }
          if (ch === "-" || ch === ".") {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
              return -1;
          }
          return offset;
        }
        getLine() {
          let end = this.lineEndPos;
          if (typeof end !== "number" || end !== -1 && end < this.pos) {
            end = this.buffer.indexOf("\n", this.pos);
            this.lineEndPos = end;
          }
          if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
          if (this.buffer[end - 1] === "\r")
            end -= 1;
          return this.buffer.substring(this.pos, end);
        }
        hasChars(n) {
          return this.pos + n <= this.buffer.length;
        }
        setNext(state) {
          this.buffer = this.buffer.substring(this.pos);
          this.pos = 0;
          this.lineEndPos = null;
          this.next = state;
          return null;
        }
        peek(n) {
          return this.buffer.substr(this.pos, n);
        }
        *parseNext(next) {
          switch (next) {
            case "stream":
              return yield* this.parseStream();
            case "line-start":
              return yield* this.parseLineStart();
            case "block-start":
              return yield* this.parseBlockStart();
            case "doc":
              return yield* this.parseDocument();
            case "flow":
              return yield* this.parseFlowCollection();
            case "quoted-scalar":
              return yield* this.parseQuotedScalar();
            case "block-scalar":
              return yield* this.parseBlockScalar();
            case "plain-scalar":
              return yield* this.parsePlainScalar();
          }
        }
        *parseStream() {
          let line = this.getLine();
          if (line === null)
            return this.setNext("stream");
          if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
          }
          if (line[0] === "%") {
            let dirEnd = line.length;
            let cs = line.indexOf("#");
            while (cs !== -1) {
              const ch = line[cs - 1];
              if (ch === " " || ch === "	") {
                dirEnd = cs - 1;
                break;
              } else {
                cs = line.indexOf("#", cs + 1);
              }
            }
            while (true) {
              const ch = line[dirEnd - 1];
              if (ch === " " || ch === "	")
                dirEnd -= 1;
              else
                break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n);
            this.pushNewline();
            return "stream";
          }
          if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return "stream";
          }
          yield cst.DOCUMENT;
          return yield* this.parseLineStart();
        }
        *parseLineStart() {
          const ch = this.charAt(0);
          if (!ch && !this.atEnd)
            return this.setNext("line-start");
          if (ch === "-" || ch === ".") {
            if (!this.atEnd && !this.hasChars(4))
              return this.setNext("line-start");
            const s = this.peek(3);
            if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
              yield* this.pushCount(3);
              this.indentValue = 0;
              this.indentNext = 0;
              return s === "---" ? "doc" : "stream";
            }
          }
          this.indentValue = yield* this.pushSpaces(false);
          if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
          return yield* this.parseBlockStart();
        }
        *parseBlockStart() {
          const [ch0, ch1] = this.peek(2);
          if (!ch1 && !this.atEnd)
            return this.setNext("block-start");
          if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return "block-start";
          }
          return "doc";
        }
        *parseDocument() {
          yield* this.pushSpaces(true);
          const line = this.getLine();
          if (line === null)
            return this.setNext("doc");
          let n = yield* this.pushIndicators();
          switch (line[n]) {
            case "#":
              yield* this.pushCount(line.length - n);
            // fallthrough
            case void 0:
              yield* this.pushNewline();
              return yield* this.parseLineStart();
            case "{":
            case "[":
              yield* this.pushCount(1);
              this.flowKey = false;
              this.flowLevel = 1;
              return "flow";
            case "}":
            case "]":
              yield* this.pushCount(1);
              return "doc";
            case "*":
              yield* this.pushUntil(isNotAnchorChar);
              return "doc";
            case '"':
            case "'":
              return yield* this.parseQuotedScalar();
            case "|":
            case ">":
              n += yield* this.parseBlockScalarHeader();
              n += yield* this.pushSpaces(true);
              yield* this.pushCount(line.length - n);
              yield* this.pushNewline();
              return yield* this.parseBlockScalar();
            default:
              return yield* this.parsePlainScalar();
          }
        }
        *parseFlowCollection() {
          let nl, sp;
          let indent = -1;
          do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
              sp = yield* this.pushSpaces(false);
              this.indentValue = indent = sp;
            } else {
              sp = 0;
            }
            sp += yield* this.pushSpaces(true);
          } while (nl + sp > 0);
          const line = this.getLine();
          if (line === null)
            return this.setNext("flow");
          if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
            const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
            if (!atFlowEndMarker) {
              this.flowLevel = 0;
              yield cst.FLOW_END;
              return yield* this.parseLineStart();
            }
          }
          let n = 0;
          while (line[n] === ",") {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
          }
          n += yield* this.pushIndicators();
          switch (line[n]) {
            case void 0:
              return "flow";
            case "#":
              yield* this.pushCount(line.length - n);
              return "flow";
            case "{":
            case "[":
              yield* this.pushCount(1);
              this.flowKey = false;
              this.flowLevel += 1;
              return "flow";
            case "}":
            case "]":
              yield* this.pushCount(1);
              this.flowKey = true;
              this.flowLevel -= 1;
              return this.flowLevel ? "flow" : "doc";
            case "*":
              yield* this.pushUntil(isNotAnchorChar);
              return "flow";
            case '"':
            case "'":
              this.flowKey = true;
              return yield* this.parseQuotedScalar();
            case ":": {
              const next = this.charAt(1);
              if (this.flowKey || isEmpty(next) || next === ",") {
                this.flowKey = false;
                yield* this.pushCount(1);
                yield* this.pushSpaces(true);
                return "flow";
              }
            }
            // fallthrough
            default:
              this.flowKey = false;
              return yield* this.parsePlainScalar();
          }
        }
        *parseQuotedScalar() {
          const quote = this.charAt(0);
          let end = this.buffer.indexOf(quote, this.pos + 1);
          if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
              end = this.buffer.indexOf("'", end + 2);
          } else {
            while (end !== -1) {
              let n = 0;
              while (this.buffer[end - 1 - n] === "\\")
                n += 1;
              if (n % 2 === 0)
                break;
              end = this.buffer.indexOf('"', end + 1);
            }
          }
          const qb = this.buffer.substring(0, end);
          let nl = qb.indexOf("\n", this.pos);
          if (nl !== -1) {
            while (nl !== -1) {
              const cs = this.continueScalar(nl + 1);
              if (cs === -1)
                break;
              nl = qb.indexOf("\n", cs);
            }
            if (nl !== -1) {
              end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
            }
          }
          if (end === -1) {
            if (!this.atEnd)
              return this.setNext("quoted-scalar");
            end = this.buffer.length;
          }
          yield* this.pushToIndex(end + 1, false);
          return this.flowLevel ? "flow" : "doc";
        }
        *parseBlockScalarHeader() {
          this.blockScalarIndent = -1;
          this.blockScalarKeep = false;
          let i = this.pos;
          while (true) {
            const ch = this.buffer[++i];
            if (ch === "+")
              this.blockScalarKeep = true;
            else if (ch > "0" && ch <= "9")
              this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== "-")
              break;
          }
          return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
        }
        *parseBlockScalar() {
          let nl = this.pos - 1;
          let indent = 0;
          let ch;
          loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
            switch (ch) {
              case " ":
                indent += 1;
                break;
              case "\n":
                nl = i2;
                indent = 0;
                break;
              case "\r": {
                const next = this.buffer[i2 + 1];
                if (!next && !this.atEnd)
                  return this.setNext("block-scalar");
                if (next === "\n")
                  break;
              }
              // fallthrough
              default:
                break loop;
            }
          }
          if (!ch && !this.atEnd)
            return this.setNext("block-scalar");
          if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
              this.indentNext = indent;
            else {
              this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
              const cs = this.continueScalar(nl + 1);
              if (cs === -1)
                break;
              nl = this.buffer.indexOf("\n", cs);
            } while (nl !== -1);
            if (nl === -1) {
              if (!this.atEnd)
                return this.setNext("block-scalar");
              nl = this.buffer.length;
            }
          }
          let i = nl + 1;
          ch = this.buffer[i];
          while (ch === " ")
            ch = this.buffer[++i];
          if (ch === "	") {
            while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
              ch = this.buffer[++i];
            nl = i - 1;
          } else if (!this.blockScalarKeep) {
            do {
              let i2 = nl - 1;
              let ch2 = this.buffer[i2];
              if (ch2 === "\r")
                ch2 = this.buffer[--i2];
              const lastChar = i2;
              while (ch2 === " ")
                ch2 = this.buffer[--i2];
              if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
                nl = i2;
              else
                break;
            } while (true);
          }
          yield cst.SCALAR;
          yield* this.pushToIndex(nl + 1, true);
          return yield* this.parseLineStart();
        }
        *parsePlainScalar() {
          const inFlow = this.flowLevel > 0;
          let end = this.pos - 1;
          let i = this.pos - 1;
          let ch;
          while (ch = this.buffer[++i]) {
            if (ch === ":") {
              const next = this.buffer[i + 1];
              if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
                break;
              end = i;
            } else if (isEmpty(ch)) {
              let next = this.buffer[i + 1];
              if (ch === "\r") {
                if (next === "\n") {
                  i += 1;
                  ch = "\n";
                  next = this.buffer[i + 1];
                } else
                  end = i;
              }
              if (next === "#" || inFlow && flowIndicatorChars.has(next))
                break;
              if (ch === "\n") {
                const cs = this.continueScalar(i + 1);
                if (cs === -1)
                  break;
                i = Math.max(i, cs - 2);
              }
            } else {
              if (inFlow && flowIndicatorChars.has(ch))
                break;
              end = i;
            }
          }
          if (!ch && !this.atEnd)
            return this.setNext("plain-scalar");
          yield cst.SCALAR;
          yield* this.pushToIndex(end + 1, true);
          return inFlow ? "flow" : "doc";
        }
        *pushCount(n) {
          if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
          }
          return 0;
        }
        *pushToIndex(i, allowEmpty) {
          const s = this.buffer.slice(this.pos, i);
          if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
          } else if (allowEmpty)
            yield "";
          return 0;
        }
        *pushIndicators() {
          let n = 0;
          loop: while (true) {
            switch (this.charAt(0)) {
              case "!":
                n += yield* this.pushTag();
                n += yield* this.pushSpaces(true);
                continue loop;
              case "&":
                n += yield* this.pushUntil(isNotAnchorChar);
                n += yield* this.pushSpaces(true);
                continue loop;
              case "-":
              // this is an error
              case "?":
              // this is an error outside flow collections
              case ":": {
                const inFlow = this.flowLevel > 0;
                const ch1 = this.charAt(1);
                if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                  if (!inFlow)
                    this.indentNext = this.indentValue + 1;
                  else if (this.flowKey)
                    this.flowKey = false;
                  n += yield* this.pushCount(1);
                  n += yield* this.pushSpaces(true);
                  continue loop;
                }
              }
            }
            break loop;
          }
          return n;
        }
        *pushTag() {
          if (this.charAt(1) === "<") {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== ">")
              ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
          } else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
              if (tagChars.has(ch))
                ch = this.buffer[++i];
              else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
                ch = this.buffer[i += 3];
              } else
                break;
            }
            return yield* this.pushToIndex(i, false);
          }
        }
        *pushNewline() {
          const ch = this.buffer[this.pos];
          if (ch === "\n")
            return yield* this.pushCount(1);
          else if (ch === "\r" && this.charAt(1) === "\n")
            return yield* this.pushCount(2);
          else
            return 0;
        }
        *pushSpaces(allowTabs) {
          let i = this.pos - 1;
          let ch;
          do {
            ch = this.buffer[++i];
          } while (ch === " " || allowTabs && ch === "	");
          const n = i - this.pos;
          if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
          }
          return n;
        }
        *pushUntil(test) {
          let i = this.pos;
          let ch = this.buffer[i];
          while (!test(ch))
            ch = this.buffer[++i];
          return yield* this.pushToIndex(i, false);
        }
      }
      exports.Lexer = Lexer;
    })
  ),
  /***/
  6628: (
    /***/
    ((__unused_webpack_module, exports) => {
      class LineCounter {
        constructor() {
          this.lineStarts = [];
          this.addNewLine = (offset) => this.lineStarts.push(offset);
          this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
              const mid = low + high >> 1;
              if (this.lineStarts[mid] < offset)
                low = mid + 1;
              else
                high = mid;
            }
            if (this.lineStarts[low] === offset)
              return { line: low + 1, col: 1 };
            if (low === 0)
              return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
          };
        }
      }
      exports.LineCounter = LineCounter;
    })
  ),
  /***/
  3456: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      var cst = __nccwpck_require__2(3461);
      var lexer = __nccwpck_require__2(361);
      function includesToken(list, type) {
        for (let i = 0; i < list.length; ++i)
          if (list[i].type === type)
            return true;
        return false;
      }
      function findNonEmptyIndex(list) {
        for (let i = 0; i < list.length; ++i) {
          switch (list[i].type) {
            case "space":
            case "comment":
            case "newline":
              break;
            default:
              return i;
          }
        }
        return -1;
      }
      function isFlowToken(token) {
        switch (token?.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
          case "flow-collection":
            return true;
          default:
            return false;
        }
      }
      function getPrevProps(parent) {
        switch (parent.type) {
          case "document":
            return parent.start;
          case "block-map": {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
          }
          case "block-seq":
            return parent.items[parent.items.length - 1].start;
          /* istanbul ignore next should not happen */
          default:
            return [];
        }
      }
      function getFirstKeyStartProps(prev) {
        if (prev.length === 0)
          return [];
        let i = prev.length;
        loop: while (--i >= 0) {
          switch (prev[i].type) {
            case "doc-start":
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
            case "newline":
              break loop;
          }
        }
        while (prev[++i]?.type === "space") {
        }
        return prev.splice(i, prev.length);
      }
      function arrayPushArray(target, source) {
        if (source.length < 1e5)
          Array.prototype.push.apply(target, source);
        else
          for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
      }
      function fixFlowSeqItems(fc) {
        if (fc.start.type === "flow-seq-start") {
          for (const it of fc.items) {
            if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
              if (it.key)
                it.value = it.key;
              delete it.key;
              if (isFlowToken(it.value)) {
                if (it.value.end)
                  arrayPushArray(it.value.end, it.sep);
                else
                  it.value.end = it.sep;
              } else
                arrayPushArray(it.start, it.sep);
              delete it.sep;
            }
          }
        }
      }
      class Parser {
        /**
         * @param onNewLine - If defined, called separately with the start position of
         *   each new line (in `parse()`, including the start of input).
         */
        constructor(onNewLine) {
          this.atNewLine = true;
          this.atScalar = false;
          this.indent = 0;
          this.offset = 0;
          this.onKeyLine = false;
          this.stack = [];
          this.source = "";
          this.type = "";
          this.lexer = new lexer.Lexer();
          this.onNewLine = onNewLine;
        }
        /**
         * Parse `source` as a YAML stream.
         * If `incomplete`, a part of the last line may be left as a buffer for the next call.
         *
         * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
         *
         * @returns A generator of tokens representing each directive, document, and other structure.
         */
        *parse(source, incomplete = false) {
          if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
          for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
          if (!incomplete)
            yield* this.end();
        }
        /**
         * Advance the parser by the `source` of one lexical token.
         */
        *next(source) {
          this.source = source;
          if (node_process.env.LOG_TOKENS)
            console.log("|", cst.prettyToken(source));
          if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
          }
          const type = cst.tokenType(source);
          if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: "error", offset: this.offset, message, source });
            this.offset += source.length;
          } else if (type === "scalar") {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = "scalar";
          } else {
            this.type = type;
            yield* this.step();
            switch (type) {
              case "newline":
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine)
                  this.onNewLine(this.offset + source.length);
                break;
              case "space":
                if (this.atNewLine && source[0] === " ")
                  this.indent += source.length;
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                if (this.atNewLine)
                  this.indent += source.length;
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = false;
            }
            this.offset += source.length;
          }
        }
        /** Call at end of input to push out any remaining constructions */
        *end() {
          while (this.stack.length > 0)
            yield* this.pop();
        }
        get sourceToken() {
          const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
          };
          return st;
        }
        *step() {
          const top = this.peek(1);
          if (this.type === "doc-end" && top?.type !== "doc-end") {
            while (this.stack.length > 0)
              yield* this.pop();
            this.stack.push({
              type: "doc-end",
              offset: this.offset,
              source: this.source
            });
            return;
          }
          if (!top)
            return yield* this.stream();
          switch (top.type) {
            case "document":
              return yield* this.document(top);
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return yield* this.scalar(top);
            case "block-scalar":
              return yield* this.blockScalar(top);
            case "block-map":
              return yield* this.blockMap(top);
            case "block-seq":
              return yield* this.blockSequence(top);
            case "flow-collection":
              return yield* this.flowCollection(top);
            case "doc-end":
              return yield* this.documentEnd(top);
          }
          yield* this.pop();
        }
        peek(n) {
          return this.stack[this.stack.length - n];
        }
        *pop(error) {
          const token = error ?? this.stack.pop();
          if (!token) {
            const message = "Tried to pop an empty stack";
            yield { type: "error", offset: this.offset, source: "", message };
          } else if (this.stack.length === 0) {
            yield token;
          } else {
            const top = this.peek(1);
            if (token.type === "block-scalar") {
              token.indent = "indent" in top ? top.indent : 0;
            } else if (token.type === "flow-collection" && top.type === "document") {
              token.indent = 0;
            }
            if (token.type === "flow-collection")
              fixFlowSeqItems(token);
            switch (top.type) {
              case "document":
                top.value = token;
                break;
              case "block-scalar":
                top.props.push(token);
                break;
              case "block-map": {
                const it = top.items[top.items.length - 1];
                if (it.value) {
                  top.items.push({ start: [], key: token, sep: [] });
                  this.onKeyLine = true;
                  return;
                } else if (it.sep) {
                  it.value = token;
                } else {
                  Object.assign(it, { key: token, sep: [] });
                  this.onKeyLine = !it.explicitKey;
                  return;
                }
                break;
              }
              case "block-seq": {
                const it = top.items[top.items.length - 1];
                if (it.value)
                  top.items.push({ start: [], value: token });
                else
                  it.value = token;
                break;
              }
              case "flow-collection": {
                const it = top.items[top.items.length - 1];
                if (!it || it.value)
                  top.items.push({ start: [], key: token, sep: [] });
                else if (it.sep)
                  it.value = token;
                else
                  Object.assign(it, { key: token, sep: [] });
                return;
              }
              /* istanbul ignore next should not happen */
              default:
                yield* this.pop();
                yield* this.pop(token);
            }
            if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
              const last = token.items[token.items.length - 1];
              if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
                if (top.type === "document")
                  top.end = last.start;
                else
                  top.items.push({ start: last.start });
                token.items.splice(-1, 1);
              }
            }
          }
        }
        *stream() {
          switch (this.type) {
            case "directive-line":
              yield { type: "directive", offset: this.offset, source: this.source };
              return;
            case "byte-order-mark":
            case "space":
            case "comment":
            case "newline":
              yield this.sourceToken;
              return;
            case "doc-mode":
            case "doc-start": {
              const doc = {
                type: "document",
                offset: this.offset,
                start: []
              };
              if (this.type === "doc-start")
                doc.start.push(this.sourceToken);
              this.stack.push(doc);
              return;
            }
          }
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
          };
        }
        *document(doc) {
          if (doc.value)
            return yield* this.lineEnd(doc);
          switch (this.type) {
            case "doc-start": {
              if (findNonEmptyIndex(doc.start) !== -1) {
                yield* this.pop();
                yield* this.step();
              } else
                doc.start.push(this.sourceToken);
              return;
            }
            case "anchor":
            case "tag":
            case "space":
            case "comment":
            case "newline":
              doc.start.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(doc);
          if (bv)
            this.stack.push(bv);
          else {
            yield {
              type: "error",
              offset: this.offset,
              message: `Unexpected ${this.type} token in YAML document`,
              source: this.source
            };
          }
        }
        *scalar(scalar) {
          if (this.type === "map-value-ind") {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
              sep = scalar.end;
              sep.push(this.sourceToken);
              delete scalar.end;
            } else
              sep = [this.sourceToken];
            const map = {
              type: "block-map",
              offset: scalar.offset,
              indent: scalar.indent,
              items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(scalar);
        }
        *blockScalar(scalar) {
          switch (this.type) {
            case "space":
            case "comment":
            case "newline":
              scalar.props.push(this.sourceToken);
              return;
            case "scalar":
              scalar.source = this.source;
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine) {
                let nl = this.source.indexOf("\n") + 1;
                while (nl !== 0) {
                  this.onNewLine(this.offset + nl);
                  nl = this.source.indexOf("\n", nl) + 1;
                }
              }
              yield* this.pop();
              break;
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.step();
          }
        }
        *blockMap(map) {
          const it = map.items[map.items.length - 1];
          switch (this.type) {
            case "newline":
              this.onKeyLine = false;
              if (it.value) {
                const end = "end" in it.value ? it.value.end : void 0;
                const last = Array.isArray(end) ? end[end.length - 1] : void 0;
                if (last?.type === "comment")
                  end?.push(this.sourceToken);
                else
                  map.items.push({ start: [this.sourceToken] });
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "space":
            case "comment":
              if (it.value) {
                map.items.push({ start: [this.sourceToken] });
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                if (this.atIndentedComment(it.start, map.indent)) {
                  const prev = map.items[map.items.length - 2];
                  const end = prev?.value?.end;
                  if (Array.isArray(end)) {
                    arrayPushArray(end, it.start);
                    end.push(this.sourceToken);
                    map.items.pop();
                    return;
                  }
                }
                it.start.push(this.sourceToken);
              }
              return;
          }
          if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
            let start = [];
            if (atNextItem && it.sep && !it.value) {
              const nl = [];
              for (let i = 0; i < it.sep.length; ++i) {
                const st = it.sep[i];
                switch (st.type) {
                  case "newline":
                    nl.push(i);
                    break;
                  case "space":
                    break;
                  case "comment":
                    if (st.indent > map.indent)
                      nl.length = 0;
                    break;
                  default:
                    nl.length = 0;
                }
              }
              if (nl.length >= 2)
                start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
              case "anchor":
              case "tag":
                if (atNextItem || it.value) {
                  start.push(this.sourceToken);
                  map.items.push({ start });
                  this.onKeyLine = true;
                } else if (it.sep) {
                  it.sep.push(this.sourceToken);
                } else {
                  it.start.push(this.sourceToken);
                }
                return;
              case "explicit-key-ind":
                if (!it.sep && !it.explicitKey) {
                  it.start.push(this.sourceToken);
                  it.explicitKey = true;
                } else if (atNextItem || it.value) {
                  start.push(this.sourceToken);
                  map.items.push({ start, explicitKey: true });
                } else {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken], explicitKey: true }]
                  });
                }
                this.onKeyLine = true;
                return;
              case "map-value-ind":
                if (it.explicitKey) {
                  if (!it.sep) {
                    if (includesToken(it.start, "newline")) {
                      Object.assign(it, { key: null, sep: [this.sourceToken] });
                    } else {
                      const start2 = getFirstKeyStartProps(it.start);
                      this.stack.push({
                        type: "block-map",
                        offset: this.offset,
                        indent: this.indent,
                        items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                      });
                    }
                  } else if (it.value) {
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  } else if (includesToken(it.sep, "map-value-ind")) {
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    const start2 = getFirstKeyStartProps(it.start);
                    const key = it.key;
                    const sep = it.sep;
                    sep.push(this.sourceToken);
                    delete it.key;
                    delete it.sep;
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else if (start.length > 0) {
                    it.sep = it.sep.concat(start, this.sourceToken);
                  } else {
                    it.sep.push(this.sourceToken);
                  }
                } else {
                  if (!it.sep) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else if (it.value || atNextItem) {
                    map.items.push({ start, key: null, sep: [this.sourceToken] });
                  } else if (includesToken(it.sep, "map-value-ind")) {
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: [], key: null, sep: [this.sourceToken] }]
                    });
                  } else {
                    it.sep.push(this.sourceToken);
                  }
                }
                this.onKeyLine = true;
                return;
              case "alias":
              case "scalar":
              case "single-quoted-scalar":
              case "double-quoted-scalar": {
                const fs = this.flowScalar(this.type);
                if (atNextItem || it.value) {
                  map.items.push({ start, key: fs, sep: [] });
                  this.onKeyLine = true;
                } else if (it.sep) {
                  this.stack.push(fs);
                } else {
                  Object.assign(it, { key: fs, sep: [] });
                  this.onKeyLine = true;
                }
                return;
              }
              default: {
                const bv = this.startBlockValue(map);
                if (bv) {
                  if (bv.type === "block-seq") {
                    if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                      yield* this.pop({
                        type: "error",
                        offset: this.offset,
                        message: "Unexpected block-seq-ind on same line with key",
                        source: this.source
                      });
                      return;
                    }
                  } else if (atMapIndent) {
                    map.items.push({ start });
                  }
                  this.stack.push(bv);
                  return;
                }
              }
            }
          }
          yield* this.pop();
          yield* this.step();
        }
        *blockSequence(seq) {
          const it = seq.items[seq.items.length - 1];
          switch (this.type) {
            case "newline":
              if (it.value) {
                const end = "end" in it.value ? it.value.end : void 0;
                const last = Array.isArray(end) ? end[end.length - 1] : void 0;
                if (last?.type === "comment")
                  end?.push(this.sourceToken);
                else
                  seq.items.push({ start: [this.sourceToken] });
              } else
                it.start.push(this.sourceToken);
              return;
            case "space":
            case "comment":
              if (it.value)
                seq.items.push({ start: [this.sourceToken] });
              else {
                if (this.atIndentedComment(it.start, seq.indent)) {
                  const prev = seq.items[seq.items.length - 2];
                  const end = prev?.value?.end;
                  if (Array.isArray(end)) {
                    arrayPushArray(end, it.start);
                    end.push(this.sourceToken);
                    seq.items.pop();
                    return;
                  }
                }
                it.start.push(this.sourceToken);
              }
              return;
            case "anchor":
            case "tag":
              if (it.value || this.indent <= seq.indent)
                break;
              it.start.push(this.sourceToken);
              return;
            case "seq-item-ind":
              if (this.indent !== seq.indent)
                break;
              if (it.value || includesToken(it.start, "seq-item-ind"))
                seq.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
          }
          if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
              this.stack.push(bv);
              return;
            }
          }
          yield* this.pop();
          yield* this.step();
        }
        *flowCollection(fc) {
          const it = fc.items[fc.items.length - 1];
          if (this.type === "flow-error-end") {
            let top;
            do {
              yield* this.pop();
              top = this.peek(1);
            } while (top?.type === "flow-collection");
          } else if (fc.end.length === 0) {
            switch (this.type) {
              case "comma":
              case "explicit-key-ind":
                if (!it || it.sep)
                  fc.items.push({ start: [this.sourceToken] });
                else
                  it.start.push(this.sourceToken);
                return;
              case "map-value-ind":
                if (!it || it.value)
                  fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                else if (it.sep)
                  it.sep.push(this.sourceToken);
                else
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                return;
              case "space":
              case "comment":
              case "newline":
              case "anchor":
              case "tag":
                if (!it || it.value)
                  fc.items.push({ start: [this.sourceToken] });
                else if (it.sep)
                  it.sep.push(this.sourceToken);
                else
                  it.start.push(this.sourceToken);
                return;
              case "alias":
              case "scalar":
              case "single-quoted-scalar":
              case "double-quoted-scalar": {
                const fs = this.flowScalar(this.type);
                if (!it || it.value)
                  fc.items.push({ start: [], key: fs, sep: [] });
                else if (it.sep)
                  this.stack.push(fs);
                else
                  Object.assign(it, { key: fs, sep: [] });
                return;
              }
              case "flow-map-end":
              case "flow-seq-end":
                fc.end.push(this.sourceToken);
                return;
            }
            const bv = this.startBlockValue(fc);
            if (bv)
              this.stack.push(bv);
            else {
              yield* this.pop();
              yield* this.step();
            }
          } else {
            const parent = this.peek(2);
            if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
              yield* this.pop();
              yield* this.step();
            } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              fixFlowSeqItems(fc);
              const sep = fc.end.splice(1, fc.end.length);
              sep.push(this.sourceToken);
              const map = {
                type: "block-map",
                offset: fc.offset,
                indent: fc.indent,
                items: [{ start, key: fc, sep }]
              };
              this.onKeyLine = true;
              this.stack[this.stack.length - 1] = map;
            } else {
              yield* this.lineEnd(fc);
            }
          }
        }
        flowScalar(type) {
          if (this.onNewLine) {
            let nl = this.source.indexOf("\n") + 1;
            while (nl !== 0) {
              this.onNewLine(this.offset + nl);
              nl = this.source.indexOf("\n", nl) + 1;
            }
          }
          return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
          };
        }
        startBlockValue(parent) {
          switch (this.type) {
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return this.flowScalar(this.type);
            case "block-scalar-header":
              return {
                type: "block-scalar",
                offset: this.offset,
                indent: this.indent,
                props: [this.sourceToken],
                source: ""
              };
            case "flow-map-start":
            case "flow-seq-start":
              return {
                type: "flow-collection",
                offset: this.offset,
                indent: this.indent,
                start: this.sourceToken,
                items: [],
                end: []
              };
            case "seq-item-ind":
              return {
                type: "block-seq",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken] }]
              };
            case "explicit-key-ind": {
              this.onKeyLine = true;
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              start.push(this.sourceToken);
              return {
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, explicitKey: true }]
              };
            }
            case "map-value-ind": {
              this.onKeyLine = true;
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              return {
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              };
            }
          }
          return null;
        }
        atIndentedComment(start, indent) {
          if (this.type !== "comment")
            return false;
          if (this.indent <= indent)
            return false;
          return start.every((st) => st.type === "newline" || st.type === "space");
        }
        *documentEnd(docEnd) {
          if (this.type !== "doc-mode") {
            if (docEnd.end)
              docEnd.end.push(this.sourceToken);
            else
              docEnd.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
          }
        }
        *lineEnd(token) {
          switch (this.type) {
            case "comma":
            case "doc-start":
            case "doc-end":
            case "flow-seq-end":
            case "flow-map-end":
            case "map-value-ind":
              yield* this.pop();
              yield* this.step();
              break;
            case "newline":
              this.onKeyLine = false;
            // fallthrough
            case "space":
            case "comment":
            default:
              if (token.end)
                token.end.push(this.sourceToken);
              else
                token.end = [this.sourceToken];
              if (this.type === "newline")
                yield* this.pop();
          }
        }
      }
      exports.Parser = Parser;
    })
  ),
  /***/
  4047: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var composer = __nccwpck_require__2(9984);
      var Document = __nccwpck_require__2(3021);
      var errors = __nccwpck_require__2(1464);
      var log = __nccwpck_require__2(7249);
      var identity = __nccwpck_require__2(1127);
      var lineCounter = __nccwpck_require__2(6628);
      var parser = __nccwpck_require__2(3456);
      function parseOptions(options) {
        const prettyErrors = options.prettyErrors !== false;
        const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
        return { lineCounter: lineCounter$1, prettyErrors };
      }
      function parseAllDocuments(source, options = {}) {
        const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
        const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
        const composer$1 = new composer.Composer(options);
        const docs = Array.from(composer$1.compose(parser$1.parse(source)));
        if (prettyErrors && lineCounter2)
          for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter2));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
          }
        if (docs.length > 0)
          return docs;
        return Object.assign([], { empty: true }, composer$1.streamInfo());
      }
      function parseDocument(source, options = {}) {
        const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
        const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
        const composer$1 = new composer.Composer(options);
        let doc = null;
        for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
          if (!doc)
            doc = _doc;
          else if (doc.options.logLevel !== "silent") {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
            break;
          }
        }
        if (prettyErrors && lineCounter2) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
        return doc;
      }
      function parse(src, reviver, options) {
        let _reviver = void 0;
        if (typeof reviver === "function") {
          _reviver = reviver;
        } else if (options === void 0 && reviver && typeof reviver === "object") {
          options = reviver;
        }
        const doc = parseDocument(src, options);
        if (!doc)
          return null;
        doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
        if (doc.errors.length > 0) {
          if (doc.options.logLevel !== "silent")
            throw doc.errors[0];
          else
            doc.errors = [];
        }
        return doc.toJS(Object.assign({ reviver: _reviver }, options));
      }
      function stringify(value, replacer, options) {
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
        }
        if (typeof options === "string")
          options = options.length;
        if (typeof options === "number") {
          const indent = Math.round(options);
          options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
        }
        if (value === void 0) {
          const { keepUndefined } = options ?? replacer ?? {};
          if (!keepUndefined)
            return void 0;
        }
        if (identity.isDocument(value) && !_replacer)
          return value.toString(options);
        return new Document.Document(value, _replacer, options).toString(options);
      }
      exports.parse = parse;
      exports.parseAllDocuments = parseAllDocuments;
      exports.parseDocument = parseDocument;
      exports.stringify = stringify;
    })
  ),
  /***/
  5840: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var map = __nccwpck_require__2(7451);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var tags = __nccwpck_require__2(18);
      const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      class Schema {
        constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
          this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
          this.name = typeof schema === "string" && schema || "core";
          this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
          this.tags = tags.getTags(customTags, this.name, merge);
          this.toStringOptions = toStringDefaults ?? null;
          Object.defineProperty(this, identity.MAP, { value: map.map });
          Object.defineProperty(this, identity.SCALAR, { value: string.string });
          Object.defineProperty(this, identity.SEQ, { value: seq.seq });
          this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
        }
        clone() {
          const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
          copy.tags = this.tags.slice();
          return copy;
        }
      }
      exports.Schema = Schema;
    })
  ),
  /***/
  7451: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var YAMLMap = __nccwpck_require__2(4454);
      const map = {
        collection: "map",
        default: true,
        nodeClass: YAMLMap.YAMLMap,
        tag: "tag:yaml.org,2002:map",
        resolve(map2, onError) {
          if (!identity.isMap(map2))
            onError("Expected a mapping for this tag");
          return map2;
        },
        createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
      };
      exports.map = map;
    })
  ),
  /***/
  3632: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      const nullTag = {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^(?:~|[Nn]ull|NULL)?$/,
        resolve: () => new Scalar.Scalar(null),
        stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
      };
      exports.nullTag = nullTag;
    })
  ),
  /***/
  1706: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var YAMLSeq = __nccwpck_require__2(2223);
      const seq = {
        collection: "seq",
        default: true,
        nodeClass: YAMLSeq.YAMLSeq,
        tag: "tag:yaml.org,2002:seq",
        resolve(seq2, onError) {
          if (!identity.isSeq(seq2))
            onError("Expected a sequence for this tag");
          return seq2;
        },
        createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
      };
      exports.seq = seq;
    })
  ),
  /***/
  6464: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyString = __nccwpck_require__2(3069);
      const string = {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify(item, ctx, onComment, onChompKeep) {
          ctx = Object.assign({ actualString: true }, ctx);
          return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
        }
      };
      exports.string = string;
    })
  ),
  /***/
  3959: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      const boolTag = {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
        resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
        stringify({ source, value }, ctx) {
          if (source && boolTag.test.test(source)) {
            const sv = source[0] === "t" || source[0] === "T";
            if (value === sv)
              return source;
          }
          return value ? ctx.options.trueStr : ctx.options.falseStr;
        }
      };
      exports.boolTag = boolTag;
    })
  ),
  /***/
  8405: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var stringifyNumber = __nccwpck_require__2(8689);
      const floatNaN = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
        stringify: stringifyNumber.stringifyNumber
      };
      const floatExp = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "EXP",
        test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
        resolve: (str) => parseFloat(str),
        stringify(node) {
          const num = Number(node.value);
          return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
        }
      };
      const float = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
        resolve(str) {
          const node = new Scalar.Scalar(parseFloat(str));
          const dot = str.indexOf(".");
          if (dot !== -1 && str[str.length - 1] === "0")
            node.minFractionDigits = str.length - dot - 1;
          return node;
        },
        stringify: stringifyNumber.stringifyNumber
      };
      exports.float = float;
      exports.floatExp = floatExp;
      exports.floatNaN = floatNaN;
    })
  ),
  /***/
  9874: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(8689);
      const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
      const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
      function intStringify(node, radix, prefix) {
        const { value } = node;
        if (intIdentify(value) && value >= 0)
          return prefix + value.toString(radix);
        return stringifyNumber.stringifyNumber(node);
      }
      const intOct = {
        identify: (value) => intIdentify(value) && value >= 0,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "OCT",
        test: /^0o[0-7]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
        stringify: (node) => intStringify(node, 8, "0o")
      };
      const int = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^[-+]?[0-9]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
        stringify: stringifyNumber.stringifyNumber
      };
      const intHex = {
        identify: (value) => intIdentify(value) && value >= 0,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "HEX",
        test: /^0x[0-9a-fA-F]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
        stringify: (node) => intStringify(node, 16, "0x")
      };
      exports.int = int;
      exports.intHex = intHex;
      exports.intOct = intOct;
    })
  ),
  /***/
  896: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(7451);
      var _null = __nccwpck_require__2(3632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var bool = __nccwpck_require__2(3959);
      var float = __nccwpck_require__2(8405);
      var int = __nccwpck_require__2(9874);
      const schema = [
        map.map,
        seq.seq,
        string.string,
        _null.nullTag,
        bool.boolTag,
        int.intOct,
        int.int,
        int.intHex,
        float.floatNaN,
        float.floatExp,
        float.float
      ];
      exports.schema = schema;
    })
  ),
  /***/
  3559: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var map = __nccwpck_require__2(7451);
      var seq = __nccwpck_require__2(1706);
      function intIdentify(value) {
        return typeof value === "bigint" || Number.isInteger(value);
      }
      const stringifyJSON = ({ value }) => JSON.stringify(value);
      const jsonScalars = [
        {
          identify: (value) => typeof value === "string",
          default: true,
          tag: "tag:yaml.org,2002:str",
          resolve: (str) => str,
          stringify: stringifyJSON
        },
        {
          identify: (value) => value == null,
          createNode: () => new Scalar.Scalar(null),
          default: true,
          tag: "tag:yaml.org,2002:null",
          test: /^null$/,
          resolve: () => null,
          stringify: stringifyJSON
        },
        {
          identify: (value) => typeof value === "boolean",
          default: true,
          tag: "tag:yaml.org,2002:bool",
          test: /^true$|^false$/,
          resolve: (str) => str === "true",
          stringify: stringifyJSON
        },
        {
          identify: intIdentify,
          default: true,
          tag: "tag:yaml.org,2002:int",
          test: /^-?(?:0|[1-9][0-9]*)$/,
          resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
          stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
        },
        {
          identify: (value) => typeof value === "number",
          default: true,
          tag: "tag:yaml.org,2002:float",
          test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
          resolve: (str) => parseFloat(str),
          stringify: stringifyJSON
        }
      ];
      const jsonError = {
        default: true,
        tag: "",
        test: /^/,
        resolve(str, onError) {
          onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
          return str;
        }
      };
      const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
      exports.schema = schema;
    })
  ),
  /***/
  18: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(7451);
      var _null = __nccwpck_require__2(3632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var bool = __nccwpck_require__2(3959);
      var float = __nccwpck_require__2(8405);
      var int = __nccwpck_require__2(9874);
      var schema = __nccwpck_require__2(896);
      var schema$1 = __nccwpck_require__2(3559);
      var binary = __nccwpck_require__2(6083);
      var merge = __nccwpck_require__2(452);
      var omap = __nccwpck_require__2(303);
      var pairs = __nccwpck_require__2(8385);
      var schema$2 = __nccwpck_require__2(5913);
      var set = __nccwpck_require__2(1528);
      var timestamp = __nccwpck_require__2(6752);
      const schemas = /* @__PURE__ */ new Map([
        ["core", schema.schema],
        ["failsafe", [map.map, seq.seq, string.string]],
        ["json", schema$1.schema],
        ["yaml11", schema$2.schema],
        ["yaml-1.1", schema$2.schema]
      ]);
      const tagsByName = {
        binary: binary.binary,
        bool: bool.boolTag,
        float: float.float,
        floatExp: float.floatExp,
        floatNaN: float.floatNaN,
        floatTime: timestamp.floatTime,
        int: int.int,
        intHex: int.intHex,
        intOct: int.intOct,
        intTime: timestamp.intTime,
        map: map.map,
        merge: merge.merge,
        null: _null.nullTag,
        omap: omap.omap,
        pairs: pairs.pairs,
        seq: seq.seq,
        set: set.set,
        timestamp: timestamp.timestamp
      };
      const coreKnownTags = {
        "tag:yaml.org,2002:binary": binary.binary,
        "tag:yaml.org,2002:merge": merge.merge,
        "tag:yaml.org,2002:omap": omap.omap,
        "tag:yaml.org,2002:pairs": pairs.pairs,
        "tag:yaml.org,2002:set": set.set,
        "tag:yaml.org,2002:timestamp": timestamp.timestamp
      };
      function getTags(customTags, schemaName, addMergeTag) {
        const schemaTags = schemas.get(schemaName);
        if (schemaTags && !customTags) {
          return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
        }
        let tags = schemaTags;
        if (!tags) {
          if (Array.isArray(customTags))
            tags = [];
          else {
            const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
          }
        }
        if (Array.isArray(customTags)) {
          for (const tag of customTags)
            tags = tags.concat(tag);
        } else if (typeof customTags === "function") {
          tags = customTags(tags.slice());
        }
        if (addMergeTag)
          tags = tags.concat(merge.merge);
        return tags.reduce((tags2, tag) => {
          const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
          if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
          }
          if (!tags2.includes(tagObj))
            tags2.push(tagObj);
          return tags2;
        }, []);
      }
      exports.coreKnownTags = coreKnownTags;
      exports.getTags = getTags;
    })
  ),
  /***/
  6083: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_buffer = __nccwpck_require__2(181);
      var Scalar = __nccwpck_require__2(3301);
      var stringifyString = __nccwpck_require__2(3069);
      const binary = {
        identify: (value) => value instanceof Uint8Array,
        // Buffer inherits from Uint8Array
        default: false,
        tag: "tag:yaml.org,2002:binary",
        /**
         * Returns a Buffer in node and an Uint8Array in browsers
         *
         * To use the resulting buffer as an image, you'll want to do something like:
         *
         *   const blob = new Blob([buffer], { type: 'image/jpeg' })
         *   document.querySelector('#photo').src = URL.createObjectURL(blob)
         */
        resolve(src, onError) {
          if (typeof node_buffer.Buffer === "function") {
            return node_buffer.Buffer.from(src, "base64");
          } else if (typeof atob === "function") {
            const str = atob(src.replace(/[\n\r]/g, ""));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
              buffer[i] = str.charCodeAt(i);
            return buffer;
          } else {
            onError("This environment does not support reading binary tags; either Buffer or atob is required");
            return src;
          }
        },
        stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
          if (!value)
            return "";
          const buf = value;
          let str;
          if (typeof node_buffer.Buffer === "function") {
            str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
          } else if (typeof btoa === "function") {
            let s = "";
            for (let i = 0; i < buf.length; ++i)
              s += String.fromCharCode(buf[i]);
            str = btoa(s);
          } else {
            throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
          }
          type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
          if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
              lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
          }
          return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
        }
      };
      exports.binary = binary;
    })
  ),
  /***/
  8398: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      function boolStringify({ value, source }, ctx) {
        const boolObj = value ? trueTag : falseTag;
        if (source && boolObj.test.test(source))
          return source;
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
      const trueTag = {
        identify: (value) => value === true,
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
        resolve: () => new Scalar.Scalar(true),
        stringify: boolStringify
      };
      const falseTag = {
        identify: (value) => value === false,
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
        resolve: () => new Scalar.Scalar(false),
        stringify: boolStringify
      };
      exports.falseTag = falseTag;
      exports.trueTag = trueTag;
    })
  ),
  /***/
  5782: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var stringifyNumber = __nccwpck_require__2(8689);
      const floatNaN = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
        stringify: stringifyNumber.stringifyNumber
      };
      const floatExp = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "EXP",
        test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
        resolve: (str) => parseFloat(str.replace(/_/g, "")),
        stringify(node) {
          const num = Number(node.value);
          return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
        }
      };
      const float = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
        resolve(str) {
          const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
          const dot = str.indexOf(".");
          if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, "");
            if (f[f.length - 1] === "0")
              node.minFractionDigits = f.length;
          }
          return node;
        },
        stringify: stringifyNumber.stringifyNumber
      };
      exports.float = float;
      exports.floatExp = floatExp;
      exports.floatNaN = floatNaN;
    })
  ),
  /***/
  873: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(8689);
      const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
      function intResolve(str, offset, radix, { intAsBigInt }) {
        const sign = str[0];
        if (sign === "-" || sign === "+")
          offset += 1;
        str = str.substring(offset).replace(/_/g, "");
        if (intAsBigInt) {
          switch (radix) {
            case 2:
              str = `0b${str}`;
              break;
            case 8:
              str = `0o${str}`;
              break;
            case 16:
              str = `0x${str}`;
              break;
          }
          const n2 = BigInt(str);
          return sign === "-" ? BigInt(-1) * n2 : n2;
        }
        const n = parseInt(str, radix);
        return sign === "-" ? -1 * n : n;
      }
      function intStringify(node, radix, prefix) {
        const { value } = node;
        if (intIdentify(value)) {
          const str = value.toString(radix);
          return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
        }
        return stringifyNumber.stringifyNumber(node);
      }
      const intBin = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "BIN",
        test: /^[-+]?0b[0-1_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
        stringify: (node) => intStringify(node, 2, "0b")
      };
      const intOct = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "OCT",
        test: /^[-+]?0[0-7_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
        stringify: (node) => intStringify(node, 8, "0")
      };
      const int = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^[-+]?[0-9][0-9_]*$/,
        resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
        stringify: stringifyNumber.stringifyNumber
      };
      const intHex = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "HEX",
        test: /^[-+]?0x[0-9a-fA-F_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
        stringify: (node) => intStringify(node, 16, "0x")
      };
      exports.int = int;
      exports.intBin = intBin;
      exports.intHex = intHex;
      exports.intOct = intOct;
    })
  ),
  /***/
  452: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      const MERGE_KEY = "<<";
      const merge = {
        identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
        default: "key",
        tag: "tag:yaml.org,2002:merge",
        test: /^<<$/,
        resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
          addToJSMap: addMergeToJSMap
        }),
        stringify: () => MERGE_KEY
      };
      const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
      function addMergeToJSMap(ctx, map, value) {
        const source = resolveAliasValue(ctx, value);
        if (identity.isSeq(source))
          for (const it of source.items)
            mergeValue(ctx, map, it);
        else if (Array.isArray(source))
          for (const it of source)
            mergeValue(ctx, map, it);
        else
          mergeValue(ctx, map, source);
      }
      function mergeValue(ctx, map, value) {
        const source = resolveAliasValue(ctx, value);
        if (!identity.isMap(source))
          throw new Error("Merge sources must be maps or map aliases");
        const srcMap = source.toJSON(null, ctx, Map);
        for (const [key, value2] of srcMap) {
          if (map instanceof Map) {
            if (!map.has(key))
              map.set(key, value2);
          } else if (map instanceof Set) {
            map.add(key);
          } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
              value: value2,
              writable: true,
              enumerable: true,
              configurable: true
            });
          }
        }
        return map;
      }
      function resolveAliasValue(ctx, value) {
        return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
      }
      exports.addMergeToJSMap = addMergeToJSMap;
      exports.isMergeKey = isMergeKey;
      exports.merge = merge;
    })
  ),
  /***/
  303: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var toJS = __nccwpck_require__2(4043);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var pairs = __nccwpck_require__2(8385);
      class YAMLOMap extends YAMLSeq.YAMLSeq {
        constructor() {
          super();
          this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
          this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
          this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
          this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
          this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
          this.tag = YAMLOMap.tag;
        }
        /**
         * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
         * but TypeScript won't allow widening the signature of a child method.
         */
        toJSON(_, ctx) {
          if (!ctx)
            return super.toJSON(_);
          const map = /* @__PURE__ */ new Map();
          if (ctx?.onCreate)
            ctx.onCreate(map);
          for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
              key = toJS.toJS(pair.key, "", ctx);
              value = toJS.toJS(pair.value, key, ctx);
            } else {
              key = toJS.toJS(pair, "", ctx);
            }
            if (map.has(key))
              throw new Error("Ordered maps must not include duplicate keys");
            map.set(key, value);
          }
          return map;
        }
        static from(schema, iterable, ctx) {
          const pairs$1 = pairs.createPairs(schema, iterable, ctx);
          const omap2 = new this();
          omap2.items = pairs$1.items;
          return omap2;
        }
      }
      YAMLOMap.tag = "tag:yaml.org,2002:omap";
      const omap = {
        collection: "seq",
        identify: (value) => value instanceof Map,
        nodeClass: YAMLOMap,
        default: false,
        tag: "tag:yaml.org,2002:omap",
        resolve(seq, onError) {
          const pairs$1 = pairs.resolvePairs(seq, onError);
          const seenKeys = [];
          for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
              if (seenKeys.includes(key.value)) {
                onError(`Ordered maps must not include duplicate keys: ${key.value}`);
              } else {
                seenKeys.push(key.value);
              }
            }
          }
          return Object.assign(new YAMLOMap(), pairs$1);
        },
        createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
      };
      exports.YAMLOMap = YAMLOMap;
      exports.omap = omap;
    })
  ),
  /***/
  8385: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var Scalar = __nccwpck_require__2(3301);
      var YAMLSeq = __nccwpck_require__2(2223);
      function resolvePairs(seq, onError) {
        if (identity.isSeq(seq)) {
          for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
              continue;
            else if (identity.isMap(item)) {
              if (item.items.length > 1)
                onError("Each pair must have its own sequence indicator");
              const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore)
                pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
              if (item.comment) {
                const cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        } else
          onError("Expected a sequence for this tag");
        return seq;
      }
      function createPairs(schema, iterable, ctx) {
        const { replacer } = ctx;
        const pairs2 = new YAMLSeq.YAMLSeq(schema);
        pairs2.tag = "tag:yaml.org,2002:pairs";
        let i = 0;
        if (iterable && Symbol.iterator in Object(iterable))
          for (let it of iterable) {
            if (typeof replacer === "function")
              it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
              if (it.length === 2) {
                key = it[0];
                value = it[1];
              } else
                throw new TypeError(`Expected [key, value] tuple: ${it}`);
            } else if (it && it instanceof Object) {
              const keys = Object.keys(it);
              if (keys.length === 1) {
                key = keys[0];
                value = it[key];
              } else {
                throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
              }
            } else {
              key = it;
            }
            pairs2.items.push(Pair.createPair(key, value, ctx));
          }
        return pairs2;
      }
      const pairs = {
        collection: "seq",
        default: false,
        tag: "tag:yaml.org,2002:pairs",
        resolve: resolvePairs,
        createNode: createPairs
      };
      exports.createPairs = createPairs;
      exports.pairs = pairs;
      exports.resolvePairs = resolvePairs;
    })
  ),
  /***/
  5913: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(7451);
      var _null = __nccwpck_require__2(3632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var binary = __nccwpck_require__2(6083);
      var bool = __nccwpck_require__2(8398);
      var float = __nccwpck_require__2(5782);
      var int = __nccwpck_require__2(873);
      var merge = __nccwpck_require__2(452);
      var omap = __nccwpck_require__2(303);
      var pairs = __nccwpck_require__2(8385);
      var set = __nccwpck_require__2(1528);
      var timestamp = __nccwpck_require__2(6752);
      const schema = [
        map.map,
        seq.seq,
        string.string,
        _null.nullTag,
        bool.trueTag,
        bool.falseTag,
        int.intBin,
        int.intOct,
        int.int,
        int.intHex,
        float.floatNaN,
        float.floatExp,
        float.float,
        binary.binary,
        merge.merge,
        omap.omap,
        pairs.pairs,
        set.set,
        timestamp.intTime,
        timestamp.floatTime,
        timestamp.timestamp
      ];
      exports.schema = schema;
    })
  ),
  /***/
  1528: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var YAMLMap = __nccwpck_require__2(4454);
      class YAMLSet extends YAMLMap.YAMLMap {
        constructor(schema) {
          super(schema);
          this.tag = YAMLSet.tag;
        }
        add(key) {
          let pair;
          if (identity.isPair(key))
            pair = key;
          else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
            pair = new Pair.Pair(key.key, null);
          else
            pair = new Pair.Pair(key, null);
          const prev = YAMLMap.findPair(this.items, pair.key);
          if (!prev)
            this.items.push(pair);
        }
        /**
         * If `keepPair` is `true`, returns the Pair matching `key`.
         * Otherwise, returns the value of that Pair's key.
         */
        get(key, keepPair) {
          const pair = YAMLMap.findPair(this.items, key);
          return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
        }
        set(key, value) {
          if (typeof value !== "boolean")
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
          const prev = YAMLMap.findPair(this.items, key);
          if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
          } else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
          }
        }
        toJSON(_, ctx) {
          return super.toJSON(_, ctx, Set);
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
          else
            throw new Error("Set items must all have null values");
        }
        static from(schema, iterable, ctx) {
          const { replacer } = ctx;
          const set2 = new this(schema);
          if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
              if (typeof replacer === "function")
                value = replacer.call(iterable, value, value);
              set2.items.push(Pair.createPair(value, null, ctx));
            }
          return set2;
        }
      }
      YAMLSet.tag = "tag:yaml.org,2002:set";
      const set = {
        collection: "map",
        identify: (value) => value instanceof Set,
        nodeClass: YAMLSet,
        default: false,
        tag: "tag:yaml.org,2002:set",
        createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
        resolve(map, onError) {
          if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
              return Object.assign(new YAMLSet(), map);
            else
              onError("Set items must all have null values");
          } else
            onError("Expected a mapping for this tag");
          return map;
        }
      };
      exports.YAMLSet = YAMLSet;
      exports.set = set;
    })
  ),
  /***/
  6752: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(8689);
      function parseSexagesimal(str, asBigInt) {
        const sign = str[0];
        const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
        const num = (n) => asBigInt ? BigInt(n) : Number(n);
        const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
        return sign === "-" ? num(-1) * res : res;
      }
      function stringifySexagesimal(node) {
        let { value } = node;
        let num = (n) => n;
        if (typeof value === "bigint")
          num = (n) => BigInt(n);
        else if (isNaN(value) || !isFinite(value))
          return stringifyNumber.stringifyNumber(node);
        let sign = "";
        if (value < 0) {
          sign = "-";
          value *= num(-1);
        }
        const _60 = num(60);
        const parts = [value % _60];
        if (value < 60) {
          parts.unshift(0);
        } else {
          value = (value - parts[0]) / _60;
          parts.unshift(value % _60);
          if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value);
          }
        }
        return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
      }
      const intTime = {
        identify: (value) => typeof value === "bigint" || Number.isInteger(value),
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "TIME",
        test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
        resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
        stringify: stringifySexagesimal
      };
      const floatTime = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "TIME",
        test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
        resolve: (str) => parseSexagesimal(str, false),
        stringify: stringifySexagesimal
      };
      const timestamp = {
        identify: (value) => value instanceof Date,
        default: true,
        tag: "tag:yaml.org,2002:timestamp",
        // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
        // may be omitted altogether, resulting in a date format. In such a case, the time part is
        // assumed to be 00:00:00Z (start of day, UTC).
        test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
        resolve(str) {
          const match = str.match(timestamp.test);
          if (!match)
            throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
          const [, year, month, day, hour, minute, second] = match.map(Number);
          const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
          let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
          const tz = match[8];
          if (tz && tz !== "Z") {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
              d *= 60;
            date -= 6e4 * d;
          }
          return new Date(date);
        },
        stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
      };
      exports.floatTime = floatTime;
      exports.intTime = intTime;
      exports.timestamp = timestamp;
    })
  ),
  /***/
  4475: (
    /***/
    ((__unused_webpack_module, exports) => {
      const FOLD_FLOW = "flow";
      const FOLD_BLOCK = "block";
      const FOLD_QUOTED = "quoted";
      function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
        if (!lineWidth || lineWidth < 0)
          return text;
        if (lineWidth < minContentWidth)
          minContentWidth = 0;
        const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
        if (text.length <= endStep)
          return text;
        const folds = [];
        const escapedFolds = {};
        let end = lineWidth - indent.length;
        if (typeof indentAtStart === "number") {
          if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
          else
            end = lineWidth - indentAtStart;
        }
        let split = void 0;
        let prev = void 0;
        let overflow = false;
        let i = -1;
        let escStart = -1;
        let escEnd = -1;
        if (mode === FOLD_BLOCK) {
          i = consumeMoreIndentedLines(text, i, indent.length);
          if (i !== -1)
            end = i + endStep;
        }
        for (let ch; ch = text[i += 1]; ) {
          if (mode === FOLD_QUOTED && ch === "\\") {
            escStart = i;
            switch (text[i + 1]) {
              case "x":
                i += 3;
                break;
              case "u":
                i += 5;
                break;
              case "U":
                i += 9;
                break;
              default:
                i += 1;
            }
            escEnd = i;
          }
          if (ch === "\n") {
            if (mode === FOLD_BLOCK)
              i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = void 0;
          } else {
            if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
              const next = text[i + 1];
              if (next && next !== " " && next !== "\n" && next !== "	")
                split = i;
            }
            if (i >= end) {
              if (split) {
                folds.push(split);
                end = split + endStep;
                split = void 0;
              } else if (mode === FOLD_QUOTED) {
                while (prev === " " || prev === "	") {
                  prev = ch;
                  ch = text[i += 1];
                  overflow = true;
                }
                const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                if (escapedFolds[j])
                  return text;
                folds.push(j);
                escapedFolds[j] = true;
                end = j + endStep;
                split = void 0;
              } else {
                overflow = true;
              }
            }
          }
          prev = ch;
        }
        if (overflow && onOverflow)
          onOverflow();
        if (folds.length === 0)
          return text;
        if (onFold)
          onFold();
        let res = text.slice(0, folds[0]);
        for (let i2 = 0; i2 < folds.length; ++i2) {
          const fold = folds[i2];
          const end2 = folds[i2 + 1] || text.length;
          if (fold === 0)
            res = `
${indent}${text.slice(0, end2)}`;
          else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
              res += `${text[fold]}\\`;
            res += `
${indent}${text.slice(fold + 1, end2)}`;
          }
        }
        return res;
      }
      function consumeMoreIndentedLines(text, i, indent) {
        let end = i;
        let start = i + 1;
        let ch = text[start];
        while (ch === " " || ch === "	") {
          if (i < start + indent) {
            ch = text[++i];
          } else {
            do {
              ch = text[++i];
            } while (ch && ch !== "\n");
            end = i;
            start = i + 1;
            ch = text[start];
          }
        }
        return end;
      }
      exports.FOLD_BLOCK = FOLD_BLOCK;
      exports.FOLD_FLOW = FOLD_FLOW;
      exports.FOLD_QUOTED = FOLD_QUOTED;
      exports.foldFlowLines = foldFlowLines;
    })
  ),
  /***/
  2148: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var anchors = __nccwpck_require__2(1596);
      var identity = __nccwpck_require__2(1127);
      var stringifyComment = __nccwpck_require__2(9799);
      var stringifyString = __nccwpck_require__2(3069);
      function createStringifyContext(doc, options) {
        const opt = Object.assign({
          blockQuote: true,
          commentString: stringifyComment.stringifyComment,
          defaultKeyType: null,
          defaultStringType: "PLAIN",
          directives: null,
          doubleQuotedAsJSON: false,
          doubleQuotedMinMultiLineLength: 40,
          falseStr: "false",
          flowCollectionPadding: true,
          indentSeq: true,
          lineWidth: 80,
          minContentWidth: 20,
          nullStr: "null",
          simpleKeys: false,
          singleQuote: null,
          trailingComma: false,
          trueStr: "true",
          verifyAliasOrder: true
        }, doc.schema.toStringOptions, options);
        let inFlow;
        switch (opt.collectionStyle) {
          case "block":
            inFlow = false;
            break;
          case "flow":
            inFlow = true;
            break;
          default:
            inFlow = null;
        }
        return {
          anchors: /* @__PURE__ */ new Set(),
          doc,
          flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
          indent: "",
          indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
          inFlow,
          options: opt
        };
      }
      function getTagObject(tags, item) {
        if (item.tag) {
          const match = tags.filter((t) => t.tag === item.tag);
          if (match.length > 0)
            return match.find((t) => t.format === item.format) ?? match[0];
        }
        let tagObj = void 0;
        let obj;
        if (identity.isScalar(item)) {
          obj = item.value;
          let match = tags.filter((t) => t.identify?.(obj));
          if (match.length > 1) {
            const testMatch = match.filter((t) => t.test);
            if (testMatch.length > 0)
              match = testMatch;
          }
          tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
        } else {
          obj = item;
          tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
        }
        if (!tagObj) {
          const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
          throw new Error(`Tag not resolved for ${name} value`);
        }
        return tagObj;
      }
      function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
        if (!doc.directives)
          return "";
        const props = [];
        const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
        if (anchor && anchors.anchorIsValid(anchor)) {
          anchors$1.add(anchor);
          props.push(`&${anchor}`);
        }
        const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
        if (tag)
          props.push(doc.directives.tagString(tag));
        return props.join(" ");
      }
      function stringify(item, ctx, onComment, onChompKeep) {
        if (identity.isPair(item))
          return item.toString(ctx, onComment, onChompKeep);
        if (identity.isAlias(item)) {
          if (ctx.doc.directives)
            return item.toString(ctx);
          if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
          } else {
            if (ctx.resolvedAliases)
              ctx.resolvedAliases.add(item);
            else
              ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
            item = item.resolve(ctx.doc);
          }
        }
        let tagObj = void 0;
        const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
        tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
        const props = stringifyProps(node, tagObj, ctx);
        if (props.length > 0)
          ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
        const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
        if (!props)
          return str;
        return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
      }
      exports.createStringifyContext = createStringifyContext;
      exports.stringify = stringify;
    })
  ),
  /***/
  1212: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(9799);
      function stringifyCollection(collection, ctx, options) {
        const flow = ctx.inFlow ?? collection.flow;
        const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
        return stringify2(collection, ctx, options);
      }
      function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
        const { indent, options: { commentString } } = ctx;
        const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
        let chompKeep = false;
        const lines = [];
        for (let i = 0; i < items.length; ++i) {
          const item = items[i];
          let comment2 = null;
          if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
              comment2 = item.comment;
          } else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
              if (!chompKeep && ik.spaceBefore)
                lines.push("");
              addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
          }
          chompKeep = false;
          let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
          if (comment2)
            str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
          if (chompKeep && comment2)
            chompKeep = false;
          lines.push(blockItemPrefix + str2);
        }
        let str;
        if (lines.length === 0) {
          str = flowChars.start + flowChars.end;
        } else {
          str = lines[0];
          for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `
${indent}${line}` : "\n";
          }
        }
        if (comment) {
          str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
          if (onComment)
            onComment();
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
        const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
        itemIndent += indentStep;
        const itemCtx = Object.assign({}, ctx, {
          indent: itemIndent,
          inFlow: true,
          type: null
        });
        let reqNewline = false;
        let linesAtValue = 0;
        const lines = [];
        for (let i = 0; i < items.length; ++i) {
          const item = items[i];
          let comment = null;
          if (identity.isNode(item)) {
            if (item.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
              comment = item.comment;
          } else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
              if (ik.spaceBefore)
                lines.push("");
              addCommentBefore(ctx, lines, ik.commentBefore, false);
              if (ik.comment)
                reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
              if (iv.comment)
                comment = iv.comment;
              if (iv.commentBefore)
                reqNewline = true;
            } else if (item.value == null && ik?.comment) {
              comment = ik.comment;
            }
          }
          if (comment)
            reqNewline = true;
          let str = stringify.stringify(item, itemCtx, () => comment = null);
          reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
          if (i < items.length - 1) {
            str += ",";
          } else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
              reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
            }
            if (reqNewline) {
              str += ",";
            }
          }
          if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
          lines.push(str);
          linesAtValue = lines.length;
        }
        const { start, end } = flowChars;
        if (lines.length === 0) {
          return start + end;
        } else {
          if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
          }
          if (reqNewline) {
            let str = start;
            for (const line of lines)
              str += line ? `
${indentStep}${indent}${line}` : "\n";
            return `${str}
${indent}${end}`;
          } else {
            return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
          }
        }
      }
      function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
        if (comment && chompKeep)
          comment = comment.replace(/^\n+/, "");
        if (comment) {
          const ic = stringifyComment.indentComment(commentString(comment), indent);
          lines.push(ic.trimStart());
        }
      }
      exports.stringifyCollection = stringifyCollection;
    })
  ),
  /***/
  9799: (
    /***/
    ((__unused_webpack_module, exports) => {
      const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
      function indentComment(comment, indent) {
        if (/^\n+$/.test(comment))
          return comment.substring(1);
        return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
      }
      const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
      exports.indentComment = indentComment;
      exports.lineComment = lineComment;
      exports.stringifyComment = stringifyComment;
    })
  ),
  /***/
  6829: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(9799);
      function stringifyDocument(doc, options) {
        const lines = [];
        let hasDirectives = options.directives === true;
        if (options.directives !== false && doc.directives) {
          const dir = doc.directives.toString(doc);
          if (dir) {
            lines.push(dir);
            hasDirectives = true;
          } else if (doc.directives.docStart)
            hasDirectives = true;
        }
        if (hasDirectives)
          lines.push("---");
        const ctx = stringify.createStringifyContext(doc, options);
        const { commentString } = ctx.options;
        if (doc.commentBefore) {
          if (lines.length !== 1)
            lines.unshift("");
          const cs = commentString(doc.commentBefore);
          lines.unshift(stringifyComment.indentComment(cs, ""));
        }
        let chompKeep = false;
        let contentComment = null;
        if (doc.contents) {
          if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
              lines.push("");
            if (doc.contents.commentBefore) {
              const cs = commentString(doc.contents.commentBefore);
              lines.push(stringifyComment.indentComment(cs, ""));
            }
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
          }
          const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
          let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
          if (contentComment)
            body += stringifyComment.lineComment(body, "", commentString(contentComment));
          if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
            lines[lines.length - 1] = `--- ${body}`;
          } else
            lines.push(body);
        } else {
          lines.push(stringify.stringify(doc.contents, ctx));
        }
        if (doc.directives?.docEnd) {
          if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes("\n")) {
              lines.push("...");
              lines.push(stringifyComment.indentComment(cs, ""));
            } else {
              lines.push(`... ${cs}`);
            }
          } else {
            lines.push("...");
          }
        } else {
          let dc = doc.comment;
          if (dc && chompKeep)
            dc = dc.replace(/^\n+/, "");
          if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
              lines.push("");
            lines.push(stringifyComment.indentComment(commentString(dc), ""));
          }
        }
        return lines.join("\n") + "\n";
      }
      exports.stringifyDocument = stringifyDocument;
    })
  ),
  /***/
  8689: (
    /***/
    ((__unused_webpack_module, exports) => {
      function stringifyNumber({ format, minFractionDigits, tag, value }) {
        if (typeof value === "bigint")
          return String(value);
        const num = typeof value === "number" ? value : Number(value);
        if (!isFinite(num))
          return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
        let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
        if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
          let i = n.indexOf(".");
          if (i < 0) {
            i = n.length;
            n += ".";
          }
          let d = minFractionDigits - (n.length - i - 1);
          while (d-- > 0)
            n += "0";
        }
        return n;
      }
      exports.stringifyNumber = stringifyNumber;
    })
  ),
  /***/
  9748: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(9799);
      function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
        const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
        let keyComment = identity.isNode(key) && key.comment || null;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
        ctx = Object.assign({}, ctx, {
          allNullValues: false,
          implicitKey: !explicitKey && (simpleKeys || !allNullValues),
          indent: indent + indentStep
        });
        let keyCommentDone = false;
        let chompKeep = false;
        let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
        if (!explicitKey && !ctx.inFlow && str.length > 1024) {
          if (simpleKeys)
            throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.inFlow) {
          if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
              onComment();
            return str === "" ? "?" : explicitKey ? `? ${str}` : str;
          }
        } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
          str = `? ${str}`;
          if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
          } else if (chompKeep && onChompKeep)
            onChompKeep();
          return str;
        }
        if (keyCommentDone)
          keyComment = null;
        if (explicitKey) {
          if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
          str = `? ${str}
${indent}:`;
        } else {
          str = `${str}:`;
          if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        let vsb, vcb, valueComment;
        if (identity.isNode(value)) {
          vsb = !!value.spaceBefore;
          vcb = value.commentBefore;
          valueComment = value.comment;
        } else {
          vsb = false;
          vcb = null;
          valueComment = null;
          if (value && typeof value === "object")
            value = doc.createNode(value);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !keyComment && identity.isScalar(value))
          ctx.indentAtStart = str.length + 1;
        chompKeep = false;
        if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
          ctx.indent = ctx.indent.substring(2);
        }
        let valueCommentDone = false;
        const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
        let ws = " ";
        if (keyComment || vsb || vcb) {
          ws = vsb ? "\n" : "";
          if (vcb) {
            const cs = commentString(vcb);
            ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
          }
          if (valueStr === "" && !ctx.inFlow) {
            if (ws === "\n" && valueComment)
              ws = "\n\n";
          } else {
            ws += `
${ctx.indent}`;
          }
        } else if (!explicitKey && identity.isCollection(value)) {
          const vs0 = valueStr[0];
          const nl0 = valueStr.indexOf("\n");
          const hasNewline = nl0 !== -1;
          const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
          if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === "&" || vs0 === "!")) {
              let sp0 = valueStr.indexOf(" ");
              if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
                sp0 = valueStr.indexOf(" ", sp0 + 1);
              }
              if (sp0 === -1 || nl0 < sp0)
                hasPropsLine = true;
            }
            if (!hasPropsLine)
              ws = `
${ctx.indent}`;
          }
        } else if (valueStr === "" || valueStr[0] === "\n") {
          ws = "";
        }
        str += ws + valueStr;
        if (ctx.inFlow) {
          if (valueCommentDone && onComment)
            onComment();
        } else if (valueComment && !valueCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
        } else if (chompKeep && onChompKeep) {
          onChompKeep();
        }
        return str;
      }
      exports.stringifyPair = stringifyPair;
    })
  ),
  /***/
  3069: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var foldFlowLines = __nccwpck_require__2(4475);
      const getFoldOptions = (ctx, isBlock) => ({
        indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
        lineWidth: ctx.options.lineWidth,
        minContentWidth: ctx.options.minContentWidth
      });
      const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
      function lineLengthOverLimit(str, lineWidth, indentLength) {
        if (!lineWidth || lineWidth < 0)
          return false;
        const limit = lineWidth - indentLength;
        const strLen = str.length;
        if (strLen <= limit)
          return false;
        for (let i = 0, start = 0; i < strLen; ++i) {
          if (str[i] === "\n") {
            if (i - start > limit)
              return true;
            start = i + 1;
            if (strLen - start <= limit)
              return false;
          }
        }
        return true;
      }
      function doubleQuotedString(value, ctx) {
        const json = JSON.stringify(value);
        if (ctx.options.doubleQuotedAsJSON)
          return json;
        const { implicitKey } = ctx;
        const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
        const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
        let str = "";
        let start = 0;
        for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
          if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
            str += json.slice(start, i) + "\\ ";
            i += 1;
            start = i;
            ch = "\\";
          }
          if (ch === "\\")
            switch (json[i + 1]) {
              case "u":
                {
                  str += json.slice(start, i);
                  const code = json.substr(i + 2, 4);
                  switch (code) {
                    case "0000":
                      str += "\\0";
                      break;
                    case "0007":
                      str += "\\a";
                      break;
                    case "000b":
                      str += "\\v";
                      break;
                    case "001b":
                      str += "\\e";
                      break;
                    case "0085":
                      str += "\\N";
                      break;
                    case "00a0":
                      str += "\\_";
                      break;
                    case "2028":
                      str += "\\L";
                      break;
                    case "2029":
                      str += "\\P";
                      break;
                    default:
                      if (code.substr(0, 2) === "00")
                        str += "\\x" + code.substr(2);
                      else
                        str += json.substr(i, 6);
                  }
                  i += 5;
                  start = i + 1;
                }
                break;
              case "n":
                if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                  i += 1;
                } else {
                  str += json.slice(start, i) + "\n\n";
                  while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                    str += "\n";
                    i += 2;
                  }
                  str += indent;
                  if (json[i + 2] === " ")
                    str += "\\";
                  i += 1;
                  start = i + 1;
                }
                break;
              default:
                i += 1;
            }
        }
        str = start ? str + json.slice(start) : json;
        return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
      }
      function singleQuotedString(value, ctx) {
        if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
          return doubleQuotedString(value, ctx);
        const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
        const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
        return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
      }
      function quotedString(value, ctx) {
        const { singleQuote } = ctx.options;
        let qs;
        if (singleQuote === false)
          qs = doubleQuotedString;
        else {
          const hasDouble = value.includes('"');
          const hasSingle = value.includes("'");
          if (hasDouble && !hasSingle)
            qs = singleQuotedString;
          else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
          else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
        }
        return qs(value, ctx);
      }
      let blockEndNewlines;
      try {
        blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
      } catch {
        blockEndNewlines = /\n+(?!\n|$)/g;
      }
      function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
        const { blockQuote, commentString, lineWidth } = ctx.options;
        if (!blockQuote || /\n[\t ]+$/.test(value)) {
          return quotedString(value, ctx);
        }
        const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
        const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
        if (!value)
          return literal ? "|\n" : ">\n";
        let chomp;
        let endStart;
        for (endStart = value.length; endStart > 0; --endStart) {
          const ch = value[endStart - 1];
          if (ch !== "\n" && ch !== "	" && ch !== " ")
            break;
        }
        let end = value.substring(endStart);
        const endNlPos = end.indexOf("\n");
        if (endNlPos === -1) {
          chomp = "-";
        } else if (value === end || endNlPos !== end.length - 1) {
          chomp = "+";
          if (onChompKeep)
            onChompKeep();
        } else {
          chomp = "";
        }
        if (end) {
          value = value.slice(0, -end.length);
          if (end[end.length - 1] === "\n")
            end = end.slice(0, -1);
          end = end.replace(blockEndNewlines, `$&${indent}`);
        }
        let startWithSpace = false;
        let startEnd;
        let startNlPos = -1;
        for (startEnd = 0; startEnd < value.length; ++startEnd) {
          const ch = value[startEnd];
          if (ch === " ")
            startWithSpace = true;
          else if (ch === "\n")
            startNlPos = startEnd;
          else
            break;
        }
        let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
        if (start) {
          value = value.substring(start.length);
          start = start.replace(/\n+/g, `$&${indent}`);
        }
        const indentSize = indent ? "2" : "1";
        let header = (startWithSpace ? indentSize : "") + chomp;
        if (comment) {
          header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
          if (onComment)
            onComment();
        }
        if (!literal) {
          const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
          let literalFallback = false;
          const foldOptions = getFoldOptions(ctx, true);
          if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
              literalFallback = true;
            };
          }
          const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
          if (!literalFallback)
            return `>${header}
${indent}${body}`;
        }
        value = value.replace(/\n+/g, `$&${indent}`);
        return `|${header}
${indent}${start}${value}${end}`;
      }
      function plainString(item, ctx, onComment, onChompKeep) {
        const { type, value } = item;
        const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
        if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
          return quotedString(value, ctx);
        }
        if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
          return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
        }
        if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
          return blockString(item, ctx, onComment, onChompKeep);
        }
        if (containsDocumentMarker(value)) {
          if (indent === "") {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
          } else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
          }
        }
        const str = value.replace(/\n+/g, `$&
${indent}`);
        if (actualString) {
          const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
          const { compat, tags } = ctx.doc.schema;
          if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
        }
        return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
      }
      function stringifyString(item, ctx, onComment, onChompKeep) {
        const { implicitKey, inFlow } = ctx;
        const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
        let { type } = item;
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
        }
        const _stringify = (_type) => {
          switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
              return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
              return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
              return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
              return plainString(ss, ctx, onComment, onChompKeep);
            default:
              return null;
          }
        };
        let res = _stringify(type);
        if (res === null) {
          const { defaultKeyType, defaultStringType } = ctx.options;
          const t = implicitKey && defaultKeyType || defaultStringType;
          res = _stringify(t);
          if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
        }
        return res;
      }
      exports.stringifyString = stringifyString;
    })
  ),
  /***/
  204: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      const BREAK = /* @__PURE__ */ Symbol("break visit");
      const SKIP = /* @__PURE__ */ Symbol("skip children");
      const REMOVE = /* @__PURE__ */ Symbol("remove node");
      function visit(node, visitor) {
        const visitor_ = initVisitor(visitor);
        if (identity.isDocument(node)) {
          const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
          if (cd === REMOVE)
            node.contents = null;
        } else
          visit_(null, node, visitor_, Object.freeze([]));
      }
      visit.BREAK = BREAK;
      visit.SKIP = SKIP;
      visit.REMOVE = REMOVE;
      function visit_(key, node, visitor, path) {
        const ctrl = callVisitor(key, node, visitor, path);
        if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
          replaceNode(key, path, ctrl);
          return visit_(key, ctrl, visitor, path);
        }
        if (typeof ctrl !== "symbol") {
          if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
              const ci = visit_(i, node.items[i], visitor, path);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                node.items.splice(i, 1);
                i -= 1;
              }
            }
          } else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_("key", node.key, visitor, path);
            if (ck === BREAK)
              return BREAK;
            else if (ck === REMOVE)
              node.key = null;
            const cv = visit_("value", node.value, visitor, path);
            if (cv === BREAK)
              return BREAK;
            else if (cv === REMOVE)
              node.value = null;
          }
        }
        return ctrl;
      }
      async function visitAsync(node, visitor) {
        const visitor_ = initVisitor(visitor);
        if (identity.isDocument(node)) {
          const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
          if (cd === REMOVE)
            node.contents = null;
        } else
          await visitAsync_(null, node, visitor_, Object.freeze([]));
      }
      visitAsync.BREAK = BREAK;
      visitAsync.SKIP = SKIP;
      visitAsync.REMOVE = REMOVE;
      async function visitAsync_(key, node, visitor, path) {
        const ctrl = await callVisitor(key, node, visitor, path);
        if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
          replaceNode(key, path, ctrl);
          return visitAsync_(key, ctrl, visitor, path);
        }
        if (typeof ctrl !== "symbol") {
          if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
              const ci = await visitAsync_(i, node.items[i], visitor, path);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                node.items.splice(i, 1);
                i -= 1;
              }
            }
          } else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_("key", node.key, visitor, path);
            if (ck === BREAK)
              return BREAK;
            else if (ck === REMOVE)
              node.key = null;
            const cv = await visitAsync_("value", node.value, visitor, path);
            if (cv === BREAK)
              return BREAK;
            else if (cv === REMOVE)
              node.value = null;
          }
        }
        return ctrl;
      }
      function initVisitor(visitor) {
        if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
          return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
          }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
          }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
          }, visitor);
        }
        return visitor;
      }
      function callVisitor(key, node, visitor, path) {
        if (typeof visitor === "function")
          return visitor(key, node, path);
        if (identity.isMap(node))
          return visitor.Map?.(key, node, path);
        if (identity.isSeq(node))
          return visitor.Seq?.(key, node, path);
        if (identity.isPair(node))
          return visitor.Pair?.(key, node, path);
        if (identity.isScalar(node))
          return visitor.Scalar?.(key, node, path);
        if (identity.isAlias(node))
          return visitor.Alias?.(key, node, path);
        return void 0;
      }
      function replaceNode(key, path, node) {
        const parent = path[path.length - 1];
        if (identity.isCollection(parent)) {
          parent.items[key] = node;
        } else if (identity.isPair(parent)) {
          if (key === "key")
            parent.key = node;
          else
            parent.value = node;
        } else if (identity.isDocument(parent)) {
          parent.contents = node;
        } else {
          const pt = identity.isAlias(parent) ? "alias" : "scalar";
          throw new Error(`Cannot replace node with ${pt} parent`);
        }
      }
      exports.visit = visit;
      exports.visitAsync = visitAsync;
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var webpackQueues = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack queues") : "__webpack_queues__";
  var webpackExports = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack exports") : "__webpack_exports__";
  var webpackError = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack error") : "__webpack_error__";
  var resolveQueue = (queue) => {
    if (queue && queue.d < 1) {
      queue.d = 1;
      queue.forEach((fn) => fn.r--);
      queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
    }
  };
  var wrapDeps = (deps) => deps.map((dep) => {
    if (dep !== null && typeof dep === "object") {
      if (dep[webpackQueues]) return dep;
      if (dep.then) {
        var queue = [];
        queue.d = 0;
        dep.then((r) => {
          obj[webpackExports] = r;
          resolveQueue(queue);
        }, (e) => {
          obj[webpackError] = e;
          resolveQueue(queue);
        });
        var obj = {};
        obj[webpackQueues] = (fn) => fn(queue);
        return obj;
      }
    }
    var ret = {};
    ret[webpackQueues] = (x) => {
    };
    ret[webpackExports] = dep;
    return ret;
  });
  __nccwpck_require__.a = (module, body, hasAwait) => {
    var queue;
    hasAwait && ((queue = []).d = -1);
    var depQueues = /* @__PURE__ */ new Set();
    var exports = module.exports;
    var currentDeps;
    var outerResolve;
    var reject;
    var promise = new Promise((resolve, rej) => {
      reject = rej;
      outerResolve = resolve;
    });
    promise[webpackExports] = exports;
    promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {
    }));
    module.exports = promise;
    body((deps) => {
      currentDeps = wrapDeps(deps);
      var fn;
      var getResult = () => currentDeps.map((d) => {
        if (d[webpackError]) throw d[webpackError];
        return d[webpackExports];
      });
      var promise2 = new Promise((resolve) => {
        fn = () => resolve(getResult);
        fn.r = 0;
        var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
        currentDeps.map((dep) => dep[webpackQueues](fnQueue));
      });
      return fn.r ? promise2 : getResult();
    }, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
    queue && queue.d < 0 && (queue.d = 0);
  };
})();
(() => {
  __nccwpck_require__.n = (module) => {
    var getter = module && module.__esModule ? (
      /******/
      () => module["default"]
    ) : (
      /******/
      () => module
    );
    __nccwpck_require__.d(getter, { a: getter });
    return getter;
  };
})();
(() => {
  var getProto = Object.getPrototypeOf ? (obj) => Object.getPrototypeOf(obj) : (obj) => obj.__proto__;
  var leafPrototypes;
  __nccwpck_require__.t = function(value, mode) {
    if (mode & 1) value = this(value);
    if (mode & 8) return value;
    if (typeof value === "object" && value) {
      if (mode & 4 && value.__esModule) return value;
      if (mode & 16 && typeof value.then === "function") return value;
    }
    var ns = /* @__PURE__ */ Object.create(null);
    __nccwpck_require__.r(ns);
    var def = {};
    leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) {
      Object.getOwnPropertyNames(current).forEach((key) => def[key] = () => value[key]);
    }
    def["default"] = () => value;
    __nccwpck_require__.d(ns, def);
    return ns;
  };
})();
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
(() => {
  __nccwpck_require__.r = (exports) => {
    if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
      Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    }
    Object.defineProperty(exports, "__esModule", { value: true });
  };
})();
var __webpack_exports__ = __nccwpck_require__(2957);
__webpack_exports__ = await __webpack_exports__;
