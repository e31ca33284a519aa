import { SymbolKind, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { IndexedMention } from '../lsp/workspaceIndex';

/** One symbol per entity per file, matched on its canonical name or any spelling used. */
export function workspaceSymbols(mentions: IndexedMention[], query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  const seen = new Set<string>();
  const out: SymbolInformation[] = [];
  for (const m of mentions) {
    const id = `${m.uri}\u0000${m.entity.key}`;
    if (seen.has(id)) continue;
    if (q && !m.entity.canonical.toLowerCase().includes(q) && !m.entity.text.toLowerCase().includes(q)) continue;
    seen.add(id);
    out.push({ name: m.entity.canonical, kind: m.entity.kind === 'actor' ? SymbolKind.Class : SymbolKind.Field, location: { uri: m.uri, range: m.range }, containerName: `${m.entity.kind}, ${m.entity.type}` });
    if (out.length >= 1000) break;
  }
  return out;
}

/** Every mention, in every file, of the entity with this key. */
export function mentionsOfKey(mentions: IndexedMention[], key: string): Location[] {
  return mentions.filter((m) => m.entity.key === key).map((m) => ({ uri: m.uri, range: m.range }));
}
