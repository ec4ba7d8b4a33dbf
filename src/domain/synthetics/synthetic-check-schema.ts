import { z } from "zod";
import type { StatusPageProps } from "../status-page/status-page-props";
import {
  annotationText,
  checkedText,
  duration,
  headers,
  oneOf,
  owner,
  percent,
  propsSchema,
  serviceName,
  text,
  webAddress,
  wholeNumber,
} from "../validation/schema";
import { HTTP_METHODS, type AssertTextStep, type AssertUrlStep, type ClickStep, type GotoStep, type HttpExpectations, type TypeStep, type WaitStep } from "./flow";
import type { AlertWhenProps, ApiHealthCheckProps, CriticalUserFlowProps, HealthCheckRequest, SyntheticBackendsProps, SyntheticCheckProps } from "./synthetic-check-props";
import { VARIABLE_NAME } from "./variables";

/** A variable name of a flow (`{{ NAME }}`): upper-case letters, digits and underscores, as Datadog requires. */
const variableName = checkedText((name) => (VARIABLE_NAME.test(name) ? undefined : `"${name}" is not a variable name; use upper-case letters, digits and underscores, e.g. API_KEY`));

/** A step's URL: an absolute web address, parts of which may be `{{ NAME }}`. */
const stepUrl = webAddress({ references: true });

const expectations = propsSchema<HttpExpectations>()({
  status: wholeNumber(100, 599).optional(),
  responseTimeBelow: duration({ min: "1ms", max: "60s" }).optional(),
  jsonPath: z.record(text, z.string()).optional(),
  headers: z.record(text, z.string()).optional(),
  bodyContains: text.optional(),
});

const request = {
  method: oneOf(HTTP_METHODS).optional(),
  url: stepUrl,
  headers: headers.optional(),
  body: z.string().optional(),
  expect: expectations.optional(),
};

const extraction = z.union([z.strictObject({ jsonPath: text }), z.strictObject({ header: text })]);

const step = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("http"), name: text, ...request, extract: z.record(variableName, extraction).optional() }),
  propsSchema<GotoStep>()({ kind: z.literal("goto"), url: stepUrl }),
  propsSchema<ClickStep>()({ kind: z.literal("click"), selector: text }),
  propsSchema<TypeStep>()({ kind: z.literal("type"), selector: text, text: z.string() }),
  propsSchema<AssertTextStep>()({ kind: z.literal("assertText"), text: text }),
  propsSchema<AssertUrlStep>()({ kind: z.literal("assertUrl"), contains: text }),
  propsSchema<WaitStep>()({ kind: z.literal("wait"), seconds: wholeNumber(1, 180) }),
]);

/** What every synthetic check declares, by prop. */
const common = {
  service: serviceName,
  name: text,
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  criticality: oneOf(["page", "ticket"]).optional(),
  // Datadog's shorter range per test type is checked with the Datadog output; a Probe runs at any interval.
  frequency: duration({ min: "1s", max: "7d" }).optional(),
  locations: z.array(text).optional(),
  alertWhen: propsSchema<AlertWhenProps>()({
    failingLocations: wholeNumber(1, 100).optional(),
    forAtLeast: duration({ min: "1s", max: "1d" }).optional(),
    oneLocationFor: duration({ min: "1m", max: "7d" }).optional(),
    retries: wholeNumber(0).optional(),
  }).optional(),
  secrets: z.array(variableName).optional(),
  tags: z.record(text, text).optional(),
  regressionRatio: z.number().gt(1, "must be above 1 (1.25 means 25% slower than a week before)").max(100).optional(),
  uptimeObjective: percent({ zero: false, hundred: false }).optional(),
  outputs: propsSchema<SyntheticBackendsProps>()({ datadog: z.boolean().optional(), prometheus: z.boolean().optional() }).optional(),
  statusPage: propsSchema<StatusPageProps>()({ component: annotationText, description: annotationText.optional() }).optional(),
} satisfies { [Key in keyof Required<SyntheticCheckProps>]: z.ZodType };

/** The schema of a CriticalUserFlow's props; parse checks the steps against each other and the backends. */
export const criticalUserFlowSchema = propsSchema<CriticalUserFlowProps>()({ ...common, steps: z.array(step) }) satisfies z.ZodType<CriticalUserFlowProps>;

/** The schema of an ApiHealthCheck's props. */
export const apiHealthCheckSchema = propsSchema<ApiHealthCheckProps>()({
  ...common,
  request: propsSchema<HealthCheckRequest>()(request),
}) satisfies z.ZodType<ApiHealthCheckProps>;
