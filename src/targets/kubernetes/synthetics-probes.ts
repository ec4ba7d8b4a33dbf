import { Probe } from "../../providers/k8s/monitoring.coreos.com";
import { httpSteps, probeJob, probeTargetLabels, probeTimeout, type FlowSpec } from "../../domain/synthetics/flow";
import { probeSource, type SignalSource } from "../../domain/signals/signal-source";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

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
        scrapeTimeout: probeTimeout(spec).toString(),
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
