import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARLIGHT_DEFAULT_RANKING } from '../../scripts/bench/site/starlight-defaults.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';

// What the handbook relies on inside Starlight, checked against the installed package,
// so that upgrading Starlight fails here, saying what to re-check, instead of quietly
// loading the search UI on every page again or comparing against the wrong baseline.
const STARLIGHT = path.join(ROOT_DIR, 'node_modules', '@astrojs', 'starlight');
const WRITTEN_AGAINST = '0.37.7';
/** sha256 of components/Search.astro in Starlight 0.37.7. */
const SEARCH_COMPONENT_SHA256 = '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062';
/** sha256 of components/PageTitle.astro in Starlight 0.37.7: the handbook's PageTitle.astro repeats its markup and style. */
const PAGE_TITLE_SHA256 = '1fb15f2a98caaee567c1bb6bc0555c7fa2abd8c60d817ccb3855dc4db54f9543';

const RECHECK = [
  'site/src/search/lazy-ui-integration.ts 与 lazy-ui.ts：Starlight 的 Search.astro 是否仍在 <script> 中 import(\'@pagefind/default-ui\') 并以 new PagefindUI({ element, … }) 创建界面；',
  '是否仍只有 <style is:global> 引入 Pagefind 的样式（含 .pagefind-ui__ 类）；',
  'site/src/components/Search.astro：按钮是否仍为 site-search button[data-open-modal]，快捷键提示是否仍为 > kbd > kbd；',
  'site/src/open-chapter.ts：路由数据 starlightRoute.sidebar 的结构是否未变；',
  'site/src/components/PageTitle.astro：是否仍与 Starlight 的 PageTitle.astro 一样（h1#_top、样式），只多了条旨；Footer.astro 是否仍可包住 Starlight 的 Footer.astro；',
  'scripts/bench/site/starlight-defaults.ts：Starlight 传给 Pagefind 的默认排序参数。',
  '然后用 npm run bench:site -- --runs 1 --dialog 核对页面大小与首次检索取回的字节，再更新本测试中的版本与哈希。',
].join('\n  ');

describe(`the installed Starlight is the one the handbook's search override was written against (${WRITTEN_AGAINST})`, () => {
  it('has the version', async () => {
    const { version } = JSON.parse(await readFile(path.join(STARLIGHT, 'package.json'), 'utf8')) as { version: string };
    expect(version, `Starlight 已从 ${WRITTEN_AGAINST} 变为 ${version}，请重新检查：\n  ${RECHECK}`).toBe(WRITTEN_AGAINST);
  });

  it('has the same search component the override wraps and loads lazily', async () => {
    const source = await readFile(path.join(STARLIGHT, 'components', 'Search.astro'));
    const hash = createHash('sha256').update(source).digest('hex');
    expect(hash, `Starlight 的 components/Search.astro 已改变，请重新检查：\n  ${RECHECK}`).toBe(SEARCH_COMPONENT_SHA256);
  });

  it('has the same page title component the handbook’s captioned title repeats', async () => {
    const source = await readFile(path.join(STARLIGHT, 'components', 'PageTitle.astro'));
    const hash = createHash('sha256').update(source).digest('hex');
    expect(hash, `Starlight 的 components/PageTitle.astro 已改变，请重新检查：\n  ${RECHECK}`).toBe(PAGE_TITLE_SHA256);
  });

  it('passes Pagefind the ranking the benchmark assumes for its Starlight-defaults build', async () => {
    const schema = await readFile(path.join(STARLIGHT, 'schemas', 'pagefind.ts'), 'utf8');
    const defaults = Object.fromEntries(
      [...schema.matchAll(/^\s*(\w+): z\.number\(\)[^\n]*\.default\(([\d.]+)\)/gm)].map((m) => [m[1], Number(m[2])]),
    );
    expect(defaults, `Starlight 的 Pagefind 默认排序参数已改变，请更新 scripts/bench/site/starlight-defaults.ts`).toEqual(STARLIGHT_DEFAULT_RANKING);
  });
});
