/**
 * Plants sentinel secrets (unique strings) into the props of every construct and stack as they are declared: a
 * generic walk of each declaration's props, whatever its type, so that every string prop is an entry point.
 */

/** How a sentinel is put into a string prop, a header map, a request body or a browser flow. */
export type Variant = "userinfo" | "query" | "request";

/** One planted sentinel: where it went (the construct's path and the prop's path) and the string itself. */
export interface Plant {
  readonly construct: string;
  readonly prop: string;
  readonly sentinel: string;
}

interface PlantingState {
  variant?: Variant;
  /** Props not to plant into again, by `<construct path> <prop path>`: refused in an earlier synth. */
  readonly skip: Set<string>;
  readonly planted: Plant[];
  counter: number;
}

const state: PlantingState = { skip: new Set(), planted: [], counter: 0 };

/** Starts a synth that plants sentinels the given way, except into `skip`; undefined plants nothing. */
export function startPlanting(variant: Variant | undefined, skip: ReadonlySet<string> = new Set()): void {
  state.variant = variant;
  state.skip.clear();
  skip.forEach((key) => state.skip.add(key));
  state.planted.length = 0;
}

/** The sentinels planted since `startPlanting`. */
export function planted(): readonly Plant[] {
  return [...state.planted];
}

/** The key of a plant in `skip`. */
export const plantKey = (plant: Pick<Plant, "construct" | "prop">) => `${plant.construct} ${plant.prop}`;

function plainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function sentinel(construct: string, prop: string): string | undefined {
  if (state.skip.has(`${construct} ${prop}`)) {
    return undefined;
  }
  state.counter += 1;
  const value = `wksentinel${state.counter.toString(36).padStart(5, "0")}q`;
  state.planted.push({ construct, prop, sentinel: value });
  return value;
}

/** A string prop with a sentinel in it: in a URL's userinfo or query when it is a URL, else beside the text. */
function plantedText(text: string, secret: string, variant: Variant): string {
  const url = /^(https?:\/\/)(.*)$/.exec(text);
  if (variant === "userinfo") {
    return url === null ? `${text} https://robot:${secret}@example.com/` : `${url[1]}robot:${secret}@${url[2]}`;
  }
  return url === null ? `${text} api_key=${secret}` : `${text}${text.includes("?") ? "&" : "?"}api_key=${secret}`;
}

/** A request (an object with a URL) with a credential header and a form password; a browser flow typing a password. */
function plantedRequest(construct: string, path: string, value: Record<string, unknown>): Record<string, unknown> {
  if (typeof value.url !== "string") {
    return value;
  }
  const header = sentinel(construct, `${path}.headers.X-Auth-Key`);
  const body = value.kind === "goto" ? undefined : sentinel(construct, `${path}.body`);
  const headers = plainObject(value.headers) ? value.headers : {};
  return {
    ...value,
    ...(header === undefined ? {} : { headers: { ...headers, "X-Auth-Key": header } }),
    ...(body === undefined ? {} : { body: `user=robot&password=${body}` }),
  };
}

function plantedList(construct: string, path: string, list: readonly unknown[]): unknown[] {
  const walked = list.map((item, index) => plantedProps(construct, `${path}[${index}]`, item));
  if (state.variant !== "request") {
    return walked;
  }
  return walked.flatMap((item, index) => {
    if (!plainObject(item) || item.kind !== "goto") {
      return [item];
    }
    const typed = sentinel(construct, `${path}[${index + 1}].text`);
    return typed === undefined ? [item] : [item, { kind: "type", selector: "input[type=password]", text: typed }];
  });
}

/** The props with sentinels planted into every string (or every request and browser flow), by prop path. */
function plantedProps(construct: string, path: string, value: unknown): unknown {
  const variant = state.variant;
  if (variant === undefined) {
    return value;
  }
  if (typeof value === "string") {
    if (variant === "request") {
      return value;
    }
    const secret = sentinel(construct, path);
    return secret === undefined ? value : plantedText(value, secret, variant);
  }
  if (Array.isArray(value)) {
    return plantedList(construct, path, value);
  }
  if (!plainObject(value)) {
    return value;
  }
  const walked = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plantedProps(construct, path === "" ? key : `${path}.${key}`, item)]));
  return variant === "request" ? plantedRequest(construct, path, walked) : walked;
}

/** The props transform that plants sentinels, by construct path: for `propsHook`. */
export function plantSentinels(construct: string, props: unknown): unknown {
  return plantedProps(construct, "", props);
}
