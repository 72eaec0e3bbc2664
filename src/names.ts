// One normal form for names, shared by import-time entity merging and API lookups, so that
// "shamkhani", "Shamkhani" and "SHAMKHANI" meet, and so do "Khamenei" and "Khāmenei".
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
