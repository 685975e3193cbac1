import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000, ./data and demo data on the embedded engine', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.demo).toBe(true);
  });

  it('takes PORT, HOST and SIGAP_DATA_DIR', () => {
    const c = loadConfig({ PORT: '8080', HOST: '127.0.0.1', SIGAP_DATA_DIR: '/var/lib/sigap' });
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/var/lib/sigap', auditAnchorDir: '/var/lib/sigap/audit-anchors' });
  });

  it('keeps the audit checkpoints where SIGAP_AUDIT_ANCHOR_DIR says', () => {
    expect(loadConfig({ SIGAP_AUDIT_ANCHOR_DIR: '/mnt/jangkar' }).auditAnchorDir).toBe('/mnt/jangkar');
  });

  it('seeds no demo data on a PostgreSQL server unless SIGAP_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/sigap' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/sigap', SIGAP_DEMO: '1' }).demo).toBe(true);
  });

  it('refuses a malformed port', () => {
    expect(() => loadConfig({ PORT: 'tiga ribu' })).toThrow();
  });
});
