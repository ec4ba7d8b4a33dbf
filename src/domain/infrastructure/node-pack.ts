import { Duration } from "../duration";
import * as promql from "../promql";
import { EXPORTER_JOBS, job, label, type ExpressionInput, type InfraAlertDefinition } from "./catalog";

const NODE = [job(EXPORTER_JOBS.nodeExporter)];
const FILESYSTEMS = [...NODE, label("fstype", "!=", ""), label("mountpoint", "!=", "")];

/**
 * The filesystem trends, each trusted as far ahead as four times its lookback at most: the last hour's, which
 * catches a disk filling in hours and forgets a daily rotation's sawtooth quickly enough never to extrapolate it
 * past 80%, over 4 hours; and (warnings only) two days', which averages daily cycles out, over 24 hours, once the
 * filesystem has two days of history (a shorter history would read a day's growth as the trend).
 */
export const FILESYSTEM_TRENDS = {
  recent: { lookback: Duration.hours(1), horizon: Duration.hours(4) },
  days: { lookback: Duration.days(2), horizon: Duration.hours(24) },
} as const;

function filesystemFillingUp({ level, threshold, select }: ExpressionInput): promql.PromQL {
  const available = select("node_filesystem_avail_bytes", FILESYSTEMS);
  const freePercent = promql.compare(
    promql.times(promql.divide(promql.selector(available), promql.selector(select("node_filesystem_size_bytes", FILESYSTEMS))), 100),
    "<",
    threshold,
  );
  const fillsWithin = (trend: { lookback: Duration; horizon: Duration }) => promql.compare(promql.predictLinear(available, trend.lookback, trend.horizon), "<", 0);
  const { recent, days } = FILESYSTEM_TRENDS;
  const longHistory = promql.and(fillsWithin(days), promql.overTime("last_over_time", available, Duration.hours(1), days.lookback));
  const fullSoon = level === "critical" ? fillsWithin(recent) : promql.anyOf(fillsWithin(recent), longHistory);
  const writable = promql.compare(promql.selector(select("node_filesystem_readonly", FILESYSTEMS)), "==", 0);
  return promql.and(promql.and(freePercent, fullSoon), writable);
}

/** Nodes: CPU saturation, memory pressure, filesystems filling up, network errors, clock skew. */
export const NODE_ALERTS = [
  {
    name: "NodeCpuSaturated",
    pack: "nodes",
    summary: "A node's CPUs are nearly all busy",
    description: "The CPUs of {{ $labels.instance }} have been busy over the threshold share of the time for a while; work queues up.",
    threshold: { meaning: "the share of CPU time busy (0 to 1)", worse: "above", unit: "ratio" },
    levels: { warning: { threshold: 0.9, for: Duration.minutes(15) } },
    namespaced: false,
    expr: ({ threshold, select }) =>
      promql.compare(
        promql.minus(1, promql.aggregate("avg", { by: ["instance"] }, promql.rate(select("node_cpu_seconds_total", [...NODE, label("mode", "=", "idle")]), Duration.minutes(5)))),
        ">",
        threshold,
      ),
  },
  {
    name: "NodeMemoryPressure",
    pack: "nodes",
    summary: "A node is running out of memory",
    description: "{{ $labels.instance }} has used more than the threshold share of its memory; the kernel will start reclaiming and killing.",
    threshold: { meaning: "the share of memory used (0 to 1)", worse: "above", unit: "ratio" },
    levels: { warning: { threshold: 0.9, for: Duration.minutes(15) }, critical: { threshold: 0.95, for: Duration.minutes(5) } },
    namespaced: false,
    expr: ({ threshold, select }) =>
      promql.compare(
        promql.minus(1, promql.divide(promql.selector(select("node_memory_MemAvailable_bytes", NODE)), promql.selector(select("node_memory_MemTotal_bytes", NODE)))),
        ">",
        threshold,
      ),
  },
  {
    name: "NodeFilesystemSpaceFillingUp",
    pack: "nodes",
    summary: "A filesystem is predicted to run out of space",
    description:
      "Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} has less than the threshold free and fills up within 4 hours at the trend of the last hour, or (warning) within 24 hours at the trend of the last two days.",
    threshold: { meaning: "the percent of the filesystem free", worse: "below", unit: "percent" },
    levels: { warning: { threshold: 40, for: Duration.minutes(15) }, critical: { threshold: 20, for: Duration.minutes(30) } },
    namespaced: false,
    expr: filesystemFillingUp,
  },
  {
    name: "NodeNetworkErrors",
    pack: "nodes",
    summary: "A network interface is dropping packets to errors",
    description: "{{ $labels.device }} on {{ $labels.instance }} has errors on more than the threshold share of its packets.",
    threshold: { meaning: "the share of packets with errors (0 to 1)", worse: "above", unit: "ratio" },
    levels: { warning: { threshold: 0.01, for: Duration.hours(1) } },
    namespaced: false,
    expr: ({ threshold, select }) => {
      const rate = (metric: string) => promql.rate(select(metric, NODE), Duration.minutes(5));
      const errors = promql.plus(rate("node_network_receive_errs_total"), rate("node_network_transmit_errs_total"));
      const packets = promql.plus(rate("node_network_receive_packets_total"), rate("node_network_transmit_packets_total"));
      return promql.compare(promql.divide(errors, packets), ">", threshold);
    },
  },
  {
    name: "NodeClockSkewDetected",
    pack: "nodes",
    summary: "A node's clock is off",
    description: "The clock of {{ $labels.instance }} is off by more than the threshold in seconds; check NTP.",
    threshold: { meaning: "the clock offset in seconds", worse: "above", unit: "amount" },
    levels: { warning: { threshold: 0.05, for: Duration.minutes(10) } },
    namespaced: false,
    expr: ({ threshold, select }) => promql.compare(promql.abs(promql.selector(select("node_timex_offset_seconds", NODE))), ">", threshold),
  },
] as const satisfies readonly InfraAlertDefinition[];
