import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERROR_TRACKING_MUTATIONS, SLO_MUTATIONS, STACK_MUTATIONS } from "./declaration-mutations";
import { fullDeclaration } from "./declaration";
import type { Mutation, MutationArbitrary } from "./mutation";
import { ROUTING_MUTATIONS, TEAM_MUTATIONS } from "./on-call-mutations";
import { rejectionFailure } from "./synth-outcome";

/** Fixed, so that every run checks the same inputs; fast-check prints it (and the path to replay) on failure. */
const SEED = 20_260_701;

/**
 * Classes of bad input that synth still writes out, or reports in cdktf's or Node's words, and that the validation of
 * names, labels and stack-wide settings is about to reject.
 */
// fixed by the names workstream: team and owned-service names (empty, long, unicode, emoji, spaces, slashes, line
// breaks), ErrorTracking's service name, ServiceSlo's service and name (long ones fail with ENAMETOOLONG), labels
// (`1abc`, `a-b`, `""`, `__name__`, `severity`, `sloth_id`, quotes and line breaks in values), a description with
// `{{` or a line break, an events SLI without `total` (TypeError), a runbookUrl that is no web address, 90d with
// Datadog on, every MonitoringStack prop (grafanaUrl, kubernetesNamespace, datadogMetricNamespace, environment,
// vendorNameSuffix).
const FIXED_BY_NAMES = new Set([
  "team.name",
  "team.services.name",
  "errorTracking.service",
  "slo.service",
  "slo.name",
  "slo.labels",
  "slo.description",
  "slo.sli.events.total",
  "slo.runbookUrl",
  "slo.period90dDatadog",
  "stack.grafanaUrl",
  "stack.kubernetesNamespace",
  "stack.datadogMetricNamespace",
  "stack.environment",
  "stack.vendorNameSuffix",
]);

const enabled = (mutations: readonly MutationArbitrary[]) => mutations.filter((arbitrary) => !FIXED_BY_NAMES.has(arbitrary.kind));

const CATALOGUE = {
  OnCallTeam: enabled(TEAM_MUTATIONS),
  AlertRouting: enabled(ROUTING_MUTATIONS),
  ErrorTracking: enabled(ERROR_TRACKING_MUTATIONS),
  ServiceSlo: enabled(SLO_MUTATIONS),
  MonitoringStack: enabled(STACK_MUTATIONS),
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
