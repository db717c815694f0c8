/**
 * Which field of the case a piece of a document came from, when the layout could not place it
 * and knows only its text: the longest of the case's texts it shows. A document that cannot be
 * laid out is then reported with the field to shorten ("people[0].name"), not only its words.
 */

type Path = (string | number)[];

function texts(value: unknown, at: Path, out: { path: Path; text: string }[]): void {
  if (typeof value === 'string') out.push({ path: at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '$schema') texts(v, [...at, k], out);
}

/** people[0].name */
const dotted = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');

/**
 * The field (a dotted path) whose text `shown` holds, the longest such text; when several fields
 * hold that same text, the first three and how many more. Undefined when it holds no case text
 * of two characters or more.
 */
export function fieldsShowing(data: unknown, shown: string): string | undefined {
  const all: { path: Path; text: string }[] = [];
  texts(data, [], all);
  const held = all.filter((t) => [...t.text].length >= 2 && shown.includes(t.text));
  const longest = Math.max(0, ...held.map((t) => t.text.length));
  const fields = held.filter((t) => t.text.length === longest).map((t) => dotted(t.path));
  if (fields.length === 0) return undefined;
  return fields.length > 3 ? `${fields.slice(0, 3).join('、')}等 ${fields.length} 个字段` : fields.join('、');
}
