import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, CasualtyFigure, EntityMention } from '../core/types';
import { boundsText, casualtySentence, mentionsOf } from '../core/present/describe';
import { spanAt, toRange } from '../lsp/positions';

export function hover(doc: TextDocument, model: ArticleModel, offset: number): Hover | null {
  const figure = spanAt(model.casualties, offset);
  if (figure) return { contents: { kind: MarkupKind.Markdown, value: casualtyCard(model, figure) }, range: toRange(doc, figure) };
  const entity = spanAt(model.entities, offset);
  if (entity) return { contents: { kind: MarkupKind.Markdown, value: entity.kind === 'actor' ? actorCard(model, entity) : placeCard(model, entity) }, range: toRange(doc, entity) };
  return null;
}

const esc = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

function seenAs(model: ArticleModel, e: EntityMention): string {
  const mentions = mentionsOf(model, e);
  const spellings = [...new Set(mentions.map((m) => m.text))];
  return `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in this document, as ${spellings.map((s) => `“${esc(s)}”`).join(', ')}`;
}

function actorCard(model: ArticleModel, e: EntityMention): string {
  const rows = [`**${esc(e.canonical)}** — actor, ${e.type}${e.inDictionary ? '' : ' _(not in the dictionary: found by context)_'}`, ''];
  if (e.side) rows.push(`- Side: ${esc(e.side)}`);
  if (e.aliases?.length) rows.push(`- Known aliases: ${e.aliases.map(esc).join(', ')}`);
  if (e.id) rows.push(`- Wikidata: [${e.id}](https://www.wikidata.org/wiki/${e.id})`);
  rows.push(`- ${seenAs(model, e)}`);
  return rows.join('\n');
}

function placeCard(model: ArticleModel, e: EntityMention): string {
  const where = [e.admin1, e.country].filter(Boolean).map((s) => esc(s!)).join(', ');
  const rows = [`**${esc(e.canonical)}** — place, ${e.type}${where ? ` in ${where}` : ''}${e.inDictionary ? '' : ' _(not in the gazetteer: found by context)_'}`, ''];
  if (e.lat !== undefined && e.lon !== undefined) {
    const lat = e.lat.toFixed(4);
    const lon = e.lon.toFixed(4);
    rows.push(`- Coordinates: ${Math.abs(e.lat).toFixed(2)}° ${e.lat >= 0 ? 'N' : 'S'}, ${Math.abs(e.lon).toFixed(2)}° ${e.lon >= 0 ? 'E' : 'W'} — [OpenStreetMap](https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=11/${lat}/${lon})`);
  }
  if (e.id?.startsWith('geonames:')) rows.push(`- GeoNames: [${e.id.slice(9)}](https://www.geonames.org/${e.id.slice(9)})`);
  if (e.aliases?.length) rows.push(`- Also spelled: ${e.aliases.slice(0, 12).map(esc).join(', ')}`);
  rows.push(`- ${seenAs(model, e)}`);
  return rows.join('\n');
}

function casualtyCard(model: ArticleModel, c: CasualtyFigure): string {
  const rows = [`**${esc(casualtySentence(c))}**`, '', '| | |', '|---|---|'];
  rows.push(`| Count | ${esc(boundsText(c))}${c.approximate ? ' (approximate)' : ''} — min ${c.min}${c.max === undefined ? ', no upper bound' : `, max ${c.max}`} |`);
  rows.push(`| Outcome | ${c.outcome} |`);
  rows.push(`| Victims | ${esc(c.victims)}${c.victimActor ? ` (${esc(c.victimActor)})` : ''} |`);
  if (c.place) rows.push(`| Place | ${esc(c.place)} |`);
  if (c.period) rows.push(`| Period | ${esc(c.period)} |`);
  if (c.source) rows.push(`| Source | ${esc(c.source)} |`);
  if (c.subsetOf !== undefined) {
    const parent = model.casualties[c.subsetOf];
    if (parent) rows.push(`| Part of | “${esc(parent.text)}” (${esc(boundsText(parent))} ${parent.outcome}) |`);
  }
  return rows.join('\n');
}
