import type { PlaceType } from '../types';
import type { ActorEntry } from './actorTypes';
import { ACTOR_TYPES } from './actorTypes';
import type { PlaceEntry } from './placeTypes';

/** A problem in a user entity file, with the offsets of the bad text (UTF-16, as the file's string). */
export interface EntityFileError {
  message: string;
  start: number;
  end: number;
}

const PLACE_TYPES: readonly PlaceType[] = ['country', 'admin1', 'admin2', 'city', 'town', 'village', 'district', 'camp', 'feature', 'site', 'place'];

/**
 * Parses a user entity file (`{ "actors": [...], "places": [...] }`, schema server/data/entities.schema.json).
 * Pure: text in, entries and errors out. A JSON syntax error is reported where it occurs and
 * nothing is kept; otherwise every valid entry is kept and each bad one is reported at its offset.
 */
export function parseEntityFile(text: string): { actors: ActorEntry[]; places: PlaceEntry[]; errors: EntityFileError[] } {
  const out = { actors: [] as ActorEntry[], places: [] as PlaceEntry[], errors: [] as EntityFileError[] };
  let root: Node;
  try {
    root = new Parser(text).document();
  } catch (e) {
    const err = e as SyntaxProblem;
    out.errors.push({ message: err.message, start: err.offset, end: Math.min(text.length, err.offset + 1) });
    return out;
  }
  if (root.kind !== 'object') {
    out.errors.push({ message: 'An entity file holds one object: { "actors": [...], "places": [...] }', start: root.start, end: root.end });
    return out;
  }
  for (const [key, value] of root.members) {
    if (key.value !== 'actors' && key.value !== 'places' && key.value !== '$schema') {
      out.errors.push({ message: `Unknown property "${key.value}" (expected "actors" or "places")`, start: key.start, end: key.end });
      continue;
    }
    if (key.value === '$schema') continue;
    if (value.kind !== 'array') {
      out.errors.push({ message: `"${key.value}" must be an array`, start: value.start, end: value.end });
      continue;
    }
    for (const item of value.items) {
      const problem = key.value === 'actors' ? readActor(item, out.actors) : readPlace(item, out.places);
      if (problem) out.errors.push({ message: problem.message, start: problem.node.start, end: problem.node.end });
    }
  }
  return out;
}

type Problem = { message: string; node: Node } | undefined;

function readActor(item: Node, into: ActorEntry[]): Problem {
  if (item.kind !== 'object') return { message: 'An actor entry must be an object', node: item };
  const v = plain(item) as Record<string, unknown>;
  if (typeof v.name !== 'string' || !v.name.trim()) return { message: 'Actor entry without a "name"', node: item };
  if (typeof v.type !== 'string' || !(ACTOR_TYPES as readonly string[]).includes(v.type)) {
    return { message: `Actor "${v.name}": unknown type ${JSON.stringify(v.type)} (expected one of ${ACTOR_TYPES.join(', ')})`, node: member(item, 'type') ?? item };
  }
  for (const f of ['aliases', 'acronyms', 'contextAliases'] as const) {
    const a = v[f];
    if (a !== undefined && (!Array.isArray(a) || a.some((s) => typeof s !== 'string'))) return { message: `Actor "${v.name}": "${f}" must be an array of strings`, node: member(item, f) ?? item };
  }
  for (const f of ['wikidata', 'side', 'country'] as const) {
    if (v[f] !== undefined && typeof v[f] !== 'string') return { message: `Actor "${v.name}": "${f}" must be a string`, node: member(item, f) ?? item };
  }
  if (typeof v.wikidata === 'string' && !/^Q\d+$/.test(v.wikidata)) return { message: `Actor "${v.name}": "wikidata" must look like Q123`, node: member(item, 'wikidata') ?? item };
  const e: ActorEntry = { name: v.name.trim(), type: v.type as ActorEntry['type'] };
  if (v.wikidata) e.wikidata = v.wikidata as string;
  if (v.side) e.side = v.side as string;
  if (v.country) e.country = v.country as string;
  if (v.aliases) e.aliases = v.aliases as string[];
  if (v.acronyms) e.acronyms = v.acronyms as string[];
  if (v.contextAliases) e.contextAliases = v.contextAliases as string[];
  into.push(e);
  return undefined;
}

function readPlace(item: Node, into: PlaceEntry[]): Problem {
  if (item.kind !== 'object') return { message: 'A place entry must be an object', node: item };
  const v = plain(item) as Record<string, unknown>;
  if (typeof v.name !== 'string' || !v.name.trim()) return { message: 'Place entry without a "name"', node: item };
  const type = v.type ?? 'place';
  if (typeof type !== 'string' || !(PLACE_TYPES as readonly string[]).includes(type)) {
    return { message: `Place "${v.name}": unknown type ${JSON.stringify(type)} (expected one of ${PLACE_TYPES.join(', ')})`, node: member(item, 'type') ?? item };
  }
  for (const f of ['lat', 'lon', 'geonames', 'population'] as const) {
    if (v[f] !== undefined && typeof v[f] !== 'number') return { message: `Place "${v.name}": "${f}" must be a number`, node: member(item, f) ?? item };
  }
  if (typeof v.lat === 'number' && Math.abs(v.lat) > 90) return { message: `Place "${v.name}": latitude out of range`, node: member(item, 'lat') ?? item };
  if (typeof v.lon === 'number' && Math.abs(v.lon) > 180) return { message: `Place "${v.name}": longitude out of range`, node: member(item, 'lon') ?? item };
  if (v.aliases !== undefined && (!Array.isArray(v.aliases) || v.aliases.some((s) => typeof s !== 'string'))) return { message: `Place "${v.name}": "aliases" must be an array of strings`, node: member(item, 'aliases') ?? item };
  const p: PlaceEntry = { name: v.name.trim(), type: type as PlaceType };
  for (const f of ['geonames', 'cc', 'admin1', 'lat', 'lon', 'population', 'aliases'] as const) if (v[f] !== undefined) (p as unknown as Record<string, unknown>)[f] = v[f];
  into.push(p);
  return undefined;
}

// A small JSON parser that keeps offsets, so errors point at the bad entry.
type Node =
  | { kind: 'object'; start: number; end: number; members: [{ value: string; start: number; end: number }, Node][] }
  | { kind: 'array'; start: number; end: number; items: Node[] }
  | { kind: 'value'; start: number; end: number; value: unknown };

interface SyntaxProblem {
  message: string;
  offset: number;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): Node {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    const node = this.value();
    this.space();
    if (this.pos < this.text.length) this.fail('Unexpected text after the JSON value');
    return node;
  }

  private value(): Node {
    this.space();
    const c = this.text[this.pos];
    const start = this.pos;
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { kind: 'value', start, value: this.string(), end: this.pos };
    LITERAL.lastIndex = this.pos;
    const m = LITERAL.exec(this.text);
    if (!m) this.fail(c === undefined ? 'Unexpected end of file' : `Unexpected character ${JSON.stringify(c)}`);
    this.pos += m![0].length;
    return { kind: 'value', start, end: this.pos, value: JSON.parse(m![0]) };
  }

  private object(): Node {
    const start = this.pos++;
    const members: [{ value: string; start: number; end: number }, Node][] = [];
    this.space();
    if (this.text[this.pos] === '}') return { kind: 'object', start, end: ++this.pos, members };
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('Expected a property name in double quotes');
      const ks = this.pos;
      const key = this.string();
      const ke = this.pos;
      this.space();
      if (this.text[this.pos] !== ':') this.fail('Expected ":" after the property name');
      this.pos++;
      members.push([{ value: key, start: ks, end: ke }, this.value()]);
      this.space();
      const c = this.text[this.pos++];
      if (c === '}') return { kind: 'object', start, end: this.pos, members };
      if (c !== ',') this.fail('Expected "," or "}"', this.pos - 1);
    }
  }

  private array(): Node {
    const start = this.pos++;
    const items: Node[] = [];
    this.space();
    if (this.text[this.pos] === ']') return { kind: 'array', start, end: ++this.pos, items };
    for (;;) {
      items.push(this.value());
      this.space();
      const c = this.text[this.pos++];
      if (c === ']') return { kind: 'array', start, end: this.pos, items };
      if (c !== ',') this.fail('Expected "," or "]"', this.pos - 1);
    }
  }

  private string(): string {
    STRING.lastIndex = this.pos;
    const m = STRING.exec(this.text);
    if (!m) this.fail('Unterminated or invalid string');
    this.pos += m![0].length;
    return JSON.parse(m![0]) as string;
  }

  private space(): void {
    while (this.pos < this.text.length && /[ \t\r\n]/.test(this.text[this.pos])) this.pos++;
  }

  private fail(message: string, offset = this.pos): never {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw { message: `${message} (line ${line}, column ${column})`, offset: Math.min(offset, this.text.length) } satisfies SyntaxProblem;
  }
}

function plain(n: Node): unknown {
  if (n.kind === 'value') return n.value;
  if (n.kind === 'array') return n.items.map(plain);
  return Object.fromEntries(n.members.map(([k, v]) => [k.value, plain(v)]));
}

function member(n: Node, name: string): Node | undefined {
  return n.kind === 'object' ? n.members.find(([k]) => k.value === name)?.[1] : undefined;
}
