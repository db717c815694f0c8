/**
 * A real Chromium 83, the oldest engine the handbook is held to (domestic office browsers on
 * intranet PCs run Chromium 83–110). It comes from the npm package chrome-aws-lambda@3.1.1 (a
 * pinned devDependency): a brotli-compressed binary and a tar of the libraries it needs. Node's
 * zlib unpacks them once into node_modules/.cache/wq-chromium-83/ (about 2 s); after that the
 * browser starts from there. It runs headless as root with --no-sandbox and LD_LIBRARY_PATH set to
 * its libraries, and is driven by puppeteer-core 3.1.0 (installed as puppeteer-core-83): today's
 * puppeteer speaks a newer DevTools protocol than Chromium 83 understands.
 *
 * Nothing here skips: when the package is missing or the browser does not start, the caller gets an
 * error in Chinese saying what to run, and the tests that need it fail.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core-83';
import { extract } from 'tar-stream';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { watchOver } from '../../scripts/lib/browser/reaper.ts';

const PACKAGE = 'chrome-aws-lambda';
export const CHROMIUM_83_VERSION = '83.0.4103';
const CACHE_DIR = path.join(ROOT_DIR, 'node_modules', '.cache', 'wq-chromium-83');
const HOW_TO_INSTALL = '请在项目目录运行 npm ci（chrome-aws-lambda@3.1.1 与 puppeteer-core-83 是开发依赖）';

function packageDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw new Error(`找不到 npm 包 ${PACKAGE}（内含 Chromium 83）：${HOW_TO_INSTALL}`);
  }
}

/** Unpacks the regular files of a brotli-compressed tar that `keep` accepts under `into` (the libraries: lib/…). */
async function untar(archive: string, into: string, keep: (name: string) => boolean): Promise<number> {
  const reader = extract();
  let files = 0;
  reader.on('entry', (header, stream, next) => {
    const name = path.normalize(header.name);
    if (header.type !== 'file' || name.startsWith('..') || path.isAbsolute(name) || !keep(name)) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: unknown) => void chunks.push(chunk as Buffer));
    stream.on('end', () => {
      const target = path.join(into, name);
      mkdir(path.dirname(target), { recursive: true })
        .then(() => writeFile(target, Buffer.concat(chunks), { mode: header.mode ?? 0o644 }))
        .then(() => {
          files++;
          next();
        }, next);
    });
  });
  await pipeline(createReadStream(archive), createBrotliDecompress(), reader);
  return files;
}

/**
 * The unpacked Chromium 83: its executable and library directory. Unpacked once per package
 * version (a marker file records which); a half-written unpack is never used.
 */
async function unpackChromium83(): Promise<{ executable: string; libDir: string }> {
  const dir = packageDir();
  const version = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')).version as string;
  const bin = path.join(dir, 'bin');
  const marker = path.join(CACHE_DIR, 'unpacked.json');
  const executable = path.join(CACHE_DIR, 'chromium');
  const libDir = path.join(CACHE_DIR, 'lib');
  const done = await readFile(marker, 'utf8').then((t) => JSON.parse(t) as { version: string }).catch(() => undefined);
  if (done?.version === version && existsSync(executable)) return { executable, libDir };

  await rm(CACHE_DIR, { recursive: true, force: true });
  const staging = `${CACHE_DIR}.unpacking-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(staging, 'chromium')));
    await chmod(path.join(staging, 'chromium'), 0o755);
    const libs = await untar(path.join(bin, 'aws.tar.br'), staging, (name) => name.startsWith(`lib${path.sep}`));
    if (libs === 0) throw new Error('aws.tar.br 中没有 lib/ 下的库文件');
    await writeFile(path.join(staging, 'unpacked.json'), JSON.stringify({ version, libs }) + '\n');
    await rename(staging, CACHE_DIR).catch(async (error: NodeJS.ErrnoException) => {
      // Another test process unpacked it at the same moment: theirs is as good.
      if (!(await stat(path.join(CACHE_DIR, 'unpacked.json')).catch(() => undefined))) throw error;
      await rm(staging, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`无法解出 ${PACKAGE} 中的 Chromium 83（${(error as Error).message}）：${HOW_TO_INSTALL}`, { cause: error });
  }
  return { executable, libDir };
}

export interface Chromium83 {
  browser: Browser;
  /** "HeadlessChrome/83.0.4103.0". */
  version: string;
  close(): Promise<void>;
}

const START_TIMEOUT = 30_000;

/** Starts the unpacked Chromium 83 headless and connects puppeteer-core 3.1.0 to it; `args` are added to its command line. */
export async function launchChromium83(options: { args?: string[] } = {}): Promise<Chromium83> {
  const { executable, libDir } = await unpackChromium83();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), `wq-chromium83-${process.pid}-`));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-zygote',
    '--use-gl=swiftshader',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    ...(options.args ?? []),
    'about:blank',
  ];
  const env = { ...process.env, LD_LIBRARY_PATH: [libDir, process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':') };
  const child = spawn(executable, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const reaper = watchOver({ ...(child.pid ? { groups: [child.pid] } : {}), dirs: [userDataDir] });
  let stderr = '';
  const endpoint = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium 83 在 ${START_TIMEOUT / 1000} 秒内没有响应`)), START_TIMEOUT);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('error', (error) => reject(error));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium 83 未能启动（${signal ? `信号 ${signal}` : `退出码 ${code}`}）：${stderr.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
  const end = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await rm(userDataDir, { recursive: true, force: true });
    reaper.stop();
  };
  try {
    const browser = await puppeteer.connect({ browserWSEndpoint: await endpoint, defaultViewport: { width: 1280, height: 900 } });
    const version = await browser.version();
    return {
      browser,
      version,
      async close() {
        await browser.close().catch(() => undefined);
        await end();
      },
    };
  } catch (error) {
    await end();
    throw new Error(`无法启动 Chromium 83（${(error as Error).message}）：${HOW_TO_INSTALL}`, { cause: error });
  }
}
