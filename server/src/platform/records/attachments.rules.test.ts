import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifiedType, safeFilename } from './attachments.rules';

describe('attachments', () => {
  it('accepts a detected type only when it is allowed and the extension matches it', () => {
    const head = Buffer.from('%PDF-1.7');
    expect(verifiedType('surat.pdf', 'application/pdf', head)).toBe('application/pdf');
    expect(verifiedType('foto.JPG', 'image/jpeg', head)).toBe('image/jpeg');
    expect(verifiedType('surat.pdf', 'application/x-msdownload', head)).toBeNull();
    expect(verifiedType('virus.pdf.exe', 'application/pdf', head)).toBeNull();
    expect(verifiedType('lama.doc', 'application/x-cfb', head)).toBe('application/msword');
    expect(verifiedType('lama.xls', 'application/x-cfb', head)).toBe('application/vnd.ms-excel');
  });

  it('takes undetected files only as text without NUL bytes', () => {
    expect(verifiedType('catatan.txt', undefined, Buffer.from('halo'))).toBe('text/plain');
    expect(verifiedType('data.csv', undefined, Buffer.from('a;b'))).toBe('text/csv');
    expect(verifiedType('skrip.html', undefined, Buffer.from('<script>'))).toBeNull();
    expect(verifiedType('biner.txt', undefined, Buffer.from([0x4d, 0x5a, 0x00, 0x01]))).toBeNull();
  });

  it('never lets a file name climb out of its folder or break a header', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const safe = safeFilename(name);
        expect(safe).not.toMatch(/[\\/"\r\n]/);
        expect(safe.startsWith('.')).toBe(false);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(150);
      }),
    );
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    // Found by this property (seed 273845250): a space before the dot survived the dot-stripping.
    expect(safeFilename(' .')).toBe('berkas');
    expect(safeFilename(' . .env')).toBe('env');
  });
});
