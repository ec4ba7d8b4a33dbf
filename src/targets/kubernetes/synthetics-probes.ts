import { Duration } from "../../domain/duration";
import { Probe } from "../../providers/k8s/monitoring.coreos.com";
import { httpSteps, type FlowSpec } from "../../domain/synthetics/flow";
import { probeSource, type SignalSource } from "../../domain/signals/signal-source";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

/** How long a probe may take: the blackbox module's timeout. */
const PROBE_TIMEOUT = Duration.parse("10s");

/** The job of a flow's Probes: every series of its probes carries it as `job`. */
export function probeJob(spec: Pick<FlowSpec, "id">): string {
  return `synthetics/${spec.id}`;
}

/** The labels of every series of a flow's Probe at a location, besides `job` and `instance`. */
export function probeTargetLabels(spec: FlowSpec, location: string): Record<string, string> {
  return { env: spec.alertLabels.env, service: spec.service, flow: spec.id, location };
}

/** The series a flow's Probes produce, one source per location, for the stack's signal graph. */
export function probeSignals(path: string, spec: FlowSpec): SignalSource[] {
  return spec.locations.map((location) => probeSource(path, probeJob(spec), probeTargetLabels(spec, location.name)));
}

/**
 * A flow's Probes, one per location: a Probe knows no location, so each names the blackbox exporter that probes
 * from it (`prober`) and labels its series with `location`, besides `env`, `service` and `flow`, which the
 * flow's rules select. The module is the flow's, from the stack's blackbox.yml.
 */
export function writeProbes(scope: TargetScope, spec: FlowSpec, probers: Readonly<Record<string, string>>): void {
  const [step] = httpSteps(spec);
  for (const location of spec.locations) {
    new Probe(scope.kubernetesChart(), `probe-${location.name}`, {
      metadata: {
        name: `${spec.id}-${location.name}`,
        labels: { ...MANAGED_BY, "app.kubernetes.io/part-of": spec.service },
      },
      spec: {
        jobName: probeJob(spec),
        interval: spec.frequency.toString(),
        scrapeTimeout: Duration.ofMilliseconds(Math.min(PROBE_TIMEOUT.milliseconds, spec.frequency.milliseconds)).toString(),
        module: spec.id,
        prober: { url: probers[location.name] },
        targets: {
          staticConfig: {
            static: [step.url],
            labels: probeTargetLabels(spec, location.name),
          },
        },
      },
    });
  }
}
