/**
 * What a one-stop status text means for counting (docs/dossiers.md#status-definitions).
 */
import { fold, hasAny } from "./text";

/**
 * - `done`: processing finished (result returned or ready); judged by its result date.
 * - `refused`: refused ("Từ chối"); an end state judged by its date like a completion (QĐ 766
 *   idx 2.1), so it is counted as early/on time/late.
 * - `stopped`: processing stopped ("Dừng xử lý", "Dừng giải quyết"; NĐ 118/2025, TT 03/2025 Mẫu 05):
 *   an end state of its own beside a withdrawal, never resolved (docs/dossiers.md#status-definitions).
 * - `supplement`: returned to the applicant for more documents and not back yet.
 * - `withdrawn`: withdrawn by the applicant (or cancelled at the applicant's request).
 * - `pending`: still being processed.
 * - `unknown`: a status text we cannot read; the result date decides.
 * - `none`: empty cell; the result date decides.
 */
export type StatusKind = "done" | "refused" | "stopped" | "supplement" | "withdrawn" | "pending" | "unknown" | "none";

/**
 * Classifies a status cell, diacritics- and case-insensitively. Order matters:
 * "đã bổ sung" (documents came back) is pending, "yêu cầu bổ sung" is a supplement request,
 * "đang chờ trả kết quả" is done (processing finished, QĐ 766 prefers that moment).
 * @example statusKind("Công dân rút hồ sơ") === "withdrawn"
 * @example statusKind("Đã trả kết quả") === "done"
 */
export function statusKind(text: string): StatusKind {
  const f = fold(text);
  if (f.trim() === "") return "none";
  if (hasAny(f, ["tra lai"])) return "unknown"; // returned unprocessed: supplement or refusal, cannot tell
  if (hasAny(f, ["rut", "rut ho so", "huy", "huy ho so", "da huy"])) return "withdrawn";
  if (hasAny(f, ["dung xu ly", "dung giai quyet", "ngung xu ly", "ngung giai quyet", "tam dung"])) return "stopped";
  if (hasAny(f, ["tu choi", "khong giai quyet", "khong du dieu kien"])) return "refused";
  if (hasAny(f, ["da bo sung", "hoan thanh bo sung", "da nop bo sung", "nop bo sung"])) return "pending";
  if (hasAny(f, ["bo sung", "hoan thien ho so"])) return "supplement";
  if (hasAny(f, ["chua tra", "chua giai quyet", "chua xu ly", "chua hoan thanh", "chua co ket qua"])) return "pending";
  if (
    hasAny(f, [
      "da tra",
      "tra ket qua",
      "cho tra",
      "cho tra ket qua",
      "da giai quyet",
      "giai quyet xong",
      "da xu ly",
      "xu ly xong",
      "hoan thanh",
      "da hoan thanh",
      "co ket qua",
      "da co ket qua",
      "ket thuc",
      "da cap",
      "da ky",
      "tra truoc han",
      "tra dung han",
      "tra qua han",
    ])
  ) {
    return "done";
  }
  if (
    hasAny(f, [
      "dang",
      "cho",
      "moi tiep nhan",
      "tiep nhan",
      "chua",
      "chuyen",
      "tham dinh",
      "trinh",
      "trinh ky",
      "phe duyet",
      "xu ly",
      "giai quyet",
      "luan chuyen",
      "cho ky",
      "gia han",
    ])
  ) {
    return "pending";
  }
  return "unknown";
}
