import { metaMonitoringSchema } from "../../src/domain/meta/meta-monitoring-schema";
import type { Construct } from "constructs";
import type { MetaMonitoringProps } from "../../src/domain/meta/meta-monitoring-props";
import { componentSignals, type MetaSpec } from "../../src/domain/meta/meta-rules";
import { parseHeartbeat, parseMeta, scrapeJobs } from "../../src/domain/meta/parse-meta";
import { Problems } from "../../src/domain/problems";
import type { HeartbeatRoute } from "../../src/domain/routing/routing-plan";
import type { SignalSource } from "../../src/domain/signals/signal-source";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { META_RULES_NAME, metaRules, writeMetaRuleTests } from "../../src/targets/prometheus/meta-rule-files";

/**
 * The monitoring watching itself, in kube-prometheus' conventions (one per stack):
 *
 * - a heartbeat: `Watchdog`, always firing, which the stack's AlertRouting delivers to a dead man's switch every
 *   `heartbeat.repeatInterval` (never muted, never inhibited): when the pings stop, the switch raises the alarm
 *   that Prometheus and Alertmanager can no longer raise themselves;
 * - Prometheus failing to evaluate rules or missing evaluations, failing to reload its configuration, not connected
 *   to an Alertmanager, failing to send to one, dropping alerts; Alertmanager failing to reload or to notify;
 * - a ticket within 10 minutes for every scrape job of the stack (the exporters, the OpenTelemetry collectors,
 *   Prometheus and Alertmanager themselves) whose targets are down or gone. Probe jobs are the synthetic checks'.
 *
 * Each alert links `<runbookBaseUrl>/<alertname in lower case>`; promtool tests of every alert are written beside
 * the rules.
 *
 * @example
 * new MetaMonitoring(stack, "meta", {
 *   owner: platform, runbookBaseUrl: "https://runbooks.example.com/monitoring",
 *   heartbeat: { webhook: { url: SecretRef.kubernetes("watchkeeper-alertmanager", "heartbeat-url") } },
 * });
 */
export class MetaMonitoring extends MonitoringConstruct<MetaMonitoringProps, MetaSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = metaMonitoringSchema;

  constructor(scope: Construct, id: string, props: MetaMonitoringProps) {
    super(scope, id, props);
    this.claimName("meta-monitoring rule file", META_RULES_NAME);
  }

  /**
   * The heartbeat's route, for the stack's AlertRouting; undefined while the heartbeat's props have problems (this
   * construct reports them). Read from the props alone, so that routing and this construct never wait on each other.
   */
  heartbeatRoute(): HeartbeatRoute | undefined {
    return parseHeartbeat(this.props.heartbeat, this.stack.environment, new Problems());
  }

  protected parse(problems: Problems): MetaSpec | undefined {
    const { props, stack } = this;
    const parsed = parseMeta(props, problems);
    parseHeartbeat(props.heartbeat, stack.environment, problems.under("heartbeat"));
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const sources = [...this.otherDeclarationsSources(), ...stack.externalSources(), ...componentSignals(this.node.path, parsed.jobs)];
    return { ...parsed, owner, environment: stack.environment, scrapeJobs: scrapeJobs(sources) };
  }

  /** The sources the stack's other declarations make exist (another MetaMonitoring's aside, which synth rejects). */
  private otherDeclarationsSources(): SignalSource[] {
    return this.stack
      .declarations()
      .filter((declaration) => !(declaration instanceof MetaMonitoring))
      .flatMap((declaration) => declaration.planned().outputs.flatMap((output) => output.signals ?? []));
  }

  protected outputs(spec: MetaSpec): Outputs {
    const rules = metaRules(spec);
    return {
      prometheus: {
        rules: [rules],
        signals: componentSignals(this.node.path, spec.jobs),
        write: (scope) => writeMetaRuleTests(scope, spec, rules),
      },
    };
  }
}
