import { CancelledError, UserError } from '../../src/core/errors';
import { describeError } from '../../src/taskpane/shell/errors';

describe('describeError', () => {
  it("shows a user's problem in their language", () => {
    const e = new UserError('file.text', { 'zh-CN': '“a.txt”是文本文件', 'en-US': '"a.txt" is a text file' });
    expect(describeError(e, 'zh-CN')).toBe('“a.txt”是文本文件');
    expect(describeError(e, 'en-US')).toBe('"a.txt" is a text file');
  });

  it('says nothing about a cancel', () => {
    expect(describeError(new CancelledError(), 'zh-CN')).toBeNull();
  });

  it('shows one line for anything else, never the stack', () => {
    const e = new Error('boom\n    at secret (file.ts:1:1)');
    const text = describeError(e, 'en-US') ?? '';
    expect(text).toContain('boom');
    expect(text).not.toContain('secret');
    expect(text).not.toContain('file.ts');
    expect(describeError('odd', 'zh-CN')).toContain('odd');
  });
});
