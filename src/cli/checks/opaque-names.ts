/**
 * Which names in a generated test and its rule files promtool only compares with each other, so that renaming them
 * one-to-one in every file alike changes no verdict. A name is a maximal run of letters, digits, `_` and `-` that
 * starts with a letter (`shop-00`, `Shop00AvailabilityErrorBudgetBurn`, `production`). It is opaque when every one
 * of its occurrences is a value promtool holds as a whole: a label or annotation value, an alert, group or test
 * name, a PromQL string compared by equality. It is not when any occurrence is PromQL outside a string (a metric,
 * function or label name), a key, a template's code, a regular expression's text, the value of a label some regular
 * expression reads, an argument of label_replace, or a name promtool gives a meaning (`ALERTS`, `firing`); names
 * starting with NaN or Inf, which a printed value can produce, are kept too. Files whose text this reader cannot
 * follow exactly (escapes other than `\"` and `\\`, templates other than a label or the value, names a template or
 * label_replace would join, label_join) rename nothing.
 */

/** A name, as a global pattern over text. */
export const NAME = /[A-Za-z0-9_-]+/g;

/** Names promtool gives a meaning of its own: the alerts' series and their states. */
const PROMTOOL_NAMES = new Set(["ALERTS", "ALERTS_FOR_STATE", "firing", "pending", "inactive"]);
/** Maps whose entries are label (or annotation) names and their values. */
const LABEL_MAPS = new Set(["labels", "annotations", "exp_labels", "exp_annotations", "external_labels"]);
/** Keys whose scalar is a name promtool holds as a whole. */
const NAME_KEYS = new Set(["name", "alert", "alertname"]);
/** Sequences whose items are names: the rule groups, in the order a test evaluates them. */
const NAME_LISTS = new Set(["group_eval_order"]);
/** Templates whose output is a label's value or the alert's value, each as a whole. */
const PLAIN_TEMPLATE = /^\{\{ (\$labels\.\w+|\$externalLabels\.\w+|\$value|\$value \| humanize(Duration|Percentage|1024)?) \}\}$/;
const PROMQL_STRING = /"(?:[^"\\]|\\.)*"/g;
const MATCHER = /([A-Za-z_]\w*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g;
/** Two or more string arguments closing a call: label_replace's (dst, replacement, src, regex). */
const STRING_ARGUMENTS = /,\s*"(?:[^"\\]|\\.)*"(?:\s*,\s*"(?:[^"\\]|\\.)*")+\s*\)/g;
/** A regular expression that is a list of names (`a|b`): it matches as equality does. */
const NAME_ALTERNATION = /^[A-Za-z0-9_-]*(\|[A-Za-z0-9_-]*)*$/;
const KEY_LINE = /^(\s*)(- )?([A-Za-z_][\w./-]*):(?: (.*))?$/;
const ITEM_LINE = /^(\s*)- (.*)$/;

/** What one or more texts say about their names. */
export class NameContexts {
  /** False when a text holds something this reader cannot follow: then no name is renamed. */
  sound = true;
  private readonly values = new Set<string>();
  private readonly fixed = new Set<string>();
  private readonly labelValues = new Map<string, Set<string>>();
  private readonly regexLabels = new Set<string>();

  /** The names that may be renamed: opaque in every occurrence, in every text read. */
  renamable(): Set<string> {
    if (!this.sound) return new Set();
    const fixed = new Set(this.fixed);
    this.regexLabels.forEach((label) => this.labelValues.get(label)?.forEach((name) => fixed.add(name)));
    return new Set([...this.values].filter((name) => /^[A-Za-z]/.test(name) && !/^(nan|inf)/i.test(name) && !PROMTOOL_NAMES.has(name) && !fixed.has(name)));
  }

  /** Reads a YAML text as synth writes it: block style, one key a line, no folding. */
  read(text: string): void {
    const open: Array<{ indent: number; key: string }> = [];
    let block: { indent: number; kind: Kind; label?: string } | undefined;
    for (const line of text.split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const indent = line.length - line.trimStart().length;
      if (block !== undefined && indent > block.indent) {
        const value = this.content(line.trim(), block.kind);
        if (block.label !== undefined) this.labelValue(block.label, value);
        continue;
      }
      block = undefined;
      const keyed = KEY_LINE.exec(line);
      const item = keyed === null ? ITEM_LINE.exec(line) : null;
      if (keyed === null && item === null) {
        this.sound = false;
        return;
      }
      const at = keyed === null ? indent : indent + (keyed[2]?.length ?? 0);
      while (open.length > 0 && open[open.length - 1].indent >= at) open.pop();
      const parent = open.at(-1)?.key ?? "";
      if (item !== null) {
        this.scalar(item[2], NAME_LISTS.has(parent) ? "text" : "expression");
        continue;
      }
      const [, , , key, value] = keyed as RegExpExecArray;
      this.fixedNames(key);
      const kind: Kind = LABEL_MAPS.has(parent) || NAME_KEYS.has(key) ? "text" : "expression";
      const label = LABEL_MAPS.has(parent) ? key : undefined;
      if (value === undefined || value === "") {
        open.push({ indent: at, key });
      } else if (/^[|>][-+0-9]*$/.test(value)) {
        block = { indent: at, kind, label };
      } else {
        this.scalar(value, kind, label);
      }
    }
  }

  /** A scalar as written: plain, single- or double-quoted; `label` when it is that label's value. */
  private scalar(written: string, kind: Kind, label?: string): void {
    const quoted = /^(['"]).*\1$/.test(written);
    if (/^['"]/.test(written) && !quoted) this.sound = false;
    const value = this.content(quoted ? written.slice(1, -1) : written, kind, written.startsWith('"'));
    if (label !== undefined) this.labelValue(label, value);
  }

  /** A value's text, quotes taken off (`escaped` inside double quotes); the text as promtool reads it is returned. */
  private content(text: string, kind: Kind, escaped = false): string {
    if (/\\/.test(text.replace(/\\[\\"]/g, ""))) this.sound = false;
    const value = escaped ? text.replace(/\\(["\\])/g, "$1") : text;
    if (kind === "text") this.text(value);
    else this.expression(value);
    return value;
  }

  /** Text: names are values, but inside a template they are its code; a template's output must stand apart. */
  private text(value: string): void {
    const parts = value.split(/(\{\{.*?\}\})/);
    parts.forEach((part, index) => {
      if (index % 2 === 0) {
        if (/\{\{|\}\}/.test(part)) this.sound = false;
        return this.valueNames(part);
      }
      // A value's number may run into the text after it (`{{ $value }}s`): such names start with a digit, NaN or Inf.
      const joinsAfter = !part.includes("$value") && /^[\w-]/.test(parts[index + 1] ?? "");
      if (!PLAIN_TEMPLATE.test(part) || /[\w-]$/.test(parts[index - 1]) || joinsAfter) this.sound = false;
      this.fixedNames(part);
    });
  }

  /** PromQL (or a series, a duration, a value): names are fixed except inside strings, as the matchers read them. */
  private expression(value: string): void {
    if (/\blabel_join\s*\(/.test(value) || /'|`/.test(value.replace(PROMQL_STRING, ""))) this.sound = false;
    this.fixedNames(value.replace(PROMQL_STRING, " "));
    for (const [, label, operator, text] of value.matchAll(MATCHER)) {
      if (operator.endsWith("~") && !NAME_ALTERNATION.test(text)) {
        this.regexLabels.add(label);
        this.fixedNames(text);
      } else {
        this.labelValue(label, text);
      }
    }
    for (const [call] of value.matchAll(STRING_ARGUMENTS)) {
      const [, replacement, source, regex] = [...call.matchAll(PROMQL_STRING)].map((match) => match[0].slice(1, -1));
      if (replacement?.includes("$")) this.sound = false;
      if (source !== undefined && regex !== undefined && regex !== "") this.regexLabels.add(source);
      this.fixedNames(call);
    }
    for (const [text] of value.matchAll(PROMQL_STRING)) this.valueNames(text);
  }

  private labelValue(label: string, value: string): void {
    const names = this.labelValues.get(label) ?? new Set<string>();
    for (const [name] of value.matchAll(NAME)) names.add(name);
    this.labelValues.set(label, names);
  }

  private valueNames(text: string): void {
    for (const [name] of text.matchAll(NAME)) this.values.add(name);
  }

  private fixedNames(text: string): void {
    for (const [name] of text.matchAll(NAME)) this.fixed.add(name);
  }
}

type Kind = "text" | "expression";
