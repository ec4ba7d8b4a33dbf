import { z } from "zod";
import type { SloReference } from "../slo/slo-reference";
import { duration, kubernetesNamespace, oneOf, propsSchema, reference, text, webAddress } from "../validation/schema";
import type { DeploymentGateProps } from "./deployment-gate-props";

/** The schema of a DeploymentGate's props; parse checks the SLOs against the stack and the name (the id by default). */
export const deploymentGateSchema = propsSchema<DeploymentGateProps>()({
  slos: z.array(reference<SloReference>("a ServiceSlo", "sloId")).min(1, "is empty; name the ServiceSlo(s) the gate guards"),
  prometheusUrl: webAddress(),
  name: text.optional(),
  namespace: kubernetesNamespace.optional(),
  onNoData: oneOf(["pass", "fail", "inconclusive"]).optional(),
  interval: duration({ min: "10s", max: "1d" }).optional(),
  outputs: z.strictObject({ argoRollouts: z.boolean().optional(), flagger: z.boolean().optional() }).optional(),
}) satisfies z.ZodType<DeploymentGateProps>;
