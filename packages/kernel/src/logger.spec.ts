import { describe, expect, it } from 'vitest';
import { prettyLogs } from './logger.js';

describe('log format', () => {
  it('is pretty for a person at a terminal outside production, JSON otherwise', () => {
    expect(prettyLogs({ isTTY: true }, 'development')).toBe(true);
    expect(prettyLogs({ isTTY: true }, undefined)).toBe(true);
    expect(prettyLogs({ isTTY: true }, 'production')).toBe(false);
    expect(prettyLogs({ isTTY: false }, 'development')).toBe(false);
    expect(prettyLogs({}, 'test')).toBe(false);
  });
});
