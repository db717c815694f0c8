/**
 * Closed lists (<Enum>) and numbers (<Param>) marked inside the text. The schema
 * and the rules read these from the model, so the words stay written once.
 */
import type { ProvisionText } from './compile-chapter.ts';
import { report } from './diagnostics.ts';
import type { Enumeration, Parameter } from './model.ts';

export function collectMarks(provisions: ProvisionText[]): {
  enumerations: Record<string, Enumeration>;
  parameters: Record<string, Parameter>;
} {
  const enumerations: Record<string, Enumeration> = {};
  const parameters: Record<string, Parameter> = {};
  for (const { eId, inline, file } of provisions) {
    for (const mark of inline.marks) {
      const { name } = mark.attributes;
      const text = inline.text.slice(mark.start, mark.end);
      if (mark.component === 'Term') continue;
      if (typeof name !== 'string' || !/^[a-z][a-z0-9_]*$/.test(name)) {
        report(file, `<${mark.component}> 须有 name 属性（小写英文与下划线）`, mark.node, 'attribute');
        continue;
      }
      if (name in enumerations || name in parameters) {
        report(file, `名称 ${name} 已被使用`, mark.node, 'duplicate-name');
        continue;
      }
      if (mark.component === 'Enum') {
        const separators = typeof mark.attributes.separators === 'string' ? mark.attributes.separators : '、';
        const members = [...text.split(new RegExp(`[${escapeClass(separators)}]`, 'u'))];
        if (members.some((m) => m.trim() === '')) {
          report(file, `<Enum name="${name}"> 拆分后有空项：请检查分隔符`, mark.node, 'attribute');
          continue;
        }
        enumerations[name] = { name, eId, members };
      } else {
        const value = Number(mark.attributes.value);
        if (mark.attributes.value === undefined || !Number.isFinite(value) || String(value) !== text) {
          report(file, `<Param name="${name}"> 的 value 须为数值，且与条文中的文字“${text}”一致`, mark.node, 'attribute');
          continue;
        }
        parameters[name] = { name, eId, value, text };
      }
    }
  }
  return { enumerations, parameters };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
