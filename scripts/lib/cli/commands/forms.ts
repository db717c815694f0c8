/** wq-forms' command line: its options and help (the forms it lists come from templates/forms.json). */
import { readFormList } from '../../documents/form-list.ts';
import type { CommandSpec } from '../args.ts';

const USAGE = `用法：npm run forms -- <案件.json>... [选项]
      npm run forms -- --blank [--form <公文>]... [--out <目录>]
      （或 npx wq-forms …）`;

/** The forms --form takes, id（title）, from the list the registry reads (no model needed). */
export const formChoices = (): string =>
  readFormList()
    .map((f) => `${f.id}（${f.title}）`)
    .join('、');

export const FORMS = {
  name: 'wq-forms',
  script: 'forms',
  usage: USAGE,
  help: () => `${USAGE}

校验案件文件后生成所需的公文（PDF，按 GB/T 9704-2012 排版），可直接签发盖章；无效的案件列出错误，不生成公文。

选项：
  --form <公文>     只生成指定公文（可重复），写标识或中文名称均可：${formChoices()}
  --out <目录>      输出目录（默认：当前目录下的 forms-out）
  --unit <文件>     单位设置文件（发文机关标志、发文字号前缀、印章文字、上级维权办，可重复，按案件所属单位匹配），见 schemas/examples/units/
  --format <格式>   pdf（默认，供打印）、docx（供在 WPS、Word 中填写序号、日期后打印）或 both（两种都生成）
  --force           覆盖已存在的文件（默认不覆盖已发出的公文）
  --draft           草稿：每页下页边加印一行溯源信息（条文版本、案件校验值、依据条款）；正式公文不印，溯源信息只在文件属性中
  --blank           生成供手工填写的空白表单（不需要案件文件）
  --as-of <日期>    以该日期（YYYY-MM-DD）判断期限，并作为工作台账的“截至”日期（默认今天）；不写入公文正文
  --serial <号>     发文字号中的序号（取自本单位发文登记，1 至 99999），如 12 → 内公维字〔2026〕12号；只能用于生成一份公文
  --date <日期>     成文日期（YYYY-MM-DD），用于案件中没有记录日期的公文（待发的首报、催办通知书等）；案件中已有的日期不变
  --signer <姓名>   上行文（逐级报告）的签发人，代替单位设置文件中的 signer；都没有时留空待填
  -h, --help        显示本帮助

退出码：0 全部生成；1 有案件无效、有公文无法生成或已存在未覆盖；2 用法错误、文件无法读取、没有浏览器或无法写出；
130 / 143 被中断（已生成的公文完整保留，不留下未写完的文件）。`,
  options: {
    form: { type: 'string', multiple: true },
    out: { type: 'string' },
    unit: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false },
    draft: { type: 'boolean', default: false },
    blank: { type: 'boolean', default: false },
    'as-of': { type: 'string' },
    serial: { type: 'string' },
    date: { type: 'string' },
    signer: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
} as const satisfies CommandSpec;
