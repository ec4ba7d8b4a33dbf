import { createHash } from "node:crypto";
import { GrafanaDashboard } from "../../src/providers/k8s/grafana.integreatly.org";
import { Dashboard } from "../../src/providers/grafana/dashboard";
import { Folder } from "../../src/providers/grafana/folder";
import type { SloSpec } from "../../src/domain/slo";
import { MANAGED_BY, MonitoringStack } from "../../src/stack";
import { sloDashboard } from "../../src/targets/grafana/slo-dashboard";
import { slug } from "../../src/domain/naming";
import type { ServiceSlo } from "./service-slo";

/** Grafana uids hold at most 40 characters; longer ids keep a readable start and a hash of the whole. */
const MAX_UID = 40;

/** A Grafana uid from a name: its slug, or when too long a readable start and a hash of the whole. */
function grafanaUid(name: string): string {
  const uid = slug(name);
  if (uid.length <= MAX_UID) {
    return uid;
  }
  const hash = createHash("sha256").update(uid).digest("hex").slice(0, 8);
  return `${uid.slice(0, MAX_UID - 9)}-${hash}`;
}

/** The dashboard uid of an SLO: `slo-<id>`, stable across deployments so that links keep working. */
export function dashboardUid(slo: ServiceSlo): string {
  return grafanaUid(`slo-${MonitoringStack.of(slo).vendorName(slo.sloId)}`);
}

/** The uid of the folder holding a service's dashboards in a stack. */
function folderUid(stack: MonitoringStack, service: string): string {
  return grafanaUid(`watchkeeper-${stack.vendorName(service)}`);
}

/** The address of a service's dashboard folder, for links from incidents; undefined without a Grafana URL. */
export function serviceFolderUrl(stack: MonitoringStack, service: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/dashboards/f/${folderUid(stack, service)}`;
}

/**
 * The SLO's Grafana dashboard, delivered three ways: a JSON file for file provisioning
 * (`grafana/<id>.json`), a `grafana_dashboard` in the service's folder (Terraform), and a GrafanaDashboard
 * resource for grafana-operator.
 */
export function emitGrafanaDashboard(slo: ServiceSlo, spec: SloSpec): void {
  const stack = MonitoringStack.of(slo);
  const uid = dashboardUid(slo);
  const model = sloDashboard({ uid, title: `SLO ${spec.service} ${spec.name}`, tags: ["slo", "watchkeeper", spec.service], spec });
  const json = JSON.stringify(model);
  stack.files.add(`grafana/${spec.id}.json`, `${JSON.stringify(model, null, 2)}\n`);

  const terraform = stack.terraform;
  const provider = terraform.grafana();
  const folder = terraform.shared(`grafana-folder-${slug(spec.service)}`, (scope, id) =>
    new Folder(scope, id, { provider, title: stack.vendorName(spec.service), uid: folderUid(stack, spec.service) }),
  );
  new Dashboard(terraform.scopeFor(slo), "dashboard", { provider, folder: folder.uid, configJson: json });

  new GrafanaDashboard(stack.kubernetes.chartFor(slo), "dashboard", {
    metadata: { name: uid, labels: MANAGED_BY },
    spec: {
      instanceSelector: { matchLabels: { dashboards: "grafana" } },
      folder: spec.service,
      uid,
      json,
    },
  });
}
