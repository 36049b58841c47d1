import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entry, startHarness, type Harness } from './harness.ts';
import { embed } from './payload.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ fake: { heartbeatInterval: 200 } });
});
afterAll(async () => {
  await h?.close();
});

const ask = (question: string): string =>
  h.fake.interact({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: question }] });
const count = (kind: string): number => h.fake.gatewayEvents.filter((e) => e.kind === kind).length;
const callbackCalls = (id: string) => h.fake.calls.filter((c) => c.path.startsWith(`api/v10/interactions/${id}/`));

describe('gateway and REST faults', () => {
  it('resumes after a gateway RECONNECT and answers the next interaction', async () => {
    const resumes = count('resume');
    h.fake.gateway.reconnect();
    await h.fake.waitFor('a RESUME', () => count('resume') > resumes, 5000);
    const res = await h.fake.waitForResponse(ask('how do I object on whatsapp?'));
    expect(embed(res.data).title).toBe(entry(h.kb, 'whatsapp-objection').text.en.title);
    expect(count('identify')).toBe(1);
    expect(h.adapter.connected()).toBe(true);
  });

  it('resumes after a dropped socket and answers the interaction sent meanwhile', async () => {
    const resumes = count('resume');
    h.fake.gateway.drop();
    await h.fake.waitFor('the client to notice', () => !h.adapter.connected() || count('resume') > resumes);
    const id = ask('how do I object on whatsapp?');
    await h.fake.waitFor('a RESUME', () => count('resume') > resumes, 5000);
    const res = await h.fake.waitForResponse(id, 1, 3000);
    expect(embed(res.data).title).toBe(entry(h.kb, 'whatsapp-objection').text.en.title);
    expect(count('identify')).toBe(1);
  });

  it('resumes after an abnormal close code', async () => {
    const resumes = count('resume');
    h.fake.gateway.closeWith(4000);
    await h.fake.waitFor('a RESUME', () => count('resume') > resumes, 5000);
    const res = await h.fake.waitForResponse(ask('whatsapp'));
    expect(res.type).toBe(4);
  });

  it('waits out a 429 with retry_after and delivers the reply exactly once', async () => {
    h.fake.fail({ path: /^interactions\/\d+\/[^/]+\/callback$/, status: 429, times: 1, retryAfter: 0.25 });
    const started = Date.now();
    const id = ask('how do I object on whatsapp?');
    const res = await h.fake.waitForResponse(id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(callbackCalls(id).map((c) => c.status)).toEqual([429, 204]);
    expect(h.fake.accepted(id).length).toBe(1);
    expect(res.type).toBe(4);
  });

  it('retries a 500 and delivers the reply exactly once', async () => {
    h.fake.fail({ path: /^interactions\/\d+\/[^/]+\/callback$/, status: 500, times: 1 });
    const id = ask('how do I object on whatsapp?');
    await h.fake.waitForResponse(id);
    expect(callbackCalls(id).map((c) => c.status)).toEqual([500, 204]);
    expect(h.fake.accepted(id).length).toBe(1);
  });

  it('keeps heartbeating through it all, with no zombie reconnect', async () => {
    await h.fake.waitFor('a few heartbeats', () => count('heartbeat') >= 2, 2000);
    expect(count('connect')).toBe(4);
    expect(count('identify')).toBe(1);
  });
});
