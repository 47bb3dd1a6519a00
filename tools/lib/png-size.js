/**
 * Reads a PNG's pixel size from its IHDR chunk (bytes 16–23), which is all the manifest
 * check needs; no decoding.
 */
"use strict";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {Buffer} bytes
 * @returns {{ width: number, height: number } | null} null when the bytes are not a PNG
 */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

module.exports = { pngSize };
