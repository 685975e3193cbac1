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

/** Refuses a type that is not allowed or whose extension does not match it. */
export function checkAttachment(filename: string, contentType: string): 'attachment.type' | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const allowed = ALLOWED_TYPES[contentType.toLowerCase().split(';')[0]!.trim()];
  return allowed?.includes(ext) ? null : 'attachment.type';
}

/** Magic numbers of the binary types, so a renamed executable is not stored as a PDF. */
export function contentMatchesType(head: Buffer, contentType: string): boolean {
  const starts = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
  switch (contentType) {
    case 'application/pdf':
      return starts([0x25, 0x50, 0x44, 0x46]);
    case 'image/png':
      return starts([0x89, 0x50, 0x4e, 0x47]);
    case 'image/jpeg':
      return starts([0xff, 0xd8, 0xff]);
    case 'image/gif':
      return starts([0x47, 0x49, 0x46, 0x38]);
    case 'image/webp':
      return starts([0x52, 0x49, 0x46, 0x46]);
    case 'application/zip':
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    case 'application/vnd.oasis.opendocument.text':
    case 'application/vnd.oasis.opendocument.spreadsheet':
      return starts([0x50, 0x4b]);
    default:
      return true;
  }
}
