/**
 * Chunking: a document's content becomes an ordered list of chunks, `chunk_index` from 0, each
 * a contiguous slice of the original text (with its offsets), so a hit can be shown in place.
 *
 * The rule (sizes in characters, ATRIUM_LORE_CHUNK_SIZE / ATRIUM_LORE_CHUNK_OVERLAP):
 * 1. The text is split into paragraphs (blank lines) and each paragraph into sentences (after
 *    `.`, `!` or `?` and closing quotes or brackets, before whitespace). A sentence longer than
 *    the chunk size is split between words. These pieces are the units; a unit never starts
 *    or ends inside a word.
 * 2. Units are packed greedily into a chunk while the chunk stays within `size`. When the next
 *    unit opens a new paragraph and the chunk is already at least half full, the chunk ends at
 *    the paragraph boundary instead.
 * 3. The next chunk starts with the trailing units of the previous one that fit in `overlap`
 *    characters, when they belong to the same paragraph as the unit that follows: a question
 *    straddling a boundary still finds its context. Overlap never stops progress.
 * The only chunk longer than `size` is one holding a single word longer than `size`.
 */
export interface ChunkOptions {
  /** Largest chunk, in characters. */
  size: number;
  /** Characters of whole trailing units repeated at the start of the next chunk. */
  overlap: number;
}

export interface TextChunk {
  index: number;
  content: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

interface Unit {
  start: number;
  end: number;
  paragraph: number;
}

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s)/g;

/** Non-blank [start, end) spans of `text` between `from` and `to`, trimmed of whitespace. */
function trimmed(text: string, from: number, to: number): [number, number] | null {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? [s, e] : null;
}

/** Split one over-long sentence between words, packing words up to `size`. */
function wordPieces(text: string, start: number, end: number, size: number, paragraph: number, out: Unit[]): void {
  const words = /\S+/g;
  words.lastIndex = start;
  let pieceStart = -1;
  let pieceEnd = -1;
  for (let m = words.exec(text); m && m.index < end; m = words.exec(text)) {
    const wEnd = m.index + m[0].length;
    if (pieceStart === -1) {
      pieceStart = m.index;
      pieceEnd = wEnd;
    } else if (wEnd - pieceStart <= size) {
      pieceEnd = wEnd;
    } else {
      out.push({ start: pieceStart, end: pieceEnd, paragraph });
      pieceStart = m.index;
      pieceEnd = wEnd;
    }
  }
  if (pieceStart !== -1) out.push({ start: pieceStart, end: pieceEnd, paragraph });
}

function unitsOf(text: string, size: number): Unit[] {
  const units: Unit[] = [];
  const paragraphBreak = /\n[ \t]*\n\s*/g;
  let paragraph = 0;
  let from = 0;
  const spans: [number, number][] = [];
  for (let m = paragraphBreak.exec(text); m; m = paragraphBreak.exec(text)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  spans.push([from, text.length]);
  for (const [pStart, pEnd] of spans) {
    const body = trimmed(text, pStart, pEnd);
    if (!body) continue;
    const [s, e] = body;
    let sentenceStart = s;
    SENTENCE_END.lastIndex = s;
    const ends: number[] = [];
    for (let m = SENTENCE_END.exec(text); m && m.index < e; m = SENTENCE_END.exec(text)) ends.push(m.index + m[0].length);
    ends.push(e);
    for (const end of ends) {
      const sentence = trimmed(text, sentenceStart, Math.min(end, e));
      sentenceStart = end;
      if (!sentence) continue;
      if (sentence[1] - sentence[0] <= size) units.push({ start: sentence[0], end: sentence[1], paragraph });
      else wordPieces(text, sentence[0], sentence[1], size, paragraph, units);
    }
    paragraph++;
  }
  return units;
}

/** Chunks of `text` by the rule above. Empty or blank text has no chunks. */
export function chunkText(text: string, options: ChunkOptions): TextChunk[] {
  const size = Math.max(1, Math.floor(options.size));
  const overlap = Math.max(0, Math.min(Math.floor(options.overlap), size - 1));
  const units = unitsOf(text, size);
  const chunks: TextChunk[] = [];
  let i = 0;
  while (i < units.length) {
    const chunkStart = units[i]!.start;
    let j = i;
    while (j + 1 < units.length) {
      const next = units[j + 1]!;
      if (next.end - chunkStart > size) break;
      if (next.paragraph !== units[j]!.paragraph && units[j]!.end - chunkStart >= size / 2) break;
      j++;
    }
    const end = units[j]!.end;
    chunks.push({ index: chunks.length, content: text.slice(chunkStart, end), start: chunkStart, end });
    if (j + 1 >= units.length) break;
    const following = units[j + 1]!;
    let b = j + 1;
    while (b - 1 > i && units[b - 1]!.paragraph === following.paragraph && end - units[b - 1]!.start <= overlap && following.end - units[b - 1]!.start <= size) b--;
    i = b;
  }
  return chunks;
}
