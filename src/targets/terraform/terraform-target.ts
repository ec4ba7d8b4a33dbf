import { App, LocalBackend, TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { PagerdutyProvider } from "@cdktf/provider-pagerduty/lib/provider";
import { ElasticstackProvider } from "../../providers/elasticstack/provider";
import { GrafanaProvider } from "../../providers/grafana/provider";
import { SentryProvider } from "../../providers/sentry/provider";
import { mirrorScope } from "../mirror";
import { HistoryGuardedStack, type HistoryDecisions } from "./protected-history";
import { DATADOG, ELASTICSTACK, GRAFANA, PAGERDUTY, SENTRY, type ProviderPin } from "./providers";

/** Adds the state backend to a stack, e.g. `(stack) => new S3Backend(stack, { bucket: "…", key: "…" })`. */
export type TerraformBackendFactory = (stack: TerraformStack) => void;

/**
 * A local state file in the project root (`terraform.<stack>.tfstate`, where cdktf keeps it too), by a path relative
 * to the stack's folder `cdktf.out/stacks/<stack>/`: the synthesized JSON is the same on every machine, and the
 * state survives synth, which replaces `cdktf.out/stacks/`.
 */
export function localBackend(stack: TerraformStack): void {
  new LocalBackend(stack, { path: `../../../terraform.${stack.node.id}.tfstate` });
}

/**
 * One environment's Terraform configuration: a cdktf stack, its providers (created on first use, credentials
 * from the provider's environment variables, never from the configuration), its state backend, and the guard
 * that keeps a synth from silently dropping a resource whose vendor object keeps history.
 */
export class TerraformTarget {
  readonly stack: HistoryGuardedStack;
  private readonly providers = new Map<string, TerraformProvider>();
  private readonly sharedResources = new Map<string, unknown>();

  constructor(app: App, private readonly owner: Construct, backend: TerraformBackendFactory = localBackend, history: HistoryDecisions = {}) {
    this.stack = new HistoryGuardedStack(app, owner.node.id, history);
    backend(this.stack);
  }

  /**
   * Remembers which protected resources the stack's previous synth in `terraformOutdir` held; call it before
   * the previous output is replaced. The synth then fails when one of them is gone, unless retired or acknowledged.
   */
  readPreviousOutput(terraformOutdir: string): void {
    this.stack.readPreviousOutput(terraformOutdir);
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
