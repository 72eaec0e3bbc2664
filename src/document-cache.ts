// Parsed documents, cached by their text and bounded by the characters they hold. Yoga's own cache
// keeps 1,024 documents for an hour whatever their size: 300 distinct documents of 25 KB (3,000
// tokens, within every limit) held 475 MB of heap, and 100 of 1.9 MB (a long comment before
// `{ __typename }`) 206 MB. Here the documents cached hold at most DOCUMENT_CACHE_CHARS characters together,
// the least recently used leaving first; a document longer than that is parsed each time.
export const DOCUMENT_CACHE_CHARS = 200_000;

export class DocumentCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(private readonly maxChars = DOCUMENT_CACHE_CHARS) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    if (key.length > this.maxChars) return;
    if (this.entries.delete(key)) this.chars -= key.length;
    this.entries.set(key, value);
    this.chars += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
