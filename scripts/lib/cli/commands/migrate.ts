/** wq-migrate's command line: its options and help. */
import type { CommandSpec } from '../args.ts';

const USAGE = `用法：npm run migrate -- <文件或目录>... --out <目录> [--force]
      （或 npx wq-migrate <文件或目录>... --out <目录>）`;

export const MIGRATE = {
  name: 'wq-migrate',
  script: 'migrate',
  usage: USAGE,
  help: `${USAGE}

把第 1 版案件文件（记录结论：第八条项号、是否在工作时间、是否伤亡……）转换为第 2 版（记录事实：人员、
侵害行为、后果、工作记录），写入 --out 目录，不修改原文件。第 1 版的第八条项号保留为“经办人认定”，
由校验命令与按事实认定的结果核对。每个文件下列出转换时推断的内容和需要补写的内容，请逐条核对。

选项：
  --out <目录>   输出目录（必填；不能与输入文件在同一目录，以免覆盖原文件）
  --force        覆盖输出目录中已有的同名文件
  -h, --help     显示本帮助

退出码：0 全部转换；1 有文件无法转换或输出文件已存在未覆盖；2 用法错误、路径无法读取或无法写出；
130 / 143 被中断（已转换的文件完整保留）。`,
  options: {
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
} as const satisfies CommandSpec;
