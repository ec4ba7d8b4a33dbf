// https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CronMonitorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Grace period. The number of minutes before a check-in is considered missed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#checkin_margin_minutes CronMonitor#checkin_margin_minutes}
  */
  readonly checkinMarginMinutes: number;
  /**
  * A description of the monitor. Will be used in the resulting issue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#description CronMonitor#description}
  */
  readonly description?: string;
  /**
  * Whether the monitor is enabled. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#enabled CronMonitor#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Failure tolerance. Create a new issue when this many consecutive missed or error check-ins are processed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#failure_issue_threshold CronMonitor#failure_issue_threshold}
  */
  readonly failureIssueThreshold: number;
  /**
  * Maximum runtime. The number of minutes before an in-progress check-in is marked timed out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#max_runtime_minutes CronMonitor#max_runtime_minutes}
  */
  readonly maxRuntimeMinutes: number;
  /**
  * The name of this monitor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#name CronMonitor#name}
  */
  readonly name: string;
  /**
  * The organization slug or internal ID to create the monitor for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#organization CronMonitor#organization}
  */
  readonly organization: string;
  /**
  * Sentry will assign new issues to this assignee. (see [below for nested schema](#nestedatt--owner))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#owner CronMonitor#owner}
  */
  readonly owner?: CronMonitorOwner;
  /**
  * The project slug or internal ID to create the monitor for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#project CronMonitor#project}
  */
  readonly project: string;
  /**
  * Recovery Tolerance. Resolve the issue when this many consecutive healthy check-ins are processed. Either `crontab` or `interval_value` and `interval_unit` must be provided.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#recovery_threshold CronMonitor#recovery_threshold}
  */
  readonly recoveryThreshold: number;
  /**
  * Set your schedule. (see [below for nested schema](#nestedatt--schedule))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#schedule CronMonitor#schedule}
  */
  readonly schedule: CronMonitorSchedule;
  /**
  * The timezone of the cron monitor. Valid values are: `Africa/Abidjan`, `Africa/Accra`, `Africa/Addis_Ababa`, `Africa/Algiers`, `Africa/Asmara`, `Africa/Asmera`, `Africa/Bamako`, `Africa/Bangui`, `Africa/Banjul`, `Africa/Bissau`, `Africa/Blantyre`, `Africa/Brazzaville`, `Africa/Bujumbura`, `Africa/Cai
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#timezone CronMonitor#timezone}
  */
  readonly timezone?: string;
}
export interface CronMonitorOwner {
  /**
  * The team internal ID to assign new issues to. Conflicts with `user_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#team_id CronMonitor#team_id}
  */
  readonly teamId?: string;
  /**
  * The user ID to assign new issues to. Conflicts with `team_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#user_id CronMonitor#user_id}
  */
  readonly userId?: string;
}

export function cronMonitorOwnerToTerraform(struct?: CronMonitorOwner | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    team_id: cdktf.stringToTerraform(struct!.teamId),
    user_id: cdktf.stringToTerraform(struct!.userId),
  }
}


export function cronMonitorOwnerToHclTerraform(struct?: CronMonitorOwner | cdktf.IResolvable): any {
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

export class CronMonitorOwnerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CronMonitorOwner | cdktf.IResolvable | undefined {
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

  public set internalValue(value: CronMonitorOwner | cdktf.IResolvable | undefined) {
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
export interface CronMonitorSchedule {
  /**
  * Use the crontab syntax (e.g. `0 0 * * *`). Conflicts with `interval_value` and `interval_unit`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#crontab CronMonitor#crontab}
  */
  readonly crontab?: string;
  /**
  * Interval unit. Conflicts with `crontab`. Must be provided with `interval_value`. Valid values are: `year`, `month`, `week`, `day`, `hour`, and `minute`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#interval_unit CronMonitor#interval_unit}
  */
  readonly intervalUnit?: string;
  /**
  * Interval value. Conflicts with `crontab`. Must be provided with `interval_unit`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#interval_value CronMonitor#interval_value}
  */
  readonly intervalValue?: number;
}

export function cronMonitorScheduleToTerraform(struct?: CronMonitorSchedule | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    crontab: cdktf.stringToTerraform(struct!.crontab),
    interval_unit: cdktf.stringToTerraform(struct!.intervalUnit),
    interval_value: cdktf.numberToTerraform(struct!.intervalValue),
  }
}


export function cronMonitorScheduleToHclTerraform(struct?: CronMonitorSchedule | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    crontab: {
      value: cdktf.stringToHclTerraform(struct!.crontab),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    interval_unit: {
      value: cdktf.stringToHclTerraform(struct!.intervalUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    interval_value: {
      value: cdktf.numberToHclTerraform(struct!.intervalValue),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CronMonitorScheduleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): CronMonitorSchedule | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._crontab !== undefined) {
      hasAnyValues = true;
      internalValueResult.crontab = this._crontab;
    }
    if (this._intervalUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.intervalUnit = this._intervalUnit;
    }
    if (this._intervalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.intervalValue = this._intervalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CronMonitorSchedule | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._crontab = undefined;
      this._intervalUnit = undefined;
      this._intervalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._crontab = value.crontab;
      this._intervalUnit = value.intervalUnit;
      this._intervalValue = value.intervalValue;
    }
  }

  // crontab - computed: false, optional: true, required: false
  private _crontab?: string; 
  public get crontab() {
    return this.getStringAttribute('crontab');
  }
  public set crontab(value: string) {
    this._crontab = value;
  }
  public resetCrontab() {
    this._crontab = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crontabInput() {
    return this._crontab;
  }

  // interval_unit - computed: false, optional: true, required: false
  private _intervalUnit?: string; 
  public get intervalUnit() {
    return this.getStringAttribute('interval_unit');
  }
  public set intervalUnit(value: string) {
    this._intervalUnit = value;
  }
  public resetIntervalUnit() {
    this._intervalUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalUnitInput() {
    return this._intervalUnit;
  }

  // interval_value - computed: false, optional: true, required: false
  private _intervalValue?: number; 
  public get intervalValue() {
    return this.getNumberAttribute('interval_value');
  }
  public set intervalValue(value: number) {
    this._intervalValue = value;
  }
  public resetIntervalValue() {
    this._intervalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalValueInput() {
    return this._intervalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor sentry_cron_monitor}
*/
export class CronMonitor extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sentry_cron_monitor";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CronMonitor resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CronMonitor to import
  * @param importFromId The id of the existing CronMonitor that should be imported. Refer to the {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CronMonitor to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sentry_cron_monitor", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/cron_monitor sentry_cron_monitor} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CronMonitorConfig
  */
  public constructor(scope: Construct, id: string, config: CronMonitorConfig) {
    super(scope, id, {
      terraformResourceType: 'sentry_cron_monitor',
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
    this._checkinMarginMinutes = config.checkinMarginMinutes;
    this._description = config.description;
    this._enabled = config.enabled;
    this._failureIssueThreshold = config.failureIssueThreshold;
    this._maxRuntimeMinutes = config.maxRuntimeMinutes;
    this._name = config.name;
    this._organization = config.organization;
    this._owner.internalValue = config.owner;
    this._project = config.project;
    this._recoveryThreshold = config.recoveryThreshold;
    this._schedule.internalValue = config.schedule;
    this._timezone = config.timezone;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // checkin_margin_minutes - computed: false, optional: false, required: true
  private _checkinMarginMinutes?: number; 
  public get checkinMarginMinutes() {
    return this.getNumberAttribute('checkin_margin_minutes');
  }
  public set checkinMarginMinutes(value: number) {
    this._checkinMarginMinutes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get checkinMarginMinutesInput() {
    return this._checkinMarginMinutes;
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

  // failure_issue_threshold - computed: false, optional: false, required: true
  private _failureIssueThreshold?: number; 
  public get failureIssueThreshold() {
    return this.getNumberAttribute('failure_issue_threshold');
  }
  public set failureIssueThreshold(value: number) {
    this._failureIssueThreshold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get failureIssueThresholdInput() {
    return this._failureIssueThreshold;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // max_runtime_minutes - computed: false, optional: false, required: true
  private _maxRuntimeMinutes?: number; 
  public get maxRuntimeMinutes() {
    return this.getNumberAttribute('max_runtime_minutes');
  }
  public set maxRuntimeMinutes(value: number) {
    this._maxRuntimeMinutes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRuntimeMinutesInput() {
    return this._maxRuntimeMinutes;
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
  private _owner = new CronMonitorOwnerOutputReference(this, "owner");
  public get owner() {
    return this._owner;
  }
  public putOwner(value: CronMonitorOwner) {
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

  // recovery_threshold - computed: false, optional: false, required: true
  private _recoveryThreshold?: number; 
  public get recoveryThreshold() {
    return this.getNumberAttribute('recovery_threshold');
  }
  public set recoveryThreshold(value: number) {
    this._recoveryThreshold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get recoveryThresholdInput() {
    return this._recoveryThreshold;
  }

  // schedule - computed: false, optional: false, required: true
  private _schedule = new CronMonitorScheduleOutputReference(this, "schedule");
  public get schedule() {
    return this._schedule;
  }
  public putSchedule(value: CronMonitorSchedule) {
    this._schedule.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scheduleInput() {
    return this._schedule.internalValue;
  }

  // timezone - computed: false, optional: true, required: false
  private _timezone?: string; 
  public get timezone() {
    return this.getStringAttribute('timezone');
  }
  public set timezone(value: string) {
    this._timezone = value;
  }
  public resetTimezone() {
    this._timezone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timezoneInput() {
    return this._timezone;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      checkin_margin_minutes: cdktf.numberToTerraform(this._checkinMarginMinutes),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      failure_issue_threshold: cdktf.numberToTerraform(this._failureIssueThreshold),
      max_runtime_minutes: cdktf.numberToTerraform(this._maxRuntimeMinutes),
      name: cdktf.stringToTerraform(this._name),
      organization: cdktf.stringToTerraform(this._organization),
      owner: cronMonitorOwnerToTerraform(this._owner.internalValue),
      project: cdktf.stringToTerraform(this._project),
      recovery_threshold: cdktf.numberToTerraform(this._recoveryThreshold),
      schedule: cronMonitorScheduleToTerraform(this._schedule.internalValue),
      timezone: cdktf.stringToTerraform(this._timezone),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      checkin_margin_minutes: {
        value: cdktf.numberToHclTerraform(this._checkinMarginMinutes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      failure_issue_threshold: {
        value: cdktf.numberToHclTerraform(this._failureIssueThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_runtime_minutes: {
        value: cdktf.numberToHclTerraform(this._maxRuntimeMinutes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
        value: cronMonitorOwnerToHclTerraform(this._owner.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CronMonitorOwner",
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
      schedule: {
        value: cronMonitorScheduleToHclTerraform(this._schedule.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "CronMonitorSchedule",
      },
      timezone: {
        value: cdktf.stringToHclTerraform(this._timezone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
