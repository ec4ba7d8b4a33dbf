import { describe, expect, it } from "vitest";
import { countryCodeProblems, isCountryCode } from "../../../src/domain/validation/country-codes";

describe("country codes", () => {
  it("are the 249 assigned ISO 3166-1 alpha-2 codes, upper case, without groupings or reserved codes", () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
    const assigned = letters.flatMap((first) => letters.map((second) => `${first}${second}`)).filter(isCountryCode);
    expect(assigned).toHaveLength(249);
    expect(["DE", "GB", "US", "XK", "UK", "EU", "EL", "de"].map(isCountryCode)).toEqual([true, true, true, false, false, false, false, false]);
  });

  it("name the code of a country written by name or in lower case", () => {
    expect(countryCodeProblems(["United States", "gb", "DE"], "expectedCountries").map((problem) => problem.split("; ")[1])).toEqual(['use "US"', 'use "GB"']);
  });
});
