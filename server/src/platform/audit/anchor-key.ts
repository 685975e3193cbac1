import { type KeyObject, createHash, createPrivateKey, createPublicKey, hkdfSync } from 'node:crypto';

/** The key that signs the audit trail's checkpoints, and how a reader recognises it. */
export interface AnchorKey {
  /** The first 16 hex digits of the SHA-256 of the public key (SPKI DER). */
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as PEM: sent with every e-mailed checkpoint so an auditor can check it offline. */
  publicKeyPem: string;
}

/** PKCS #8 for an Ed25519 private key (RFC 8410 §7): this fixed prefix, then the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The Ed25519 checkpoint key, derived (HKDF-SHA256) from the deployment's signing secret
 * (`SIGAP_SIGNING_SECRET` or its key file, platform/records/signing-secret.ts). Like that secret it
 * is never stored in the database, so a database administrator cannot sign a checkpoint, and every
 * host of a deployment derives the same key from the same secret.
 */
export function anchorKeyFrom(secret: Buffer): AnchorKey {
  const seed = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'sigap audit checkpoint key v1', 32));
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    keyId: createHash('sha256').update(spki).digest('hex').slice(0, 16),
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}
