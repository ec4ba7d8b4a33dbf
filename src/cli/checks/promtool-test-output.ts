import { durationSeconds, type ExpectedAlert, type LabelValues } from "./rule-test-files";

/** One failed `alert_rule_test` case as promtool reports it: what it expected and what fired instead. */
export interface AlertFailure {
  /** The scenario's `name`, when it has one (promtool prints it before the case). */
  readonly scenario?: string;
  readonly alert: string;
  /** Seconds. */
  readonly time: number;
  readonly expected: readonly ExpectedAlert[];
  readonly got: readonly ExpectedAlert[];
  /** promtool's own words for this failure. */
  readonly raw: string;
}

/** A rule whose expression promtool could not parse while loading a rule file for the tests. */
export interface RuleLoadError {
  /** The rule file as the test file names it (relative to the test's folder). */
  readonly ruleFile: string;
  readonly group: string;
  /** 1-based, as promtool counts. */
  readonly rule: number;
  readonly name: string;
  /** Where in the expression (1-based line and column, as promtool counts), and what promtool says. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly raw: string;
}

/** promtool's verdict on one test file. */
export interface TestFileVerdict {
  readonly file: string;
  readonly ok: boolean;
  readonly alertFailures: readonly AlertFailure[];
  readonly loadErrors: readonly RuleLoadError[];
  /** Anything else it said about the file's failure (e.g. a failed `promql_expr_test`), as written. */
  readonly other: readonly string[];
}

const LOAD_ERROR = /^(\S+): \d+:\d+: group "(.*)", rule (\d+), "(.*)": could not parse expression: (\d+):(\d+): parse error: (.*)$/;
const ALERT_CASE = /^\s*alertname: (\S+), time: (\S+),\s*$/;
const SCENARIO_NAME = /^\s*name: (.*),\s*$/;

/** A Go-quoted value's text with its escapes undone; as written when they are not JSON's (Go has a few more). */
function unescaped(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value;
  }
}

/** `{alertname="A", job="demo"}` → `{ alertname: "A", job: "demo" }`, Go's escapes undone. */
export function parseLabelSet(text: string): LabelValues {
  return Object.fromEntries([...text.matchAll(/([A-Za-z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map(([, name, value]) => [name, unescaped(value)]));
}

/** The alert instances of one side (`exp:[…]` or `got:[…]`) of a failure, `alertname` left out of their labels. */
function instances(text: string): ExpectedAlert[] {
  return [...text.matchAll(/Labels:(\{.*\})\s*\n\s*Annotations:(\{.*\})/g)].map(([, labels, annotations]) => {
    const { alertname: _alertname, ...own } = parseLabelSet(labels);
    return { labels: own, annotations: parseLabelSet(annotations) };
  });
}

function alertFailure(lines: readonly string[], scenario: string | undefined): AlertFailure {
  const [, alert, time] = ALERT_CASE.exec(lines[0]) ?? [];
  const body = lines.join("\n");
  const gotAt = body.indexOf("got:[");
  return {
    ...(scenario === undefined ? {} : { scenario }),
    alert,
    time: durationSeconds(time),
    expected: instances(gotAt === -1 ? body : body.slice(0, gotAt)),
    got: gotAt === -1 ? [] : instances(body.slice(gotAt)),
    raw: [...(scenario === undefined ? [] : [`name: ${scenario},`]), ...lines.map((line) => line.replace(/^ {4}/, "").trimEnd())].join("\n").trimEnd(),
  };
}

/** One file's failure text split into alert failures, rule load errors and the rest. */
function failuresOf(body: string): Pick<TestFileVerdict, "alertFailures" | "loadErrors" | "other"> {
  const alertFailures: AlertFailure[] = [];
  const loadErrors = new Map<string, RuleLoadError>();
  const other: string[] = [];
  const lines = body.split("\n");
  let scenario: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const load = LOAD_ERROR.exec(line);
    if (load !== null) {
      const [raw, ruleFile, group, rule, name, errorLine, column, reason] = load;
      loadErrors.set(raw, { ruleFile, group, rule: Number(rule), name, line: Number(errorLine), column: Number(column), reason, raw });
    } else if (SCENARIO_NAME.test(line) && ALERT_CASE.test(lines[index + 1] ?? "")) {
      scenario = SCENARIO_NAME.exec(line)?.[1];
    } else if (ALERT_CASE.test(line)) {
      let end = index + 1;
      while (end < lines.length && !ALERT_CASE.test(lines[end]) && !SCENARIO_NAME.test(lines[end]) && !LOAD_ERROR.test(lines[end]) && !/^\s*expr: /.test(lines[end])) end++;
      alertFailures.push(alertFailure(lines.slice(index, end), scenario));
      scenario = undefined;
      index = end - 1;
    } else if (line.trim() !== "") {
      other.push(line.trim());
    }
  }
  return { alertFailures, loadErrors: [...loadErrors.values()], other };
}

/**
 * Reads `promtool test rules` output (standard error merged in order): `Unit Testing:  <file>`, then `SUCCESS`,
 * or `FAILED:` and its failures: failed alert cases (`name: <scenario>,` when the scenario has a name, then
 * `alertname: <name>, time: <t>,` and the expected and actual alerts), rule files that did not load, and the rest.
 */
export function parseTestRulesOutput(output: string): TestFileVerdict[] {
  return output
    .split(/^Unit Testing:\s+/m)
    .slice(1)
    .map((section) => {
      const [file, ...rest] = section.split("\n");
      const body = rest.join("\n").trim();
      if (/^SUCCESS\b/.test(body)) return { file: file.trim(), ok: true, alertFailures: [], loadErrors: [], other: [] };
      return { file: file.trim(), ok: false, ...failuresOf(body.replace(/^FAILED:\s*/, "")) };
    });
}
