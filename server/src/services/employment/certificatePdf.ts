import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDate, translateEmployment, WORKER_TYPE_LABELS, type WorkerType } from '@otou/domain';
import type { Actor } from '../../context.ts';
import { AppError, appError } from '../../errors.ts';
import { certificateOf } from './certificate.ts';
import { deciderRefusal } from './reports.ts';
import { todayOf } from './scope.ts';

/**
 * The certificate of service (หนังสือรับรองการปฏิบัติงาน) as a PDF in Thai, only when the domain's certificateStatus
 * says it is earned (services/employment/certificate.ts certificateOf, which the certificate page uses too); otherwise
 * a CONFLICT naming what is missing, in the caller's language. Issued by the hiring university's staff — or, in the
 * government-data track, the user agency's supervisor (the same people who accept the monthly reports) — and
 * downloaded by the worker it is for.
 *
 * The font is the platform's Sarabun from @fontsource/sarabun, which ships only web fonts split by script: pdf-lib's
 * fontkit reads WOFF, so the Thai subset (sarabun-thai-400-normal.woff) and the Latin one (digits, spaces, Latin
 * letters) are embedded, subset to the glyphs used, and each run of text is drawn in the font of its script.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
const fontFile = (subset: 'thai' | 'latin', weight: 400 | 700) => join(FONT_DIR, `sarabun-${subset}-${weight}-normal.woff`);
let fontBytes: Record<string, Uint8Array> | null = null;
function fonts(): Record<string, Uint8Array> {
  fontBytes ??= Object.fromEntries((['thai', 'latin'] as const).flatMap((s) => ([400, 700] as const).map((w) => [`${s}${w}`, readFileSync(fontFile(s, w))])));
  return fontBytes;
}

interface Face {
  thai: PDFFont;
  latin: PDFFont;
}

/** Thai letters, vowels, tone marks and digits; everything else (Latin, digits, punctuation, spaces) is Latin. */
const isThai = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return c >= 0x0e00 && c <= 0x0e7f;
};

/** The text cut into runs of one script; a space goes with the run it sits in. */
function runs(text: string): { thai: boolean; text: string }[] {
  const out: { thai: boolean; text: string }[] = [];
  for (const ch of text) {
    const last = out[out.length - 1];
    const thai = ch === ' ' && last ? last.thai : isThai(ch);
    if (last && last.thai === thai) last.text += ch;
    else out.push({ thai, text: ch });
  }
  return out;
}

const widthOf = (text: string, face: Face, size: number) => runs(text).reduce((w, r) => w + (r.thai ? face.thai : face.latin).widthOfTextAtSize(r.text, size), 0);

/** Words wrapped at spaces to `max` points wide. */
function wrap(text: string, face: Face, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && widthOf(next, face, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function draw(page: PDFPage, text: string, face: Face, size: number, y: number, align: 'center' | 'left', x = 72) {
  const width = widthOf(text, face, size);
  let at = align === 'center' ? (page.getWidth() - width) / 2 : x;
  for (const r of runs(text)) {
    const font = r.thai ? face.thai : face.latin;
    page.drawText(r.text, { x: at, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    at += font.widthOfTextAtSize(r.text, size);
  }
}

export interface CertificateContent {
  university: string;
  name: string;
  nationalIdMasked: string;
  type: WorkerType;
  tambon: string;
  agency: string | null;
  from: string;
  to: string;
  issuedOn: string;
  issuer: string;
}

/** The page itself: A4, Thai, Sarabun. */
export async function renderCertificate(c: CertificateContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const f = fonts();
  const regular: Face = { thai: await doc.embedFont(f['thai400']!, { subset: true }), latin: await doc.embedFont(f['latin400']!, { subset: true }) };
  const bold: Face = { thai: await doc.embedFont(f['thai700']!, { subset: true }), latin: await doc.embedFont(f['latin700']!, { subset: true }) };
  doc.setTitle(`หนังสือรับรองการปฏิบัติงาน ${c.name}`);
  doc.setSubject('หนังสือรับรองการปฏิบัติงาน โครงการ ๑ ตำบล ๑ มหาวิทยาลัย');
  doc.setCreator('OTOU');
  doc.setProducer('OTOU');
  doc.setLanguage('th-TH');
  const page = doc.addPage([595.28, 841.89]);
  let y = 740;
  draw(page, 'หนังสือรับรองการปฏิบัติงาน', bold, 26, y, 'center');
  y -= 34;
  draw(page, c.university, bold, 18, y, 'center');
  y -= 56;
  const body = [
    `หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า ${c.name} เลขประจำตัวประชาชน ${c.nationalIdMasked}`,
    `ได้ปฏิบัติงานในโครงการ ๑ ตำบล ๑ มหาวิทยาลัย ในฐานะผู้ถูกจ้างงานประเภท${WORKER_TYPE_LABELS[c.type].th} ณ ${c.tambon}${c.agency ? ` ประจำหน่วยงานผู้ใช้ ${c.agency}` : ''}`,
    `ตั้งแต่วันที่ ${c.from} ถึงวันที่ ${c.to} อย่างต่อเนื่อง และผ่านการประเมินผลการปฏิบัติงานทุกเดือน`,
  ];
  for (const paragraph of body) {
    for (const line of wrap(paragraph, regular, 16, page.getWidth() - 144)) {
      draw(page, line, regular, 16, y, 'left');
      y -= 26;
    }
    y -= 8;
  }
  y -= 30;
  draw(page, `ให้ไว้ ณ วันที่ ${c.issuedOn}`, regular, 16, y, 'center');
  y -= 80;
  draw(page, 'ลงชื่อ ..................................................', regular, 16, y, 'center');
  y -= 26;
  draw(page, `(${c.issuer})`, regular, 16, y, 'center');
  return doc.save();
}

/** Who may have the PDF: the worker it is for, or whoever accepts the contract's monthly reports. */
async function mayHave(a: Actor, contract: Awaited<ReturnType<typeof certificateOf>>['contract']): Promise<boolean> {
  if (a.user.role === 'worker') return contract.worker !== '' && contract.worker === a.user.id;
  return (await deciderRefusal(a, contract)) === null;
}

/** The certificate of a contract as a PDF and its file name; CONFLICT with what is missing when it is not earned. */
export async function certificatePdf(a: Actor, contractId: string): Promise<{ filename: string; bytes: Uint8Array }> {
  const { contract, status } = await certificateOf(a, contractId);
  if (!(await mayHave(a, contract))) throw appError('FORBIDDEN', 'employment.certificate.notIssuer');
  if (!status.eligible || !status.run) {
    const missing = status.missing.map((m) => ({ key: m.key, ...(m.params ? { params: m.params } : {}) }));
    // The list twice: joined in the message, and one by one (fieldErrors.missing) for a page to show as a list.
    const joined = missing.map((m) => translateEmployment(a.locale, m.key, m.params)).join(' · ');
    throw new AppError('CONFLICT', 'employment.certificate.notEligible', { missing: joined }, { missing });
  }
  const place = await a.superuserWrites.read(async (pb) => {
    const [row, tambon, university, agency] = await Promise.all([
      pb.collection('employment_contracts').getOne(contract.id, { fields: 'first_name,last_name,national_id_masked' }),
      pb.collection('tambons').getOne(contract.tambonId, { fields: 'code,name_th,district_th,province_th' }),
      pb.collection('universities').getOne(contract.university, { fields: 'name_th' }),
      contract.agency ? pb.collection('employment_agencies').getOne(contract.agency, { fields: 'name_th' }) : Promise.resolve(null),
    ]);
    return { row, tambon, university, agency };
  });
  const name = `${place.row['first_name']} ${place.row['last_name']}`;
  const bytes = await renderCertificate({
    university: place.university['name_th'],
    name,
    nationalIdMasked: place.row['national_id_masked'],
    type: contract.type,
    tambon: `ตำบล${place.tambon['name_th']} อำเภอ${place.tambon['district_th']} จังหวัด${place.tambon['province_th']}`,
    agency: place.agency ? place.agency['name_th'] : null,
    from: formatDate(status.run.start, 'th', 'long'),
    to: formatDate(status.run.end, 'th', 'long'),
    issuedOn: formatDate(todayOf(a), 'th', 'long'),
    issuer: a.user.role === 'worker' ? place.university['name_th'] : a.user.name,
  });
  return { filename: `หนังสือรับรองการปฏิบัติงาน-${name.replaceAll(' ', '-')}.pdf`, bytes };
}
