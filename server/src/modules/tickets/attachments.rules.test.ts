import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAttachment, contentMatchesType, safeFilename } from './attachments.rules';

describe('attachments', () => {
  it('accepts allowed types with matching extensions only', () => {
    expect(checkAttachment('surat.pdf', 'application/pdf')).toBeNull();
    expect(checkAttachment('foto.JPG', 'image/jpeg')).toBeNull();
    expect(checkAttachment('virus.exe', 'application/pdf')).toBe('attachment.type');
    expect(checkAttachment('skrip.html', 'text/html')).toBe('attachment.type');
  });

  it('checks the content of binary types', () => {
    expect(contentMatchesType(Buffer.from('%PDF-1.7'), 'application/pdf')).toBe(true);
    expect(contentMatchesType(Buffer.from('MZ\x90\x00'), 'application/pdf')).toBe(false);
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
