import { parseAllDocuments, parse } from "yaml";
import { ruleLocation, rulesOf } from "./rule-files";

/** One PromQL expression an output file carries, with where it is in the file. */
export interface CarriedExpression {
  /** Where, after the file's name: `group "slo-alerts", rule 3 (alert CheckoutErrorBudgetBurn)`. */
  readonly where: string;
  /** The expression, or what stands where one belongs (not a string). */
  readonly expression: unknown;
}

/** A Kubernetes object as far as finding PromQL goes. */
interface KubernetesDocument {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata?: { readonly name?: string; readonly namespace?: string };
  readonly spec?: Record<string, unknown>;
}

/** The expressions of a rule file's text (`groups[].rules[].expr`); throws when it is not YAML. */
export function ruleFileExpressions(text: string): CarriedExpression[] {
  return rulesOf(text).map((rule) => ({ where: ruleLocation(rule), expression: rule.expr }));
}

const groupOf = (object: KubernetesDocument) => (object.apiVersion ?? "").split("/")[0];
/** An object's fields, or none when it is not an object: files are read whatever shape they have. */
const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});
/** A list's items as objects, or none when it is not a list. */
const array = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? value.map(record) : []);

/**
 * The queries of a Grafana dashboard's JSON model: every panel's targets that carry an `expr`, rows' panels
 * included. Throws when the model is not an object.
 */
export function dashboardExpressions(dashboard: unknown): CarriedExpression[] {
  if (typeof dashboard !== "object" || dashboard === null || Array.isArray(dashboard)) {
    throw new Error(`it holds ${dashboard === null ? "null" : Array.isArray(dashboard) ? "a list" : typeof dashboard}, where a dashboard's JSON model (an object) belongs`);
  }
  const model = record(dashboard);
  const title = typeof model.title === "string" ? `dashboard "${model.title}"` : "dashboard";
  const panels = (list: unknown): Array<Record<string, unknown>> => array(list).flatMap((panel) => [panel, ...panels(panel.panels)]);
  return panels(model.panels).flatMap((panel) =>
    array(panel.targets)
      .filter((target) => target.expr !== undefined)
      .map((target) => ({ where: `${title}, panel "${String(panel.title ?? "")}", query ${String(target.refId ?? "?")}`, expression: target.expr })),
  );
}

/**
 * The PromQL of one Kubernetes object: a PrometheusRule's rules (`spec.groups`), an Argo Rollouts AnalysisTemplate's
 * Prometheus queries (`spec.metrics[].provider.prometheus.query`), a Flagger MetricTemplate's query when its
 * provider is Prometheus (`spec.query`), a Grafana operator GrafanaDashboard's panels (`spec.json`).
 */
function objectExpressions(object: KubernetesDocument): CarriedExpression[] {
  const spec = record(object.spec);
  const kind = object.kind ?? "";
  switch (`${groupOf(object)}/${kind}`) {
    case "monitoring.coreos.com/PrometheusRule":
      return array(spec.groups).flatMap((group) =>
        array(group.rules).map((rule, index) => ({
          where: ruleLocation({ group: String(group.name ?? ""), index: index + 1, alert: rule.alert as string | undefined, record: rule.record as string | undefined, expr: rule.expr, labels: {} }),
          expression: rule.expr,
        })),
      );
    case "argoproj.io/AnalysisTemplate":
    case "argoproj.io/ClusterAnalysisTemplate":
      return array(spec.metrics)
        .filter((metric) => record(record(metric.provider).prometheus).query !== undefined)
        .map((metric) => ({ where: `metric "${String(metric.name ?? "")}"`, expression: record(record(metric.provider).prometheus).query }));
    case "flagger.app/MetricTemplate":
      return (record(spec.provider).type ?? "prometheus") === "prometheus" && spec.query !== undefined ? [{ where: "query", expression: spec.query }] : [];
    case "grafana.integreatly.org/GrafanaDashboard":
      return typeof spec.json === "string" ? dashboardExpressions(JSON.parse(spec.json)) : [];
    default:
      return [];
  }
}

/** What a Kubernetes object is called in a report: `PrometheusRule monitoring/checkout-slo`. */
export function objectName(object: KubernetesDocument): string {
  const metadata = object.metadata ?? {};
  return `${object.kind} ${metadata.namespace === undefined ? "" : `${metadata.namespace}/`}${metadata.name ?? "(no name)"}`;
}

/** The PromQL of a manifest's documents, each placed by its object; throws on the first document that is not YAML. */
export function manifestExpressions(text: string): CarriedExpression[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length > 0) {
      throw new Error(document.errors[0].message.split("\n")[0]);
    }
    const object = document.toJS() as KubernetesDocument | null;
    return object === null ? [] : objectExpressions(object).map((carried) => ({ ...carried, where: `${objectName(object)}, ${carried.where}` }));
  });
}

/** The queries of a dashboard file's text; throws when it is not JSON. */
export function dashboardFileExpressions(text: string): CarriedExpression[] {
  return dashboardExpressions(parse(text));
}

/**
 * The expression with its template placeholders filled in, as its consumer fills them before asking Prometheus:
 * Argo's and Flagger's `{{…}}`, Grafana's `$var`, `${var}` and `[[var]]`. A placeholder in a range (`[…]`) becomes
 * `5m`, anywhere else `0` (inside a string, any text would do). `filled` says whether there was any.
 */
export function withPlaceholdersFilled(expression: string): { readonly text: string; readonly filled: boolean } {
  const placeholder = /\{\{[^}]*\}\}|\$\{[^}]*\}|\[\[[^\]]*\]\]|\$[A-Za-z_]\w*/g;
  let filled = false;
  const text = expression.replace(placeholder, (match, offset: number) => {
    filled = true;
    const before = expression.slice(0, offset);
    const inRange = before.lastIndexOf("[") > before.lastIndexOf("]") && !match.startsWith("[[");
    return inRange ? "5m" : "0";
  });
  return { text, filled };
}
