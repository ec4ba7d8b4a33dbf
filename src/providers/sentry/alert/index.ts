// https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AlertConfig extends cdktf.TerraformMetaArguments {
  /**
  * The filters to run before the action will fire and the action(s) to fire. (see [below for nested schema](#nestedatt--action_filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#action_filters Alert#action_filters}
  */
  readonly actionFilters: AlertActionFilters[] | cdktf.IResolvable;
  /**
  * Whether the alert is enabled. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#enabled Alert#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The environment to filter alerts to. Omit or set to `null` to apply to all environments.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#environment Alert#environment}
  */
  readonly environment?: string;
  /**
  * How often the alert should fire in minutes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#frequency_minutes Alert#frequency_minutes}
  */
  readonly frequencyMinutes: number;
  /**
  * ⚠️ The trigger condition types listed here are not natively supported by this provider and may be deprecated by Sentry in a future API version. Trigger condition types present on this alert that are not representable in `trigger_conditions` (e.g. `new_high_priority_issue`, `existing_high_priority_is
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#legacy_trigger_conditions Alert#legacy_trigger_conditions}
  */
  readonly legacyTriggerConditions?: string[];
  /**
  * The IDs of the monitors to create alerts for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#monitor_ids Alert#monitor_ids}
  */
  readonly monitorIds: string[];
  /**
  * The name of this alert.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#name Alert#name}
  */
  readonly name: string;
  /**
  * The organization slug or internal ID to create the alert for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#organization Alert#organization}
  */
  readonly organization: string;
  /**
  * The conditions on which the alert will trigger. (see [below for nested schema](#nestedatt--trigger_conditions))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#trigger_conditions Alert#trigger_conditions}
  */
  readonly triggerConditions?: AlertTriggerConditions[] | cdktf.IResolvable;
}
export interface AlertActionFiltersActionsDiscord {
  /**
  * The ID of the Discord channel to send the notification to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#channel_id Alert#channel_id}
  */
  readonly channelId: string;
  /**
  * The ID of the Discord integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * A list of tags to show in the notification.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#tags Alert#tags}
  */
  readonly tags?: string;
}

export function alertActionFiltersActionsDiscordToTerraform(struct?: AlertActionFiltersActionsDiscord | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_id: cdktf.stringToTerraform(struct!.channelId),
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    tags: cdktf.stringToTerraform(struct!.tags),
  }
}


export function alertActionFiltersActionsDiscordToHclTerraform(struct?: AlertActionFiltersActionsDiscord | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_id: {
      value: cdktf.stringToHclTerraform(struct!.channelId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tags: {
      value: cdktf.stringToHclTerraform(struct!.tags),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsDiscordOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsDiscord | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelId !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelId = this._channelId;
    }
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._tags !== undefined) {
      hasAnyValues = true;
      internalValueResult.tags = this._tags;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsDiscord | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._channelId = undefined;
      this._integrationId = undefined;
      this._tags = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._channelId = value.channelId;
      this._integrationId = value.integrationId;
      this._tags = value.tags;
    }
  }

  // channel_id - computed: false, optional: false, required: true
  private _channelId?: string; 
  public get channelId() {
    return this.getStringAttribute('channel_id');
  }
  public set channelId(value: string) {
    this._channelId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelIdInput() {
    return this._channelId;
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string; 
  public get tags() {
    return this.getStringAttribute('tags');
  }
  public set tags(value: string) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }
}
export interface AlertActionFiltersActionsEmail {
  /**
  * The type of fallthrough to apply when choosing to notify issue owners. Only required if the target type is `issue_owners`. Valid values are: `AllMembers`, `ActiveMembers`, and `NoOne`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#fallthrough_type Alert#fallthrough_type}
  */
  readonly fallthroughType?: string;
  /**
  * The internal ID of the user or team. Only required if the target type is `team` or `user`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#target_id Alert#target_id}
  */
  readonly targetId?: string;
  /**
  * The type of recipient to notify. Valid values are: `issue_owners`, `team`, and `user`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#target_type Alert#target_type}
  */
  readonly targetType: string;
}

export function alertActionFiltersActionsEmailToTerraform(struct?: AlertActionFiltersActionsEmail | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    fallthrough_type: cdktf.stringToTerraform(struct!.fallthroughType),
    target_id: cdktf.stringToTerraform(struct!.targetId),
    target_type: cdktf.stringToTerraform(struct!.targetType),
  }
}


export function alertActionFiltersActionsEmailToHclTerraform(struct?: AlertActionFiltersActionsEmail | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    fallthrough_type: {
      value: cdktf.stringToHclTerraform(struct!.fallthroughType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_id: {
      value: cdktf.stringToHclTerraform(struct!.targetId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_type: {
      value: cdktf.stringToHclTerraform(struct!.targetType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsEmailOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsEmail | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fallthroughType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fallthroughType = this._fallthroughType;
    }
    if (this._targetId !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetId = this._targetId;
    }
    if (this._targetType !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetType = this._targetType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsEmail | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fallthroughType = undefined;
      this._targetId = undefined;
      this._targetType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fallthroughType = value.fallthroughType;
      this._targetId = value.targetId;
      this._targetType = value.targetType;
    }
  }

  // fallthrough_type - computed: false, optional: true, required: false
  private _fallthroughType?: string; 
  public get fallthroughType() {
    return this.getStringAttribute('fallthrough_type');
  }
  public set fallthroughType(value: string) {
    this._fallthroughType = value;
  }
  public resetFallthroughType() {
    this._fallthroughType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fallthroughTypeInput() {
    return this._fallthroughType;
  }

  // target_id - computed: false, optional: true, required: false
  private _targetId?: string; 
  public get targetId() {
    return this.getStringAttribute('target_id');
  }
  public set targetId(value: string) {
    this._targetId = value;
  }
  public resetTargetId() {
    this._targetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetIdInput() {
    return this._targetId;
  }

  // target_type - computed: false, optional: false, required: true
  private _targetType?: string; 
  public get targetType() {
    return this.getStringAttribute('target_type');
  }
  public set targetType(value: string) {
    this._targetType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetTypeInput() {
    return this._targetType;
  }
}
export interface AlertActionFiltersActionsGithub {
  /**
  * The GitHub user to assign the issue to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#assignee Alert#assignee}
  */
  readonly assignee?: string;
  /**
  * The ID of the GitHub integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * A list of labels to assign to the issue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#labels Alert#labels}
  */
  readonly labels?: string[];
  /**
  * The name of the repository to create the issue in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#repo Alert#repo}
  */
  readonly repo: string;
}

export function alertActionFiltersActionsGithubToTerraform(struct?: AlertActionFiltersActionsGithub | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    assignee: cdktf.stringToTerraform(struct!.assignee),
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    labels: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.labels),
    repo: cdktf.stringToTerraform(struct!.repo),
  }
}


export function alertActionFiltersActionsGithubToHclTerraform(struct?: AlertActionFiltersActionsGithub | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    assignee: {
      value: cdktf.stringToHclTerraform(struct!.assignee),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    labels: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.labels),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    repo: {
      value: cdktf.stringToHclTerraform(struct!.repo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsGithubOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsGithub | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._assignee !== undefined) {
      hasAnyValues = true;
      internalValueResult.assignee = this._assignee;
    }
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._labels !== undefined) {
      hasAnyValues = true;
      internalValueResult.labels = this._labels;
    }
    if (this._repo !== undefined) {
      hasAnyValues = true;
      internalValueResult.repo = this._repo;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsGithub | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._assignee = undefined;
      this._integrationId = undefined;
      this._labels = undefined;
      this._repo = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._assignee = value.assignee;
      this._integrationId = value.integrationId;
      this._labels = value.labels;
      this._repo = value.repo;
    }
  }

  // assignee - computed: false, optional: true, required: false
  private _assignee?: string; 
  public get assignee() {
    return this.getStringAttribute('assignee');
  }
  public set assignee(value: string) {
    this._assignee = value;
  }
  public resetAssignee() {
    this._assignee = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assigneeInput() {
    return this._assignee;
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // labels - computed: false, optional: true, required: false
  private _labels?: string[]; 
  public get labels() {
    return cdktf.Fn.tolist(this.getListAttribute('labels'));
  }
  public set labels(value: string[]) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
  }

  // repo - computed: false, optional: false, required: true
  private _repo?: string; 
  public get repo() {
    return this.getStringAttribute('repo');
  }
  public set repo(value: string) {
    this._repo = value;
  }
  // Temporarily expose input value. Use with caution.
  public get repoInput() {
    return this._repo;
  }
}
export interface AlertActionFiltersActionsJira {
  /**
  * The ID of the Jira integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * The ID of the type of issue that the ticket should be created as.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_type Alert#issue_type}
  */
  readonly issueType: string;
  /**
  * The ID of the Jira project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#project Alert#project}
  */
  readonly project: string;
}

export function alertActionFiltersActionsJiraToTerraform(struct?: AlertActionFiltersActionsJira | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    issue_type: cdktf.stringToTerraform(struct!.issueType),
    project: cdktf.stringToTerraform(struct!.project),
  }
}


export function alertActionFiltersActionsJiraToHclTerraform(struct?: AlertActionFiltersActionsJira | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    issue_type: {
      value: cdktf.stringToHclTerraform(struct!.issueType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    project: {
      value: cdktf.stringToHclTerraform(struct!.project),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsJiraOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsJira | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._issueType !== undefined) {
      hasAnyValues = true;
      internalValueResult.issueType = this._issueType;
    }
    if (this._project !== undefined) {
      hasAnyValues = true;
      internalValueResult.project = this._project;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsJira | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._integrationId = undefined;
      this._issueType = undefined;
      this._project = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._integrationId = value.integrationId;
      this._issueType = value.issueType;
      this._project = value.project;
    }
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // issue_type - computed: false, optional: false, required: true
  private _issueType?: string; 
  public get issueType() {
    return this.getStringAttribute('issue_type');
  }
  public set issueType(value: string) {
    this._issueType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get issueTypeInput() {
    return this._issueType;
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
}
export interface AlertActionFiltersActionsJiraServer {
  /**
  * The ID of the Jira Server integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * The ID of the type of issue that the ticket should be created as.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_type Alert#issue_type}
  */
  readonly issueType: string;
  /**
  * The ID of the Jira project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#project Alert#project}
  */
  readonly project: string;
}

export function alertActionFiltersActionsJiraServerToTerraform(struct?: AlertActionFiltersActionsJiraServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    issue_type: cdktf.stringToTerraform(struct!.issueType),
    project: cdktf.stringToTerraform(struct!.project),
  }
}


export function alertActionFiltersActionsJiraServerToHclTerraform(struct?: AlertActionFiltersActionsJiraServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    issue_type: {
      value: cdktf.stringToHclTerraform(struct!.issueType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    project: {
      value: cdktf.stringToHclTerraform(struct!.project),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsJiraServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsJiraServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._issueType !== undefined) {
      hasAnyValues = true;
      internalValueResult.issueType = this._issueType;
    }
    if (this._project !== undefined) {
      hasAnyValues = true;
      internalValueResult.project = this._project;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsJiraServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._integrationId = undefined;
      this._issueType = undefined;
      this._project = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._integrationId = value.integrationId;
      this._issueType = value.issueType;
      this._project = value.project;
    }
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // issue_type - computed: false, optional: false, required: true
  private _issueType?: string; 
  public get issueType() {
    return this.getStringAttribute('issue_type');
  }
  public set issueType(value: string) {
    this._issueType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get issueTypeInput() {
    return this._issueType;
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
}
export interface AlertActionFiltersActionsMsteams {
  /**
  * The name of the Microsoft Teams channel to send the notification to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#channel_name Alert#channel_name}
  */
  readonly channelName: string;
  /**
  * The ID of the Microsoft Teams integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * The integration ID associated with the Microsoft Teams team.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#team_id Alert#team_id}
  */
  readonly teamId: string;
}

export function alertActionFiltersActionsMsteamsToTerraform(struct?: AlertActionFiltersActionsMsteams | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_name: cdktf.stringToTerraform(struct!.channelName),
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    team_id: cdktf.stringToTerraform(struct!.teamId),
  }
}


export function alertActionFiltersActionsMsteamsToHclTerraform(struct?: AlertActionFiltersActionsMsteams | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_name: {
      value: cdktf.stringToHclTerraform(struct!.channelName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    team_id: {
      value: cdktf.stringToHclTerraform(struct!.teamId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsMsteamsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsMsteams | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelName !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelName = this._channelName;
    }
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._teamId !== undefined) {
      hasAnyValues = true;
      internalValueResult.teamId = this._teamId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsMsteams | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._channelName = undefined;
      this._integrationId = undefined;
      this._teamId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._channelName = value.channelName;
      this._integrationId = value.integrationId;
      this._teamId = value.teamId;
    }
  }

  // channel_name - computed: false, optional: false, required: true
  private _channelName?: string; 
  public get channelName() {
    return this.getStringAttribute('channel_name');
  }
  public set channelName(value: string) {
    this._channelName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelNameInput() {
    return this._channelName;
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // team_id - computed: false, optional: false, required: true
  private _teamId?: string; 
  public get teamId() {
    return this.getStringAttribute('team_id');
  }
  public set teamId(value: string) {
    this._teamId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get teamIdInput() {
    return this._teamId;
  }
}
export interface AlertActionFiltersActionsOpsgenie {
  /**
  * The ID of the OpsGenie integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * The priority level for the notification.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#priority Alert#priority}
  */
  readonly priority: string;
  /**
  * The ID of the Opsgenie team to send the notification to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#team_id Alert#team_id}
  */
  readonly teamId: string;
  /**
  * The name of the Opsgenie team.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#team_name Alert#team_name}
  */
  readonly teamName: string;
}

export function alertActionFiltersActionsOpsgenieToTerraform(struct?: AlertActionFiltersActionsOpsgenie | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    priority: cdktf.stringToTerraform(struct!.priority),
    team_id: cdktf.stringToTerraform(struct!.teamId),
    team_name: cdktf.stringToTerraform(struct!.teamName),
  }
}


export function alertActionFiltersActionsOpsgenieToHclTerraform(struct?: AlertActionFiltersActionsOpsgenie | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    priority: {
      value: cdktf.stringToHclTerraform(struct!.priority),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    team_id: {
      value: cdktf.stringToHclTerraform(struct!.teamId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    team_name: {
      value: cdktf.stringToHclTerraform(struct!.teamName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsOpsgenieOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsOpsgenie | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._priority !== undefined) {
      hasAnyValues = true;
      internalValueResult.priority = this._priority;
    }
    if (this._teamId !== undefined) {
      hasAnyValues = true;
      internalValueResult.teamId = this._teamId;
    }
    if (this._teamName !== undefined) {
      hasAnyValues = true;
      internalValueResult.teamName = this._teamName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsOpsgenie | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._integrationId = undefined;
      this._priority = undefined;
      this._teamId = undefined;
      this._teamName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._integrationId = value.integrationId;
      this._priority = value.priority;
      this._teamId = value.teamId;
      this._teamName = value.teamName;
    }
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // priority - computed: false, optional: false, required: true
  private _priority?: string; 
  public get priority() {
    return this.getStringAttribute('priority');
  }
  public set priority(value: string) {
    this._priority = value;
  }
  // Temporarily expose input value. Use with caution.
  public get priorityInput() {
    return this._priority;
  }

  // team_id - computed: false, optional: false, required: true
  private _teamId?: string; 
  public get teamId() {
    return this.getStringAttribute('team_id');
  }
  public set teamId(value: string) {
    this._teamId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get teamIdInput() {
    return this._teamId;
  }

  // team_name - computed: false, optional: false, required: true
  private _teamName?: string; 
  public get teamName() {
    return this.getStringAttribute('team_name');
  }
  public set teamName(value: string) {
    this._teamName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get teamNameInput() {
    return this._teamName;
  }
}
export interface AlertActionFiltersActionsPagerduty {
  /**
  * The ID of the PagerDuty integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * The ID of the PagerDuty service.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#service_id Alert#service_id}
  */
  readonly serviceId: string;
  /**
  * The name of the service to create the ticket in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#service_name Alert#service_name}
  */
  readonly serviceName: string;
  /**
  * The PagerDuty severity level for the notification.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#severity Alert#severity}
  */
  readonly severity: string;
}

export function alertActionFiltersActionsPagerdutyToTerraform(struct?: AlertActionFiltersActionsPagerduty | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    service_id: cdktf.stringToTerraform(struct!.serviceId),
    service_name: cdktf.stringToTerraform(struct!.serviceName),
    severity: cdktf.stringToTerraform(struct!.severity),
  }
}


export function alertActionFiltersActionsPagerdutyToHclTerraform(struct?: AlertActionFiltersActionsPagerduty | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_id: {
      value: cdktf.stringToHclTerraform(struct!.serviceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_name: {
      value: cdktf.stringToHclTerraform(struct!.serviceName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    severity: {
      value: cdktf.stringToHclTerraform(struct!.severity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsPagerdutyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsPagerduty | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._serviceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceId = this._serviceId;
    }
    if (this._serviceName !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceName = this._serviceName;
    }
    if (this._severity !== undefined) {
      hasAnyValues = true;
      internalValueResult.severity = this._severity;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsPagerduty | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._integrationId = undefined;
      this._serviceId = undefined;
      this._serviceName = undefined;
      this._severity = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._integrationId = value.integrationId;
      this._serviceId = value.serviceId;
      this._serviceName = value.serviceName;
      this._severity = value.severity;
    }
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // service_id - computed: false, optional: false, required: true
  private _serviceId?: string; 
  public get serviceId() {
    return this.getStringAttribute('service_id');
  }
  public set serviceId(value: string) {
    this._serviceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceIdInput() {
    return this._serviceId;
  }

  // service_name - computed: false, optional: false, required: true
  private _serviceName?: string; 
  public get serviceName() {
    return this.getStringAttribute('service_name');
  }
  public set serviceName(value: string) {
    this._serviceName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceNameInput() {
    return this._serviceName;
  }

  // severity - computed: false, optional: false, required: true
  private _severity?: string; 
  public get severity() {
    return this.getStringAttribute('severity');
  }
  public set severity(value: string) {
    this._severity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get severityInput() {
    return this._severity;
  }
}
export interface AlertActionFiltersActionsPlugin {
}

export function alertActionFiltersActionsPluginToTerraform(struct?: AlertActionFiltersActionsPlugin | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function alertActionFiltersActionsPluginToHclTerraform(struct?: AlertActionFiltersActionsPlugin | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertActionFiltersActionsPluginOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsPlugin | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsPlugin | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AlertActionFiltersActionsSentryAppSettings {
  /**
  * The human-readable display label for the value. Required for async select fields whose option list is paginated by the third-party app — without it the field may appear blank under certain conditions in the Sentry UI after apply.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#label Alert#label}
  */
  readonly label?: string;
  /**
  * The name of the setting field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#name Alert#name}
  */
  readonly name: string;
  /**
  * The value of the setting field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: string;
}

export function alertActionFiltersActionsSentryAppSettingsToTerraform(struct?: AlertActionFiltersActionsSentryAppSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    label: cdktf.stringToTerraform(struct!.label),
    name: cdktf.stringToTerraform(struct!.name),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersActionsSentryAppSettingsToHclTerraform(struct?: AlertActionFiltersActionsSentryAppSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    label: {
      value: cdktf.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsSentryAppSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersActionsSentryAppSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsSentryAppSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._label = undefined;
      this._name = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._label = value.label;
      this._name = value.name;
      this._value = value.value;
    }
  }

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
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

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AlertActionFiltersActionsSentryAppSettingsList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersActionsSentryAppSettings[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersActionsSentryAppSettingsOutputReference {
    return new AlertActionFiltersActionsSentryAppSettingsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFiltersActionsSentryApp {
  /**
  * The numeric Sentry App ID. Use `tostring(data.sentry_app_installation.<name>.sentry_app_id)` to source this value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#sentry_app_id Alert#sentry_app_id}
  */
  readonly sentryAppId: string;
  /**
  * Key-value settings passed to the Sentry App action. Specifying `label` preserves the human-readable display name in the Sentry UI for async select fields whose options are paginated by the third-party app. (see [below for nested schema](#nestedatt--action_filters--actions--sentry_app--settings))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#settings Alert#settings}
  */
  readonly settings?: AlertActionFiltersActionsSentryAppSettings[] | cdktf.IResolvable;
}

export function alertActionFiltersActionsSentryAppToTerraform(struct?: AlertActionFiltersActionsSentryApp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    sentry_app_id: cdktf.stringToTerraform(struct!.sentryAppId),
    settings: cdktf.listMapper(alertActionFiltersActionsSentryAppSettingsToTerraform, false)(struct!.settings),
  }
}


export function alertActionFiltersActionsSentryAppToHclTerraform(struct?: AlertActionFiltersActionsSentryApp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    sentry_app_id: {
      value: cdktf.stringToHclTerraform(struct!.sentryAppId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    settings: {
      value: cdktf.listMapperHcl(alertActionFiltersActionsSentryAppSettingsToHclTerraform, false)(struct!.settings),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersActionsSentryAppSettingsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsSentryAppOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsSentryApp | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._sentryAppId !== undefined) {
      hasAnyValues = true;
      internalValueResult.sentryAppId = this._sentryAppId;
    }
    if (this._settings?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.settings = this._settings?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsSentryApp | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._sentryAppId = undefined;
      this._settings.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._sentryAppId = value.sentryAppId;
      this._settings.internalValue = value.settings;
    }
  }

  // sentry_app_id - computed: false, optional: false, required: true
  private _sentryAppId?: string; 
  public get sentryAppId() {
    return this.getStringAttribute('sentry_app_id');
  }
  public set sentryAppId(value: string) {
    this._sentryAppId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sentryAppIdInput() {
    return this._sentryAppId;
  }

  // settings - computed: false, optional: true, required: false
  private _settings = new AlertActionFiltersActionsSentryAppSettingsList(this, "settings", false);
  public get settings() {
    return this._settings;
  }
  public putSettings(value: AlertActionFiltersActionsSentryAppSettings[] | cdktf.IResolvable) {
    this._settings.internalValue = value;
  }
  public resetSettings() {
    this._settings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsInput() {
    return this._settings.internalValue;
  }
}
export interface AlertActionFiltersActionsSlack {
  /**
  * The Slack channel ID to send the notification to. This is an optional field that can be used to avoid rate-limiting.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#channel_id Alert#channel_id}
  */
  readonly channelId?: string;
  /**
  * The name of the Slack channel to send the notification to (e.g., #critical, Jane Schmidt).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#channel_name Alert#channel_name}
  */
  readonly channelName: string;
  /**
  * The ID of the Slack integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * Text to show alongside the notification. To @ a user, include their user id like `@<USER_ID>`. To include a clickable link, format the link and title like `<http://example.com|Click Here>`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#notes Alert#notes}
  */
  readonly notes?: string;
  /**
  * A list of tags to show in the notification.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#tags Alert#tags}
  */
  readonly tags?: string;
}

export function alertActionFiltersActionsSlackToTerraform(struct?: AlertActionFiltersActionsSlack | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    channel_id: cdktf.stringToTerraform(struct!.channelId),
    channel_name: cdktf.stringToTerraform(struct!.channelName),
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    notes: cdktf.stringToTerraform(struct!.notes),
    tags: cdktf.stringToTerraform(struct!.tags),
  }
}


export function alertActionFiltersActionsSlackToHclTerraform(struct?: AlertActionFiltersActionsSlack | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    channel_id: {
      value: cdktf.stringToHclTerraform(struct!.channelId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    channel_name: {
      value: cdktf.stringToHclTerraform(struct!.channelName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    notes: {
      value: cdktf.stringToHclTerraform(struct!.notes),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tags: {
      value: cdktf.stringToHclTerraform(struct!.tags),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsSlackOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsSlack | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._channelId !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelId = this._channelId;
    }
    if (this._channelName !== undefined) {
      hasAnyValues = true;
      internalValueResult.channelName = this._channelName;
    }
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._notes !== undefined) {
      hasAnyValues = true;
      internalValueResult.notes = this._notes;
    }
    if (this._tags !== undefined) {
      hasAnyValues = true;
      internalValueResult.tags = this._tags;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsSlack | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._channelId = undefined;
      this._channelName = undefined;
      this._integrationId = undefined;
      this._notes = undefined;
      this._tags = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._channelId = value.channelId;
      this._channelName = value.channelName;
      this._integrationId = value.integrationId;
      this._notes = value.notes;
      this._tags = value.tags;
    }
  }

  // channel_id - computed: false, optional: true, required: false
  private _channelId?: string; 
  public get channelId() {
    return this.getStringAttribute('channel_id');
  }
  public set channelId(value: string) {
    this._channelId = value;
  }
  public resetChannelId() {
    this._channelId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get channelIdInput() {
    return this._channelId;
  }

  // channel_name - computed: false, optional: false, required: true
  private _channelName?: string; 
  public get channelName() {
    return this.getStringAttribute('channel_name');
  }
  public set channelName(value: string) {
    this._channelName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelNameInput() {
    return this._channelName;
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
  }

  // notes - computed: false, optional: true, required: false
  private _notes?: string; 
  public get notes() {
    return this.getStringAttribute('notes');
  }
  public set notes(value: string) {
    this._notes = value;
  }
  public resetNotes() {
    this._notes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notesInput() {
    return this._notes;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string; 
  public get tags() {
    return this.getStringAttribute('tags');
  }
  public set tags(value: string) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }
}
export interface AlertActionFiltersActionsVsts {
  /**
  * The ID of the OpsGenie integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#integration_id Alert#integration_id}
  */
  readonly integrationId: string;
  /**
  * The ID of the Azure DevOps project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#project Alert#project}
  */
  readonly project: string;
  /**
  * The type of work item to create.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#work_item_type Alert#work_item_type}
  */
  readonly workItemType: string;
}

export function alertActionFiltersActionsVstsToTerraform(struct?: AlertActionFiltersActionsVsts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    integration_id: cdktf.stringToTerraform(struct!.integrationId),
    project: cdktf.stringToTerraform(struct!.project),
    work_item_type: cdktf.stringToTerraform(struct!.workItemType),
  }
}


export function alertActionFiltersActionsVstsToHclTerraform(struct?: AlertActionFiltersActionsVsts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    integration_id: {
      value: cdktf.stringToHclTerraform(struct!.integrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    project: {
      value: cdktf.stringToHclTerraform(struct!.project),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    work_item_type: {
      value: cdktf.stringToHclTerraform(struct!.workItemType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsVstsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsVsts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._integrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.integrationId = this._integrationId;
    }
    if (this._project !== undefined) {
      hasAnyValues = true;
      internalValueResult.project = this._project;
    }
    if (this._workItemType !== undefined) {
      hasAnyValues = true;
      internalValueResult.workItemType = this._workItemType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsVsts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._integrationId = undefined;
      this._project = undefined;
      this._workItemType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._integrationId = value.integrationId;
      this._project = value.project;
      this._workItemType = value.workItemType;
    }
  }

  // integration_id - computed: false, optional: false, required: true
  private _integrationId?: string; 
  public get integrationId() {
    return this.getStringAttribute('integration_id');
  }
  public set integrationId(value: string) {
    this._integrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationIdInput() {
    return this._integrationId;
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

  // work_item_type - computed: false, optional: false, required: true
  private _workItemType?: string; 
  public get workItemType() {
    return this.getStringAttribute('work_item_type');
  }
  public set workItemType(value: string) {
    this._workItemType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get workItemTypeInput() {
    return this._workItemType;
  }
}
export interface AlertActionFiltersActionsWebhook {
  /**
  * The slug of the integration service to notify. Use the special value `webhooks` to notify all legacy plugin webhooks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#service Alert#service}
  */
  readonly service: string;
}

export function alertActionFiltersActionsWebhookToTerraform(struct?: AlertActionFiltersActionsWebhook | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    service: cdktf.stringToTerraform(struct!.service),
  }
}


export function alertActionFiltersActionsWebhookToHclTerraform(struct?: AlertActionFiltersActionsWebhook | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    service: {
      value: cdktf.stringToHclTerraform(struct!.service),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsWebhookOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersActionsWebhook | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._service !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActionsWebhook | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._service = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._service = value.service;
    }
  }

  // service - computed: false, optional: false, required: true
  private _service?: string; 
  public get service() {
    return this.getStringAttribute('service');
  }
  public set service(value: string) {
    this._service = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service;
  }
}
export interface AlertActionFiltersActions {
  /**
  * Notify on Discord. (see [below for nested schema](#nestedatt--action_filters--actions--discord))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#discord Alert#discord}
  */
  readonly discord?: AlertActionFiltersActionsDiscord;
  /**
  * Notify on Preferred Channel. (see [below for nested schema](#nestedatt--action_filters--actions--email))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#email Alert#email}
  */
  readonly email?: AlertActionFiltersActionsEmail;
  /**
  * Create a GitHub issue. (see [below for nested schema](#nestedatt--action_filters--actions--github))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#github Alert#github}
  */
  readonly github?: AlertActionFiltersActionsGithub;
  /**
  * Create a Jira ticket. (see [below for nested schema](#nestedatt--action_filters--actions--jira))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#jira Alert#jira}
  */
  readonly jira?: AlertActionFiltersActionsJira;
  /**
  * Create a Jira Server ticket. (see [below for nested schema](#nestedatt--action_filters--actions--jira_server))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#jira_server Alert#jira_server}
  */
  readonly jiraServer?: AlertActionFiltersActionsJiraServer;
  /**
  * Notify on Microsoft Teams. (see [below for nested schema](#nestedatt--action_filters--actions--msteams))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#msteams Alert#msteams}
  */
  readonly msteams?: AlertActionFiltersActionsMsteams;
  /**
  * Notify on OpsGenie. (see [below for nested schema](#nestedatt--action_filters--actions--opsgenie))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#opsgenie Alert#opsgenie}
  */
  readonly opsgenie?: AlertActionFiltersActionsOpsgenie;
  /**
  * Notify on PagerDuty. (see [below for nested schema](#nestedatt--action_filters--actions--pagerduty))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#pagerduty Alert#pagerduty}
  */
  readonly pagerduty?: AlertActionFiltersActionsPagerduty;
  /**
  * Send a notification to all legacy integrations (plugins). **Deprecated** Action type plugin is deprecated and cannot be created. (see [below for nested schema](#nestedatt--action_filters--actions--plugin))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#plugin Alert#plugin}
  */
  readonly plugin?: AlertActionFiltersActionsPlugin;
  /**
  * Trigger an action in a Sentry App (e.g. Rootly). (see [below for nested schema](#nestedatt--action_filters--actions--sentry_app))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#sentry_app Alert#sentry_app}
  */
  readonly sentryApp?: AlertActionFiltersActionsSentryApp;
  /**
  * Notify on Slack. (see [below for nested schema](#nestedatt--action_filters--actions--slack))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#slack Alert#slack}
  */
  readonly slack?: AlertActionFiltersActionsSlack;
  /**
  * Notify on Azure DevOps. (see [below for nested schema](#nestedatt--action_filters--actions--vsts))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#vsts Alert#vsts}
  */
  readonly vsts?: AlertActionFiltersActionsVsts;
  /**
  * Send a notification via a legacy integration service (e.g. an internal integration's webhook). This is the successor to the `notify_event_service` action on the legacy `sentry_issue_alert` resource. (see [below for nested schema](#nestedatt--action_filters--actions--webhook))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#webhook Alert#webhook}
  */
  readonly webhook?: AlertActionFiltersActionsWebhook;
}

export function alertActionFiltersActionsToTerraform(struct?: AlertActionFiltersActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    discord: alertActionFiltersActionsDiscordToTerraform(struct!.discord),
    email: alertActionFiltersActionsEmailToTerraform(struct!.email),
    github: alertActionFiltersActionsGithubToTerraform(struct!.github),
    jira: alertActionFiltersActionsJiraToTerraform(struct!.jira),
    jira_server: alertActionFiltersActionsJiraServerToTerraform(struct!.jiraServer),
    msteams: alertActionFiltersActionsMsteamsToTerraform(struct!.msteams),
    opsgenie: alertActionFiltersActionsOpsgenieToTerraform(struct!.opsgenie),
    pagerduty: alertActionFiltersActionsPagerdutyToTerraform(struct!.pagerduty),
    plugin: alertActionFiltersActionsPluginToTerraform(struct!.plugin),
    sentry_app: alertActionFiltersActionsSentryAppToTerraform(struct!.sentryApp),
    slack: alertActionFiltersActionsSlackToTerraform(struct!.slack),
    vsts: alertActionFiltersActionsVstsToTerraform(struct!.vsts),
    webhook: alertActionFiltersActionsWebhookToTerraform(struct!.webhook),
  }
}


export function alertActionFiltersActionsToHclTerraform(struct?: AlertActionFiltersActions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    discord: {
      value: alertActionFiltersActionsDiscordToHclTerraform(struct!.discord),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsDiscord",
    },
    email: {
      value: alertActionFiltersActionsEmailToHclTerraform(struct!.email),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsEmail",
    },
    github: {
      value: alertActionFiltersActionsGithubToHclTerraform(struct!.github),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsGithub",
    },
    jira: {
      value: alertActionFiltersActionsJiraToHclTerraform(struct!.jira),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsJira",
    },
    jira_server: {
      value: alertActionFiltersActionsJiraServerToHclTerraform(struct!.jiraServer),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsJiraServer",
    },
    msteams: {
      value: alertActionFiltersActionsMsteamsToHclTerraform(struct!.msteams),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsMsteams",
    },
    opsgenie: {
      value: alertActionFiltersActionsOpsgenieToHclTerraform(struct!.opsgenie),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsOpsgenie",
    },
    pagerduty: {
      value: alertActionFiltersActionsPagerdutyToHclTerraform(struct!.pagerduty),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsPagerduty",
    },
    plugin: {
      value: alertActionFiltersActionsPluginToHclTerraform(struct!.plugin),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsPlugin",
    },
    sentry_app: {
      value: alertActionFiltersActionsSentryAppToHclTerraform(struct!.sentryApp),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsSentryApp",
    },
    slack: {
      value: alertActionFiltersActionsSlackToHclTerraform(struct!.slack),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsSlack",
    },
    vsts: {
      value: alertActionFiltersActionsVstsToHclTerraform(struct!.vsts),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsVsts",
    },
    webhook: {
      value: alertActionFiltersActionsWebhookToHclTerraform(struct!.webhook),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersActionsWebhook",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersActionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersActions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._discord?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.discord = this._discord?.internalValue;
    }
    if (this._email?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email?.internalValue;
    }
    if (this._github?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.github = this._github?.internalValue;
    }
    if (this._jira?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.jira = this._jira?.internalValue;
    }
    if (this._jiraServer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.jiraServer = this._jiraServer?.internalValue;
    }
    if (this._msteams?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.msteams = this._msteams?.internalValue;
    }
    if (this._opsgenie?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.opsgenie = this._opsgenie?.internalValue;
    }
    if (this._pagerduty?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.pagerduty = this._pagerduty?.internalValue;
    }
    if (this._plugin?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.plugin = this._plugin?.internalValue;
    }
    if (this._sentryApp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sentryApp = this._sentryApp?.internalValue;
    }
    if (this._slack?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.slack = this._slack?.internalValue;
    }
    if (this._vsts?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vsts = this._vsts?.internalValue;
    }
    if (this._webhook?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhook = this._webhook?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersActions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._discord.internalValue = undefined;
      this._email.internalValue = undefined;
      this._github.internalValue = undefined;
      this._jira.internalValue = undefined;
      this._jiraServer.internalValue = undefined;
      this._msteams.internalValue = undefined;
      this._opsgenie.internalValue = undefined;
      this._pagerduty.internalValue = undefined;
      this._plugin.internalValue = undefined;
      this._sentryApp.internalValue = undefined;
      this._slack.internalValue = undefined;
      this._vsts.internalValue = undefined;
      this._webhook.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._discord.internalValue = value.discord;
      this._email.internalValue = value.email;
      this._github.internalValue = value.github;
      this._jira.internalValue = value.jira;
      this._jiraServer.internalValue = value.jiraServer;
      this._msteams.internalValue = value.msteams;
      this._opsgenie.internalValue = value.opsgenie;
      this._pagerduty.internalValue = value.pagerduty;
      this._plugin.internalValue = value.plugin;
      this._sentryApp.internalValue = value.sentryApp;
      this._slack.internalValue = value.slack;
      this._vsts.internalValue = value.vsts;
      this._webhook.internalValue = value.webhook;
    }
  }

  // discord - computed: false, optional: true, required: false
  private _discord = new AlertActionFiltersActionsDiscordOutputReference(this, "discord");
  public get discord() {
    return this._discord;
  }
  public putDiscord(value: AlertActionFiltersActionsDiscord) {
    this._discord.internalValue = value;
  }
  public resetDiscord() {
    this._discord.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discordInput() {
    return this._discord.internalValue;
  }

  // email - computed: false, optional: true, required: false
  private _email = new AlertActionFiltersActionsEmailOutputReference(this, "email");
  public get email() {
    return this._email;
  }
  public putEmail(value: AlertActionFiltersActionsEmail) {
    this._email.internalValue = value;
  }
  public resetEmail() {
    this._email.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email.internalValue;
  }

  // github - computed: false, optional: true, required: false
  private _github = new AlertActionFiltersActionsGithubOutputReference(this, "github");
  public get github() {
    return this._github;
  }
  public putGithub(value: AlertActionFiltersActionsGithub) {
    this._github.internalValue = value;
  }
  public resetGithub() {
    this._github.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get githubInput() {
    return this._github.internalValue;
  }

  // jira - computed: false, optional: true, required: false
  private _jira = new AlertActionFiltersActionsJiraOutputReference(this, "jira");
  public get jira() {
    return this._jira;
  }
  public putJira(value: AlertActionFiltersActionsJira) {
    this._jira.internalValue = value;
  }
  public resetJira() {
    this._jira.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jiraInput() {
    return this._jira.internalValue;
  }

  // jira_server - computed: false, optional: true, required: false
  private _jiraServer = new AlertActionFiltersActionsJiraServerOutputReference(this, "jira_server");
  public get jiraServer() {
    return this._jiraServer;
  }
  public putJiraServer(value: AlertActionFiltersActionsJiraServer) {
    this._jiraServer.internalValue = value;
  }
  public resetJiraServer() {
    this._jiraServer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jiraServerInput() {
    return this._jiraServer.internalValue;
  }

  // msteams - computed: false, optional: true, required: false
  private _msteams = new AlertActionFiltersActionsMsteamsOutputReference(this, "msteams");
  public get msteams() {
    return this._msteams;
  }
  public putMsteams(value: AlertActionFiltersActionsMsteams) {
    this._msteams.internalValue = value;
  }
  public resetMsteams() {
    this._msteams.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get msteamsInput() {
    return this._msteams.internalValue;
  }

  // opsgenie - computed: false, optional: true, required: false
  private _opsgenie = new AlertActionFiltersActionsOpsgenieOutputReference(this, "opsgenie");
  public get opsgenie() {
    return this._opsgenie;
  }
  public putOpsgenie(value: AlertActionFiltersActionsOpsgenie) {
    this._opsgenie.internalValue = value;
  }
  public resetOpsgenie() {
    this._opsgenie.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get opsgenieInput() {
    return this._opsgenie.internalValue;
  }

  // pagerduty - computed: false, optional: true, required: false
  private _pagerduty = new AlertActionFiltersActionsPagerdutyOutputReference(this, "pagerduty");
  public get pagerduty() {
    return this._pagerduty;
  }
  public putPagerduty(value: AlertActionFiltersActionsPagerduty) {
    this._pagerduty.internalValue = value;
  }
  public resetPagerduty() {
    this._pagerduty.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pagerdutyInput() {
    return this._pagerduty.internalValue;
  }

  // plugin - computed: false, optional: true, required: false
  private _plugin = new AlertActionFiltersActionsPluginOutputReference(this, "plugin");
  public get plugin() {
    return this._plugin;
  }
  public putPlugin(value: AlertActionFiltersActionsPlugin) {
    this._plugin.internalValue = value;
  }
  public resetPlugin() {
    this._plugin.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pluginInput() {
    return this._plugin.internalValue;
  }

  // sentry_app - computed: false, optional: true, required: false
  private _sentryApp = new AlertActionFiltersActionsSentryAppOutputReference(this, "sentry_app");
  public get sentryApp() {
    return this._sentryApp;
  }
  public putSentryApp(value: AlertActionFiltersActionsSentryApp) {
    this._sentryApp.internalValue = value;
  }
  public resetSentryApp() {
    this._sentryApp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sentryAppInput() {
    return this._sentryApp.internalValue;
  }

  // slack - computed: false, optional: true, required: false
  private _slack = new AlertActionFiltersActionsSlackOutputReference(this, "slack");
  public get slack() {
    return this._slack;
  }
  public putSlack(value: AlertActionFiltersActionsSlack) {
    this._slack.internalValue = value;
  }
  public resetSlack() {
    this._slack.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slackInput() {
    return this._slack.internalValue;
  }

  // vsts - computed: false, optional: true, required: false
  private _vsts = new AlertActionFiltersActionsVstsOutputReference(this, "vsts");
  public get vsts() {
    return this._vsts;
  }
  public putVsts(value: AlertActionFiltersActionsVsts) {
    this._vsts.internalValue = value;
  }
  public resetVsts() {
    this._vsts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vstsInput() {
    return this._vsts.internalValue;
  }

  // webhook - computed: false, optional: true, required: false
  private _webhook = new AlertActionFiltersActionsWebhookOutputReference(this, "webhook");
  public get webhook() {
    return this._webhook;
  }
  public putWebhook(value: AlertActionFiltersActionsWebhook) {
    this._webhook.internalValue = value;
  }
  public resetWebhook() {
    this._webhook.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookInput() {
    return this._webhook.internalValue;
  }
}

export class AlertActionFiltersActionsList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersActions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersActionsOutputReference {
    return new AlertActionFiltersActionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFiltersConditionsAgeComparison {
  /**
  * The type of comparison to perform. Valid values are: `older`, and `newer`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#comparison_type Alert#comparison_type}
  */
  readonly comparisonType: string;
  /**
  * The unit of time for the age comparison. Valid values are: `minute`, `hour`, `day`, and `week`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#time Alert#time}
  */
  readonly time: string;
  /**
  * The value of the age comparison.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsAgeComparisonToTerraform(struct?: AlertActionFiltersConditionsAgeComparison | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comparison_type: cdktf.stringToTerraform(struct!.comparisonType),
    time: cdktf.stringToTerraform(struct!.time),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsAgeComparisonToHclTerraform(struct?: AlertActionFiltersConditionsAgeComparison | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comparison_type: {
      value: cdktf.stringToHclTerraform(struct!.comparisonType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    time: {
      value: cdktf.stringToHclTerraform(struct!.time),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsAgeComparisonOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsAgeComparison | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comparisonType !== undefined) {
      hasAnyValues = true;
      internalValueResult.comparisonType = this._comparisonType;
    }
    if (this._time !== undefined) {
      hasAnyValues = true;
      internalValueResult.time = this._time;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsAgeComparison | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comparisonType = undefined;
      this._time = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comparisonType = value.comparisonType;
      this._time = value.time;
      this._value = value.value;
    }
  }

  // comparison_type - computed: false, optional: false, required: true
  private _comparisonType?: string; 
  public get comparisonType() {
    return this.getStringAttribute('comparison_type');
  }
  public set comparisonType(value: string) {
    this._comparisonType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get comparisonTypeInput() {
    return this._comparisonType;
  }

  // time - computed: false, optional: false, required: true
  private _time?: string; 
  public get time() {
    return this.getStringAttribute('time');
  }
  public set time(value: string) {
    this._time = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timeInput() {
    return this._time;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsAssignedTo {
  /**
  * The internal ID of the user or team. Only required if the target type is `Member` or `Team`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#target_id Alert#target_id}
  */
  readonly targetId?: string;
  /**
  * Who the issue is assigned to. Valid values are: `Unassigned`, `Member`, and `Team`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#target_type Alert#target_type}
  */
  readonly targetType?: string;
}

export function alertActionFiltersConditionsAssignedToToTerraform(struct?: AlertActionFiltersConditionsAssignedTo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    target_id: cdktf.stringToTerraform(struct!.targetId),
    target_type: cdktf.stringToTerraform(struct!.targetType),
  }
}


export function alertActionFiltersConditionsAssignedToToHclTerraform(struct?: AlertActionFiltersConditionsAssignedTo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    target_id: {
      value: cdktf.stringToHclTerraform(struct!.targetId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_type: {
      value: cdktf.stringToHclTerraform(struct!.targetType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsAssignedToOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsAssignedTo | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._targetId !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetId = this._targetId;
    }
    if (this._targetType !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetType = this._targetType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsAssignedTo | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._targetId = undefined;
      this._targetType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._targetId = value.targetId;
      this._targetType = value.targetType;
    }
  }

  // target_id - computed: false, optional: true, required: false
  private _targetId?: string; 
  public get targetId() {
    return this.getStringAttribute('target_id');
  }
  public set targetId(value: string) {
    this._targetId = value;
  }
  public resetTargetId() {
    this._targetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetIdInput() {
    return this._targetId;
  }

  // target_type - computed: false, optional: true, required: false
  private _targetType?: string; 
  public get targetType() {
    return this.getStringAttribute('target_type');
  }
  public set targetType(value: string) {
    this._targetType = value;
  }
  public resetTargetType() {
    this._targetType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetTypeInput() {
    return this._targetType;
  }
}
export interface AlertActionFiltersConditionsEventAttribute {
  /**
  * The attribute to evaluate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#attribute Alert#attribute}
  */
  readonly attribute: string;
  /**
  * The match type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match: string;
  /**
  * The value to compare against. Not required when `match` is `is` or `ns`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value?: string;
}

export function alertActionFiltersConditionsEventAttributeToTerraform(struct?: AlertActionFiltersConditionsEventAttribute | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attribute: cdktf.stringToTerraform(struct!.attribute),
    match: cdktf.stringToTerraform(struct!.match),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventAttributeToHclTerraform(struct?: AlertActionFiltersConditionsEventAttribute | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attribute: {
      value: cdktf.stringToHclTerraform(struct!.attribute),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventAttributeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsEventAttribute | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attribute !== undefined) {
      hasAnyValues = true;
      internalValueResult.attribute = this._attribute;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventAttribute | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._attribute = undefined;
      this._match = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._attribute = value.attribute;
      this._match = value.match;
      this._value = value.value;
    }
  }

  // attribute - computed: false, optional: false, required: true
  private _attribute?: string; 
  public get attribute() {
    return this.getStringAttribute('attribute');
  }
  public set attribute(value: string) {
    this._attribute = value;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeInput() {
    return this._attribute;
  }

  // match - computed: false, optional: false, required: true
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsEventFrequencyCountFilters {
  /**
  * The attribute of the filter. Conflicts with `key`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#attribute Alert#attribute}
  */
  readonly attribute?: string;
  /**
  * The key of the filter. Conflicts with `attribute`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#key Alert#key}
  */
  readonly key?: string;
  /**
  * The match type of the filter. Valid values are: `co`, `ew`, `eq`, `gte`, `gt`, `is`, `in`, `lte`, `lt`, `nc`, `new`, `ne`, `ns`, `nsw`, `nin`, and `sw`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match?: string;
  /**
  * The value of the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value?: string;
}

export function alertActionFiltersConditionsEventFrequencyCountFiltersToTerraform(struct?: AlertActionFiltersConditionsEventFrequencyCountFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attribute: cdktf.stringToTerraform(struct!.attribute),
    key: cdktf.stringToTerraform(struct!.key),
    match: cdktf.stringToTerraform(struct!.match),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventFrequencyCountFiltersToHclTerraform(struct?: AlertActionFiltersConditionsEventFrequencyCountFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attribute: {
      value: cdktf.stringToHclTerraform(struct!.attribute),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventFrequencyCountFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersConditionsEventFrequencyCountFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attribute !== undefined) {
      hasAnyValues = true;
      internalValueResult.attribute = this._attribute;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventFrequencyCountFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._attribute = undefined;
      this._key = undefined;
      this._match = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._attribute = value.attribute;
      this._key = value.key;
      this._match = value.match;
      this._value = value.value;
    }
  }

  // attribute - computed: false, optional: true, required: false
  private _attribute?: string; 
  public get attribute() {
    return this.getStringAttribute('attribute');
  }
  public set attribute(value: string) {
    this._attribute = value;
  }
  public resetAttribute() {
    this._attribute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeInput() {
    return this._attribute;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // match - computed: false, optional: true, required: false
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  public resetMatch() {
    this._match = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AlertActionFiltersConditionsEventFrequencyCountFiltersList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersConditionsEventFrequencyCountFilters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersConditionsEventFrequencyCountFiltersOutputReference {
    return new AlertActionFiltersConditionsEventFrequencyCountFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFiltersConditionsEventFrequencyCount {
  /**
  * A list of additional sub-filters to evaluate before the alert will fire. (see [below for nested schema](#nestedatt--action_filters--conditions--event_frequency_count--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#filters Alert#filters}
  */
  readonly filters?: AlertActionFiltersConditionsEventFrequencyCountFilters[] | cdktf.IResolvable;
  /**
  * The time period in which to evaluate the value. e.g. Number of events in an issue is more than `value` in `interval`. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#interval Alert#interval}
  */
  readonly interval: string;
  /**
  * A positive integer representing the number of events in an issue that must come in before the alert will fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsEventFrequencyCountToTerraform(struct?: AlertActionFiltersConditionsEventFrequencyCount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(alertActionFiltersConditionsEventFrequencyCountFiltersToTerraform, false)(struct!.filters),
    interval: cdktf.stringToTerraform(struct!.interval),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventFrequencyCountToHclTerraform(struct?: AlertActionFiltersConditionsEventFrequencyCount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(alertActionFiltersConditionsEventFrequencyCountFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersConditionsEventFrequencyCountFiltersList",
    },
    interval: {
      value: cdktf.stringToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventFrequencyCountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsEventFrequencyCount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventFrequencyCount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._interval = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._interval = value.interval;
      this._value = value.value;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new AlertActionFiltersConditionsEventFrequencyCountFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: AlertActionFiltersConditionsEventFrequencyCountFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsEventFrequencyPercentFilters {
  /**
  * The attribute of the filter. Conflicts with `key`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#attribute Alert#attribute}
  */
  readonly attribute?: string;
  /**
  * The key of the filter. Conflicts with `attribute`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#key Alert#key}
  */
  readonly key?: string;
  /**
  * The match type of the filter. Valid values are: `co`, `ew`, `eq`, `gte`, `gt`, `is`, `in`, `lte`, `lt`, `nc`, `new`, `ne`, `ns`, `nsw`, `nin`, and `sw`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match?: string;
  /**
  * The value of the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value?: string;
}

export function alertActionFiltersConditionsEventFrequencyPercentFiltersToTerraform(struct?: AlertActionFiltersConditionsEventFrequencyPercentFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attribute: cdktf.stringToTerraform(struct!.attribute),
    key: cdktf.stringToTerraform(struct!.key),
    match: cdktf.stringToTerraform(struct!.match),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventFrequencyPercentFiltersToHclTerraform(struct?: AlertActionFiltersConditionsEventFrequencyPercentFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attribute: {
      value: cdktf.stringToHclTerraform(struct!.attribute),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventFrequencyPercentFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersConditionsEventFrequencyPercentFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attribute !== undefined) {
      hasAnyValues = true;
      internalValueResult.attribute = this._attribute;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventFrequencyPercentFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._attribute = undefined;
      this._key = undefined;
      this._match = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._attribute = value.attribute;
      this._key = value.key;
      this._match = value.match;
      this._value = value.value;
    }
  }

  // attribute - computed: false, optional: true, required: false
  private _attribute?: string; 
  public get attribute() {
    return this.getStringAttribute('attribute');
  }
  public set attribute(value: string) {
    this._attribute = value;
  }
  public resetAttribute() {
    this._attribute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeInput() {
    return this._attribute;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // match - computed: false, optional: true, required: false
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  public resetMatch() {
    this._match = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AlertActionFiltersConditionsEventFrequencyPercentFiltersList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersConditionsEventFrequencyPercentFilters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersConditionsEventFrequencyPercentFiltersOutputReference {
    return new AlertActionFiltersConditionsEventFrequencyPercentFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFiltersConditionsEventFrequencyPercent {
  /**
  * The time period to compare against. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#comparison_interval Alert#comparison_interval}
  */
  readonly comparisonInterval: string;
  /**
  * A list of additional sub-filters to evaluate before the alert will fire. (see [below for nested schema](#nestedatt--action_filters--conditions--event_frequency_percent--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#filters Alert#filters}
  */
  readonly filters?: AlertActionFiltersConditionsEventFrequencyPercentFilters[] | cdktf.IResolvable;
  /**
  * The time period in which to evaluate the value. e.g. Number of events in an issue is `comparisonInterval` percent higher `value` compared to `interval`. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#interval Alert#interval}
  */
  readonly interval: string;
  /**
  * A positive integer representing the number of events in an issue that must come in before the alert will fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsEventFrequencyPercentToTerraform(struct?: AlertActionFiltersConditionsEventFrequencyPercent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comparison_interval: cdktf.stringToTerraform(struct!.comparisonInterval),
    filters: cdktf.listMapper(alertActionFiltersConditionsEventFrequencyPercentFiltersToTerraform, false)(struct!.filters),
    interval: cdktf.stringToTerraform(struct!.interval),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventFrequencyPercentToHclTerraform(struct?: AlertActionFiltersConditionsEventFrequencyPercent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comparison_interval: {
      value: cdktf.stringToHclTerraform(struct!.comparisonInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filters: {
      value: cdktf.listMapperHcl(alertActionFiltersConditionsEventFrequencyPercentFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersConditionsEventFrequencyPercentFiltersList",
    },
    interval: {
      value: cdktf.stringToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventFrequencyPercentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsEventFrequencyPercent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comparisonInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.comparisonInterval = this._comparisonInterval;
    }
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventFrequencyPercent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comparisonInterval = undefined;
      this._filters.internalValue = undefined;
      this._interval = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comparisonInterval = value.comparisonInterval;
      this._filters.internalValue = value.filters;
      this._interval = value.interval;
      this._value = value.value;
    }
  }

  // comparison_interval - computed: false, optional: false, required: true
  private _comparisonInterval?: string; 
  public get comparisonInterval() {
    return this.getStringAttribute('comparison_interval');
  }
  public set comparisonInterval(value: string) {
    this._comparisonInterval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get comparisonIntervalInput() {
    return this._comparisonInterval;
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new AlertActionFiltersConditionsEventFrequencyPercentFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: AlertActionFiltersConditionsEventFrequencyPercentFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters {
  /**
  * The attribute of the filter. Conflicts with `key`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#attribute Alert#attribute}
  */
  readonly attribute?: string;
  /**
  * The key of the filter. Conflicts with `attribute`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#key Alert#key}
  */
  readonly key?: string;
  /**
  * The match type of the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match?: string;
  /**
  * The value of the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value?: string;
}

export function alertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersToTerraform(struct?: AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attribute: cdktf.stringToTerraform(struct!.attribute),
    key: cdktf.stringToTerraform(struct!.key),
    match: cdktf.stringToTerraform(struct!.match),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersToHclTerraform(struct?: AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attribute: {
      value: cdktf.stringToHclTerraform(struct!.attribute),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attribute !== undefined) {
      hasAnyValues = true;
      internalValueResult.attribute = this._attribute;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._attribute = undefined;
      this._key = undefined;
      this._match = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._attribute = value.attribute;
      this._key = value.key;
      this._match = value.match;
      this._value = value.value;
    }
  }

  // attribute - computed: false, optional: true, required: false
  private _attribute?: string; 
  public get attribute() {
    return this.getStringAttribute('attribute');
  }
  public set attribute(value: string) {
    this._attribute = value;
  }
  public resetAttribute() {
    this._attribute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeInput() {
    return this._attribute;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // match - computed: false, optional: true, required: false
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  public resetMatch() {
    this._match = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AlertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersOutputReference {
    return new AlertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFiltersConditionsEventUniqueUserFrequencyCount {
  /**
  * A list of additional sub-filters to evaluate before the alert will fire. (see [below for nested schema](#nestedatt--action_filters--conditions--event_unique_user_frequency_count--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#filters Alert#filters}
  */
  readonly filters?: AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters[] | cdktf.IResolvable;
  /**
  * The time period in which to evaluate the value. e.g. Number of users affected by an issue is more than `value` in `interval`. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#interval Alert#interval}
  */
  readonly interval: string;
  /**
  * A positive integer representing the number of users that must be affected before the alert will fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsEventUniqueUserFrequencyCountToTerraform(struct?: AlertActionFiltersConditionsEventUniqueUserFrequencyCount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(alertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersToTerraform, false)(struct!.filters),
    interval: cdktf.stringToTerraform(struct!.interval),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsEventUniqueUserFrequencyCountToHclTerraform(struct?: AlertActionFiltersConditionsEventUniqueUserFrequencyCount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(alertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersList",
    },
    interval: {
      value: cdktf.stringToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsEventUniqueUserFrequencyCountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsEventUniqueUserFrequencyCount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsEventUniqueUserFrequencyCount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._interval = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._interval = value.interval;
      this._value = value.value;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new AlertActionFiltersConditionsEventUniqueUserFrequencyCountFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: AlertActionFiltersConditionsEventUniqueUserFrequencyCountFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsIssueCategory {
  /**
  * If `true`, the condition matches when the issue category is equal to `value`. If `false`, the condition matches when it is not equal. Defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#include Alert#include}
  */
  readonly include?: boolean | cdktf.IResolvable;
  /**
  * The issue category to filter to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsIssueCategoryToTerraform(struct?: AlertActionFiltersConditionsIssueCategory | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    include: cdktf.booleanToTerraform(struct!.include),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsIssueCategoryToHclTerraform(struct?: AlertActionFiltersConditionsIssueCategory | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    include: {
      value: cdktf.booleanToHclTerraform(struct!.include),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsIssueCategoryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsIssueCategory | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._include !== undefined) {
      hasAnyValues = true;
      internalValueResult.include = this._include;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsIssueCategory | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._include = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._include = value.include;
      this._value = value.value;
    }
  }

  // include - computed: false, optional: true, required: false
  private _include?: boolean | cdktf.IResolvable; 
  public get include() {
    return this.getBooleanAttribute('include');
  }
  public set include(value: boolean | cdktf.IResolvable) {
    this._include = value;
  }
  public resetInclude() {
    this._include = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInput() {
    return this._include;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsIssueOccurrences {
  /**
  * A positive integer representing how many times the issue has to happen before the alert will fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsIssueOccurrencesToTerraform(struct?: AlertActionFiltersConditionsIssueOccurrences | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsIssueOccurrencesToHclTerraform(struct?: AlertActionFiltersConditionsIssueOccurrences | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsIssueOccurrencesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsIssueOccurrences | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsIssueOccurrences | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._value = value.value;
    }
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsIssuePriorityDeescalating {
  /**
  * The minimum priority threshold required to trigger a de-escalation event. The rule triggers when the historical peak priority meets this threshold, and the current priority drops below it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#comparison Alert#comparison}
  */
  readonly comparison: number;
}

export function alertActionFiltersConditionsIssuePriorityDeescalatingToTerraform(struct?: AlertActionFiltersConditionsIssuePriorityDeescalating | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comparison: cdktf.numberToTerraform(struct!.comparison),
  }
}


export function alertActionFiltersConditionsIssuePriorityDeescalatingToHclTerraform(struct?: AlertActionFiltersConditionsIssuePriorityDeescalating | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comparison: {
      value: cdktf.numberToHclTerraform(struct!.comparison),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsIssuePriorityDeescalatingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsIssuePriorityDeescalating | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comparison !== undefined) {
      hasAnyValues = true;
      internalValueResult.comparison = this._comparison;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsIssuePriorityDeescalating | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comparison = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comparison = value.comparison;
    }
  }

  // comparison - computed: false, optional: false, required: true
  private _comparison?: number; 
  public get comparison() {
    return this.getNumberAttribute('comparison');
  }
  public set comparison(value: number) {
    this._comparison = value;
  }
  // Temporarily expose input value. Use with caution.
  public get comparisonInput() {
    return this._comparison;
  }
}
export interface AlertActionFiltersConditionsIssuePriorityGreaterOrEqual {
  /**
  * The priority the issue must be for the alert to fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#comparison Alert#comparison}
  */
  readonly comparison: number;
}

export function alertActionFiltersConditionsIssuePriorityGreaterOrEqualToTerraform(struct?: AlertActionFiltersConditionsIssuePriorityGreaterOrEqual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comparison: cdktf.numberToTerraform(struct!.comparison),
  }
}


export function alertActionFiltersConditionsIssuePriorityGreaterOrEqualToHclTerraform(struct?: AlertActionFiltersConditionsIssuePriorityGreaterOrEqual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comparison: {
      value: cdktf.numberToHclTerraform(struct!.comparison),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsIssuePriorityGreaterOrEqualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsIssuePriorityGreaterOrEqual | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comparison !== undefined) {
      hasAnyValues = true;
      internalValueResult.comparison = this._comparison;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsIssuePriorityGreaterOrEqual | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comparison = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comparison = value.comparison;
    }
  }

  // comparison - computed: false, optional: false, required: true
  private _comparison?: number; 
  public get comparison() {
    return this.getNumberAttribute('comparison');
  }
  public set comparison(value: number) {
    this._comparison = value;
  }
  // Temporarily expose input value. Use with caution.
  public get comparisonInput() {
    return this._comparison;
  }
}
export interface AlertActionFiltersConditionsIssueType {
  /**
  * If `true`, matches when the issue type equals `value`. If `false`, matches when it does not equal `value`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#include Alert#include}
  */
  readonly include: boolean | cdktf.IResolvable;
  /**
  * The issue type slug (e.g. `performance_large_http_payload`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: string;
}

export function alertActionFiltersConditionsIssueTypeToTerraform(struct?: AlertActionFiltersConditionsIssueType | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    include: cdktf.booleanToTerraform(struct!.include),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsIssueTypeToHclTerraform(struct?: AlertActionFiltersConditionsIssueType | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    include: {
      value: cdktf.booleanToHclTerraform(struct!.include),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsIssueTypeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsIssueType | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._include !== undefined) {
      hasAnyValues = true;
      internalValueResult.include = this._include;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsIssueType | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._include = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._include = value.include;
      this._value = value.value;
    }
  }

  // include - computed: false, optional: false, required: true
  private _include?: boolean | cdktf.IResolvable; 
  public get include() {
    return this.getBooleanAttribute('include');
  }
  public set include(value: boolean | cdktf.IResolvable) {
    this._include = value;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInput() {
    return this._include;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsLatestAdoptedRelease {
  /**
  * The age comparison to use. Valid values are: `older`, and `newer`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#age_comparison Alert#age_comparison}
  */
  readonly ageComparison: string;
  /**
  * The environment to compare against.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#environment Alert#environment}
  */
  readonly environment: string;
  /**
  * The release age type to use. Valid values are: `oldest`, and `newest`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#release_age_type Alert#release_age_type}
  */
  readonly releaseAgeType: string;
}

export function alertActionFiltersConditionsLatestAdoptedReleaseToTerraform(struct?: AlertActionFiltersConditionsLatestAdoptedRelease | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    age_comparison: cdktf.stringToTerraform(struct!.ageComparison),
    environment: cdktf.stringToTerraform(struct!.environment),
    release_age_type: cdktf.stringToTerraform(struct!.releaseAgeType),
  }
}


export function alertActionFiltersConditionsLatestAdoptedReleaseToHclTerraform(struct?: AlertActionFiltersConditionsLatestAdoptedRelease | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    age_comparison: {
      value: cdktf.stringToHclTerraform(struct!.ageComparison),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    environment: {
      value: cdktf.stringToHclTerraform(struct!.environment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    release_age_type: {
      value: cdktf.stringToHclTerraform(struct!.releaseAgeType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsLatestAdoptedReleaseOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsLatestAdoptedRelease | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ageComparison !== undefined) {
      hasAnyValues = true;
      internalValueResult.ageComparison = this._ageComparison;
    }
    if (this._environment !== undefined) {
      hasAnyValues = true;
      internalValueResult.environment = this._environment;
    }
    if (this._releaseAgeType !== undefined) {
      hasAnyValues = true;
      internalValueResult.releaseAgeType = this._releaseAgeType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsLatestAdoptedRelease | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ageComparison = undefined;
      this._environment = undefined;
      this._releaseAgeType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ageComparison = value.ageComparison;
      this._environment = value.environment;
      this._releaseAgeType = value.releaseAgeType;
    }
  }

  // age_comparison - computed: false, optional: false, required: true
  private _ageComparison?: string; 
  public get ageComparison() {
    return this.getStringAttribute('age_comparison');
  }
  public set ageComparison(value: string) {
    this._ageComparison = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ageComparisonInput() {
    return this._ageComparison;
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

  // release_age_type - computed: false, optional: false, required: true
  private _releaseAgeType?: string; 
  public get releaseAgeType() {
    return this.getStringAttribute('release_age_type');
  }
  public set releaseAgeType(value: string) {
    this._releaseAgeType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get releaseAgeTypeInput() {
    return this._releaseAgeType;
  }
}
export interface AlertActionFiltersConditionsLatestRelease {
}

export function alertActionFiltersConditionsLatestReleaseToTerraform(struct?: AlertActionFiltersConditionsLatestRelease | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function alertActionFiltersConditionsLatestReleaseToHclTerraform(struct?: AlertActionFiltersConditionsLatestRelease | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertActionFiltersConditionsLatestReleaseOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsLatestRelease | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsLatestRelease | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AlertActionFiltersConditionsLevel {
  /**
  * The level to compare against.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#level Alert#level}
  */
  readonly level: number;
  /**
  * The comparison operator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match: string;
}

export function alertActionFiltersConditionsLevelToTerraform(struct?: AlertActionFiltersConditionsLevel | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    level: cdktf.numberToTerraform(struct!.level),
    match: cdktf.stringToTerraform(struct!.match),
  }
}


export function alertActionFiltersConditionsLevelToHclTerraform(struct?: AlertActionFiltersConditionsLevel | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    level: {
      value: cdktf.numberToHclTerraform(struct!.level),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsLevelOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsLevel | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._level !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsLevel | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._level = undefined;
      this._match = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._level = value.level;
      this._match = value.match;
    }
  }

  // level - computed: false, optional: false, required: true
  private _level?: number; 
  public get level() {
    return this.getNumberAttribute('level');
  }
  public set level(value: number) {
    this._level = value;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level;
  }

  // match - computed: false, optional: false, required: true
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }
}
export interface AlertActionFiltersConditionsPercentSessionsCount {
  /**
  * The time period in which to evaluate the value. e.g. Percentage of sessions affected by an issue is more than `value` in `interval`. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#interval Alert#interval}
  */
  readonly interval: string;
  /**
  * A positive integer representing the number of events in an issue that must come in before the alert will fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsPercentSessionsCountToTerraform(struct?: AlertActionFiltersConditionsPercentSessionsCount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    interval: cdktf.stringToTerraform(struct!.interval),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsPercentSessionsCountToHclTerraform(struct?: AlertActionFiltersConditionsPercentSessionsCount | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    interval: {
      value: cdktf.stringToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsPercentSessionsCountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsPercentSessionsCount | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsPercentSessionsCount | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._interval = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._interval = value.interval;
      this._value = value.value;
    }
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsPercentSessionsPercentFilters {
  /**
  * The attribute of the filter. Conflicts with `key`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#attribute Alert#attribute}
  */
  readonly attribute?: string;
  /**
  * The key of the filter. Conflicts with `attribute`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#key Alert#key}
  */
  readonly key?: string;
  /**
  * The match type of the filter. Valid values are: `co`, `ew`, `eq`, `gte`, `gt`, `is`, `in`, `lte`, `lt`, `nc`, `new`, `ne`, `ns`, `nsw`, `nin`, and `sw`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match?: string;
  /**
  * The value of the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value?: string;
}

export function alertActionFiltersConditionsPercentSessionsPercentFiltersToTerraform(struct?: AlertActionFiltersConditionsPercentSessionsPercentFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    attribute: cdktf.stringToTerraform(struct!.attribute),
    key: cdktf.stringToTerraform(struct!.key),
    match: cdktf.stringToTerraform(struct!.match),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsPercentSessionsPercentFiltersToHclTerraform(struct?: AlertActionFiltersConditionsPercentSessionsPercentFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    attribute: {
      value: cdktf.stringToHclTerraform(struct!.attribute),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsPercentSessionsPercentFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersConditionsPercentSessionsPercentFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._attribute !== undefined) {
      hasAnyValues = true;
      internalValueResult.attribute = this._attribute;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsPercentSessionsPercentFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._attribute = undefined;
      this._key = undefined;
      this._match = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._attribute = value.attribute;
      this._key = value.key;
      this._match = value.match;
      this._value = value.value;
    }
  }

  // attribute - computed: false, optional: true, required: false
  private _attribute?: string; 
  public get attribute() {
    return this.getStringAttribute('attribute');
  }
  public set attribute(value: string) {
    this._attribute = value;
  }
  public resetAttribute() {
    this._attribute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get attributeInput() {
    return this._attribute;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // match - computed: false, optional: true, required: false
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  public resetMatch() {
    this._match = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AlertActionFiltersConditionsPercentSessionsPercentFiltersList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersConditionsPercentSessionsPercentFilters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersConditionsPercentSessionsPercentFiltersOutputReference {
    return new AlertActionFiltersConditionsPercentSessionsPercentFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFiltersConditionsPercentSessionsPercent {
  /**
  * The time period to compare against. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#comparison_interval Alert#comparison_interval}
  */
  readonly comparisonInterval: string;
  /**
  * A list of additional sub-filters to evaluate before the alert will fire. (see [below for nested schema](#nestedatt--action_filters--conditions--percent_sessions_percent--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#filters Alert#filters}
  */
  readonly filters?: AlertActionFiltersConditionsPercentSessionsPercentFilters[] | cdktf.IResolvable;
  /**
  * The time period in which to evaluate the value. e.g. Percentage of sessions affected by an issue is `comparisonInterval` percent higher `value` compared to `interval`. Valid values are: `1m`, `5m`, `15m`, `1h`, `1d`, `1w`, and `30d`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#interval Alert#interval}
  */
  readonly interval: string;
  /**
  * A positive integer representing the number of events in an issue that must come in before the alert will fire.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value: number;
}

export function alertActionFiltersConditionsPercentSessionsPercentToTerraform(struct?: AlertActionFiltersConditionsPercentSessionsPercent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comparison_interval: cdktf.stringToTerraform(struct!.comparisonInterval),
    filters: cdktf.listMapper(alertActionFiltersConditionsPercentSessionsPercentFiltersToTerraform, false)(struct!.filters),
    interval: cdktf.stringToTerraform(struct!.interval),
    value: cdktf.numberToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsPercentSessionsPercentToHclTerraform(struct?: AlertActionFiltersConditionsPercentSessionsPercent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comparison_interval: {
      value: cdktf.stringToHclTerraform(struct!.comparisonInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filters: {
      value: cdktf.listMapperHcl(alertActionFiltersConditionsPercentSessionsPercentFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersConditionsPercentSessionsPercentFiltersList",
    },
    interval: {
      value: cdktf.stringToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.numberToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsPercentSessionsPercentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsPercentSessionsPercent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comparisonInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.comparisonInterval = this._comparisonInterval;
    }
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsPercentSessionsPercent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comparisonInterval = undefined;
      this._filters.internalValue = undefined;
      this._interval = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comparisonInterval = value.comparisonInterval;
      this._filters.internalValue = value.filters;
      this._interval = value.interval;
      this._value = value.value;
    }
  }

  // comparison_interval - computed: false, optional: false, required: true
  private _comparisonInterval?: string; 
  public get comparisonInterval() {
    return this.getStringAttribute('comparison_interval');
  }
  public set comparisonInterval(value: string) {
    this._comparisonInterval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get comparisonIntervalInput() {
    return this._comparisonInterval;
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new AlertActionFiltersConditionsPercentSessionsPercentFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: AlertActionFiltersConditionsPercentSessionsPercentFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // interval - computed: false, optional: false, required: true
  private _interval?: string; 
  public get interval() {
    return this.getStringAttribute('interval');
  }
  public set interval(value: string) {
    this._interval = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // value - computed: false, optional: false, required: true
  private _value?: number; 
  public get value() {
    return this.getNumberAttribute('value');
  }
  public set value(value: number) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditionsTaggedEvent {
  /**
  * The tag value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#key Alert#key}
  */
  readonly key: string;
  /**
  * The comparison operator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#match Alert#match}
  */
  readonly match: string;
  /**
  * A string. Not required when match is `is` or `ns`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#value Alert#value}
  */
  readonly value?: string;
}

export function alertActionFiltersConditionsTaggedEventToTerraform(struct?: AlertActionFiltersConditionsTaggedEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    match: cdktf.stringToTerraform(struct!.match),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function alertActionFiltersConditionsTaggedEventToHclTerraform(struct?: AlertActionFiltersConditionsTaggedEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsTaggedEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertActionFiltersConditionsTaggedEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditionsTaggedEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._match = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._match = value.match;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // match - computed: false, optional: false, required: true
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}
export interface AlertActionFiltersConditions {
  /**
  * Issue age. (see [below for nested schema](#nestedatt--action_filters--conditions--age_comparison))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#age_comparison Alert#age_comparison}
  */
  readonly ageComparison?: AlertActionFiltersConditionsAgeComparison;
  /**
  * Issue assignment. (see [below for nested schema](#nestedatt--action_filters--conditions--assigned_to))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#assigned_to Alert#assigned_to}
  */
  readonly assignedTo?: AlertActionFiltersConditionsAssignedTo;
  /**
  * The event's `attribute` value `match` `value`. (see [below for nested schema](#nestedatt--action_filters--conditions--event_attribute))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#event_attribute Alert#event_attribute}
  */
  readonly eventAttribute?: AlertActionFiltersConditionsEventAttribute;
  /**
  * Number of events. (see [below for nested schema](#nestedatt--action_filters--conditions--event_frequency_count))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#event_frequency_count Alert#event_frequency_count}
  */
  readonly eventFrequencyCount?: AlertActionFiltersConditionsEventFrequencyCount;
  /**
  * Percent of events. (see [below for nested schema](#nestedatt--action_filters--conditions--event_frequency_percent))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#event_frequency_percent Alert#event_frequency_percent}
  */
  readonly eventFrequencyPercent?: AlertActionFiltersConditionsEventFrequencyPercent;
  /**
  * Number of users affected. (see [below for nested schema](#nestedatt--action_filters--conditions--event_unique_user_frequency_count))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#event_unique_user_frequency_count Alert#event_unique_user_frequency_count}
  */
  readonly eventUniqueUserFrequencyCount?: AlertActionFiltersConditionsEventUniqueUserFrequencyCount;
  /**
  * Issue category. (see [below for nested schema](#nestedatt--action_filters--conditions--issue_category))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_category Alert#issue_category}
  */
  readonly issueCategory?: AlertActionFiltersConditionsIssueCategory;
  /**
  * Issue frequency. (see [below for nested schema](#nestedatt--action_filters--conditions--issue_occurrences))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_occurrences Alert#issue_occurrences}
  */
  readonly issueOccurrences?: AlertActionFiltersConditionsIssueOccurrences;
  /**
  * De-escalation. (see [below for nested schema](#nestedatt--action_filters--conditions--issue_priority_deescalating))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_priority_deescalating Alert#issue_priority_deescalating}
  */
  readonly issuePriorityDeescalating?: AlertActionFiltersConditionsIssuePriorityDeescalating;
  /**
  * Issue priority. (see [below for nested schema](#nestedatt--action_filters--conditions--issue_priority_greater_or_equal))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_priority_greater_or_equal Alert#issue_priority_greater_or_equal}
  */
  readonly issuePriorityGreaterOrEqual?: AlertActionFiltersConditionsIssuePriorityGreaterOrEqual;
  /**
  * Issue type is (or is not) `value`. (see [below for nested schema](#nestedatt--action_filters--conditions--issue_type))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_type Alert#issue_type}
  */
  readonly issueType?: AlertActionFiltersConditionsIssueType;
  /**
  * The `release_age_type` adopted release associated with the event's issue is `age_comparison` than the latest adopted release in `environment`. (see [below for nested schema](#nestedatt--action_filters--conditions--latest_adopted_release))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#latest_adopted_release Alert#latest_adopted_release}
  */
  readonly latestAdoptedRelease?: AlertActionFiltersConditionsLatestAdoptedRelease;
  /**
  * The event is from the latest release. (see [below for nested schema](#nestedatt--action_filters--conditions--latest_release))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#latest_release Alert#latest_release}
  */
  readonly latestRelease?: AlertActionFiltersConditionsLatestRelease;
  /**
  * The event's level match `level`. (see [below for nested schema](#nestedatt--action_filters--conditions--level))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#level Alert#level}
  */
  readonly level?: AlertActionFiltersConditionsLevel;
  /**
  * Percentage of sessions affected count. (see [below for nested schema](#nestedatt--action_filters--conditions--percent_sessions_count))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#percent_sessions_count Alert#percent_sessions_count}
  */
  readonly percentSessionsCount?: AlertActionFiltersConditionsPercentSessionsCount;
  /**
  * Percentage of sessions affected percent. (see [below for nested schema](#nestedatt--action_filters--conditions--percent_sessions_percent))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#percent_sessions_percent Alert#percent_sessions_percent}
  */
  readonly percentSessionsPercent?: AlertActionFiltersConditionsPercentSessionsPercent;
  /**
  * The event's tags `key` match `value`. (see [below for nested schema](#nestedatt--action_filters--conditions--tagged_event))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#tagged_event Alert#tagged_event}
  */
  readonly taggedEvent?: AlertActionFiltersConditionsTaggedEvent;
}

export function alertActionFiltersConditionsToTerraform(struct?: AlertActionFiltersConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    age_comparison: alertActionFiltersConditionsAgeComparisonToTerraform(struct!.ageComparison),
    assigned_to: alertActionFiltersConditionsAssignedToToTerraform(struct!.assignedTo),
    event_attribute: alertActionFiltersConditionsEventAttributeToTerraform(struct!.eventAttribute),
    event_frequency_count: alertActionFiltersConditionsEventFrequencyCountToTerraform(struct!.eventFrequencyCount),
    event_frequency_percent: alertActionFiltersConditionsEventFrequencyPercentToTerraform(struct!.eventFrequencyPercent),
    event_unique_user_frequency_count: alertActionFiltersConditionsEventUniqueUserFrequencyCountToTerraform(struct!.eventUniqueUserFrequencyCount),
    issue_category: alertActionFiltersConditionsIssueCategoryToTerraform(struct!.issueCategory),
    issue_occurrences: alertActionFiltersConditionsIssueOccurrencesToTerraform(struct!.issueOccurrences),
    issue_priority_deescalating: alertActionFiltersConditionsIssuePriorityDeescalatingToTerraform(struct!.issuePriorityDeescalating),
    issue_priority_greater_or_equal: alertActionFiltersConditionsIssuePriorityGreaterOrEqualToTerraform(struct!.issuePriorityGreaterOrEqual),
    issue_type: alertActionFiltersConditionsIssueTypeToTerraform(struct!.issueType),
    latest_adopted_release: alertActionFiltersConditionsLatestAdoptedReleaseToTerraform(struct!.latestAdoptedRelease),
    latest_release: alertActionFiltersConditionsLatestReleaseToTerraform(struct!.latestRelease),
    level: alertActionFiltersConditionsLevelToTerraform(struct!.level),
    percent_sessions_count: alertActionFiltersConditionsPercentSessionsCountToTerraform(struct!.percentSessionsCount),
    percent_sessions_percent: alertActionFiltersConditionsPercentSessionsPercentToTerraform(struct!.percentSessionsPercent),
    tagged_event: alertActionFiltersConditionsTaggedEventToTerraform(struct!.taggedEvent),
  }
}


export function alertActionFiltersConditionsToHclTerraform(struct?: AlertActionFiltersConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    age_comparison: {
      value: alertActionFiltersConditionsAgeComparisonToHclTerraform(struct!.ageComparison),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsAgeComparison",
    },
    assigned_to: {
      value: alertActionFiltersConditionsAssignedToToHclTerraform(struct!.assignedTo),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsAssignedTo",
    },
    event_attribute: {
      value: alertActionFiltersConditionsEventAttributeToHclTerraform(struct!.eventAttribute),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsEventAttribute",
    },
    event_frequency_count: {
      value: alertActionFiltersConditionsEventFrequencyCountToHclTerraform(struct!.eventFrequencyCount),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsEventFrequencyCount",
    },
    event_frequency_percent: {
      value: alertActionFiltersConditionsEventFrequencyPercentToHclTerraform(struct!.eventFrequencyPercent),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsEventFrequencyPercent",
    },
    event_unique_user_frequency_count: {
      value: alertActionFiltersConditionsEventUniqueUserFrequencyCountToHclTerraform(struct!.eventUniqueUserFrequencyCount),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsEventUniqueUserFrequencyCount",
    },
    issue_category: {
      value: alertActionFiltersConditionsIssueCategoryToHclTerraform(struct!.issueCategory),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsIssueCategory",
    },
    issue_occurrences: {
      value: alertActionFiltersConditionsIssueOccurrencesToHclTerraform(struct!.issueOccurrences),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsIssueOccurrences",
    },
    issue_priority_deescalating: {
      value: alertActionFiltersConditionsIssuePriorityDeescalatingToHclTerraform(struct!.issuePriorityDeescalating),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsIssuePriorityDeescalating",
    },
    issue_priority_greater_or_equal: {
      value: alertActionFiltersConditionsIssuePriorityGreaterOrEqualToHclTerraform(struct!.issuePriorityGreaterOrEqual),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsIssuePriorityGreaterOrEqual",
    },
    issue_type: {
      value: alertActionFiltersConditionsIssueTypeToHclTerraform(struct!.issueType),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsIssueType",
    },
    latest_adopted_release: {
      value: alertActionFiltersConditionsLatestAdoptedReleaseToHclTerraform(struct!.latestAdoptedRelease),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsLatestAdoptedRelease",
    },
    latest_release: {
      value: alertActionFiltersConditionsLatestReleaseToHclTerraform(struct!.latestRelease),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsLatestRelease",
    },
    level: {
      value: alertActionFiltersConditionsLevelToHclTerraform(struct!.level),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsLevel",
    },
    percent_sessions_count: {
      value: alertActionFiltersConditionsPercentSessionsCountToHclTerraform(struct!.percentSessionsCount),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsPercentSessionsCount",
    },
    percent_sessions_percent: {
      value: alertActionFiltersConditionsPercentSessionsPercentToHclTerraform(struct!.percentSessionsPercent),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsPercentSessionsPercent",
    },
    tagged_event: {
      value: alertActionFiltersConditionsTaggedEventToHclTerraform(struct!.taggedEvent),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertActionFiltersConditionsTaggedEvent",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersConditionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFiltersConditions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ageComparison?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ageComparison = this._ageComparison?.internalValue;
    }
    if (this._assignedTo?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.assignedTo = this._assignedTo?.internalValue;
    }
    if (this._eventAttribute?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventAttribute = this._eventAttribute?.internalValue;
    }
    if (this._eventFrequencyCount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventFrequencyCount = this._eventFrequencyCount?.internalValue;
    }
    if (this._eventFrequencyPercent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventFrequencyPercent = this._eventFrequencyPercent?.internalValue;
    }
    if (this._eventUniqueUserFrequencyCount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.eventUniqueUserFrequencyCount = this._eventUniqueUserFrequencyCount?.internalValue;
    }
    if (this._issueCategory?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.issueCategory = this._issueCategory?.internalValue;
    }
    if (this._issueOccurrences?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.issueOccurrences = this._issueOccurrences?.internalValue;
    }
    if (this._issuePriorityDeescalating?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.issuePriorityDeescalating = this._issuePriorityDeescalating?.internalValue;
    }
    if (this._issuePriorityGreaterOrEqual?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.issuePriorityGreaterOrEqual = this._issuePriorityGreaterOrEqual?.internalValue;
    }
    if (this._issueType?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.issueType = this._issueType?.internalValue;
    }
    if (this._latestAdoptedRelease?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.latestAdoptedRelease = this._latestAdoptedRelease?.internalValue;
    }
    if (this._latestRelease?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.latestRelease = this._latestRelease?.internalValue;
    }
    if (this._level?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.level = this._level?.internalValue;
    }
    if (this._percentSessionsCount?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.percentSessionsCount = this._percentSessionsCount?.internalValue;
    }
    if (this._percentSessionsPercent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.percentSessionsPercent = this._percentSessionsPercent?.internalValue;
    }
    if (this._taggedEvent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.taggedEvent = this._taggedEvent?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFiltersConditions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ageComparison.internalValue = undefined;
      this._assignedTo.internalValue = undefined;
      this._eventAttribute.internalValue = undefined;
      this._eventFrequencyCount.internalValue = undefined;
      this._eventFrequencyPercent.internalValue = undefined;
      this._eventUniqueUserFrequencyCount.internalValue = undefined;
      this._issueCategory.internalValue = undefined;
      this._issueOccurrences.internalValue = undefined;
      this._issuePriorityDeescalating.internalValue = undefined;
      this._issuePriorityGreaterOrEqual.internalValue = undefined;
      this._issueType.internalValue = undefined;
      this._latestAdoptedRelease.internalValue = undefined;
      this._latestRelease.internalValue = undefined;
      this._level.internalValue = undefined;
      this._percentSessionsCount.internalValue = undefined;
      this._percentSessionsPercent.internalValue = undefined;
      this._taggedEvent.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ageComparison.internalValue = value.ageComparison;
      this._assignedTo.internalValue = value.assignedTo;
      this._eventAttribute.internalValue = value.eventAttribute;
      this._eventFrequencyCount.internalValue = value.eventFrequencyCount;
      this._eventFrequencyPercent.internalValue = value.eventFrequencyPercent;
      this._eventUniqueUserFrequencyCount.internalValue = value.eventUniqueUserFrequencyCount;
      this._issueCategory.internalValue = value.issueCategory;
      this._issueOccurrences.internalValue = value.issueOccurrences;
      this._issuePriorityDeescalating.internalValue = value.issuePriorityDeescalating;
      this._issuePriorityGreaterOrEqual.internalValue = value.issuePriorityGreaterOrEqual;
      this._issueType.internalValue = value.issueType;
      this._latestAdoptedRelease.internalValue = value.latestAdoptedRelease;
      this._latestRelease.internalValue = value.latestRelease;
      this._level.internalValue = value.level;
      this._percentSessionsCount.internalValue = value.percentSessionsCount;
      this._percentSessionsPercent.internalValue = value.percentSessionsPercent;
      this._taggedEvent.internalValue = value.taggedEvent;
    }
  }

  // age_comparison - computed: false, optional: true, required: false
  private _ageComparison = new AlertActionFiltersConditionsAgeComparisonOutputReference(this, "age_comparison");
  public get ageComparison() {
    return this._ageComparison;
  }
  public putAgeComparison(value: AlertActionFiltersConditionsAgeComparison) {
    this._ageComparison.internalValue = value;
  }
  public resetAgeComparison() {
    this._ageComparison.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ageComparisonInput() {
    return this._ageComparison.internalValue;
  }

  // assigned_to - computed: false, optional: true, required: false
  private _assignedTo = new AlertActionFiltersConditionsAssignedToOutputReference(this, "assigned_to");
  public get assignedTo() {
    return this._assignedTo;
  }
  public putAssignedTo(value: AlertActionFiltersConditionsAssignedTo) {
    this._assignedTo.internalValue = value;
  }
  public resetAssignedTo() {
    this._assignedTo.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assignedToInput() {
    return this._assignedTo.internalValue;
  }

  // event_attribute - computed: false, optional: true, required: false
  private _eventAttribute = new AlertActionFiltersConditionsEventAttributeOutputReference(this, "event_attribute");
  public get eventAttribute() {
    return this._eventAttribute;
  }
  public putEventAttribute(value: AlertActionFiltersConditionsEventAttribute) {
    this._eventAttribute.internalValue = value;
  }
  public resetEventAttribute() {
    this._eventAttribute.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventAttributeInput() {
    return this._eventAttribute.internalValue;
  }

  // event_frequency_count - computed: false, optional: true, required: false
  private _eventFrequencyCount = new AlertActionFiltersConditionsEventFrequencyCountOutputReference(this, "event_frequency_count");
  public get eventFrequencyCount() {
    return this._eventFrequencyCount;
  }
  public putEventFrequencyCount(value: AlertActionFiltersConditionsEventFrequencyCount) {
    this._eventFrequencyCount.internalValue = value;
  }
  public resetEventFrequencyCount() {
    this._eventFrequencyCount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventFrequencyCountInput() {
    return this._eventFrequencyCount.internalValue;
  }

  // event_frequency_percent - computed: false, optional: true, required: false
  private _eventFrequencyPercent = new AlertActionFiltersConditionsEventFrequencyPercentOutputReference(this, "event_frequency_percent");
  public get eventFrequencyPercent() {
    return this._eventFrequencyPercent;
  }
  public putEventFrequencyPercent(value: AlertActionFiltersConditionsEventFrequencyPercent) {
    this._eventFrequencyPercent.internalValue = value;
  }
  public resetEventFrequencyPercent() {
    this._eventFrequencyPercent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventFrequencyPercentInput() {
    return this._eventFrequencyPercent.internalValue;
  }

  // event_unique_user_frequency_count - computed: false, optional: true, required: false
  private _eventUniqueUserFrequencyCount = new AlertActionFiltersConditionsEventUniqueUserFrequencyCountOutputReference(this, "event_unique_user_frequency_count");
  public get eventUniqueUserFrequencyCount() {
    return this._eventUniqueUserFrequencyCount;
  }
  public putEventUniqueUserFrequencyCount(value: AlertActionFiltersConditionsEventUniqueUserFrequencyCount) {
    this._eventUniqueUserFrequencyCount.internalValue = value;
  }
  public resetEventUniqueUserFrequencyCount() {
    this._eventUniqueUserFrequencyCount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventUniqueUserFrequencyCountInput() {
    return this._eventUniqueUserFrequencyCount.internalValue;
  }

  // issue_category - computed: false, optional: true, required: false
  private _issueCategory = new AlertActionFiltersConditionsIssueCategoryOutputReference(this, "issue_category");
  public get issueCategory() {
    return this._issueCategory;
  }
  public putIssueCategory(value: AlertActionFiltersConditionsIssueCategory) {
    this._issueCategory.internalValue = value;
  }
  public resetIssueCategory() {
    this._issueCategory.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issueCategoryInput() {
    return this._issueCategory.internalValue;
  }

  // issue_occurrences - computed: false, optional: true, required: false
  private _issueOccurrences = new AlertActionFiltersConditionsIssueOccurrencesOutputReference(this, "issue_occurrences");
  public get issueOccurrences() {
    return this._issueOccurrences;
  }
  public putIssueOccurrences(value: AlertActionFiltersConditionsIssueOccurrences) {
    this._issueOccurrences.internalValue = value;
  }
  public resetIssueOccurrences() {
    this._issueOccurrences.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issueOccurrencesInput() {
    return this._issueOccurrences.internalValue;
  }

  // issue_priority_deescalating - computed: false, optional: true, required: false
  private _issuePriorityDeescalating = new AlertActionFiltersConditionsIssuePriorityDeescalatingOutputReference(this, "issue_priority_deescalating");
  public get issuePriorityDeescalating() {
    return this._issuePriorityDeescalating;
  }
  public putIssuePriorityDeescalating(value: AlertActionFiltersConditionsIssuePriorityDeescalating) {
    this._issuePriorityDeescalating.internalValue = value;
  }
  public resetIssuePriorityDeescalating() {
    this._issuePriorityDeescalating.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issuePriorityDeescalatingInput() {
    return this._issuePriorityDeescalating.internalValue;
  }

  // issue_priority_greater_or_equal - computed: false, optional: true, required: false
  private _issuePriorityGreaterOrEqual = new AlertActionFiltersConditionsIssuePriorityGreaterOrEqualOutputReference(this, "issue_priority_greater_or_equal");
  public get issuePriorityGreaterOrEqual() {
    return this._issuePriorityGreaterOrEqual;
  }
  public putIssuePriorityGreaterOrEqual(value: AlertActionFiltersConditionsIssuePriorityGreaterOrEqual) {
    this._issuePriorityGreaterOrEqual.internalValue = value;
  }
  public resetIssuePriorityGreaterOrEqual() {
    this._issuePriorityGreaterOrEqual.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issuePriorityGreaterOrEqualInput() {
    return this._issuePriorityGreaterOrEqual.internalValue;
  }

  // issue_type - computed: false, optional: true, required: false
  private _issueType = new AlertActionFiltersConditionsIssueTypeOutputReference(this, "issue_type");
  public get issueType() {
    return this._issueType;
  }
  public putIssueType(value: AlertActionFiltersConditionsIssueType) {
    this._issueType.internalValue = value;
  }
  public resetIssueType() {
    this._issueType.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issueTypeInput() {
    return this._issueType.internalValue;
  }

  // latest_adopted_release - computed: false, optional: true, required: false
  private _latestAdoptedRelease = new AlertActionFiltersConditionsLatestAdoptedReleaseOutputReference(this, "latest_adopted_release");
  public get latestAdoptedRelease() {
    return this._latestAdoptedRelease;
  }
  public putLatestAdoptedRelease(value: AlertActionFiltersConditionsLatestAdoptedRelease) {
    this._latestAdoptedRelease.internalValue = value;
  }
  public resetLatestAdoptedRelease() {
    this._latestAdoptedRelease.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get latestAdoptedReleaseInput() {
    return this._latestAdoptedRelease.internalValue;
  }

  // latest_release - computed: false, optional: true, required: false
  private _latestRelease = new AlertActionFiltersConditionsLatestReleaseOutputReference(this, "latest_release");
  public get latestRelease() {
    return this._latestRelease;
  }
  public putLatestRelease(value: AlertActionFiltersConditionsLatestRelease) {
    this._latestRelease.internalValue = value;
  }
  public resetLatestRelease() {
    this._latestRelease.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get latestReleaseInput() {
    return this._latestRelease.internalValue;
  }

  // level - computed: false, optional: true, required: false
  private _level = new AlertActionFiltersConditionsLevelOutputReference(this, "level");
  public get level() {
    return this._level;
  }
  public putLevel(value: AlertActionFiltersConditionsLevel) {
    this._level.internalValue = value;
  }
  public resetLevel() {
    this._level.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelInput() {
    return this._level.internalValue;
  }

  // percent_sessions_count - computed: false, optional: true, required: false
  private _percentSessionsCount = new AlertActionFiltersConditionsPercentSessionsCountOutputReference(this, "percent_sessions_count");
  public get percentSessionsCount() {
    return this._percentSessionsCount;
  }
  public putPercentSessionsCount(value: AlertActionFiltersConditionsPercentSessionsCount) {
    this._percentSessionsCount.internalValue = value;
  }
  public resetPercentSessionsCount() {
    this._percentSessionsCount.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get percentSessionsCountInput() {
    return this._percentSessionsCount.internalValue;
  }

  // percent_sessions_percent - computed: false, optional: true, required: false
  private _percentSessionsPercent = new AlertActionFiltersConditionsPercentSessionsPercentOutputReference(this, "percent_sessions_percent");
  public get percentSessionsPercent() {
    return this._percentSessionsPercent;
  }
  public putPercentSessionsPercent(value: AlertActionFiltersConditionsPercentSessionsPercent) {
    this._percentSessionsPercent.internalValue = value;
  }
  public resetPercentSessionsPercent() {
    this._percentSessionsPercent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get percentSessionsPercentInput() {
    return this._percentSessionsPercent.internalValue;
  }

  // tagged_event - computed: false, optional: true, required: false
  private _taggedEvent = new AlertActionFiltersConditionsTaggedEventOutputReference(this, "tagged_event");
  public get taggedEvent() {
    return this._taggedEvent;
  }
  public putTaggedEvent(value: AlertActionFiltersConditionsTaggedEvent) {
    this._taggedEvent.internalValue = value;
  }
  public resetTaggedEvent() {
    this._taggedEvent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get taggedEventInput() {
    return this._taggedEvent.internalValue;
  }
}

export class AlertActionFiltersConditionsList extends cdktf.ComplexList {
  public internalValue? : AlertActionFiltersConditions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersConditionsOutputReference {
    return new AlertActionFiltersConditionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertActionFilters {
  /**
  * The actions to perform. (see [below for nested schema](#nestedatt--action_filters--actions))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#actions Alert#actions}
  */
  readonly actions: AlertActionFiltersActions[] | cdktf.IResolvable;
  /**
  * The conditions to evaluate. (see [below for nested schema](#nestedatt--action_filters--conditions))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#conditions Alert#conditions}
  */
  readonly conditions?: AlertActionFiltersConditions[] | cdktf.IResolvable;
  /**
  * The logic to apply to the conditions. `any` will evaluate all conditions, and return true if any of those are met. `any-short` will stop evaluating conditions as soon as one is met. `all` will evaluate all conditions, and return true if all of those are met. `none` will return true if none of the co
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#logic_type Alert#logic_type}
  */
  readonly logicType: string;
}

export function alertActionFiltersToTerraform(struct?: AlertActionFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    actions: cdktf.listMapper(alertActionFiltersActionsToTerraform, false)(struct!.actions),
    conditions: cdktf.listMapper(alertActionFiltersConditionsToTerraform, false)(struct!.conditions),
    logic_type: cdktf.stringToTerraform(struct!.logicType),
  }
}


export function alertActionFiltersToHclTerraform(struct?: AlertActionFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    actions: {
      value: cdktf.listMapperHcl(alertActionFiltersActionsToHclTerraform, false)(struct!.actions),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersActionsList",
    },
    conditions: {
      value: cdktf.listMapperHcl(alertActionFiltersConditionsToHclTerraform, false)(struct!.conditions),
      isBlock: true,
      type: "list",
      storageClassType: "AlertActionFiltersConditionsList",
    },
    logic_type: {
      value: cdktf.stringToHclTerraform(struct!.logicType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertActionFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertActionFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.actions = this._actions?.internalValue;
    }
    if (this._conditions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.conditions = this._conditions?.internalValue;
    }
    if (this._logicType !== undefined) {
      hasAnyValues = true;
      internalValueResult.logicType = this._logicType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertActionFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._actions.internalValue = undefined;
      this._conditions.internalValue = undefined;
      this._logicType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._actions.internalValue = value.actions;
      this._conditions.internalValue = value.conditions;
      this._logicType = value.logicType;
    }
  }

  // actions - computed: false, optional: false, required: true
  private _actions = new AlertActionFiltersActionsList(this, "actions", false);
  public get actions() {
    return this._actions;
  }
  public putActions(value: AlertActionFiltersActions[] | cdktf.IResolvable) {
    this._actions.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionsInput() {
    return this._actions.internalValue;
  }

  // conditions - computed: false, optional: true, required: false
  private _conditions = new AlertActionFiltersConditionsList(this, "conditions", false);
  public get conditions() {
    return this._conditions;
  }
  public putConditions(value: AlertActionFiltersConditions[] | cdktf.IResolvable) {
    this._conditions.internalValue = value;
  }
  public resetConditions() {
    this._conditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionsInput() {
    return this._conditions.internalValue;
  }

  // logic_type - computed: false, optional: false, required: true
  private _logicType?: string; 
  public get logicType() {
    return this.getStringAttribute('logic_type');
  }
  public set logicType(value: string) {
    this._logicType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get logicTypeInput() {
    return this._logicType;
  }
}

export class AlertActionFiltersList extends cdktf.ComplexList {
  public internalValue? : AlertActionFilters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertActionFiltersOutputReference {
    return new AlertActionFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AlertTriggerConditionsFirstSeenEvent {
}

export function alertTriggerConditionsFirstSeenEventToTerraform(struct?: AlertTriggerConditionsFirstSeenEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function alertTriggerConditionsFirstSeenEventToHclTerraform(struct?: AlertTriggerConditionsFirstSeenEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertTriggerConditionsFirstSeenEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertTriggerConditionsFirstSeenEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertTriggerConditionsFirstSeenEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AlertTriggerConditionsIssueResolvedTrigger {
}

export function alertTriggerConditionsIssueResolvedTriggerToTerraform(struct?: AlertTriggerConditionsIssueResolvedTrigger | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function alertTriggerConditionsIssueResolvedTriggerToHclTerraform(struct?: AlertTriggerConditionsIssueResolvedTrigger | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertTriggerConditionsIssueResolvedTriggerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertTriggerConditionsIssueResolvedTrigger | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertTriggerConditionsIssueResolvedTrigger | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AlertTriggerConditionsReappearedEvent {
}

export function alertTriggerConditionsReappearedEventToTerraform(struct?: AlertTriggerConditionsReappearedEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function alertTriggerConditionsReappearedEventToHclTerraform(struct?: AlertTriggerConditionsReappearedEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertTriggerConditionsReappearedEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertTriggerConditionsReappearedEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertTriggerConditionsReappearedEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AlertTriggerConditionsRegressionEvent {
}

export function alertTriggerConditionsRegressionEventToTerraform(struct?: AlertTriggerConditionsRegressionEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function alertTriggerConditionsRegressionEventToHclTerraform(struct?: AlertTriggerConditionsRegressionEvent | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AlertTriggerConditionsRegressionEventOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AlertTriggerConditionsRegressionEvent | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertTriggerConditionsRegressionEvent | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface AlertTriggerConditions {
  /**
  * A new issue is created. (see [below for nested schema](#nestedatt--trigger_conditions--first_seen_event))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#first_seen_event Alert#first_seen_event}
  */
  readonly firstSeenEvent?: AlertTriggerConditionsFirstSeenEvent;
  /**
  * An issue is resolved. (see [below for nested schema](#nestedatt--trigger_conditions--issue_resolved_trigger))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#issue_resolved_trigger Alert#issue_resolved_trigger}
  */
  readonly issueResolvedTrigger?: AlertTriggerConditionsIssueResolvedTrigger;
  /**
  * An issue escalates. (see [below for nested schema](#nestedatt--trigger_conditions--reappeared_event))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#reappeared_event Alert#reappeared_event}
  */
  readonly reappearedEvent?: AlertTriggerConditionsReappearedEvent;
  /**
  * A resolved issue becomes unresolved. (see [below for nested schema](#nestedatt--trigger_conditions--regression_event))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#regression_event Alert#regression_event}
  */
  readonly regressionEvent?: AlertTriggerConditionsRegressionEvent;
}

export function alertTriggerConditionsToTerraform(struct?: AlertTriggerConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    first_seen_event: alertTriggerConditionsFirstSeenEventToTerraform(struct!.firstSeenEvent),
    issue_resolved_trigger: alertTriggerConditionsIssueResolvedTriggerToTerraform(struct!.issueResolvedTrigger),
    reappeared_event: alertTriggerConditionsReappearedEventToTerraform(struct!.reappearedEvent),
    regression_event: alertTriggerConditionsRegressionEventToTerraform(struct!.regressionEvent),
  }
}


export function alertTriggerConditionsToHclTerraform(struct?: AlertTriggerConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    first_seen_event: {
      value: alertTriggerConditionsFirstSeenEventToHclTerraform(struct!.firstSeenEvent),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertTriggerConditionsFirstSeenEvent",
    },
    issue_resolved_trigger: {
      value: alertTriggerConditionsIssueResolvedTriggerToHclTerraform(struct!.issueResolvedTrigger),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertTriggerConditionsIssueResolvedTrigger",
    },
    reappeared_event: {
      value: alertTriggerConditionsReappearedEventToHclTerraform(struct!.reappearedEvent),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertTriggerConditionsReappearedEvent",
    },
    regression_event: {
      value: alertTriggerConditionsRegressionEventToHclTerraform(struct!.regressionEvent),
      isBlock: true,
      type: "struct",
      storageClassType: "AlertTriggerConditionsRegressionEvent",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AlertTriggerConditionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AlertTriggerConditions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._firstSeenEvent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.firstSeenEvent = this._firstSeenEvent?.internalValue;
    }
    if (this._issueResolvedTrigger?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.issueResolvedTrigger = this._issueResolvedTrigger?.internalValue;
    }
    if (this._reappearedEvent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.reappearedEvent = this._reappearedEvent?.internalValue;
    }
    if (this._regressionEvent?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.regressionEvent = this._regressionEvent?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AlertTriggerConditions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._firstSeenEvent.internalValue = undefined;
      this._issueResolvedTrigger.internalValue = undefined;
      this._reappearedEvent.internalValue = undefined;
      this._regressionEvent.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._firstSeenEvent.internalValue = value.firstSeenEvent;
      this._issueResolvedTrigger.internalValue = value.issueResolvedTrigger;
      this._reappearedEvent.internalValue = value.reappearedEvent;
      this._regressionEvent.internalValue = value.regressionEvent;
    }
  }

  // first_seen_event - computed: false, optional: true, required: false
  private _firstSeenEvent = new AlertTriggerConditionsFirstSeenEventOutputReference(this, "first_seen_event");
  public get firstSeenEvent() {
    return this._firstSeenEvent;
  }
  public putFirstSeenEvent(value: AlertTriggerConditionsFirstSeenEvent) {
    this._firstSeenEvent.internalValue = value;
  }
  public resetFirstSeenEvent() {
    this._firstSeenEvent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firstSeenEventInput() {
    return this._firstSeenEvent.internalValue;
  }

  // issue_resolved_trigger - computed: false, optional: true, required: false
  private _issueResolvedTrigger = new AlertTriggerConditionsIssueResolvedTriggerOutputReference(this, "issue_resolved_trigger");
  public get issueResolvedTrigger() {
    return this._issueResolvedTrigger;
  }
  public putIssueResolvedTrigger(value: AlertTriggerConditionsIssueResolvedTrigger) {
    this._issueResolvedTrigger.internalValue = value;
  }
  public resetIssueResolvedTrigger() {
    this._issueResolvedTrigger.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issueResolvedTriggerInput() {
    return this._issueResolvedTrigger.internalValue;
  }

  // reappeared_event - computed: false, optional: true, required: false
  private _reappearedEvent = new AlertTriggerConditionsReappearedEventOutputReference(this, "reappeared_event");
  public get reappearedEvent() {
    return this._reappearedEvent;
  }
  public putReappearedEvent(value: AlertTriggerConditionsReappearedEvent) {
    this._reappearedEvent.internalValue = value;
  }
  public resetReappearedEvent() {
    this._reappearedEvent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reappearedEventInput() {
    return this._reappearedEvent.internalValue;
  }

  // regression_event - computed: false, optional: true, required: false
  private _regressionEvent = new AlertTriggerConditionsRegressionEventOutputReference(this, "regression_event");
  public get regressionEvent() {
    return this._regressionEvent;
  }
  public putRegressionEvent(value: AlertTriggerConditionsRegressionEvent) {
    this._regressionEvent.internalValue = value;
  }
  public resetRegressionEvent() {
    this._regressionEvent.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regressionEventInput() {
    return this._regressionEvent.internalValue;
  }
}

export class AlertTriggerConditionsList extends cdktf.ComplexList {
  public internalValue? : AlertTriggerConditions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): AlertTriggerConditionsOutputReference {
    return new AlertTriggerConditionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert sentry_alert}
*/
export class Alert extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "sentry_alert";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Alert resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Alert to import
  * @param importFromId The id of the existing Alert that should be imported. Refer to the {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Alert to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "sentry_alert", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/jianyuan/sentry/0.15.4/docs/resources/alert sentry_alert} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AlertConfig
  */
  public constructor(scope: Construct, id: string, config: AlertConfig) {
    super(scope, id, {
      terraformResourceType: 'sentry_alert',
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
    this._actionFilters.internalValue = config.actionFilters;
    this._enabled = config.enabled;
    this._environment = config.environment;
    this._frequencyMinutes = config.frequencyMinutes;
    this._legacyTriggerConditions = config.legacyTriggerConditions;
    this._monitorIds = config.monitorIds;
    this._name = config.name;
    this._organization = config.organization;
    this._triggerConditions.internalValue = config.triggerConditions;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // action_filters - computed: false, optional: false, required: true
  private _actionFilters = new AlertActionFiltersList(this, "action_filters", false);
  public get actionFilters() {
    return this._actionFilters;
  }
  public putActionFilters(value: AlertActionFilters[] | cdktf.IResolvable) {
    this._actionFilters.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionFiltersInput() {
    return this._actionFilters.internalValue;
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

  // environment - computed: false, optional: true, required: false
  private _environment?: string; 
  public get environment() {
    return this.getStringAttribute('environment');
  }
  public set environment(value: string) {
    this._environment = value;
  }
  public resetEnvironment() {
    this._environment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment;
  }

  // frequency_minutes - computed: false, optional: false, required: true
  private _frequencyMinutes?: number; 
  public get frequencyMinutes() {
    return this.getNumberAttribute('frequency_minutes');
  }
  public set frequencyMinutes(value: number) {
    this._frequencyMinutes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get frequencyMinutesInput() {
    return this._frequencyMinutes;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // legacy_trigger_conditions - computed: false, optional: true, required: false
  private _legacyTriggerConditions?: string[]; 
  public get legacyTriggerConditions() {
    return this.getListAttribute('legacy_trigger_conditions');
  }
  public set legacyTriggerConditions(value: string[]) {
    this._legacyTriggerConditions = value;
  }
  public resetLegacyTriggerConditions() {
    this._legacyTriggerConditions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get legacyTriggerConditionsInput() {
    return this._legacyTriggerConditions;
  }

  // monitor_ids - computed: false, optional: false, required: true
  private _monitorIds?: string[]; 
  public get monitorIds() {
    return cdktf.Fn.tolist(this.getListAttribute('monitor_ids'));
  }
  public set monitorIds(value: string[]) {
    this._monitorIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get monitorIdsInput() {
    return this._monitorIds;
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

  // trigger_conditions - computed: false, optional: true, required: false
  private _triggerConditions = new AlertTriggerConditionsList(this, "trigger_conditions", false);
  public get triggerConditions() {
    return this._triggerConditions;
  }
  public putTriggerConditions(value: AlertTriggerConditions[] | cdktf.IResolvable) {
    this._triggerConditions.internalValue = value;
  }
  public resetTriggerConditions() {
    this._triggerConditions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerConditionsInput() {
    return this._triggerConditions.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      action_filters: cdktf.listMapper(alertActionFiltersToTerraform, false)(this._actionFilters.internalValue),
      enabled: cdktf.booleanToTerraform(this._enabled),
      environment: cdktf.stringToTerraform(this._environment),
      frequency_minutes: cdktf.numberToTerraform(this._frequencyMinutes),
      legacy_trigger_conditions: cdktf.listMapper(cdktf.stringToTerraform, false)(this._legacyTriggerConditions),
      monitor_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._monitorIds),
      name: cdktf.stringToTerraform(this._name),
      organization: cdktf.stringToTerraform(this._organization),
      trigger_conditions: cdktf.listMapper(alertTriggerConditionsToTerraform, false)(this._triggerConditions.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      action_filters: {
        value: cdktf.listMapperHcl(alertActionFiltersToHclTerraform, false)(this._actionFilters.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AlertActionFiltersList",
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
      frequency_minutes: {
        value: cdktf.numberToHclTerraform(this._frequencyMinutes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      legacy_trigger_conditions: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._legacyTriggerConditions),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      monitor_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._monitorIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
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
      trigger_conditions: {
        value: cdktf.listMapperHcl(alertTriggerConditionsToHclTerraform, false)(this._triggerConditions.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AlertTriggerConditionsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
