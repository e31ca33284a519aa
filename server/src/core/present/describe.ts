import type { ArticleModel, CasualtyFigure, EntityMention } from '../types';

// Plain-text renderings of records, shared by hover cards, code lenses and the CLI's CSV.

/** "≥ 21", "101+", "10–15", "≈ 30", "≤ 100", "7". */
export function boundsText(c: Pick<CasualtyFigure, 'min' | 'max' | 'approximate'>): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (c.approximate && c.max === c.min) return `≈ ${n(c.min)}`;
  if (c.max === undefined) return `≥ ${n(c.min)}`;
  if (c.max === c.min) return n(c.min);
  if (c.min === 0) return `≤ ${n(c.max)}`;
  return `${n(c.min)}–${n(c.max)}`;
}

/** "≥ 21 killed — civilians — Jassem — reported by Syrian Observatory for Human Rights". */
export function casualtySentence(c: CasualtyFigure): string {
  const parts = [`${boundsText(c)} ${c.outcome}`, c.victimActor ? `${c.victims} (${c.victimActor})` : c.victims];
  if (c.place) parts.push(c.place);
  if (c.period) parts.push(c.period);
  if (c.source) parts.push(`reported by ${c.source}`);
  return parts.join(' — ');
}

/** Every mention of the entity in the document (same key, whatever alias). */
export function mentionsOf(model: ArticleModel, e: EntityMention): EntityMention[] {
  return model.entities.filter((m) => m.key === e.key);
}

/**
 * Totals by outcome, "≥ 71 killed": figures that are subsets of another are not added again, nor
 * are figures inside a duplicated paragraph or boilerplate (a repeated paragraph reports the same toll).
 */
export function totalsByOutcome(model: Pick<ArticleModel, 'casualties' | 'duplicates' | 'boilerplate'>): { outcome: string; min: number; open: boolean }[] {
  const excluded = [...model.duplicates, ...model.boilerplate].sort((a, b) => a.start - b.start);
  const totals = new Map<string, { min: number; open: boolean }>();
  let x = 0; // casualties are sorted by start: sweep the excluded spans alongside
  for (const c of model.casualties) {
    while (x < excluded.length && excluded[x].end <= c.start) x++;
    if (c.subsetOf !== undefined || (x < excluded.length && excluded[x].start <= c.start && c.end <= excluded[x].end)) continue;
    const t = totals.get(c.outcome) ?? { min: 0, open: false };
    t.min += c.min;
    t.open ||= c.max === undefined || c.max > c.min;
    totals.set(c.outcome, t);
  }
  return [...totals].map(([outcome, t]) => ({ outcome, ...t }));
}
