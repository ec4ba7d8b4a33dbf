/**
 * WCAG 2 contrast: the relative luminance of sRGB colours and the contrast ratio of two of them, from 1 (none)
 * to 21 (black on white). Text needs 4.5 (AA), large text and graphics 3.
 */

/** Minimum contrast of normal text (WCAG 2.1 AA, 1.4.3). */
export const TEXT_CONTRAST = 4.5;
/** Minimum contrast of graphical objects such as the uptime bars against their background (WCAG 2.1 AA, 1.4.11). */
export const GRAPHICS_CONTRAST = 3;

/** The relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) {
    throw new Error(`${JSON.stringify(hex)} is not a #rrggbb colour`);
  }
  const [red, green, blue] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21, whichever is lighter. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}
