import type { AlertCheck, ExpectedAlert, InputSeries } from "../rule-tests/slo-tests";
import { kubeletVolumeLabels, nodeExporterLabels } from "../rule-tests/exporter-series";
import type { CapacitySpec } from "./capacity";
import { CAPACITY_ALERTS, CAPACITY_FOR, capacityAlerts, RECENT_TREND } from "./capacity";
import { firedAlert, type InfraTestCase } from "./alert-fixtures";
import { infraAlertRules, type InfraSpec } from "./infra-rules";
import { MINIMUM_EGRESS_BYTES_PER_SECOND } from "./network-security-pack";
import { FILESYSTEM_TRENDS } from "./node-pack";
import { VOLUME_TREND_WINDOW, VOLUME_WARNING_HORIZON } from "./kubernetes-pack";
import type { ResolvedInfraAlert } from "./overrides";
import { deriv, firing, predictLinear, rate, robustEvaluations, TimedSeries } from "./trend-model";
import { ALLOCATABLE, claimVolume, clusterRequests, DAY, DISK_BYTES, dailyRotation, egress, evaluations, filling, freeBytes, nodeFilesystem } from "./trend-scenarios";

/** One subject's condition per evaluation, and the alert it fires. */
interface Watched {
  /** The disk, volume, resource or namespace, for the case's name. */
  readonly subject: string;
  readonly alertname: string;
  readonly conditions: readonly boolean[];
  readonly forMinutes: number;
  readonly fired: ExpectedAlert;
}

const HOUR = 3600;

/**
 * Checks of the alerts watched: at the evaluations where their firing state changes (one evaluation either side
 * holding it), and every `every` minutes of a stretch, so that a quiet stretch is checked all along.
 */
function checks(watched: readonly Watched[], evaluationMinutes: number, every: number): AlertCheck[] {
  const names = [...new Set(watched.map((item) => item.alertname))];
  return names.flatMap((alertname) => {
    const mine = watched.filter((item) => item.alertname === alertname);
    const fires = mine.map((item) => firing(item.conditions, evaluationMinutes, item.forMinutes));
    const states = fires[0].map((_, index) => fires.map((flags) => (flags[index] ? "1" : "0")).join(""));
    const periodic = states.map((_, index) => index).filter((index) => (index * evaluationMinutes) % every === 0 && index > 0 && states[index - 1] === states[index] && states[index + 1] === states[index]);
    const at = [...new Set([...robustEvaluations(states), ...periodic])].sort((a, b) => a - b);
    return at.map((index) => ({ minute: index * evaluationMinutes, alertname, firing: mine.filter((_, item) => fires[item][index]).map((item) => item.fired) }));
  });
}

/** When each watched alert first fires, in words, counted from `from` minutes (negative: before it): the case's name says what it proves. */
function outcome(watched: readonly Watched[], evaluationMinutes: number, from: number, unit: "m" | "h"): string {
  const fired = watched.flatMap((item) => {
    const first = firing(item.conditions, evaluationMinutes, item.forMinutes).indexOf(true);
    if (first < 0) return [];
    const minutes = first * evaluationMinutes - from;
    const amount = unit === "h" ? `${Math.abs(minutes) / 60}h` : `${Math.abs(minutes)}m`;
    return [`${item.alertname} (${item.fired.labels.severity}) on ${item.subject} ${minutes < 0 ? `${amount} before` : `at +${amount}`}`];
  });
  return fired.length === 0 ? "nothing fires" : fired.join(", ");
}

/** NodeFilesystemSpaceFillingUp on a node's free bytes: per level, whether its condition holds at each evaluation. */
function nodeFilesystemWatched(spec: InfraSpec, alert: ResolvedInfraAlert, node: string, free: TimedSeries, times: readonly number[]): Watched[] {
  const { recent, days } = FILESYSTEM_TRENDS;
  const rules = infraAlertRules(spec, alert);
  const labels = { ...nodeExporterLabels(node), device: "/dev/nvme0n1p1", fstype: "ext4", mountpoint: "/" };
  return alert.levels.map((level, index) => ({
    subject: node,
    alertname: alert.definition.name,
    forMinutes: level.for?.minutes ?? 0,
    fired: firedAlert(rules[index], labels),
    conditions: times.map((at) => {
      const percent = ((free.instant(at) ?? DISK_BYTES.node) / DISK_BYTES.node) * 100;
      const fillsWithin = (trend: { lookback: { seconds: number }; horizon: { seconds: number } }) => (predictLinear(free, at, trend.lookback.seconds, trend.horizon.seconds) ?? 0) < 0;
      const history = free.range(at, HOUR, days.lookback.seconds).length > 0;
      return percent < level.threshold && (fillsWithin(recent) || (level.level === "warning" && history && fillsWithin(days)));
    }),
  }));
}

/** KubePersistentVolumeFillingUp on a claim: below the level's share free (and, for the warning, full within 4 days at the 6 hours' trend). */
function volumeFillingWatched(spec: InfraSpec, alert: ResolvedInfraAlert, claim: string, free: TimedSeries, times: readonly number[]): Watched[] {
  const rules = infraAlertRules(spec, alert);
  return alert.levels.map((level, index) => ({
    subject: claim,
    alertname: alert.definition.name,
    forMinutes: level.for?.minutes ?? 0,
    fired: firedAlert(rules[index], kubeletVolumeLabels("data", claim)),
    conditions: times.map((at) => {
      const bytes = free.instant(at) ?? DISK_BYTES.claim;
      const below = bytes / DISK_BYTES.claim < level.threshold / 100 && bytes < DISK_BYTES.claim;
      return below && (level.level === "critical" || (predictLinear(free, at, VOLUME_TREND_WINDOW.seconds, VOLUME_WARNING_HORIZON.seconds) ?? 0) < 0);
    }),
  }));
}

/** PersistentVolumeRunningOut on a claim: full within the horizon at the lookback's trend (with its history), or within 4 hours at the last hour's. */
function volumeRunningOutWatched(spec: InfraSpec, capacity: CapacitySpec, namespace: string, claim: string, free: TimedSeries, used: TimedSeries, times: readonly number[]): Watched {
  const rule = capacityAlerts(spec, capacity).find((candidate) => candidate.alert === CAPACITY_ALERTS.volume);
  const fullWithin = (lookback: number, horizon: number, at: number) => {
    const slope = deriv(used, at, lookback) ?? 0;
    return slope > 0 && (free.instant(at) ?? 0) / slope < horizon;
  };
  return {
    subject: claim,
    alertname: CAPACITY_ALERTS.volume,
    forMinutes: CAPACITY_FOR.minutes,
    fired: firedAlert(rule!, { namespace, persistentvolumeclaim: claim }),
    conditions: times.map(
      (at) =>
        fullWithin(RECENT_TREND.lookback.seconds, RECENT_TREND.horizon.seconds, at) ||
        (used.range(at, RECENT_TREND.lookback.seconds, capacity.lookback.seconds).length > 0 && fullWithin(capacity.lookback.seconds, capacity.horizon.seconds, at)),
    ),
  };
}

/** The hours-long forecast case: a disk and a volume filling from 10% to 100% in 6 hours, and a fuller one that stays flat. */
export function fillingCase(spec: InfraSpec, capacity: CapacitySpec | undefined, evaluationMinutes: number): InfraTestCase | undefined {
  const filesystem = spec.alerts.find((alert) => alert.definition.name === "NodeFilesystemSpaceFillingUp");
  if (filesystem === undefined && capacity === undefined) return undefined;
  const step = 5;
  const start = 125;
  const minutes = start + 350;
  const samples = minutes / step + 1;
  const times = evaluations(minutes, evaluationMinutes);
  const used = { filling: filling(samples, step, 10, start, 15), flat: filling(samples, step, 85, 0, 0) };
  const series: InputSeries[] = [];
  const watched: Watched[] = [];
  for (const [name, percent] of Object.entries(used)) {
    const nodeFree = freeBytes(percent, DISK_BYTES.node, `${name}-node`);
    const claimFree = freeBytes(percent, DISK_BYTES.claim, `${name}-claim`);
    series.push(...nodeFilesystem(`${name}-node`, nodeFree, DISK_BYTES.node), ...claimVolume("data", `${name}-claim`, claimFree, DISK_BYTES.claim));
    if (filesystem !== undefined) watched.push(...nodeFilesystemWatched(spec, filesystem, `${name}-node`, new TimedSeries(nodeFree, step * 60), times));
    if (capacity !== undefined) {
      const free = new TimedSeries(claimFree, step * 60);
      const usedBytes = new TimedSeries(claimFree.map((bytes) => DISK_BYTES.claim - bytes), step * 60);
      watched.push(volumeRunningOutWatched(spec, capacity, "data", `${name}-claim`, free, usedBytes, times));
    }
  }
  return {
    name: `disks and volumes filling from 10% to 100% in 6h, and flat at 85%: ${outcome(watched, evaluationMinutes, start + 360, "m").replace(/ before/g, " before full")}`,
    inputMinutes: step,
    series,
    alerts: checks(watched, evaluationMinutes, 60),
  };
}

/**
 * The days-long case: disks and volumes rotated daily between 30% and 80% (never a forecast), a disk filling 0.5% an
 * hour and a volume 0.25% an hour (forecast by the long trends once they have their history), the cluster's CPU
 * requests growing 3% of allocatable a day, and a namespace sending four times what it did a week before.
 */
export function daysCase(spec: InfraSpec, capacity: CapacitySpec | undefined, evaluationMinutes: number): InfraTestCase {
  const step = 15;
  const minutes = Math.max(capacity?.lookback.minutes ?? 0, 7 * DAY.minutes) + 6 * 60;
  const samples = minutes / step + 1;
  const times = evaluations(minutes, evaluationMinutes);
  const series: InputSeries[] = [];
  const watched: Watched[] = [];
  const filesystem = spec.alerts.find((alert) => alert.definition.name === "NodeFilesystemSpaceFillingUp");
  const disks = { rotating: dailyRotation(samples, step, 30, 80, 180), filling: filling(samples, step, 10, 0, 0.5) };
  for (const [name, percent] of Object.entries(disks)) {
    const free = freeBytes(percent, DISK_BYTES.node, `${name}-node`);
    series.push(...nodeFilesystem(`${name}-node`, free, DISK_BYTES.node));
    if (filesystem !== undefined) watched.push(...nodeFilesystemWatched(spec, filesystem, `${name}-node`, new TimedSeries(free, step * 60), times));
  }
  const claims = { rotating: dailyRotation(samples, step, 30, 80, 180), filling: filling(samples, step, 10, 0, 0.25) };
  for (const [name, percent] of Object.entries(claims)) {
    const free = freeBytes(percent, DISK_BYTES.claim, `${name}-claim`);
    series.push(...claimVolume("data", `${name}-claim`, free, DISK_BYTES.claim));
    const volume = spec.alerts.find((alert) => alert.definition.name === "KubePersistentVolumeFillingUp");
    if (volume !== undefined) watched.push(...volumeFillingWatched(spec, volume, `${name}-claim`, new TimedSeries(free, step * 60), times));
    if (capacity !== undefined) {
      const used = new TimedSeries(free.map((bytes) => DISK_BYTES.claim - bytes), step * 60);
      watched.push(volumeRunningOutWatched(spec, capacity, "data", `${name}-claim`, new TimedSeries(free, step * 60), used, times));
    }
  }
  if (capacity !== undefined) {
    const cluster = clusterRequests(samples, step);
    series.push(...cluster.series);
    const rule = capacityAlerts(spec, capacity).find((candidate) => candidate.alert === CAPACITY_ALERTS.cluster);
    for (const resource of ["cpu", "memory"] as const) {
      const recorded = new TimedSeries(times.map((at) => cluster.requests[resource][at / (step * 60)]), evaluationMinutes * 60);
      const conditions = times.map((at) => {
        const slope = deriv(recorded, at, capacity.lookback.seconds) ?? 0;
        return slope > 0 && (ALLOCATABLE[resource] - (recorded.instant(at) ?? 0)) / slope < capacity.horizon.seconds;
      });
      watched.push({ subject: `${resource} requests`, alertname: CAPACITY_ALERTS.cluster, forMinutes: CAPACITY_FOR.minutes, fired: firedAlert(rule!, { resource }), conditions });
    }
  }
  const unexpected = spec.alerts.find((alert) => alert.definition.name === "UnexpectedEgress");
  if (unexpected !== undefined) {
    const [level] = unexpected.levels;
    const [rule] = infraAlertRules(spec, unexpected);
    for (const [namespace, after] of [["exports", 4 * 2], ["steady", 2]] as const) {
      const sent = egress(namespace, samples, step, 2, after, 7 * DAY.minutes);
      series.push(sent.series);
      const bytes = new TimedSeries(sent.bytes, step * 60);
      const conditions = times.map((at) => {
        const [now, before] = [rate(bytes, at, 1800), rate(bytes, at, 1800, 7 * DAY.seconds)];
        return now !== undefined && before !== undefined && now > level.threshold * before && now > MINIMUM_EGRESS_BYTES_PER_SECOND;
      });
      watched.push({ subject: `namespace ${namespace}`, alertname: unexpected.definition.name, forMinutes: level.for?.minutes ?? 0, fired: firedAlert(rule, { namespace }), conditions });
    }
  }
  return {
    name: `disks and volumes rotated daily between 30% and 80%, filling 0.5% and 0.25% an hour; CPU requests growing 3% of allocatable a day; a namespace sending 4x what it did a week before: ${outcome(watched, evaluationMinutes, 0, "h")}`,
    inputMinutes: step,
    series,
    alerts: checks(watched, evaluationMinutes, 6 * 60),
  };
}
