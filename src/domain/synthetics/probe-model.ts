import type { ProbeSamples } from "../rule-tests/blackbox-series";
import type { Sample } from "../rule-tests/samples";
import type { UptimePagePair } from "./uptime-windows";
import { locationFailures, PROBES_MISSING_FOR, TLS_FOR, TLS_WARNING, unreliableFailures, unreliableWindow, type ProbeAlertSettings } from "./probe-alerts";

/** The alerts of a flow's probe rules the model predicts, by their key in `flowAlertNames`. */
export const PROBE_ALERT_KINDS = ["failing", "locationFailing", "probesMissing", "unreliable", "slow", "tlsExpiring"] as const;
/** Those, and the page of the check's uptime SLO. */
export type ProbeAlertKind = (typeof PROBE_ALERT_KINDS)[number] | "uptimePage";

/** An alert the model predicts firing at a minute: its kind, its location (per-location alerts) and `$value`. */
export interface PredictedAlert {
  readonly kind: ProbeAlertKind;
  readonly location?: string;
  readonly value: number;
}

/** One location's probe series over a scenario, one run every `interval` from the start. */
export interface LocationProbe {
  readonly location: string;
  readonly samples: ProbeSamples;
}

/** Prometheus looks this far back for an instant's value, in seconds. */
const LOOKBACK = 300;

/** Samples at a fixed interval, read as Prometheus reads them at an instant (in seconds since the start). */
class Timed {
  constructor(private readonly samples: readonly Sample[], private readonly interval: number) {}

  /** The value an instant query sees: the latest sample within the lookback, none after a stale marker. */
  instant(at: number): number | undefined {
    for (let index = Math.floor(at / this.interval); index >= 0 && index * this.interval >= at - LOOKBACK; index--) {
      const sample = this.samples[index];
      if (sample === "stale") return undefined;
      if (typeof sample === "number") return sample;
    }
    return undefined;
  }

  /** The samples a range selector `[window]` reads at an instant: `[at - window, at]`, stale markers dropped. */
  range(at: number, window: number): number[] {
    const values: number[] = [];
    for (let index = Math.max(0, Math.ceil((at - window) / this.interval)); index * this.interval <= at; index++) {
      const sample = this.samples[index];
      if (typeof sample === "number") values.push(sample);
    }
    return values;
  }
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * What a flow's probe rules do with its probes' series, evaluated every minute: the alerts of `probeAlerts` (their
 * conditions, then their `for`) and the recordings of `probeRuleGroups`. Written from the alerts' settings, not
 * from their PromQL, so that the generated tests compare the two: a rule that drifts from what its alert means
 * fails its tests.
 */
export class ProbeModel {
  private readonly conditions: Array<Map<string, PredictedAlert>> = [];
  private readonly firing: Array<Map<string, PredictedAlert>> = [];
  private readonly locationResults: number[][];
  private readonly series: ReadonlyArray<{ readonly location: string; readonly success: Timed; readonly duration: Timed; readonly expiry: Timed }>;

  constructor(
    private readonly settings: ProbeAlertSettings,
    probes: readonly LocationProbe[],
    readonly minutes: number,
    private readonly uptimePages: readonly UptimePagePair[] = [],
  ) {
    const interval = settings.frequency.seconds;
    this.series = probes.map(({ location, samples }) => ({
      location,
      success: new Timed(samples.success, interval),
      duration: new Timed(samples.duration, interval),
      expiry: new Timed(samples.expiry, interval),
    }));
    this.locationResults = settings.locations.map((location) => {
      const success = this.series.find((probe) => probe.location === location)?.success;
      return Array.from({ length: minutes }, (_, minute) => success?.range(minute * 60, settings.presence.seconds).at(-1) ?? 0);
    });
    for (let minute = 0; minute < minutes; minute++) {
      this.conditions.push(this.conditionsAt(minute));
      this.firing.push(this.firingAt(minute));
    }
  }

  /** The alerts firing at a minute, after their `for`. */
  alertsAt(minute: number): readonly PredictedAlert[] {
    return [...this.firing[minute].values()];
  }

  /** `flow:uptime:ratio_avg<window>` at a minute, for a window longer than the scenario: any location up, over time. */
  uptime(minute: number): number {
    return mean(Array.from({ length: minute + 1 }, (_, at) => Math.max(...this.locationResults.map((results) => results[at]))));
  }

  /** `flow:reachability:ratio_avg<window>` likewise: every location's share of time up, averaged. */
  reachability(minute: number): number {
    return mean(this.locationResults.map((results) => mean(results.slice(0, minute + 1))));
  }

  private forMinutes(kind: ProbeAlertKind): number {
    const { forAtLeast, oneLocationFor } = this.settings;
    const minutes: Record<ProbeAlertKind, number> = {
      failing: forAtLeast.minutes,
      locationFailing: (oneLocationFor?.minutes ?? 0) / 2,
      probesMissing: PROBES_MISSING_FOR.minutes,
      unreliable: forAtLeast.minutes,
      slow: forAtLeast.minutes,
      tlsExpiring: TLS_FOR.minutes,
      uptimePage: 0,
    };
    return minutes[kind];
  }

  private firingAt(minute: number): Map<string, PredictedAlert> {
    const firing = new Map<string, PredictedAlert>();
    for (const [key, alert] of this.conditions[minute]) {
      const since = minute - Math.ceil(this.forMinutes(alert.kind));
      let held = since >= 0;
      for (let at = Math.max(0, since); held && at < minute; at++) held = this.conditions[at].has(key);
      if (held) firing.set(key, alert);
    }
    return firing;
  }

  private conditionsAt(minute: number): Map<string, PredictedAlert> {
    const { settings } = this;
    const at = minute * 60;
    const found: PredictedAlert[] = [];
    const failing = this.series.filter((probe) => probe.success.instant(at) === 0).length;
    if (failing >= settings.failingLocations) found.push({ kind: "failing", value: failing });
    const { oneLocationFor } = settings;
    for (const probe of this.series) {
      const failures = oneLocationFor === undefined ? [] : probe.success.range(at, oneLocationFor.seconds).filter((value) => value === 0);
      if (oneLocationFor !== undefined && failures.length > locationFailures(settings, oneLocationFor) && !this.pagedWithin(minute, oneLocationFor.minutes)) {
        found.push({ kind: "locationFailing", location: probe.location, value: failures.length });
      }
      if (probe.success.range(at, settings.presence.seconds).length === 0) found.push({ kind: "probesMissing", location: probe.location, value: 1 });
      const duration = probe.duration.instant(at);
      const limit = settings.responseTimeLimit?.seconds;
      if (limit !== undefined && duration !== undefined && duration > limit && probe.success.instant(at) === 1) {
        found.push({ kind: "slow", location: probe.location, value: duration });
      }
    }
    found.push(...this.unreliableAt(minute), ...this.expiringAt(minute), ...this.uptimePageAt(minute));
    return new Map(found.map((alert) => [`${alert.kind}/${alert.location ?? ""}`, alert]));
  }

  /** Failures beyond the location failing most, over the window, unless the failing alert fired within it. */
  private unreliableAt(minute: number): PredictedAlert[] {
    const window = unreliableWindow(this.settings);
    const runs = this.series.map((probe) => probe.success.range(minute * 60, window.seconds)).filter((values) => values.length > 0);
    if (runs.length === 0) return [];
    const failures = runs.map((values) => values.filter((value) => value === 0).length);
    const spread = failures.reduce((sum, count) => sum + count, 0) - (this.settings.locations.length > 1 ? Math.max(...failures) : 0);
    return spread > unreliableFailures(this.settings) && !this.pagedWithin(minute, window.minutes) ? [{ kind: "unreliable", value: spread }] : [];
  }

  /** Whether the failing alert fired at an evaluation within the last `minutes` (before this one). */
  private pagedWithin(minute: number, minutes: number): boolean {
    return this.firing.slice(Math.max(0, Math.ceil(minute - minutes)), minute).some((alerts) => alerts.has("failing/"));
  }

  /** The uptime SLO's page: the share of time no location was up, over both windows of a pair, above its threshold. */
  private uptimePageAt(minute: number): PredictedAlert[] {
    const down = (window: number) => {
      const from = Math.max(0, Math.ceil(minute - window));
      const samples = Array.from({ length: minute - from + 1 }, (_, index) => Math.max(...this.locationResults.map((results) => results[from + index])));
      return 1 - mean(samples);
    };
    const fires = this.uptimePages.some((pair) => down(pair.short.minutes) > pair.threshold && down(pair.long.minutes) > pair.threshold);
    return fires ? [{ kind: "uptimePage", value: 1 }] : [];
  }

  /** The earliest certificate expiry any location sees, when it is within the warning. */
  private expiringAt(minute: number): PredictedAlert[] {
    const expiries = this.series.flatMap((probe) => probe.expiry.instant(minute * 60) ?? []);
    if (!this.settings.tls || expiries.length === 0) return [];
    const left = Math.min(...expiries) - minute * 60;
    return left < TLS_WARNING.seconds ? [{ kind: "tlsExpiring", value: left }] : [];
  }
}
