// Load benchmark of the real adapters against the strict fake servers (npm run bench:load). Prints figures; not a test.
//
// Two processes, so that the figures separate the bot from its test equipment:
// - this one: the fake Bot API / fake Discord (they validate every payload) and the load driver;
// - a child (scripts/bench-load-bot.ts, run with `node --expose-gc --import tsx`): the real adapter, the real bot
//   over faq/, an info-level logger whose lines are serialized then dropped, and no rate limiter.
// Each platform gets a fresh child. Every run uses "lanes" (private chats, Discord users): a lane asks its next
// question only once the previous one is answered. A saturation run asks at once (throughput); a paced run also
// waits for the question's slot in a fixed overall rate (latency at that rate, queueing kept out of it).
// Knobs for experiments: BENCH_TG_QUESTIONS, BENCH_TG_CHATS, BENCH_TG_RATE, BENCH_DC_INTERACTIONS, BENCH_DC_RATE, BENCH_BOT_PROF.
import { fork, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { render } from '../src/adapters/telegram/render.ts';
import { createBot } from '../src/core/bot.ts';
import type { KnowledgeBase } from '../src/core/entry.ts';
import { LANGS, langFromLocale } from '../src/core/lang.ts';
import { loadKnowledgeBase } from '../src/core/load-knowledge-base.ts';
import { startFakeDiscord, type FakeDiscord, type RecordedCall } from '../tests/discord/fake-discord.ts';
import { APP_ID, TOKEN as DISCORD_TOKEN } from '../tests/discord/fake-payloads.ts';
import { loadEvalSet } from '../tests/eval/evaluate.ts';
import { FakeBotApi, privateChat, TOKEN as TELEGRAM_TOKEN, user, type Call, type User } from '../tests/telegram/fake-bot-api.ts';
import type { BotCommand, BotEvent, Sample } from './bench-load-bot.ts';
import { random } from './synthetic-kb.ts';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const TELEGRAM = {
  questions: env('BENCH_TG_QUESTIONS', 10_000),
  chats: env('BENCH_TG_CHATS', 200),
  warmup: 1_000,
  rate: env('BENCH_TG_RATE', 1_000),
  light: { questions: 2_000, rate: 250 },
} as const;
const DISCORD = { interactions: env('BENCH_DC_INTERACTIONS', 2_000), users: 200, warmup: 400, rate: env('BENCH_DC_RATE', 400) } as const;
const TARGET = { answersPerSecond: 1_000, p99AddedMs: 50, rssGrowthMb: 50 } as const;
/** A run that has not finished by then is cut short, and what is missing is reported as lost. */
const RUN_TIMEOUT_MS = 30_000;
/** After the last answer, how long to keep listening for late duplicates. */
const QUIET_MS = 300;

const MB = 2 ** 20;
const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const mark = (ok: boolean): string => (ok ? '[ok  ]' : '[MISS]');

interface Stats {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}
function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: quantile(sorted, 1) };
}
const latency = (label: string, s: Stats): string => `${label.padEnd(44)} p50 ${fmt(s.p50, 2).padStart(7)} ms  p99 ${fmt(s.p99, 2).padStart(7)} ms  max ${fmt(s.max, 1).padStart(7)} ms`;

// ---------------------------------------------------------------------------------------------------------------
// The bot process

class BotProcess {
  private readonly events: BotEvent[] = [];
  private wake: (() => void) | undefined;
  private exited = false;
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: unknown) => {
      if (typeof m === 'object' && m !== null && 'type' in m) this.events.push(m as BotEvent);
      this.wake?.();
    });
    child.on('exit', () => ((this.exited = true), this.wake?.()));
  }

  /** Spawns the bot process and waits until it has loaded the knowledge base (its first sample). */
  static async spawn(): Promise<{ proc: BotProcess; boot: Sample }> {
    const script = fileURLToPath(new URL('./bench-load-bot.ts', import.meta.url));
    const profile = process.env.BENCH_BOT_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/bench-load-prof'] : [];
    const child = fork(script, [], { execArgv: ['--expose-gc', '--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const proc = new BotProcess(child);
    return { proc, boot: await proc.next('sample', 30_000) };
  }

  private async next<T extends BotEvent['type']>(type: T, timeoutMs: number): Promise<Extract<BotEvent, { type: T }>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const event = this.events.shift();
      if (event?.type === 'failed') throw new Error(`bot process failed: ${event.message}`);
      if (event?.type === type) return event as Extract<BotEvent, { type: T }>;
      if (event) continue;
      if (this.exited) throw new Error(`bot process exited while waiting for "${type}"`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`bot process: no "${type}" within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => (clearTimeout(timer), resolve());
      });
      this.wake = undefined;
    }
  }

  request<T extends BotEvent['type']>(command: BotCommand, reply: T, timeoutMs = 15_000): Promise<Extract<BotEvent, { type: T }>> {
    this.child.send(command);
    return this.next(reply, timeoutMs);
  }

  sample(): Promise<Sample> {
    return this.request({ type: 'sample' }, 'sample');
  }

  async stop(): Promise<void> {
    await this.request({ type: 'stop' }, 'stopped').catch(() => undefined);
    // It exits by itself once stopped; waiting lets it write a --cpu-prof.
    for (let i = 0; i < 60 && !this.exited; i++) await sleep(50);
    if (!this.exited) this.child.kill();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Questions and lanes

/** FR/EN questions: the held-out eval set and the knowledge base's own phrasings, shuffled together. */
async function questionPool(kb: KnowledgeBase): Promise<string[]> {
  const evalQuestions = (await loadEvalSet('tests/eval/questions.yaml')).map((i) => i.q);
  const faqQuestions = kb.entries.flatMap((e) => LANGS.flatMap((lang) => e.text[lang].questions));
  // A leading "/" would make it a command: not what this benchmark is about.
  const pool = [...evalQuestions, ...faqQuestions].filter((q) => !q.trimStart().startsWith('/'));
  const rnd = random(2024);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j] ?? '', pool[i] ?? ''];
  }
  return pool;
}

interface RunSpec {
  readonly name: string;
  readonly lanes: number;
  readonly total: number;
  /** Questions per second over all lanes; none: each lane asks again as soon as it is answered. */
  readonly rate?: number;
  /** Where in the question pool this run starts, so that runs do not all ask the same questions. */
  readonly offset: number;
}

/** Question k of a lane is question (k × lanes + lane) of the run: lanes interleave, and a paced run gives it that slot. */
const slot = (spec: RunSpec, lane: number, k: number): number => k * spec.lanes + lane;

/** Lanes that each ask their next question once the previous one is settled, on the run's pace. */
class Lanes {
  private readonly asked: number[];
  private settledCount = 0;
  private t0 = 0;
  private resolveDone: () => void = () => undefined;
  readonly done = new Promise<void>((resolve) => (this.resolveDone = resolve));

  constructor(
    private readonly spec: RunSpec,
    private readonly ask: (lane: number, index: number) => void,
  ) {
    this.asked = Array<number>(spec.lanes).fill(0);
  }

  get startedAt(): number {
    return this.t0;
  }

  start(): void {
    this.t0 = performance.now();
    for (let lane = 0; lane < this.spec.lanes; lane++) this.next(lane);
  }

  /** The lane's current question got its answer (or was refused): go on. */
  settled(lane: number): void {
    this.settledCount += 1;
    if (this.settledCount === this.spec.total) this.resolveDone();
    this.next(lane);
  }

  private next(lane: number): void {
    const k = this.asked[lane] ?? 0;
    const index = slot(this.spec, lane, k);
    if (index >= this.spec.total) return;
    this.asked[lane] = k + 1;
    const wait = this.spec.rate === undefined ? 0 : this.t0 + (index * 1000) / this.spec.rate - performance.now();
    if (wait >= 1) setTimeout(() => this.ask(lane, index), wait);
    else this.ask(lane, index);
  }
}

interface RunResult {
  readonly spec: RunSpec;
  readonly answered: number;
  readonly lost: number;
  readonly doubled: number;
  readonly refused: number;
  readonly seconds: number;
  readonly timedOut: boolean;
  readonly total: Stats;
  readonly added?: Stats;
  readonly wait?: Stats;
  /** Telegram: answers whose text differs from the prediction; updates getUpdates returned twice. */
  readonly mismatched?: number;
  readonly redelivered?: number;
  readonly otherCalls?: number;
  readonly driverCpuSeconds: number;
  readonly driverLoopP99: number;
  readonly botCpuSeconds: number;
  /** The bot's RSS after the run (after GC). */
  readonly botRss: number;
}

/** Runs lanes to the end (or the timeout), then listens a little longer for duplicates. */
async function drive(lanes: Lanes, proc: BotProcess): Promise<{ timedOut: boolean; driverCpuSeconds: number; driverLoopP99: number; botCpuSeconds: number; botRss: number }> {
  const before = await proc.sample();
  const loop = monitorEventLoopDelay({ resolution: 2 });
  loop.enable();
  const cpu = process.cpuUsage();
  lanes.start();
  const timedOut = await Promise.race([lanes.done.then(() => false), sleep(RUN_TIMEOUT_MS, true, { ref: false })]);
  const used = process.cpuUsage(cpu);
  loop.disable();
  await sleep(QUIET_MS);
  const after = await proc.sample();
  return { timedOut, driverCpuSeconds: (used.user + used.system) / 1e6, driverLoopP99: loop.percentile(99) / 1e6, botCpuSeconds: (after.cpuMicros - before.cpuMicros) / 1e6, botRss: after.rss };
}

// ---------------------------------------------------------------------------------------------------------------
// Telegram

interface TgQuestion {
  readonly lane: number;
  /** The HTML of each message the bot must send, predicted with the same bot and renderer. */
  readonly expected: readonly string[];
  readonly pushedAt: number;
  deliveredAt: number | undefined;
  answeredAt: number | undefined;
  deliveries: number;
  received: number;
  mismatch: boolean;
}

/** What the bot should send for a question, computed once per question and language before the runs. */
class Predictor {
  private readonly cache = new Map<string, readonly string[]>();
  private readonly bot;
  constructor(kb: KnowledgeBase) {
    this.bot = createBot(kb, { defaultLang: 'fr' });
  }
  expected(text: string, languageCode: string | undefined): readonly string[] {
    const key = `${languageCode ?? ''}\u0000${text}`;
    let parts = this.cache.get(key);
    if (!parts) {
      parts = render(this.bot.ask(text, { fallbackLang: langFromLocale(languageCode) }), { mode: 'full' }).map((m) => m.html);
      this.cache.set(key, parts);
    }
    return parts;
  }
}

const languageCode = (u: User): string | undefined => (typeof u.language_code === 'string' ? u.language_code : undefined);

class TelegramRun {
  private readonly byUpdate = new Map<number, TgQuestion>();
  private readonly current = new Map<number, TgQuestion>();
  private readonly questions: TgQuestion[] = [];
  private readonly lanes: Lanes;
  private doubled = 0;
  private refused = 0;

  constructor(
    private readonly spec: RunSpec,
    private readonly fake: FakeBotApi,
    private readonly predictor: Predictor,
    private readonly pool: readonly string[],
    private readonly users: readonly User[],
  ) {
    this.lanes = new Lanes(spec, (lane, index) => this.ask(lane, index));
    // Predict every answer now, so that the driver does no matching while the bot is measured.
    for (let i = 0; i < spec.total; i++) {
      const u = this.users[i % spec.lanes];
      if (u) this.predictor.expected(this.text(i), languageCode(u));
    }
  }

  private text(index: number): string {
    return this.pool[(this.spec.offset + index) % this.pool.length] ?? 'facebook';
  }

  onCall(call: Call): void {
    if (call.method === 'getUpdates' && call.status === 200 && Array.isArray(call.result)) {
      const now = performance.now();
      for (const u of call.result as unknown[]) {
        const id = typeof u === 'object' && u !== null && 'update_id' in u && typeof u.update_id === 'number' ? u.update_id : undefined;
        const q = id === undefined ? undefined : this.byUpdate.get(id);
        if (!q) continue;
        q.deliveries += 1;
        q.deliveredAt ??= now;
      }
      return;
    }
    if (call.method !== 'sendMessage') return;
    const q = this.current.get(Number(call.payload.chat_id));
    if (call.status !== 200) {
      this.refused += 1;
      if (q) this.settle(q, undefined);
      return;
    }
    if (!q || q.received >= q.expected.length) {
      this.doubled += 1;
      return;
    }
    if (call.payload.text !== q.expected[q.received]) q.mismatch = true;
    q.received += 1;
    if (q.received === q.expected.length) this.settle(q, call.at);
  }

  private settle(q: TgQuestion, at: number | undefined): void {
    q.answeredAt = at;
    const chatId = this.users[q.lane]?.id;
    if (chatId !== undefined) this.current.delete(chatId);
    this.lanes.settled(q.lane);
  }

  private ask(lane: number, index: number): void {
    const from = this.users[lane];
    if (!from) return;
    const text = this.text(index);
    const expected = this.predictor.expected(text, languageCode(from));
    const update = this.fake.push(this.fake.textUpdate({ chat: privateChat(from), from, text }));
    const q: TgQuestion = { lane, expected, pushedAt: performance.now(), deliveredAt: undefined, answeredAt: undefined, deliveries: 0, received: 0, mismatch: false };
    if (typeof update.update_id === 'number') this.byUpdate.set(update.update_id, q);
    this.current.set(from.id, q);
    this.questions.push(q);
  }

  async run(proc: BotProcess): Promise<RunResult> {
    const measured = await drive(this.lanes, proc);
    const total: number[] = [];
    const added: number[] = [];
    const wait: number[] = [];
    let lastAnswer = this.lanes.startedAt;
    for (const q of this.questions) {
      if (q.answeredAt === undefined) continue;
      lastAnswer = Math.max(lastAnswer, q.answeredAt);
      total.push(q.answeredAt - q.pushedAt);
      if (q.deliveredAt !== undefined) {
        added.push(q.answeredAt - q.deliveredAt);
        wait.push(q.deliveredAt - q.pushedAt);
      }
    }
    return {
      spec: this.spec,
      answered: total.length,
      lost: this.spec.total - total.length,
      doubled: this.doubled,
      refused: this.refused,
      seconds: (lastAnswer - this.lanes.startedAt) / 1000,
      total: stats(total),
      added: stats(added),
      wait: stats(wait),
      mismatched: this.questions.filter((q) => q.mismatch).length,
      redelivered: this.questions.filter((q) => q.deliveries > 1).length,
      ...measured,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Discord

interface DcInteraction {
  readonly lane: number;
  readonly pushedAt: number;
  answeredAt: number | undefined;
  accepted: number;
  refused: number;
}

const CALLBACK = /^api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/;

class DiscordRun {
  private readonly byId = new Map<string, DcInteraction>();
  private readonly lanes: Lanes;
  private doubled = 0;
  private refused = 0;
  private otherCalls = 0;

  constructor(
    private readonly spec: RunSpec,
    private readonly fake: FakeDiscord,
    private readonly pool: readonly string[],
  ) {
    this.lanes = new Lanes(spec, (lane, index) => this.ask(lane, index));
  }

  onCall(call: RecordedCall): void {
    const id = call.method === 'POST' ? CALLBACK.exec(call.path)?.[1] : undefined;
    const i = id === undefined ? undefined : this.byId.get(id);
    if (!i) {
      this.otherCalls += 1;
      return;
    }
    if (call.status >= 300) {
      i.refused += 1;
      this.refused += 1;
    } else {
      i.accepted += 1;
      if (i.accepted > 1) this.doubled += 1;
      else i.answeredAt = call.at;
    }
    if (i.accepted + i.refused === 1) this.lanes.settled(i.lane);
  }

  private ask(lane: number, index: number): void {
    const question = this.pool[(this.spec.offset + index) % this.pool.length] ?? 'facebook';
    const pushedAt = performance.now();
    const options = [{ name: 'question', type: 3 as const, value: question }];
    const id = this.fake.interact({ kind: 'command', name: 'ask', locale: lane % 2 === 0 ? 'fr' : 'en-US', dm: lane % 4 === 3, options });
    this.byId.set(id, { lane, pushedAt, answeredAt: undefined, accepted: 0, refused: 0 });
  }

  async run(proc: BotProcess): Promise<RunResult> {
    const measured = await drive(this.lanes, proc);
    const answered = [...this.byId.values()].flatMap((i) => (i.answeredAt === undefined ? [] : [{ ...i, answeredAt: i.answeredAt }]));
    const lastAnswer = answered.reduce((m, i) => Math.max(m, i.answeredAt), this.lanes.startedAt);
    return {
      spec: this.spec,
      answered: answered.length,
      lost: this.spec.total - answered.length,
      doubled: this.doubled,
      refused: this.refused,
      seconds: (lastAnswer - this.lanes.startedAt) / 1000,
      total: stats(answered.map((i) => i.answeredAt - i.pushedAt)),
      otherCalls: this.otherCalls,
      ...measured,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function report(r: RunResult): void {
  const s = r.spec;
  const how = s.rate === undefined ? 'saturation: each lane asks again at once' : `paced at ${s.rate}/s`;
  console.log(`  ${s.name} (${how}, ${s.lanes} lanes)${r.timedOut ? `  TIMED OUT after ${RUN_TIMEOUT_MS / 1000} s` : ''}`);
  console.log(`    ${r.answered}/${s.total} answered in ${fmt(r.seconds, 2)} s = ${fmt(r.answered / r.seconds, 0)} answers/s`);
  const extra = r.mismatched === undefined ? '' : `; text unlike the prediction ${r.mismatched}; updates delivered twice ${r.redelivered ?? 0}`;
  const other = r.otherCalls ? `; other REST calls ${r.otherCalls}` : '';
  console.log(`    exactly once: lost ${r.lost}, doubled ${r.doubled}, refused by the fake ${r.refused}${extra}${other}`);
  console.log(`    ${latency(r.added ? 'update pushed -> sendMessage at the fake' : 'INTERACTION_CREATE sent -> callback at fake', r.total)}`);
  if (r.added) console.log(`    ${latency('  added by the bot (getUpdates reply -> it)', r.added)}`);
  if (r.wait) console.log(`    ${latency('  waiting for the bot to poll it', r.wait)}`);
  const pct = (cpu: number): string => `${fmt((100 * cpu) / r.seconds, 0)}%`;
  console.log(`    CPU time / wall: bot ${fmt(r.botCpuSeconds, 2)} s (${pct(r.botCpuSeconds)}), fake + driver ${fmt(r.driverCpuSeconds, 2)} s (${pct(r.driverCpuSeconds)}); fake's event-loop delay p99 ${fmt(r.driverLoopP99, 1)} ms; bot RSS after ${fmt(r.botRss / MB)} MB`);
}

const memory = (s: Sample): string => `RSS ${fmt(s.rss / MB)} MB (heap ${fmt(s.heapUsed / MB)} MB)`;

function memoryReport(boot: Sample, start: Sample, end: Sample): number {
  const growth = (end.rss - start.rss) / MB;
  console.log(`  memory${end.gc ? ' (after full GCs)' : ' (no --expose-gc: without GC)'}: KB loaded ${memory(boot)}; adapter started ${memory(start)}; after all runs ${memory(end)}; peak ${fmt(end.peakRss / MB)} MB`);
  return growth;
}

// ---------------------------------------------------------------------------------------------------------------
// Main

const wallStart = performance.now();
const kb = await loadKnowledgeBase('faq');
const pool = await questionPool(kb);
console.log(`bench:load  node ${process.version}, 2 processes on ${(await import('node:os')).availableParallelism()} cores; ${kb.entries.length} topics; ${pool.length} distinct FR/EN questions (eval set + faq phrasings)`);
console.log('bot: child process (real adapter, real bot, info logs serialized then dropped, no rate limiter); fakes + load driver: this process\n');

{
  console.log(`TELEGRAM  real telegraf long polling -> fake Bot API (127.0.0.1); ${TELEGRAM.chats} private chats, users fr / en / no language`);
  console.log('  latency: from the push into the fake\'s queue (a held getUpdates is woken at once) to the fake receiving the sendMessage;');
  console.log('  "added by the bot" starts when the fake writes the getUpdates reply carrying the update: it includes two loopback');
  console.log('  hops and the fake\'s delay in reading the request (see its event-loop delay). Answers of 2+ messages count at the last.');
  const predictor = new Predictor(kb);
  const fake = await FakeBotApi.start();
  const { proc, boot } = await BotProcess.spawn();
  let current: TelegramRun | undefined;
  fake.onCall = (call) => current?.onCall(call);
  const langs = ['fr', 'en', undefined] as const;
  const users = Array.from({ length: TELEGRAM.chats }, (_, i) => user(500_000 + i, langs[i % 3]));
  const runTelegram = async (spec: RunSpec): Promise<RunResult> => {
    fake.calls.splice(0); // the fake keeps every call; the driver reads them as they come, through onCall
    current = new TelegramRun(spec, fake, predictor, pool, users);
    const r = await current.run(proc);
    current = undefined;
    return r;
  };
  try {
    const started = await proc.request({ type: 'start', platform: 'telegram', token: TELEGRAM_TOKEN, apiRoot: fake.apiRoot }, 'started');
    await fake.waitForHeldPoll();
    const start = await proc.sample();
    console.log(`  adapter started in ${fmt(started.ms, 0)} ms (getMe, 2 x setMyCommands, deleteWebhook, first poll)`);
    const lanes = TELEGRAM.chats;
    report(await runTelegram({ name: 'warm-up', lanes, total: TELEGRAM.warmup, offset: 0 }));
    const saturation = await runTelegram({ name: 'A. throughput', lanes, total: TELEGRAM.questions, offset: 1000 });
    report(saturation);
    const paced = await runTelegram({ name: 'B. latency at the target rate', lanes, total: TELEGRAM.questions, rate: TELEGRAM.rate, offset: 3000 });
    report(paced);
    const light = await runTelegram({ name: 'C. latency under light load', lanes, total: TELEGRAM.light.questions, rate: TELEGRAM.light.rate, offset: 5000 });
    report(light);
    const growth = memoryReport(boot, start, await proc.sample());
    const rate = saturation.answered / saturation.seconds;
    const exact = [saturation, paced, light].every((r) => r.lost === 0 && r.doubled === 0 && r.refused === 0);
    console.log('  targets:');
    console.log(`    ${mark(rate >= TARGET.answersPerSecond)} throughput >= ${TARGET.answersPerSecond} answers/s: ${fmt(rate, 0)} (A)`);
    console.log(`    ${mark((paced.added?.p99 ?? Infinity) < TARGET.p99AddedMs)} p99 added by the bot < ${TARGET.p99AddedMs} ms at ${TELEGRAM.rate}/s: ${fmt(paced.added?.p99 ?? NaN, 2)} ms (B; ${fmt(light.added?.p99 ?? NaN, 2)} ms at ${TELEGRAM.light.rate}/s in C, ${fmt(saturation.added?.p99 ?? NaN, 1)} ms at saturation in A)`);
    console.log(`    ${mark(growth < TARGET.rssGrowthMb)} RSS growth < ${TARGET.rssGrowthMb} MB: ${fmt(growth)} MB from adapter start to the end (${TELEGRAM.warmup + 2 * TELEGRAM.questions + TELEGRAM.light.questions} questions)`);
    console.log(`    ${mark(exact)} every question answered exactly once (A, B, C)`);
  } finally {
    current = undefined;
    await proc.stop();
    await fake.stop();
  }
}

{
  console.log(`\nDISCORD  real discord.js gateway + REST -> fake Discord (127.0.0.1); /ask from ${DISCORD.users} lanes, fr / en-US locales, 1 in 4 in DMs`);
  console.log('  latency: from the fake writing INTERACTION_CREATE on the gateway socket to it receiving the interaction callback (type 4).');
  let current: DiscordRun | undefined;
  const fake = await startFakeDiscord({ onCall: (call) => current?.onCall(call) });
  const { proc, boot } = await BotProcess.spawn();
  const runDiscord = async (spec: RunSpec): Promise<RunResult> => {
    current = new DiscordRun(spec, fake, pool);
    const r = await current.run(proc);
    current = undefined;
    return r;
  };
  try {
    const started = await proc.request({ type: 'start', platform: 'discord', token: DISCORD_TOKEN, applicationId: APP_ID, apiRoot: fake.api }, 'started');
    const start = await proc.sample();
    console.log(`  adapter logged in and ready in ${fmt(started.ms, 0)} ms`);
    const lanes = DISCORD.users;
    report(await runDiscord({ name: 'warm-up', lanes, total: DISCORD.warmup, offset: 0 }));
    const saturation = await runDiscord({ name: 'A. throughput', lanes, total: DISCORD.interactions, offset: 1000 });
    report(saturation);
    const paced = await runDiscord({ name: 'B. latency at a moderate rate', lanes, total: DISCORD.interactions, rate: DISCORD.rate, offset: 3000 });
    report(paced);
    const growth = memoryReport(boot, start, await proc.sample());
    const exact = [saturation, paced].every((r) => r.lost === 0 && r.doubled === 0 && r.refused === 0);
    console.log('  targets (the latency and memory ones, applied to Discord; no polling there, so end to end is what the bot adds):');
    console.log(`    ${mark(paced.total.p99 < TARGET.p99AddedMs)} p99 < ${TARGET.p99AddedMs} ms at ${DISCORD.rate}/s: ${fmt(paced.total.p99, 2)} ms (B; ${fmt(saturation.total.p99, 1)} ms at saturation in A)`);
    console.log(`    ${mark(growth < TARGET.rssGrowthMb)} RSS growth < ${TARGET.rssGrowthMb} MB: ${fmt(growth)} MB`);
    console.log(`    ${mark(exact)} every interaction answered exactly once (A, B)`);
  } finally {
    current = undefined;
    await proc.stop();
    await fake.stop();
  }
}

console.log(`\ntotal wall time ${fmt((performance.now() - wallStart) / 1000, 1)} s`);
