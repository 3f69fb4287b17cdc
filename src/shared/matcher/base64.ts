/**
 * Typed arrays <-> base64, because extension messaging JSON-serialises everything and a
 * typed array would arrive as an object of numbered keys. Byte order is the platform's
 * (little-endian on every browser this ships to).
 */
export function toBase64(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes into a fresh buffer; throws on text that is not base64 or not whole elements. */
export function fromBase64(text: string, bytesPerElement: number): ArrayBuffer {
  // Native where the browser has it (Chrome 140+, Firefox 133+): a JS loop over every byte
  // is most of the matcher's start-up in each frame.
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  const bytes = native ? native(text) : bytesOf(atob(text));
  if (bytes.length % bytesPerElement !== 0) throw new Error(`byte length ${bytes.length} is not a multiple of ${bytesPerElement}`);
  return bytes.buffer as ArrayBuffer;
}

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
