import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { App, LocalBackend, TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { PagerdutyProvider } from "@cdktf/provider-pagerduty/lib/provider";
import { ElasticstackProvider } from "../../providers/elasticstack/provider";
import { GrafanaProvider } from "../../providers/grafana/provider";
import { SentryProvider } from "../../providers/sentry/provider";
import { mirrorScope } from "../mirror";
import { HistoryGuardedStack, type HistoryDecisions } from "./protected-history";
import { StreamedJsonSynthesizer } from "./streamed-json";
import { DATADOG, ELASTICSTACK, GRAFANA, PAGERDUTY, SENTRY, type ProviderPin } from "./providers";

/** Adds the state backend to a stack, e.g. `(stack) => new S3Backend(stack, { bucket: "…", key: "…" })`. */
export type TerraformBackendFactory = (stack: TerraformStack) => void;

/** The file name of a stack's local state. */
const stateFile = (stackId: string): string => `terraform.${stackId}.tfstate`;

/**
 * A local state file in the stack's own folder, `cdktf.out/stacks/<stack>/terraform.<stack>.tfstate`, by a path
 * relative to that folder: the folder is a complete Terraform configuration, its JSON the same on every machine,
 * and synth carries the state over when it replaces `cdktf.out/stacks/` (see StagedTerraformOutdir).
 */
export function localBackend(stack: TerraformStack): void {
  new LocalBackend(stack, { path: stateFile(stack.node.id) });
}

/**
 * Why the stack's local state cannot be used where it is: earlier versions kept it beside `terraformOutdir` (the
 * project root, `../../../terraform.<stack>.tfstate` from the stack's folder); a state file there and none in the
 * stack's folder would leave Terraform with an empty state, planning to create everything again.
 */
export function localStateProblem(terraformOutdir: string, stackId: string): string | undefined {
  const old = resolve(terraformOutdir, "..", stateFile(stackId));
  const folder = join(terraformOutdir, "stacks", stackId);
  if (!existsSync(old) || existsSync(join(folder, stateFile(stackId)))) {
    return undefined;
  }
  const shown = (path: string) => relative(process.cwd(), path) || ".";
  return (
    `${stackId}: the Terraform state ${shown(old)} is where earlier versions kept it; the stack's local backend now reads ${stateFile(stackId)} ` +
    `in the stack's folder. Move it there before synth: mkdir -p ${shown(folder)} && mv ${shown(old)} ${shown(folder)}/ (and its .backup, if any)`
  );
}

/**
 * One environment's Terraform configuration: a cdktf stack, its providers (created on first use, credentials
 * from the provider's environment variables, never from the configuration), its state backend, and the guard
 * that keeps a synth from silently dropping a resource whose vendor object keeps history.
 */
export class TerraformTarget {
  private created?: HistoryGuardedStack;
  private readonly providers = new Map<string, TerraformProvider>();
  private readonly sharedResources = new Map<string, unknown>();

  /** `app`: the cdktf app, asked for when the stack is first needed (at synth), not when the target is made. */
  constructor(
    private readonly app: () => App,
    private readonly owner: Construct,
    private readonly backend: TerraformBackendFactory = localBackend,
    private readonly history: HistoryDecisions = {},
  ) {}

  /** The cdktf stack, with its synthesizer and state backend; created on first use. */
  get stack(): HistoryGuardedStack {
    if (this.created === undefined) {
      this.created = new HistoryGuardedStack(this.app(), this.owner.node.id, this.history);
      this.created.synthesizer = new StreamedJsonSynthesizer(this.created, this.created.synthesizer);
      this.backend(this.created);
    }
    return this.created;
  }

  /**
   * Remembers which protected resources the stack's previous synth in `terraformOutdir` held; call it before
   * the previous output is replaced. The synth then fails when one of them is gone, unless retired or acknowledged,
   * and, with the default local backend, when the state is still where earlier versions kept it.
   */
  readPreviousOutput(terraformOutdir: string): void {
    const state = this.backend === localBackend ? localStateProblem(terraformOutdir, this.stack.node.id) : undefined;
    this.stack.readPreviousOutput(terraformOutdir, state === undefined ? [] : [state]);
  }

  /** The scope under which a construct of the monitoring stack writes its Terraform resources. */
  scopeFor(construct: Construct): Construct {
    return mirrorScope(this.stack, this.owner, construct);
  }

  /**
   * A resource several constructs share (a Grafana folder per service, say), created by the first that asks,
   * at `shared/<key>` under the stack.
   */
  shared<T>(key: string, create: (scope: Construct, id: string) => T): T {
    if (!this.sharedResources.has(key)) {
      this.sharedResources.set(key, create(this.sharedScope(), key));
    }
    return this.sharedResources.get(key) as T;
  }

  /** The scope of what several constructs share, `shared` under the stack. */
  sharedScope(): Construct {
    return (this.stack.node.tryFindChild("shared") as Construct | undefined) ?? new Construct(this.stack, "shared");
  }

  /** How many Terraform resources the stack declares. */
  resourceCount(): number {
    return this.stack.node.findAll().filter((construct) => TerraformResource.isTerraformResource(construct)).length;
  }

  /** Whether a provider has been used by any construct of the stack so far. */
  uses(pin: ProviderPin): boolean {
    return this.providers.has(pin.name);
  }

  private provider(pin: ProviderPin, create: (scope: Construct) => TerraformProvider): TerraformProvider {
    let provider = this.providers.get(pin.name);
    if (provider === undefined) {
      provider = create(this.stack);
      this.stack.addOverride(`terraform.required_providers.${pin.name}`, { source: pin.source, version: pin.version });
      this.providers.set(pin.name, provider);
    }
    return provider;
  }

  /** Datadog, authenticated by DD_API_KEY and DD_APP_KEY (and DD_HOST for other sites). */
  datadog(): TerraformProvider {
    return this.provider(DATADOG, (scope) => new DatadogProvider(scope, DATADOG.name, {}));
  }

  /** PagerDuty, authenticated by PAGERDUTY_TOKEN. */
  pagerduty(): TerraformProvider {
    return this.provider(PAGERDUTY, (scope) => new PagerdutyProvider(scope, PAGERDUTY.name, {}));
  }

  /** Grafana, at GRAFANA_URL, authenticated by GRAFANA_AUTH. */
  grafana(): TerraformProvider {
    return this.provider(GRAFANA, (scope) => new GrafanaProvider(scope, GRAFANA.name, {}));
  }

  /** Sentry, authenticated by SENTRY_AUTH_TOKEN (and at SENTRY_BASE_URL when self-hosted). */
  sentry(): TerraformProvider {
    return this.provider(SENTRY, (scope) => new SentryProvider(scope, SENTRY.name, {}));
  }

  /**
   * Elasticsearch and Kibana, at ELASTICSEARCH_ENDPOINTS and KIBANA_ENDPOINT, authenticated by ELASTICSEARCH_API_KEY
   * (or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD), which Kibana shares.
   */
  elasticstack(): TerraformProvider {
    return this.provider(ELASTICSTACK, (scope) => new ElasticstackProvider(scope, ELASTICSTACK.name, {}));
  }
}
