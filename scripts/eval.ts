// Prints the matcher's figures on each held-out question set, and plain fuse.js's for comparison.
import { loadKnowledgeBase } from '../src/core/load-knowledge-base.ts';
import { EVAL_SETS, formatKinds, formatReport, loadEvalSet, runBaseline, runBot, score } from '../tests/eval/evaluate.ts';

const verbose = process.argv.includes('--verbose');
const dirAt = process.argv.indexOf('--faq');
const kb = await loadKnowledgeBase(dirAt > 0 ? (process.argv[dirAt + 1] ?? 'faq') : 'faq');
for (const set of EVAL_SETS) {
  const items = await loadEvalSet(set.path);
  const ours = score(items, runBot(kb));
  const baseline = score(items, runBaseline(kb));
  console.log(`${set.name}: ${set.path}, ${items.length} questions, ${kb.entries.length} entries\n`);
  console.log(formatReport('optout', ours).join('\n'));
  console.log(formatReport('baseline', baseline).join('\n'));
  console.log(`by kind (optout): ${formatKinds(items, ours)}\n`);
  if (verbose) {
    console.log('Misses:');
    for (const { item, outcome } of ours.failures) {
      const got = outcome.kind === 'answer' ? outcome.id : outcome.kind === 'choices' ? `choices(${outcome.ids.join(',')})` : 'none';
      console.log(`  [${item.lang} ${item.kind}] expected ${item.id ?? 'none'}, got ${got}: ${item.q.slice(0, 100).replace(/\n/g, ' ')}`);
    }
    console.log();
  }
}
