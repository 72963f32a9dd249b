import { reconcileUi } from '../../src/taskpane/reconcile/messages';

describe('reconcile panel messages', () => {
  it('has every string in both languages, none empty', () => {
    for (const [key, entry] of Object.entries(reconcileUi)) {
      expect([key, entry['zh-CN'].trim().length > 0, entry['en-US'].trim().length > 0]).toEqual([key, true, true]);
    }
  });
});
