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
 * The casualty figures outside duplicated paragraphs and boilerplate: a repeated paragraph reports
 * the same toll again. Linear: both lists are sorted by start and swept together.
 */
export function figuresOutsideRepeats(model: Pick<ArticleModel, 'casualties' | 'duplicates' | 'boilerplate'>): CasualtyFigure[] {
  const excluded = [...model.duplicates, ...model.boilerplate].sort((a, b) => a.start - b.start);
  let x = 0;
  return model.casualties.filter((c) => {
    while (x < excluded.length && excluded[x].end <= c.start) x++;
    return !(x < excluded.length && excluded[x].start <= c.start && c.end <= excluded[x].end);
  });
}

/** Totals by outcome, "≥ 71 killed": neither subsets of another figure nor figures in repeats are added again. */
export function totalsByOutcome(model: Pick<ArticleModel, 'casualties' | 'duplicates' | 'boilerplate'>): { outcome: string; min: number; open: boolean }[] {
  const totals = new Map<string, { min: number; open: boolean }>();
  for (const c of figuresOutsideRepeats(model)) {
    if (c.subsetOf !== undefined) continue;
    const t = totals.get(c.outcome) ?? { min: 0, open: false };
    t.min += c.min;
    t.open ||= c.max === undefined || c.max > c.min;
    totals.set(c.outcome, t);
  }
  return [...totals].map(([outcome, t]) => ({ outcome, ...t }));
}
