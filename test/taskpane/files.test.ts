import { downloadName } from '../../src/taskpane/workbench/files';

describe('downloadName', () => {
  it('adds the suffix before the extension', () => {
    expect(downloadName('固定资产.xlsx', '（台账助手）')).toBe('固定资产（台账助手）.xlsx');
    expect(downloadName('Ledger.XLSX', ' (Taizhang)')).toBe('Ledger (Taizhang).xlsx');
  });

  it('never stacks suffixes on a re-download, in either language', () => {
    expect(downloadName('固定资产（台账助手）.xlsx', '（台账助手）')).toBe('固定资产（台账助手）.xlsx');
    expect(downloadName('固定资产（台账助手） (Taizhang).xlsx', '（台账助手）')).toBe('固定资产（台账助手）.xlsx');
  });

  it('names a nameless file', () => {
    expect(downloadName('.xlsx', '（台账助手）')).toBe('workbook（台账助手）.xlsx');
  });
});
