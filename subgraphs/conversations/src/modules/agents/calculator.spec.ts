import { describe, expect, it } from 'vitest';
import { calculate, CalculatorError } from './calculator.js';

describe('calculate', () => {
  it.each([
    ['1 + 2 * 3', '7'],
    ['(1 + 2) * 3', '9'],
    ['0.1 + 0.2', '0.3'],
    ['2 ^ 3 ^ 2', '512'],
    ['2 ** 10', '1024'],
    ['-3 + +4', '1'],
    ['-2 ^ 2', '4'],
    ['10 % 4', '2'],
    ['1 / 3', '0.33333333333333333333'],
    ['sqrt(16) + abs(-2) + max(1, 7, 3) + min(4, 2)', '15'],
    ['round(2.345, 2)', '2.35'],
    ['1.5e3 / 3', '500'],
    ['round(pi, 4)', '3.1416'],
  ])('%s = %s', (expression, expected) => {
    expect(calculate(expression)).toBe(expected);
  });

  it.each([
    ['1 / 0', 'Division by zero'],
    ['2 +', 'Unexpected end of expression'],
    ['process.exit(1)', 'Unexpected character "."'],
    ['process', 'Unknown function or constant "process"'],
    ['__proto__', 'Unknown function or constant "__proto__"'],
    ['constructor', 'Unknown function or constant "constructor"'],
    ['2 ^ 100000', 'Exponent larger than 1000'],
    ['(1', 'Expected ")" at the end'],
    ['sqrt(-1)', 'sqrt of a negative number'],
    ['1; 2', 'Unexpected character ";"'],
    ['', 'expression is empty'],
    ['('.repeat(60) + '1' + ')'.repeat(60), 'expression is nested too deeply'],
  ])('%s fails: %s', (expression, message) => {
    expect(() => calculate(expression)).toThrow(CalculatorError);
    expect(() => calculate(expression)).toThrow(message);
  });
});
