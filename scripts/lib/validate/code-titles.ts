/**
 * What each code of the schema and of the file reader means, as a short Chinese title: the
 * name a report gives the check itself (SARIF's rule descriptions), where messages.ts words
 * one occurrence of it. The rules' codes take their titles from the rules (scripts/lib/rules).
 * Typed over the codes, so a new code without a title fails the type check.
 */
import type { InputCode, SchemaCode } from './issues.ts';

export const SCHEMA_CODE_TITLES: Record<SchemaCode, string> = {
  'schema-required': '缺少必填字段',
  'schema-additional-properties': '有架构中没有定义的字段',
  'schema-type': '取值的类型不对',
  'schema-enum': '取值不在可选范围内',
  'schema-const': '取值不是规定的值',
  'schema-format': '格式不对（如不存在的日期）',
  'schema-min-items': '项数少于下限',
  'schema-max-items': '项数多于上限',
  'schema-min-length': '文字为空或过短',
  'schema-max-length': '文字过长',
  'schema-minimum': '数值小于下限',
  'schema-maximum': '数值大于上限',
  'schema-pattern': '写法不符合要求，或含有不允许的字符',
  'schema-contains': '缺少必需的项',
  'schema-one-of': '不符合任何一种允许的写法',
  'schema-other': '不符合架构的其他要求',
};

export const INPUT_CODE_TITLES: Record<InputCode, string> = {
  'empty-file': '文件为空',
  'utf16-encoding': '文件是 UTF-16 编码',
  'utf32-encoding': '文件是 UTF-32 编码',
  'not-utf8': '文件不是 UTF-8 编码',
  'malformed-json': 'JSON 语法错误',
  'control-character': '字符串中直接写入了控制字符',
  'number-out-of-range': '数值超出可以表示的范围',
  'number-too-precise': '整数位数过多，无法精确表示',
  'lone-surrogate': '字符串中有不成对的代理项转义',
  'file-too-large': '文件超过大小上限，未读取',
  'not-a-file': '不是普通文件，未读取',
  'top-level-not-object': '文件顶层不是对象',
  'too-deep': '嵌套层级过深',
  'forbidden-key': '使用了不允许的键名',
  'duplicate-key': '同一对象中键名重复',
  unreadable: '无法读取文件',
  'old-schema-version': '第 1 版案件文件，须先用 npm run migrate 转换',
};
