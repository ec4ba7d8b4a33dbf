import { describe, expect, it } from "vitest";
import { alertLabelProblem } from "../../../src/domain/names/alert-labels";
import { collisionProblems } from "../../../src/domain/names/collisions";
import { isDatadogTagValue, metricNamespaceProblem } from "../../../src/domain/names/datadog";
import { fileNameProblem } from "../../../src/domain/names/file-names";
import { kubernetesNameProblem, labelValueProblem, secretKeyProblem } from "../../../src/domain/validation/kubernetes";
import { annotationTextProblem, labelNameProblem } from "../../../src/domain/validation/prometheus";
import { webAddressProblem } from "../../../src/domain/validation/urls";

describe("names", () => {
  it("Prometheus label names: letters, digits, underscores, not __-prefixed, not reserved", () => {
    expect(["tier", "_x", "a1"].map((name) => labelNameProblem("l", name))).toEqual([undefined, undefined, undefined]);
    expect(["1abc", "a-b", "", "__name__", "severity"].every((name) => labelNameProblem("l", name, ["severity"]) !== undefined)).toBe(true);
    expect(annotationTextProblem("d", "a }} b")).toBeDefined();
    expect(annotationTextProblem("d", "a { b }")).toBeUndefined();
  });

  it("file names: at most 200 bytes, not empty, no separators", () => {
    expect(fileNameProblem("n", "a".repeat(200))).toBeUndefined();
    expect(fileNameProblem("n", "é".repeat(101))).toMatch(/is 202 bytes long/);
    expect(["", "..", "a/b"].every((name) => fileNameProblem("n", name) !== undefined)).toBe(true);
  });

  it("Kubernetes names, secret keys and label values as the API server checks them", () => {
    expect(kubernetesNameProblem("n", "watchkeeper-alertmanager.v1")).toBeUndefined();
    expect(["Upper", "-a", "a b", "a".repeat(254)].every((name) => kubernetesNameProblem("n", name) !== undefined)).toBe(true);
    expect(secretKeyProblem("k", "Slack_webhook.url-1")).toBeUndefined();
    expect(["a b", "a/b", "", "k".repeat(254)].every((key) => secretKeyProblem("k", key) !== undefined)).toBe(true);
    expect(labelValueProblem("v", "")).toBeUndefined();
    expect(labelValueProblem("v", "a".repeat(64))).toBeDefined();
  });

  it("Datadog tag values and namespaces, slugs and web addresses", () => {
    expect(["checkout", "eu-west-1", "a/b:c.d", "café"].every(isDatadogTagValue)).toBe(true);
    expect(['a"b', "a\nb", "a b"].some(isDatadogTagValue)).toBe(false);
    expect([metricNamespaceProblem("n", ""), metricNamespaceProblem("n", "shop.checkout")]).toEqual([undefined, undefined]);
    expect(metricNamespaceProblem("n", "1shop")).toBeDefined();
    expect(webAddressProblem("u", "http://grafana:3000/")).toBeUndefined();
    expect(["grafana", "ftp://grafana", "https://"].every((url) => webAddressProblem("u", url) !== undefined)).toBe(true);
  });

  it("team, service, SLO and environment names: Kubernetes label values, not empty", () => {
    expect(["checkout", "Checkout_API", "eu.west-1", "a".repeat(63)].map((name) => alertLabelProblem("service", "service", name))).toEqual([undefined, undefined, undefined, undefined]);
    expect(["", " ", "a b", "a/b", "-a", "a.", "🚀", "ünïcødé", 'a"b', "a{{b", "a".repeat(64)].every((name) => alertLabelProblem("team", "name", name) !== undefined)).toBe(true);
    expect(alertLabelProblem("environment", "environment", "prod\nuction")).toBe(
      'environment "prod\\nuction" is not an environment name; use at most 63 letters, digits, dashes, underscores and dots, starting and ending with a letter or digit, e.g. "production" (it is the env label of alerts and a Datadog tag)',
    );
  });

  it("collisions name every declaration, with spellings when they differ", () => {
    const claims = [
      { kind: "SLO", name: "a-b", path: "s/x", declared: "a/b" },
      { kind: "SLO", name: "a-b", path: "s/y", declared: "a-b" },
      { kind: "SLO", name: "c", path: "s/z" },
    ];
    expect(collisionProblems("s", claims)).toEqual([
      's: SLO a-b is declared 2 times (s/x as "a/b", s/y as "a-b"); names must differ in their letters and digits, not only in punctuation or case',
    ]);
  });
});
