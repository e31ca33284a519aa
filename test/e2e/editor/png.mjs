// Makes the docs screenshots smaller. Chromium's PNGs are truecolour and already well deflated, but
// a workbench screenshot is ~98% the same few hundred colours: this rewrites it as a 256-colour
// palette PNG (the most frequent colours; the rest, mostly anti-aliasing shades, take the nearest),
// usually a third of the size with no visible difference. Only 8-bit, non-interlaced RGB(A) files
// whose 256 commonest colours cover at least 95% of the pixels are touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Rewrites `path` as a palette PNG when that suits it; returns [bytes before, bytes after]. */
export function shrinkPng(path) {
  const file = readFileSync(path);
  const out = toPalette(file);
  if (out && out.length < file.length) writeFileSync(path, out);
  return [file.length, out && out.length < file.length ? out.length : file.length];
}

function toPalette(file) {
  if (!file.subarray(0, 8).equals(SIGNATURE)) return null;
  let ihdr;
  const idat = [];
  for (let at = 8; at < file.length;) {
    const len = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') ihdr = file.subarray(at + 8, at + 8 + len);
    else if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  if (!ihdr) return null;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colour, , , interlace] = ihdr.subarray(8, 13);
  if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) return null;
  const bpp = colour === 6 ? 4 : 3;
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);

  const count = new Map();
  for (let i = 0; i < pixels.length; i += bpp) {
    if (bpp === 4 && pixels[i + 3] !== 255) return null; // transparency: leave the file alone
    const rgb = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    count.set(rgb, (count.get(rgb) ?? 0) + 1);
  }
  const palette = [...count].sort((a, b) => b[1] - a[1]).slice(0, 256);
  if (palette.reduce((n, [, c]) => n + c, 0) < 0.95 * width * height) return null;
  const index = new Map(palette.map(([rgb], i) => [rgb, i]));
  const nearest = (rgb) => {
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < palette.length; i++) {
      const p = palette[i][0];
      const dr = ((p >> 16) & 255) - ((rgb >> 16) & 255), dg = ((p >> 8) & 255) - ((rgb >> 8) & 255), db = (p & 255) - (rgb & 255);
      const d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (d < bestD) [best, bestD] = [i, d];
    }
    index.set(rgb, best);
    return best;
  };

  const rows = Buffer.alloc((width + 1) * height); // filter type 0 (none) on every row, as suits palettes
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * bpp;
      const rgb = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
      rows[y * (width + 1) + 1 + x] = index.get(rgb) ?? nearest(rgb);
    }
  }
  const header = Buffer.from(ihdr);
  header[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach(([rgb], i) => plte.writeUIntBE(rgb, i * 3, 3));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

function unfilter(data, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0;
      let v = data[src + x];
      if (type === 1) v += a;
      else if (type === 2) v += b;
      else if (type === 3) v += (a + b) >> 1;
      else if (type === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[row + x] = v & 255;
    }
  }
  return out;
}
