import { joinable, type Token } from './tokens';

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

/**
 * A trie over token keys, for matching many multi-word names at once in one left-to-right pass
 * (DEPENDENCIES.md: a token trie scans 37,600 gazetteer patterns over 1 MB in ~47 ms). Each
 * recogniser supplies its own key function (a case fold, a transliteration fold, or exact case).
 */
export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };
  size = 0;

  add(keys: string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.size++;
  }

  /**
   * Every match starting at tokens[i], longest first: `length` is the number of tokens matched.
   * Tokens of one match must be joinable in the text (no punctuation other than a hyphen between).
   */
  matchAt(text: string, tokens: Token[], keys: string[], i: number): { length: number; values: V[] }[] {
    const out: { length: number; values: V[] }[] = [];
    let node: Node<V> | undefined = this.root;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && !joinable(text, tokens[j - 1], tokens[j])) break;
      node = node.next.get(keys[j]);
      if (node && node.values.length) out.push({ length: j - i + 1, values: node.values });
    }
    return out.reverse();
  }
}
