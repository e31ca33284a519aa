/**
 * Country scores for each paragraph: votes (places, demonyms, actors tied to a country) of its own
 * article, nearer paragraphs weighing more. A file may hold several articles: a dateline paragraph
 * ("CAIRO: ...", "BEIRUT — ...") starts a new one, together with the headline lines just before it.
 * Votes are cast with `vote`, then scores are made on demand with `at`: only paragraphs with a
 * context phrase ("the regime") need one. A paragraph's votes are summed first (halves and ones:
 * exact in any order); ties go to the country voted for first.
 * One instance is reused from document to document (`reset`): a fresh object per call gave V8 a
 * fresh hidden class once the old one was collected, and the optimised resolver was thrown away.
 */
export class StoryCountries {
  private readonly ids = new Map<string, number>();
  private readonly isos: string[] = [];
  /** Per paragraph: [id, sum, id, sum, ...] in first-vote order. */
  private sums: number[][] = [];
  private section: Int32Array = new Int32Array(0);
  /** Per section: country ids in first-vote order, and totals by id. */
  private readonly order = new Map<number, number[]>();
  private readonly totals = new Map<number, Float64Array>();
  private score = new Float64Array(0);
  private member = new Int32Array(0);
  private current = -1;

  /** Forgets the previous document; `paragraphs` is the new one's paragraph count. */
  reset(paragraphs: number): this {
    this.ids.clear();
    this.isos.length = 0;
    this.sums = new Array<number[]>(paragraphs).fill(NO_SUMS);
    this.section = NO_SECTIONS;
    this.order.clear();
    this.totals.clear();
    this.current = -1;
    return this;
  }

  vote(p: number, iso: string, weight: number): void {
    let id = this.ids.get(iso);
    if (id === undefined) this.ids.set(iso, (id = this.isos.push(iso) - 1));
    const row = this.sums[p] === NO_SUMS ? (this.sums[p] = []) : this.sums[p];
    let at = 0;
    while (at < row.length && row[at] !== id) at += 2;
    if (at === row.length) row.push(id, 0);
    row[at + 1] += weight;
  }

  /** Ends the voting: `section` is the article index of every paragraph. */
  close(section: Int32Array): void {
    this.section = section;
    const seen = new Int32Array(this.isos.length).fill(-1);
    this.sums.forEach((row, p) => {
      if (row.length === 0) return;
      const s = section[p];
      let total = this.totals.get(s);
      if (!total) this.totals.set(s, (total = new Float64Array(this.isos.length)));
      const order = this.order.get(s) ?? [];
      this.order.set(s, order);
      for (let k = 0; k < row.length; k += 2) {
        if (seen[row[k]] !== s) {
          seen[row[k]] = s;
          order.push(row[k]);
        }
        total[row[k]] += row[k + 1];
      }
    });
    this.score = new Float64Array(this.isos.length);
    this.member = new Int32Array(this.isos.length).fill(-1);
  }

  /** The score of a country in the paragraph of the last `at`. */
  get(iso: string | undefined): number {
    const id = iso === undefined ? undefined : this.ids.get(iso);
    return id === undefined || this.member[id] !== this.current ? 0 : this.score[id];
  }

  /** Makes paragraph p's scores current; returns its best country. */
  at(p: number): string | undefined {
    const { section, sums, score } = this;
    this.current = p;
    const ids = this.order.get(section[p]) ?? NO_SUMS;
    const total = this.totals.get(section[p]);
    for (const id of ids) {
      score[id] = 0.2 * total![id];
      this.member[id] = p;
    }
    for (let q = Math.max(0, p - 6); q <= Math.min(sums.length - 1, p + 3); q++) {
      if (section[q] !== section[p]) continue;
      const w = q <= p ? 1 / (1 + (p - q) * 0.5) : 0.5 / (q - p);
      const row = sums[q];
      for (let k = 0; k < row.length; k += 2) score[row[k]] += w * row[k + 1];
    }
    let best: string | undefined;
    let top = 0;
    for (const id of ids) {
      if (score[id] > top) {
        best = this.isos[id];
        top = score[id];
      }
    }
    return best;
  }
}

const NO_SUMS: number[] = [];
const NO_SECTIONS = new Int32Array(0);

// A city in capitals ("BEIRUT", "WASHINGTON/BEIRUT"), maybe a country or date ("DAMASCUS, Syria", ", Feb 3")
// and an agency in brackets, then a colon or dash: a plain hyphen only after a word of four capitals,
// a bracket or a country ("ALEPPO - ", "(Reuters) - ": not "US - led"). Or a city in title case before
// a long dash, or before an agency and a hyphen ("Beirut (AFP) - ").
const AGENCY = '\\([A-Z][\\p{L}.&]*(?: [A-Z][\\p{L}.&]*){0,2}\\)';
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+)*(?:, [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?\\.?(?: \\d{1,2})?)?(?: ${AGENCY})?\\s*(?::|—|–|--|(?<=(?:[A-Z]{4}|\\)|[a-z]) ?)-)` +
    `|[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?(?: ${AGENCY})?\\s*(?:—|–)|[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)? ${AGENCY}\\s*(?:-|--))\\s`,
  'u',
);

/** A paragraph that opens with a dateline ("CAIRO: ...", "BEIRUT — ..."). */
export function isDateline(paragraphText: string): boolean {
  const c = paragraphText.charCodeAt(0);
  if (c > 32 && c < 127) return c >= 65 && c <= 90 && DATELINE.test(paragraphText);
  return DATELINE.test(paragraphText.trimStart());
}

/**
 * Short paragraphs (headline, byline, date, caption) a dateline's article may reach back over: a
 * bound, so that where an article starts never depends on text far after it (see settledSections).
 */
export const HEADLINES = 12;

/**
 * Article index of every paragraph, from the paragraphs that open with a dateline: an article
 * starts at its dateline paragraph, or at the short unpunctuated paragraphs just before it.
 */
export function articleSections(datelines: boolean[], paragraphs: readonly { text: string }[]): Int32Array {
  const n = paragraphs.length;
  const starts = new Uint8Array(n);
  for (let p = 1; p < n; p++) {
    if (!datelines[p]) continue;
    let h = p;
    while (h > 0 && p - h < HEADLINES && fewerPieces(paragraphs[h - 1].text, 20) && !/[.]["”’]?\s*$/.test(paragraphs[h - 1].text)) h--;
    starts[h] = 1;
  }
  const out = new Int32Array(n);
  for (let p = 1; p < n; p++) out[p] = out[p - 1] + starts[p];
  return out;
}

/** `text.split(/\s+/).length < max`, counting the whitespace runs and stopping early (long paragraphs are common). */
function fewerPieces(text: string, max: number): boolean {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (++pieces >= max) return false;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/** The characters of \s in a regular expression. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
