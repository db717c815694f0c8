/**
 * The Measures as running text, rebuilt from the model: the fidelity test compares
 * it with the original, and the handbook offers it as a plain-text download.
 * Headings the editors supplied (总则, 附则) are left out: they are not in the source.
 */
import type { PolicyModel } from './model.ts';

export function measuresPlainText(model: PolicyModel): string {
  const lines: string[] = [];
  for (const chapter of model.chapters) {
    lines.push(chapter.headingSupplied ? chapter.label : `${chapter.label}  ${chapter.heading}`);
    for (const article of chapter.articles) {
      article.paragraphs.forEach((para, index) => {
        const lead = index === 0 ? `${article.label}  ${article.heading ?? ''}` : '';
        if (lead || para.text) lines.push(lead + para.text);
        for (const item of para.items) lines.push(item.label + item.text);
      });
    }
  }
  lines.push(model.closing.text);
  return lines.join('\n') + '\n';
}

/** NFKC, no whitespace: how the fidelity test compares texts whose typography differs. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}
