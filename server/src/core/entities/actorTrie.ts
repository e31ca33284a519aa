import { hashString, HashSet } from './actorHash';
import type { ActorTokens } from './actorTokens';

/**
 * A trie over token keys, walked with the hashes the tokeniser computed: a step compares the
 * key's characters with the token's text, so no key string is made for the token.
 * `fold` tries match folded keys, the others exact case.
 * Nodes are integers; the edges are one open-addressing table keyed by (parent, key hash), a few
 * typed-array reads per step where a Map per node cost a hash-table walk (the hottest line of the scan).
 */
export class HashTrie<V> {
  /** Per node: its key, the next node under the same parent whose key has the same hash (-1: none), its values. */
  private readonly keys: string[] = [''];
  private readonly sibling: number[] = [-1];
  private readonly values: V[][] = [[]];
  private readonly hasChildren: boolean[] = [false];
  /** Edge table: slot -> parent, key hash, first child (-1: free). */
  private parents = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private children = new Int32Array(1024).fill(-1);
  private edges = 0;
  /** Hashes of the keys a match can start with. */
  readonly first = new HashSet();

  constructor(readonly fold: boolean) {}

  add(keys: string[], value: V): void {
    let node = 0;
    for (const key of keys) {
      const h = hashString(key);
      if (node === 0) this.first.add(h);
      const head = this.child(node, h);
      let child = head;
      while (child >= 0 && this.keys[child] !== key) child = this.sibling[child];
      if (child < 0) {
        child = this.keys.length;
        this.keys.push(key);
        this.sibling.push(head);
        this.values.push([]);
        this.hasChildren.push(false);
        this.setChild(node, h, child);
        this.hasChildren[node] = true;
      }
      node = child;
    }
    if (!this.values[node].includes(value)) this.values[node].push(value);
  }

  /** The first node under `parent` whose key hashes to `h`, or -1. */
  private child(parent: number, h: number): number {
    const mask = this.children.length - 1;
    for (let s = slot(parent, h, mask); ; s = (s + 1) & mask) {
      const c = this.children[s];
      if (c < 0 || (this.parents[s] === parent && this.hashes[s] === h)) return c;
    }
  }

  private setChild(parent: number, h: number, c: number): void {
    if (2 * (this.edges + 1) > this.children.length) this.grow();
    const mask = this.children.length - 1;
    let s = slot(parent, h, mask);
    while (this.children[s] >= 0 && !(this.parents[s] === parent && this.hashes[s] === h)) s = (s + 1) & mask;
    if (this.children[s] < 0) this.edges++;
    this.parents[s] = parent;
    this.hashes[s] = h;
    this.children[s] = c;
  }

  private grow(): void {
    const { parents, hashes, children } = this;
    this.parents = new Int32Array(2 * children.length);
    this.hashes = new Int32Array(2 * children.length);
    this.children = new Int32Array(2 * children.length).fill(-1);
    this.edges = 0;
    for (let s = 0; s < children.length; s++) if (children[s] >= 0) this.setChild(parents[s], hashes[s], children[s]);
  }

  /**
   * Matches starting at token i into `lengths` / `values`, shortest first; returns their number.
   * Tokens of one match must be joinable (no punctuation but a hyphen between them).
   */
  matchAt(t: ActorTokens, i: number, lengths: number[], values: V[][]): number {
    const hashes = this.fold ? t.fh : t.xh;
    let count = 0;
    let node = 0;
    for (let j = i; j < t.n && this.hasChildren[node]; j++) {
      if (j > i && !t.joinable(j)) break;
      let c = this.child(node, hashes[j]);
      while (c >= 0 && !t.keyEquals(j, this.keys[c], this.fold)) c = this.sibling[c];
      if (c < 0) break;
      node = c;
      if (this.values[node].length) {
        lengths[count] = j - i + 1;
        values[count++] = this.values[node];
      }
    }
    return count;
  }
}

function slot(parent: number, h: number, mask: number): number {
  const x = Math.imul(h ^ Math.imul(parent, 0x85ebca6b), 0x9e3779b1);
  return (x ^ (x >>> 15)) & mask;
}
