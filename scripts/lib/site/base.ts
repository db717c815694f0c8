/** The handbook's base path, as Astro wants it: "/handbook" or "handbook/" → "/handbook/"; "" → "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
