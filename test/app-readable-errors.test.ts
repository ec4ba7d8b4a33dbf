import { afterEach, describe, expect, it, vi } from "vitest";
import { ServiceSlo } from "../constructs";
import { summaryLine } from "../src/app";
import { condensedCrash, readableError } from "../src/readable-error";
import { availabilityProps, team, testApp, testStack } from "./support/app";

/** What Node prints on standard error when an app file run by tsx throws a TypeError nobody catches. */
const NODE_REPORT = `/home/team/monitoring/stacks/main.ts:5
console.log(settings.grafanaUrl);
                     ^


TypeError: Cannot read properties of undefined (reading 'grafanaUrl')
    at <anonymous> (/home/team/monitoring/stacks/main.ts:5:22)
    at Object.<anonymous> (/home/team/monitoring/stacks/main.ts:6:9)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    at Object.transformer (/home/team/monitoring/node_modules/tsx/dist/register-B1c7OH6V.cjs:22:2188)

Node.js v20.20.2
`;

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("readable failures", () => {
  it("summarizes a stack in one line", () => {
    expect(summaryLine({ stack: "production", terraformResources: 123, files: 45, alerts: 30 })).toBe(
      "production: 123 Terraform resources, 45 files, 30 alerts",
    );
    expect(summaryLine({ stack: "staging", terraformResources: 1, files: 1, alerts: 0 })).toBe("staging: 1 Terraform resource, 1 file, 0 alerts");
  });

  it("shows an error of the app's own code as one line plus where, without the stack trace", () => {
    const text = readableError(new TypeError("boom"));
    expect(text).toMatch(/^TypeError: boom\n {2}at test\/app-readable-errors\.test\.ts:\d+:\d+$/);
  });

  it("condenses Node's report of an uncaught error to the error and the app's line", () => {
    const cwd = vi.spyOn(process, "cwd").mockReturnValue("/home/team/monitoring");
    expect(condensedCrash(NODE_REPORT)).toBe("TypeError: Cannot read properties of undefined (reading 'grafanaUrl')\n  at stacks/main.ts:5:22");
    expect(cwd).toHaveBeenCalled();
    const synthError = "\nSynthError: 1 problem to fix before synth:\n  - production/slo: fix it\n    at MonitoringApp.synth (/app/node_modules/watchkeeper/lib/src/app.js:1:1)\n";
    expect(condensedCrash(synthError)).toBe("1 problem to fix before synth:\n  - production/slo: fix it");
    expect(condensedCrash("1 problem to fix before synth:\n  - production/slo: fix it\n")).toBeUndefined();
  });

  it("run() prints the problems as a list and sets exit code 1, or a summary line per stack", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const invalid = testApp();
    const stack = testStack(invalid.app, "production");
    new ServiceSlo(stack, "slo", availabilityProps({ owner: team(stack), objective: 100 }));
    invalid.app.run();
    expect(process.exitCode).toBe(1);
    expect(error.mock.calls).toEqual([
      [expect.stringMatching(/^1 problem to fix before synth:\n {2}- production\/slo: objective: 100 is not a percentage above 0 and below 100; [^\n]+$/)],
    ]);
    expect(log).not.toHaveBeenCalled();

    process.exitCode = undefined;
    error.mockClear();
    const valid = testApp();
    const production = testStack(valid.app, "production");
    new ServiceSlo(production, "slo", availabilityProps({ owner: team(production) }));
    valid.app.run();
    expect(process.exitCode).toBeUndefined();
    expect(error).not.toHaveBeenCalled();
    expect(log.mock.calls).toEqual([[expect.stringMatching(/^production: \d+ Terraform resources, \d+ files, \d+ alerts$/)]]);
  });
});
