/// <reference path="../.astro/types.d.ts" />
declare module 'handbook:data' {
  const data: unknown;
  export default data;
}
