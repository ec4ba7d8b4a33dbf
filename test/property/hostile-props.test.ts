import fc from "fast-check";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { promqlError } from "../../src/domain/promql/check";
import type { MonitoringConstruct } from "../../src/monitoring-construct";
import type { FreshModules } from "../support/props-hook";
import { hostileValue, hostileValues, propPaths, replaced, type PropPath } from "./hostile-props";

// The example organisation declares every construct through the public API: each run puts a hostile value into one.
vi.mock("../../constructs", async (importOriginal) => {
  const { hookedExports } = await import("../support/props-hook");
  return hookedExports(await importOriginal<Record<string, unknown>>());
});

/** Fixed, so that every run checks the same inputs; fast-check prints it (and the path to replay) on failure. */
const SEED = 20_261_206;
const RUNS = 200;

/** Wording that belongs to JavaScript or to a props read that crashed, not to a checked prop. */
const CRASH = /TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|is not iterable|could not be read/;

/** Every construct class of the public API, each declared by the example organisation. */
const CLASSES = [
  "OnCallTeam", "AlertRouting", "ServiceSlo", "ErrorTracking", "ServiceTelemetry", "CriticalUserFlow", "ApiHealthCheck", "BusinessKpi",
  "RealUserMonitoring", "LogPolicy", "LogRetention", "LogAlert", "SecurityLogMonitoring", "InfrastructureMonitoring", "MetaMonitoring",
  "DeploymentGate", "SlaPolicy", "MonitoringPlatform",
] as const;

let fresh: FreshModules;
/** The example organisation's first production construct of each class, with the props it is declared with. */
const declarations = new Map<string, { path: string; props: unknown }>();

const isConstruct = (construct: unknown): construct is MonitoringConstruct => construct instanceof fresh.base.MonitoringConstruct;

function declareOrganisation(): InstanceType<FreshModules["api"]["MonitoringApp"]> {
  const app = new fresh.api.MonitoringApp({ outdir: "unused", terraformOutdir: "unused" });
  fresh.organisation.declareOrganisation(app, fresh.settings.settingsFrom({}));
  return app;
}

beforeAll(async () => {
  // Test files share a worker's module cache: the organisation is imported afresh, through the mocked public API.
  vi.resetModules();
  const hook = await import("../support/props-hook");
  fresh = { hook, api: await import("../../constructs"), organisation: await import("../../stacks/organisation"), settings: await import("../../stacks/settings"), base: await import("../../src/monitoring-construct") };
  const declared = new Map<string, unknown>();
  hook.transformProps((path, props) => {
    declared.set(path, props);
    return props;
  });
  const app = declareOrganisation();
  hook.transformProps(undefined);
  for (const construct of app.node.findAll().filter(isConstruct)) {
    const name = construct.constructor.name;
    if (construct.node.path.startsWith("production/") && declared.has(construct.node.path) && !declarations.has(name)) {
      declarations.set(name, { path: construct.node.path, props: declared.get(construct.node.path) });
    }
  }
});

afterAll(() => {
  vi.doUnmock("../../constructs");
  vi.resetModules();
});

/**
 * Declares the organisation with one hostile value at a prop path of one construct; undefined when the outcome is
 * one the construct may have (problems naming it and the prop, or outputs whose PromQL parses), else what went wrong.
 */
function outcome(target: string, path: PropPath, value: unknown): string | undefined {
  fresh.hook.transformProps((construct, props) => (construct === target ? replaced(props, path.keys, value) : props));
  let construct: MonitoringConstruct | undefined;
  try {
    construct = declareOrganisation().node.findAll().filter(isConstruct).find((found) => found.node.path === target);
  } catch (error) {
    return `declaring it threw: ${String(error)}`;
  } finally {
    fresh.hook.transformProps(undefined);
  }
  if (construct === undefined) {
    return "the construct was not declared";
  }
  const problems = construct.node.validate();
  if (problems.length > 0) {
    const prop = String(path.keys[0]);
    const bad = problems.find((problem) => !problem.startsWith(`${target}`) || CRASH.test(problem));
    if (bad !== undefined) {
      return `a problem without the construct's path, or a crash: ${bad}`;
    }
    return problems.some((problem) => problem.includes(prop)) ? undefined : `no problem names ${prop}: ${JSON.stringify(problems)}`;
  }
  const expressions = construct.planned().outputs.flatMap((output) => output.rules ?? []).flatMap((file) => file.groups.flatMap((group) => group.rules.map((rule) => rule.expr)));
  const broken = expressions.map((expression) => promqlError(expression)).find((error) => error !== undefined);
  return broken === undefined ? undefined : `accepted, but a rule does not parse: ${broken}`;
}


describe("hostile props of every construct of the example organisation", () => {
  it("covers each construct class", () => {
    expect([...declarations.keys()].sort()).toEqual([...CLASSES].sort());
  });

  for (const name of CLASSES) {
    it(`${name} (${RUNS} runs): a value at a random prop path is refused naming the construct and the prop, or written as valid output`, () => {
      const { path, props } = declarations.get(name) ?? { path: "", props: {} };
      const paths = propPaths(props);
      const started = performance.now();
      // A run that draws an input already checked (the same value at the same path) has nothing new to show.
      const checked = new Set<string>();
      fc.assert(
        fc.property(fc.constantFrom(...paths), hostileValue, (at, value) => {
          const input = `${at.text} = ${hostileValues.findIndex((candidate) => Object.is(candidate, value))}`;
          if (!checked.has(input)) {
            checked.add(input);
            expect(outcome(path, at, value)).toBeUndefined();
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      const elapsed = Math.round(performance.now() - started);
      console.log(`${name}: ${RUNS} runs over ${paths.length} prop paths, ${checked.size} distinct inputs checked in ${elapsed} ms`);
    });
  }
});
