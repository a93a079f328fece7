// Name-based UUIDs (RFC 9562 version 5, SHA-1), so that the same document always gives the same
// `urn:uuid:` fullUrls: no randomness, no clock, no platform crypto (the library runs anywhere).
// SHA-1 is used here as the RFC prescribes for naming, not for security.

const W = new Int32Array(80);
const H = new Int32Array(5);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/** The RFC 9562 URL namespace. */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
let namespaceText = "";
let namespaceBytes: readonly number[] = [];
const encoder = new TextEncoder();
let buffer = new Uint8Array(256);

/** SHA-1 of the first `length` bytes of `bytes` (padded in place, so `bytes` has room), into H. */
function sha1(bytes: Uint8Array, length: number): void {
  const blocks = (((length + 8) >> 6) + 1) << 6;
  bytes.fill(0, length, blocks);
  bytes[length] = 0x80;
  const bits = length * 8;
  bytes[blocks - 4] = (bits >>> 24) & 0xff;
  bytes[blocks - 3] = (bits >>> 16) & 0xff;
  bytes[blocks - 2] = (bits >>> 8) & 0xff;
  bytes[blocks - 1] = bits & 0xff;
  H[0] = 0x67452301;
  H[1] = 0xefcdab89 | 0;
  H[2] = 0x98badcfe | 0;
  H[3] = 0x10325476;
  H[4] = 0xc3d2e1f0 | 0;
  for (let offset = 0; offset < blocks; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const i = offset + t * 4;
      W[t] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
    }
    for (let t = 16; t < 80; t++) {
      const x = W[t - 3]! ^ W[t - 8]! ^ W[t - 14]! ^ W[t - 16]!;
      W[t] = (x << 1) | (x >>> 31);
    }
    let a: number = H[0]!;
    let b: number = H[1]!;
    let c: number = H[2]!;
    let d: number = H[3]!;
    let e: number = H[4]!;
    for (let t = 0; t < 80; t++) {
      let f: number, k: number;
      if (t < 20) (f = (b & c) | (~b & d)), (k = 0x5a827999);
      else if (t < 40) (f = b ^ c ^ d), (k = 0x6ed9eba1);
      else if (t < 60) (f = (b & c) | (b & d) | (c & d)), (k = 0x8f1bbcdc | 0);
      else (f = b ^ c ^ d), (k = 0xca62c1d6 | 0);
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + W[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    H[0] = (H[0]! + a) | 0;
    H[1] = (H[1]! + b) | 0;
    H[2] = (H[2]! + c) | 0;
    H[3] = (H[3]! + d) | 0;
    H[4] = (H[4]! + e) | 0;
  }
}

/** The byte of the 16-byte hash prefix at `i`. */
const hashByte = (i: number): number => (H[i >> 2]! >>> (24 - (i & 3) * 8)) & 0xff;

/** The 16 bytes of a UUID written `xxxxxxxx-xxxx-…`, kept for the next call (callers use one namespace each). */
function bytesOf(uuid: string): readonly number[] {
  if (uuid !== namespaceText) {
    const hex = uuid.replace(/-/g, "");
    namespaceBytes = Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
    namespaceText = uuid;
  }
  return namespaceBytes;
}

/** The version-5 UUID of a name in a namespace (the URL namespace unless given), as `urn:uuid:…`. */
export function nameUuid(name: string, namespace: string = URL_NAMESPACE): string {
  const needed = 16 + name.length * 3 + 72;
  if (buffer.length < needed) buffer = new Uint8Array(needed * 2);
  buffer.set(bytesOf(namespace));
  const { written } = encoder.encodeInto(name, buffer.subarray(16));
  sha1(buffer, 16 + written);
  let hex = "";
  for (let i = 0; i < 16; i++) {
    const byte = i === 6 ? (hashByte(i) & 0x0f) | 0x50 : i === 8 ? (hashByte(i) & 0x3f) | 0x80 : hashByte(i);
    hex += HEX[byte];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += "-";
  }
  return `urn:uuid:${hex}`;
}
