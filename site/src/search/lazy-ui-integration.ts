// Makes Starlight's own search component load Pagefind's UI on first use, without a
// copy of the component: at build time, (1) the component's import of
// @pagefind/default-ui resolves to lazy-ui.ts, which loads the real UI (as
// virtual:handbook/pagefind-ui: the very module Starlight imports) when the reader
// reaches for the search, and (2) the component's global stylesheet (Pagefind's UI
// styles and Starlight's styling of them) is taken out of every page's CSS and served
// as a separate stylesheet, virtual:handbook/search-dialog.css, that lazy-ui.ts links.
// Written against Starlight 0.37.7 (test/site/starlight-version.test.ts pins it).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const UPSTREAM = '@astrojs/starlight/components/Search.astro';
const PAGEFIND_UI = '@pagefind/default-ui';
const PAGEFIND_UI_ID = 'virtual:handbook/pagefind-ui';
const STYLES_ID = 'virtual:handbook/search-dialog.css';
const STYLES_RESOLVED = '\0handbook-search-dialog.css';
const LAZY_UI = fileURLToPath(new URL('./lazy-ui.ts', import.meta.url));
/** The component's global stylesheet imports Pagefind's styles, whose classes all start so. */
const PAGEFIND_STYLES = '@pagefind/default-ui/css/ui.css';
const PAGEFIND_CLASS = '.pagefind-ui__';
const GLOBAL_STYLE = /<style is:global>([\s\S]*?)<\/style>/;

const withoutQuery = (id: string) => id.split('?')[0]!;

function lazySearchUiPlugin(): Plugin {
	let upstream: string | undefined;
	const upstreamFile = async (ctx: { resolve: (id: string) => Promise<{ id: string } | null> }) => {
		upstream ??= (await ctx.resolve(UPSTREAM))?.id;
		if (!upstream) throw new Error(`找不到 ${UPSTREAM}：Starlight 的检索组件是否改了位置？`);
		return upstream;
	};
	return {
		name: 'handbook:lazy-search-ui',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (source.startsWith(STYLES_ID)) return STYLES_RESOLVED + source.slice(STYLES_ID.length);
			// Vite's ?url import of it imports the resolved id again (with ?transform-only).
			if (source.startsWith(STYLES_RESOLVED)) return source;
			if (source === PAGEFIND_UI && importer && withoutQuery(importer) === (await upstreamFile(this))) return LAZY_UI;
			// Resolved from Starlight's component: the handbook does not depend on Pagefind's UI itself.
			if (source === PAGEFIND_UI_ID) return this.resolve(PAGEFIND_UI, await upstreamFile(this), { skipSelf: true });
			return undefined;
		},
		async load(id) {
			// The ?url import itself is Vite's (it emits the processed stylesheet and returns its URL).
			if (withoutQuery(id) !== STYLES_RESOLVED || /[?&]url\b/.test(id)) return undefined;
			const source = await readFile(await upstreamFile(this), 'utf8');
			const styles = GLOBAL_STYLE.exec(source)?.[1];
			if (!styles?.includes(PAGEFIND_STYLES)) throw new Error(`${UPSTREAM} 中没有引入 Pagefind 样式的全局样式：Starlight 升级后请重新检查 ${fileURLToPath(import.meta.url)}`);
			return styles;
		},
		// Astro hands over each <style> of the component already processed (imports inlined):
		// the global one is the one styling Pagefind's UI; the scoped one, the button and dialog.
		async transform(code, id) {
			const isUpstreamStyle = id.includes('type=style') && withoutQuery(id) === (await upstreamFile(this));
			return isUpstreamStyle && code.includes(PAGEFIND_CLASS) ? { code: '' } : undefined;
		},
	};
}

export function lazySearchUi(): AstroIntegration {
	return {
		name: 'handbook:lazy-search-ui',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [lazySearchUiPlugin()] } });
			},
		},
	};
}
