import type { ArticleModel, EntityMention } from '../types';
import { boundsText, casualtySentence, figuresOutsideRepeats, totalsByOutcome } from './describe';

const esc = (s: string | number | undefined) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Distinct {
  e: EntityMention;
  mentions: number;
  spellings: Set<string>;
}

function distinct(model: ArticleModel, kind: 'actor' | 'place'): Distinct[] {
  const by = new Map<string, Distinct>();
  for (const e of model.entities) {
    if (e.kind !== kind) continue;
    const d = by.get(e.key) ?? { e, mentions: 0, spellings: new Set<string>() };
    d.mentions++;
    d.spellings.add(e.text);
    by.set(e.key, d);
  }
  return [...by.values()].sort((a, b) => b.mentions - a.mentions || a.e.canonical.localeCompare(b.e.canonical));
}

/** A static map: the places with coordinates on an equirectangular grid, as inline SVG (no tiles, no network). */
export function placesSvg(places: Distinct[], width = 640, height = 360): string {
  const pts = places.filter((p) => p.e.lat !== undefined && p.e.lon !== undefined);
  if (pts.length === 0) return '<p>No place with coordinates.</p>';
  const lats = pts.map((p) => p.e.lat!);
  const lons = pts.map((p) => p.e.lon!);
  // Degrees of padding around the places, and pixels kept free on the right and at the bottom for labels.
  const pad = 0.3;
  const [labelRoom, bottomRoom] = [110, 18];
  let [minLat, maxLat, minLon, maxLon] = [Math.min(...lats) - pad, Math.max(...lats) + pad, Math.min(...lons) - pad, Math.max(...lons) + pad];
  const scale = Math.min((width - labelRoom) / (maxLon - minLon), (height - bottomRoom) / (maxLat - minLat));
  const cx = (minLon + maxLon) / 2;
  const cy = (minLat + maxLat) / 2;
  [minLon, maxLon] = [cx - (width - labelRoom) / scale / 2, cx + (width + labelRoom) / scale / 2];
  [minLat, maxLat] = [cy - (height + bottomRoom) / scale / 2, cy + (height - bottomRoom) / scale / 2];
  const x = (lon: number) => ((lon - minLon) * scale).toFixed(1);
  const y = (lat: number) => ((maxLat - lat) * scale).toFixed(1);
  const grid: string[] = [];
  const step = maxLon - minLon > 40 ? 10 : maxLon - minLon > 10 ? 5 : 1;
  for (let lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) grid.push(`<line x1="${x(lon)}" y1="0" x2="${x(lon)}" y2="${height}"/><text x="${x(lon)}" y="${height - 4}">${lon}°E</text>`);
  for (let lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) grid.push(`<line x1="0" y1="${y(lat)}" x2="${width}" y2="${y(lat)}"/><text x="2" y="${y(lat)}">${lat}°N</text>`);
  const dots = pts.map((p) => `<g><circle cx="${x(p.e.lon!)}" cy="${y(p.e.lat!)}" r="${(3 + Math.sqrt(p.mentions) * 2).toFixed(1)}"><title>${esc(p.e.canonical)}: ${p.mentions} mention(s)</title></circle><text x="${(Number(x(p.e.lon!)) + 7).toFixed(1)}" y="${(Number(y(p.e.lat!)) + 4).toFixed(1)}">${esc(p.e.canonical)}</text></g>`);
  return `<svg class="map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Places mentioned"><g class="grid">${grid.join('')}</g>${dots.join('')}</svg>`;
}

/** The Article Report: figures and entities in tables, places on a static map. Self-contained HTML. */
export function articleReportHtml(title: string, model: ArticleModel): string {
  const actors = distinct(model, 'actor');
  const places = distinct(model, 'place');
  const figures = figuresOutsideRepeats(model);
  const hidden = model.casualties.length - figures.length;
  const totals = totalsByOutcome(model)
    .map((t) => `${t.open ? '≥ ' : ''}${t.min.toLocaleString('en-US')} ${t.outcome}`)
    .join(', ');
  const table = (head: string[], rows: (string | number | undefined)[][]) =>
    rows.length ? `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>` : '<p>None found.</p>';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
body{font-family:var(--vscode-font-family,sans-serif);color:var(--vscode-foreground,#222);background:var(--vscode-editor-background,#fff);padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid var(--vscode-panel-border,#ccc);padding:.25em .6em;text-align:left;vertical-align:top}
.map{border:1px solid var(--vscode-panel-border,#ccc)}.map .grid line{stroke:var(--vscode-panel-border,#ccc);stroke-width:.5}.map text{font-size:11px;fill:currentColor}
.map circle{fill:#d9534f;fill-opacity:.7;stroke:#fff}
</style></head><body>
<h1>${esc(title)}</h1>
<p>${actors.length} actors · ${places.length} places · ${model.casualties.length} casualty figures${totals ? ` (${esc(totals)}, subsets not double-counted)` : ''} · ${model.duplicates.length} duplicate paragraphs · ${model.boilerplate.length} boilerplate paragraphs</p>
<h2>Casualty figures</h2>
${hidden ? `<p>${hidden} figure${hidden === 1 ? '' : 's'} in duplicated paragraphs or boilerplate not shown.</p>` : ''}
${table(['Reading', 'Text', 'Min', 'Max', 'Outcome', 'Victims', 'Place', 'Period', 'Source', 'Part of'], figures.map((c) => [casualtySentence(c), c.text, c.min, c.max ?? '—', c.outcome, c.victimActor ? `${c.victims} (${c.victimActor})` : c.victims, c.place, c.period, c.source, c.subsetOf !== undefined ? `${boundsText(model.casualties[c.subsetOf])} ${model.casualties[c.subsetOf].outcome}` : '']))}
<h2>Places</h2>
${placesSvg(places)}
${table(['Place', 'Type', 'Governorate / province', 'Country', 'Coordinates', 'Mentions', 'Spellings'], places.map((p) => [p.e.canonical, p.e.type, p.e.admin1, p.e.country, p.e.lat !== undefined ? `${p.e.lat.toFixed(3)}, ${p.e.lon!.toFixed(3)}` : '', p.mentions, [...p.spellings].join(', ')]))}
<h2>Actors</h2>
${table(['Actor', 'Kind', 'Side', 'Wikidata', 'Mentions', 'Spellings'], actors.map((a) => [a.e.canonical, a.e.type, a.e.side, a.e.id, a.mentions, [...a.spellings].join(', ')]))}
</body></html>`;
}
