/**
 * String keys → numbers, held outside the JavaScript heap: the key bytes in one growing
 * buffer and an open-addressing table of typed arrays. An import remembers every key it has
 * seen (for duplicates and references within the import); as a Map of a million strings
 * that is about 50 bytes a key on the heap, which the garbage collector then sizes at about
 * twice; here it is about 30 bytes a key, and the collector never walks it.
 */
const EMPTY = -1;

/** FNV-1a over the key's UTF-8 bytes. */
function hashOf(bytes: Buffer, length: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < length; index++) {
    hash ^= bytes[index]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class KeyIndex {
  private arena: Buffer = Buffer.allocUnsafe(1 << 16);
  private arenaUsed = 0;
  /** Per entry: where its key starts in the arena, its length in bytes, its value. */
  private starts: Uint32Array = new Uint32Array(1 << 10);
  private lengths: Uint32Array = new Uint32Array(1 << 10);
  private values = new Float64Array(1 << 10);
  /** Open addressing, at most half full: entry index, or EMPTY. */
  private slots = new Int32Array(1 << 11).fill(EMPTY);
  private scratch: Buffer = Buffer.allocUnsafe(256);
  private count = 0;
  /** Byte length of the key `find` last wrote into `scratch`. */
  private scratchLength = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    const slot = this.find(key);
    const entry = this.slots[slot]!;
    return entry === EMPTY ? undefined : this.values[entry];
  }

  set(key: string, value: number): void {
    const slot = this.find(key);
    const entry = this.slots[slot]!;
    if (entry !== EMPTY) {
      this.values[entry] = value;
      return;
    }
    const length = this.scratchLength;
    if (this.count === this.starts.length) this.growEntries();
    while (this.arenaUsed + length > this.arena.length) this.arena = grown(this.arena, this.arena.length * 2);
    this.scratch.copy(this.arena, this.arenaUsed, 0, length);
    this.starts[this.count] = this.arenaUsed;
    this.lengths[this.count] = length;
    this.values[this.count] = value;
    this.arenaUsed += length;
    this.slots[slot] = this.count;
    this.count += 1;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  /** The slot holding `key`, or the empty slot where it would go; leaves its bytes in `scratch`. */
  private find(key: string): number {
    const needed = Buffer.byteLength(key, 'utf8');
    if (needed > this.scratch.length) this.scratch = Buffer.allocUnsafe(needed * 2);
    const length = this.scratch.write(key, 0, 'utf8');
    this.scratchLength = length;
    const mask = this.slots.length - 1;
    let slot = hashOf(this.scratch, length) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return slot;
      const start = this.starts[entry]!;
      if (this.lengths[entry] === length && this.scratch.compare(this.arena, start, start + length, 0, length) === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private growEntries(): void {
    const capacity = this.starts.length * 2;
    this.starts = grownUint32(this.starts, capacity);
    this.lengths = grownUint32(this.lengths, capacity);
    const values = new Float64Array(capacity);
    values.set(this.values);
    this.values = values;
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity).fill(EMPTY);
    const mask = capacity - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const start = this.starts[entry]!;
      let slot = hashOf(this.arena.subarray(start), this.lengths[entry]!) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }
}

function grown(buffer: Buffer, capacity: number): Buffer {
  const next = Buffer.allocUnsafe(capacity);
  buffer.copy(next);
  return next;
}

function grownUint32(array: Uint32Array, capacity: number): Uint32Array {
  const next = new Uint32Array(capacity);
  next.set(array);
  return next;
}
