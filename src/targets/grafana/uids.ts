import { createHash } from "node:crypto";
import { slug } from "../../domain/naming";
import type { StackSettings } from "../target-scope";

/** Grafana uids hold at most 40 characters; longer ids keep a readable start and a hash of the whole. */
const MAX_UID = 40;

/** A Grafana uid from a name: its slug, or when too long a readable start and a hash of the whole. */
export function grafanaUid(name: string): string {
  const uid = slug(name);
  if (uid.length <= MAX_UID) {
    return uid;
  }
  const hash = createHash("sha256").update(uid).digest("hex").slice(0, 8);
  return `${uid.slice(0, MAX_UID - 9)}-${hash}`;
}

/** The dashboard uid of an SLO (by its id in the stack): `slo-<id>`, stable across deployments so that links keep working. */
export function sloDashboardUid(stack: StackSettings, sloId: string): string {
  return grafanaUid(`slo-${stack.vendorName(sloId)}`);
}

/** The address of an SLO's dashboard, for alert annotations; undefined without a Grafana URL. */
export function sloDashboardUrl(stack: StackSettings, sloId: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/d/${sloDashboardUid(stack, sloId)}`;
}

/** The uid of the folder holding a service's dashboards in a stack. */
export function serviceFolderUid(stack: StackSettings, service: string): string {
  return grafanaUid(`watchkeeper-${stack.vendorName(service)}`);
}

/**
 * The address of a service's dashboard folder in a stack (a MonitoringStack, say), for links from incidents;
 * undefined without a Grafana URL.
 */
export function serviceFolderUrl(stack: StackSettings, service: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/dashboards/f/${serviceFolderUid(stack, service)}`;
}

/** The dashboard uid of a KPI (by its id in the stack): `kpi-<id>`. */
export function kpiDashboardUid(stack: StackSettings, kpiId: string): string {
  return grafanaUid(`kpi-${stack.vendorName(kpiId)}`);
}

/** The address of a KPI's dashboard, for its alerts; undefined without a Grafana URL. */
export function kpiDashboardUrl(stack: StackSettings, kpiId: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/d/${kpiDashboardUid(stack, kpiId)}`;
}
