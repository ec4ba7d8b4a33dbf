import { describe, expect, it } from "vitest";
import { projectSources as sources } from "../support/files";
import { literalsOf, promqlLooking } from "./promql-literals";

/** The one PromQL module, and the other query languages' own builders (Datadog, Sentry, Elasticsearch/Kibana). */
const OWN_QUERY_LANGUAGE = /^src\/domain\/promql\/|^src\/targets\/(datadog|sentry|elastic)\//;

/**
 * Literals that read as PromQL but are not assembled PromQL, each with its reason. Kept short: a new entry needs
 * one.
 */
const ALLOWED: readonly { readonly path: string; readonly text: string; readonly why: string }[] = [
  { path: "src/domain/slo/parse-slo.ts", text: "e.g. rate(x[", why: "an example for the user in a problem message, not a query" },
];

function offenders(): string[] {
  return [...sources("src"), ...sources("constructs")]
    .filter(([path]) => !OWN_QUERY_LANGUAGE.test(path))
    .flatMap(([path, text]) =>
      literalsOf(text).flatMap((literal) => {
        const why = promqlLooking(literal);
        const shown = literal.parts.join("${…}");
        const allowed = ALLOWED.some((entry) => entry.path === path && shown.includes(entry.text));
        return why === undefined || allowed ? [] : [`${path}:${literal.line}: ${why} in \`${shown.slice(0, 120)}\``];
      }),
    );
}

describe("PromQL", () => {
  it("is assembled only by src/domain/promql: no template or concatenation outside it builds query text", () => {
    expect(offenders()).toEqual([]);
  });

  it("is made only by the module's builders and declared(): no cast to PromQL outside it", () => {
    const casts = [...sources("src"), ...sources("constructs")]
      .filter(([path]) => !path.startsWith("src/domain/promql/"))
      .filter(([, text]) => /\bas\s+(promql\.)?PromQL\b/.test(text))
      .map(([path]) => path);
    expect(casts).toEqual([]);
  });

  it("is imported through the module's one entry, never from its files", () => {
    const deep = [...sources("src"), ...sources("constructs")]
      .filter(([path]) => !path.startsWith("src/domain/promql/"))
      .flatMap(([path, text]) =>
        [...text.matchAll(/\bfrom\s+"([^"]*\/promql\/[^"]+)"/g)].map((match) => `${path} imports ${match[1]}`),
      );
    expect(deep).toEqual([]);
  });
});

describe("the scan", () => {
  const flagged = (source: string) => literalsOf(source).map(promqlLooking).filter((why) => why !== undefined);

  it("finds PromQL built by templates and concatenation", () => {
    expect(flagged("const a = `rate(${selector}[5m])`;")).toHaveLength(1);
    expect(flagged("const a = `sum by (service) (${inner})`;")).toHaveLength(1);
    expect(flagged("const a = `${left} / on (id) group_left ${right}`;")).toHaveLength(1);
    expect(flagged("const a = `${series}[5m]`;")).toHaveLength(1);
    expect(flagged("const a = `${series} offset ${ago}`;")).toHaveLength(1);
    expect(flagged("const a = `${left} > ${right}`;")).toHaveLength(1);
    expect(flagged('const a = "histogram_quantile(0.9, " + inner + ")";')).toHaveLength(1);
    expect(flagged("const a = `rate(x[${window}])`;")).toHaveLength(1);
    expect(flagged("const a = 'count(ALERTS{alertstate=\"firing\"})';")).toHaveLength(1);
  });

  it("leaves prose, comments and other templates alone", () => {
    expect(flagged("// `rate(${x}[5m])` in a comment\n/** `sum by (a) (b)` */ const a = 1;")).toEqual([]);
    expect(flagged("const a = `${what} has no owner; set owner, or defaultOwner on the stack (${path})`;")).toEqual([]);
    expect(flagged("const a = `${service} and ${other}`; const b = /[`(]/.test(a);")).toEqual([]);
    expect(flagged("const a = `{{${label}}} {{${name}}}`;")).toEqual([]);
    expect(flagged("const a = `${what}[${index}]: a rule spans several lines`; const b = `${dir}/${file}`;")).toEqual([]);
    expect(flagged("const a = `${count} dangerous changes (listed first)`;")).toEqual([]);
  });
});
