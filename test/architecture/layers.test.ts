import { describe, expect, it } from "vitest";
import { projectSources as sources } from "../support/files";
import { importsOf } from "../support/imports";

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

it("importsOf finds plain, type-only, re-exported, required and dynamic imports", () => {
  const text = 'import a from "x";\nimport type { B } from "y";\nexport { c } from "z";\nconst d = require("r");\nawait import("i");\n';
  expect(importsOf(text)).toEqual(["x", "y", "z", "r", "i"]);
});
