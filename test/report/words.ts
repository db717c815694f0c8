/** The HTML report's words as a reader sees them: one line per paragraph, heading, caption and table row (cells tab-separated). */
export const reportWords = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|<title>[\s\S]*?<\/title>/g, '')
    .replace(/<\/t[dh]>/g, '\t')
    .replace(/<\/(p|h1|h2|tr|caption|figcaption|div)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
