import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults: port 3000 on 127.0.0.1 with the embedded database in ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('./data') });
    expect(config.bootstrapAdmin).toBeNull();
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/consort' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/consort',
      poolSize: 10,
    });
  });

  it('names each bad variable, what it must be and what it got (hiding passwords)', () => {
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        CONSORT_ADMIN_EMAIL: 'admin@x.io',
        CONSORT_ADMIN_PASSWORD: 'short',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT must be a number (got "abc")');
      expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")');
      expect(message).toContain('CONSORT_ADMIN_PASSWORD must be at least 12 characters (got "***")');
      expect(message).toContain('LOG_LEVEL must be one of');
      expect(message).not.toContain('short');
    }
  });

  it('wants both CONSORT_ADMIN_* variables or neither', () => {
    expect(() => loadConfig({ CONSORT_ADMIN_EMAIL: 'a@b.io' })).toThrow(/CONSORT_ADMIN_PASSWORD must be set together/);
    expect(
      loadConfig({ CONSORT_ADMIN_EMAIL: 'A@B.io', CONSORT_ADMIN_PASSWORD: 'long enough pass' }).bootstrapAdmin,
    ).toMatchObject({
      email: 'a@b.io',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('builds links from CONSORT_PUBLIC_URL, or from HOST and PORT', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ CONSORT_PUBLIC_URL: 'https://partners.example.com/' }).publicUrl).toBe('https://partners.example.com');
    expect(() => loadConfig({ CONSORT_PUBLIC_URL: 'partners.example.com' })).toThrow(/CONSORT_PUBLIC_URL must be an http/);
  });

  it('sends mail over SMTP_URL from MAIL_FROM, and checks both', () => {
    expect(loadConfig({}).mail.smtpUrl).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail.example.com:587', MAIL_FROM: 'Acme <partners@acme.example>' }).mail).toEqual({
      smtpUrl: 'smtp://u:p@mail.example.com:587',
      from: 'Acme <partners@acme.example>',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com' })).toThrow(/MAIL_FROM must be set when SMTP_URL is/);
    expect(() => loadConfig({ SMTP_URL: 'http://u:secret@mail.example.com' })).toThrow(/got "http:\/\/u:\*\*\*@mail/);
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM must be an address/);
  });
});

describe('file storage settings', () => {
  it('keeps files under the data folder by default, also with PostgreSQL', () => {
    const dir = path.resolve('./data/files');
    expect(loadConfig({}).files).toEqual({ kind: 'local', dir, incomingDir: path.join(dir, '.incoming') });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/consort', CONSORT_DATA_DIR: '/srv/consort' }).files).toMatchObject({
      kind: 'local',
      dir: '/srv/consort/files',
    });
    expect(loadConfig({ CONSORT_FILES_DIR: '/mnt/files' }).files).toMatchObject({ kind: 'local', dir: '/mnt/files' });
  });

  it('uses an S3-compatible bucket when CONSORT_S3_BUCKET is set', () => {
    expect(
      loadConfig({
        CONSORT_S3_BUCKET: 'consort-files',
        CONSORT_S3_ENDPOINT: 'http://minio:9000',
        CONSORT_S3_FORCE_PATH_STYLE: 'true',
      }).files,
    ).toMatchObject({
      kind: 's3',
      bucket: 'consort-files',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      forcePathStyle: true,
    });
    expect(() => loadConfig({ CONSORT_S3_BUCKET: 'Not A Bucket' })).toThrow(/CONSORT_S3_BUCKET must be an S3 bucket name/);
    expect(() => loadConfig({ CONSORT_S3_BUCKET: 'files', CONSORT_S3_ENDPOINT: 'ftp://x' })).toThrow(/CONSORT_S3_ENDPOINT/);
  });
});
