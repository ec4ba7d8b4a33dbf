/**
 * PromQL laid out for people to read: a long expression broken at its operators and parentheses, indented by
 * depth, with a map from every offset of the original text to its line and column in the layout, so that an
 * error found in the original is shown where it is. Tolerant of broken expressions (unclosed parentheses).
 */

/** A place in laid-out text: 1-based line and column. */
export interface TextPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/** An expression laid out: its lines, and where each offset of the original ended up. */
export interface FormattedPromQL {
  /** The expression's lines, indented by nesting. */
  readonly lines: readonly string[];
  /** The position of the original text's offset in `lines`: the next character shown, for whitespace. */
  positionOf(offset: number): TextPosition;
}

/** Lines are broken when longer than this. */
export const LINE_WIDTH = 100;

type TokenKind = "atom" | "open" | "close" | "comma" | "operator";

interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A token, or a parenthesised group of nodes (`close` undefined when the parenthesis is never closed). */
type Node = { readonly token: Token } | { readonly open: Token; readonly children: readonly Node[]; readonly close?: Token };

/** Binary operators by precedence, loosest first (Prometheus's order); an expression breaks at the loosest it has. */
const PRECEDENCE: readonly (readonly string[])[] = [["or"], ["and", "unless"], ["==", "!=", ">", "<", ">=", "<="], ["+", "-"], ["*", "/", "%", "atan2"], ["^"]];
const OPERATORS = new Set(PRECEDENCE.flat());
/** Words that modify the binary operator before them, each possibly followed by a label list in parentheses. */
const MODIFIERS = new Set(["bool", "on", "ignoring", "group_left", "group_right"]);

/** The end of a quoted string starting at `start` (its closing quote included), or the text's end. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\" && quote !== "`") index++;
    else if (text[index] === quote) return index + 1;
  }
  return text.length;
}

/** The end of a `{…}` or `[…]` starting at `start`, strings inside skipped, or the text's end. */
function bracketEnd(text: string, start: number): number {
  const close = text[start] === "{" ? "}" : "]";
  for (let index = start + 1; index < text.length; index++) {
    if (`"'\``.includes(text[index])) index = stringEnd(text, index) - 1;
    else if (text[index] === close) return index + 1;
  }
  return text.length;
}

/** The text's tokens: strings, selectors' `{…}` and ranges' `[…]` whole; whitespace and comments left out. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, start: index, end, text: text.slice(index, end) });
    index = end;
  };
  while (index < text.length) {
    const char = text[index];
    const word = /^(?:[A-Za-z0-9_:.]+|==|!=|>=|<=|=~|!~)/.exec(text.slice(index, index + 200))?.[0];
    if (/\s/.test(char)) index++;
    else if (char === "#") index = text.indexOf("\n", index) === -1 ? text.length : text.indexOf("\n", index);
    else if (`"'\``.includes(char)) push("atom", stringEnd(text, index));
    else if (char === "{" || char === "[") push("atom", bracketEnd(text, index));
    else if (char === "(") push("open", index + 1);
    else if (char === ")") push("close", index + 1);
    else if (char === ",") push("comma", index + 1);
    else if (word !== undefined) push(OPERATORS.has(word) ? "operator" : "atom", index + word.length);
    else push(OPERATORS.has(char) ? "operator" : "atom", index + 1);
  }
  return tokens;
}

/** The tokens as a tree of parenthesised groups; a stray `)` stays a token of its own. */
function groups(tokens: readonly Token[]): Node[] {
  const stack: { open?: Token; children: Node[] }[] = [{ children: [] }];
  for (const token of tokens) {
    const top = stack[stack.length - 1];
    if (token.kind === "open") stack.push({ open: token, children: [] });
    else if (token.kind === "close" && top.open !== undefined) {
      stack.pop();
      stack[stack.length - 1].children.push({ open: top.open, children: top.children, close: token });
    } else top.children.push({ token });
  }
  while (stack.length > 1) {
    const unclosed = stack.pop() as { open: Token; children: Node[] };
    stack[stack.length - 1].children.push({ open: unclosed.open, children: unclosed.children });
  }
  return stack[0].children;
}

const first = (node: Node): Token => ("token" in node ? node.token : node.open);

/** Splits nodes at top-level tokens of one kind (commas), or at binary operators of the loosest precedence present. */
function splitAt(nodes: readonly Node[], isSeparator: (node: Node, index: number) => boolean): { parts: Node[][]; separators: Node[][] } {
  const parts: Node[][] = [[]];
  const separators: Node[][] = [];
  for (let index = 0; index < nodes.length; index++) {
    if (!isSeparator(nodes[index], index)) {
      parts[parts.length - 1].push(nodes[index]);
      continue;
    }
    const separator = [nodes[index]];
    // An operator's modifiers (bool, on (…), group_left (…)) stay with it.
    while (index + 1 < nodes.length && "token" in nodes[index + 1] && MODIFIERS.has(first(nodes[index + 1]).text)) {
      separator.push(nodes[++index]);
      if (index + 1 < nodes.length && "open" in nodes[index + 1]) separator.push(nodes[++index]);
    }
    separators.push(separator);
    parts.push([]);
  }
  return { parts, separators };
}

/** Whether the node at `index` is a binary operator (not a sign: an operator first or after another is unary). */
function isBinary(nodes: readonly Node[], index: number, operators: readonly string[]): boolean {
  const node = nodes[index];
  if (!("token" in node) || node.token.kind !== "operator" || !operators.includes(node.token.text)) return false;
  const before = nodes[index - 1];
  return before !== undefined && !("token" in before && before.token.kind === "operator");
}

/** Writes laid-out lines, recording where each token's characters went. */
class Layout {
  readonly lines: string[] = [];
  readonly positions = new Map<number, TextPosition>();
  private previousEnd = -1;

  constructor(private readonly text: string) {}

  /** How long the current line is. */
  get column(): number {
    return this.lines[this.lines.length - 1].length;
  }

  /** Starts a line at `indent` spaces. */
  newLine(indent: number): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1].trim() === "") this.lines.pop();
    this.lines.push(" ".repeat(indent));
    this.previousEnd = -1;
  }

  /** Appends tokens as the original spaced them: one space where it had any whitespace, none where it had none. */
  write(tokens: readonly Token[]): void {
    for (const token of tokens) {
      const line = this.lines.length - 1;
      if (this.previousEnd !== -1 && /\s/.test(this.text.slice(this.previousEnd, token.start))) this.lines[line] += " ";
      for (let offset = token.start; offset < token.end; offset++) {
        this.positions.set(offset, { line: line + 1, column: this.lines[line].length + 1 + offset - token.start });
      }
      this.lines[line] += token.text;
      this.previousEnd = token.end;
    }
  }
}

function tokensOf(nodes: readonly Node[]): Token[] {
  return nodes.flatMap((node) => ("token" in node ? [node.token] : [node.open, ...tokensOf(node.children), ...(node.close ? [node.close] : [])]));
}

/** The length of the nodes written on one line. */
function flatLength(text: string, nodes: readonly Node[]): number {
  const tokens = tokensOf(nodes);
  return tokens.reduce((length, token, index) => length + token.text.length + (index > 0 && /\s/.test(text.slice(tokens[index - 1].end, token.start)) ? 1 : 0), 0);
}

/**
 * Lays out a sequence of nodes at `indent`, from a fresh line or (`onSameLine`) after what the current line holds,
 * ending on its last line.
 */
function layOut(layout: Layout, text: string, nodes: readonly Node[], indent: number, onSameLine = false): void {
  if (!onSameLine) layout.newLine(indent);
  if (layout.column + flatLength(text, nodes) <= LINE_WIDTH) {
    layout.write(tokensOf(nodes));
    return;
  }
  const level = PRECEDENCE.find((operators) => nodes.some((_, index) => isBinary(nodes, index, operators)));
  if (level !== undefined) {
    const { parts, separators } = splitAt(nodes, (_, index) => isBinary(nodes, index, level));
    layOut(layout, text, parts[0], indent, true);
    parts.slice(1).forEach((part, index) => {
      const operator = separators[index];
      layout.newLine(indent);
      layout.write(tokensOf(operator));
      layOut(layout, text, part, indent, true);
    });
    return;
  }
  const widest = nodes.reduce<number>((best, node, index) => ("open" in node && (best === -1 || flatLength(text, [node]) >= flatLength(text, [nodes[best]])) ? index : best), -1);
  if (widest === -1) {
    layout.write(tokensOf(nodes));
    return;
  }
  const group = nodes[widest] as Extract<Node, { open: Token }>;
  layout.write([...tokensOf(nodes.slice(0, widest)), group.open]);
  const { parts, separators } = splitAt(group.children, (node) => "token" in node && node.token.kind === "comma");
  parts.forEach((part, index) => {
    layOut(layout, text, part, indent + 2);
    if (index < separators.length) layout.write(tokensOf(separators[index]));
  });
  layout.newLine(indent);
  layout.write([...(group.close ? [group.close] : []), ...tokensOf(nodes.slice(widest + 1))]);
}

/**
 * The expression laid out for display. Text whose every line fits {@link LINE_WIDTH} keeps its own lines; longer
 * text is broken at the loosest binary operators first (each operator, with its `bool`/`on (…)`/`group_left`
 * modifiers, on a line of its own), then inside its widest parentheses (one argument a line, two spaces deeper).
 */
export function formatPromQL(expression: string): FormattedPromQL {
  const own = expression.split("\n");
  if (own.every((line) => line.length <= LINE_WIDTH)) {
    const starts = own.map((_, index) => own.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0));
    return {
      lines: own,
      positionOf: (offset) => {
        const line = starts.filter((start) => start <= offset).length;
        return { line, column: offset - starts[line - 1] + 1 };
      },
    };
  }
  const layout = new Layout(expression);
  layOut(layout, expression, groups(tokenize(expression)), 0);
  const lines = layout.lines.map((line) => line.trimEnd());
  return {
    lines,
    positionOf: (offset) => {
      for (let next = offset; next < expression.length; next++) {
        const position = layout.positions.get(next);
        if (position !== undefined) return position;
      }
      return { line: lines.length, column: lines[lines.length - 1].length + 1 };
    },
  };
}
