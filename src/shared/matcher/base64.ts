/**
 * Typed arrays <-> base64, because extension messaging JSON-serialises everything and a
 * typed array would arrive as an object of numbered keys. Byte order is the platform's
 * (little-endian on every browser this ships to).
 */
import { runToEnd } from '../run-steps';

export function toBase64(view: ArrayBufferView): string {
  return runToEnd(toBase64Steps(view));
}

/** Bytes encoded per step: a multiple of 3, so the pieces' base64 concatenates without padding in between. */
const STEP_BYTES = 3 * 64 * 1024;

type Native = Uint8Array & { toBase64?: () => string };

/**
 * The same in steps of 192 KiB (a few milliseconds each): one call over the largest array of
 * a reader's big matcher (megabytes) was a single task of 50–60 ms. Native where the
 * browser has it (Chrome 140+, Firefox 133+).
 */
export function* toBase64Steps(view: ArrayBufferView): Generator<void, string> {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += STEP_BYTES) {
    const piece: Native = bytes.subarray(at, at + STEP_BYTES);
    if (piece.toBase64) pieces.push(piece.toBase64());
    else {
      let binary = '';
      for (let i = 0; i < piece.length; i += 0x8000) binary += String.fromCharCode(...piece.subarray(i, i + 0x8000));
      pieces.push(btoa(binary));
    }
    if (at + STEP_BYTES < bytes.length) yield;
  }
  return pieces.join('');
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
