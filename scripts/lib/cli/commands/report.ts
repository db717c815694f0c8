/** wq-report's command line: its options and help. */
import type { CommandSpec } from '../args.ts';

const USAGE = `用法：npm run report -- <文件或目录>... [选项]
      （或 npx wq-report <文件或目录>... [选项]）`;

export const REPORT = {
  name: 'wq-report',
  script: 'report',
  usage: USAGE,
  help: `${USAGE}

从案件数据文件生成维护执法权威工作情况报告（第二十九条第（一）项、第（三）项）和工作台账（第（六）项）。
每个文件先经校验；无效的文件列出错误，不计入任何数字。

选项：
  --from <YYYY-MM-DD>     统计期起始日（含），默认为上一个完整季度的第一天
  --to <YYYY-MM-DD>       统计期终止日（含），默认为上一个完整季度的最后一天；各项数字按此日的情况统计
  --unit <文件>           报告单位的单位设置文件（报告单位名称、上级维权办）
  --out <目录>            输出目录，默认当前目录下的 report-out
  --format <格式>         pdf、html、json、xlsx，可用逗号分隔多种，默认全部
  --date <YYYY-MM-DD>     报告的成文日期，默认今天
  --serial <号>           发文字号中的序号（取自本单位发文登记），如 5 → 呼公维字〔2026〕5号；不指定时留空待填
  --signer <姓名>         签发人，代替单位设置文件中的 signer；都没有时留空待填
  --contact <姓名>        附注中的联系人；不指定时留空待填
  --phone <电话>          附注中的联系电话，代替单位设置文件中的 phone
  --force                 覆盖已有的同名报告
  -h, --help              显示本帮助

退出码：0 已生成；1 有文件无效（已列出，未计入）或报告已存在未覆盖；2 用法错误、路径无法读取或无法写出；
130 / 143 被中断（已生成的文件完整保留，不留下未写完的文件）。`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    unit: { type: 'string', multiple: true },
    out: { type: 'string' },
    format: { type: 'string' },
    date: { type: 'string' },
    serial: { type: 'string' },
    signer: { type: 'string' },
    contact: { type: 'string' },
    phone: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
} as const satisfies CommandSpec;
