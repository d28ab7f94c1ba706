import { TEXT_INDICATOR_CODES } from './form.ts';
import type { AssessmentProblem } from './problem.ts';

/**
 * Evidence files of a tambon's form (indicators 2–14 take text and evidence: web links in the form, files stored
 * beside it). Documents and pictures people have — never anything a browser would run — up to 10 MB each, a few per
 * cell. The type is read from the file's first bytes, not from its name, and the name must agree with it.
 */
export const EVIDENCE_TYPES = [
  { mime: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  { mime: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  { mime: 'image/png', label: 'PNG', extensions: ['png'] },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX', extensions: ['xlsx'] },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX', extensions: ['docx'] },
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Files per cell (column × indicator): as many as the cell's links. */
export const EVIDENCE_PER_CELL = 10;
/** Files per form (≤ 1 GB a tambon and round): the rest of the evidence goes by link. */
export const EVIDENCE_PER_FORM = 100;
export const EVIDENCE_NAME_MAX = 200;
/** For a file input's `accept`. */
export const EVIDENCE_ACCEPT = EVIDENCE_TYPES.flatMap((t) => [t.mime, ...t.extensions.map((e) => `.${e}`)]).join(',');
export const EVIDENCE_LABELS = EVIDENCE_TYPES.map((t) => t.label).join(', ');

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

function contains(b: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CONTENT_TYPES = ascii('[Content_Types].xml');
const WORD = ascii('word/document.xml');
const SHEET = ascii('xl/workbook.xml');

/** The evidence type of a file by its content, or null when it is none of them (an .exe renamed .pdf is null). */
export function evidenceTypeOf(bytes: Uint8Array): EvidenceType | null {
  const [pdf, jpeg, png, xlsx, docx] = EVIDENCE_TYPES;
  if (startsWith(bytes, ascii('%PDF-'))) return pdf;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png;
  // Office files are zip archives; their part names (in the local headers and the central directory) tell which.
  if (startsWith(bytes, ZIP) && contains(bytes, CONTENT_TYPES)) {
    if (contains(bytes, SHEET)) return xlsx;
    if (contains(bytes, WORD)) return docx;
  }
  return null;
}

const extensionOf = (name: string) => (/\.([A-Za-z0-9]+)$/.exec(name)?.[1] ?? '').toLowerCase();

/**
 * What is wrong with a file offered as evidence, at the field `file`: empty, larger than 10 MB, not one of the
 * types, or named as another type than it is. `bytes` may be only the file's start when the whole is not at hand
 * (a browser checking before it uploads) — enough for all but the Office types, which the server checks whole.
 */
export function evidenceProblems(file: { name: string; size: number; bytes: Uint8Array }): AssessmentProblem[] {
  if (file.size === 0) return [{ field: 'file', key: 'assessment.file.empty' }];
  if (file.size > EVIDENCE_MAX_BYTES) return [{ field: 'file', key: 'assessment.file.tooLarge' }];
  if (!file.name.trim() || file.name.length > EVIDENCE_NAME_MAX) return [{ field: 'file', key: 'assessment.file.name', params: { max: EVIDENCE_NAME_MAX } }];
  const type = evidenceTypeOf(file.bytes);
  if (!type || !(type.extensions as readonly string[]).includes(extensionOf(file.name))) return [{ field: 'file', key: 'assessment.file.type', params: { types: EVIDENCE_LABELS } }];
  return [];
}

/** The indicators a file may support: the ones answered in text (2–14). */
export const EVIDENCE_INDICATORS = TEXT_INDICATOR_CODES;
