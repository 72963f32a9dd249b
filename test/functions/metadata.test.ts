import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { FUNCTION_DEFINITIONS } from '../../src/functions/definitions';
import {
  buildFunctionsMetadata,
  functionsMetadataFiles,
  METADATA_FILES,
  validateDefinitions,
  type FunctionDefinition,
} from '../../src/functions/metadata';

const ROOT = join(__dirname, '..', '..');

/** A well-formed definition, as a future custom function would declare itself. */
const capitalAmount: FunctionDefinition = {
  id: 'RMB.CAPITAL',
  name: { 'zh-CN': '人民币大写', 'en-US': 'RMB.CAPITAL' },
  description: { 'zh-CN': '把金额写成人民币大写', 'en-US': 'Writes an amount in capital numerals' },
  parameters: [
    { name: { 'zh-CN': '金额', 'en-US': 'amount' }, description: { 'zh-CN': '以元为单位', 'en-US': 'in yuan' }, type: 'number', dimensionality: 'scalar' },
    { name: { 'zh-CN': '整字', 'en-US': 'zheng' }, description: { 'zh-CN': '末尾加“整”', 'en-US': 'append 整' }, type: 'boolean', dimensionality: 'scalar', optional: true },
  ],
  result: { type: 'string', dimensionality: 'scalar' },
};

const variant = (patch: Partial<FunctionDefinition>): FunctionDefinition => ({ ...capitalAmount, ...patch });

test('one language per file, same ids, Excel field names', () => {
  const zh = buildFunctionsMetadata([capitalAmount], 'zh-CN');
  const en = buildFunctionsMetadata([capitalAmount], 'en-US');
  expect(zh).toEqual({
    functions: [
      {
        id: 'RMB.CAPITAL',
        name: '人民币大写',
        description: '把金额写成人民币大写',
        parameters: [
          { name: '金额', description: '以元为单位', type: 'number', dimensionality: 'scalar' },
          { name: '整字', description: '末尾加“整”', type: 'boolean', dimensionality: 'scalar', optional: true },
        ],
        result: { type: 'string', dimensionality: 'scalar' },
      },
    ],
  });
  expect(en.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual([['RMB.CAPITAL', 'RMB.CAPITAL', ['amount', 'zheng']]]);
});

test('file names: functions.json for zh-CN (the manifest default), functions.en-US.json for the override', () => {
  expect(METADATA_FILES).toEqual({ 'zh-CN': 'functions.json', 'en-US': 'functions.en-US.json' });
  const files = functionsMetadataFiles([capitalAmount]);
  expect(Object.keys(files).sort()).toEqual(['functions.en-US.json', 'functions.json']);
  expect(JSON.parse(files['functions.json'] ?? '')).toEqual(buildFunctionsMetadata([capitalAmount], 'zh-CN'));
});

test.each([
  ['id with lower case', variant({ id: 'rmb.capital' }), /function id/],
  ['id too short', variant({ id: 'RM' }), /function id/],
  ['name starting with a digit', variant({ name: { 'zh-CN': '1大写', 'en-US': 'CAPITAL' } }), /function name/],
  ['name with a space', variant({ name: { 'zh-CN': '人民币大写', 'en-US': 'RMB CAPITAL' } }), /function name/],
  ['required after optional', variant({ parameters: [...capitalAmount.parameters].reverse() }), /required parameters/],
  ['stream and volatile', variant({ options: { stream: true, volatile: true } }), /streaming/],
  ['missing translation', { ...capitalAmount, description: { 'zh-CN': '只有中文' } }, /definition 0 description/],
])('rejects %s', (_what, definition, message) => {
  expect(() => validateDefinitions([definition])).toThrow(message);
});

test('rejects duplicate ids and duplicate names (case-insensitive, per language), listing every problem', () => {
  const twin = variant({ name: { 'zh-CN': '大写金额', 'en-US': 'rmb.capital' } });
  let message = '';
  try {
    validateDefinitions([capitalAmount, twin]);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toMatch(/duplicate function id RMB\.CAPITAL/);
  expect(message).toMatch(/duplicate en-US function name RMB\.CAPITAL/);
  expect(message).not.toMatch(/zh-CN function name/);
});

test('the production table is valid', () => {
  expect(() => validateDefinitions(FUNCTION_DEFINITIONS)).not.toThrow();
});

test('the build (in plain Node, transpiling the table) writes exactly these files', () => {
  const script = "process.stdout.write(JSON.stringify(require('./scripts/functions-metadata.cjs').generateFunctionsMetadata().assets))";
  const built = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as Record<string, string>;
  expect(built).toEqual(functionsMetadataFiles(FUNCTION_DEFINITIONS));
});
