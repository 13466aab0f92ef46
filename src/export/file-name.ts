/** "Lakeside Police Department", "Lakeside SD", "draft" -> "SRO-MOU_Lakeside-Police-Department_Lakeside-SD_draft_2026-08-01.pdf" */
export function exportFileName(
  agency: string,
  district: string,
  status: string,
  date: Date,
  ext: string,
): string {
  const part = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "unnamed";
  return `SRO-MOU_${part(agency)}_${part(district)}_${status}_${date.toISOString().slice(0, 10)}.${ext}`;
}
