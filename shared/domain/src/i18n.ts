/**
 * Platform messages, Thai first: the platform's errors and the shell's words, so a message a user sees reads the
 * same wherever it was raised. A module's server-raised messages live in its own catalogue
 * (shared/domain/src/<module>/messages.ts) and its screen words next to its features.
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
  'login.title': 'เข้าสู่ระบบ',
  'login.email': 'อีเมล',
  'login.password': 'รหัสผ่าน',
  'login.submit': 'เข้าสู่ระบบ',
  'login.busy': 'กำลังเข้าสู่ระบบ…',
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
  'module.tambonCount': 'จำนวนตำบลในความรับผิดชอบ',
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
  'error.tooLarge': 'ข้อมูลที่ส่งมามีขนาดเกิน {mb} MB กรุณาส่งทีละส่วน',
  'error.urlTooLong': 'ที่อยู่เว็บ (URL) ยาวเกินไป กรุณาเปิดหน้าจากเมนูของระบบ',
  'error.badRequest': 'ระบบไม่เข้าใจคำขอนี้ กรุณาลองใหม่จากหน้าของระบบ',
  'error.unavailable': 'ระบบข้อมูลไม่พร้อมให้บริการชั่วคราว ข้อมูลที่กรอกไว้ยังอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่',
  'error.network': 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อ',
  'error.field.type': 'ช่อง “{field}” ต้องเป็น{expected}',
  'error.field.tooSmall': 'ช่อง “{field}” ต้องไม่น้อยกว่า {min}',
  'error.field.tooBig': 'ช่อง “{field}” ต้องไม่เกิน {max}',
  'error.field.tooShort': 'ช่อง “{field}” ต้องมีอย่างน้อย {min} ตัวอักษร',
  'error.field.tooLong': 'ช่อง “{field}” ยาวได้ไม่เกิน {max} ตัวอักษร',
  'error.field.tooFew': 'ช่อง “{field}” ต้องมีอย่างน้อย {min} รายการ',
  'error.field.tooMany': 'ช่อง “{field}” มีได้ไม่เกิน {max} รายการ',
  'error.field.choice': 'ช่อง “{field}” ต้องเลือกจากตัวเลือกที่มีให้',
  'error.field.date': 'ช่อง “{field}” ต้องเป็นวันที่ที่มีวัน เดือน ปี ครบ',
  'error.field.invalid': 'ช่อง “{field}” ไม่ถูกต้อง กรุณาตรวจสอบ',
  'error.expected.number': 'ตัวเลข',
  'error.expected.text': 'ข้อความ',
  'error.expected.yesNo': 'ใช่หรือไม่ใช่',
  'error.expected.list': 'รายการ',
  'error.moduleAdminOwnNetwork': 'ผู้ดูแลเครือข่ายเปลี่ยนการตั้งค่าได้เฉพาะเครือข่ายของตนเอง',
  'error.form.invalid': 'ข้อมูลที่ส่งมาไม่อยู่ในรูปแบบที่ระบบรับได้ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
  'error.version': 'หน้านี้เปิดไว้ก่อนข้อมูลล่าสุด กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
  'error.conflict': 'มีผู้อื่นบันทึกข้อมูลนี้หลังจากที่ท่านเปิดไว้ ข้อมูลที่ท่านกรอกยังอยู่ กรุณาตรวจสอบค่าล่าสุดแล้วบันทึกอีกครั้ง',
  'field.email.invalid': 'อีเมลไม่ถูกต้อง ตัวอย่าง: name@university.ac.th',
  'field.password.required': 'กรุณากรอกรหัสผ่าน',
  'field.thaiId.length': 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
  'field.thaiId.digits': 'เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น',
  'field.thaiId.checksum': 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ) กรุณาตรวจสอบจากบัตร',
} as const;

export type MessageKey = keyof typeof th;

const en: Record<MessageKey, string> = {
  'app.title': 'One Tambon One University',
  'app.short': 'U2T',
  'lang.switch': 'ภาษาไทย',
  'login.title': 'Sign in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
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
  'module.tambonCount': 'Tambons in your care',
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
  'error.tooLarge': 'What was sent is larger than {mb} MB; send it in smaller parts',
  'error.urlTooLong': "The web address (URL) is too long; open the page from the platform's menu",
  'error.badRequest': 'The request was not understood; try again from the platform\'s pages',
  'error.unavailable': 'The data service is unavailable for a moment; what you typed is kept. Try again shortly',
  'error.network': 'Cannot reach the server; check your connection',
  'error.field.type': 'The field “{field}” must be {expected}',
  'error.field.tooSmall': 'The field “{field}” must be at least {min}',
  'error.field.tooBig': 'The field “{field}” must be at most {max}',
  'error.field.tooShort': 'The field “{field}” needs at least {min} characters',
  'error.field.tooLong': 'The field “{field}” can be at most {max} characters',
  'error.field.tooFew': 'The field “{field}” needs at least {min} items',
  'error.field.tooMany': 'The field “{field}” can have at most {max} items',
  'error.field.choice': 'The field “{field}” must be one of the choices offered',
  'error.field.date': 'The field “{field}” must be a date with day, month and year',
  'error.field.invalid': 'The field “{field}” is not valid; check it',
  'error.expected.number': 'a number',
  'error.expected.text': 'text',
  'error.expected.yesNo': 'yes or no',
  'error.expected.list': 'a list',
  'error.moduleAdminOwnNetwork': 'A network administrator may change only their own network',
  'error.form.invalid': 'What was sent is not in a form the system accepts; reload the page and try again',
  'error.version': 'This page was opened before the latest data; reload it and try again',
  'error.conflict': 'Someone else saved this since you opened it; what you typed is kept. Check the current values and save again',
  'field.email.invalid': 'Not a valid email, e.g. name@university.ac.th',
  'field.password.required': 'Enter your password',
  'field.thaiId.length': 'A Thai national ID has 13 digits',
  'field.thaiId.digits': 'A Thai national ID has digits only',
  'field.thaiId.checksum': 'Not a valid Thai national ID (the last digit does not match the check digit); check the card',
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
