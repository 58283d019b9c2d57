import { Decimal } from 'decimal.js';

/**
 * Safe arithmetic for the `calculator` tool: a small recursive-descent parser over decimal
 * numbers. No `eval`, no `Function`, no identifiers beyond a fixed list of functions and
 * constants; input length, nesting and exponents are bounded.
 */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

export class CalculatorError extends Error {}

const MAX_LENGTH = 500;
const MAX_DEPTH = 50;
const MAX_EXPONENT = 1000;

const FUNCTIONS: Record<string, { arity: [number, number]; apply: (args: Dec[]) => Dec }> = {
  sqrt: {
    arity: [1, 1],
    apply: ([x]) => {
      if (x!.isNegative()) throw new CalculatorError('sqrt of a negative number');
      return x!.sqrt();
    },
  },
  abs: { arity: [1, 1], apply: ([x]) => x!.abs() },
  round: { arity: [1, 2], apply: ([x, places]) => x!.toDecimalPlaces(places ? places.toNumber() : 0) },
  floor: { arity: [1, 1], apply: ([x]) => x!.floor() },
  ceil: { arity: [1, 1], apply: ([x]) => x!.ceil() },
  min: { arity: [1, 50], apply: (xs) => D.min(...xs) },
  max: { arity: [1, 50], apply: (xs) => D.max(...xs) },
};
const CONSTANTS: Record<string, Dec> = { pi: D.acos(-1), e: D.exp(1) };

type Token = { kind: 'num'; value: string } | { kind: 'id'; value: string } | { kind: 'op'; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|([A-Za-z_][A-Za-z0-9_]*)|(\*\*|[-+*/%^(),]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) throw new CalculatorError(`Unexpected character "${source.slice(at).trim()[0]}" at position ${at + 1}`);
    const number = m[0].trim();
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: number });
    else if (m[2] !== undefined) tokens.push({ kind: 'id', value: m[2].toLowerCase() });
    else tokens.push({ kind: 'op', value: m[3] === '**' ? '^' : m[3]! });
    at = re.lastIndex;
  }
  return tokens;
}

export function calculate(expression: string): string {
  if (typeof expression !== 'string' || expression.trim() === '') throw new CalculatorError('expression is empty');
  if (expression.length > MAX_LENGTH) throw new CalculatorError(`expression is longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(expression);
  let i = 0;
  let depth = 0;
  const peek = () => tokens[i];
  const isOp = (v: string) => peek()?.kind === 'op' && peek()!.value === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new CalculatorError(`Expected "${v}"${peek() ? ` before "${peek()!.value}"` : ' at the end'}`);
    i++;
  };
  const nested = <T>(fn: () => T): T => {
    if (++depth > MAX_DEPTH) throw new CalculatorError('expression is nested too deeply');
    try {
      return fn();
    } finally {
      depth--;
    }
  };

  const expr = (): Dec =>
    nested(() => {
      let left = term();
      while (isOp('+') || isOp('-')) left = tokens[i++]!.value === '+' ? left.plus(term()) : left.minus(term());
      return left;
    });
  const term = (): Dec => {
    let left = power();
    while (isOp('*') || isOp('/') || isOp('%')) {
      const op = tokens[i++]!.value;
      const right = power();
      if (op === '*') left = left.times(right);
      else {
        if (right.isZero()) throw new CalculatorError('Division by zero');
        left = op === '/' ? left.div(right) : left.mod(right);
      }
    }
    return left;
  };
  const power = (): Dec => {
    const base = unary();
    if (!isOp('^')) return base;
    i++;
    const exponent = nested(power);
    if (exponent.abs().gt(MAX_EXPONENT)) throw new CalculatorError(`Exponent larger than ${MAX_EXPONENT}`);
    if (base.isZero() && exponent.isNegative()) throw new CalculatorError('Division by zero');
    if (base.isNegative() && !exponent.isInteger()) throw new CalculatorError('Fractional power of a negative number');
    return base.pow(exponent);
  };
  const unary = (): Dec => {
    if (isOp('-')) {
      i++;
      return nested(unary).neg();
    }
    if (isOp('+')) {
      i++;
      return nested(unary);
    }
    return primary();
  };
  const primary = (): Dec => {
    const t = peek();
    if (!t) throw new CalculatorError('Unexpected end of expression');
    if (t.kind === 'num') {
      i++;
      return new D(t.value);
    }
    if (t.kind === 'op' && t.value === '(') {
      i++;
      const value = expr();
      expect(')');
      return value;
    }
    if (t.kind === 'id') {
      i++;
      // Own properties only: `constructor` or `__proto__` must never reach Object's prototype.
      if (Object.hasOwn(CONSTANTS, t.value) && !isOp('(')) return CONSTANTS[t.value]!;
      const fn = Object.hasOwn(FUNCTIONS, t.value) ? FUNCTIONS[t.value] : undefined;
      if (!fn) throw new CalculatorError(`Unknown function or constant "${t.value}"`);
      expect('(');
      const args: Dec[] = [];
      if (!isOp(')')) {
        args.push(expr());
        while (isOp(',')) {
          i++;
          args.push(expr());
        }
      }
      expect(')');
      if (args.length < fn.arity[0] || args.length > fn.arity[1]) throw new CalculatorError(`${t.value} takes ${fn.arity[0]}${fn.arity[1] > fn.arity[0] ? ` to ${fn.arity[1]}` : ''} argument(s)`);
      return fn.apply(args);
    }
    throw new CalculatorError(`Unexpected "${t.value}"`);
  };

  const value = expr();
  if (i < tokens.length) throw new CalculatorError(`Unexpected "${tokens[i]!.value}"`);
  if (!value.isFinite()) throw new CalculatorError('The result is not a finite number');
  return value.toSignificantDigits(20).toFixed();
}
