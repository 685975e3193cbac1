/** 10 MiB per file: screenshots, scanned letters, log excerpts. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What a service desk receives: documents, images, spreadsheets, text and archives. */
export const ALLOWED_TYPES: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'text/plain': ['txt', 'log'],
  'text/csv': ['csv'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/zip': ['zip'],
};

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'berkas';
  // Leading dots and spaces together: " .env" must not become ".env" once trimmed.
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .slice(-150)
    .replace(/^[ .]+/, '')
    .trim();
  return cleaned || 'berkas';
}

/**
 * The type a file really is: what a maintained detector (file-type) reads from its first bytes,
 * which must be an allowed type matching the name's extension; text files (no magic number)
 * only as text types and only without NUL bytes. Null when the file is refused.
 */
export function verifiedType(filename: string, detectedMime: string | undefined, head: Buffer): string | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (detectedMime === undefined) {
    if (head.includes(0)) return null;
    if (['txt', 'log'].includes(ext)) return 'text/plain';
    return ext === 'csv' ? 'text/csv' : null;
  }
  // Old Office files are OLE compound documents: the extension tells Word from Excel.
  if (detectedMime === 'application/x-cfb') return ext === 'doc' ? 'application/msword' : ext === 'xls' ? 'application/vnd.ms-excel' : null;
  return ALLOWED_TYPES[detectedMime]?.includes(ext) ? detectedMime : null;
}
