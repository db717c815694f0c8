/** Word's units: twips (1/20 pt) for lengths, half-points for type sizes, eighths of a point for borders. */
import { MM_PER_PT } from '../geometry.ts';

export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const halfPoints = (pt: number) => Math.round(pt * 2);
export const eighths = (mm: number) => Math.max(2, Math.round((mm / MM_PER_PT) * 8));
/** docx sizes drawings in CSS pixels (96 to the inch): 15 twips each. */
export const TWIPS_PER_PIXEL = 15;
