/**
 * policy/editorial/captions.yaml: 条旨, the editors' short title of each article ("第八条: 维护范围").
 * The source gives its articles no titles; like the supplied chapter headings 总则 and 附则, the
 * captions are the editors', kept out of the text and shown as supplied. Every article has exactly
 * one, each names a real article, and no two articles share one (a caption tells them apart).
 */
import { isObject, isText, type EditorialInput } from './editorial-input.ts';

/** Longest caption: a caption names the subject; the sidebar and phone menu show it beside the number. */
const MAX_LENGTH = 14;

export function readCaptions({ data, context, fail }: EditorialInput): Record<string, string> | undefined {
  if (!isObject(data) || !isObject(data.captions)) {
    fail('须有 captions：每一条的条旨，如“第八条: 维护范围”');
    return undefined;
  }
  const articles = context.chapters.flatMap((c) => c.articles);
  const byLabel = new Map(articles.map((a) => [a.label, a]));
  const captions: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [label, caption] of Object.entries(data.captions)) {
    const article = byLabel.get(label);
    if (!article) {
      fail(`“${label}”不是本办法的条（应写作“第八条”这样的条号）`, ['captions', label]);
      continue;
    }
    if (!isText(caption)) {
      fail(`${label}的条旨不能为空`, ['captions', label]);
      continue;
    }
    const text = caption.trim();
    if ([...text].length > MAX_LENGTH) fail(`${label}的条旨“${text}”超过 ${MAX_LENGTH} 个字：条旨只点明本条的主题`, ['captions', label]);
    if (/[。；，：、！？.;,:!?\s]$/u.test(text)) fail(`${label}的条旨“${text}”不应以标点或空白结尾`, ['captions', label]);
    const twin = seen.get(text);
    if (twin) fail(`${label}与${twin}的条旨同为“${text}”：条旨应能区分各条`, ['captions', label]);
    seen.set(text, label);
    captions[article.eId] = text;
  }
  for (const article of articles) {
    if (!captions[article.eId] && !(article.label in data.captions)) fail(`缺少${article.label}的条旨`, ['captions']);
  }
  return captions;
}
