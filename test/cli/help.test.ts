/**
 * Every command's help and its usage errors, as staff see them from the package bins: --help
 * and -h print the same help (exit 0, nothing on stderr), and a mistake in the arguments is
 * worded one way by every command, in Chinese, with its usage (exit 2). A reviewed snapshot.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../scripts/lib/cli/printable.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COMMANDS = ['validate', 'forms', 'report', 'migrate'];
/** What parseArgs, Node or a library would say in English. */
const ENGLISH = /Unknown option|argument missing|ambiguous|Unexpected argument|does not take|Error:|at .*\.ts:\d+/;

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', `${command}.js`), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('help', () => {
  it('--help and -h print the same help, for every command (exit 0)', async () => {
    const runs = await Promise.all(COMMANDS.flatMap((c) => [run(c, ['--help']), run(c, ['-h'])]));
    const text = COMMANDS.map((c, i) => {
      const [long, short] = [runs[2 * i]!, runs[2 * i + 1]!];
      expect(long.code, c).toBe(0);
      expect(long.stderr, c).toBe('');
      expect(short).toEqual(long);
      expect(long.stdout).toMatch(/^用法：npm run /);
      expect(long.stdout).toMatch(/-h, --help/);
      expect(long.stdout).toMatch(/退出码：0 /);
      return `$ wq-${c} --help\n${long.stdout}`;
    }).join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/help.txt');
  });
});

describe('usage errors, worded one way by every command', () => {
  const mistakes: [string, string[]][] = [
    ['validate', ['--bogus', 'x.json']],
    ['forms', ['x.json', '--out']],
    ['report', ['x', '--force=yes']],
    ['migrate', ['x', '--out', 'a', '--bogus=1']],
    ['forms', ['x.json', '--out', '--force']],
    ['report', ['x', '--to', '9999-12-31', '--date', '9999-12-31']],
    ['forms', ['x.json', '--signer', '乌力吉\u202e']],
  ];

  it('says what is wrong, in Chinese, then the usage and where the help is (exit 2, nothing on stdout)', async () => {
    const runs = await Promise.all(mistakes.map(([c, args]) => run(c, args)));
    const text = mistakes
      .map(([c, args], i) => {
        const r = runs[i]!;
        expect(r.code, `${c} ${args.join(' ')}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(new RegExp(`^错误：.+\\n用法：npm run ${c} -- .*\\n(.*\\n)*全部选项：npm run ${c} -- --help\\n$`, 'u'));
        expect(r.stderr).not.toMatch(ENGLISH);
        expect(r.stderr).not.toMatch(/[\u202e\u001b]/u);
        return `$ wq-${c} ${printable(args.join(' '))}\n${r.stderr.split('\n')[0]}`;
      })
      .join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/usage-errors.txt');
  });
});
