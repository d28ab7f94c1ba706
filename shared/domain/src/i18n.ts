/**
 * Platform messages, Thai first. Server errors and the shell's words come from this one catalogue, so a message
 * a user sees reads the same wherever it was raised. Modules keep their own words next to their features and
 * use `createTranslator` for them.
 */
export const LOCALES = ['th', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'th';

export function isLocale(v: unknown): v is Locale {
  return v === 'th' || v === 'en';
}

/** Reads an Accept-Language style header; Thai unless English is asked for first. */
export function localeFromHeader(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

const th = {
  'app.title': 'ระบบ ๑ ตำบล ๑ มหาวิทยาลัย',
  'app.short': 'U2T',
  'lang.switch': 'English',
  'lang.current': 'ภาษาไทย',
  'login.title': 'เข้าสู่ระบบ',
  'login.email': 'อีเมล',
  'login.password': 'รหัสผ่าน',
  'login.submit': 'เข้าสู่ระบบ',
  'login.busy': 'กำลังเข้าสู่ระบบ…',
  'login.demo': 'บัญชีทดลอง',
  'logout': 'ออกจากระบบ',
  'nav.home': 'หน้าแรก',
  'nav.admin': 'ตั้งค่าโมดูล',
  'nav.label': 'เมนูหลัก',
  'nav.menu': 'เมนู',
  'nav.skip': 'ข้ามไปยังเนื้อหา',
  'home.welcome': 'ยินดีต้อนรับ {name}',
  'home.modules': 'โมดูลที่ท่านใช้งานได้',
  'home.none': 'เครือข่ายของท่านยังไม่ได้เปิดใช้โมดูลใดสำหรับบทบาทนี้',
  'admin.title': 'เปิด/ปิดโมดูลรายเครือข่าย',
  'admin.hint': 'ผู้ใช้ในเครือข่ายจะเห็นการเปลี่ยนแปลงทันทีที่เปิดหน้าถัดไป',
  'admin.network': 'เครือข่าย',
  'admin.saved': 'บันทึกแล้ว: {module} {state} สำหรับ{network}',
  'admin.enabled': 'เปิดใช้',
  'admin.disabled': 'ปิดใช้',
  'tile.loadError': 'โหลดโมดูล {module} ไม่สำเร็จ',
  'tile.mountError': 'โมดูล {module} ทำงานผิดพลาดขณะเปิด',
  'tile.explain': 'ส่วนอื่นของระบบยังใช้งานได้ตามปกติ ลองใหม่อีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ',
  'tile.retry': 'ลองใหม่',
  'tile.loading': 'กำลังโหลด {module}…',
  'notFound.title': 'ไม่พบหน้านี้',
  'notFound.body': 'ไม่มีหน้า {path} หรือท่านไม่มีสิทธิ์เข้าถึง',
  'notFound.back': 'กลับหน้าแรก',
  'scope.central': 'ส่วนกลาง (สป.อว.)',
  'scope.network': 'เครือข่าย',
  'scope.university': 'มหาวิทยาลัย',
  'scope.tambon': 'ตำบล',
  'role.central_admin': 'ผู้ดูแลระบบส่วนกลาง',
  'role.network_admin': 'ผู้ดูแลเครือข่าย',
  'role.university_staff': 'เจ้าหน้าที่มหาวิทยาลัย',
  'role.tambon_coordinator': 'ผู้ประสานงานตำบล',
  'role.worker': 'ผู้ถูกจ้างงาน',
  'role.judge': 'กรรมการตัดสิน',
  'role.agency_supervisor': 'ผู้ดูแลจากหน่วยงานผู้ใช้',
  'module.scopeFromServer': 'ขอบเขตข้อมูลของท่าน (จากเซิร์ฟเวอร์)',
  'module.tambonCount': 'จำนวนตำบลในความรับผิดชอบ',
  'module.version': 'รุ่น',
  'module.comingSoon': 'ฟีเจอร์ของโมดูลนี้จะตามมาในงานถัดไป',
  'common.loading': 'กำลังโหลด…',
  'common.error': 'เกิดข้อผิดพลาด',
  'common.save': 'บันทึก',
  'common.cancel': 'ยกเลิก',
  'error.unauthorized': 'กรุณาเข้าสู่ระบบก่อน',
  'error.sessionExpired': 'หมดเวลาการเข้าสู่ระบบ กรุณาเข้าสู่ระบบใหม่',
  'error.forbidden': 'ท่านไม่มีสิทธิ์ทำรายการนี้',
  'error.notFound': 'ไม่พบข้อมูลที่ต้องการ',
  'error.badCredentials': 'อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่',
  'error.tooManyAttempts': 'ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป เพื่อความปลอดภัยของบัญชี กรุณารอ {minutes} นาทีแล้วลองใหม่',
  'error.validation': 'ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้',
  'error.internal': 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง',
  'error.unavailable': 'ระบบข้อมูลไม่พร้อมให้บริการชั่วคราว ข้อมูลที่กรอกไว้ยังอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่',
  'error.network': 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อ',
  'error.moduleAdminOwnNetwork': 'ผู้ดูแลเครือข่ายเปลี่ยนการตั้งค่าได้เฉพาะเครือข่ายของตนเอง',
  'field.email.invalid': 'อีเมลไม่ถูกต้อง ตัวอย่าง: name@university.ac.th',
  'field.password.required': 'กรุณากรอกรหัสผ่าน',
  'field.thaiId.length': 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
  'field.thaiId.digits': 'เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น',
  'field.thaiId.checksum': 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ) กรุณาตรวจสอบจากบัตร',
  'budget.negative': 'จำนวนเงินต้องไม่ติดลบ กรุณากรอก 0 หรือมากกว่า',
  'budget.notANumber': 'กรุณากรอกจำนวนเงินเป็นตัวเลข',
  'budget.planMismatch': 'แผนรายเดือนของรายการ {line} รวมได้ {sum} บาท ไม่เท่ากับงบประมาณ {budget} บาท กรุณาปรับแผนให้รวมเท่ากับงบประมาณ',
  'budget.overspend': 'รายการ {line} ใช้จ่ายรวม {spent} บาท เกินงบประมาณ {budget} บาท อยู่ {over} บาท กรุณาตรวจสอบผลการใช้จ่าย',
  'budget.windowNotYet': 'ยังไม่เปิดให้รายงานเดือนนี้ จะเปิดวันที่ {opens}',
  'budget.windowClosed': 'ปิดรับรายงานเดือนนี้แล้วเมื่อ {closed} หากต้องการส่งล่าช้า ให้ขอยกเว้นจากส่วนกลาง (สป.อว.)',
  'budget.locked': 'เดือนนี้ส่งรายงานแล้ว จึงแก้ไขไม่ได้ หากต้องแก้ไข ให้ผู้อนุมัติเปิดรายงานอีกครั้ง',
  'budget.notSubmitted': 'รายงานเดือนนี้ยังไม่ได้ส่ง จึงยังอนุมัติไม่ได้',
  'budget.selfApproval': 'ผู้ส่งรายงานอนุมัติรายงานของตนเองไม่ได้ ต้องให้เจ้าหน้าที่มหาวิทยาลัยอีกคนอนุมัติ',
  'budget.notApproved': 'รายงานเดือนนี้ยังไม่ได้รับอนุมัติ จึงไม่ต้องเปิดใหม่',
  'budget.onlyApproverReopens': 'เฉพาะผู้อนุมัติรายงานเดือนนี้เท่านั้นที่เปิดรายงานอีกครั้งได้',
  'budget.reasonRequired': 'กรุณาระบุเหตุผล',
  'budget.noPlan': 'ตำบลนี้ยังไม่ได้ตั้งงบประมาณและแผน กรุณาตั้งงบประมาณก่อนรายงานผล',
  'budget.monthOutside': 'เดือนที่เลือกอยู่นอกช่วงโครงการ',
  'budget.periodMissing': 'ไม่พบช่วงโครงการที่ระบุ',
  'budget.periodCode': 'รหัสช่วงโครงการใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และขีด เช่น 2565',
  'budget.periodName': 'กรุณาตั้งชื่อช่วงโครงการ',
  'budget.periodMonths': 'ช่วงโครงการต้องยาว 1 ถึง 36 เดือน',
} as const;

export type MessageKey = keyof typeof th;

const en: Record<MessageKey, string> = {
  'app.title': 'One Tambon One University',
  'app.short': 'U2T',
  'lang.switch': 'ภาษาไทย',
  'lang.current': 'English',
  'login.title': 'Sign in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.demo': 'Demo accounts',
  'logout': 'Sign out',
  'nav.home': 'Home',
  'nav.admin': 'Module settings',
  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.skip': 'Skip to content',
  'home.welcome': 'Welcome, {name}',
  'home.modules': 'Your modules',
  'home.none': 'Your network has not enabled any module for this role yet',
  'admin.title': 'Modules per network',
  'admin.hint': "The network's users see the change as soon as they open another page",
  'admin.network': 'Network',
  'admin.saved': 'Saved: {module} {state} for {network}',
  'admin.enabled': 'enabled',
  'admin.disabled': 'disabled',
  'tile.loadError': 'The {module} module could not be loaded',
  'tile.mountError': 'The {module} module failed while opening',
  'tile.explain': 'The rest of the platform still works. Try again; if it keeps failing, tell your administrator.',
  'tile.retry': 'Try again',
  'tile.loading': 'Loading {module}…',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page {path}, or you may not open it',
  'notFound.back': 'Back to home',
  'scope.central': 'Central office (OPS MHESI)',
  'scope.network': 'Network',
  'scope.university': 'University',
  'scope.tambon': 'Tambon',
  'role.central_admin': 'Central administrator',
  'role.network_admin': 'Network administrator',
  'role.university_staff': 'University staff',
  'role.tambon_coordinator': 'Tambon coordinator',
  'role.worker': 'Hired worker',
  'role.judge': 'Pitching judge',
  'role.agency_supervisor': 'User-agency supervisor',
  'module.scopeFromServer': 'Your data scope (from the server)',
  'module.tambonCount': 'Tambons in your care',
  'module.version': 'Version',
  'module.comingSoon': "This module's features arrive in their own issues",
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'error.unauthorized': 'Please sign in first',
  'error.sessionExpired': 'Your session has expired; please sign in again',
  'error.forbidden': 'You may not do this',
  'error.notFound': 'Not found',
  'error.badCredentials': 'Wrong email or password. Check them and try again',
  'error.tooManyAttempts': 'Too many failed sign-in attempts; to protect the account, wait {minutes} minutes and try again',
  'error.validation': 'Some fields are not valid; fix the ones marked',
  'error.internal': 'The system had a temporary problem; please try again',
  'error.unavailable': 'The data service is unavailable for a moment; what you typed is kept. Try again shortly',
  'error.network': 'Cannot reach the server; check your connection',
  'error.moduleAdminOwnNetwork': 'A network administrator may change only their own network',
  'field.email.invalid': 'Not a valid email, e.g. name@university.ac.th',
  'field.password.required': 'Enter your password',
  'field.thaiId.length': 'A Thai national ID has 13 digits',
  'field.thaiId.digits': 'A Thai national ID has digits only',
  'field.thaiId.checksum': 'Not a valid Thai national ID (the last digit does not match the check digit); check the card',
  'budget.negative': 'An amount cannot be negative; enter 0 or more',
  'budget.notANumber': 'Enter the amount as a number',
  'budget.planMismatch': 'The monthly plan of line {line} adds up to THB {sum}, not its budget of THB {budget}; adjust the plan so it adds up to the budget',
  'budget.overspend': 'Line {line} would spend THB {spent} in all, THB {over} over its budget of THB {budget}; check the actuals',
  'budget.windowNotYet': 'Reporting for this month is not open yet; it opens on {opens}',
  'budget.windowClosed': 'Reporting for this month closed on {closed}; for a late report, ask the central office (OPS MHESI) for an exception',
  'budget.locked': 'This month has been submitted and is locked; to correct it, the approver must reopen it',
  'budget.notSubmitted': 'This month has not been submitted, so it cannot be approved yet',
  'budget.selfApproval': 'You submitted this report, so another university staff member must approve it',
  'budget.notApproved': 'This month is not approved, so there is nothing to reopen',
  'budget.onlyApproverReopens': 'Only the person who approved this month may reopen it',
  'budget.reasonRequired': 'Give a reason',
  'budget.noPlan': 'This tambon has no budget and plan yet; set them before reporting actuals',
  'budget.monthOutside': 'The chosen month is outside the programme period',
  'budget.periodMissing': 'No such programme period',
  'budget.periodCode': 'A period code may use English letters, digits and dashes only, e.g. 2565',
  'budget.periodName': 'Give the period a name',
  'budget.periodMonths': 'A period runs 1 to 36 months',
};

export const platformMessages: Record<Locale, Record<MessageKey, string>> = { th, en };

export type Params = Record<string, string | number>;

const numbers: Record<Locale, Intl.NumberFormat> = {
  th: new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** Fills {name} placeholders; numbers get the locale's thousands separators, as amounts of money do. */
function interpolate(text: string, locale: Locale, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : typeof v === 'number' ? numbers[locale].format(v) : v;
  });
}

/** A translator over any catalogue with the same keys in both languages. */
export function createTranslator<K extends string>(catalogue: Record<Locale, Record<K, string>>) {
  return (locale: Locale, key: K, params?: Params): string => interpolate(catalogue[locale][key] ?? catalogue.th[key] ?? key, locale, params);
}

export const translate = createTranslator(platformMessages);

export function isMessageKey(k: string): k is MessageKey {
  return k in th;
}
