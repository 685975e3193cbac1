import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A signature over a decision, and the key that made it. */
export interface Signature {
  keyId: string;
  algorithm: 'Ed25519';
  signature: string;
}

/**
 * Signs decisions on behalf of a user. The local signer keeps an Ed25519 key per user, its
 * private half encrypted at rest; a BSrE (Balai Sertifikasi Elektronik) adapter can implement
 * the same boundary later with certified keys (SPEC §10–11).
 */
export interface Signer {
  sign(db: Kysely<Database>, who: { pemdaId: string; userId: string }, payload: string): Promise<Signature>;
  verify(db: Kysely<Database>, keyId: string, payload: string, signature: string): Promise<boolean>;
}

/** AES-256-GCM under the deployment's signing secret: iv.tag.ciphertext, each base64. */
function encrypt(secret: Buffer, plain: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

function decrypt(secret: Buffer, sealed: string): Buffer {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
  if (!iv || !tag || !body) throw new Error('a sealed signing key has three parts');
  const decipher = createDecipheriv('aes-256-gcm', secret, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

export class LocalSigner implements Signer {
  constructor(private readonly secret: Buffer) {
    if (secret.length !== 32) throw new Error('the signing secret is 32 bytes');
  }

  async sign(db: Kysely<Database>, who: { pemdaId: string; userId: string }, payload: string): Promise<Signature> {
    const key = await this.keyOf(db, who);
    const privateKey = createPrivateKey({ key: decrypt(this.secret, key.private_key_encrypted), format: 'der', type: 'pkcs8' });
    return { keyId: key.id, algorithm: 'Ed25519', signature: sign(null, Buffer.from(payload), privateKey).toString('base64') };
  }

  async verify(db: Kysely<Database>, keyId: string, payload: string, signature: string): Promise<boolean> {
    const key = await db.selectFrom('user_signing_key').select('public_key').where('id', '=', keyId).executeTakeFirst();
    if (!key) return false;
    const publicKey = createPublicKey({ key: Buffer.from(key.public_key, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(payload), publicKey, Buffer.from(signature, 'base64'));
  }

  /** The user's active key, made on first use (two concurrent first uses keep one: the unique index decides). */
  private async keyOf(db: Kysely<Database>, who: { pemdaId: string; userId: string }) {
    const existing = await db
      .selectFrom('user_signing_key')
      .selectAll()
      .where('user_id', '=', who.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (existing) return existing;
    const pair = generateKeyPairSync('ed25519');
    await db
      .insertInto('user_signing_key')
      .values({
        pemda_id: who.pemdaId,
        user_id: who.userId,
        algorithm: 'Ed25519',
        public_key: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
        private_key_encrypted: encrypt(this.secret, pair.privateKey.export({ format: 'der', type: 'pkcs8' })),
      })
      .onConflict((oc) => oc.column('user_id').where('revoked_at', 'is', null).doNothing())
      .execute();
    return db
      .selectFrom('user_signing_key')
      .selectAll()
      .where('user_id', '=', who.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
  }
}
