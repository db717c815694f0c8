/**
 * The parts every letter-style document shares (版头, title, 主送机关, signature and
 * date, 版记, provenance line), as the partials in templates/partials expect them.
 */
import { issuerMarkSize } from '../geometry.ts';
import { documentNumber, formatDate, yearOf } from '../dates.ts';
import { traceView } from '../provenance.ts';
import type { Provenance } from '../types.ts';

export interface Issuer {
  /** 版头 red issuer mark, e.g. 呼和浩特市公安局维护公安民警执法权威工作委员会办公室. */
  mark: string;
  /** Signature under the body (the sealing organ). */
  signature: string;
  /** 发文字号 prefix, e.g. 呼公维字. */
  documentPrefix: string;
  /** 印发机关 in the 版记. */
  printer: string;
}

export interface FrameInput {
  issuer: Issuer;
  title: string;
  addressee?: string;
  /** 成文日期 (ISO); blank to write in by hand when unknown. */
  date?: string;
  /** Serial of the 发文字号; blank when the office has not assigned one. */
  serial?: number;
  /**
   * An upward document (上行文) names its 签发人 in the 版头, and its 发文字号 moves to the left
   * on that line; "" leaves the name blank to write in. Absent for other documents.
   */
  signer?: string;
  cc?: string[];
  note?: string;
  provenance: Provenance;
}

export interface LetterFrame {
  banner: { mark: string; markSize: number; markScale: number; docNumber: string; signer?: string };
  title: string;
  addressee?: string;
  signoff: { issuer: string; date: string };
  note?: string;
  trace: ReturnType<typeof traceView>;
  banji: { cc?: string; printer: string; printDate: string };
}

/** Room to write a name by hand. */
const BLANK_NAME = '\u3000'.repeat(4);

export function letterFrame(input: FrameInput): LetterFrame {
  const { sizePt, scaleX } = issuerMarkSize(input.issuer.mark);
  const date = formatDate(input.date);
  return {
    banner: {
      mark: input.issuer.mark,
      markSize: sizePt,
      markScale: scaleX,
      docNumber: documentNumber(input.issuer.documentPrefix, yearOf(input.date), input.serial),
      ...(input.signer !== undefined ? { signer: input.signer || BLANK_NAME } : {}),
    },
    title: input.title,
    ...(input.addressee ? { addressee: input.addressee } : {}),
    signoff: { issuer: input.issuer.signature, date },
    ...(input.note ? { note: input.note } : {}),
    trace: traceView(input.provenance),
    banji: {
      ...(input.cc && input.cc.length > 0 ? { cc: input.cc.join('，') } : {}),
      printer: input.issuer.printer,
      printDate: date,
    },
  };
}
