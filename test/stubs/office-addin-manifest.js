// office-addin-mock only needs this enum from office-addin-manifest (docs/toolchain.md#office-addin-mock-under-jest).
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
