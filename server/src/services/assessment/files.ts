import { randomBytes } from 'node:crypto';
import type { RecordModel } from 'pocketbase';
import { canAssess, EVIDENCE_PER_CELL, EVIDENCE_PER_FORM, EVIDENCE_TYPES, evidenceProblems, evidenceTypeOf, formColumns, type TextIndicatorCode } from '@otou/domain';
import type { filesAddInput, filesListInput, filesRemoveInput, InputOf } from '@otou/domain/assessment/schemas';
import type { Actor } from '../../context.ts';
import { appError, fieldError } from '../../errors.ts';
import { isoFromPb } from '../../pocketbase/dates.ts';
import { loadTambon } from '../budget/read.ts';
import { writeWithEvents } from './audit.ts';
import { assertWindow, formContext, type FormContext } from './forms.ts';
import { formId } from './ids.ts';
import { loadRound } from './read.ts';

/**
 * Evidence files of a tambon's form (indicators 2–14): stored in PocketBase beside the form, written by the platform
 * after the same checks as a form save (the caller assesses the tambon, the form is a draft, the round is open),
 * each with its audit row; read with the caller's own token, so PocketBase's rules decide who sees them.
 */

/** Where the browser downloads a file (server/src/evidenceHttp.ts), with the caller's session like any API call. */
export const evidencePath = (id: string) => `/api/assessment/evidence/${id}`;

export interface EvidenceFile {
  id: string;
  column: string;
  indicator: TextIndicatorCode;
  /** The name the person's file had. */
  name: string;
  size: number;
  /** Its MIME type, known from its name (checked against its content when it was added). */
  type: string;
  by: { id: string; name: string };
  /** When it was added (ISO). */
  at: string;
  /** GET this with the session's Authorization header: the file, as an attachment. */
  url: string;
}

const typeOfName = (name: string) => EVIDENCE_TYPES.find((t) => (t.extensions as readonly string[]).includes(name.split('.').pop()?.toLowerCase() ?? ''))?.mime ?? 'application/octet-stream';

export function toEvidenceFile(r: RecordModel): EvidenceFile {
  const name = String(r['name'] ?? '');
  return {
    id: r.id,
    column: String(r['column'] ?? ''),
    indicator: r['indicator'] as TextIndicatorCode,
    name,
    size: Number(r['size'] ?? 0),
    type: typeOfName(name),
    by: { id: String(r['by'] ?? ''), name: String(r['by_name'] ?? '') },
    at: isoFromPb(r['created']) ?? '',
    url: evidencePath(r.id),
  };
}

/** A tambon's evidence files of a round, oldest first; only what the caller's token may read. */
export async function listFiles(a: Actor, { tambonId, roundId }: InputOf<typeof filesListInput>): Promise<EvidenceFile[]> {
  // A tambon outside the caller's scope is "not found", as its form is, not an empty list.
  await Promise.all([loadTambon(a.pb, tambonId), loadRound(a.pb, roundId)]);
  const rows = await a.pb.collection('assessment_files').getFullList({ filter: a.pb.filter('tambon = {:t} && round = {:r}', { t: tambonId, r: roundId }), sort: 'created,@rowid' });
  return rows.map(toEvidenceFile);
}

/** The same rule as a form save: staff of the tambon's university, a draft form, the round open (or an exception). */
async function editableForm(a: Actor, tambonId: string, roundId: string): Promise<FormContext> {
  const c = await formContext(a, tambonId, roundId);
  if (!canAssess(a.user, c.tambon.path)) throw appError('FORBIDDEN', 'error.forbidden');
  if (c.stored && c.stored.status !== 'draft') throw appError('PRECONDITION_FAILED', 'assessment.file.locked');
  assertWindow(a, c);
  return c;
}

const where = (c: FormContext) => ({ tambon: c.tambon.id, university: c.tambon.university.id, network: c.tambon.path.networkId, round: c.round.id });
/** PocketBase's own id shape (15 of a–z0–9), chosen here so the answer can name the file it added. */
const newId = () => Array.from(randomBytes(15), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');

/**
 * Adds one evidence file to a cell (column × indicator) of a tambon's form. Wrong type, empty, too large, or a cell
 * already full are named at the field `file`; an unknown column at `column`; and then nothing is written.
 */
export async function addFile(a: Actor, input: InputOf<typeof filesAddInput>): Promise<EvidenceFile> {
  const c = await editableForm(a, input.tambonId, input.roundId);
  if (!formColumns(c.form).includes(input.column)) throw fieldError([{ field: 'column', key: 'assessment.file.column' }]);
  const bytes = new Uint8Array(Buffer.from(input.content, 'base64'));
  const problems = evidenceProblems({ name: input.name, size: bytes.length, bytes });
  if (problems.length) throw fieldError(problems);
  const onForm = await a.pb.collection('assessment_files').getFullList({ filter: a.pb.filter('tambon = {:t} && round = {:r}', { t: c.tambon.id, r: c.round.id }), fields: 'column,indicator' });
  if (onForm.filter((f) => f['column'] === input.column && f['indicator'] === input.indicator).length >= EVIDENCE_PER_CELL)
    throw fieldError([{ field: 'file', key: 'assessment.file.tooMany', params: { max: EVIDENCE_PER_CELL } }]);
  // A bound on what one form may store, whatever the cells (20 activities × 13 indicators × 10 files would be 26 GB).
  if (onForm.length >= EVIDENCE_PER_FORM) throw fieldError([{ field: 'file', key: 'assessment.file.formFull', params: { max: EVIDENCE_PER_FORM } }]);
  const type = evidenceTypeOf(bytes)!;
  const id = newId();
  const entry = { column: input.column, indicator: input.indicator, name: input.name, size: bytes.length };
  await writeWithEvents(
    a,
    (batch) => batch.create('assessment_files', { id, ...where(c), ...entry, file: new File([bytes], input.name, { type: type.mime }), by: a.user.id, by_name: a.user.name }),
    [{ kind: 'form', record: c.stored?.id ?? formId(c.tambon.id, c.round.id), ...where(c), action: 'file', before: null, after: { id, ...entry } }],
  );
  return { id, ...entry, indicator: input.indicator as TextIndicatorCode, type: type.mime, by: { id: a.user.id, name: a.user.name }, at: a.now.toISOString(), url: evidencePath(id) };
}

/** Removes an evidence file of a tambon's form, under the rule of a save. A file already gone is reported, not an error. */
export async function removeFile(a: Actor, input: InputOf<typeof filesRemoveInput>): Promise<{ removed: boolean }> {
  const c = await editableForm(a, input.tambonId, input.roundId);
  const rows = await a.pb.collection('assessment_files').getList(1, 1, { filter: a.pb.filter('id = {:id} && tambon = {:t} && round = {:r}', { id: input.id, t: c.tambon.id, r: c.round.id }) });
  const file = rows.items[0];
  if (!file) return { removed: false };
  await writeWithEvents(
    a,
    (batch) => batch.delete('assessment_files', file.id),
    [{ kind: 'form', record: c.stored?.id ?? formId(c.tambon.id, c.round.id), ...where(c), action: 'fileRemoved', before: { id: file.id, column: file['column'], indicator: file['indicator'], name: file['name'], size: file['size'] }, after: null }],
  );
  return { removed: true };
}
