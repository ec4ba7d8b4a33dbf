// https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UptimeMonitorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Define conditions that must be met for the check to be considered successful.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#assertion_json UptimeMonitor#assertion_json}
  */
  readonly assertionJson?: string;
  /**
  * The request body to send. Only applicable for methods that support a body.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#body UptimeMonitor#body}
  */
  readonly body?: string;
  /**
  * A description of the monitor. Will be used in the resulting issue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#description UptimeMonitor#description}
  */
  readonly description?: string;
  /**
  * Number of consecutive failed checks required to mark monitor as down. Defaults to `3`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#downtime_threshold UptimeMonitor#downtime_threshold}
  */
  readonly downtimeThreshold?: number;
  /**
  * Whether the monitor is enabled. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#enabled UptimeMonitor#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the environment to create uptime issues in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#environment UptimeMonitor#environment}
  */
  readonly environment: string;
  /**
  * The headers to send with the request.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#headers UptimeMonitor#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * The amount of time between each uptime check request. Valid values are: `60`, `300`, `600`, `1200`, `1800`, and `3600`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#interval_seconds UptimeMonitor#interval_seconds}
  */
  readonly intervalSeconds: number;
  /**
  * The HTTP method to use for the request. Valid values are: `GET`, `POST`, `HEAD`, `PUT`, `DELETE`, `PATCH`, and `OPTIONS`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#method UptimeMonitor#method}
  */
  readonly method: string;
  /**
  * The name of this monitor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#name UptimeMonitor#name}
  */
  readonly name: string;
  /**
  * The organization slug or internal ID to create the monitor for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#organization UptimeMonitor#organization}
  */
  readonly organization: string;
  /**
  * Sentry will assign new issues to this assignee. (see [below for nested schema](#nestedatt--owner))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#owner UptimeMonitor#owner}
  */
  readonly owner?: UptimeMonitorOwner;
  /**
  * The project slug or internal ID to create the monitor for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#project UptimeMonitor#project}
  */
  readonly project: string;
  /**
  * Number of consecutive successful checks required to mark monitor as recovered. Defaults to `1`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#recovery_threshold UptimeMonitor#recovery_threshold}
  */
  readonly recoveryThreshold?: number;
  /**
  * The request timeout in milliseconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#timeout_ms UptimeMonitor#timeout_ms}
  */
  readonly timeoutMs: number;
  /**
  * The URL to monitor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#url UptimeMonitor#url}
  */
  readonly url: string;
}
export interface UptimeMonitorOwner {
  /**
  * The team internal ID to assign new issues to. Conflicts with `user_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#team_id UptimeMonitor#team_id}
  */
  readonly teamId?: string;
  /**
  * The user ID to assign new issues to. Conflicts with `team_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#user_id UptimeMonitor#user_id}
  */
  readonly userId?: string;
}

export function uptimeMonitorOwnerToTerraform(struct?: UptimeMonitorOwner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    team_id: cdktf.stringToTerraform(struct!.teamId),
    user_id: cdktf.stringToTerraform(struct!.userId),
  }
}


export function uptimeMonitorOwnerToHclTerraform(struct?: UptimeMonitorOwner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    team_id: {
      value: cdktf.stringToHclTerraform(struct!.teamId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_id: {
      value: cdktf.stringToHclTerraform(struct!.userId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class UptimeMonitorOwnerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): UptimeMonitorOwner | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._teamId !== undefined) {
      hasAnyValues = true;
      internalValueResult.teamId = this._teamId;
    }
    if (this._userId !== undefined) {
      hasAnyValues = true;
      internalValueResult.userId = this._userId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: UptimeMonitorOwner | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._teamId = undefined;
      this._userId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._teamId = value.teamId;
      this._userId = value.userId;
    }
  }

  // team_id - computed: false, optional: true, required: false
  private _teamId?: string; 
  public get teamId() {
    return this.getStringAttribute('team_id');
  }
  public set teamId(value: string) {
    this._teamId = value;
  }
  public resetTeamId() {
    this._teamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get teamIdInput() {
    return this._teamId;
  }

  // user_id - computed: false, optional: true, required: false
  private _userId?: string; 
  public get userId() {
    return this.getStringAttribute('user_id');
  }
  public set userId(value: string) {
    this._userId = value;
  }
  public resetUserId() {
    this._userId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor sentry_uptime_monitor}
*/
export class UptimeMonitor extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sentry_uptime_monitor";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a UptimeMonitor resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the UptimeMonitor to import
  * @param importFromId The id of the existing UptimeMonitor that should be imported. Refer to the {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the UptimeMonitor to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sentry_uptime_monitor", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/uptime_monitor sentry_uptime_monitor} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UptimeMonitorConfig
  */
  public constructor(scope: Construct, id: string, config: UptimeMonitorConfig) {
    super(scope, id, {
      terraformResourceType: 'sentry_uptime_monitor',
      terraformGeneratorMetadata: {
        providerName: 'sentry',
        providerVersion: '0.15.4'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._assertionJson = config.assertionJson;
    this._body = config.body;
    this._description = config.description;
    this._downtimeThreshold = config.downtimeThreshold;
    this._enabled = config.enabled;
    this._environment = config.environment;
    this._headers = config.headers;
    this._intervalSeconds = config.intervalSeconds;
    this._method = config.method;
    this._name = config.name;
    this._organization = config.organization;
    this._owner.internalValue = config.owner;
    this._project = config.project;
    this._recoveryThreshold = config.recoveryThreshold;
    this._timeoutMs = config.timeoutMs;
    this._url = config.url;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // assertion_json - computed: false, optional: true, required: false
  private _assertionJson?: string; 
  public get assertionJson() {
    return this.getStringAttribute('assertion_json');
  }
  public set assertionJson(value: string) {
    this._assertionJson = value;
  }
  public resetAssertionJson() {
    this._assertionJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assertionJsonInput() {
    return this._assertionJson;
  }

  // body - computed: false, optional: true, required: false
  private _body?: string; 
  public get body() {
    return this.getStringAttribute('body');
  }
  public set body(value: string) {
    this._body = value;
  }
  public resetBody() {
    this._body = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // downtime_threshold - computed: false, optional: true, required: false
  private _downtimeThreshold?: number; 
  public get downtimeThreshold() {
    return this.getNumberAttribute('downtime_threshold');
  }
  public set downtimeThreshold(value: number) {
    this._downtimeThreshold = value;
  }
  public resetDowntimeThreshold() {
    this._downtimeThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get downtimeThresholdInput() {
    return this._downtimeThreshold;
  }

  // enabled - computed: false, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // environment - computed: false, optional: false, required: true
  private _environment?: string; 
  public get environment() {
    return this.getStringAttribute('environment');
  }
  public set environment(value: string) {
    this._environment = value;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: { [key: string]: string }; 
  public get headers() {
    return this.getStringMapAttribute('headers');
  }
  public set headers(value: { [key: string]: string }) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // interval_seconds - computed: false, optional: false, required: true
  private _intervalSeconds?: number; 
  public get intervalSeconds() {
    return this.getNumberAttribute('interval_seconds');
  }
  public set intervalSeconds(value: number) {
    this._intervalSeconds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalSecondsInput() {
    return this._intervalSeconds;
  }

  // method - computed: false, optional: false, required: true
  private _method?: string; 
  public get method() {
    return this.getStringAttribute('method');
  }
  public set method(value: string) {
    this._method = value;
  }
  // Temporarily expose input value. Use with caution.
  public get methodInput() {
    return this._method;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // organization - computed: false, optional: false, required: true
  private _organization?: string; 
  public get organization() {
    return this.getStringAttribute('organization');
  }
  public set organization(value: string) {
    this._organization = value;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationInput() {
    return this._organization;
  }

  // owner - computed: false, optional: true, required: false
  private _owner = new UptimeMonitorOwnerOutputReference(this, "owner");
  public get owner() {
    return this._owner;
  }
  public putOwner(value: UptimeMonitorOwner) {
    this._owner.internalValue = value;
  }
  public resetOwner() {
    this._owner.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ownerInput() {
    return this._owner.internalValue;
  }

  // project - computed: false, optional: false, required: true
  private _project?: string; 
  public get project() {
    return this.getStringAttribute('project');
  }
  public set project(value: string) {
    this._project = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectInput() {
    return this._project;
  }

  // recovery_threshold - computed: false, optional: true, required: false
  private _recoveryThreshold?: number; 
  public get recoveryThreshold() {
    return this.getNumberAttribute('recovery_threshold');
  }
  public set recoveryThreshold(value: number) {
    this._recoveryThreshold = value;
  }
  public resetRecoveryThreshold() {
    this._recoveryThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recoveryThresholdInput() {
    return this._recoveryThreshold;
  }

  // timeout_ms - computed: false, optional: false, required: true
  private _timeoutMs?: number; 
  public get timeoutMs() {
    return this.getNumberAttribute('timeout_ms');
  }
  public set timeoutMs(value: number) {
    this._timeoutMs = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutMsInput() {
    return this._timeoutMs;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      assertion_json: cdktf.stringToTerraform(this._assertionJson),
      body: cdktf.stringToTerraform(this._body),
      description: cdktf.stringToTerraform(this._description),
      downtime_threshold: cdktf.numberToTerraform(this._downtimeThreshold),
      enabled: cdktf.booleanToTerraform(this._enabled),
      environment: cdktf.stringToTerraform(this._environment),
      headers: cdktf.hashMapper(cdktf.stringToTerraform)(this._headers),
      interval_seconds: cdktf.numberToTerraform(this._intervalSeconds),
      method: cdktf.stringToTerraform(this._method),
      name: cdktf.stringToTerraform(this._name),
      organization: cdktf.stringToTerraform(this._organization),
      owner: uptimeMonitorOwnerToTerraform(this._owner.internalValue),
      project: cdktf.stringToTerraform(this._project),
      recovery_threshold: cdktf.numberToTerraform(this._recoveryThreshold),
      timeout_ms: cdktf.numberToTerraform(this._timeoutMs),
      url: cdktf.stringToTerraform(this._url),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      assertion_json: {
        value: cdktf.stringToHclTerraform(this._assertionJson),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      body: {
        value: cdktf.stringToHclTerraform(this._body),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      downtime_threshold: {
        value: cdktf.numberToHclTerraform(this._downtimeThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      environment: {
        value: cdktf.stringToHclTerraform(this._environment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      headers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._headers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      interval_seconds: {
        value: cdktf.numberToHclTerraform(this._intervalSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      method: {
        value: cdktf.stringToHclTerraform(this._method),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      organization: {
        value: cdktf.stringToHclTerraform(this._organization),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      owner: {
        value: uptimeMonitorOwnerToHclTerraform(this._owner.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "UptimeMonitorOwner",
      },
      project: {
        value: cdktf.stringToHclTerraform(this._project),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      recovery_threshold: {
        value: cdktf.numberToHclTerraform(this._recoveryThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      timeout_ms: {
        value: cdktf.numberToHclTerraform(this._timeoutMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      url: {
        value: cdktf.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
