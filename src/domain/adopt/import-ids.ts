/**
 * The import id of a Terraform resource type that `watchkeeper adopt` matches against vendor exports: what the
 * provider's import takes (each provider's "Import" section, at the versions Watchkeeper pins), and how to say it.
 */
export interface ImportIdForm {
  /** What a reviewer calls the vendor object. */
  readonly noun: string;
  readonly pattern: RegExp;
  /** The form in words, for errors. */
  readonly form: string;
  readonly example: string;
}

/**
 * The resource types adopt matches, with their import ids:
 * - `datadog_monitor`: the monitor's integer id (terraform-provider-datadog docs/resources/monitor.md, Import; the
 *   provider reads it with `strconv.ParseInt(d.Id(), 10, 64)`, datadog/resource_datadog_monitor.go);
 * - `datadog_service_level_objective`: the SLO's string id, 32 lower-case hex digits as the API returns it
 *   (docs/resources/service_level_objective.md, Import);
 * - `pagerduty_service`, `pagerduty_escalation_policy`: the object's id, such as `PLBP09X` (terraform-provider-pagerduty
 *   website/docs/r/service.html.markdown and escalation_policy.html.markdown, Import).
 */
export const IMPORT_ID_FORMS: Readonly<Record<string, ImportIdForm>> = {
  datadog_monitor: { noun: "Datadog monitor", pattern: /^[1-9][0-9]{0,18}$/, form: "an integer", example: "2081" },
  datadog_service_level_objective: {
    noun: "Datadog SLO",
    pattern: /^[0-9a-f]{32}$/,
    form: "32 lower-case hex digits",
    example: "25dda1a2705a53c88b7f9c0a4cf8b8be",
  },
  pagerduty_service: { noun: "PagerDuty service", pattern: /^[A-Z][A-Z0-9]{6,}$/, form: "an upper-case letter and six or more upper-case letters or digits", example: "PLBP09X" },
  pagerduty_escalation_policy: {
    noun: "PagerDuty escalation policy",
    pattern: /^[A-Z][A-Z0-9]{6,}$/,
    form: "an upper-case letter and six or more upper-case letters or digits",
    example: "PANZZEQ",
  },
};

/** Whether adopt matches resources of a Terraform type. */
export const isAdoptable = (type: string): boolean => Object.hasOwn(IMPORT_ID_FORMS, type);

/**
 * Why `id` cannot be the import id of a resource of `type`, naming the form it takes, or undefined when it can (or the
 * type's form is not known: any non-empty id then).
 */
export function importIdProblem(type: string, id: string): string | undefined {
  const form = IMPORT_ID_FORMS[type];
  if (id.trim() === "") {
    return "the vendor id is empty";
  }
  if (form === undefined || form.pattern.test(id)) {
    return undefined;
  }
  return `${JSON.stringify(id)} is not a ${form.noun} id: ${type} imports by ${form.form}, such as ${form.example}`;
}
