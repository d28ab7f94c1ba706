import { describe, expect, it } from 'vitest';
import { placeName, tambonHeading } from './places.ts';

const huaiHaeng = { name_th: 'ห้วยแห้ง', district_th: 'แก่งคอย', province_th: 'สระบุรี', name_en: 'Huai Haeng', district_en: 'Kaeng Khoi', province_en: 'Saraburi' };

describe('places in the user language', () => {
  it('names a place in English when known, in Thai otherwise', () => {
    expect(placeName({ name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' }, 'en')).toBe('Chulalongkorn University');
    expect(placeName({ name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' }, 'th')).toBe('จุฬาลงกรณ์มหาวิทยาลัย');
    expect(placeName({ name_th: 'ห้วยแห้ง', name_en: '' }, 'en')).toBe('ห้วยแห้ง');
    expect(placeName({ name_th: 'ห้วยแห้ง' }, 'en')).toBe('ห้วยแห้ง');
  });

  it('heads a tambon as Thai addresses do, and as English reads it', () => {
    expect(tambonHeading(huaiHaeng, 'th')).toBe('ตำบลห้วยแห้ง อำเภอแก่งคอย จังหวัดสระบุรี');
    expect(tambonHeading(huaiHaeng, 'en')).toBe('Tambon Huai Haeng, Kaeng Khoi District, Saraburi Province');
  });

  it('keeps Thai names in an English heading when no English name is known', () => {
    expect(tambonHeading({ name_th: 'ห้วยแห้ง', district_th: 'แก่งคอย', province_th: 'สระบุรี' }, 'en')).toBe('Tambon ห้วยแห้ง, แก่งคอย District, สระบุรี Province');
  });
});
