import type { ComponentMeasure } from "./component";
import type { ComponentState } from "./state";
import type { Incident } from "./incidents";
import type { DayUptime } from "./uptime";

/** Everything the status page shows, in customers' words only: no service, SLO, team or alert name. */
export interface StatusPageModel {
  /** The page's heading, e.g. "Example status". */
  readonly title: string;
  /** When the page was generated, Unix seconds. */
  readonly generatedAt: number;
  /** The public components, in name order. */
  readonly components: readonly ComponentStatus[];
  /** Incidents of the last `incidentDays` days, newest first. */
  readonly incidents: readonly Incident[];
  /** How many days back the incidents go. */
  readonly incidentDays: number;
}

/** One public component on the page. */
export interface ComponentStatus {
  readonly name: string;
  readonly description?: string;
  readonly state: ComponentState;
  /** What its uptime counts: requests, or probes (a synthetic check's). */
  readonly measures: ComponentMeasure;
  /** One entry per day, oldest first. */
  readonly days: readonly DayUptime[];
}
