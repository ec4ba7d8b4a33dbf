import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FreshModules } from "../support/props-hook";
import { planted, plantKey, plantSentinels, startPlanting, type Plant, type Variant } from "./sentinel-planting";

// The example organisation declares its constructs through the public API: each plants sentinels into its props.
vi.mock("../../constructs", async (importOriginal) => {
  const { hookedExports } = await import("../support/props-hook");
  return hookedExports(await importOriginal<Record<string, unknown>>());
});

let fresh: FreshModules;
beforeAll(async () => {
  // Test files share a worker's module cache: the organisation is imported afresh, through the mocked public API.
  vi.resetModules();
  const hook = await import("../support/props-hook");
  fresh = { hook, api: await import("../../constructs"), organisation: await import("../../stacks/organisation"), settings: await import("../../stacks/settings"), base: await import("../../src/monitoring-construct") };
  hook.transformProps(plantSentinels);
});

const folder = mkdtempSync(join(tmpdir(), "watchkeeper-sentinels-"));
afterAll(() => {
  fresh.hook.transformProps(undefined);
  vi.doUnmock("../../constructs");
  vi.resetModules();
  rmSync(folder, { recursive: true, force: true });
});

/** Every file under a folder, recursively. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Round {
  readonly plants: readonly Plant[];
  /** The synth's problems, or undefined when it wrote its output. */
  readonly problems?: readonly string[];
  /** The sentinels found in any file written. */
  readonly leaked: readonly Plant[];
}

let synths = 0;

/** Synthesizes the example organisation with sentinels planted the given way, and reads everything it wrote. */
function synthRound(variant: Variant, skip: ReadonlySet<string>): Round {
  synths += 1;
  const root = join(folder, `synth-${synths}`);
  startPlanting(variant, skip);
  let problems: readonly string[] | undefined;
  try {
    const app = new fresh.api.MonitoringApp({ outdir: join(root, "dist"), terraformOutdir: join(root, "cdktf.out") });
    fresh.organisation.declareOrganisation(app, fresh.settings.settingsFrom({}));
    app.synth();
  } catch (error) {
    if (!(error instanceof fresh.api.SynthError)) {
      throw error;
    }
    problems = error.problems;
  }
  const plants = planted();
  startPlanting(undefined);
  const written = (existsSync(root) ? files(root) : []).map((file) => readFileSync(file, "utf8"));
  return { plants, problems, leaked: plants.filter((plant) => written.some((text) => text.includes(plant.sentinel))) };
}

/** The last segment of a prop path, as a message names it: `steps[1].headers.X-Auth-Key` → `X-Auth-Key`. */
const lastSegment = (prop: string) => prop.replace(/\[\d+\]$/, "").split(/[.[\]]/).filter(Boolean).pop() ?? prop;

/** Whether a problem refuses the plant: it starts with the construct's path and names the prop. */
function refuses(problem: string, plant: Plant): boolean {
  return (problem.startsWith(`${plant.construct}: `) || problem.startsWith(`${plant.construct}/`)) && problem.includes(lastSegment(plant.prop));
}

/**
 * Plants the variant into every entry point, synthesizes, and plants again where no problem refused the plant,
 * until a synth writes its output (then no planted sentinel may be in it) or every plant was refused.
 */
function plantEverywhere(variant: Variant): { entryPoints: number; refused: number; absent: number; unaccounted: string[] } {
  const refused = new Set<string>();
  let entryPoints = 0;
  for (;;) {
    const round = synthRound(variant, refused);
    entryPoints = Math.max(entryPoints, round.plants.length + refused.size);
    expect(round.leaked.map(plantKey)).toEqual([]);
    if (round.problems === undefined) {
      return { entryPoints, refused: refused.size, absent: round.plants.length, unaccounted: [] };
    }
    const problems = round.problems;
    const named = round.plants.filter((plant) => problems.some((problem) => refuses(problem, plant)));
    if (named.length === 0) {
      return { entryPoints, refused: refused.size, absent: 0, unaccounted: round.plants.map(plantKey) };
    }
    named.forEach((plant) => refused.add(plantKey(plant)));
  }
}

describe("secrets planted through every entry point of the example organisation", () => {
  it.each<Variant>(["userinfo", "query", "request"])("%s: each is refused naming the construct and prop, or absent from every file written", (variant) => {
    const outcome = plantEverywhere(variant);
    console.log(`sentinels (${variant}): ${outcome.entryPoints} entry points planted, ${outcome.refused} refused, ${outcome.absent} absent from output`);
    expect(outcome.unaccounted).toEqual([]);
    expect(outcome.entryPoints).toBeGreaterThan(variant === "request" ? 10 : 100);
  });
});
