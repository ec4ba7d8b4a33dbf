import { parseAllDocuments, parse } from "yaml";

/** Every Kubernetes object of the multi-document YAML files among `files`. */
export function kubernetesObjects(files: Map<string, string>): Array<{ path: string; object: Record<string, unknown> }> {
  return [...files.entries()]
    .filter(([path]) => path.includes("/kubernetes/"))
    .flatMap(([path, text]) => parseAllDocuments(text).map((document) => ({ path, object: document.toJS() })));
}

interface RuleDocument {
  groups: Array<{ rules: Array<{ expr: string; record?: string; alert?: string }> }>;
}

/** Every rule expression of the rule files and PrometheusRules among `files`. */
export function ruleExpressions(files: Map<string, string>): Array<{ path: string; expr: string }> {
  const ruleFiles = [...files.entries()]
    .filter(([path]) => path.endsWith(".rules.yml"))
    .map(([path, text]) => ({ path, document: parse(text) as RuleDocument }));
  const resources = kubernetesObjects(files)
    .filter(({ object }) => object.kind === "PrometheusRule")
    .map(({ path, object }) => ({ path, document: object.spec as RuleDocument }));
  return [...ruleFiles, ...resources].flatMap(({ path, document }) =>
    document.groups.flatMap((group) => group.rules.map((rule) => ({ path, expr: rule.expr }))),
  );
}

/** Every query expression of the Grafana dashboard JSON files among `files`. */
export function dashboardExpressions(files: Map<string, string>): Array<{ path: string; expr: string }> {
  type Panel = { targets?: Array<{ expr?: string }>; panels?: Panel[] };
  const walk = (panels: Panel[]): string[] =>
    panels.flatMap((panel) => [...(panel.targets ?? []).flatMap((t) => (t.expr === undefined ? [] : [t.expr])), ...walk(panel.panels ?? [])]);
  return [...files.entries()]
    .filter(([path]) => path.includes("/grafana/") && path.endsWith(".json"))
    .flatMap(([path, text]) => walk((JSON.parse(text) as { panels: Panel[] }).panels).map((expr) => ({ path, expr })));
}
