/**
 * npm run serve:site — serves the built handbook (dist/site) on this computer, under
 * the base path it was built for, with the same plain static server the tests use.
 * Exit 2 when there is no build or the options are wrong.
 *
 *   npm run serve:site -- [--port 4321] [--host 127.0.0.1] [--dir dist/site]
 *
 * For an intranet, copy dist/site to any static web server (nginx, IIS, Apache) under
 * the same path; nothing else is needed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR } from './lib/site/build.ts';
import { MissingSiteError, readSiteInfo } from './lib/site/site-info.ts';
import { startStaticServer } from './lib/site/static-server.ts';

const USAGE = '用法：npm run serve:site -- [--port 端口] [--host 地址] [--dir 目录]';
let args;
try {
  args = parseArgs({
    options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, dir: { type: 'string' } },
    strict: true,
  }).values;
} catch (error) {
  console.error(`参数错误：${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const port = Number.parseInt(args.port, 10);
if (!(port >= 0 && port < 65536)) {
  console.error(`端口“${args.port}”无效\n${USAGE}`);
  process.exit(2);
}
const dir = path.resolve(args.dir ?? DEFAULT_OUT_DIR);
try {
  const info = await readSiteInfo(dir);
  const server = await startStaticServer({ root: dir, base: info.base, host: args.host, port });
  console.log(`手册：${server.url}（${path.relative(process.cwd(), dir) || dir}，按 Ctrl+C 停止）`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
} catch (error) {
  if (error instanceof MissingSiteError) {
    console.error(error.message);
    process.exit(2);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    console.error(`无法在 ${args.host}:${port} 上提供服务（${code === 'EADDRINUSE' ? '端口已被占用' : '没有权限'}）。用 --port 换一个端口。`);
    process.exit(2);
  }
  throw error;
}
