/**
 * Bytes of an uploaded file to text, chunk by chunk. Packs and lists must be UTF-8: a
 * UTF-8 byte order mark is skipped, UTF-16 (with a BOM, or recognisable by its zero bytes)
 * and bytes that are not UTF-8 are refused with a message saying how to fix the file.
 */
export class EncodingProblem extends Error {
  override name = 'EncodingProblem';
}

export function createDecoder() {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let first = true;
  let offset = 0;
  return {
    /** Throws EncodingProblem (the reader's message) on a file that is not UTF-8. */
    decode(bytes: Uint8Array, last: boolean): string {
      if (first && bytes.length > 0) {
        first = false;
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
          throw new EncodingProblem('The file is UTF-16 text. Save it as UTF-8 (with or without BOM) and import it again.');
        }
        // Text in UTF-16 without a BOM has a zero byte next to every ASCII character; UTF-8 text has none.
        const head = bytes.subarray(0, 64);
        if (head.length >= 4 && head.filter((b) => b === 0).length * 4 >= head.length) {
          throw new EncodingProblem('The file looks like UTF-16 text (zero bytes between characters). Save it as UTF-8 and import it again.');
        }
      }
      try {
        const text = decoder.decode(bytes, { stream: !last });
        offset += bytes.length;
        return text;
      } catch {
        throw new EncodingProblem(`The file is not UTF-8 text (a byte near position ${offset + 1} is not valid UTF-8). Save it as UTF-8 and import it again.`);
      }
    },
  };
}
