import type { Locale } from './i18n.ts';

/** Anything with a Thai name and perhaps an English one: a network, university, tambon, period. */
export interface Named {
  name_th: string;
  name_en?: string | null | undefined;
}

/** A name in the user's language: English when asked for and known, else Thai. */
export function placeName(p: Named, locale: Locale): string {
  return locale === 'en' && p.name_en ? p.name_en : p.name_th;
}

export interface TambonNames extends Named {
  district_th: string;
  province_th: string;
  district_en?: string | null | undefined;
  province_en?: string | null | undefined;
}

/**
 * A tambon as Thai addresses name it, "ตำบลห้วยแห้ง อำเภอแก่งคอย จังหวัดสระบุรี", and as English reads it,
 * "Tambon Huai Haeng, Kaeng Khoi District, Saraburi Province" (Thai names where no English one is known).
 */
export function tambonHeading(t: TambonNames, locale: Locale): string {
  if (locale === 'th') return `ตำบล${t.name_th} อำเภอ${t.district_th} จังหวัด${t.province_th}`;
  const en = (english: string | null | undefined, thai: string) => english || thai;
  return `Tambon ${en(t.name_en, t.name_th)}, ${en(t.district_en, t.district_th)} District, ${en(t.province_en, t.province_th)} Province`;
}
