import { isAlertingRule } from "../rules/rules";
import type { DeclaredRule } from "../signals/wiring";

/**
 * The labels every alert carries as fixed values of its rule, never left to its expression: routing reads `team`
 * and `severity`, a page's PagerDuty service follows `service`, and inhibition, grouping and the gate match on
 * `service` and `env`. A label a series may lack would match by absence (Alertmanager compares a missing label
 * as the empty string), so that one alert without it could mute or stand for another.
 */
export const IDENTITY_LABELS = ["severity", "team", "service", "env"] as const;

/** The severities routing knows: a page wakes someone, a ticket waits for working hours, info is shown only. */
export const ALERT_SEVERITIES = ["page", "ticket", "info"] as const;

/** The alerts whose rules lack an identity label, carry an unknown severity, or name a team the stack does not have. */
export function alertIdentityProblems(rules: readonly DeclaredRule[], teams: readonly string[]): string[] {
  return rules.flatMap(({ path, rule }) => {
    if (!isAlertingRule(rule)) {
      return [];
    }
    const missing = IDENTITY_LABELS.filter((name) => (rule.labels[name] ?? "") === "");
    if (missing.length > 0) {
      return [`${path}: alert ${rule.alert} has no ${missing.join(", ")} label; every alert carries ${IDENTITY_LABELS.join(", ")} as fixed labels of its rule, so that routing and inhibition never match by absence`];
    }
    const severity = rule.labels.severity;
    if (!(ALERT_SEVERITIES as readonly string[]).includes(severity)) {
      return [`${path}: alert ${rule.alert} has severity "${severity}"; use one of ${ALERT_SEVERITIES.join(", ")}`];
    }
    if (!teams.includes(rule.labels.team)) {
      return [`${path}: alert ${rule.alert} is for team "${rule.labels.team}", which is not a team of the stack (${teams.join(", ") || "none declared"}); declare an OnCallTeam of that name`];
    }
    return [];
  });
}
