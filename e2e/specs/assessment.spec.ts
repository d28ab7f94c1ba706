import ExcelJS from 'exceljs';
import { superuserClient } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { AssessmentPage, type Mark, type ScreenMarks } from '../pages/AssessmentPage.ts';

// The platform's clock stands on 28 February 2564 (fixtures/globalSetup.ts): the demo's baseline round
// (1 Jan – 31 Mar 2564) and its first quarterly round (15 Feb – 15 Apr 2564) are both open.
const HUAI_HAENG = '190204';
const ACT1 = 'กิจกรรม 1';
const ACT2 = 'กิจกรรม 2';
const COVID = 'กิจกรรมเฝ้าระวัง COVID';
const DATA = 'Community Data';

async function admin() {
  return superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
}

/** Ids the addresses carry, and ห้วยแห้ง without any form, so the story can run again on the same platform. */
async function freshHuaiHaeng() {
  const pb = await admin();
  const tambon = await pb.collection('tambons').getFirstListItem(pb.filter('code = {:c}', { c: HUAI_HAENG }));
  const baseline = await pb.collection('assessment_rounds').getFirstListItem('kind = "baseline"');
  const q1 = await pb.collection('assessment_rounds').getFirstListItem('kind = "quarterly" && quarter = 1');
  for (const c of ['assessment_files', 'assessment_events', 'assessment_forms'] as const) {
    for (const r of await pb.collection(c).getFullList({ filter: pb.filter('tambon = {:t}', { t: tambon.id }), fields: 'id' })) await pb.collection(c).delete(r.id);
  }
  return { tambonId: tambon.id, baselineId: baseline.id, q1Id: q1.id };
}

/** The goal cells of the downloaded form, in the sheet's column order, as the screen names marks. */
async function workbookOf(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  const marks: Record<string, Mark[]> = {};
  const foot: Record<string, unknown> = {};
  // The form's columns are those the indicators' heading row names: the activities, COVID surveillance, Community Data.
  let columns = 0;
  ws.eachRow((row) => {
    const head = String(row.getCell(1).value ?? '');
    if (head === 'ตัวชี้วัดภาพรวมตำบล') while (row.getCell(columns + 2).value) columns += 1;
    const goal = /^(1\.\d+) /.exec(head)?.[1];
    if (goal) marks[goal] = Array.from({ length: columns }, (_, i) => row.getCell(i + 2).value).map((v) => (v === '✓' ? 'have' : v === '✗' ? 'expected' : ''));
    foot[head] = row.getCell(2).value;
  });
  return { marks, foot };
}

/** The screen's goal cells in the form's column order (the same order as the sheet's columns). */
const inColumnOrder = (screen: ScreenMarks) => Object.fromEntries(Object.entries(screen).map(([goal, byColumn]) => [goal, Object.values(byColumn)]));

test('a tambon is assessed at baseline and again a round later: ✗ turned ✓ moves it up a tier on the network dashboard, and the Excel matches the screen', async ({ page, loginPage, signInAs }) => {
  test.slow(); // three people, two rounds, two dashboards and a download
  const ids = await freshHuaiHaeng();
  const staff = new AssessmentPage(page);

  await test.step('Given Chulalongkorn staff open ห้วยแห้ง from the tambons of the baseline round', async () => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await staff.shell.expectSignedIn();
    await staff.openTambons(ids.baselineId);
    await expect(staff.tambonRow(HUAI_HAENG).getByTestId('form-state')).toHaveText('ยังไม่เริ่ม');
    await staff.openTambon(HUAI_HAENG);
    await expect(staff.form.getByRole('heading', { level: 1 })).toContainText('ตำบลห้วยแห้ง');
    await expect(staff.windowState).toHaveText('เปิดรับแบบประเมินรอบนี้ถึง 31 มีนาคม 2564');
  });

  await test.step('When they add two activities, the header counts them by type', async () => {
    await staff.addActivity('ผ้าทอมือบ้านห้วยแห้ง', 'ก. การพัฒนาสัมมาชีพและสร้างอาชีพใหม่ เช่น การยกระดับ OTOP และอาชีพอื่น ๆ');
    await staff.addActivity('ตลาดชุมชนออนไลน์', 'จ. อื่น ๆ (โปรดระบุ)', 'การตลาดดิจิทัล');
    const counts = staff.form.getByTestId('activity-counts');
    await expect(counts.locator('tr[data-type="a"] td[data-col="count"]')).toHaveText('1');
    await expect(counts.locator('tr[data-type="e"] td[data-col="count"]')).toHaveText('1');
    await expect(counts.locator('tr[data-type="b"] td[data-col="count"]')).toHaveText('0');
  });

  await test.step('And mark goals 1.1–1.4 ✓ from the keyboard (Space, then the arrow down), and the rest with the mouse', async () => {
    await staff.cell('1.1', ACT1).focus();
    for (const [i, goal] of ['1.1', '1.2', '1.3', '1.4'].entries()) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      await expect(staff.cell(goal, ACT1)).toBeFocused();
      await page.keyboard.press('Space');
      await expect(staff.cell(goal, ACT1)).toHaveAttribute('data-value', 'have');
    }
    // ✗: expected once the activity is done.
    await staff.mark('1.7', ACT1, 'expected');
    await staff.mark('1.10', ACT1, 'expected');
    await staff.mark('1.5', ACT2, 'have');
    await staff.mark('1.8', ACT2, 'have');
    await staff.mark('1.4', ACT2, 'have'); // met twice, counted once
    await staff.mark('1.16', ACT2, 'expected');
    await staff.mark('1.12', COVID, 'have');
    await staff.mark('1.13', DATA, 'have');
    await staff.mark('1.15', DATA, 'have');
    await staff.text('2', ACT1).fill('ผู้สูงอายุและกลุ่มทอผ้า 30 คน');
    await expect(staff.tally).toHaveAttribute('data-met', '9');
    await expect(staff.tally).toContainText('บรรลุ 9 จาก 16 เป้าหมาย');
    await expect(staff.tally).toContainText('ระดับ: ตำบลที่อยู่รอด');
  });

  await test.step('And save the draft, then attach a PDF as evidence of indicator 2', async () => {
    await staff.save();
    await expect(staff.status).toHaveText('บันทึกแล้ว');
    await staff.attach('2', ACT1, { name: 'รายชื่อกลุ่มทอผ้า.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n') });
    await expect(staff.textCell('2', ACT1).locator('summary')).toHaveText('หลักฐาน (1)');
  });

  await test.step('And submit it: it is locked and awaits another member of staff', async () => {
    await staff.submit();
    await expect(staff.formState).toHaveText('ส่งแล้ว รออนุมัติ');
    await expect(staff.cell('1.1', ACT1)).toBeDisabled();
    await expect(staff.approvalPanel).toContainText('เจ้าหน้าที่อีกท่านของมหาวิทยาลัยต้องเป็นผู้อนุมัติ');
  });

  const approver = new AssessmentPage((await signInAs('approver.cu@otou.demo')).page);
  await test.step('When another staff member of the university approves it', async () => {
    await approver.openForm(ids.tambonId, ids.baselineId);
    await expect(approver.tally).toHaveAttribute('data-met', '9');
    await approver.approve();
    await expect(approver.formState).toHaveText('อนุมัติแล้ว');
  });

  await test.step('Then the university dashboard shows ห้วยแห้ง surviving, with 9 goals met', async () => {
    await staff.openDashboard({ r: ids.baselineId });
    const row = staff.root.locator(`[data-testid="tier-tambons"] tr[data-code="${HUAI_HAENG}"]`);
    await expect(row).toHaveAttribute('data-tier', 'survive');
    await expect(row).toContainText('ตำบลที่อยู่รอด');
  });

  await test.step('When they open the next round, it starts from the baseline, and they turn two ✗ into ✓', async () => {
    await staff.openForm(ids.tambonId, ids.q1Id);
    await expect(staff.form.getByRole('note')).toContainText('เริ่มจากรอบ เริ่มดำเนินกิจกรรม');
    await expect(staff.cell('1.7', ACT1)).toHaveAttribute('data-value', 'expected');
    await expect(staff.tally).toHaveAttribute('data-met', '9');
    await staff.mark('1.7', ACT1, 'have');
    await staff.mark('1.10', ACT1, 'have');
    await expect(staff.tally).toHaveAttribute('data-met', '11');
    await expect(staff.tally).toContainText('ระดับ: ตำบลมุ่งสู่ความพอเพียง');
    const achieved = staff.form.getByTestId('achieved');
    await expect(achieved.getByRole('listitem')).toHaveText(['1.7 · กิจกรรม 1: ✗ → ✓', '1.10 · กิจกรรม 1: ✗ → ✓']);
    await staff.submit();
  });

  await test.step('And the approver approves it, seeing what changed since the baseline', async () => {
    await approver.openForm(ids.tambonId, ids.q1Id);
    await expect(approver.form.getByTestId('achieved')).toContainText('1.10 · กิจกรรม 1: ✗ → ✓');
    await approver.approve();
  });

  await test.step('Then the network dashboard shows ห้วยแห้ง moved up from survive to sufficiency', async () => {
    const network = new AssessmentPage((await signInAs('network.uc@otou.demo')).page);
    await network.openDashboard({ r: ids.q1Id });
    const moved = network.root.locator(`[data-testid="moved-up"] tr[data-code="${HUAI_HAENG}"]`);
    await expect(moved).toContainText('ตำบลที่อยู่รอด → ตำบลมุ่งสู่ความพอเพียง');
    await expect(moved).toContainText('9 → 11');
  });

  await test.step('And the form downloaded as Excel has the same ✓/✗ in every cell, the goals met as a number and the tier', async () => {
    await staff.openForm(ids.tambonId, ids.q1Id);
    const screen = await staff.screenMarks();
    const [download] = await Promise.all([page.waitForEvent('download'), staff.form.getByTestId('form-export').getByRole('button').click()]);
    expect(download.suggestedFilename()).toBe(`assessment-${HUAI_HAENG}-q1.xlsx`);
    const sheet = await workbookOf(await download.path());
    expect(Object.keys(sheet.marks)).toHaveLength(16);
    expect(sheet.marks).toEqual(inColumnOrder(screen));
    expect(sheet.foot['จำนวนเป้าหมายที่บรรลุ (✓) จาก 16 เป้าหมาย']).toBe(11);
    expect(sheet.foot['ระดับตำบล']).toBe('ตำบลมุ่งสู่ความพอเพียง');
  });
});
