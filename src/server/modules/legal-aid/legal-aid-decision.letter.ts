import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import { shanghaiDateOf } from '../../../shared/domain/calendar';
import { decisionLetterTitle } from '../../../shared/domain/legal-aid.application';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { loadDecided } from './legal-aid-decision.service';
import { describeRules } from './legal-aid-eligibility.service';

/** Who issues the letter and who hears objections (art. 49: the justice bureau that set up the centre). */
export const letterIssuer = {
  header: '济宁市法律援助中心',
  body: '济宁市法律援助中心',
  objectionBody: '济宁市司法局',
  /** The time limit the letter gives for an objection, in days from receipt of the letter (local practice). */
  objectionWindowDays: 15,
} as const;

const chineseDate = (at: Date) => {
  const [y, m, d] = shanghaiDateOf(at).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

const font = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const line = (text: string, options: { bold?: boolean; indent?: boolean; align?: 'right' | 'center' } = {}) =>
  new Paragraph({
    alignment:
      options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : undefined,
    indent: options.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560 },
    children: [new TextRun({ text, size: 32, bold: options.bold, font })],
  });

export interface DecisionLetter {
  filename: string;
  content: Buffer;
}

/** The decision letter of a decided application: 给予 or 不予法律援助决定书, as .docx. */
export async function decisionLetter(deps: AppDeps, actor: Actor, workOrderId: number): Promise<DecisionLetter> {
  const { order, application: a } = await loadDecided(deps, actor, workOrderId);
  const decision = a.decision as 'grant' | 'refuse';
  const title = decisionLetterTitle(decision);
  const rules = await describeRules(deps, order.divisionCode, a.receivedAt).catch(() => undefined);
  const matter = rules?.matterCategories.find((m) => m.code === a.matterCategory);
  const matterName = matter?.nameZh ?? a.matterCategory;
  const applicant = order.citizenName ?? '申请人';
  const received = chineseDate(a.receivedAt);
  const reasons = a.decisionReasons;

  const body: Paragraph[] =
    decision === 'grant'
      ? [
          line(
            `你于${received}提出的法律援助申请（${matterName}），经审查，符合法律援助条件。根据《中华人民共和国法律援助法》第四十三条的规定，本中心决定给予法律援助，并将依法指派法律援助人员为你提供法律援助。`,
            { indent: true },
          ),
          ...(reasons ? [line(`审查意见：${reasons}`, { indent: true })] : []),
          line(
            `法律依据：《中华人民共和国法律援助法》第四十一条、第四十三条${matter?.basis ? `；${matter.basis}` : ''}。`,
            { indent: true },
          ),
        ]
      : [
          line(
            `你于${received}提出的法律援助申请（${matterName}），经审查，不符合法律援助条件。根据《中华人民共和国法律援助法》第四十三条的规定，本中心决定不予法律援助。`,
            { indent: true },
          ),
          line(`理由：${reasons ?? ''}`, { indent: true }),
          line('法律依据：《中华人民共和国法律援助法》第四十一条、第四十三条。', { indent: true }),
          line(
            `如对本决定有异议，可以自收到本决定书之日起${letterIssuer.objectionWindowDays}日内向${letterIssuer.objectionBody}提出。${letterIssuer.objectionBody}应当自收到异议之日起五个工作日内进行审查，作出维持或者责令改正的决定（《中华人民共和国法律援助法》第四十九条）。`,
            { indent: true },
          ),
        ];

  const doc = new Document({
    creator: letterIssuer.body,
    title: `${title} ${a.letterNumber}`,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 8 } },
            children: [
              new TextRun({
                text: letterIssuer.header,
                bold: true,
                size: 52,
                color: 'C00000',
                font: { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' },
              }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 400, after: 200 },
            children: [
              new TextRun({
                text: title,
                bold: true,
                size: 44,
                font: { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' },
              }),
            ],
          }),
          line(a.letterNumber ?? '', { align: 'right' }),
          line(`申请人：${applicant}`),
          line(`申请事项：${matterName}`),
          line(`受理编号：${order.code}`),
          ...body,
          line(''),
          line(letterIssuer.body, { align: 'right' }),
          line(chineseDate(a.decidedAt ?? deps.clock()), { align: 'right' }),
          line('（印章）', { align: 'right' }),
        ],
      },
    ],
  });
  return {
    filename: `${title}-${a.letterNumber}.docx`,
    content: await Packer.toBuffer(doc),
  };
}

/** A Content-Disposition for a Chinese file name: an ASCII fallback and the RFC 5987 UTF-8 form. */
export function attachmentDisposition(filename: string, fallback: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
