/**
 * The ISO 3166-1 alpha-2 codes officially assigned (249), as GeoIP databases write them in ECS
 * `source.geo.country_iso_code`: upper case, `GB` for the United Kingdom (never `UK`), no regional groupings (`EU`).
 */
const ISO_3166_ALPHA_2: ReadonlySet<string> = new Set(
  [
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ",
    "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ",
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ",
    "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR",
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU",
    "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ",
    "LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ",
    "NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW",
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ",
    "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW",
  ].flatMap((line) => line.split(" ")),
);

/** Whether a text is an assigned ISO 3166-1 alpha-2 code, exactly as GeoIP writes it. */
export function isCountryCode(text: string): boolean {
  return ISO_3166_ALPHA_2.has(text);
}

/** The assigned codes whose English name is the text (`Germany` → `DE`), or that it spells in lower case (`de`). */
function codesFor(text: string): string[] {
  const wanted = text.trim().toLowerCase();
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  return [...ISO_3166_ALPHA_2].filter((code) => code.toLowerCase() === wanted || names.of(code)?.toLowerCase() === wanted);
}

/** Codes that are not ISO's but are often taken for them. */
const MISTAKEN: Readonly<Record<string, string>> = { UK: "GB", EL: "GR" };

/**
 * What is wrong with a list of expected countries: each must be an ISO 3166-1 alpha-2 code, since a country name or
 * a misspelt code never equals a log's `source.geo.country_iso_code` and every sign-in would look unexpected. An
 * empty list expects nowhere, which alerts on every sign-in too.
 */
export function countryCodeProblems(codes: readonly string[], prop: string): string[] {
  if (codes.length === 0) {
    return [`${prop}: no country listed, so every sign-in would alert; list the ISO 3166-1 alpha-2 codes sign-ins come from, e.g. ["DE", "FR"], or leave ${prop} out`];
  }
  return codes.flatMap((code, index) => {
    if (isCountryCode(code)) {
      return [];
    }
    const suggestions = [...(MISTAKEN[code.toUpperCase()] === undefined ? [] : [MISTAKEN[code.toUpperCase()]]), ...codesFor(code)];
    const fix = suggestions.length === 0 ? 'use the two-letter code, e.g. "DE" for Germany' : `use "${suggestions[0]}"`;
    return [`${prop}[${index}]: "${code}" is not an ISO 3166-1 alpha-2 country code, which logs carry in source.geo.country_iso_code; ${fix}`];
  });
}
