/** wq-validate's command line: its options and help. */
import type { CommandSpec } from '../args.ts';

export const VALIDATE = {
  name: 'wq-validate',
  script: 'validate',
  usage: `用法：npm run validate -- [选项] <文件或目录>...
      （或 npx wq-validate [选项] <文件或目录>...）`,
  help: `用法：npm run validate -- [选项] <文件或目录>...
      （或 npx wq-validate [选项] <文件或目录>...）

检查维权案件数据文件（JSON）是否符合案件架构和《实施办法》的规定；目录中的 *.json 逐个检查。
"$schema" 指向 unit.schema.json 的文件按单位设置文件检查。

选项：
  --format <human|json|sarif>  输出格式，默认 human（json、sarif 供脚本与 CI 使用）
  --handbook <地址>            手册地址前缀，用于生成条文链接；也可设置环境变量 WQ_HANDBOOK_URL。
                               默认为本机构建的手册 dist/site/
  --as-of <YYYY-MM-DD>         判断期限是否已过所用的日期，默认今天
  --max-size <MB>              超过此大小的文件不读取、报告为错误，默认 5（案件文件通常只有几 KB）
  -q, --quiet                  只显示错误和汇总
  --no-progress                不显示进度条（文件较多且在终端中运行时，进度条显示在标准错误上）
  -h, --help                   显示本帮助

退出码：0 全部有效；1 有文件无效；2 用法错误或路径无法读取。`,
  options: {
    format: { type: 'string', default: 'human' },
    handbook: { type: 'string' },
    'as-of': { type: 'string' },
    'max-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    'no-progress': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
} as const satisfies CommandSpec;
