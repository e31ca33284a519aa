import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string; encoding: string; bom: boolean; warning?: string; mtimeMs: number; size: number } | { ok: false; error: string };

/**
 * Reads a file as article text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
 * invalid UTF-8 is decoded as Windows-1252 with a warning (so nothing is silently mangled, and
 * callers that write back can refuse); binary files and files over the limit are refused.
 */
export function readArticle(path: string, maxBytes: number): ReadResult {
  let size: number;
  let mtimeMs: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, error: `${path}: not a regular file` };
    size = st.size;
    mtimeMs = st.mtimeMs;
  } catch (e) {
    return { ok: false, error: `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (size > maxBytes) return { ok: false, error: `${path}: ${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-size / conflictLens.maxFileSizeMB); skipped` };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    return { ok: false, error: `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const decoded = decode(buf);
  if (!decoded.ok) return { ok: false, error: `${path}: ${decoded.error}` };
  return { ...decoded, mtimeMs, size };
}

export function decode(buf: Buffer): { ok: true; text: string; encoding: string; bom: boolean; warning?: string } | { ok: false; error: string } {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', bom: true };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', bom: true };
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  if (body.subarray(0, 65536).includes(0)) return { ok: false, error: 'looks binary (contains NUL bytes); skipped' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', bom: false, warning: 'is not valid UTF-8; read as Windows-1252' };
  }
}

/** Encodes text back in the encoding it was read with. */
export function encode(text: string, encoding: string, bom: boolean): Buffer {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  }
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}
