/** The world outline asset's file name: a hash of its content, so a changed outline is a new URL (cached immutably). */
import { createHash } from 'node:crypto';

export function worldAssetFile(svg: string): string {
  return `world-${createHash('sha256').update(svg).digest('hex').slice(0, 12)}.svg`;
}
