import type { ArticleModel } from '../types';
import { casualtySentence } from './describe';
import { mainLocation } from '../entities/places';

/** The per-file record of `conflict-lens analyze` (schema: schema/analyze-output.schema.json). */
export function fileRecord(file: string, model: ArticleModel) {
  const main = mainLocation(model.entities);
  return {
    file,
    length: model.text.length,
    mainLocation: main ? { start: main.start, end: main.end, text: main.text, canonical: main.canonical, type: main.type, admin1: main.admin1 ?? null, country: main.country ?? null } : null,
    entities: model.entities.map((e) => ({
      kind: e.kind,
      start: e.start,
      end: e.end,
      text: e.text,
      canonical: e.canonical,
      type: e.type,
      ...(e.id !== undefined && { id: e.id }),
      ...(e.side !== undefined && { side: e.side }),
      ...(e.admin1 !== undefined && { admin1: e.admin1 }),
      ...(e.country !== undefined && { country: e.country }),
      ...(e.lat !== undefined && { lat: e.lat, lon: e.lon }),
      inDictionary: e.inDictionary,
    })),
    casualties: model.casualties.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      min: c.min,
      max: c.max ?? null,
      approximate: c.approximate,
      outcome: c.outcome,
      victims: c.victims,
      victimActor: c.victimActor ?? null,
      place: c.place ?? null,
      period: c.period ?? null,
      source: c.source ?? null,
      subsetOf: c.subsetOf ?? null,
    })),
    duplicates: model.duplicates.map((d) => ({
      start: d.start,
      end: d.end,
      originalStart: d.originalStart,
      originalEnd: d.originalEnd,
      kind: d.kind,
      similarity: Math.round(d.similarity * 1000) / 1000,
    })),
    boilerplate: model.boilerplate.map((b) => ({ start: b.start, end: b.end, rule: b.rule })),
  };
}

export type FileRecord = ReturnType<typeof fileRecord>;

const CSV_COLUMNS = ['file', 'record', 'start', 'end', 'text', 'canonical', 'type', 'id', 'side', 'admin1', 'country', 'lat', 'lon', 'min', 'max', 'approximate', 'outcome', 'victims', 'victimActor', 'place', 'period', 'source', 'subsetOf', 'reading'] as const;

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row per entity mention and per casualty figure. */
export function csvRows(file: string, model: ArticleModel, header: boolean): string {
  const rows: string[] = header ? [CSV_COLUMNS.join(',')] : [];
  const row = (r: Record<string, unknown>) => rows.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  for (const e of model.entities) row({ file, record: e.kind, ...e });
  model.casualties.forEach((c) => row({ file, record: 'casualty', ...c, reading: casualtySentence(c) }));
  return rows.join('\n') + (rows.length ? '\n' : '');
}

/** GeoJSON Features: one point per distinct place, with its mentions and the figures tied to it. */
export function geoJsonFeatures(file: string, model: ArticleModel): object[] {
  const byKey = new Map<string, { e: ArticleModel['entities'][number]; mentions: number }>();
  for (const e of model.entities) {
    if (e.kind !== 'place' || e.lat === undefined || e.lon === undefined) continue;
    const hit = byKey.get(e.key);
    if (hit) hit.mentions++;
    else byKey.set(e.key, { e, mentions: 1 });
  }
  return [...byKey.values()].map(({ e, mentions }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
    properties: {
      file,
      name: e.canonical,
      type: e.type,
      admin1: e.admin1 ?? null,
      country: e.country ?? null,
      id: e.id ?? null,
      mentions,
      casualties: model.casualties.filter((c) => c.place === e.canonical).map(casualtySentence),
    },
  }));
}

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'geojson';

/**
 * Writes records file by file in one of the export formats: JSONL and CSV stream (one line or row
 * at a time, a CSV header once), JSON and GeoJSON are written whole by `end()`. The CLI and the
 * editor's export commands share it.
 */
export class Exporter {
  private readonly json: FileRecord[] = [];
  private readonly features: object[] = [];
  private first = true;

  constructor(
    private readonly format: ExportFormat,
    private readonly write: (chunk: string) => void,
  ) {}

  add(file: string, model: ArticleModel): void {
    if (this.format === 'jsonl') this.write(JSON.stringify(fileRecord(file, model)) + '\n');
    else if (this.format === 'json') this.json.push(fileRecord(file, model));
    else if (this.format === 'csv') this.write(csvRows(file, model, this.first));
    else this.features.push(...geoJsonFeatures(file, model));
    this.first = false;
  }

  end(): void {
    if (this.format === 'json') this.write(JSON.stringify(this.json, null, 2) + '\n');
    if (this.format === 'geojson') this.write(JSON.stringify({ type: 'FeatureCollection', features: this.features }, null, 2) + '\n');
  }
}
