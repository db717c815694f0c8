// node:crypto as the documents use it (createHash('sha256').update(text).digest('hex'): a case's
// provenance hash, a file name's short hash), for the browser bundle, where the build maps
// node:crypto here (scripts/lib/site/workbench.ts). The same SHA-256, in JavaScript: Web Crypto's
// is asynchronous, and absent altogether on a plain-HTTP intranet address.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

interface Hash {
  update(data: string | Uint8Array): Hash;
  digest(encoding: 'hex'): string;
}

export function createHash(algorithm: 'sha256'): Hash {
  if (algorithm !== 'sha256') throw new Error(`不支持的摘要算法：${String(algorithm)}`);
  const hash = sha256.create();
  const self: Hash = {
    update(data) {
      hash.update(typeof data === 'string' ? utf8ToBytes(data) : data);
      return self;
    },
    digest: () => bytesToHex(hash.digest()),
  };
  return self;
}
