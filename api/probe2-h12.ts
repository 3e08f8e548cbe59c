import { loadTriageEngine } from '@telemed/triage-model';
async function main() {
  const e = await loadTriageEngine();
  const [text, ...steps] = process.argv.slice(2);
  let s = e.start({ ageMonths: 456, sex: 'female', complaintText: text!, locale: 'en' });
  console.log('first', e.nextQuestion(s)?.findingId);
  for (const st of steps) {
    const q = e.nextQuestion(s);
    if (st.startsWith('C:')) { const [f, v] = st.slice(2).split('='); s = e.answer(s, f!, v as 'yes'); }
    else { if (!q) break; s = e.answer(s, q.findingId, st as 'yes'); }
    const n = e.nextQuestion(s);
    console.log(st, '->', n?.findingId, n?.reason, n?.reaskOf ?? '', n?.number, 'asked', s.asked.length);
  }
  const r = await e.result(s);
  console.log(r.urgency, r.redFlags.map((f) => f.id + ':' + f.confirmed), (r as any).reasons.map((x: any) => x.kind + ':' + x.findingIds));
}
main();
