import { describe, expect, it } from "vitest";
import { grafanaUid, serviceFolderUrl, sloDashboardUid, sloDashboardUrl } from "../../../src/targets/grafana/uids";
import type { StackSettings } from "../../../src/targets/target-scope";

const stack = (grafanaUrl: string | undefined, suffix = ""): StackSettings => ({
  id: "production",
  environment: "production",
  grafanaUrl,
  datadogMetricNamespace: "",
  vendorName: (name) => `${name}${suffix}`,
});

describe("grafanaUid", () => {
  it("keeps a slug of at most 40 characters as it is", () => {
    expect(grafanaUid("SLO Checkout Availability")).toBe("slo-checkout-availability");
    expect(grafanaUid("a".repeat(40))).toBe("a".repeat(40));
  });

  it("shortens a longer slug to 40 characters: a readable start and a hash of the whole", () => {
    const long = grafanaUid(`slo-${"abcdefghij".repeat(5)}-a`);
    const other = grafanaUid(`slo-${"abcdefghij".repeat(5)}-b`);
    expect(long).toHaveLength(40);
    expect(long).toMatch(/^slo-abcdefghijabcdefghijabcdefg-[0-9a-f]{8}$/);
    expect(other.slice(0, 31)).toBe(long.slice(0, 31));
    expect(other).not.toBe(long);
  });
});

describe("Grafana links", () => {
  it("address an SLO's dashboard and a service's folder under the stack's Grafana, with its vendor suffix", () => {
    const staging = stack("https://grafana.example.com", "-staging");
    expect(sloDashboardUid(staging, "checkout-availability")).toBe("slo-checkout-availability-staging");
    expect(sloDashboardUrl(staging, "checkout-availability")).toBe("https://grafana.example.com/d/slo-checkout-availability-staging");
    expect(serviceFolderUrl(staging, "checkout")).toBe("https://grafana.example.com/dashboards/f/watchkeeper-checkout-staging");
  });

  it("are undefined when the stack has no Grafana URL", () => {
    expect(sloDashboardUrl(stack(undefined), "checkout-availability")).toBeUndefined();
    expect(serviceFolderUrl(stack(undefined), "checkout")).toBeUndefined();
  });
});
