import { onPanelRequest, type PanelKey } from '../../src/commands/panel-bus';
import { RIBBON_ACTIONS, registerRibbonActions, type CommandEvent, type CommandHost } from '../../src/commands/ribbon-actions';

type Handler = (event: CommandEvent) => void;

/** A stand-in for Office.actions / Office.addin that records what the commands do, in order. */
function fakeOffice(show: () => Promise<void> = () => Promise.resolve()) {
  const log: string[] = [];
  const handlers = new Map<string, Handler>();
  const host: CommandHost = {
    actions: {
      associate: (id, handler) => {
        if (handlers.has(id)) throw new Error(`${id} associated twice`);
        handlers.set(id, handler);
      },
    },
    addin: {
      showAsTaskpane: () => {
        log.push('show');
        return show();
      },
    },
  };
  const event = (): CommandEvent & { completions: () => number } => {
    let n = 0;
    return { completed: () => { n += 1; log.push('completed'); }, completions: () => n };
  };
  return { host, handlers, log, event };
}

/** Runs a handler the way Office does and waits for its work to settle. */
async function invoke(handler: Handler | undefined, event: CommandEvent): Promise<void> {
  if (!handler) throw new Error('no handler');
  await (handler(event) as unknown as Promise<void>);
}

let panels: PanelKey[];
let off: () => void;
beforeEach(() => {
  panels = [];
  off = onPanelRequest((p) => panels.push(p));
});
afterEach(() => off());

test('registers the five ribbon functions, one handler each', () => {
  const office = fakeOffice();
  registerRibbonActions(office.host);
  expect([...office.handlers.keys()]).toEqual(['openTemplates', 'openReconcile', 'openCompensation', 'openPlan', 'openReports']);
  expect(RIBBON_ACTIONS.map((a) => a.panel)).toEqual(['templates', 'reconcile', 'compensation', 'plan', 'reports']);
});

test.each(RIBBON_ACTIONS.map((a) => [a.functionName, a.panel] as const))('%s shows the task pane on %s, then completes', async (name, panel) => {
  const office = fakeOffice();
  registerRibbonActions(office.host);
  const event = office.event();
  await invoke(office.handlers.get(name), event);
  expect(panels).toEqual([panel]);
  expect(office.log).toEqual(['show', 'completed']);
  expect(event.completions()).toBe(1);
});

test('completes only after the task pane is shown', async () => {
  let reveal!: () => void;
  const office = fakeOffice(() => new Promise<void>((resolve) => { reveal = resolve; }));
  registerRibbonActions(office.host);
  const event = office.event();
  const running = invoke(office.handlers.get('openPlan'), event);
  await Promise.resolve();
  expect(event.completions()).toBe(0);
  reveal();
  await running;
  expect(event.completions()).toBe(1);
});

test('still completes, and leaves the request for the pane, when the task pane cannot be shown', async () => {
  off();
  const office = fakeOffice(() => Promise.reject(new Error('no pane')));
  registerRibbonActions(office.host);
  const event = office.event();
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await invoke(office.handlers.get('openReports'), event);
  expect(event.completions()).toBe(1);
  expect(consoleError).toHaveBeenCalledTimes(1);
  consoleError.mockRestore();
  off = onPanelRequest((p) => panels.push(p));
  expect(panels).toEqual(['reports']);
});
