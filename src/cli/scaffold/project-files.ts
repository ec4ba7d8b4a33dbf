import { testedVersion, type OwnManifest } from "./own-manifest";

/** The packages a scaffolded repository depends on, beside watchkeeper itself: its peers, at tested versions. */
const PEERS = ["cdk8s", "cdktf", "constructs"];
/** The tools a scaffolded repository develops with: TypeScript, tsx to run the app, vitest for its tests. */
const TOOLS = ["@types/node", "tsx", "typescript", "vitest"];

/** `^version` of a package Watchkeeper is built and tested with. */
function testedRange(manifest: OwnManifest, name: string): string {
  return `^${testedVersion(manifest, name)}`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The team repository's package.json: watchkeeper at the running release, its peer dependencies and tools at the
 * versions this release is tested with; `synth`, `test` (type check and snapshot test) and `snapshots` (accepts
 * the current output: the old snapshots are removed first, so removed files go too).
 */
export function packageJson(team: string, manifest: OwnManifest): string {
  return json({
    name: `${team}-monitoring`,
    version: "0.0.0",
    private: true,
    description: `Monitoring of team ${team} as code: SLOs, alerts and on-call routing, synthesized by Watchkeeper`,
    type: "module",
    scripts: {
      synth: "watchkeeper synth",
      test: "tsc && vitest run",
      snapshots: `node -e "require('node:fs').rmSync('snapshots', { recursive: true, force: true })" && vitest run --update`,
    },
    dependencies: Object.fromEntries([["watchkeeper", `^${manifest.version}`], ...PEERS.map((name) => [name, testedRange(manifest, name)])]),
    devDependencies: Object.fromEntries(TOOLS.map((name) => [name, testedRange(manifest, name)])),
  });
}

/** Strict TypeScript on Node's own module resolution, type-checking only (tsx runs the code). */
export function tsconfigJson(): string {
  return json({
    compilerOptions: {
      target: "es2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
    },
    include: ["*.ts", "test"],
  });
}

/** cdktf.json naming the app, for `watchkeeper synth` and cdktf-cli. */
export function cdktfJson(): string {
  return json({ language: "typescript", app: "npx tsx main.ts" });
}

/**
 * What git leaves out: dependencies, the synthesized output and Terraform's local files. The output folders are
 * anchored at the root, so that their copies under snapshots/ are committed.
 */
export function gitignore(): string {
  return ["node_modules/", "/cdktf.out/", "/dist/", ".terraform/", "*.tfstate", "*.tfstate.backup", ""].join("\n");
}
