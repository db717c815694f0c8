/**
 * A command's arguments: node:util's parseArgs, strict, with its English errors said once, in
 * Chinese, for every command. A mistake in the arguments is a UsageError; the command layer
 * (command.ts) prints it with the command's usage and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isCalendarDate } from '../calendar.ts';
import { hasUnsafe, printable } from './printable.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command as the user meets it: its name, the lines of its usage, its help and its options. */
export interface CommandSpec<O extends Options = Options> {
  /** The package bin, wq-validate. */
  name: string;
  /** The npm script that runs it, validate. */
  script: string;
  /** 用法：… lines, printed under every usage error. */
  usage: string;
  /** The whole help (--help, -h): the usage, what it does, the options, the exit codes. */
  help: string | (() => string);
  options: O;
}

/** A mistake in the command line: said in Chinese, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The option parseArgs complains about, as the user wrote it (its long name when it has one). */
function optionIn(message: string): string {
  const quoted = /'(-[^' ,<]+)(?:, (--[^' <]+))?/.exec(message);
  return printable(quoted?.[2] ?? quoted?.[1] ?? '');
}

/** parseArgs' error in Chinese. */
function wordParseError(error: unknown): string {
  const { code, message = '' } = error as { code?: string; message?: string };
  const option = optionIn(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知的选项 ${option}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${option || printable(/'([^']*)'/.exec(message)?.[1] ?? '')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return `选项 ${option} 不带值`;
      if (/ambiguous/.test(message)) return `选项 ${option} 后面缺少值（值以“-”开头时写作 ${option}=值）`;
      return `选项 ${option} 后面缺少值`;
    default:
      return '参数不正确';
  }
}

/** The parsed command line, typed by the command's options. */
export function parseCommand<const O extends Options>(spec: CommandSpec<O>, argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: spec.options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(wordParseError(error));
  }
}

/** The earliest and latest day a command takes: a year typed 0206 or 9999 is a slip, and no period may run past them. */
const DATE_RANGE = { from: '1900-01-01', to: '2099-12-31' } as const;

/** A YYYY-MM-DD option's value, or a UsageError saying what is wrong with it. */
export function dateOption(option: string, value: string): string {
  if (!isCalendarDate(value)) throw new UsageError(`--${option} 应为 YYYY-MM-DD 格式的真实日期，不能是“${printable(value.slice(0, 40))}”`);
  if (value < DATE_RANGE.from || value > DATE_RANGE.to) {
    throw new UsageError(`--${option} 应在 ${DATE_RANGE.from.slice(0, 4)} 年至 ${DATE_RANGE.to.slice(0, 4)} 年之间，不能是“${value}”`);
  }
  return value;
}

/** One of a few words (--format human), or a UsageError listing them. */
export function choiceOption<const T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} 只能是 ${choices.join('、')}，不能是“${printable(value.slice(0, 40))}”`);
}

/**
 * A name or a short phrase to print in a document (--signer 乌力吉): not empty, not too long,
 * and nothing a terminal, a PDF or an XML file (DOCX, XLSX) cannot hold.
 */
export function textOption(option: string, value: string, max: number, what: string): string {
  const text = value.trim();
  if (!text) throw new UsageError(`--${option} 应为${what}，不能为空`);
  if ([...text].length > max) throw new UsageError(`--${option} 应为${what}，不超过 ${max} 个字`);
  if (hasUnsafe(text)) throw new UsageError(`--${option} 中有不允许的控制字符或非字符：“${printable(text.slice(0, 40))}”`);
  return text;
}

