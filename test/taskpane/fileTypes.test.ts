import { planFileTypes } from "../../src/taskpane/render";
import { sourceKind } from "../../src/io/readSource";

describe("the plan file picker", () => {
  it("offers .csv with the other text files, and only types the readers read", () => {
    const types = planFileTypes.split(",");
    expect(types).toEqual(expect.arrayContaining([".tsv", ".txt", ".csv", ".html", ".docx", ".xlsx"]));
    for (const type of types) expect([type, sourceKind(`ke-hoach${type}`)]).not.toEqual([type, null]);
    expect(sourceKind("ke-hoach.csv")).toBe("csv");
  });
});
