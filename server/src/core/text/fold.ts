/** Case and diacritic fold: "Ḥalab" → "halab", "Ar-Raqqah" → "ar-raqqah". */
export function foldCase(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼʿʾ`']/g, "'")
    .toLowerCase();
}
