import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The parts of Watchkeeper's own package.json that a scaffolded repository takes its versions from. */
export interface OwnManifest {
  /** Watchkeeper's version: the scaffold depends on the release that wrote it. */
  readonly version: string;
  /** Watchkeeper's peer dependencies (cdktf, cdk8s, constructs) and their ranges. */
  readonly peerDependencies: Readonly<Record<string, string>>;
  /** The versions Watchkeeper is built and tested with, which pin the scaffold's tools. */
  readonly devDependencies: Readonly<Record<string, string>>;
}

/**
 * Watchkeeper's own package.json, found by walking up from this module: the same file whether the CLI runs from
 * the sources (src/cli/scaffold/) or from the published build (lib/src/cli/scaffold/).
 */
export function ownManifest(from: string = __dirname): OwnManifest {
  for (let folder = from; ; folder = dirname(folder)) {
    const path = join(folder, "package.json");
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, "utf8")) as OwnManifest & { name?: string };
      if (manifest.name === "watchkeeper") {
        return manifest;
      }
    }
    if (dirname(folder) === folder) {
      throw new Error(`no package.json of watchkeeper above ${from}; reinstall the watchkeeper package`);
    }
  }
}

/** The version of a package Watchkeeper is built and tested with (a dev dependency of its package.json). */
export function testedVersion(manifest: OwnManifest, name: string): string {
  const version = manifest.devDependencies[name];
  if (version === undefined) {
    throw new Error(`watchkeeper's package.json pins no version of ${name}, which a scaffolded repository needs`);
  }
  return version;
}
