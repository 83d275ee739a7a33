import { renderLetterPdf } from './lib/letters/render-pdf';
const para = '私は、貴社との間で締結した出演契約（以下「本契約」といいます。）を、本書面をもって解除します。'.repeat(4);
const letter = { title: '通知書', paragraphs: [para], date: '令和7年1月10日', sender: { name: '山田' }, recipient: { name: '株式会社' } };
for (let i = 0; i < 4; i++) { const t = performance.now(); await renderLetterPdf(letter, { layout: 'naiyou-vertical' }); console.log('v', Math.round(performance.now()-t)); }
