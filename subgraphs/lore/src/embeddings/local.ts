import type { EmbeddingProvider } from './types.js';
import { normalize } from './types.js';

/**
 * The `local` embedder: offline, deterministic, free, and the default.
 *
 * What it is: feature hashing. A text is lower-cased, accents stripped, split into words;
 * stop words are dropped and a light suffix stemmer folds `deploys/deploying/deployed` together.
 * Three kinds of features are hashed (FNV-1a, 32 bits) into `dimensions` buckets with a sign
 * taken from the hash (signed hashing, so collisions cancel on average instead of adding up):
 * word stems (weight 1), adjacent stem pairs (0.5), and character trigrams of each word with
 * boundary marks (`#da`, `dat`, `ata`, `ta#`; each 0.7/sqrt(count), so a word's trigrams weigh about as much as the word). Term weights are
 * sublinear (ln(1 + weight)); the vector is L2-normalised.
 *
 * So texts sharing words, stems or spellings are measurably closer than unrelated texts, and a
 * typo still lands near its word. What it is not: a language model. It knows no synonyms
 * ("car" and "automobile" are unrelated to it), no word order beyond pairs, no other language's
 * morphology, and its scores are not comparable with another model's. Use an OpenAI-compatible
 * model for meaning; use this one for tests, offline installs and a baseline.
 */
export const LOCAL_DIMENSIONS = 256;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'may me my no not of on or our should so than that the their them then there these they this those to ' +
    'was we were what when where which who why will with would you your'
  ).split(' '),
);

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A light English suffix stemmer: enough to fold common inflections, not a Porter stemmer. */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  for (const [suffix, replacement] of [
    ['ational', 'ate'],
    ['ization', 'ize'],
    ['fulness', 'ful'],
    ['iveness', 'ive'],
    ['ments', ''],
    ['ment', ''],
    ['ings', ''],
    ['ing', ''],
    ['ies', 'y'],
    ['ied', 'y'],
    ['edly', ''],
    ['ed', ''],
    ['ly', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, word.length - suffix.length) + replacement;
  }
  return word;
}

/** The words of a text as the embedder sees them (lower case, no accents, stop words out, stemmed). */
export function terms(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[a-z0-9]+/g);
  return (words ?? []).filter((w) => !STOP_WORDS.has(w)).map(stem);
}

/** The embedding of one text: deterministic, `dimensions` long, unit length (or all zeros for no words). */
export function localEmbedding(text: string, dimensions = LOCAL_DIMENSIONS): number[] {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const words = terms(text);
  words.forEach((word, i) => {
    add(`w:${word}`, 1);
    if (i + 1 < words.length) add(`b:${word} ${words[i + 1]}`, 0.5);
    const marked = `#${word}#`;
    const grams = Math.max(1, marked.length - 2);
    for (let g = 0; g + 3 <= marked.length; g++) add(`c:${marked.slice(g, g + 3)}`, 0.7 / Math.sqrt(grams));
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, tf] of counts) {
    const hash = fnv1a(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    vector[hash % dimensions]! += sign * Math.log1p(tf);
  }
  return normalize(vector);
}

/** Rough token count (about four characters a token), for usage figures. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export function createLocalProvider(dimensions = LOCAL_DIMENSIONS): EmbeddingProvider {
  return {
    async embed(texts) {
      return { vectors: texts.map((t) => localEmbedding(t, dimensions)), tokens: texts.reduce((n, t) => n + estimateTokens(t), 0) };
    },
  };
}
