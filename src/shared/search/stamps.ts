/**
 * Per-query "seen" marks over 0..n-1 that reset in O(1): each query takes a new generation
 * number instead of zeroing the array (a query may visit thousands of candidates, and the
 * index is searched on every keystroke). Hot loops read `marks` directly.
 */
export class Stamps {
  readonly marks: Uint32Array;
  private generation = 0;

  constructor(size: number) {
    this.marks = new Uint32Array(size);
  }

  next(): number {
    if (this.generation >= 0xfffffff0) {
      this.marks.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}
