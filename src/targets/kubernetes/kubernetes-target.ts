import { ApiObject, App, Chart } from "cdk8s";
import { Construct } from "constructs";
import { declarationFileStem } from "../../domain/names/file-names";
import { toYaml, yamlComment } from "../yaml/yaml";
import { generatedFrom, mirrorScope } from "../mirror";

/**
 * One environment's Kubernetes manifests: a cdk8s chart per construct that has any, in the environment's
 * namespace, written as one YAML file per construct so that a review shows one declaration per file.
 */
export class KubernetesTarget {
  private readonly root: Construct;
  private readonly charts = new Map<string, { chart: Chart; file: string; path: string }>();

  /**
   * @param labels put on every object the stack writes (the stack's label), besides what each object sets
   */
  constructor(
    app: App,
    private readonly owner: Construct,
    private readonly namespace: string,
    private readonly labels: Readonly<Record<string, string>> = {},
  ) {
    this.root = new Construct(app, owner.node.id);
  }

  /** The chart holding a construct's Kubernetes objects, named after the construct's path. */
  chartFor(construct: Construct): Chart {
    const key = construct.node.path;
    let entry = this.charts.get(key);
    if (entry === undefined) {
      const parent = mirrorScope(this.root, this.owner, construct.node.scope as Construct);
      const chart = new Chart(parent, construct.node.id, { namespace: this.namespace, labels: { ...this.labels }, disableResourceNameHashes: true });
      const below = construct.node.scopes.slice(construct.node.scopes.indexOf(this.owner) + 1);
      entry = { chart, file: `${declarationFileStem(below.map((scope) => scope.node.id))}.yaml`, path: key };
      this.charts.set(key, entry);
    }
    return entry.chart;
  }

  /**
   * The chart of something the stack writes once from several declarations (an aggregate), written to
   * `<stem>.yaml` and headed by `path`.
   */
  sharedChart(stem: string, path: string): Chart {
    let entry = this.charts.get(path);
    if (entry === undefined) {
      const chart = new Chart(this.root, `aggregate-${stem}`, { namespace: this.namespace, labels: { ...this.labels }, disableResourceNameHashes: true });
      entry = { chart, file: `${stem}.yaml`, path };
      this.charts.set(path, entry);
    }
    return entry.chart;
  }

  /**
   * Writes every chart as a multi-document YAML file, by file name, headed by the construct path it came from, then
   * releases the charts: nothing is added to a stack's manifests after they are written.
   */
  render(write: (file: string, content: string) => void): void {
    for (const { chart, file, path } of this.charts.values()) {
      const documents = objectsOf(chart).map((object) => `---\n${toYaml(object.toJson())}`);
      write(file, `${yamlComment(generatedFrom(path))}\n${documents.join("")}`);
    }
    this.charts.clear();
    // The target keeps its root: its charts go, or their objects would outlive the manifests to Terraform's synth.
    this.root.node.children.forEach((child) => this.root.node.tryRemoveChild(child.node.id));
    this.root.node.scope?.node.tryRemoveChild(this.root.node.id);
  }
}

/**
 * A chart's objects in declaration order. `Chart.toJson()` would validate and resolve the whole app again for
 * every chart, which makes synth quadratic in the number of declarations; these charts hold no dependencies.
 */
function objectsOf(chart: Chart): ApiObject[] {
  return chart.node.findAll().filter((construct): construct is ApiObject => construct instanceof ApiObject);
}
