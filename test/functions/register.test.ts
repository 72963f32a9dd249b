import { FUNCTION_DEFINITIONS } from '../../src/functions/definitions';
import { FUNCTION_IMPLEMENTATIONS, type CustomFunctionImplementation } from '../../src/functions/implementations';
import { registerCustomFunctions } from '../../src/functions/register';

function fakeRegistry() {
  const associated = new Map<string, CustomFunctionImplementation>();
  return { associated, registry: { associate: (id: string, f: CustomFunctionImplementation) => void associated.set(id, f) } };
}

test('associates every declared id with its implementation', () => {
  const add = (a: number, b: number) => a + b;
  const upper = (s: string) => s.toUpperCase();
  const { associated, registry } = fakeRegistry();
  registerCustomFunctions(registry, [{ id: 'TZ.ADD' }, { id: 'TZ.UPPER' }], { 'TZ.ADD': add, 'TZ.UPPER': upper, 'TZ.UNUSED': add });
  expect([...associated.entries()]).toEqual([['TZ.ADD', add], ['TZ.UPPER', upper]]);
});

test('a declaration without an implementation is a programming error', () => {
  const { registry } = fakeRegistry();
  expect(() => registerCustomFunctions(registry, [{ id: 'TZ.MISSING' }], {})).toThrow(/TZ\.MISSING/);
});

test('the production tables agree', () => {
  const { associated, registry } = fakeRegistry();
  registerCustomFunctions(registry, FUNCTION_DEFINITIONS, FUNCTION_IMPLEMENTATIONS);
  expect([...associated.keys()]).toEqual(FUNCTION_DEFINITIONS.map((d: { id: string }) => d.id));
});

test('the functions entry registers nothing and does not fail outside Excel', () => {
  expect(() => jest.isolateModules(() => jest.requireActual('../../src/functions/functions'))).not.toThrow();
});
