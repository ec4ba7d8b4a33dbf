import { slug } from "../../domain/naming";
import { Folder } from "../../providers/grafana/folder";
import type { TargetScope } from "../target-scope";
import { grafanaUid, serviceFolderUid } from "./uids";

/** A `grafana_folder` shared by the stack's declarations: created by the first that asks for it under `key`. */
function sharedFolder(scope: TargetScope, key: string, title: string, uid: string): Folder {
  const provider = scope.terraform.grafana();
  return scope.terraform.shared(key, (shared, id) => new Folder(shared, id, { provider, title, uid }));
}

/** The folder of a service's dashboards (SLOs, availability, KPIs) in the stack. */
export function serviceFolder(scope: TargetScope, service: string): Folder {
  return sharedFolder(scope, `grafana-folder-${slug(service)}`, scope.stack.vendorName(service), serviceFolderUid(scope.stack, service));
}

/** The folder of the stack's executive dashboards, apart from the services' folders. */
export function executiveFolder(scope: TargetScope): Folder {
  const title = scope.stack.vendorName("Executive");
  return sharedFolder(scope, "grafana-executive-folder", title, grafanaUid(`executive-${scope.stack.vendorName("dashboards")}`));
}
