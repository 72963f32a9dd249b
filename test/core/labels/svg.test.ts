import { findLayout, labelPageSvgs, labelPrintHtml, layoutLabels, pdfPages, type QrMatrix } from '../../../src/core/labels';

const qr: QrMatrix = { size: 21, isDark: (r, c) => (r * 7 + c * 3) % 5 === 0 };
const layout = (() => {
  const r = findLayout('a4-3x8');
  if (!r.ok) throw new Error('layout');
  return r.layout;
})();
const items = [1, 2, 3].map((i) => ({ row: i + 3, code: `ZX-${i}`, payload: `ZX-${i}`, name: i === 2 ? '<script>alert(1)</script>' : '课桌', category: '', department: '初一(3)班', location: '', acquiredOn: '', quantity: 1 }));

test('the print view draws the PDF\'s shapes in mm, text escaped, page size for the printer', () => {
  const made = layoutLabels(layout, items, () => ({ qr }), { locale: 'zh-CN', school: '青山县第一中学' });
  if (!made.ok) throw new Error(made.problem.kind);
  const [svg] = labelPageSvgs(made.run);
  const shapes = pdfPages(made.run)[0]?.shapes ?? [];
  expect(svg).toContain('width="210mm" height="297mm" viewBox="0 0 210 297"');
  expect((svg?.match(/<rect /g) ?? []).length).toBe(shapes.filter((s) => s.kind === 'rect').length);
  expect((svg?.match(/<text /g) ?? []).length).toBe(shapes.filter((s) => s.kind === 'text').length);
  expect(svg).not.toContain('<script>');
  expect(svg).toContain('&#60;script&#62;');
  const html = labelPrintHtml(made.run, '标签 <1>');
  expect(html).toContain('@page{size:210mm 297mm;margin:0}');
  expect(html).toContain('<title>标签 &#60;1&#62;</title>');
});
