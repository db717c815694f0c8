/// <reference path="../.astro/types.d.ts" />
declare module 'handbook:data' {
  const data: unknown;
  export default data;
}
// Starlight's Pagefind settings, used by the handbook's copy of its search component.
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
