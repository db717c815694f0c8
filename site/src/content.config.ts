// Starlight's collections. The handbook's pages are Astro routes in src/pages/ built
// from the provision model, so the docs collection stays empty: no text of the
// Measures is written in site/. The i18n collection adds the search dialog's strings.
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
