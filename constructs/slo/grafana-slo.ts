import { createHash } from "node:crypto";
import { GrafanaDashboard } from "../../src/providers/k8s/grafana.integreatly.org";
import { Dashboard } from "../../src/providers/grafana/dashboard";
import { Folder } from "../../src/providers/grafana/folder";
import type { SloSpec } from "../../src/domain/slo";
import { MonitoringStack } from "../../src/stack";
import { sloDashboard } from "../../src/targets/grafana/slo-dashboard";
import { slug } from "../../src/domain/naming";
import type { ServiceSlo } from "./service-slo";

/** Grafana uids hold at most 40 characters; longer ids keep a readable start and a hash of the whole. */
const MAX_UID = 40;

/** The dashboard uid of an SLO: `slo-<id>`, stable across deployments so that links keep working. */
export function dashboardUid(slo: ServiceSlo): string {
  const uid = `slo-${slug(MonitoringStack.of(slo).vendorName(slo.sloId))}`;
  if (uid.length <= MAX_UID) {
    return uid;
  }
  const hash = createHash("sha256").update(uid).digest("hex").slice(0, 8);
  return `${uid.slice(0, MAX_UID - 9)}-${hash}`;
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
    new Folder(scope, id, { provider, title: stack.vendorName(spec.service), uid: `watchkeeper-${slug(stack.vendorName(spec.service))}`.slice(0, MAX_UID) }),
  );
  new Dashboard(terraform.scopeFor(slo), "dashboard", { provider, folder: folder.uid, configJson: json });

  new GrafanaDashboard(stack.kubernetes.chartFor(slo), "dashboard", {
    metadata: { name: uid, labels: { "app.kubernetes.io/managed-by": "watchkeeper" } },
    spec: {
      instanceSelector: { matchLabels: { dashboards: "grafana" } },
      folder: spec.service,
      uid,
      json,
    },
  });
}
