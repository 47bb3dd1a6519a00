import { validationMessages } from "../../../src/core/sheet/validation";

describe("validationMessages", () => {
  it("rejects a value outside a stop list with the rule's own text, titled with the product's name", () => {
    expect(
      validationMessages({
        range: "J2:J200",
        list: ["Hoàn thành"],
        allowBlank: true,
        prompt: "Chọn trạng thái",
        error: "Trạng thái phải chọn trong danh sách",
      }),
    ).toEqual({
      title: "Trợ lý ISO",
      prompt: "Chọn trạng thái",
      showError: true,
      errorStyle: "stop",
      error: "Trạng thái phải chọn trong danh sách",
    });
  });

  it("answers in Vietnamese when a stop list has no text of its own", () => {
    const m = validationMessages({ range: "C3:C9", list: ["Mở rộng", "Duy trì"], allowBlank: true });
    expect([m.showError, m.errorStyle, m.error, m.prompt]).toEqual([true, "stop", "Giá trị này không có trong danh sách.", undefined]);
  });

  it("raises no alert for a suggestion list", () => {
    const m = validationMessages({ range: "H2:H200", list: { source: "='Đơn vị'!$A$2:$A$300" }, allowBlank: true, mode: "suggest" });
    expect([m.showError, m.errorStyle]).toEqual([false, "information"]);
  });
});
