import { describe, expect, it } from 'vitest';
import {
  checkWebhookUrl,
  DEFAULT_RETRY_SCHEDULE,
  isEventTypePattern,
  isPublicAddress,
  matchesEventType,
  retryDelaySeconds,
  shouldDisable,
} from './webhooks.rules.js';

describe('a subscription names events exactly, by prefix, or all of them', () => {
  it.each([
    ['the exact name matches', ['partner.created'], 'partner.created', true],
    ['another name of the same record does not', ['partner.created'], 'partner.deleted', false],
    ['a prefix matches every event under it', ['partner.*'], 'partner.stage_changed', true],
    ['a prefix does not match a longer record name', ['partner.*'], 'partner_contact.created', false],
    ['* matches everything', ['*'], 'fx_rate.updated', true],
  ])('%s', (_rule, patterns, name, expected) => {
    expect(matchesEventType(patterns, name)).toBe(expected);
  });

  it.each([
    ['partner.created', true],
    ['partner.*', true],
    ['*', true],
    ['deal_registration.approved', true],
    ['Partner.Created', false],
    ['partner', false],
    ['partner.', false],
    ['*.created', false],
    ['partner.**', false],
  ])('%s is a valid pattern: %s', (pattern, ok) => {
    expect(isEventTypePattern(pattern)).toBe(ok);
  });
});

describe('a target URL is http or https, with a host and no credentials', () => {
  it.each([
    ['https://crm.example/hooks', true],
    ['http://127.0.0.1:8080/in', true],
    ['ftp://crm.example/hooks', false],
    ['https://user:pass@crm.example/hooks', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(checkWebhookUrl(url).ok).toBe(ok);
  });
});

describe('only public addresses are webhook targets unless private ones are allowed', () => {
  it.each([
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['not an address', false],
  ])('%s → %s', (address, ok) => {
    expect(isPublicAddress(address)).toBe(ok);
  });
});

describe('retries back off for more than a day, then the delivery fails', () => {
  it('the default schedule waits more than 24 hours in all', () => {
    expect(DEFAULT_RETRY_SCHEDULE.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 3600);
  });
  it('each wait gets at most 10% jitter', () => {
    expect(retryDelaySeconds([300], 1, 0)).toBe(300);
    expect(retryDelaySeconds([300], 1, 0.999)).toBeLessThan(330);
  });
  it('after the last wait there is no next attempt', () => {
    expect(retryDelaySeconds([5, 300], 3, 0.5)).toBeNull();
  });
});

describe('a subscription is disabled only when its receiver failed all along', () => {
  const created = new Date('2026-11-01T00:00:00Z');
  it.each([
    ['never succeeded: disabled', { lastSuccessAt: null }, true],
    ['last success before the event: disabled', { lastSuccessAt: new Date('2026-10-31T00:00:00Z') }, true],
    ['accepted other events since: one poison message, stays on', { lastSuccessAt: new Date('2026-11-02T00:00:00Z') }, false],
    ['a manual redelivery never disables', { lastSuccessAt: null, manual: true }, false],
    ['a test event never disables', { lastSuccessAt: null, eventType: 'webhook.test' }, false],
  ])('%s', (_rule, input, expected) => {
    expect(shouldDisable({ manual: false, eventType: 'partner.created', deliveryCreatedAt: created, ...input })).toBe(expected);
  });
});
