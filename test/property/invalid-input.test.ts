import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERROR_TRACKING_MUTATIONS, SLO_MUTATIONS, STACK_MUTATIONS } from "./declaration-mutations";
import { fullDeclaration } from "./declaration";
import type { Mutation } from "./mutation";
import { ROUTING_MUTATIONS, TEAM_MUTATIONS } from "./on-call-mutations";
import { rejectionFailure } from "./synth-outcome";

/** Fixed, so that every run checks the same inputs; fast-check prints it (and the path to replay) on failure. */
const SEED = 20_260_701;

const CATALOGUE = {
  OnCallTeam: TEAM_MUTATIONS,
  AlertRouting: ROUTING_MUTATIONS,
  ErrorTracking: ERROR_TRACKING_MUTATIONS,
  ServiceSlo: SLO_MUTATIONS,
  MonitoringStack: STACK_MUTATIONS,
};

/** Applies mutations in order to the full declaration. */
const mutated = (mutations: readonly Mutation[]) => mutations.reduce((declaration, mutation) => mutation.apply(declaration), fullDeclaration());

describe("invalid input", () => {
  it("starts from a declaration that synthesizes", () => {
    expect(rejectionFailure(fullDeclaration(), [])).toBe("synth succeeded: the invalid input was written out silently");
  });

  for (const [construct, mutations] of Object.entries(CATALOGUE).filter(([, list]) => list.length > 0)) {
    it(`of ${construct}, one bad field at a time, is a SynthError naming the construct, one line per problem`, () => {
      fc.assert(
        fc.property(fc.oneof(...mutations), (mutation) => {
          expect(rejectionFailure(mutation.apply(fullDeclaration()), [mutation.path])).toBeUndefined();
        }),
        { seed: SEED, numRuns: 4 * mutations.length, verbose: true },
      );
    });
  }

  it("with several bad fields across constructs, is a SynthError listing them all", () => {
    const mutation = fc.oneof(...Object.values(CATALOGUE).flat());
    const distinctKinds = fc.uniqueArray(mutation, { minLength: 2, maxLength: 5, selector: (m) => m.kind });
    fc.assert(
      fc.property(distinctKinds, (mutations) => {
        expect(rejectionFailure(mutated(mutations), [])).toBeUndefined();
      }),
      { seed: SEED, numRuns: 80, verbose: true },
    );
  });
});
