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

/** Totals by outcome, counting only figures that are not subsets of another ("≥ 71 killed"). */
export function totalsByOutcome(casualties: CasualtyFigure[]): { outcome: string; min: number; open: boolean }[] {
  const totals = new Map<string, { min: number; open: boolean }>();
  for (const c of casualties) {
    if (c.subsetOf !== undefined) continue;
    const t = totals.get(c.outcome) ?? { min: 0, open: false };
    t.min += c.min;
    t.open ||= c.max === undefined || c.max > c.min;
    totals.set(c.outcome, t);
  }
  return [...totals].map(([outcome, t]) => ({ outcome, ...t }));
}
