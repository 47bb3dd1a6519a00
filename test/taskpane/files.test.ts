/**
 * @jest-environment jsdom
 *
 * The standalone page's downloads (issue 22, atomic writes "in the standalone page's downloads
 * where it applies"): a file is offered only whole. `downloadBytes` is called with the finished
 * bytes, makes one Blob of exactly those bytes (a view into a larger buffer gives only its own
 * bytes), clicks one link, removes it and revokes the URL; without Blob URLs it says so and offers
 * nothing.
 */
import { Blob as NodeBlob } from "buffer";
import { downloadBytes, mimeTypes } from "../../src/taskpane/files";
import { PaneError } from "../../src/taskpane/errors";

// jsdom's Blob has no arrayBuffer() (browsers' has); Node's is the same standard Blob.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

const url = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };

afterEach(() => {
  delete url.createObjectURL;
  delete url.revokeObjectURL;
  jest.useRealTimers();
});

describe("downloadBytes", () => {
  it("offers exactly the file's bytes once, under its name and type, and leaves no link or URL behind", async () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    url.createObjectURL = (b) => {
      blobs.push(b);
      return "blob:file-1";
    };
    url.revokeObjectURL = (u) => void revoked.push(u);
    const clicks: { name: string; href: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.getAttribute("href") ?? "" });
    });
    // The file's bytes as a view into a larger buffer: only the view's 4 bytes belong to the file.
    const buffer = new Uint8Array([9, 9, 0x50, 0x4b, 0x03, 0x04, 9, 9]);
    downloadBytes("bao-cao-iso-2025.xlsx", buffer.subarray(2, 6), mimeTypes.xlsx);
    expect(clicks).toEqual([{ name: "bao-cao-iso-2025.xlsx", href: "blob:file-1" }]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe(mimeTypes.xlsx);
    expect([...new Uint8Array(await blobs[0].arrayBuffer())]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(document.querySelectorAll("a").length).toBe(0);
    jest.runAllTimers();
    expect(revoked).toEqual(["blob:file-1"]);
    click.mockRestore();
  });

  it("without Blob URLs, says the file cannot be offered and clicks nothing", () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click");
    expect(() => downloadBytes("a.xlsx", new Uint8Array([1]), mimeTypes.xlsx)).toThrow(PaneError);
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });
});
