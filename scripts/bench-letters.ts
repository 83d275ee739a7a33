/**
 * Benchmark: N notices (default 200) rendered to PDF in one process, each about 1,500 characters of varied
 * Japanese text, against the same notices with Latin text of the same length (baseline: same renderer and font,
 * no CJK line breaking, few distinct glyphs). Then the 内容証明 plain-text layout of the same letters against a
 * JSON.stringify of each letter (baseline). The first render (font loading) is reported apart. The two PDF
 * loops alternate letter by letter so that a busy machine slows both alike. Prints figures; never fails on time.
 * Env: BENCH_N (default 200).
 */
import { layoutNaiyou, composeNaiyouText } from "../lib/letters/naiyou-layout";
import { renderLetterPdf, type LetterContent } from "../lib/letters/render-pdf";

const N = Math.max(1, Number(process.env.BENCH_N ?? 200) || 200);

const SENTENCES = [
  "私は、貴社との間で締結した出演契約（以下「本契約」といいます。）を、本書面をもって解除します。",
  "本契約第12条に定める違約金の請求には、消費者契約法第9条により応じかねます。",
  "貴社が管理する配信サイト及び関連するSNSアカウントに掲載された私の画像・動画を、直ちに削除してください。",
  "未払いとなっている報酬（令和6年10月分から12月分まで、合計金312,500円）を、指定の口座へお支払いください。",
  "今後、私及び私の家族への電話・訪問・メッセージ等による連絡は、一切お控えください。",
  "本書到達後14日以内に誠意あるご対応がない場合には、法的措置を講ずる所存です。",
  "貸与されていた機材（Webカメラ1台、照明2台、マイク1本）は、別途宅配便にて返送いたします。",
  "退所の申し出は、令和7年1月5日に電話で行っており、その際に担当者の了承を得ております。",
  "肖像権及びプライバシー権に基づき、私を特定し得る一切の情報の利用停止を求めます。",
  "なお、本件に関するご連絡は、書面にて下記の住所宛てにお願いいたします。",
  "①配信データの削除、②報酬の支払、③連絡の停止、以上三点を求めます。",
  "契約書の写しを交付するよう、これまで再三にわたり求めてまいりましたが、いまだ交付を受けておりません。",
];
const NAMES = ["山田花子", "佐藤みゆき", "鈴木あや", "高橋さくら", "田中りな", "伊藤ゆい", "渡辺まい", "中村かな"];
const LATIN = "The agreement between us is hereby terminated with immediate effect, and all recordings must be deleted. ";

function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31);
}

function japaneseLetter(i: number): LetterContent {
  const next = seeded(i + 1);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 1500) {
    const p = Array.from({ length: 2 + (next() % 4) }, () => SENTENCES[next() % SENTENCES.length]).join("");
    paragraphs.push(`　${p}`);
    length += p.length;
  }
  return {
    title: i % 2 === 0 ? "通知書" : "催告書",
    paragraphs,
    date: `令和7年${1 + (i % 12)}月${1 + (i % 28)}日`,
    sender: { address: `東京都新宿区西新宿${1 + (i % 8)}丁目${1 + (i % 20)}番${1 + (i % 9)}号`, name: NAMES[i % NAMES.length] },
    recipient: { address: "大阪府大阪市北区梅田一丁目1番1号", name: `株式会社サンプル${i % 10}プロダクション 御中` },
    footnote: "本書の控えは大切に保管してください。",
  };
}

function latinLetter(letter: LetterContent): LetterContent {
  const length = letter.paragraphs.reduce((sum, p) => sum + p.length, 0);
  const body = LATIN.repeat(Math.ceil(length / LATIN.length)).slice(0, length);
  return {
    title: "NOTICE",
    paragraphs: body.match(/.{1,400}/g) ?? [],
    date: "January 10, 2025",
    sender: { address: "2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo", name: "Hanako Yamada" },
    recipient: { address: "1-1-1 Umeda, Kita-ku, Osaka", name: "Sample Production Inc." },
    footnote: "Keep a copy of this letter.",
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const sortNum = (values: number[]) => [...values].sort((a, b) => a - b);
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function timePdf(letter: LetterContent): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const pdf = await renderLetterPdf(letter);
  return { ms: performance.now() - start, bytes: pdf.length };
}

async function main() {
  const letters = Array.from({ length: N }, (_, i) => japaneseLetter(i));
  const latin = letters.map(latinLetter);
  const chars = letters.map((l) => l.paragraphs.join("").length);

  const first = await timePdf(letters[0]);
  await timePdf(latin[0]);
  const ja: { ms: number; bytes: number }[] = [];
  const en: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < N; i++) {
    ja.push(await timePdf(letters[i]));
    en.push(await timePdf(latin[i]));
  }

  const texts = letters.map((l) => composeNaiyouText({ ...l, body: l.paragraphs.join("\n"), sender: l.sender ?? {}, recipient: l.recipient ?? {} }));
  for (const t of texts.slice(0, 20)) layoutNaiyou(t, { grid: "20x26" }); // warm-up
  const layoutUs: number[] = [];
  const jsonUs: number[] = [];
  let pages = 0;
  for (let i = 0; i < N; i++) {
    let start = performance.now();
    pages += layoutNaiyou(texts[i], { grid: "20x26" }).pages;
    layoutUs.push((performance.now() - start) * 1000);
    start = performance.now();
    JSON.stringify(letters[i]);
    jsonUs.push((performance.now() - start) * 1000);
  }

  const jaMs = sortNum(ja.map((r) => r.ms));
  const enMs = sortNum(en.map((r) => r.ms));
  const jaKb = sortNum(ja.map((r) => r.bytes / 1024));
  const enKb = sortNum(en.map((r) => r.bytes / 1024));
  const lay = sortNum(layoutUs);
  const json = sortNum(jsonUs);
  const c = sortNum(chars);
  console.log(`letters bench: ${N} notices, ${c[0]}–${c.at(-1)} characters of body each (median ${quantile(c, 0.5)}), Node ${process.version}`);
  console.log(`first render (font loading): ${fmt(first.ms)} ms`);
  console.log(
    `PDF, Japanese notice:   p50 ${fmt(quantile(jaMs, 0.5))} ms  p95 ${fmt(quantile(jaMs, 0.95))} ms  max ${fmt(jaMs.at(-1)!)} ms   size min ${fmt(jaKb[0])} / median ${fmt(quantile(jaKb, 0.5))} / max ${fmt(jaKb.at(-1)!)} KB`,
  );
  console.log(
    `PDF, Latin baseline:    p50 ${fmt(quantile(enMs, 0.5))} ms  p95 ${fmt(quantile(enMs, 0.95))} ms  max ${fmt(enMs.at(-1)!)} ms   size min ${fmt(enKb[0])} / median ${fmt(quantile(enKb, 0.5))} / max ${fmt(enKb.at(-1)!)} KB`,
  );
  console.log(
    `  ratio Japanese / Latin: p50 ×${fmt(quantile(jaMs, 0.5) / quantile(enMs, 0.5), 2)}  p95 ×${fmt(quantile(jaMs, 0.95) / quantile(enMs, 0.95), 2)}`,
  );
  console.log(
    `内容証明 layout (20x26): p50 ${fmt(quantile(lay, 0.5), 0)} µs  p95 ${fmt(quantile(lay, 0.95), 0)} µs   (${fmt(pages / N, 2)} pages a letter on average)`,
  );
  console.log(
    `JSON.stringify baseline: p50 ${fmt(quantile(json, 0.5), 0)} µs  p95 ${fmt(quantile(json, 0.95), 0)} µs   ratio p50 ×${fmt(quantile(lay, 0.5) / Math.max(quantile(json, 0.5), 0.001), 0)}`,
  );
  console.log(`peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
