/**
 * The characters a TrueType file maps (its cmap: format 12 for all planes, else format 4),
 * as merged code point ranges: what the fallback face can print, read from the face itself.
 */
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

export type Range = readonly [number, number];

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  readSync(fd, buf, 0, length, offset);
  return buf;
}

export function cmapRanges(file: string): Range[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, 12);
    const tables = head.readUInt16BE(4);
    const dir = readAt(fd, 12, tables * 16);
    let cmap = -1;
    for (let i = 0; i < tables; i++) if (dir.toString('latin1', i * 16, i * 16 + 4) === 'cmap') cmap = dir.readUInt32BE(i * 16 + 8);
    if (cmap < 0) return [];
    const index = readAt(fd, cmap, 4);
    const count = index.readUInt16BE(2);
    const records = readAt(fd, cmap + 4, count * 8);
    const subtables: { format: number; offset: number }[] = [];
    for (let i = 0; i < count; i++) {
      const offset = cmap + records.readUInt32BE(i * 8 + 4);
      subtables.push({ format: readAt(fd, offset, 2).readUInt16BE(0), offset });
    }
    const ranges: [number, number][] = [];
    const twelve = subtables.find((s) => s.format === 12);
    if (twelve) {
      const header = readAt(fd, twelve.offset, 16);
      const groups = header.readUInt32BE(12);
      const body = readAt(fd, twelve.offset + 16, Math.min(groups * 12, size - twelve.offset - 16));
      for (let g = 0; g < groups; g++) ranges.push([body.readUInt32BE(g * 12), body.readUInt32BE(g * 12 + 4)]);
    } else {
      const four = subtables.find((s) => s.format === 4);
      if (!four) return [];
      const header = readAt(fd, four.offset, 14);
      const length = header.readUInt16BE(2);
      const body = readAt(fd, four.offset, length);
      const segs = body.readUInt16BE(6) / 2;
      for (let s = 0; s < segs; s++) {
        const end = body.readUInt16BE(14 + s * 2);
        const start = body.readUInt16BE(16 + segs * 2 + s * 2);
        if (start !== 0xffff) ranges.push([start, end]);
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of ranges) {
      const last = merged.at(-1);
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return merged;
  } finally {
    closeSync(fd);
  }
}
