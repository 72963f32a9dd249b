import { NATURE_WORDS, recognizeNature } from '../../../src/core/compensation/nature';

describe('recognizeNature', () => {
  it.each([
    ['自然损耗', 'natural'],
    ['自然损坏', 'natural'],
    ['老化', 'natural'],
    ['正常损耗', 'natural'],
    ['使用年久自然老化', 'natural'],
    ['非人为损坏', 'natural'],
    ['人为', 'accidental'],
    ['人为损坏', 'accidental'],
    ['不慎', 'accidental'],
    ['不慎碰坏', 'accidental'],
    ['无意', 'accidental'],
    ['意外', 'accidental'],
    ['非故意', 'accidental'],
    ['打球时不小心打碎', 'accidental'],
    ['故意', 'deliberate'],
    ['故意损坏', 'deliberate'],
    ['蓄意', 'deliberate'],
    ['恶意', 'deliberate'],
    ['人为故意', 'deliberate'],
    ['人为（故意）', 'deliberate'],
    ['丢失', 'lost'],
    ['遗失', 'lost'],
    ['丢了', 'lost'],
    ['不慎丢失', 'lost'],
    ['故意丢失', 'deliberate'],
    ['  人为 损坏 ', 'accidental'],
    ['Accidental', 'accidental'],
  ])('%s → %s', (text, nature) => {
    expect(recognizeNature(text).nature).toBe(nature);
  });

  it('lets 人为故意 win over 人为 wherever the words stand', () => {
    const r = recognizeNature('系人为故意破坏');
    expect(r).toEqual({ nature: 'deliberate', words: ['人为故意'] });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['损坏', 'unknown'],
    ['待查', 'unknown'],
    ['其他', 'unknown'],
    ['自然损耗/人为', 'conflict'],
    ['无意还是故意', 'conflict'],
  ])('does not guess: %s → %s', (text, reason) => {
    const r = recognizeNature(text);
    expect(r.nature).toBeNull();
    expect(r).toMatchObject({ reason });
  });

  it('has every word in one nature only', () => {
    const seen = new Map<string, string>();
    for (const { word, nature } of NATURE_WORDS) {
      expect(seen.get(word) ?? nature).toBe(nature);
      seen.set(word, nature);
    }
  });
});
