import { describe, expect, it } from 'vitest';
import { chunkText } from './chunking.js';

const words = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const atBoundary = (text: string, i: number) => i === 0 || i === text.length || /\s/.test(text[i - 1]!) || /\s/.test(text[i]!) || /[.!?"')\]]/.test(text[i - 1]!);

describe('chunkText', () => {
  it('numbers chunks from 0, keeps each a slice of the text, and never cuts inside a word', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} talks about topic ${i % 7}.`).join(' ');
    const chunks = chunkText(text, { size: 200, overlap: 60 });
    expect(chunks.length).toBeGreaterThan(3);
    chunks.forEach((c, i) => {
      expect(c.index).toBe(i);
      expect(text.slice(c.start, c.end)).toBe(c.content);
      expect(c.content.length).toBeLessThanOrEqual(200);
      expect(atBoundary(text, c.start) && atBoundary(text, c.end)).toBe(true);
      // Sentence-aware: every chunk ends at the end of a sentence.
      expect(c.content.endsWith('.')).toBe(true);
    });
    // Everything is covered, in order, and consecutive chunks overlap by whole sentences.
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]!.start).toBeLessThan(chunks[i - 1]!.end);
      expect(chunks[i]!.start).toBeGreaterThan(chunks[i - 1]!.start);
      expect(chunks[i - 1]!.end - chunks[i]!.start).toBeLessThanOrEqual(60);
    }
  });

  it('ends a chunk at a paragraph boundary once it is half full, and does not overlap across paragraphs', () => {
    const p1 = 'First paragraph one. First paragraph two. First paragraph three.';
    const p2 = 'Second paragraph one. Second paragraph two.';
    const text = `${p1}\n\n${p2}`;
    const chunks = chunkText(text, { size: 120, overlap: 40 });
    expect(chunks.map((c) => c.content)).toEqual([p1, p2]);
  });

  it('splits an over-long sentence between words, and only a single over-long word exceeds the size', () => {
    const long = words(60);
    const chunks = chunkText(long, { size: 50, overlap: 0 });
    expect(chunks.every((c) => c.content.length <= 50)).toBe(true);
    expect(chunks.map((c) => c.content).join(' ')).toBe(long);
    const giant = `short ${'x'.repeat(80)} tail`;
    expect(chunkText(giant, { size: 50, overlap: 10 }).map((c) => c.content)).toEqual(['short', 'x'.repeat(80), 'tail']);
  });

  it('has no chunks for blank text, and one for a short text', () => {
    expect(chunkText('  \n\n  ', { size: 100, overlap: 10 })).toEqual([]);
    expect(chunkText('  Just this.  ', { size: 100, overlap: 10 })).toEqual([{ index: 0, content: 'Just this.', start: 2, end: 12 }]);
  });
});
