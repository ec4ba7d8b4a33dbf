/**
 * A reader of Logstash pipeline configuration, as far as Watchkeeper's pipeline uses it: sections of plugins and
 * `if` / `else if` conditions on fields (existence, `!`, `and`, `=~`), plugin settings of strings, numbers, arrays and
 * hashes. `runFilters` evaluates the filter section on an event with the semantics of the plugins the pipeline uses
 * (json, mutate, date, translate), so that a test can see what a record becomes. No real Logstash runs here.
 */

type Value = string | number | boolean | Value[] | { [key: string]: Value };
export interface Plugin {
  readonly kind: "plugin";
  readonly name: string;
  readonly settings: Record<string, Value>;
}
export interface Conditional {
  readonly kind: "if";
  readonly branches: ReadonlyArray<{ readonly condition?: Condition; readonly body: Statement[] }>;
}
export type Statement = Plugin | Conditional;
type Term = { readonly field: string; readonly negated: boolean; readonly regex?: RegExp };
type Condition = readonly Term[];

const TOKEN = /\s*(?:(#[^\n]*)|("(?:[^"\\]|\\.)*")|((?:\[[^\]\s"]+\])+)|(\/(?:[^/\\\n]|\\.)+\/)|(=>|=~|[{}[\],!])|([A-Za-z0-9_.@-]+))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const match = TOKEN.exec(text);
    if (match === null) throw new Error(`cannot read the pipeline at ${text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 30)}`);
    if (match[1] === undefined) tokens.push(match.slice(2).find((group) => group !== undefined) as string);
  }
  return tokens;
}

/** A parsed pipeline: its sections (`input`, `filter`, `output`) and their statements. */
export function parsePipeline(text: string): Record<string, Statement[]> {
  const tokens = tokenize(text);
  let at = 0;
  const next = () => tokens[at++];
  /** Consumes the token when it is next, and says whether it was. */
  const accept = (token: string) => tokens[at] === token && ++at > 0;
  const expect = (token: string) => {
    if (next() !== token) throw new Error(`expected ${token} before ${tokens.slice(at - 1, at + 5).join(" ")}`);
  };
  const value = (): Value => {
    const token = next();
    if (token.startsWith('"')) return JSON.parse(token) as string;
    if (token === "[") {
      const items: Value[] = [];
      while (!accept("]")) {
        items.push(value());
        accept(",");
      }
      return items;
    }
    if (token === "{") {
      const hash: Record<string, Value> = {};
      while (!accept("}")) {
        const key = value() as string;
        expect("=>");
        hash[key] = value();
      }
      return hash;
    }
    return /^\d+$/.test(token) ? Number(token) : token === "true" ? true : token === "false" ? false : token;
  };
  const condition = (): Condition => {
    const terms: Term[] = [];
    do {
      const negated = accept("!");
      const field = next();
      const regex = accept("=~") ? new RegExp(next().slice(1, -1)) : undefined;
      terms.push({ field, negated, regex });
    } while (accept("and"));
    return terms;
  };
  const block = (): Statement[] => {
    expect("{");
    const statements: Statement[] = [];
    while (!accept("}")) {
      const name = next();
      if (name === "if") {
        const branches: Array<{ condition?: Condition; body: Statement[] }> = [{ condition: condition(), body: block() }];
        while (accept("else")) {
          branches.push(accept("if") ? { condition: condition(), body: block() } : { body: block() });
        }
        statements.push({ kind: "if", branches });
      } else {
        expect("{");
        const settings: Record<string, Value> = {};
        while (!accept("}")) {
          const key = next();
          expect("=>");
          settings[key] = value();
        }
        statements.push({ kind: "plugin", name, settings });
      }
    }
    return statements;
  };
  const sections: Record<string, Statement[]> = {};
  while (at < tokens.length) {
    const name = next();
    sections[name] = block();
  }
  return sections;
}

/** Every plugin of a section, conditions' bodies included, in order. */
export function pluginsOf(statements: readonly Statement[]): Plugin[] {
  return statements.flatMap((statement) => (statement.kind === "plugin" ? [statement] : statement.branches.flatMap((branch) => pluginsOf(branch.body))));
}

type Event = Record<string, unknown>;
const path = (ref: string) => ref.slice(1, -1).split("][");

function get(event: Event, ref: string): unknown {
  return path(ref).reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Event)[key] : undefined), event);
}

function set(event: Event, ref: string, value: unknown): void {
  const keys = path(ref);
  const parent = keys.slice(0, -1).reduce<Event>((node, key) => {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    return node[key] as Event;
  }, event);
  parent[keys[keys.length - 1]] = value;
}

function remove(event: Event, ref: string): void {
  const keys = path(ref);
  const parent = get(event, `[${keys.slice(0, -1).join("][")}]`) as Event | undefined;
  if (keys.length === 1) delete event[keys[0]];
  else if (parent !== undefined) delete parent[keys[keys.length - 1]];
}

/** A plugin reference as Logstash reads a field name: `message` is `[message]`. */
const ref = (name: string) => (name.startsWith("[") ? name : `[${name}]`);
const sprintf = (event: Event, text: string) => text.replace(/%\{(\[[^}]+\])\}/g, (_, field: string) => String(get(event, field)));

function holds(event: Event, condition: Condition): boolean {
  return condition.every(({ field, negated, regex }) => {
    const value = get(event, field);
    const truthy = regex === undefined ? value !== undefined && value !== null && value !== false : typeof value === "string" && regex.test(value);
    return negated ? !truthy : truthy;
  });
}

/** A time as the date filter reads it in one of the formats the pipeline names, or undefined. */
function parseTime(value: unknown, formats: readonly string[]): string | undefined {
  for (const format of formats) {
    if (format === "UNIX_MS" && /^\d+$/.test(String(value))) return new Date(Number(value)).toISOString();
    if (format === "ISO8601" && typeof value === "string" && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value).toISOString();
    const python = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3})$/.exec(String(value));
    if (format === "yyyy-MM-dd HH:mm:ss,SSS" && python !== null) return new Date(`${python[1]}T${python[2]}.${python[3]}Z`).toISOString();
  }
  return undefined;
}

function runPlugin(event: Event, { name, settings }: Plugin): void {
  const pairs = (key: string) => Object.entries((settings[key] ?? {}) as Record<string, string>);
  const fields = (key: string) => ((settings[key] ?? []) as string[]).map(ref);
  if (name === "json") {
    try {
      set(event, ref(settings.target as string), JSON.parse(String(get(event, ref(settings.source as string)))));
    } catch (error) {
      if (settings.skip_on_invalid_json !== true) throw error;
    }
  } else if (name === "mutate") {
    for (const [from, to] of pairs("rename")) {
      if (get(event, ref(from)) !== undefined) {
        set(event, ref(to), get(event, ref(from)));
        remove(event, ref(from));
      }
    }
    for (const [field, type] of pairs("convert")) if (type === "string" && get(event, ref(field)) !== undefined) set(event, ref(field), String(get(event, ref(field))));
    const gsub = (settings.gsub ?? []) as string[];
    for (let i = 0; i < gsub.length; i += 3) set(event, ref(gsub[i]), String(get(event, ref(gsub[i]))).replace(new RegExp(gsub[i + 1], "g"), gsub[i + 2]));
    for (const field of fields("lowercase")) set(event, field, String(get(event, field)).toLowerCase());
    for (const [from, to] of pairs("copy")) set(event, ref(to), structuredClone(get(event, ref(from))));
    // Common options, applied after the filter's own operations.
    for (const [field, text] of pairs("add_field")) set(event, ref(field), sprintf(event, text));
    for (const field of fields("remove_field")) remove(event, field);
  } else if (name === "translate") {
    const value = get(event, ref(settings.source as string));
    const translated = (settings.dictionary as Record<string, string>)[String(value)];
    if (translated !== undefined && (settings.override === true || get(event, ref(settings.target as string)) === undefined)) set(event, ref(settings.target as string), translated);
  } else if (name === "date") {
    const [field, ...formats] = settings.match as string[];
    const time = parseTime(get(event, ref(field)), formats);
    if (time !== undefined) {
      set(event, "[@timestamp]", time);
      fields("remove_field").forEach((removed) => remove(event, removed));
    }
  } else {
    throw new Error(`no evaluation of the ${name} filter`);
  }
}

/** Runs a filter section on an event (changed in place, and returned). */
export function runFilters(statements: readonly Statement[], event: Event): Event {
  for (const statement of statements) {
    if (statement.kind === "plugin") runPlugin(event, statement);
    else runFilters(statement.branches.find((branch) => branch.condition === undefined || holds(event, branch.condition))?.body ?? [], event);
  }
  return event;
}
