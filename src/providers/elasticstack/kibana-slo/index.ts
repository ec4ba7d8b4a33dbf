// https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KibanaSloConfig extends cdktf.TerraformMetaArguments {
  /**
  * Links to related assets (for example dashboards) returned and managed with the SLO. (see [below for nested schema](#nestedatt--artifacts))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#artifacts KibanaSlo#artifacts}
  */
  readonly artifacts?: KibanaSloArtifacts;
  /**
  * An `occurrences` budgeting method uses the number of good and total events during the time window. A `timeslices` budgeting method uses the number of good slices and total slices during the time window. A slice is an arbitrary time window (smaller than the overall SLO time window) that is either con
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#budgeting_method KibanaSlo#budgeting_method}
  */
  readonly budgetingMethod: string;
  /**
  * A description for the SLO.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#description KibanaSlo#description}
  */
  readonly description: string;
  /**
  * Whether the SLO is enabled in Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#enabled KibanaSlo#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Optional group by fields to use to generate an SLO per distinct value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#group_by KibanaSlo#group_by}
  */
  readonly groupBy?: string[];
  /**
  * The name of the SLO.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#name KibanaSlo#name}
  */
  readonly name: string;
  /**
  * An ID (8 to 48 characters) that contains only letters, numbers, hyphens, and underscores. If omitted, a UUIDv1 will be generated server-side.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#slo_id KibanaSlo#slo_id}
  */
  readonly sloId?: string;
  /**
  * An identifier for the space. If space_id is not provided, the default space is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#space_id KibanaSlo#space_id}
  */
  readonly spaceId?: string;
  /**
  * The tags for the SLO.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#tags KibanaSlo#tags}
  */
  readonly tags?: string[];
  /**
  * (see [below for nested schema](#nestedatt--timeouts))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timeouts KibanaSlo#timeouts}
  */
  readonly timeouts?: KibanaSloTimeouts;
  /**
  * apm_availability_indicator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#apm_availability_indicator KibanaSlo#apm_availability_indicator}
  */
  readonly apmAvailabilityIndicator?: KibanaSloApmAvailabilityIndicator[] | cdktf.IResolvable;
  /**
  * apm_latency_indicator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#apm_latency_indicator KibanaSlo#apm_latency_indicator}
  */
  readonly apmLatencyIndicator?: KibanaSloApmLatencyIndicator[] | cdktf.IResolvable;
  /**
  * histogram_custom_indicator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#histogram_custom_indicator KibanaSlo#histogram_custom_indicator}
  */
  readonly histogramCustomIndicator?: KibanaSloHistogramCustomIndicator[] | cdktf.IResolvable;
  /**
  * kibana_connection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#kibana_connection KibanaSlo#kibana_connection}
  */
  readonly kibanaConnection?: KibanaSloKibanaConnection[] | cdktf.IResolvable;
  /**
  * kql_custom_indicator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#kql_custom_indicator KibanaSlo#kql_custom_indicator}
  */
  readonly kqlCustomIndicator?: KibanaSloKqlCustomIndicator[] | cdktf.IResolvable;
  /**
  * metric_custom_indicator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#metric_custom_indicator KibanaSlo#metric_custom_indicator}
  */
  readonly metricCustomIndicator?: KibanaSloMetricCustomIndicator[] | cdktf.IResolvable;
  /**
  * objective block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#objective KibanaSlo#objective}
  */
  readonly objective?: KibanaSloObjective[] | cdktf.IResolvable;
  /**
  * settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#settings KibanaSlo#settings}
  */
  readonly settings?: KibanaSloSettings;
  /**
  * time_window block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#time_window KibanaSlo#time_window}
  */
  readonly timeWindow?: KibanaSloTimeWindow[] | cdktf.IResolvable;
  /**
  * timeslice_metric_indicator block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timeslice_metric_indicator KibanaSlo#timeslice_metric_indicator}
  */
  readonly timesliceMetricIndicator?: KibanaSloTimesliceMetricIndicator[] | cdktf.IResolvable;
}
export interface KibanaSloArtifactsDashboards {
  /**
  * Dashboard saved object id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#id KibanaSlo#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function kibanaSloArtifactsDashboardsToTerraform(struct?: KibanaSloArtifactsDashboards | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function kibanaSloArtifactsDashboardsToHclTerraform(struct?: KibanaSloArtifactsDashboards | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloArtifactsDashboardsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloArtifactsDashboards | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloArtifactsDashboards | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}

export class KibanaSloArtifactsDashboardsList extends cdktf.ComplexList {
  public internalValue? : KibanaSloArtifactsDashboards[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloArtifactsDashboardsOutputReference {
    return new KibanaSloArtifactsDashboardsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloArtifacts {
  /**
  * Dashboard references attached to the SLO. (see [below for nested schema](#nestedatt--artifacts--dashboards))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#dashboards KibanaSlo#dashboards}
  */
  readonly dashboards?: KibanaSloArtifactsDashboards[] | cdktf.IResolvable;
}

export function kibanaSloArtifactsToTerraform(struct?: KibanaSloArtifacts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dashboards: cdktf.listMapper(kibanaSloArtifactsDashboardsToTerraform, false)(struct!.dashboards),
  }
}


export function kibanaSloArtifactsToHclTerraform(struct?: KibanaSloArtifacts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dashboards: {
      value: cdktf.listMapperHcl(kibanaSloArtifactsDashboardsToHclTerraform, false)(struct!.dashboards),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloArtifactsDashboardsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloArtifactsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaSloArtifacts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dashboards?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dashboards = this._dashboards?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloArtifacts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dashboards.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dashboards.internalValue = value.dashboards;
    }
  }

  // dashboards - computed: false, optional: true, required: false
  private _dashboards = new KibanaSloArtifactsDashboardsList(this, "dashboards", false);
  public get dashboards() {
    return this._dashboards;
  }
  public putDashboards(value: KibanaSloArtifactsDashboards[] | cdktf.IResolvable) {
    this._dashboards.internalValue = value;
  }
  public resetDashboards() {
    this._dashboards.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dashboardsInput() {
    return this._dashboards.internalValue;
  }
}
export interface KibanaSloTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#create KibanaSlo#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#delete KibanaSlo#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#read KibanaSlo#read}
  */
  readonly read?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#update KibanaSlo#update}
  */
  readonly update?: string;
}

export function kibanaSloTimeoutsToTerraform(struct?: KibanaSloTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function kibanaSloTimeoutsToHclTerraform(struct?: KibanaSloTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaSloTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface KibanaSloApmAvailabilityIndicator {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#environment KibanaSlo#environment}
  */
  readonly environment: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#index KibanaSlo#index}
  */
  readonly index: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#service KibanaSlo#service}
  */
  readonly service: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#transaction_name KibanaSlo#transaction_name}
  */
  readonly transactionName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#transaction_type KibanaSlo#transaction_type}
  */
  readonly transactionType: string;
}

export function kibanaSloApmAvailabilityIndicatorToTerraform(struct?: KibanaSloApmAvailabilityIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    environment: cdktf.stringToTerraform(struct!.environment),
    filter: cdktf.stringToTerraform(struct!.filter),
    index: cdktf.stringToTerraform(struct!.index),
    service: cdktf.stringToTerraform(struct!.service),
    transaction_name: cdktf.stringToTerraform(struct!.transactionName),
    transaction_type: cdktf.stringToTerraform(struct!.transactionType),
  }
}


export function kibanaSloApmAvailabilityIndicatorToHclTerraform(struct?: KibanaSloApmAvailabilityIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    environment: {
      value: cdktf.stringToHclTerraform(struct!.environment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.stringToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service: {
      value: cdktf.stringToHclTerraform(struct!.service),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    transaction_name: {
      value: cdktf.stringToHclTerraform(struct!.transactionName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    transaction_type: {
      value: cdktf.stringToHclTerraform(struct!.transactionType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloApmAvailabilityIndicatorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloApmAvailabilityIndicator | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._environment !== undefined) {
      hasAnyValues = true;
      internalValueResult.environment = this._environment;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._service !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service;
    }
    if (this._transactionName !== undefined) {
      hasAnyValues = true;
      internalValueResult.transactionName = this._transactionName;
    }
    if (this._transactionType !== undefined) {
      hasAnyValues = true;
      internalValueResult.transactionType = this._transactionType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloApmAvailabilityIndicator | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._environment = undefined;
      this._filter = undefined;
      this._index = undefined;
      this._service = undefined;
      this._transactionName = undefined;
      this._transactionType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._environment = value.environment;
      this._filter = value.filter;
      this._index = value.index;
      this._service = value.service;
      this._transactionName = value.transactionName;
      this._transactionType = value.transactionType;
    }
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

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // index - computed: false, optional: false, required: true
  private _index?: string; 
  public get index() {
    return this.getStringAttribute('index');
  }
  public set index(value: string) {
    this._index = value;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
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

  // transaction_name - computed: false, optional: false, required: true
  private _transactionName?: string; 
  public get transactionName() {
    return this.getStringAttribute('transaction_name');
  }
  public set transactionName(value: string) {
    this._transactionName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get transactionNameInput() {
    return this._transactionName;
  }

  // transaction_type - computed: false, optional: false, required: true
  private _transactionType?: string; 
  public get transactionType() {
    return this.getStringAttribute('transaction_type');
  }
  public set transactionType(value: string) {
    this._transactionType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get transactionTypeInput() {
    return this._transactionType;
  }
}

export class KibanaSloApmAvailabilityIndicatorList extends cdktf.ComplexList {
  public internalValue? : KibanaSloApmAvailabilityIndicator[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloApmAvailabilityIndicatorOutputReference {
    return new KibanaSloApmAvailabilityIndicatorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloApmLatencyIndicator {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#environment KibanaSlo#environment}
  */
  readonly environment: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#index KibanaSlo#index}
  */
  readonly index: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#service KibanaSlo#service}
  */
  readonly service: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#threshold KibanaSlo#threshold}
  */
  readonly threshold: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#transaction_name KibanaSlo#transaction_name}
  */
  readonly transactionName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#transaction_type KibanaSlo#transaction_type}
  */
  readonly transactionType: string;
}

export function kibanaSloApmLatencyIndicatorToTerraform(struct?: KibanaSloApmLatencyIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    environment: cdktf.stringToTerraform(struct!.environment),
    filter: cdktf.stringToTerraform(struct!.filter),
    index: cdktf.stringToTerraform(struct!.index),
    service: cdktf.stringToTerraform(struct!.service),
    threshold: cdktf.numberToTerraform(struct!.threshold),
    transaction_name: cdktf.stringToTerraform(struct!.transactionName),
    transaction_type: cdktf.stringToTerraform(struct!.transactionType),
  }
}


export function kibanaSloApmLatencyIndicatorToHclTerraform(struct?: KibanaSloApmLatencyIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    environment: {
      value: cdktf.stringToHclTerraform(struct!.environment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.stringToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service: {
      value: cdktf.stringToHclTerraform(struct!.service),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    threshold: {
      value: cdktf.numberToHclTerraform(struct!.threshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    transaction_name: {
      value: cdktf.stringToHclTerraform(struct!.transactionName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    transaction_type: {
      value: cdktf.stringToHclTerraform(struct!.transactionType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloApmLatencyIndicatorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloApmLatencyIndicator | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._environment !== undefined) {
      hasAnyValues = true;
      internalValueResult.environment = this._environment;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._service !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service;
    }
    if (this._threshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.threshold = this._threshold;
    }
    if (this._transactionName !== undefined) {
      hasAnyValues = true;
      internalValueResult.transactionName = this._transactionName;
    }
    if (this._transactionType !== undefined) {
      hasAnyValues = true;
      internalValueResult.transactionType = this._transactionType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloApmLatencyIndicator | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._environment = undefined;
      this._filter = undefined;
      this._index = undefined;
      this._service = undefined;
      this._threshold = undefined;
      this._transactionName = undefined;
      this._transactionType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._environment = value.environment;
      this._filter = value.filter;
      this._index = value.index;
      this._service = value.service;
      this._threshold = value.threshold;
      this._transactionName = value.transactionName;
      this._transactionType = value.transactionType;
    }
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

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // index - computed: false, optional: false, required: true
  private _index?: string; 
  public get index() {
    return this.getStringAttribute('index');
  }
  public set index(value: string) {
    this._index = value;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
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

  // threshold - computed: false, optional: false, required: true
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // transaction_name - computed: false, optional: false, required: true
  private _transactionName?: string; 
  public get transactionName() {
    return this.getStringAttribute('transaction_name');
  }
  public set transactionName(value: string) {
    this._transactionName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get transactionNameInput() {
    return this._transactionName;
  }

  // transaction_type - computed: false, optional: false, required: true
  private _transactionType?: string; 
  public get transactionType() {
    return this.getStringAttribute('transaction_type');
  }
  public set transactionType(value: string) {
    this._transactionType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get transactionTypeInput() {
    return this._transactionType;
  }
}

export class KibanaSloApmLatencyIndicatorList extends cdktf.ComplexList {
  public internalValue? : KibanaSloApmLatencyIndicator[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloApmLatencyIndicatorOutputReference {
    return new KibanaSloApmLatencyIndicatorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloHistogramCustomIndicatorGood {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#aggregation KibanaSlo#aggregation}
  */
  readonly aggregation: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#field KibanaSlo#field}
  */
  readonly field: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#from KibanaSlo#from}
  */
  readonly from?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#to KibanaSlo#to}
  */
  readonly to?: number;
}

export function kibanaSloHistogramCustomIndicatorGoodToTerraform(struct?: KibanaSloHistogramCustomIndicatorGood | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aggregation: cdktf.stringToTerraform(struct!.aggregation),
    field: cdktf.stringToTerraform(struct!.field),
    filter: cdktf.stringToTerraform(struct!.filter),
    from: cdktf.numberToTerraform(struct!.from),
    to: cdktf.numberToTerraform(struct!.to),
  }
}


export function kibanaSloHistogramCustomIndicatorGoodToHclTerraform(struct?: KibanaSloHistogramCustomIndicatorGood | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aggregation: {
      value: cdktf.stringToHclTerraform(struct!.aggregation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    from: {
      value: cdktf.numberToHclTerraform(struct!.from),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    to: {
      value: cdktf.numberToHclTerraform(struct!.to),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloHistogramCustomIndicatorGoodOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloHistogramCustomIndicatorGood | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregation !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregation = this._aggregation;
    }
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._from !== undefined) {
      hasAnyValues = true;
      internalValueResult.from = this._from;
    }
    if (this._to !== undefined) {
      hasAnyValues = true;
      internalValueResult.to = this._to;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloHistogramCustomIndicatorGood | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregation = undefined;
      this._field = undefined;
      this._filter = undefined;
      this._from = undefined;
      this._to = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregation = value.aggregation;
      this._field = value.field;
      this._filter = value.filter;
      this._from = value.from;
      this._to = value.to;
    }
  }

  // aggregation - computed: false, optional: false, required: true
  private _aggregation?: string; 
  public get aggregation() {
    return this.getStringAttribute('aggregation');
  }
  public set aggregation(value: string) {
    this._aggregation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregationInput() {
    return this._aggregation;
  }

  // field - computed: false, optional: false, required: true
  private _field?: string; 
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // from - computed: false, optional: true, required: false
  private _from?: number; 
  public get from() {
    return this.getNumberAttribute('from');
  }
  public set from(value: number) {
    this._from = value;
  }
  public resetFrom() {
    this._from = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fromInput() {
    return this._from;
  }

  // to - computed: false, optional: true, required: false
  private _to?: number; 
  public get to() {
    return this.getNumberAttribute('to');
  }
  public set to(value: number) {
    this._to = value;
  }
  public resetTo() {
    this._to = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get toInput() {
    return this._to;
  }
}

export class KibanaSloHistogramCustomIndicatorGoodList extends cdktf.ComplexList {
  public internalValue? : KibanaSloHistogramCustomIndicatorGood[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloHistogramCustomIndicatorGoodOutputReference {
    return new KibanaSloHistogramCustomIndicatorGoodOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloHistogramCustomIndicatorTotal {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#aggregation KibanaSlo#aggregation}
  */
  readonly aggregation: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#field KibanaSlo#field}
  */
  readonly field: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#from KibanaSlo#from}
  */
  readonly from?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#to KibanaSlo#to}
  */
  readonly to?: number;
}

export function kibanaSloHistogramCustomIndicatorTotalToTerraform(struct?: KibanaSloHistogramCustomIndicatorTotal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aggregation: cdktf.stringToTerraform(struct!.aggregation),
    field: cdktf.stringToTerraform(struct!.field),
    filter: cdktf.stringToTerraform(struct!.filter),
    from: cdktf.numberToTerraform(struct!.from),
    to: cdktf.numberToTerraform(struct!.to),
  }
}


export function kibanaSloHistogramCustomIndicatorTotalToHclTerraform(struct?: KibanaSloHistogramCustomIndicatorTotal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aggregation: {
      value: cdktf.stringToHclTerraform(struct!.aggregation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    from: {
      value: cdktf.numberToHclTerraform(struct!.from),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    to: {
      value: cdktf.numberToHclTerraform(struct!.to),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloHistogramCustomIndicatorTotalOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloHistogramCustomIndicatorTotal | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregation !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregation = this._aggregation;
    }
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._from !== undefined) {
      hasAnyValues = true;
      internalValueResult.from = this._from;
    }
    if (this._to !== undefined) {
      hasAnyValues = true;
      internalValueResult.to = this._to;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloHistogramCustomIndicatorTotal | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregation = undefined;
      this._field = undefined;
      this._filter = undefined;
      this._from = undefined;
      this._to = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregation = value.aggregation;
      this._field = value.field;
      this._filter = value.filter;
      this._from = value.from;
      this._to = value.to;
    }
  }

  // aggregation - computed: false, optional: false, required: true
  private _aggregation?: string; 
  public get aggregation() {
    return this.getStringAttribute('aggregation');
  }
  public set aggregation(value: string) {
    this._aggregation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregationInput() {
    return this._aggregation;
  }

  // field - computed: false, optional: false, required: true
  private _field?: string; 
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // from - computed: false, optional: true, required: false
  private _from?: number; 
  public get from() {
    return this.getNumberAttribute('from');
  }
  public set from(value: number) {
    this._from = value;
  }
  public resetFrom() {
    this._from = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fromInput() {
    return this._from;
  }

  // to - computed: false, optional: true, required: false
  private _to?: number; 
  public get to() {
    return this.getNumberAttribute('to');
  }
  public set to(value: number) {
    this._to = value;
  }
  public resetTo() {
    this._to = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get toInput() {
    return this._to;
  }
}

export class KibanaSloHistogramCustomIndicatorTotalList extends cdktf.ComplexList {
  public internalValue? : KibanaSloHistogramCustomIndicatorTotal[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloHistogramCustomIndicatorTotalOutputReference {
    return new KibanaSloHistogramCustomIndicatorTotalOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloHistogramCustomIndicator {
  /**
  * Optional data view id to use for this indicator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#data_view_id KibanaSlo#data_view_id}
  */
  readonly dataViewId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#index KibanaSlo#index}
  */
  readonly index: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timestamp_field KibanaSlo#timestamp_field}
  */
  readonly timestampField?: string;
  /**
  * good block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#good KibanaSlo#good}
  */
  readonly good?: KibanaSloHistogramCustomIndicatorGood[] | cdktf.IResolvable;
  /**
  * total block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#total KibanaSlo#total}
  */
  readonly total?: KibanaSloHistogramCustomIndicatorTotal[] | cdktf.IResolvable;
}

export function kibanaSloHistogramCustomIndicatorToTerraform(struct?: KibanaSloHistogramCustomIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    data_view_id: cdktf.stringToTerraform(struct!.dataViewId),
    filter: cdktf.stringToTerraform(struct!.filter),
    index: cdktf.stringToTerraform(struct!.index),
    timestamp_field: cdktf.stringToTerraform(struct!.timestampField),
    good: cdktf.listMapper(kibanaSloHistogramCustomIndicatorGoodToTerraform, true)(struct!.good),
    total: cdktf.listMapper(kibanaSloHistogramCustomIndicatorTotalToTerraform, true)(struct!.total),
  }
}


export function kibanaSloHistogramCustomIndicatorToHclTerraform(struct?: KibanaSloHistogramCustomIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    data_view_id: {
      value: cdktf.stringToHclTerraform(struct!.dataViewId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.stringToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timestamp_field: {
      value: cdktf.stringToHclTerraform(struct!.timestampField),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    good: {
      value: cdktf.listMapperHcl(kibanaSloHistogramCustomIndicatorGoodToHclTerraform, true)(struct!.good),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloHistogramCustomIndicatorGoodList",
    },
    total: {
      value: cdktf.listMapperHcl(kibanaSloHistogramCustomIndicatorTotalToHclTerraform, true)(struct!.total),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloHistogramCustomIndicatorTotalList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloHistogramCustomIndicatorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloHistogramCustomIndicator | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dataViewId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataViewId = this._dataViewId;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._timestampField !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampField = this._timestampField;
    }
    if (this._good?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.good = this._good?.internalValue;
    }
    if (this._total?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.total = this._total?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloHistogramCustomIndicator | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dataViewId = undefined;
      this._filter = undefined;
      this._index = undefined;
      this._timestampField = undefined;
      this._good.internalValue = undefined;
      this._total.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dataViewId = value.dataViewId;
      this._filter = value.filter;
      this._index = value.index;
      this._timestampField = value.timestampField;
      this._good.internalValue = value.good;
      this._total.internalValue = value.total;
    }
  }

  // data_view_id - computed: false, optional: true, required: false
  private _dataViewId?: string; 
  public get dataViewId() {
    return this.getStringAttribute('data_view_id');
  }
  public set dataViewId(value: string) {
    this._dataViewId = value;
  }
  public resetDataViewId() {
    this._dataViewId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataViewIdInput() {
    return this._dataViewId;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // index - computed: false, optional: false, required: true
  private _index?: string; 
  public get index() {
    return this.getStringAttribute('index');
  }
  public set index(value: string) {
    this._index = value;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // timestamp_field - computed: false, optional: true, required: false
  private _timestampField?: string; 
  public get timestampField() {
    return this.getStringAttribute('timestamp_field');
  }
  public set timestampField(value: string) {
    this._timestampField = value;
  }
  public resetTimestampField() {
    this._timestampField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampFieldInput() {
    return this._timestampField;
  }

  // good - computed: false, optional: true, required: false
  private _good = new KibanaSloHistogramCustomIndicatorGoodList(this, "good", false);
  public get good() {
    return this._good;
  }
  public putGood(value: KibanaSloHistogramCustomIndicatorGood[] | cdktf.IResolvable) {
    this._good.internalValue = value;
  }
  public resetGood() {
    this._good.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get goodInput() {
    return this._good.internalValue;
  }

  // total - computed: false, optional: true, required: false
  private _total = new KibanaSloHistogramCustomIndicatorTotalList(this, "total", false);
  public get total() {
    return this._total;
  }
  public putTotal(value: KibanaSloHistogramCustomIndicatorTotal[] | cdktf.IResolvable) {
    this._total.internalValue = value;
  }
  public resetTotal() {
    this._total.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get totalInput() {
    return this._total.internalValue;
  }
}

export class KibanaSloHistogramCustomIndicatorList extends cdktf.ComplexList {
  public internalValue? : KibanaSloHistogramCustomIndicator[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloHistogramCustomIndicatorOutputReference {
    return new KibanaSloHistogramCustomIndicatorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloKibanaConnection {
  /**
  * API Key to use for authentication to Kibana
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#api_key KibanaSlo#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer Token to use for authentication to Kibana
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#bearer_token KibanaSlo#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * A list of paths to CA certificates to validate the certificate presented by the Kibana server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#ca_certs KibanaSlo#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * A comma-separated list of endpoints where the terraform provider will point to, this must include the http(s) schema and port number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#endpoints KibanaSlo#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Disable TLS certificate validation
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#insecure KibanaSlo#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Password to use for API authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#password KibanaSlo#password}
  */
  readonly password?: string;
  /**
  * Username to use for API authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#username KibanaSlo#username}
  */
  readonly username?: string;
}

export function kibanaSloKibanaConnectionToTerraform(struct?: KibanaSloKibanaConnection | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_certs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.caCerts),
    endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.endpoints),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function kibanaSloKibanaConnectionToHclTerraform(struct?: KibanaSloKibanaConnection | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    api_key: {
      value: cdktf.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bearer_token: {
      value: cdktf.stringToHclTerraform(struct!.bearerToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_certs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.caCerts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoints: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.endpoints),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKibanaConnectionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloKibanaConnection | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._bearerToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.bearerToken = this._bearerToken;
    }
    if (this._caCerts !== undefined) {
      hasAnyValues = true;
      internalValueResult.caCerts = this._caCerts;
    }
    if (this._endpoints !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoints = this._endpoints;
    }
    if (this._insecure !== undefined) {
      hasAnyValues = true;
      internalValueResult.insecure = this._insecure;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKibanaConnection | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._apiKey = undefined;
      this._bearerToken = undefined;
      this._caCerts = undefined;
      this._endpoints = undefined;
      this._insecure = undefined;
      this._password = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._apiKey = value.apiKey;
      this._bearerToken = value.bearerToken;
      this._caCerts = value.caCerts;
      this._endpoints = value.endpoints;
      this._insecure = value.insecure;
      this._password = value.password;
      this._username = value.username;
    }
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // bearer_token - computed: false, optional: true, required: false
  private _bearerToken?: string; 
  public get bearerToken() {
    return this.getStringAttribute('bearer_token');
  }
  public set bearerToken(value: string) {
    this._bearerToken = value;
  }
  public resetBearerToken() {
    this._bearerToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bearerTokenInput() {
    return this._bearerToken;
  }

  // ca_certs - computed: false, optional: true, required: false
  private _caCerts?: string[]; 
  public get caCerts() {
    return this.getListAttribute('ca_certs');
  }
  public set caCerts(value: string[]) {
    this._caCerts = value;
  }
  public resetCaCerts() {
    this._caCerts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caCertsInput() {
    return this._caCerts;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: string[]; 
  public get endpoints() {
    return this.getListAttribute('endpoints');
  }
  public set endpoints(value: string[]) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this.getBooleanAttribute('insecure');
  }
  public set insecure(value: boolean | cdktf.IResolvable) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}

export class KibanaSloKibanaConnectionList extends cdktf.ComplexList {
  public internalValue? : KibanaSloKibanaConnection[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloKibanaConnectionOutputReference {
    return new KibanaSloKibanaConnectionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloKqlCustomIndicatorFilterKqlFilters {
  /**
  * Filter query as a JSON-encoded ES Query DSL object. Accepts any valid ES Query DSL (regexp, wildcard, bool, range, etc.). Use jsonencode({...}) to construct the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#query KibanaSlo#query}
  */
  readonly query?: string;
}

export function kibanaSloKqlCustomIndicatorFilterKqlFiltersToTerraform(struct?: KibanaSloKqlCustomIndicatorFilterKqlFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    query: cdktf.stringToTerraform(struct!.query),
  }
}


export function kibanaSloKqlCustomIndicatorFilterKqlFiltersToHclTerraform(struct?: KibanaSloKqlCustomIndicatorFilterKqlFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    query: {
      value: cdktf.stringToHclTerraform(struct!.query),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorFilterKqlFiltersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloKqlCustomIndicatorFilterKqlFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._query !== undefined) {
      hasAnyValues = true;
      internalValueResult.query = this._query;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicatorFilterKqlFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._query = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._query = value.query;
    }
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }
}

export class KibanaSloKqlCustomIndicatorFilterKqlFiltersList extends cdktf.ComplexList {
  public internalValue? : KibanaSloKqlCustomIndicatorFilterKqlFilters[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloKqlCustomIndicatorFilterKqlFiltersOutputReference {
    return new KibanaSloKqlCustomIndicatorFilterKqlFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloKqlCustomIndicatorFilterKql {
  /**
  * Optional Kibana filter objects (query JSON) accompanying the KQL object form. (see [below for nested schema](#nestedatt--kql_custom_indicator--filter_kql--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filters KibanaSlo#filters}
  */
  readonly filters?: KibanaSloKqlCustomIndicatorFilterKqlFilters[] | cdktf.IResolvable;
  /**
  * KQL query string when using the object form.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#kql_query KibanaSlo#kql_query}
  */
  readonly kqlQuery?: string;
}

export function kibanaSloKqlCustomIndicatorFilterKqlToTerraform(struct?: KibanaSloKqlCustomIndicatorFilterKql | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(kibanaSloKqlCustomIndicatorFilterKqlFiltersToTerraform, false)(struct!.filters),
    kql_query: cdktf.stringToTerraform(struct!.kqlQuery),
  }
}


export function kibanaSloKqlCustomIndicatorFilterKqlToHclTerraform(struct?: KibanaSloKqlCustomIndicatorFilterKql | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(kibanaSloKqlCustomIndicatorFilterKqlFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloKqlCustomIndicatorFilterKqlFiltersList",
    },
    kql_query: {
      value: cdktf.stringToHclTerraform(struct!.kqlQuery),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorFilterKqlOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaSloKqlCustomIndicatorFilterKql | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._kqlQuery !== undefined) {
      hasAnyValues = true;
      internalValueResult.kqlQuery = this._kqlQuery;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicatorFilterKql | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._kqlQuery = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._kqlQuery = value.kqlQuery;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new KibanaSloKqlCustomIndicatorFilterKqlFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: KibanaSloKqlCustomIndicatorFilterKqlFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // kql_query - computed: false, optional: true, required: false
  private _kqlQuery?: string; 
  public get kqlQuery() {
    return this.getStringAttribute('kql_query');
  }
  public set kqlQuery(value: string) {
    this._kqlQuery = value;
  }
  public resetKqlQuery() {
    this._kqlQuery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kqlQueryInput() {
    return this._kqlQuery;
  }
}
export interface KibanaSloKqlCustomIndicatorGoodKqlFilters {
  /**
  * Filter query as a JSON-encoded ES Query DSL object. Accepts any valid ES Query DSL (regexp, wildcard, bool, range, etc.). Use jsonencode({...}) to construct the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#query KibanaSlo#query}
  */
  readonly query?: string;
}

export function kibanaSloKqlCustomIndicatorGoodKqlFiltersToTerraform(struct?: KibanaSloKqlCustomIndicatorGoodKqlFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    query: cdktf.stringToTerraform(struct!.query),
  }
}


export function kibanaSloKqlCustomIndicatorGoodKqlFiltersToHclTerraform(struct?: KibanaSloKqlCustomIndicatorGoodKqlFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    query: {
      value: cdktf.stringToHclTerraform(struct!.query),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorGoodKqlFiltersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloKqlCustomIndicatorGoodKqlFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._query !== undefined) {
      hasAnyValues = true;
      internalValueResult.query = this._query;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicatorGoodKqlFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._query = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._query = value.query;
    }
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }
}

export class KibanaSloKqlCustomIndicatorGoodKqlFiltersList extends cdktf.ComplexList {
  public internalValue? : KibanaSloKqlCustomIndicatorGoodKqlFilters[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloKqlCustomIndicatorGoodKqlFiltersOutputReference {
    return new KibanaSloKqlCustomIndicatorGoodKqlFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloKqlCustomIndicatorGoodKql {
  /**
  * Optional Kibana filter objects (query JSON) accompanying the KQL object form. (see [below for nested schema](#nestedatt--kql_custom_indicator--good_kql--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filters KibanaSlo#filters}
  */
  readonly filters?: KibanaSloKqlCustomIndicatorGoodKqlFilters[] | cdktf.IResolvable;
  /**
  * KQL query string when using the object form.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#kql_query KibanaSlo#kql_query}
  */
  readonly kqlQuery?: string;
}

export function kibanaSloKqlCustomIndicatorGoodKqlToTerraform(struct?: KibanaSloKqlCustomIndicatorGoodKql | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(kibanaSloKqlCustomIndicatorGoodKqlFiltersToTerraform, false)(struct!.filters),
    kql_query: cdktf.stringToTerraform(struct!.kqlQuery),
  }
}


export function kibanaSloKqlCustomIndicatorGoodKqlToHclTerraform(struct?: KibanaSloKqlCustomIndicatorGoodKql | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(kibanaSloKqlCustomIndicatorGoodKqlFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloKqlCustomIndicatorGoodKqlFiltersList",
    },
    kql_query: {
      value: cdktf.stringToHclTerraform(struct!.kqlQuery),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorGoodKqlOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaSloKqlCustomIndicatorGoodKql | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._kqlQuery !== undefined) {
      hasAnyValues = true;
      internalValueResult.kqlQuery = this._kqlQuery;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicatorGoodKql | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._kqlQuery = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._kqlQuery = value.kqlQuery;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new KibanaSloKqlCustomIndicatorGoodKqlFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: KibanaSloKqlCustomIndicatorGoodKqlFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // kql_query - computed: false, optional: true, required: false
  private _kqlQuery?: string; 
  public get kqlQuery() {
    return this.getStringAttribute('kql_query');
  }
  public set kqlQuery(value: string) {
    this._kqlQuery = value;
  }
  public resetKqlQuery() {
    this._kqlQuery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kqlQueryInput() {
    return this._kqlQuery;
  }
}
export interface KibanaSloKqlCustomIndicatorTotalKqlFilters {
  /**
  * Filter query as a JSON-encoded ES Query DSL object. Accepts any valid ES Query DSL (regexp, wildcard, bool, range, etc.). Use jsonencode({...}) to construct the value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#query KibanaSlo#query}
  */
  readonly query?: string;
}

export function kibanaSloKqlCustomIndicatorTotalKqlFiltersToTerraform(struct?: KibanaSloKqlCustomIndicatorTotalKqlFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    query: cdktf.stringToTerraform(struct!.query),
  }
}


export function kibanaSloKqlCustomIndicatorTotalKqlFiltersToHclTerraform(struct?: KibanaSloKqlCustomIndicatorTotalKqlFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    query: {
      value: cdktf.stringToHclTerraform(struct!.query),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorTotalKqlFiltersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloKqlCustomIndicatorTotalKqlFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._query !== undefined) {
      hasAnyValues = true;
      internalValueResult.query = this._query;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicatorTotalKqlFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._query = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._query = value.query;
    }
  }

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }
}

export class KibanaSloKqlCustomIndicatorTotalKqlFiltersList extends cdktf.ComplexList {
  public internalValue? : KibanaSloKqlCustomIndicatorTotalKqlFilters[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloKqlCustomIndicatorTotalKqlFiltersOutputReference {
    return new KibanaSloKqlCustomIndicatorTotalKqlFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloKqlCustomIndicatorTotalKql {
  /**
  * Optional Kibana filter objects (query JSON) accompanying the KQL object form. (see [below for nested schema](#nestedatt--kql_custom_indicator--total_kql--filters))
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filters KibanaSlo#filters}
  */
  readonly filters?: KibanaSloKqlCustomIndicatorTotalKqlFilters[] | cdktf.IResolvable;
  /**
  * KQL query string when using the object form.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#kql_query KibanaSlo#kql_query}
  */
  readonly kqlQuery?: string;
}

export function kibanaSloKqlCustomIndicatorTotalKqlToTerraform(struct?: KibanaSloKqlCustomIndicatorTotalKql | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    filters: cdktf.listMapper(kibanaSloKqlCustomIndicatorTotalKqlFiltersToTerraform, false)(struct!.filters),
    kql_query: cdktf.stringToTerraform(struct!.kqlQuery),
  }
}


export function kibanaSloKqlCustomIndicatorTotalKqlToHclTerraform(struct?: KibanaSloKqlCustomIndicatorTotalKql | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    filters: {
      value: cdktf.listMapperHcl(kibanaSloKqlCustomIndicatorTotalKqlFiltersToHclTerraform, false)(struct!.filters),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloKqlCustomIndicatorTotalKqlFiltersList",
    },
    kql_query: {
      value: cdktf.stringToHclTerraform(struct!.kqlQuery),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorTotalKqlOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaSloKqlCustomIndicatorTotalKql | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._filters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filters = this._filters?.internalValue;
    }
    if (this._kqlQuery !== undefined) {
      hasAnyValues = true;
      internalValueResult.kqlQuery = this._kqlQuery;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicatorTotalKql | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._filters.internalValue = undefined;
      this._kqlQuery = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._filters.internalValue = value.filters;
      this._kqlQuery = value.kqlQuery;
    }
  }

  // filters - computed: false, optional: true, required: false
  private _filters = new KibanaSloKqlCustomIndicatorTotalKqlFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }
  public putFilters(value: KibanaSloKqlCustomIndicatorTotalKqlFilters[] | cdktf.IResolvable) {
    this._filters.internalValue = value;
  }
  public resetFilters() {
    this._filters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filtersInput() {
    return this._filters.internalValue;
  }

  // kql_query - computed: false, optional: true, required: false
  private _kqlQuery?: string; 
  public get kqlQuery() {
    return this.getStringAttribute('kql_query');
  }
  public set kqlQuery(value: string) {
    this._kqlQuery = value;
  }
  public resetKqlQuery() {
    this._kqlQuery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kqlQueryInput() {
    return this._kqlQuery;
  }
}
export interface KibanaSloKqlCustomIndicator {
  /**
  * Optional data view id to use for this indicator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#data_view_id KibanaSlo#data_view_id}
  */
  readonly dataViewId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Object-form KQL (kqlQuery and filters). Mutually exclusive with the legacy string attribute for the same logical field. Use the attribute form in Terraform (e.g. `filter_kql = { kql_query = "..." }`), not a nested `filter_kql { ... }` block. (see [below for nested schema](#nestedatt--kql_custom_indi
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter_kql KibanaSlo#filter_kql}
  */
  readonly filterKql?: KibanaSloKqlCustomIndicatorFilterKql;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#good KibanaSlo#good}
  */
  readonly good?: string;
  /**
  * Object-form KQL (kqlQuery and filters). Mutually exclusive with the legacy string attribute for the same logical field. Use the attribute form in Terraform (e.g. `good_kql = { kql_query = "..." }`), not a nested `good_kql { ... }` block. (see [below for nested schema](#nestedatt--kql_custom_indicato
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#good_kql KibanaSlo#good_kql}
  */
  readonly goodKql?: KibanaSloKqlCustomIndicatorGoodKql;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#index KibanaSlo#index}
  */
  readonly index: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timestamp_field KibanaSlo#timestamp_field}
  */
  readonly timestampField?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#total KibanaSlo#total}
  */
  readonly total?: string;
  /**
  * Object-form KQL (kqlQuery and filters). Mutually exclusive with the legacy string attribute for the same logical field. Use the attribute form in Terraform (e.g. `total_kql = { kql_query = "..." }`), not a nested `total_kql { ... }` block. (see [below for nested schema](#nestedatt--kql_custom_indica
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#total_kql KibanaSlo#total_kql}
  */
  readonly totalKql?: KibanaSloKqlCustomIndicatorTotalKql;
}

export function kibanaSloKqlCustomIndicatorToTerraform(struct?: KibanaSloKqlCustomIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    data_view_id: cdktf.stringToTerraform(struct!.dataViewId),
    filter: cdktf.stringToTerraform(struct!.filter),
    filter_kql: kibanaSloKqlCustomIndicatorFilterKqlToTerraform(struct!.filterKql),
    good: cdktf.stringToTerraform(struct!.good),
    good_kql: kibanaSloKqlCustomIndicatorGoodKqlToTerraform(struct!.goodKql),
    index: cdktf.stringToTerraform(struct!.index),
    timestamp_field: cdktf.stringToTerraform(struct!.timestampField),
    total: cdktf.stringToTerraform(struct!.total),
    total_kql: kibanaSloKqlCustomIndicatorTotalKqlToTerraform(struct!.totalKql),
  }
}


export function kibanaSloKqlCustomIndicatorToHclTerraform(struct?: KibanaSloKqlCustomIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    data_view_id: {
      value: cdktf.stringToHclTerraform(struct!.dataViewId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter_kql: {
      value: kibanaSloKqlCustomIndicatorFilterKqlToHclTerraform(struct!.filterKql),
      isBlock: true,
      type: "struct",
      storageClassType: "KibanaSloKqlCustomIndicatorFilterKql",
    },
    good: {
      value: cdktf.stringToHclTerraform(struct!.good),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    good_kql: {
      value: kibanaSloKqlCustomIndicatorGoodKqlToHclTerraform(struct!.goodKql),
      isBlock: true,
      type: "struct",
      storageClassType: "KibanaSloKqlCustomIndicatorGoodKql",
    },
    index: {
      value: cdktf.stringToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timestamp_field: {
      value: cdktf.stringToHclTerraform(struct!.timestampField),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    total: {
      value: cdktf.stringToHclTerraform(struct!.total),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    total_kql: {
      value: kibanaSloKqlCustomIndicatorTotalKqlToHclTerraform(struct!.totalKql),
      isBlock: true,
      type: "struct",
      storageClassType: "KibanaSloKqlCustomIndicatorTotalKql",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloKqlCustomIndicatorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloKqlCustomIndicator | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dataViewId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataViewId = this._dataViewId;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._filterKql?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterKql = this._filterKql?.internalValue;
    }
    if (this._good !== undefined) {
      hasAnyValues = true;
      internalValueResult.good = this._good;
    }
    if (this._goodKql?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.goodKql = this._goodKql?.internalValue;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._timestampField !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampField = this._timestampField;
    }
    if (this._total !== undefined) {
      hasAnyValues = true;
      internalValueResult.total = this._total;
    }
    if (this._totalKql?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.totalKql = this._totalKql?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloKqlCustomIndicator | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dataViewId = undefined;
      this._filter = undefined;
      this._filterKql.internalValue = undefined;
      this._good = undefined;
      this._goodKql.internalValue = undefined;
      this._index = undefined;
      this._timestampField = undefined;
      this._total = undefined;
      this._totalKql.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dataViewId = value.dataViewId;
      this._filter = value.filter;
      this._filterKql.internalValue = value.filterKql;
      this._good = value.good;
      this._goodKql.internalValue = value.goodKql;
      this._index = value.index;
      this._timestampField = value.timestampField;
      this._total = value.total;
      this._totalKql.internalValue = value.totalKql;
    }
  }

  // data_view_id - computed: false, optional: true, required: false
  private _dataViewId?: string; 
  public get dataViewId() {
    return this.getStringAttribute('data_view_id');
  }
  public set dataViewId(value: string) {
    this._dataViewId = value;
  }
  public resetDataViewId() {
    this._dataViewId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataViewIdInput() {
    return this._dataViewId;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // filter_kql - computed: false, optional: true, required: false
  private _filterKql = new KibanaSloKqlCustomIndicatorFilterKqlOutputReference(this, "filter_kql");
  public get filterKql() {
    return this._filterKql;
  }
  public putFilterKql(value: KibanaSloKqlCustomIndicatorFilterKql) {
    this._filterKql.internalValue = value;
  }
  public resetFilterKql() {
    this._filterKql.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterKqlInput() {
    return this._filterKql.internalValue;
  }

  // good - computed: false, optional: true, required: false
  private _good?: string; 
  public get good() {
    return this.getStringAttribute('good');
  }
  public set good(value: string) {
    this._good = value;
  }
  public resetGood() {
    this._good = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get goodInput() {
    return this._good;
  }

  // good_kql - computed: false, optional: true, required: false
  private _goodKql = new KibanaSloKqlCustomIndicatorGoodKqlOutputReference(this, "good_kql");
  public get goodKql() {
    return this._goodKql;
  }
  public putGoodKql(value: KibanaSloKqlCustomIndicatorGoodKql) {
    this._goodKql.internalValue = value;
  }
  public resetGoodKql() {
    this._goodKql.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get goodKqlInput() {
    return this._goodKql.internalValue;
  }

  // index - computed: false, optional: false, required: true
  private _index?: string; 
  public get index() {
    return this.getStringAttribute('index');
  }
  public set index(value: string) {
    this._index = value;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // timestamp_field - computed: false, optional: true, required: false
  private _timestampField?: string; 
  public get timestampField() {
    return this.getStringAttribute('timestamp_field');
  }
  public set timestampField(value: string) {
    this._timestampField = value;
  }
  public resetTimestampField() {
    this._timestampField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampFieldInput() {
    return this._timestampField;
  }

  // total - computed: false, optional: true, required: false
  private _total?: string; 
  public get total() {
    return this.getStringAttribute('total');
  }
  public set total(value: string) {
    this._total = value;
  }
  public resetTotal() {
    this._total = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get totalInput() {
    return this._total;
  }

  // total_kql - computed: false, optional: true, required: false
  private _totalKql = new KibanaSloKqlCustomIndicatorTotalKqlOutputReference(this, "total_kql");
  public get totalKql() {
    return this._totalKql;
  }
  public putTotalKql(value: KibanaSloKqlCustomIndicatorTotalKql) {
    this._totalKql.internalValue = value;
  }
  public resetTotalKql() {
    this._totalKql.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get totalKqlInput() {
    return this._totalKql.internalValue;
  }
}

export class KibanaSloKqlCustomIndicatorList extends cdktf.ComplexList {
  public internalValue? : KibanaSloKqlCustomIndicator[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloKqlCustomIndicatorOutputReference {
    return new KibanaSloKqlCustomIndicatorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloMetricCustomIndicatorGoodMetrics {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#aggregation KibanaSlo#aggregation}
  */
  readonly aggregation: string;
  /**
  * Field to aggregate. Required for all aggregations except doc_count. Must NOT be set for doc_count.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#field KibanaSlo#field}
  */
  readonly field?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#name KibanaSlo#name}
  */
  readonly name: string;
}

export function kibanaSloMetricCustomIndicatorGoodMetricsToTerraform(struct?: KibanaSloMetricCustomIndicatorGoodMetrics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aggregation: cdktf.stringToTerraform(struct!.aggregation),
    field: cdktf.stringToTerraform(struct!.field),
    filter: cdktf.stringToTerraform(struct!.filter),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function kibanaSloMetricCustomIndicatorGoodMetricsToHclTerraform(struct?: KibanaSloMetricCustomIndicatorGoodMetrics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aggregation: {
      value: cdktf.stringToHclTerraform(struct!.aggregation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloMetricCustomIndicatorGoodMetricsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloMetricCustomIndicatorGoodMetrics | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregation !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregation = this._aggregation;
    }
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloMetricCustomIndicatorGoodMetrics | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregation = undefined;
      this._field = undefined;
      this._filter = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregation = value.aggregation;
      this._field = value.field;
      this._filter = value.filter;
      this._name = value.name;
    }
  }

  // aggregation - computed: false, optional: false, required: true
  private _aggregation?: string; 
  public get aggregation() {
    return this.getStringAttribute('aggregation');
  }
  public set aggregation(value: string) {
    this._aggregation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregationInput() {
    return this._aggregation;
  }

  // field - computed: false, optional: true, required: false
  private _field?: string; 
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
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
}

export class KibanaSloMetricCustomIndicatorGoodMetricsList extends cdktf.ComplexList {
  public internalValue? : KibanaSloMetricCustomIndicatorGoodMetrics[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloMetricCustomIndicatorGoodMetricsOutputReference {
    return new KibanaSloMetricCustomIndicatorGoodMetricsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloMetricCustomIndicatorGood {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#equation KibanaSlo#equation}
  */
  readonly equation: string;
  /**
  * metrics block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#metrics KibanaSlo#metrics}
  */
  readonly metrics?: KibanaSloMetricCustomIndicatorGoodMetrics[] | cdktf.IResolvable;
}

export function kibanaSloMetricCustomIndicatorGoodToTerraform(struct?: KibanaSloMetricCustomIndicatorGood | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    equation: cdktf.stringToTerraform(struct!.equation),
    metrics: cdktf.listMapper(kibanaSloMetricCustomIndicatorGoodMetricsToTerraform, true)(struct!.metrics),
  }
}


export function kibanaSloMetricCustomIndicatorGoodToHclTerraform(struct?: KibanaSloMetricCustomIndicatorGood | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    equation: {
      value: cdktf.stringToHclTerraform(struct!.equation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metrics: {
      value: cdktf.listMapperHcl(kibanaSloMetricCustomIndicatorGoodMetricsToHclTerraform, true)(struct!.metrics),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloMetricCustomIndicatorGoodMetricsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloMetricCustomIndicatorGoodOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloMetricCustomIndicatorGood | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._equation !== undefined) {
      hasAnyValues = true;
      internalValueResult.equation = this._equation;
    }
    if (this._metrics?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metrics = this._metrics?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloMetricCustomIndicatorGood | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._equation = undefined;
      this._metrics.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._equation = value.equation;
      this._metrics.internalValue = value.metrics;
    }
  }

  // equation - computed: false, optional: false, required: true
  private _equation?: string; 
  public get equation() {
    return this.getStringAttribute('equation');
  }
  public set equation(value: string) {
    this._equation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get equationInput() {
    return this._equation;
  }

  // metrics - computed: false, optional: true, required: false
  private _metrics = new KibanaSloMetricCustomIndicatorGoodMetricsList(this, "metrics", false);
  public get metrics() {
    return this._metrics;
  }
  public putMetrics(value: KibanaSloMetricCustomIndicatorGoodMetrics[] | cdktf.IResolvable) {
    this._metrics.internalValue = value;
  }
  public resetMetrics() {
    this._metrics.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsInput() {
    return this._metrics.internalValue;
  }
}

export class KibanaSloMetricCustomIndicatorGoodList extends cdktf.ComplexList {
  public internalValue? : KibanaSloMetricCustomIndicatorGood[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloMetricCustomIndicatorGoodOutputReference {
    return new KibanaSloMetricCustomIndicatorGoodOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloMetricCustomIndicatorTotalMetrics {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#aggregation KibanaSlo#aggregation}
  */
  readonly aggregation: string;
  /**
  * Field to aggregate. Required for all aggregations except doc_count. Must NOT be set for doc_count.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#field KibanaSlo#field}
  */
  readonly field?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#name KibanaSlo#name}
  */
  readonly name: string;
}

export function kibanaSloMetricCustomIndicatorTotalMetricsToTerraform(struct?: KibanaSloMetricCustomIndicatorTotalMetrics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aggregation: cdktf.stringToTerraform(struct!.aggregation),
    field: cdktf.stringToTerraform(struct!.field),
    filter: cdktf.stringToTerraform(struct!.filter),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function kibanaSloMetricCustomIndicatorTotalMetricsToHclTerraform(struct?: KibanaSloMetricCustomIndicatorTotalMetrics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aggregation: {
      value: cdktf.stringToHclTerraform(struct!.aggregation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloMetricCustomIndicatorTotalMetricsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloMetricCustomIndicatorTotalMetrics | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregation !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregation = this._aggregation;
    }
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloMetricCustomIndicatorTotalMetrics | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregation = undefined;
      this._field = undefined;
      this._filter = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregation = value.aggregation;
      this._field = value.field;
      this._filter = value.filter;
      this._name = value.name;
    }
  }

  // aggregation - computed: false, optional: false, required: true
  private _aggregation?: string; 
  public get aggregation() {
    return this.getStringAttribute('aggregation');
  }
  public set aggregation(value: string) {
    this._aggregation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregationInput() {
    return this._aggregation;
  }

  // field - computed: false, optional: true, required: false
  private _field?: string; 
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
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
}

export class KibanaSloMetricCustomIndicatorTotalMetricsList extends cdktf.ComplexList {
  public internalValue? : KibanaSloMetricCustomIndicatorTotalMetrics[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloMetricCustomIndicatorTotalMetricsOutputReference {
    return new KibanaSloMetricCustomIndicatorTotalMetricsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloMetricCustomIndicatorTotal {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#equation KibanaSlo#equation}
  */
  readonly equation: string;
  /**
  * metrics block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#metrics KibanaSlo#metrics}
  */
  readonly metrics?: KibanaSloMetricCustomIndicatorTotalMetrics[] | cdktf.IResolvable;
}

export function kibanaSloMetricCustomIndicatorTotalToTerraform(struct?: KibanaSloMetricCustomIndicatorTotal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    equation: cdktf.stringToTerraform(struct!.equation),
    metrics: cdktf.listMapper(kibanaSloMetricCustomIndicatorTotalMetricsToTerraform, true)(struct!.metrics),
  }
}


export function kibanaSloMetricCustomIndicatorTotalToHclTerraform(struct?: KibanaSloMetricCustomIndicatorTotal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    equation: {
      value: cdktf.stringToHclTerraform(struct!.equation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metrics: {
      value: cdktf.listMapperHcl(kibanaSloMetricCustomIndicatorTotalMetricsToHclTerraform, true)(struct!.metrics),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloMetricCustomIndicatorTotalMetricsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloMetricCustomIndicatorTotalOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloMetricCustomIndicatorTotal | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._equation !== undefined) {
      hasAnyValues = true;
      internalValueResult.equation = this._equation;
    }
    if (this._metrics?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metrics = this._metrics?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloMetricCustomIndicatorTotal | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._equation = undefined;
      this._metrics.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._equation = value.equation;
      this._metrics.internalValue = value.metrics;
    }
  }

  // equation - computed: false, optional: false, required: true
  private _equation?: string; 
  public get equation() {
    return this.getStringAttribute('equation');
  }
  public set equation(value: string) {
    this._equation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get equationInput() {
    return this._equation;
  }

  // metrics - computed: false, optional: true, required: false
  private _metrics = new KibanaSloMetricCustomIndicatorTotalMetricsList(this, "metrics", false);
  public get metrics() {
    return this._metrics;
  }
  public putMetrics(value: KibanaSloMetricCustomIndicatorTotalMetrics[] | cdktf.IResolvable) {
    this._metrics.internalValue = value;
  }
  public resetMetrics() {
    this._metrics.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsInput() {
    return this._metrics.internalValue;
  }
}

export class KibanaSloMetricCustomIndicatorTotalList extends cdktf.ComplexList {
  public internalValue? : KibanaSloMetricCustomIndicatorTotal[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloMetricCustomIndicatorTotalOutputReference {
    return new KibanaSloMetricCustomIndicatorTotalOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloMetricCustomIndicator {
  /**
  * Optional data view id to use for this indicator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#data_view_id KibanaSlo#data_view_id}
  */
  readonly dataViewId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#index KibanaSlo#index}
  */
  readonly index: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timestamp_field KibanaSlo#timestamp_field}
  */
  readonly timestampField?: string;
  /**
  * good block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#good KibanaSlo#good}
  */
  readonly good?: KibanaSloMetricCustomIndicatorGood[] | cdktf.IResolvable;
  /**
  * total block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#total KibanaSlo#total}
  */
  readonly total?: KibanaSloMetricCustomIndicatorTotal[] | cdktf.IResolvable;
}

export function kibanaSloMetricCustomIndicatorToTerraform(struct?: KibanaSloMetricCustomIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    data_view_id: cdktf.stringToTerraform(struct!.dataViewId),
    filter: cdktf.stringToTerraform(struct!.filter),
    index: cdktf.stringToTerraform(struct!.index),
    timestamp_field: cdktf.stringToTerraform(struct!.timestampField),
    good: cdktf.listMapper(kibanaSloMetricCustomIndicatorGoodToTerraform, true)(struct!.good),
    total: cdktf.listMapper(kibanaSloMetricCustomIndicatorTotalToTerraform, true)(struct!.total),
  }
}


export function kibanaSloMetricCustomIndicatorToHclTerraform(struct?: KibanaSloMetricCustomIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    data_view_id: {
      value: cdktf.stringToHclTerraform(struct!.dataViewId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.stringToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timestamp_field: {
      value: cdktf.stringToHclTerraform(struct!.timestampField),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    good: {
      value: cdktf.listMapperHcl(kibanaSloMetricCustomIndicatorGoodToHclTerraform, true)(struct!.good),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloMetricCustomIndicatorGoodList",
    },
    total: {
      value: cdktf.listMapperHcl(kibanaSloMetricCustomIndicatorTotalToHclTerraform, true)(struct!.total),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloMetricCustomIndicatorTotalList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloMetricCustomIndicatorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloMetricCustomIndicator | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dataViewId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataViewId = this._dataViewId;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._timestampField !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampField = this._timestampField;
    }
    if (this._good?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.good = this._good?.internalValue;
    }
    if (this._total?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.total = this._total?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloMetricCustomIndicator | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dataViewId = undefined;
      this._filter = undefined;
      this._index = undefined;
      this._timestampField = undefined;
      this._good.internalValue = undefined;
      this._total.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dataViewId = value.dataViewId;
      this._filter = value.filter;
      this._index = value.index;
      this._timestampField = value.timestampField;
      this._good.internalValue = value.good;
      this._total.internalValue = value.total;
    }
  }

  // data_view_id - computed: false, optional: true, required: false
  private _dataViewId?: string; 
  public get dataViewId() {
    return this.getStringAttribute('data_view_id');
  }
  public set dataViewId(value: string) {
    this._dataViewId = value;
  }
  public resetDataViewId() {
    this._dataViewId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataViewIdInput() {
    return this._dataViewId;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // index - computed: false, optional: false, required: true
  private _index?: string; 
  public get index() {
    return this.getStringAttribute('index');
  }
  public set index(value: string) {
    this._index = value;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // timestamp_field - computed: false, optional: true, required: false
  private _timestampField?: string; 
  public get timestampField() {
    return this.getStringAttribute('timestamp_field');
  }
  public set timestampField(value: string) {
    this._timestampField = value;
  }
  public resetTimestampField() {
    this._timestampField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampFieldInput() {
    return this._timestampField;
  }

  // good - computed: false, optional: true, required: false
  private _good = new KibanaSloMetricCustomIndicatorGoodList(this, "good", false);
  public get good() {
    return this._good;
  }
  public putGood(value: KibanaSloMetricCustomIndicatorGood[] | cdktf.IResolvable) {
    this._good.internalValue = value;
  }
  public resetGood() {
    this._good.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get goodInput() {
    return this._good.internalValue;
  }

  // total - computed: false, optional: true, required: false
  private _total = new KibanaSloMetricCustomIndicatorTotalList(this, "total", false);
  public get total() {
    return this._total;
  }
  public putTotal(value: KibanaSloMetricCustomIndicatorTotal[] | cdktf.IResolvable) {
    this._total.internalValue = value;
  }
  public resetTotal() {
    this._total.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get totalInput() {
    return this._total.internalValue;
  }
}

export class KibanaSloMetricCustomIndicatorList extends cdktf.ComplexList {
  public internalValue? : KibanaSloMetricCustomIndicator[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloMetricCustomIndicatorOutputReference {
    return new KibanaSloMetricCustomIndicatorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloObjective {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#target KibanaSlo#target}
  */
  readonly target: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timeslice_target KibanaSlo#timeslice_target}
  */
  readonly timesliceTarget?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timeslice_window KibanaSlo#timeslice_window}
  */
  readonly timesliceWindow?: string;
}

export function kibanaSloObjectiveToTerraform(struct?: KibanaSloObjective | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    target: cdktf.numberToTerraform(struct!.target),
    timeslice_target: cdktf.numberToTerraform(struct!.timesliceTarget),
    timeslice_window: cdktf.stringToTerraform(struct!.timesliceWindow),
  }
}


export function kibanaSloObjectiveToHclTerraform(struct?: KibanaSloObjective | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    target: {
      value: cdktf.numberToHclTerraform(struct!.target),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timeslice_target: {
      value: cdktf.numberToHclTerraform(struct!.timesliceTarget),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    timeslice_window: {
      value: cdktf.stringToHclTerraform(struct!.timesliceWindow),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloObjectiveOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloObjective | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._target !== undefined) {
      hasAnyValues = true;
      internalValueResult.target = this._target;
    }
    if (this._timesliceTarget !== undefined) {
      hasAnyValues = true;
      internalValueResult.timesliceTarget = this._timesliceTarget;
    }
    if (this._timesliceWindow !== undefined) {
      hasAnyValues = true;
      internalValueResult.timesliceWindow = this._timesliceWindow;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloObjective | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._target = undefined;
      this._timesliceTarget = undefined;
      this._timesliceWindow = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._target = value.target;
      this._timesliceTarget = value.timesliceTarget;
      this._timesliceWindow = value.timesliceWindow;
    }
  }

  // target - computed: false, optional: false, required: true
  private _target?: number; 
  public get target() {
    return this.getNumberAttribute('target');
  }
  public set target(value: number) {
    this._target = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target;
  }

  // timeslice_target - computed: false, optional: true, required: false
  private _timesliceTarget?: number; 
  public get timesliceTarget() {
    return this.getNumberAttribute('timeslice_target');
  }
  public set timesliceTarget(value: number) {
    this._timesliceTarget = value;
  }
  public resetTimesliceTarget() {
    this._timesliceTarget = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timesliceTargetInput() {
    return this._timesliceTarget;
  }

  // timeslice_window - computed: false, optional: true, required: false
  private _timesliceWindow?: string; 
  public get timesliceWindow() {
    return this.getStringAttribute('timeslice_window');
  }
  public set timesliceWindow(value: string) {
    this._timesliceWindow = value;
  }
  public resetTimesliceWindow() {
    this._timesliceWindow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timesliceWindowInput() {
    return this._timesliceWindow;
  }
}

export class KibanaSloObjectiveList extends cdktf.ComplexList {
  public internalValue? : KibanaSloObjective[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloObjectiveOutputReference {
    return new KibanaSloObjectiveOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloSettings {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#frequency KibanaSlo#frequency}
  */
  readonly frequency?: string;
  /**
  * Prevents the underlying ES transform from attempting to backfill data on start, which can sometimes be resource-intensive or time-consuming and unnecessary
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#prevent_initial_backfill KibanaSlo#prevent_initial_backfill}
  */
  readonly preventInitialBackfill?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#sync_delay KibanaSlo#sync_delay}
  */
  readonly syncDelay?: string;
  /**
  * The date field used to identify new documents in the source. When unspecified, the indicator timestamp field is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#sync_field KibanaSlo#sync_field}
  */
  readonly syncField?: string;
}

export function kibanaSloSettingsToTerraform(struct?: KibanaSloSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    frequency: cdktf.stringToTerraform(struct!.frequency),
    prevent_initial_backfill: cdktf.booleanToTerraform(struct!.preventInitialBackfill),
    sync_delay: cdktf.stringToTerraform(struct!.syncDelay),
    sync_field: cdktf.stringToTerraform(struct!.syncField),
  }
}


export function kibanaSloSettingsToHclTerraform(struct?: KibanaSloSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    frequency: {
      value: cdktf.stringToHclTerraform(struct!.frequency),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prevent_initial_backfill: {
      value: cdktf.booleanToHclTerraform(struct!.preventInitialBackfill),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sync_delay: {
      value: cdktf.stringToHclTerraform(struct!.syncDelay),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sync_field: {
      value: cdktf.stringToHclTerraform(struct!.syncField),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaSloSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._frequency !== undefined) {
      hasAnyValues = true;
      internalValueResult.frequency = this._frequency;
    }
    if (this._preventInitialBackfill !== undefined) {
      hasAnyValues = true;
      internalValueResult.preventInitialBackfill = this._preventInitialBackfill;
    }
    if (this._syncDelay !== undefined) {
      hasAnyValues = true;
      internalValueResult.syncDelay = this._syncDelay;
    }
    if (this._syncField !== undefined) {
      hasAnyValues = true;
      internalValueResult.syncField = this._syncField;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._frequency = undefined;
      this._preventInitialBackfill = undefined;
      this._syncDelay = undefined;
      this._syncField = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._frequency = value.frequency;
      this._preventInitialBackfill = value.preventInitialBackfill;
      this._syncDelay = value.syncDelay;
      this._syncField = value.syncField;
    }
  }

  // frequency - computed: false, optional: true, required: false
  private _frequency?: string; 
  public get frequency() {
    return this.getStringAttribute('frequency');
  }
  public set frequency(value: string) {
    this._frequency = value;
  }
  public resetFrequency() {
    this._frequency = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get frequencyInput() {
    return this._frequency;
  }

  // prevent_initial_backfill - computed: false, optional: true, required: false
  private _preventInitialBackfill?: boolean | cdktf.IResolvable; 
  public get preventInitialBackfill() {
    return this.getBooleanAttribute('prevent_initial_backfill');
  }
  public set preventInitialBackfill(value: boolean | cdktf.IResolvable) {
    this._preventInitialBackfill = value;
  }
  public resetPreventInitialBackfill() {
    this._preventInitialBackfill = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preventInitialBackfillInput() {
    return this._preventInitialBackfill;
  }

  // sync_delay - computed: false, optional: true, required: false
  private _syncDelay?: string; 
  public get syncDelay() {
    return this.getStringAttribute('sync_delay');
  }
  public set syncDelay(value: string) {
    this._syncDelay = value;
  }
  public resetSyncDelay() {
    this._syncDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncDelayInput() {
    return this._syncDelay;
  }

  // sync_field - computed: false, optional: true, required: false
  private _syncField?: string; 
  public get syncField() {
    return this.getStringAttribute('sync_field');
  }
  public set syncField(value: string) {
    this._syncField = value;
  }
  public resetSyncField() {
    this._syncField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncFieldInput() {
    return this._syncField;
  }
}
export interface KibanaSloTimeWindow {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#duration KibanaSlo#duration}
  */
  readonly duration: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#type KibanaSlo#type}
  */
  readonly type: string;
}

export function kibanaSloTimeWindowToTerraform(struct?: KibanaSloTimeWindow | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    duration: cdktf.stringToTerraform(struct!.duration),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function kibanaSloTimeWindowToHclTerraform(struct?: KibanaSloTimeWindow | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    duration: {
      value: cdktf.stringToHclTerraform(struct!.duration),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloTimeWindowOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloTimeWindow | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._duration !== undefined) {
      hasAnyValues = true;
      internalValueResult.duration = this._duration;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloTimeWindow | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._duration = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._duration = value.duration;
      this._type = value.type;
    }
  }

  // duration - computed: false, optional: false, required: true
  private _duration?: string; 
  public get duration() {
    return this.getStringAttribute('duration');
  }
  public set duration(value: string) {
    this._duration = value;
  }
  // Temporarily expose input value. Use with caution.
  public get durationInput() {
    return this._duration;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class KibanaSloTimeWindowList extends cdktf.ComplexList {
  public internalValue? : KibanaSloTimeWindow[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloTimeWindowOutputReference {
    return new KibanaSloTimeWindowOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloTimesliceMetricIndicatorMetricMetrics {
  /**
  * The aggregation type for this metric (kbapi timeslice metric union: no value_count). One of: sum, avg, min, max, last_value, cardinality, std_deviation, percentile, doc_count. Determines which other fields are required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#aggregation KibanaSlo#aggregation}
  */
  readonly aggregation: string;
  /**
  * Field to aggregate. Required for sum, avg, min, max, last_value, cardinality, std_deviation, percentile. Must NOT be set for doc_count.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#field KibanaSlo#field}
  */
  readonly field?: string;
  /**
  * Optional KQL filter for this metric. Supported for all timeslice metric aggregation kinds, including doc_count, per the Kibana SLO API.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * The unique name for this metric. Used as a variable in the equation field. Must be a single letter A–Z.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#name KibanaSlo#name}
  */
  readonly name: string;
  /**
  * Percentile value (e.g., 99). Required if aggregation is 'percentile'. Must NOT be set for other aggregations.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#percentile KibanaSlo#percentile}
  */
  readonly percentile?: number;
}

export function kibanaSloTimesliceMetricIndicatorMetricMetricsToTerraform(struct?: KibanaSloTimesliceMetricIndicatorMetricMetrics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aggregation: cdktf.stringToTerraform(struct!.aggregation),
    field: cdktf.stringToTerraform(struct!.field),
    filter: cdktf.stringToTerraform(struct!.filter),
    name: cdktf.stringToTerraform(struct!.name),
    percentile: cdktf.numberToTerraform(struct!.percentile),
  }
}


export function kibanaSloTimesliceMetricIndicatorMetricMetricsToHclTerraform(struct?: KibanaSloTimesliceMetricIndicatorMetricMetrics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aggregation: {
      value: cdktf.stringToHclTerraform(struct!.aggregation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field: {
      value: cdktf.stringToHclTerraform(struct!.field),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
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
    percentile: {
      value: cdktf.numberToHclTerraform(struct!.percentile),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloTimesliceMetricIndicatorMetricMetricsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloTimesliceMetricIndicatorMetricMetrics | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregation !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregation = this._aggregation;
    }
    if (this._field !== undefined) {
      hasAnyValues = true;
      internalValueResult.field = this._field;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._percentile !== undefined) {
      hasAnyValues = true;
      internalValueResult.percentile = this._percentile;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloTimesliceMetricIndicatorMetricMetrics | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregation = undefined;
      this._field = undefined;
      this._filter = undefined;
      this._name = undefined;
      this._percentile = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregation = value.aggregation;
      this._field = value.field;
      this._filter = value.filter;
      this._name = value.name;
      this._percentile = value.percentile;
    }
  }

  // aggregation - computed: false, optional: false, required: true
  private _aggregation?: string; 
  public get aggregation() {
    return this.getStringAttribute('aggregation');
  }
  public set aggregation(value: string) {
    this._aggregation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregationInput() {
    return this._aggregation;
  }

  // field - computed: false, optional: true, required: false
  private _field?: string; 
  public get field() {
    return this.getStringAttribute('field');
  }
  public set field(value: string) {
    this._field = value;
  }
  public resetField() {
    this._field = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldInput() {
    return this._field;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
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

  // percentile - computed: false, optional: true, required: false
  private _percentile?: number; 
  public get percentile() {
    return this.getNumberAttribute('percentile');
  }
  public set percentile(value: number) {
    this._percentile = value;
  }
  public resetPercentile() {
    this._percentile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get percentileInput() {
    return this._percentile;
  }
}

export class KibanaSloTimesliceMetricIndicatorMetricMetricsList extends cdktf.ComplexList {
  public internalValue? : KibanaSloTimesliceMetricIndicatorMetricMetrics[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloTimesliceMetricIndicatorMetricMetricsOutputReference {
    return new KibanaSloTimesliceMetricIndicatorMetricMetricsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloTimesliceMetricIndicatorMetric {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#comparator KibanaSlo#comparator}
  */
  readonly comparator: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#equation KibanaSlo#equation}
  */
  readonly equation: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#threshold KibanaSlo#threshold}
  */
  readonly threshold: number;
  /**
  * metrics block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#metrics KibanaSlo#metrics}
  */
  readonly metrics?: KibanaSloTimesliceMetricIndicatorMetricMetrics[] | cdktf.IResolvable;
}

export function kibanaSloTimesliceMetricIndicatorMetricToTerraform(struct?: KibanaSloTimesliceMetricIndicatorMetric | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    comparator: cdktf.stringToTerraform(struct!.comparator),
    equation: cdktf.stringToTerraform(struct!.equation),
    threshold: cdktf.numberToTerraform(struct!.threshold),
    metrics: cdktf.listMapper(kibanaSloTimesliceMetricIndicatorMetricMetricsToTerraform, true)(struct!.metrics),
  }
}


export function kibanaSloTimesliceMetricIndicatorMetricToHclTerraform(struct?: KibanaSloTimesliceMetricIndicatorMetric | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    comparator: {
      value: cdktf.stringToHclTerraform(struct!.comparator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    equation: {
      value: cdktf.stringToHclTerraform(struct!.equation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    threshold: {
      value: cdktf.numberToHclTerraform(struct!.threshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metrics: {
      value: cdktf.listMapperHcl(kibanaSloTimesliceMetricIndicatorMetricMetricsToHclTerraform, true)(struct!.metrics),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloTimesliceMetricIndicatorMetricMetricsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloTimesliceMetricIndicatorMetricOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloTimesliceMetricIndicatorMetric | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._comparator !== undefined) {
      hasAnyValues = true;
      internalValueResult.comparator = this._comparator;
    }
    if (this._equation !== undefined) {
      hasAnyValues = true;
      internalValueResult.equation = this._equation;
    }
    if (this._threshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.threshold = this._threshold;
    }
    if (this._metrics?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metrics = this._metrics?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloTimesliceMetricIndicatorMetric | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._comparator = undefined;
      this._equation = undefined;
      this._threshold = undefined;
      this._metrics.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._comparator = value.comparator;
      this._equation = value.equation;
      this._threshold = value.threshold;
      this._metrics.internalValue = value.metrics;
    }
  }

  // comparator - computed: false, optional: false, required: true
  private _comparator?: string; 
  public get comparator() {
    return this.getStringAttribute('comparator');
  }
  public set comparator(value: string) {
    this._comparator = value;
  }
  // Temporarily expose input value. Use with caution.
  public get comparatorInput() {
    return this._comparator;
  }

  // equation - computed: false, optional: false, required: true
  private _equation?: string; 
  public get equation() {
    return this.getStringAttribute('equation');
  }
  public set equation(value: string) {
    this._equation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get equationInput() {
    return this._equation;
  }

  // threshold - computed: false, optional: false, required: true
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // metrics - computed: false, optional: true, required: false
  private _metrics = new KibanaSloTimesliceMetricIndicatorMetricMetricsList(this, "metrics", false);
  public get metrics() {
    return this._metrics;
  }
  public putMetrics(value: KibanaSloTimesliceMetricIndicatorMetricMetrics[] | cdktf.IResolvable) {
    this._metrics.internalValue = value;
  }
  public resetMetrics() {
    this._metrics.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricsInput() {
    return this._metrics.internalValue;
  }
}

export class KibanaSloTimesliceMetricIndicatorMetricList extends cdktf.ComplexList {
  public internalValue? : KibanaSloTimesliceMetricIndicatorMetric[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloTimesliceMetricIndicatorMetricOutputReference {
    return new KibanaSloTimesliceMetricIndicatorMetricOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KibanaSloTimesliceMetricIndicator {
  /**
  * Optional data view id to use for this indicator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#data_view_id KibanaSlo#data_view_id}
  */
  readonly dataViewId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#filter KibanaSlo#filter}
  */
  readonly filter?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#index KibanaSlo#index}
  */
  readonly index: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#timestamp_field KibanaSlo#timestamp_field}
  */
  readonly timestampField: string;
  /**
  * metric block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#metric KibanaSlo#metric}
  */
  readonly metric?: KibanaSloTimesliceMetricIndicatorMetric[] | cdktf.IResolvable;
}

export function kibanaSloTimesliceMetricIndicatorToTerraform(struct?: KibanaSloTimesliceMetricIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    data_view_id: cdktf.stringToTerraform(struct!.dataViewId),
    filter: cdktf.stringToTerraform(struct!.filter),
    index: cdktf.stringToTerraform(struct!.index),
    timestamp_field: cdktf.stringToTerraform(struct!.timestampField),
    metric: cdktf.listMapper(kibanaSloTimesliceMetricIndicatorMetricToTerraform, true)(struct!.metric),
  }
}


export function kibanaSloTimesliceMetricIndicatorToHclTerraform(struct?: KibanaSloTimesliceMetricIndicator | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    data_view_id: {
      value: cdktf.stringToHclTerraform(struct!.dataViewId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter: {
      value: cdktf.stringToHclTerraform(struct!.filter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.stringToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timestamp_field: {
      value: cdktf.stringToHclTerraform(struct!.timestampField),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    metric: {
      value: cdktf.listMapperHcl(kibanaSloTimesliceMetricIndicatorMetricToHclTerraform, true)(struct!.metric),
      isBlock: true,
      type: "list",
      storageClassType: "KibanaSloTimesliceMetricIndicatorMetricList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaSloTimesliceMetricIndicatorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KibanaSloTimesliceMetricIndicator | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dataViewId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dataViewId = this._dataViewId;
    }
    if (this._filter !== undefined) {
      hasAnyValues = true;
      internalValueResult.filter = this._filter;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._timestampField !== undefined) {
      hasAnyValues = true;
      internalValueResult.timestampField = this._timestampField;
    }
    if (this._metric?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metric = this._metric?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaSloTimesliceMetricIndicator | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dataViewId = undefined;
      this._filter = undefined;
      this._index = undefined;
      this._timestampField = undefined;
      this._metric.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dataViewId = value.dataViewId;
      this._filter = value.filter;
      this._index = value.index;
      this._timestampField = value.timestampField;
      this._metric.internalValue = value.metric;
    }
  }

  // data_view_id - computed: false, optional: true, required: false
  private _dataViewId?: string; 
  public get dataViewId() {
    return this.getStringAttribute('data_view_id');
  }
  public set dataViewId(value: string) {
    this._dataViewId = value;
  }
  public resetDataViewId() {
    this._dataViewId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataViewIdInput() {
    return this._dataViewId;
  }

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // index - computed: false, optional: false, required: true
  private _index?: string; 
  public get index() {
    return this.getStringAttribute('index');
  }
  public set index(value: string) {
    this._index = value;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // timestamp_field - computed: false, optional: false, required: true
  private _timestampField?: string; 
  public get timestampField() {
    return this.getStringAttribute('timestamp_field');
  }
  public set timestampField(value: string) {
    this._timestampField = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timestampFieldInput() {
    return this._timestampField;
  }

  // metric - computed: false, optional: true, required: false
  private _metric = new KibanaSloTimesliceMetricIndicatorMetricList(this, "metric", false);
  public get metric() {
    return this._metric;
  }
  public putMetric(value: KibanaSloTimesliceMetricIndicatorMetric[] | cdktf.IResolvable) {
    this._metric.internalValue = value;
  }
  public resetMetric() {
    this._metric.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricInput() {
    return this._metric.internalValue;
  }
}

export class KibanaSloTimesliceMetricIndicatorList extends cdktf.ComplexList {
  public internalValue? : KibanaSloTimesliceMetricIndicator[] | cdktf.IResolvable

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
  public get(index: number): KibanaSloTimesliceMetricIndicatorOutputReference {
    return new KibanaSloTimesliceMetricIndicatorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo elasticstack_kibana_slo}
*/
export class KibanaSlo extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack_kibana_slo";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KibanaSlo resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KibanaSlo to import
  * @param importFromId The id of the existing KibanaSlo that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KibanaSlo to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack_kibana_slo", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_slo elasticstack_kibana_slo} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KibanaSloConfig
  */
  public constructor(scope: Construct, id: string, config: KibanaSloConfig) {
    super(scope, id, {
      terraformResourceType: 'elasticstack_kibana_slo',
      terraformGeneratorMetadata: {
        providerName: 'elasticstack',
        providerVersion: '0.16.3'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._artifacts.internalValue = config.artifacts;
    this._budgetingMethod = config.budgetingMethod;
    this._description = config.description;
    this._enabled = config.enabled;
    this._groupBy = config.groupBy;
    this._name = config.name;
    this._sloId = config.sloId;
    this._spaceId = config.spaceId;
    this._tags = config.tags;
    this._timeouts.internalValue = config.timeouts;
    this._apmAvailabilityIndicator.internalValue = config.apmAvailabilityIndicator;
    this._apmLatencyIndicator.internalValue = config.apmLatencyIndicator;
    this._histogramCustomIndicator.internalValue = config.histogramCustomIndicator;
    this._kibanaConnection.internalValue = config.kibanaConnection;
    this._kqlCustomIndicator.internalValue = config.kqlCustomIndicator;
    this._metricCustomIndicator.internalValue = config.metricCustomIndicator;
    this._objective.internalValue = config.objective;
    this._settings.internalValue = config.settings;
    this._timeWindow.internalValue = config.timeWindow;
    this._timesliceMetricIndicator.internalValue = config.timesliceMetricIndicator;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // artifacts - computed: false, optional: true, required: false
  private _artifacts = new KibanaSloArtifactsOutputReference(this, "artifacts");
  public get artifacts() {
    return this._artifacts;
  }
  public putArtifacts(value: KibanaSloArtifacts) {
    this._artifacts.internalValue = value;
  }
  public resetArtifacts() {
    this._artifacts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get artifactsInput() {
    return this._artifacts.internalValue;
  }

  // budgeting_method - computed: false, optional: false, required: true
  private _budgetingMethod?: string; 
  public get budgetingMethod() {
    return this.getStringAttribute('budgeting_method');
  }
  public set budgetingMethod(value: string) {
    this._budgetingMethod = value;
  }
  // Temporarily expose input value. Use with caution.
  public get budgetingMethodInput() {
    return this._budgetingMethod;
  }

  // description - computed: false, optional: false, required: true
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
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

  // group_by - computed: false, optional: true, required: false
  private _groupBy?: string[]; 
  public get groupBy() {
    return this.getListAttribute('group_by');
  }
  public set groupBy(value: string[]) {
    this._groupBy = value;
  }
  public resetGroupBy() {
    this._groupBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupByInput() {
    return this._groupBy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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

  // slo_id - computed: false, optional: true, required: false
  private _sloId?: string; 
  public get sloId() {
    return this.getStringAttribute('slo_id');
  }
  public set sloId(value: string) {
    this._sloId = value;
  }
  public resetSloId() {
    this._sloId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sloIdInput() {
    return this._sloId;
  }

  // space_id - computed: false, optional: true, required: false
  private _spaceId?: string; 
  public get spaceId() {
    return this.getStringAttribute('space_id');
  }
  public set spaceId(value: string) {
    this._spaceId = value;
  }
  public resetSpaceId() {
    this._spaceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spaceIdInput() {
    return this._spaceId;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return this.getListAttribute('tags');
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new KibanaSloTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: KibanaSloTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // apm_availability_indicator - computed: false, optional: true, required: false
  private _apmAvailabilityIndicator = new KibanaSloApmAvailabilityIndicatorList(this, "apm_availability_indicator", false);
  public get apmAvailabilityIndicator() {
    return this._apmAvailabilityIndicator;
  }
  public putApmAvailabilityIndicator(value: KibanaSloApmAvailabilityIndicator[] | cdktf.IResolvable) {
    this._apmAvailabilityIndicator.internalValue = value;
  }
  public resetApmAvailabilityIndicator() {
    this._apmAvailabilityIndicator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apmAvailabilityIndicatorInput() {
    return this._apmAvailabilityIndicator.internalValue;
  }

  // apm_latency_indicator - computed: false, optional: true, required: false
  private _apmLatencyIndicator = new KibanaSloApmLatencyIndicatorList(this, "apm_latency_indicator", false);
  public get apmLatencyIndicator() {
    return this._apmLatencyIndicator;
  }
  public putApmLatencyIndicator(value: KibanaSloApmLatencyIndicator[] | cdktf.IResolvable) {
    this._apmLatencyIndicator.internalValue = value;
  }
  public resetApmLatencyIndicator() {
    this._apmLatencyIndicator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apmLatencyIndicatorInput() {
    return this._apmLatencyIndicator.internalValue;
  }

  // histogram_custom_indicator - computed: false, optional: true, required: false
  private _histogramCustomIndicator = new KibanaSloHistogramCustomIndicatorList(this, "histogram_custom_indicator", false);
  public get histogramCustomIndicator() {
    return this._histogramCustomIndicator;
  }
  public putHistogramCustomIndicator(value: KibanaSloHistogramCustomIndicator[] | cdktf.IResolvable) {
    this._histogramCustomIndicator.internalValue = value;
  }
  public resetHistogramCustomIndicator() {
    this._histogramCustomIndicator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get histogramCustomIndicatorInput() {
    return this._histogramCustomIndicator.internalValue;
  }

  // kibana_connection - computed: false, optional: true, required: false
  private _kibanaConnection = new KibanaSloKibanaConnectionList(this, "kibana_connection", false);
  public get kibanaConnection() {
    return this._kibanaConnection;
  }
  public putKibanaConnection(value: KibanaSloKibanaConnection[] | cdktf.IResolvable) {
    this._kibanaConnection.internalValue = value;
  }
  public resetKibanaConnection() {
    this._kibanaConnection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kibanaConnectionInput() {
    return this._kibanaConnection.internalValue;
  }

  // kql_custom_indicator - computed: false, optional: true, required: false
  private _kqlCustomIndicator = new KibanaSloKqlCustomIndicatorList(this, "kql_custom_indicator", false);
  public get kqlCustomIndicator() {
    return this._kqlCustomIndicator;
  }
  public putKqlCustomIndicator(value: KibanaSloKqlCustomIndicator[] | cdktf.IResolvable) {
    this._kqlCustomIndicator.internalValue = value;
  }
  public resetKqlCustomIndicator() {
    this._kqlCustomIndicator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kqlCustomIndicatorInput() {
    return this._kqlCustomIndicator.internalValue;
  }

  // metric_custom_indicator - computed: false, optional: true, required: false
  private _metricCustomIndicator = new KibanaSloMetricCustomIndicatorList(this, "metric_custom_indicator", false);
  public get metricCustomIndicator() {
    return this._metricCustomIndicator;
  }
  public putMetricCustomIndicator(value: KibanaSloMetricCustomIndicator[] | cdktf.IResolvable) {
    this._metricCustomIndicator.internalValue = value;
  }
  public resetMetricCustomIndicator() {
    this._metricCustomIndicator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricCustomIndicatorInput() {
    return this._metricCustomIndicator.internalValue;
  }

  // objective - computed: false, optional: true, required: false
  private _objective = new KibanaSloObjectiveList(this, "objective", false);
  public get objective() {
    return this._objective;
  }
  public putObjective(value: KibanaSloObjective[] | cdktf.IResolvable) {
    this._objective.internalValue = value;
  }
  public resetObjective() {
    this._objective.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get objectiveInput() {
    return this._objective.internalValue;
  }

  // settings - computed: false, optional: true, required: false
  private _settings = new KibanaSloSettingsOutputReference(this, "settings");
  public get settings() {
    return this._settings;
  }
  public putSettings(value: KibanaSloSettings) {
    this._settings.internalValue = value;
  }
  public resetSettings() {
    this._settings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsInput() {
    return this._settings.internalValue;
  }

  // time_window - computed: false, optional: true, required: false
  private _timeWindow = new KibanaSloTimeWindowList(this, "time_window", false);
  public get timeWindow() {
    return this._timeWindow;
  }
  public putTimeWindow(value: KibanaSloTimeWindow[] | cdktf.IResolvable) {
    this._timeWindow.internalValue = value;
  }
  public resetTimeWindow() {
    this._timeWindow.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeWindowInput() {
    return this._timeWindow.internalValue;
  }

  // timeslice_metric_indicator - computed: false, optional: true, required: false
  private _timesliceMetricIndicator = new KibanaSloTimesliceMetricIndicatorList(this, "timeslice_metric_indicator", false);
  public get timesliceMetricIndicator() {
    return this._timesliceMetricIndicator;
  }
  public putTimesliceMetricIndicator(value: KibanaSloTimesliceMetricIndicator[] | cdktf.IResolvable) {
    this._timesliceMetricIndicator.internalValue = value;
  }
  public resetTimesliceMetricIndicator() {
    this._timesliceMetricIndicator.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timesliceMetricIndicatorInput() {
    return this._timesliceMetricIndicator.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      artifacts: kibanaSloArtifactsToTerraform(this._artifacts.internalValue),
      budgeting_method: cdktf.stringToTerraform(this._budgetingMethod),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      group_by: cdktf.listMapper(cdktf.stringToTerraform, false)(this._groupBy),
      name: cdktf.stringToTerraform(this._name),
      slo_id: cdktf.stringToTerraform(this._sloId),
      space_id: cdktf.stringToTerraform(this._spaceId),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      timeouts: kibanaSloTimeoutsToTerraform(this._timeouts.internalValue),
      apm_availability_indicator: cdktf.listMapper(kibanaSloApmAvailabilityIndicatorToTerraform, true)(this._apmAvailabilityIndicator.internalValue),
      apm_latency_indicator: cdktf.listMapper(kibanaSloApmLatencyIndicatorToTerraform, true)(this._apmLatencyIndicator.internalValue),
      histogram_custom_indicator: cdktf.listMapper(kibanaSloHistogramCustomIndicatorToTerraform, true)(this._histogramCustomIndicator.internalValue),
      kibana_connection: cdktf.listMapper(kibanaSloKibanaConnectionToTerraform, true)(this._kibanaConnection.internalValue),
      kql_custom_indicator: cdktf.listMapper(kibanaSloKqlCustomIndicatorToTerraform, true)(this._kqlCustomIndicator.internalValue),
      metric_custom_indicator: cdktf.listMapper(kibanaSloMetricCustomIndicatorToTerraform, true)(this._metricCustomIndicator.internalValue),
      objective: cdktf.listMapper(kibanaSloObjectiveToTerraform, true)(this._objective.internalValue),
      settings: kibanaSloSettingsToTerraform(this._settings.internalValue),
      time_window: cdktf.listMapper(kibanaSloTimeWindowToTerraform, true)(this._timeWindow.internalValue),
      timeslice_metric_indicator: cdktf.listMapper(kibanaSloTimesliceMetricIndicatorToTerraform, true)(this._timesliceMetricIndicator.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      artifacts: {
        value: kibanaSloArtifactsToHclTerraform(this._artifacts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KibanaSloArtifacts",
      },
      budgeting_method: {
        value: cdktf.stringToHclTerraform(this._budgetingMethod),
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
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      group_by: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._groupBy),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      slo_id: {
        value: cdktf.stringToHclTerraform(this._sloId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      space_id: {
        value: cdktf.stringToHclTerraform(this._spaceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      timeouts: {
        value: kibanaSloTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KibanaSloTimeouts",
      },
      apm_availability_indicator: {
        value: cdktf.listMapperHcl(kibanaSloApmAvailabilityIndicatorToHclTerraform, true)(this._apmAvailabilityIndicator.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloApmAvailabilityIndicatorList",
      },
      apm_latency_indicator: {
        value: cdktf.listMapperHcl(kibanaSloApmLatencyIndicatorToHclTerraform, true)(this._apmLatencyIndicator.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloApmLatencyIndicatorList",
      },
      histogram_custom_indicator: {
        value: cdktf.listMapperHcl(kibanaSloHistogramCustomIndicatorToHclTerraform, true)(this._histogramCustomIndicator.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloHistogramCustomIndicatorList",
      },
      kibana_connection: {
        value: cdktf.listMapperHcl(kibanaSloKibanaConnectionToHclTerraform, true)(this._kibanaConnection.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloKibanaConnectionList",
      },
      kql_custom_indicator: {
        value: cdktf.listMapperHcl(kibanaSloKqlCustomIndicatorToHclTerraform, true)(this._kqlCustomIndicator.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloKqlCustomIndicatorList",
      },
      metric_custom_indicator: {
        value: cdktf.listMapperHcl(kibanaSloMetricCustomIndicatorToHclTerraform, true)(this._metricCustomIndicator.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloMetricCustomIndicatorList",
      },
      objective: {
        value: cdktf.listMapperHcl(kibanaSloObjectiveToHclTerraform, true)(this._objective.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloObjectiveList",
      },
      settings: {
        value: kibanaSloSettingsToHclTerraform(this._settings.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KibanaSloSettings",
      },
      time_window: {
        value: cdktf.listMapperHcl(kibanaSloTimeWindowToHclTerraform, true)(this._timeWindow.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloTimeWindowList",
      },
      timeslice_metric_indicator: {
        value: cdktf.listMapperHcl(kibanaSloTimesliceMetricIndicatorToHclTerraform, true)(this._timesliceMetricIndicator.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaSloTimesliceMetricIndicatorList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
