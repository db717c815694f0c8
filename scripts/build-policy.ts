/**
 * npm run build:policy — compiles policy/ into dist/policy.json (and the plain text
 * of the Measures into dist/measures.txt). Exit 1 with every located error when
 * policy/ breaks a convention.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { compilePolicy, countErrors, formatPolicyMessages, MODEL_PATH, measuresPlainText } from './lib/policy/index.ts';

const started = performance.now();
// WQ_POLICY_DIR compiles another policy tree (the tests break a copy); nothing is written then.
const { model, files } = await compilePolicy(process.env.WQ_POLICY_DIR || undefined);
const messages = formatPolicyMessages(files);
if (messages) console.error(messages);
if (!model) {
  console.error(`\npolicy/ 有 ${countErrors(files)} 处错误，未生成 dist/policy.json。`);
  process.exit(1);
}
if (process.env.WQ_POLICY_DIR) {
  console.log('policy 检查通过（WQ_POLICY_DIR 模式，未写出文件）。');
  process.exit(0);
}
await mkdir(path.dirname(MODEL_PATH), { recursive: true });
await writeFileAtomic(MODEL_PATH, JSON.stringify(model, null, 2) + '\n');
await writeFileAtomic(path.join(path.dirname(MODEL_PATH), 'measures.txt'), measuresPlainText(model));
const articles = model.chapters.reduce((n, c) => n + c.articles.length, 0);
console.log(
  `dist/policy.json：${model.chapters.length} 章 ${articles} 条，${model.terms.length} 个术语，` +
    `${model.references.length} 处引用（${model.version}，${Math.round(performance.now() - started)} ms）`,
);
