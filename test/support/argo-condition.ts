/**
 * Evaluates Argo Rollouts' success and failure conditions (expr-lang) for a Prometheus vector result, the way
 * Argo's evaluate package does, for the subset of the language the DeploymentGate emits: `||`, `&&`, `!`, the
 * comparisons `==`, `!=`, `>`, `>=`, `<`, `<=`, parentheses, numbers, `result`, `result[<n>]`, `len(x)` and
 * `isNaN(x)`. Anything else throws, so a condition outside the subset fails its test instead of being misread.
 * As in expr, `&&` and `||` short-circuit and an index past the end is an error; comparisons with NaN are false.
 */

type Value = number | boolean | number[];

const TOKEN = /\s*(\|\||&&|==|!=|>=|<=|[><!()[\]]|\d+(?:\.\d+)?|[A-Za-z_]\w*)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) {
      if (text.slice(start).trim() === "") break;
      throw new Error(`unsupported syntax at column ${start + 1} of ${JSON.stringify(text)}`);
    }
    tokens.push(match[1]);
  }
  return tokens;
}

/** A parsed expression: evaluated lazily, so that `&&` and `||` can skip their right side. */
type Node = (result: number[]) => Value;

class Parser {
  private position = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Node {
    const node = this.or();
    if (this.position < this.tokens.length) throw new Error(`unexpected ${this.tokens[this.position]}`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private expect(token: string): void {
    if (this.tokens[this.position] !== token) throw new Error(`expected ${token}, got ${this.peek() ?? "the end"}`);
    this.position++;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === "||") {
      this.position++;
      const [l, r] = [left, this.and()];
      left = (result) => asBoolean(l(result)) || asBoolean(r(result));
    }
    return left;
  }

  private and(): Node {
    let left = this.comparison();
    while (this.peek() === "&&") {
      this.position++;
      const [l, r] = [left, this.comparison()];
      left = (result) => asBoolean(l(result)) && asBoolean(r(result));
    }
    return left;
  }

  private comparison(): Node {
    const left = this.unary();
    const operator = this.peek();
    if (operator === undefined || !["==", "!=", ">", ">=", "<", "<="].includes(operator)) return left;
    this.position++;
    const right = this.unary();
    return (result) => compare(asNumber(left(result)), operator, asNumber(right(result)));
  }

  private unary(): Node {
    if (this.peek() === "!") {
      this.position++;
      const operand = this.unary();
      return (result) => !asBoolean(operand(result));
    }
    return this.primary();
  }

  private primary(): Node {
    const token = this.tokens[this.position++];
    if (token === "(") {
      const inner = this.or();
      this.expect(")");
      return inner;
    }
    if (token !== undefined && /^\d/.test(token)) return () => Number(token);
    if (token === "len" || token === "isNaN") {
      this.expect("(");
      const argument = this.or();
      this.expect(")");
      return token === "len" ? (result) => asList(argument(result)).length : (result) => Number.isNaN(asNumber(argument(result)));
    }
    if (token === "result") {
      if (this.peek() !== "[") return (result) => result;
      this.position++;
      const index = Number(this.tokens[this.position++]);
      this.expect("]");
      return (result) => {
        if (index >= result.length) throw new Error(`index out of range: ${index} (array length is ${result.length})`);
        return result[index];
      };
    }
    throw new Error(`unsupported token ${token ?? "at the end"}`);
  }
}

function compare(left: number, operator: string, right: number): boolean {
  switch (operator) {
    case "==": return left === right;
    case "!=": return left !== right;
    case ">": return left > right;
    case ">=": return left >= right;
    case "<": return left < right;
    default: return left <= right;
  }
}

function asBoolean(value: Value): boolean {
  if (typeof value !== "boolean") throw new Error(`expected a boolean, got ${JSON.stringify(value)}`);
  return value;
}

function asNumber(value: Value): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
}

function asList(value: Value): number[] {
  if (!Array.isArray(value)) throw new Error(`expected a list, got ${JSON.stringify(value)}`);
  return value;
}

/** Evaluates one condition for a vector result (the list of its values); throws as Argo errors. */
export function evaluateArgoCondition(condition: string, result: number[]): boolean {
  return asBoolean(new Parser(tokenize(condition)).parse()(result));
}

/** Argo's measurement phase for both conditions, as its EvaluateResult decides: failure wins, neither is inconclusive. */
export function argoMeasurement(conditions: { successCondition: string; failureCondition: string }, result: number[]): "pass" | "fail" | "inconclusive" | "error" {
  try {
    const success = evaluateArgoCondition(conditions.successCondition, result);
    const failure = evaluateArgoCondition(conditions.failureCondition, result);
    return failure ? "fail" : success ? "pass" : "inconclusive";
  } catch {
    return "error";
  }
}
