import type { AlertCheck, ExpectedAlert, InputSeries } from "../rule-tests/slo-tests";
import type { AlertingRule } from "../rules/rules";
import type { InfraPack } from "./catalog";
import { EXPORTER_JOBS } from "./catalog";
import { infraAlertRules, type InfraSpec } from "./infra-rules";
import { FILESYSTEM_HORIZON } from "./node-pack";
import type { ResolvedInfraAlert } from "./overrides";

/** One promtool test case of a pack: series at an input interval, evaluated every `evaluationMinutes`. */
export interface InfraTestCase {
  readonly name: string;
  readonly inputMinutes: number;
  readonly series: readonly InputSeries[];
  readonly alerts: readonly AlertCheck[];
}

/** The tests of one pack shape: one test file, evaluated on one grid. */
export interface InfraTestFile {
  readonly pack: InfraPack;
  readonly evaluationMinutes: number;
  readonly cases: readonly InfraTestCase[];
}

/** The rule's labels on top of the series', and its annotations with `{{ $labels.x }}` expanded, as promtool expects them. */
export function fired(rule: AlertingRule, series: Readonly<Record<string, string>>): ExpectedAlert {
  const expand = (text: string) => text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => series[name] ?? "");
  return {
    labels: { ...series, ...rule.labels },
    annotations: Object.fromEntries(Object.entries(rule.annotations).map(([key, text]) => [key, expand(text)])),
  };
}

const find = (spec: InfraSpec, name: string) => spec.alerts.find((alert) => alert.definition.name === name);
const namespaceOf = (alert: ResolvedInfraAlert) => alert.namespaces[0] ?? "default";
const hours = (duration: { hours: number } | undefined) => duration?.hours ?? 0;

/** A filesystem of 1000 bytes, 1% a hour: full at hour 100; every evaluation (30m) reads a sample of its own. */
const FILESYSTEM_HOURS = 100;
const FILESYSTEM_BYTES = 1000;
const HALF_HOUR = 30;

/**
 * Node-mixin's filesystem alert: a disk filling at a steady rate warns, then pages, before it is full (at the
 * alert's own thresholds, `for` and horizons), and a disk below both thresholds but flat stays quiet. Checks fall
 * an hour from every change of state, so that they hold on any 30-minute grid.
 */
function filesystemFile(spec: InfraSpec): InfraTestFile | undefined {
  const alert = find(spec, "NodeFilesystemSpaceFillingUp");
  if (alert === undefined) return undefined;
  const rules = infraAlertRules(spec, alert);
  const labels = { device: "/dev/sda1", fstype: "ext4", instance: "node-1:9100", job: EXPORTER_JOBS.nodeExporter, mountpoint: "/" };
  const samples = (FILESYSTEM_HOURS * 60) / HALF_HOUR;
  const step = FILESYSTEM_BYTES / samples;
  const filesystem = (available: string): InputSeries[] => [
    { metric: "node_filesystem_avail_bytes", labels, values: available },
    { metric: "node_filesystem_size_bytes", labels, values: `${FILESYSTEM_BYTES}x${samples}` },
    { metric: "node_filesystem_readonly", labels, values: `0x${samples}` },
  ];
  // The hour each level starts firing: below its threshold and full within its horizon, then held for `for`.
  const firesAt = alert.levels.map((level) => {
    const start = Math.max(FILESYSTEM_HOURS - level.threshold, FILESYSTEM_HOURS - FILESYSTEM_HORIZON[level.level].hours);
    return Math.ceil(start + hours(level.for));
  });
  const checkHours = [...new Set([Math.max(1, firesAt[0] - 2), ...firesAt.map((hour) => hour + 1)])].filter((hour) => hour < FILESYSTEM_HOURS);
  const filling: AlertCheck[] = checkHours.map((hour) => ({
    minute: hour * 60,
    alertname: alert.definition.name,
    firing: rules.filter((_, index) => firesAt[index] < hour).map((rule) => fired(rule, labels)),
  }));
  const lowest = Math.min(...alert.levels.map((level) => level.threshold));
  return {
    pack: "nodes",
    evaluationMinutes: HALF_HOUR,
    cases: [
      { name: "a disk filling at a steady rate alerts before it is full", inputMinutes: HALF_HOUR, series: filesystem(`${FILESYSTEM_BYTES}-${step}x${samples}`), alerts: filling },
      {
        name: "a disk below every threshold but not filling stays quiet",
        inputMinutes: HALF_HOUR,
        series: filesystem(`${(FILESYSTEM_BYTES * lowest) / 200}x${samples}`),
        alerts: [{ minute: (FILESYSTEM_HOURS - 1) * 60, alertname: alert.definition.name, firing: [] }],
      },
    ],
  };
}

const CRASH_START = 10;

/** kubernetes-mixin's crash loop alert: a container waiting in CrashLoopBackOff alerts after `for`; a healthy one never. */
function crashLoopFile(spec: InfraSpec): InfraTestFile | undefined {
  const alert = find(spec, "KubePodCrashLooping");
  if (alert === undefined) return undefined;
  const [rule] = infraAlertRules(spec, alert);
  const forMinutes = alert.levels[0].for?.minutes ?? 0;
  const end = CRASH_START + forMinutes + 30;
  const container = (pod: string) => ({
    container: "api",
    job: EXPORTER_JOBS.kubeStateMetrics,
    namespace: namespaceOf(alert),
    pod,
    reason: "CrashLoopBackOff",
  });
  const crashing = container("api-7d9f-crash");
  const steps = end / 5;
  return {
    pack: "containers",
    evaluationMinutes: 5,
    cases: [
      {
        name: "a crash-looping container alerts after its for, a healthy one does not",
        inputMinutes: 5,
        series: [
          { metric: "kube_pod_container_status_waiting_reason", labels: crashing, values: `0x${CRASH_START / 5 - 1} 1x${steps - CRASH_START / 5}` },
          { metric: "kube_pod_container_status_waiting_reason", labels: container("api-7d9f-healthy"), values: `0x${steps}` },
        ],
        alerts: [
          ...(forMinutes >= 10 ? [{ minute: CRASH_START + forMinutes - 5, alertname: rule.alert, firing: [] }] : []),
          { minute: CRASH_START + forMinutes + 10, alertname: rule.alert, firing: [fired(rule, crashing)] },
        ],
      },
    ],
  };
}

/** The generated test files of a cluster's packs: one per pack shape the cluster has. */
export function infraTestFiles(spec: InfraSpec): InfraTestFile[] {
  return [filesystemFile(spec), crashLoopFile(spec)].filter((file): file is InfraTestFile => file !== undefined);
}
