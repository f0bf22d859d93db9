/**
 * Draws HALI's Teams icons reproducibly: color.png (192x192, full colour) and outline.png
 * (32x32, white on transparent), as the Teams app package requires. `npm run icons` rewrites them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type Painter } from './png';

const ACCENT = [0x1f, 0x5c, 0x99] as const;

/** A speech bubble holding an "H", on a unit square: true where the glyph is white. */
function glyph(u: number, v: number): boolean {
  const inBubble = (u - 0.5) ** 2 / 0.42 ** 2 + (v - 0.46) ** 2 / 0.36 ** 2 <= 1;
  const inTail = v >= 0.72 && v <= 0.92 && u >= 0.26 && u <= 0.4 && u - 0.26 <= (0.92 - v) * 0.7;
  const ring = inBubble && (u - 0.5) ** 2 / 0.35 ** 2 + (v - 0.46) ** 2 / 0.29 ** 2 > 1;
  const h = v >= 0.3 && v <= 0.62 && ((u >= 0.36 && u <= 0.42) || (u >= 0.58 && u <= 0.64) || (u > 0.42 && u < 0.58 && v >= 0.43 && v <= 0.49));
  return ring || inTail || h;
}

export function colorIcon(size = 192): Buffer {
  const paint: Painter = (x, y) => (glyph((x + 0.5) / size, (y + 0.5) / size) ? [255, 255, 255, 255] : [...ACCENT, 255]);
  return encodePng(size, size, paint);
}

export function outlineIcon(size = 32): Buffer {
  const paint: Painter = (x, y) => (glyph((x + 0.5) / size, (y + 0.5) / size) ? [255, 255, 255, 255] : [0, 0, 0, 0]);
  return encodePng(size, size, paint);
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'appPackage');
  writeFileSync(join(dir, 'color.png'), colorIcon());
  writeFileSync(join(dir, 'outline.png'), outlineIcon());
  process.stdout.write(`Wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}\n`);
}
