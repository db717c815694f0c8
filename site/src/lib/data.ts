// The page data computed from the provision model by scripts/build-site.ts. The alias
// "handbook:data" points at the data file (astro.config.mjs); the type is shared with
// the script that writes it.
import raw from 'handbook:data';
import type { HandbookData } from '../../../scripts/lib/site/types.ts';

export const data = raw as unknown as HandbookData;
export type { HandbookData };

/** A path inside the handbook ("articles/art_8/#art_8") as a URL under the site's base. */
export function url(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}
