import type { EntityMention } from '../types';
import type { ActorEntry } from './actorTypes';
import { entryKey, GENERIC } from './actorDictionary';
import { hashString, HashSet, pairHash } from './actorHash';
import type { ActorTokens } from './actorTokens';
import { PARTICLES } from './actorNames';

/**
 * Surname keys of the people named so far ("hourani", "abdel rahman"), each with its first full mention.
 * Reused from document to document (`reset`), so its hidden class outlives a call (see StoryCountries).
 */
export class People {
  private readonly map = new Map<string, EntityMention>();
  /** Hashes of the one- and two-word keys, as the scan's rows hash tokens (see ActorTokens.fh, pairHash). */
  readonly hashes = new HashSet();

  reset(): this {
    if (this.map.size) {
      this.map.clear();
      this.hashes.clear();
    }
    return this;
  }

  register(m: EntityMention, keys: readonly string[] | undefined): void {
    for (const k of keys ?? []) {
      if (this.map.has(k)) continue;
      this.map.set(k, m);
      const parts = k.split(' ');
      if (parts.length === 1) this.hashes.add(hashString(k));
      else if (parts.length === 2) this.hashes.add(pairHash(hashString(parts[0]), hashString(parts[1])));
    }
  }

  lookup(key: string, before: number): EntityMention | undefined {
    const m = this.map.get(key);
    return m && m.start < before ? m : undefined;
  }

  get size(): number {
    return this.map.size;
  }
}

/** What a mention copies from its entry, read once per entry (entries have many shapes, so reading them is slow). */
interface Record {
  canonical: string;
  type: ActorEntry['type'];
  id: string | undefined;
  side: string | undefined;
  aliases: string[] | undefined;
  key: string;
}

const recordCache = new WeakMap<ActorEntry, Record>();

function recordOf(e: ActorEntry): Record {
  const aliases = [...new Set([...(e.aliases ?? []), ...(e.acronyms ?? [])])];
  return {
    canonical: e === GENERIC ? 'government forces' : e.name,
    type: e.type,
    id: e.wikidata ? e.wikidata : undefined,
    side: e.side ? e.side : undefined,
    aliases: aliases.length ? aliases : undefined,
    key: entryKey(e),
  };
}

/** A mention of entry `e` at [start, end). */
export function mention(text: string, start: number, end: number, e: ActorEntry, inDictionary: boolean): EntityMention {
  let r = recordCache.get(e);
  if (!r) recordCache.set(e, (r = recordOf(e)));
  const m = { kind: 'actor', start, end, text: text.slice(start, end), canonical: r.canonical, type: r.type } as EntityMention;
  if (r.id !== undefined) m.id = r.id;
  if (r.side !== undefined) m.side = r.side;
  if (r.aliases !== undefined) m.aliases = r.aliases;
  m.inDictionary = inDictionary;
  m.key = r.key;
  return m;
}

const SURNAME_PARTICLES = new Set('abdel abdul abd abu bin ibn de el al ben van von'.split(' '));

/**
 * Surname keys of the full name at tokens [i, j), for later mentions: "Imad al-Hourani" → "hourani";
 * "Rami Abdel Rahman" → "abdel rahman", "rahman".
 */
export function surnameKeys(t: ActorTokens, i: number, j: number): string[] {
  let count = 0;
  let last = -1;
  for (let k = i; k < j; k++) {
    if (PARTICLES.text(t, k)) continue;
    count++;
    last = k;
  }
  if (count < 2) return [];
  const keys = [t.fold(last)];
  const before = last - 1;
  if (last - i >= 2 && SURNAME_PARTICLES.has(t.text(before).toLowerCase())) keys.unshift(`${t.fold(before)} ${t.fold(last)}`);
  return keys;
}

/** The key a later full mention of a person is looked up by: its name words, folded. */
export function personKey(t: ActorTokens, i: number, j: number): string {
  const parts: string[] = [];
  for (let k = i; k < j; k++) if (!PARTICLES.text(t, k)) parts.push(t.fold(k));
  return parts.join(' ');
}
