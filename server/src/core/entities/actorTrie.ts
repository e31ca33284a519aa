import { hashString, HashSet } from './actorHash';
import type { ActorTokens } from './actorTokens';

interface Node<V> {
  /** The token key leading here; `sibling` chains keys whose hashes collide. */
  key: string;
  sibling: Node<V> | undefined;
  next: Map<number, Node<V>> | undefined;
  values: V[];
}

/**
 * A trie over token keys, walked with the hashes the tokeniser computed: a step compares the
 * key's characters with the token's text, so no key string is made for the token.
 * `fold` tries match folded keys, the others exact case.
 */
export class HashTrie<V> {
  private readonly root: Node<V> = { key: '', sibling: undefined, next: new Map(), values: [] };
  /** Hashes of the keys a match can start with. */
  readonly first = new HashSet();

  constructor(readonly fold: boolean) {}

  add(keys: string[], value: V): void {
    let node = this.root;
    for (const key of keys) {
      const h = hashString(key);
      if (node === this.root) this.first.add(h);
      node.next ??= new Map();
      let child = node.next.get(h);
      while (child && child.key !== key) child = child.sibling;
      if (!child) {
        child = { key, sibling: node.next.get(h), next: undefined, values: [] };
        node.next.set(h, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /**
   * Matches starting at token i into `lengths` / `values`, shortest first; returns their number.
   * Tokens of one match must be joinable (no punctuation but a hyphen between them).
   */
  matchAt(t: ActorTokens, i: number, lengths: number[], values: V[][]): number {
    const hashes = this.fold ? t.fh : t.xh;
    let count = 0;
    let node: Node<V> | undefined = this.root;
    for (let j = i; j < t.n && node.next; j++) {
      if (j > i && !t.joinable(j)) break;
      node = node.next.get(hashes[j]);
      while (node && !t.keyEquals(j, node.key, this.fold)) node = node.sibling;
      if (!node) break;
      if (node.values.length) {
        lengths[count] = j - i + 1;
        values[count++] = node.values;
      }
    }
    return count;
  }
}
