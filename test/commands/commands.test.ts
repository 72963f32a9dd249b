/** The commands entry: registers the ribbon actions only inside Excel, and never breaks the page without Office. */
import { RIBBON_ACTIONS } from '../../src/commands/ribbon-actions';

type Slot = { Office?: unknown };

function loadEntryWith(office: unknown): void {
  (globalThis as Slot).Office = office;
  jest.isolateModules(() => {
    jest.requireActual('../../src/commands/commands');
  });
}

afterEach(() => {
  delete (globalThis as Slot).Office;
});

function fakeOffice(host: string | null) {
  const associated: string[] = [];
  let ready!: (info: { host: string | null }) => void;
  const office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: (callback: (info: { host: string | null }) => void) => {
      ready = callback;
      return Promise.resolve();
    },
    actions: { associate: (id: string) => associated.push(id) },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  return { office, associated, fireReady: () => ready({ host }) };
}

test('in Excel, registers every ribbon action once Office is ready', () => {
  const { office, associated, fireReady } = fakeOffice('Excel');
  loadEntryWith(office);
  expect(associated).toEqual([]);
  fireReady();
  expect(associated).toEqual(RIBBON_ACTIONS.map((a) => a.functionName));
});

test('outside Office (workbench, host null) registers nothing', () => {
  const { office, associated, fireReady } = fakeOffice(null);
  loadEntryWith(office);
  fireReady();
  expect(associated).toEqual([]);
});

test('without office.js at all (offline workbench) loads without error', () => {
  expect(() => loadEntryWith(undefined)).not.toThrow();
});
