import { afterEach, describe, expect, it, vi } from "vitest";
import { checkerProcesses, ruleTestEnvironment, run, testRules } from "../../../src/cli/checks/tools";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the checkers' processes", () => {
  it("run with the given variables added to this process's environment", async () => {
    vi.stubEnv("WATCHKEEPER_KEPT", "kept");
    const result = await run("sh", ["-c", 'echo "$GOGC $WATCHKEEPER_KEPT"'], undefined, { GOGC: "7" });
    expect(result).toMatchObject({ ok: true, output: "7 kept\n" });
  });

  it("run promtool's rule tests with Go's garbage collector at 400, unless GOGC is set", async () => {
    vi.stubEnv("GOGC", undefined);
    expect(ruleTestEnvironment()).toEqual({ GOGC: "400" });
    const spawned = vi.spyOn(checkerProcesses, "run").mockResolvedValue({ command: "promtool", ok: true, output: "" });
    await testRules(["/rules/a.test.yml"], "/rules");
    expect(spawned).toHaveBeenCalledWith("promtool", ["test", "rules", "a.test.yml"], "/rules", { GOGC: "400" });
    vi.stubEnv("GOGC", "150");
    expect(ruleTestEnvironment()).toEqual({ GOGC: "150" });
  });
});
