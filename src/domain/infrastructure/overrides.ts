import { Duration } from "../duration";
import type { AlertSeverity } from "../routing/routing";
import { cleanNumber } from "../numbers";
import { percentProblem, ratioProblem } from "../validation/numbers";
import { INFRA_PACKS, LEVEL_SEVERITY, type AlertLevel, type InfraAlertDefinition, type InfraPack, type ThresholdUnit } from "./catalog";
import { CONTAINER_ALERTS } from "./container-pack";
import { KUBERNETES_ALERTS } from "./kubernetes-pack";
import { NETWORK_SECURITY_ALERTS } from "./network-security-pack";
import { NODE_ALERTS } from "./node-pack";

/** Every alert of every pack, in pack order. */
export const INFRA_ALERTS = [...NODE_ALERTS, ...CONTAINER_ALERTS, ...KUBERNETES_ALERTS, ...NETWORK_SECURITY_ALERTS] as const;

/** The name of an alert of the packs: what `overrides` is keyed by. */
export type InfraAlertName = (typeof INFRA_ALERTS)[number]["name"];

/** A change to one alert of a pack, instead of a fork of the pack. */
export interface InfraAlertOverride {
  /**
   * Whether the alert is written at all.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The warning level's threshold, in the alert's unit (see its definition); must not be worse than `critical`.
   * @default the pack's
   */
  readonly warning?: number;
  /**
   * The critical level's threshold, for alerts that have a critical level.
   * @default the pack's
   */
  readonly critical?: number;
  /**
   * How long the condition must hold before the alert fires, at every level, e.g. "30m".
   * @default the pack's, per level
   */
  readonly for?: string;
  /**
   * The severity of an alert with a single level (a warning opens a ticket, a critical alert pages).
   * @default ticket for a warning level, page for a critical one
   */
  readonly severity?: AlertSeverity;
  /**
   * The namespaces the alert watches, for alerts about namespaced objects (pods, deployments, volumes).
   * @default every namespace
   */
  readonly namespaces?: readonly string[];
}

/** One level of an alert after overrides. */
export interface ResolvedLevel {
  readonly level: AlertLevel;
  readonly severity: AlertSeverity;
  readonly threshold: number;
  /** How long the condition must hold; none: the alert fires at the first evaluation. */
  readonly for?: Duration;
}

/** An alert of an enabled pack, with its overrides applied. */
export interface ResolvedInfraAlert {
  readonly definition: InfraAlertDefinition;
  readonly levels: readonly ResolvedLevel[];
  /** The namespaces it is restricted to; empty for all. */
  readonly namespaces: readonly string[];
}

const LEVELS: readonly AlertLevel[] = ["warning", "critical"];

/**
 * What is wrong with a threshold in its unit, or undefined: a ratio from 0 to 1 (95 for 0.95 never fires), a
 * percent from 0 to 100 (0.3 for 30% is taken for a ratio), an amount of 0 or more; never NaN or ±Infinity.
 */
function thresholdProblem(unit: ThresholdUnit, value: number): string | undefined {
  if (!Number.isFinite(value)) {
    return `${value} is not a number`;
  }
  if (unit === "ratio") {
    return ratioProblem(value);
  }
  if (unit === "percent") {
    return value > 0 && value < 1 ? `${value} looks like a ratio, but this threshold is a percent from 0 to 100; write ${cleanNumber(value * 100)}` : percentProblem(value);
  }
  return value < 0 ? `${value} is below 0; give 0 or more` : undefined;
}

function overrideProblems(definition: InfraAlertDefinition, override: InfraAlertOverride, at: string): string[] {
  const problems: string[] = [];
  const levels = LEVELS.filter((level) => definition.levels[level] !== undefined);
  for (const level of LEVELS) {
    const value = override[level];
    if (value === undefined) continue;
    if (definition.threshold === undefined) {
      problems.push(`${at}.${level}: ${definition.name} has no threshold to change; override for, severity or namespaces, or disable it`);
    } else if (definition.levels[level] === undefined) {
      problems.push(`${at}.${level}: ${definition.name} has no ${level} level; its levels are ${levels.join(" and ")}`);
    } else {
      const problem = thresholdProblem(definition.threshold.unit, value);
      problems.push(...(problem === undefined ? [] : [`${at}.${level}: ${problem}; it is ${definition.threshold.meaning}`]));
    }
  }
  const warning = override.warning ?? definition.levels.warning?.threshold;
  const critical = override.critical ?? definition.levels.critical?.threshold;
  if (definition.threshold !== undefined && warning !== undefined && critical !== undefined) {
    const worse = definition.threshold.worse === "above" ? warning > critical : warning < critical;
    if (worse) {
      const side = definition.threshold.worse === "above" ? "above" : "below";
      problems.push(
        `${at}: the warning threshold ${warning} is worse than the critical one ${critical} (${definition.threshold.meaning}, worse ${side}); ` +
          `a warning must come first: make warning ${side === "above" ? "at most" : "at least"} ${critical}`,
      );
    }
  }
  if (override.severity !== undefined && levels.length > 1) {
    problems.push(`${at}.severity: ${definition.name} has a warning (ticket) and a critical (page) level; change their thresholds instead`);
  }
  if (override.namespaces !== undefined) {
    if (!definition.namespaced) {
      problems.push(`${at}.namespaces: ${definition.name} is about nodes or the cluster, not namespaced objects; remove namespaces`);
    } else if (override.namespaces.length === 0) {
      problems.push(`${at}.namespaces: an empty list would watch nothing; remove it to watch every namespace, or disable the alert`);
    }
  }
  return problems;
}

function resolve(definition: InfraAlertDefinition, override: InfraAlertOverride): ResolvedInfraAlert {
  const levels = LEVELS.flatMap((level) => {
    const defaults = definition.levels[level];
    if (defaults === undefined) return [];
    return [{
      level,
      severity: override.severity ?? LEVEL_SEVERITY[level],
      threshold: override[level] ?? defaults.threshold ?? 0,
      for: override.for === undefined ? defaults.for : Duration.parse(override.for),
    }];
  });
  return { definition, levels, namespaces: [...(override.namespaces ?? [])].sort() };
}

/**
 * The alerts of the enabled packs with the overrides applied, or the problems of the overrides, each
 * `overrides.<Name>…: problem; fix`: a name no alert has (listing the valid ones), an alert of a pack that is off,
 * a threshold on an alert without one, a warning worse than its critical level, a bad duration or namespace.
 */
export function resolveInfraAlerts(
  packs: Readonly<Record<InfraPack, boolean>>,
  overrides: Readonly<Record<string, InfraAlertOverride>>,
): { readonly alerts: ResolvedInfraAlert[]; readonly problems: string[] } {
  const byName = new Map<string, InfraAlertDefinition>(INFRA_ALERTS.map((definition) => [definition.name, definition]));
  const problems = Object.keys(overrides).sort().flatMap((name) => {
    const at = `overrides.${name}`;
    const definition = byName.get(name);
    if (definition === undefined) {
      return []; // infrastructureMonitoringSchema refuses names of no alert
    }
    if (!packs[definition.pack]) {
      return [`${at}: ${name} is in the ${definition.pack} pack, which is off; turn the pack on or remove the override`];
    }
    return overrideProblems(definition, overrides[name], at);
  });
  if (problems.length > 0) {
    return { alerts: [], problems };
  }
  const alerts = INFRA_PACKS.filter((pack) => packs[pack]).flatMap((pack) =>
    INFRA_ALERTS.filter((definition) => definition.pack === pack && overrides[definition.name]?.enabled !== false).map((definition) =>
      resolve(definition, overrides[definition.name] ?? {}),
    ),
  );
  return { alerts, problems };
}
