import type { ProbeOutcome } from "../rule-tests/blackbox-series";
import { Noise } from "../rule-tests/samples";
import { TLS_FOR, TLS_WARNING, unreliableWindow, type ProbeAlertSettings } from "./probe-alerts";

/** What a scenario feeds the rules, one probe run a minute per location, and what it checks besides the alerts. */
export interface ProbeScenario {
  /** What happens, in words: "one location fails with 503s for 45m". */
  readonly name: string;
  readonly minutes: number;
  /** The minute the event starts, which the reported times count from. */
  readonly event: number;
  /** Each location's outcome, minute by minute, noise included. */
  readonly outcomes: ReadonlyMap<string, readonly ProbeOutcome[]>;
  /** The outcomes as designed, without noise: the phases the checks fall around. */
  readonly phases: ReadonlyMap<string, readonly ProbeOutcome[]>;
  /** When the certificate expires, in seconds since the start; none keeps it a year away. */
  readonly certificateExpiry?: number;
  /** Minutes at which uptime and reachability are checked. */
  readonly recordingsAt?: readonly number[];
}

/** How often healthy probes fail once on their own, as real endpoints do. */
const BLIP_CHANCE = 0.02;

/**
 * Per-location outcomes: `up` with the occasional single failed run (noise), then the scenario's own outcomes
 * over it. Blips fall on one location at a time, never next to another failure, and not at all when one failed
 * run could alert (forAtLeast under 3 minutes): noise that no alert may react to.
 */
class Timelines {
  private readonly outcomes = new Map<string, ProbeOutcome[]>();
  private readonly designed = new Map<string, boolean[]>();

  constructor(private readonly settings: ProbeAlertSettings, readonly minutes: number) {
    settings.locations.forEach((location) => {
      this.outcomes.set(location, Array<ProbeOutcome>(minutes).fill("up"));
      this.designed.set(location, Array<boolean>(minutes).fill(false));
    });
  }

  /** Sets a location's outcome from `from` for `count` minutes. */
  set(location: string, from: number, count: number, outcome: ProbeOutcome): this {
    for (let minute = from; minute < Math.min(from + count, this.minutes); minute++) {
      (this.outcomes.get(location) as ProbeOutcome[])[minute] = outcome;
      (this.designed.get(location) as boolean[])[minute] = true;
    }
    return this;
  }

  /** The outcomes as designed. */
  phases(): ReadonlyMap<string, readonly ProbeOutcome[]> {
    return new Map([...this.outcomes].map(([location, outcomes]) => [location, [...outcomes]]));
  }

  /** The outcomes with noise added where nothing was designed. */
  withNoise(seed: string): ReadonlyMap<string, readonly ProbeOutcome[]> {
    if (this.settings.forAtLeast.minutes < 3) return this.outcomes;
    const noise = new Noise(seed);
    const quiet = (minute: number) =>
      this.settings.locations.every((location) => [-1, 0, 1].every((offset) => !(this.designed.get(location) as boolean[])[minute + offset] && this.outcomes.get(location)?.[minute + offset] !== "failing"));
    for (let minute = 2; minute < this.minutes - 2; minute++) {
      const location = this.settings.locations[Math.floor(noise.next() * this.settings.locations.length)];
      if (noise.chance(BLIP_CHANCE) && quiet(minute)) (this.outcomes.get(location) as ProbeOutcome[])[minute] = "failing";
    }
    return this.outcomes;
  }
}

/**
 * The scenarios every probed check is tested with, from its alert settings, in minutes (a probe that runs less
 * often than every minute sees the run at or before each of its times): each starts from healthy probes and
 * names what happens; the model decides what must fire. The noise is the same for every check (`seed`), so that
 * checks declared alike (one a service) have the same tests up to their names, which `watchkeeper test` runs once.
 */
export function probeScenarios(settings: ProbeAlertSettings, seed = "probes"): ProbeScenario[] {
  const { locations, failingLocations } = settings;
  // Whole minutes: the tests evaluate every minute, where a `for` of seconds fires at the next evaluation.
  const forAtLeast = Math.max(1, Math.ceil(settings.forAtLeast.minutes));
  const run = Math.max(1, Math.round(settings.frequency.minutes));
  const start = 10;
  const scenarios: ProbeScenario[] = [];
  const add = (name: string, timelines: Timelines, event: number, extra: Partial<ProbeScenario> = {}) =>
    scenarios.push({ name, minutes: timelines.minutes, event, phases: timelines.phases(), outcomes: timelines.withNoise(`${seed}/${name}`), ...extra });
  const oneLocation = settings.oneLocationFor === undefined ? undefined : Math.ceil(settings.oneLocationFor.minutes);
  if (oneLocation !== undefined) {
    const down = oneLocation + 10;
    add(`one location fails with 503s for ${down}m`, new Timelines(settings, start + down + Math.ceil(oneLocation / 2) + 5).set(locations[0], start, down, "failing"), start);
  }
  const outage = forAtLeast + 10;
  const failing = locations.slice(0, failingLocations);
  const pages = new Timelines(settings, start + outage + forAtLeast + 10);
  failing.forEach((location) => pages.set(location, start, outage, "failing"));
  add(`${failing.length} of ${locations.length} locations fail for ${outage}m`, pages, start);
  if (failingLocations < locations.length) {
    const long = Math.max(30, forAtLeast + 10);
    const everywhere = new Timelines(settings, start + long + forAtLeast + 5);
    locations.forEach((location) => everywhere.set(location, start, long, "failing"));
    add(`every location fails for ${long}m`, everywhere, start);
  }
  if (forAtLeast >= 2) {
    const short = new Timelines(settings, start + 2 * forAtLeast + 5);
    locations.forEach((location) => short.set(location, start, forAtLeast - 1, "failing"));
    add(`every location fails for ${forAtLeast - 1}m, less than forAtLeast`, short, start);
  }
  if (forAtLeast >= 3 * run) {
    const rounds = 4;
    const flapping = new Timelines(settings, start + rounds * (forAtLeast + run) + forAtLeast + 10);
    for (let round = 0; round < rounds; round++) {
      locations.forEach((location) => flapping.set(location, start + round * (forAtLeast + run), forAtLeast - run, "failing"));
    }
    add(`every location flaps, failing ${forAtLeast - run}m of every ${forAtLeast + run}m`, flapping, start);
  }
  // The certificate's hour of `for` runs alongside: both are about tickets, and the scenario is long enough.
  const cycle = 3 * locations.length * run;
  const flaps = Math.ceil((0.75 * unreliableWindow(settings).minutes) / cycle) * cycle;
  const left = 2;
  const staggered = new Timelines(settings, Math.max(start + flaps + forAtLeast + 10, left + TLS_FOR.minutes + 8));
  for (let minute = left; minute < left + flaps; minute += cycle) {
    locations.forEach((location, index) => staggered.set(location, minute + 3 * index * run, 2 * run, "failing"));
  }
  const expiring = settings.tls ? `; the certificate expires in ${TLS_WARNING} and ${left}m` : "";
  add(`each location in turn fails ${2 * run}m of every ${cycle}m for ${flaps}m, never two at once${expiring}`, staggered, left, {
    certificateExpiry: TLS_WARNING.seconds + left * 60,
  });
  const missingFor = Math.max(20, 4 * run);
  const last = locations[locations.length - 1];
  const missing = new Timelines(settings, start + missingFor + 2 * run + 8).set(last, start, missingFor, "gone");
  add(`the probes of ${last} disappear for ${missingFor}m`, missing, start, { recordingsAt: [start + missingFor - 1, missing.minutes - 1] });
  const allGone = new Timelines(settings, start + missingFor + 10);
  locations.forEach((location) => allGone.set(location, start, missingFor + 10, "gone"));
  add("every location's probes disappear", allGone, start, { recordingsAt: [start + missingFor - 1, allGone.minutes - 1] });
  if (settings.responseTimeLimit !== undefined) {
    const phase = forAtLeast + 10;
    const slowness = new Timelines(settings, start + 2 * phase + forAtLeast + 5)
      .set(locations[0], start, phase, "timeout")
      .set(locations[0], start + phase + forAtLeast, phase, "slow");
    add(`${locations[0]} times out for ${phase}m, then answers slowly for ${phase}m`, slowness, start);
  }
  return scenarios;
}
