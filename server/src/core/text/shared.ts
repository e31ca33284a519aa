/* Copies of strings and numbers that a kept analysis can hold without keeping more than they need. */

/**
 * A copy of a string that does not hold on to the document: `text.slice()` may share the
 * whole document's memory, and a cached scan that keeps its text would then keep old versions of
 * the document alive. Slicing a concatenation makes V8 copy the concatenation into a new flat
 * string first, and the result shares only that (checked with 200 one-megabyte documents: 4 MB of
 * heap kept, against 200 MB for the bare slices); about 15× cheaper than a JSON round trip. V8
 * copies strings under 13 characters when slicing, so those are never slices and are left alone.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const interned = new Map<string, string>();
/**
 * One flat copy per distinct string, shared by every mention and figure that holds it (the table
 * is emptied past 50,000 entries).
 */
export function intern(s: string): string {
  let v = interned.get(s);
  if (v === undefined) {
    if (interned.size >= 50_000) interned.clear();
    v = detach(s);
    interned.set(v, v);
  }
  return v;
}

const boxes = new Map<number, number>();
/**
 * One number object per coordinate value: V8 boxes a fractional number read out of an object to
 * store it into another, so every place mention would otherwise hold two boxes of its own.
 */
export function boxed(x: number): number {
  let v = boxes.get(x);
  if (v === undefined) {
    if (boxes.size >= 50_000) boxes.clear();
    boxes.set(x, (v = x));
  }
  return v;
}
