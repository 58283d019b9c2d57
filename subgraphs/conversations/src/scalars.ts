import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { formatDecimal } from './modules/chat/cost.js';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const DECIMAL = /^-?\d+(\.\d+)?$/;

function parse(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return value.trim();
  throw invalid('Decimal must be a string such as "0.0015" (or an integer)');
}

/** Exact decimals as strings: money never travels as a binary float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number, serialised as a string in plain notation.',
  serialize: (value) => (typeof value === 'string' ? value : formatDecimal(value as { toString(): string })),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw invalid('Decimal must be a string such as "0.0015"');
  },
});
