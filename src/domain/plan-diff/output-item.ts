/** A leaf of a synthesized object: a scalar, or a list of scalars (tags, group_by) compared as one value. */
export type FieldValue = string | number | boolean | null | readonly (string | number | boolean | null)[];

/** Where an output item was written. */
export type OutputKind = "terraform" | "rule" | "kubernetes" | "file";

/**
 * One thing a synth wrote, as the diff compares it: a Terraform resource, a Prometheus rule (of a rule file or of a
 * PrometheusRule object), a Kubernetes object, or another file; its content flattened to fields.
 */
export interface OutputItem {
  /**
   * What identifies it across two synths, e.g. `production terraform datadog_monitor.checkout_page_1A2B3C4D` or
   * `production rule prometheus/checkout.rules.yml sloth-slo-alerts-checkout/CheckoutBurn#1`.
   */
  readonly id: string;
  readonly stack: string;
  readonly kind: OutputKind;
  /** The construct path that wrote it, e.g. `production/checkout-availability`; the stack's id when unknown. */
  readonly construct: string;
  /** Its type: a Terraform resource type, `alerting rule` / `recording rule`, a Kubernetes kind, or `file`. */
  readonly type: string;
  /** What a reviewer calls its type, singular: `Datadog SLO`, `alerting rule`, `PrometheusRule`, `promtool test file`. */
  readonly noun: string;
  /** How a reviewer recognises it, its noun first, e.g. `Datadog SLO "checkout availability"` or `alerting rule CheckoutBurn`. */
  readonly label: string;
  /** Its content by field path (`thresholds[0].target`, `labels.severity`); lists of scalars stay whole. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** Where it is when its label does not say: the rule file or PrometheusRule of a rule. @default none */
  readonly where?: string;
  /** Terraform only: its address (`<type>.<logical id>`). @default none */
  readonly address?: string;
  /**
   * What it shares with the other copies of the same output written for other consumers, within its stack: a rule in
   * its rule file and in its PrometheusRule (`rule <construct> <group>/<name>#<n>`), a dashboard as a Terraform
   * resource, a JSON file and a GrafanaDashboard (`dashboard <uid>`), the routing in alertmanager.yml and in an
   * AlertmanagerConfig. Copies count as one output. @default none: no copies
   */
  readonly mirror?: string;
}

const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || ["string", "number", "boolean"].includes(typeof value);

/** A string holding a JSON object or list (a dashboard's `config_json`), parsed; undefined for any other text. */
function embeddedJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A parsed document as fields by path: objects by key (`a.b`), lists of objects by index (`a[0].b`), lists of
 * scalars whole, JSON held in a string (`config_json`) expanded like the rest. Keys come out sorted, so two equal
 * documents give equal fields whatever their key order.
 */
export function flattenFields(value: unknown, prefix = ""): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  const visit = (node: unknown, path: string): void => {
    const parsed = typeof node === "string" ? embeddedJson(node) : undefined;
    if (parsed !== undefined) {
      visit(parsed, path);
    } else if (isScalar(node)) {
      fields[path] = node;
    } else if (Array.isArray(node)) {
      if (node.every(isScalar)) {
        fields[path] = node;
      } else {
        node.forEach((child, index) => visit(child, `${path}[${index}]`));
      }
    } else if (typeof node === "object" && node !== undefined) {
      const entries = Object.entries(node as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      entries.forEach(([key, child]) => visit(child, path === "" ? key : `${path}.${key}`));
    }
  };
  visit(value, prefix);
  return fields;
}
