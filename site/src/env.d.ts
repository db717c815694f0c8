/// <reference path="../.astro/types.d.ts" />
declare module 'handbook:data' {
  const data: unknown;
  export default data;
}
// Pagefind's UI (@pagefind/default-ui, as Starlight imports it) ships without types;
// lazy-ui.ts only constructs it.
declare module 'virtual:handbook/pagefind-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
