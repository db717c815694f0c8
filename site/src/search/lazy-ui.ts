// Stands in for @pagefind/default-ui in Starlight's search component: the build
// redirects that component's import here (lazy-ui-integration.ts). Starlight creates
// the search UI as soon as any page is idle, which fetches Pagefind's UI (about 94 KB
// of script and 22 KB of styles) for every reader, searching or not. This PagefindUI
// takes the same options and creates the real one only when the reader reaches for
// the search: the pointer over or focus on the search button, or the dialog opening
// (a click, Ctrl K).
import stylesHref from 'virtual:handbook/search-dialog.css?url';
import { attachAside } from './search-aside.ts';

type Options = { element: string } & Record<string, unknown>;

export class PagefindUI {
	constructor(options: Options) {
		const root = document.querySelector<HTMLElement>(options.element);
		const search = root?.closest('site-search');
		const button = search?.querySelector('button[data-open-modal]');
		const dialog = search?.querySelector('dialog');
		if (!root || !search || !button || !dialog) throw new Error(`搜索界面的结构与预期不同：找不到 ${options.element} 所在的搜索按钮和对话框`);

		let started = false;
		const load = async () => {
			if (started) return;
			started = true;
			opened.disconnect();
			const styles = document.createElement('link');
			styles.rel = 'stylesheet';
			// Without CSS cascade layers (old office browsers), the flattened copy (scripts/lib/site/legacy-css.ts).
			styles.href = 'CSSLayerBlockRule' in window ? stylesHref : stylesHref.replace(/\.css$/, '.legacy.css');
			const styled = new Promise((resolve) => styles.addEventListener('load', resolve, { once: true }));
			document.head.append(styles);
			const [{ PagefindUI: Real }] = await Promise.all([import('virtual:handbook/pagefind-ui'), styled]);
			new Real(options);
			attachAside(root);
			// Pagefind labels its input only with a title (axe: label-title-only).
			const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
			input?.setAttribute('aria-label', input.title || input.placeholder);
			// Starlight focuses the input when the dialog opens: it did not exist yet.
			if (dialog.open) input?.focus();
		};
		const opened = new MutationObserver(() => void load());
		opened.observe(dialog, { attributeFilter: ['open'] });
		button.addEventListener('pointerenter', () => void load(), { once: true });
		button.addEventListener('focus', () => void load(), { once: true });
		if (dialog.open) void load();
		// Listening now (Starlight creates this when the page is idle): what waits for the search to
		// be ready, such as a test, waits for this instead of for the network to fall silent.
		search.setAttribute('data-search-ready', '');
	}
}
