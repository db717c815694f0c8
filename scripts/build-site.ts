/**
 * npm run build:site — builds the handbook (site/, Astro + Starlight + Pagefind) from
 * the provision model and the data the validator and the forms renderer publish, into
 * dist/site, and checks every link. Exit 0 built, 1 build or link errors, 2 usage.
 *
 *   npm run build:site -- [--base /handbook/] [--out dist/site] [--dist dist] [--config file] [--verbose]
 *
 * The base path can also come from WQ_SITE_BASE (the option wins). --dist says where
 * the validator's and the forms renderer's published data and samples are read.
 * --config builds the same pages with another Astro config than site/astro.config.mjs
 * (the benchmark's comparison build).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, DEFAULT_OUT_DIR, normaliseBase, SiteBuildError } from './lib/site/build.ts';

const PUBLISHED_PARTS: Record<string, string> = { forms: '文书表单', rules: '校验规则', fields: '数据字段', duties: '职责清单' };

const USAGE = '用法：npm run build:site -- [--base /路径/] [--out 目录] [--dist 发布数据目录] [--config Astro 配置文件] [--verbose]';

let args;
try {
  args = parseArgs({
    options: {
      base: { type: 'string' },
      out: { type: 'string' },
      dist: { type: 'string' },
      config: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  console.error(`参数错误：${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const base = normaliseBase(args.base ?? process.env['WQ_SITE_BASE']);
const outDir = path.resolve(args.out ?? DEFAULT_OUT_DIR);
try {
  const result = await buildSite({
    base,
    outDir,
    ...(args.dist ? { distDir: path.resolve(args.dist) } : {}),
    ...(args.config ? { configFile: path.resolve(args.config) } : {}),
    logLevel: args.verbose ? 'info' : 'warn',
  });
  const { data, links, offline, timings } = result;
  for (const [what, state] of Object.entries(data.published)) {
    if (state.state === 'missing') console.log(`提示：${state.file} 尚未发布，手册中的${PUBLISHED_PARTS[what] ?? what}部分显示“尚未发布”。`);
    if (state.state === 'invalid') console.error(`警告：${state.file} 格式有误，未采用：\n  ${state.errors.join('\n  ')}`);
  }
  for (const problem of data.problems) console.error(`警告：${problem}`);
  console.log(
    `手册已构建到 ${path.relative(process.cwd(), outDir) || '.'}（基础路径 ${base}）：${links.pages} 个页面，` +
      `检查了 ${links.checked} 处链接，全部有效；用时 ${(timings.total / 1000).toFixed(1)} s` +
      `（页面数据 ${Math.round(timings.data)} ms，Astro 与 Pagefind ${(timings.astro / 1000).toFixed(1)} s，链接检查 ${Math.round(timings.links)} ms）。`,
  );
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `离线副本（offline.json ${offline.version}，sw.js）：${offline.files} 个文件，${mb(offline.bytes)}；` +
      `不支持 Pagefind WebAssembly 与 CSS 层叠层的旧浏览器 ${offline.legacy.files} 个文件，${mb(offline.legacy.bytes)}（生成 ${(timings.offline / 1000).toFixed(1)} s）。`,
  );
  console.log(`离线包（${result.offlinePackage.file}，从本机文件打开）：${result.offlinePackage.files} 个文件，压缩后 ${mb(result.offlinePackage.bytes)}。`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const wb = result.workbench.files.filter((f) => f.file.endsWith('.js'));
  const atOpen = wb.filter((f) => result.workbench.atOpen.includes(f.file));
  console.log(`案件工作台（workbench/，不在离线副本的清单中，打开后保存）：脚本 ${wb.length} 个，页面打开时加载 ${atOpen.length} 个共 ${kb(atOpen.reduce((s, f) => s + f.gzip, 0))}（gzip），全部 ${kb(wb.reduce((s, f) => s + f.gzip, 0))}（gzip）。`);
  for (const warning of offline.warnings) console.error(`警告：${warning}`);
  if (result.legacyCssWarnings.length) console.error(`提示：旧浏览器样式（*.legacy.css）中有 ${result.legacyCssWarnings.length} 处未能降级，保留原样：\n  ${result.legacyCssWarnings.slice(0, 5).join('\n  ')}`);
} catch (error) {
  if (error instanceof SiteBuildError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
