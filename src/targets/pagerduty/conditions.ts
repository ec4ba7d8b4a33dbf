/**
 * The one place where PagerDuty's condition language (event orchestration rules, incident workflow triggers) is
 * written: `<path> matches '<value>'`, the value quoted and its quotes and backslashes escaped.
 */
export function pagerDutyMatches(path: string, value: string): string {
  return `${path} matches '${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** Conditions of which any one must hold. */
export function pagerDutyAny(conditions: readonly string[]): string {
  return conditions.join(" or ");
}
