import { isPanelKey, onPanelRequest, PANELS, requestPanel, type PanelKey } from '../../src/commands/panel-bus';

/** Takes whatever request is waiting, so each test starts from an empty buffer. */
function drain(): PanelKey[] {
  const got: PanelKey[] = [];
  onPanelRequest((p) => got.push(p))();
  return got;
}

beforeEach(() => {
  drain();
});

test('a request made before anyone listens waits for the first subscriber', () => {
  requestPanel('plan');
  const got: PanelKey[] = [];
  const off = onPanelRequest((p) => got.push(p));
  expect(got).toEqual(['plan']);
  off();
});

test('only the latest unheard request is kept, and it is delivered once', () => {
  requestPanel('templates');
  requestPanel('reports');
  const first: PanelKey[] = [];
  const second: PanelKey[] = [];
  const offFirst = onPanelRequest((p) => first.push(p));
  const offSecond = onPanelRequest((p) => second.push(p));
  expect(first).toEqual(['reports']);
  expect(second).toEqual([]);
  offFirst();
  offSecond();
});

test('requests go straight to every subscriber while someone listens, and are not buffered', () => {
  const a: PanelKey[] = [];
  const b: PanelKey[] = [];
  const offA = onPanelRequest((p) => a.push(p));
  const offB = onPanelRequest((p) => b.push(p));
  requestPanel('reconcile');
  requestPanel('compensation');
  expect(a).toEqual(['reconcile', 'compensation']);
  expect(b).toEqual(['reconcile', 'compensation']);
  offA();
  offB();
  expect(drain()).toEqual([]);
});

test('after unsubscribing, requests are buffered again', () => {
  const heard: PanelKey[] = [];
  const off = onPanelRequest((p) => heard.push(p));
  off();
  requestPanel('inspect');
  expect(heard).toEqual([]);
  expect(drain()).toEqual(['inspect']);
});

test('two copies of the module (two bundles on one page) share one bus', () => {
  let other!: typeof import('../../src/commands/panel-bus');
  jest.isolateModules(() => {
    other = jest.requireActual<typeof import('../../src/commands/panel-bus')>('../../src/commands/panel-bus');
  });
  expect(other.requestPanel).not.toBe(requestPanel);
  other.requestPanel('plan');
  const got: PanelKey[] = [];
  const off = onPanelRequest((p) => got.push(p));
  expect(got).toEqual(['plan']);
  other.requestPanel('home');
  expect(got).toEqual(['plan', 'home']);
  off();
});

test('panel keys', () => {
  expect(PANELS).toEqual(['home', 'templates', 'reconcile', 'compensation', 'plan', 'reports', 'inspect']);
  for (const p of PANELS) expect(isPanelKey(p)).toBe(true);
  for (const v of ['', 'Home', 'settings', 3, null, undefined]) expect(isPanelKey(v)).toBe(false);
});
