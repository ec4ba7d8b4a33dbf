import { ServiceSlo } from "../../../constructs";
import type { AppInspection } from "../../../src/app";
import { availabilityProps, team, testApp, testStack } from "../../support/app";

/** What a real app of one stack wrote and answers: its synth folder (cdktf.out/ and dist/) and its inspection. */
export interface GenuineOutput {
  readonly folder: string;
  readonly inspection: AppInspection;
}

let made: GenuineOutput | undefined;

/** A small real app's output, made once: a team and an availability SLO in stack production. */
export function genuineOutput(): GenuineOutput {
  if (made === undefined) {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner: team(stack), outputs: { datadog: false } });
    test.app.synth();
    made = { folder: test.folder, inspection: test.app.inspect() };
  }
  return made;
}
