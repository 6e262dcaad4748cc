// Reading a PNG the widget drew, from its bytes, not from the browser's word.
import assert from 'node:assert/strict';

/** Width, height and byte count of a `data:image/png;base64,` URL, from its
 *  signature and IHDR chunk. */
export function pngSize(dataUrl) {
  const bytes = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
}
