import { describe, expect, it } from "vitest";
import { projectSources as sources } from "../support/files";

/** The module specifiers a file imports or re-exports, type-only ones included. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((match) => match[1]);
}

describe("layers", () => {
  it("keep vendor bindings out of constructs: only src/targets imports them", () => {
    const offenders = [...sources("constructs")].flatMap(([path, text]) =>
      importsOf(text)
        .filter((specifier) => specifier.startsWith("@cdktf/provider-") || specifier.includes("src/providers/"))
        .map((specifier) => `${path} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keep the domain free of engines, vendors and the layers above it", () => {
    const offenders = [...sources("src/domain")].flatMap(([path, text]) =>
      importsOf(text)
        .filter((specifier) => /^(cdktf|cdk8s|constructs|@cdktf\/)/.test(specifier) || /\/(targets|providers|constructs)\//.test(specifier))
        .map((specifier) => `${path} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});

it("importsOf finds plain, type-only and re-exported imports", () => {
  const text = 'import a from "x";\nimport type { B } from "y";\nexport { c } from "z";\n';
  expect(importsOf(text)).toEqual(["x", "y", "z"]);
});
