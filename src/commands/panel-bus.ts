/**
 * How a ribbon command tells the task pane which panel to show. A command can run before the task
 * pane has rendered (the pane is opened by that very command), so a request nobody is listening to
 * yet waits in a one-slot buffer and goes to the first subscriber.
 *
 * Commands and the task pane are separate webpack entries, so each bundle carries its own copy of
 * this module. What makes them one bus is the shared runtime: both run on the same page, and the
 * state lives on that page's global object under a registered symbol.
 */

export const PANELS = ['home', 'templates', 'reconcile', 'compensation', 'plan', 'reports', 'inspect'] as const;
export type PanelKey = (typeof PANELS)[number];

export type PanelListener = (panel: PanelKey) => void;

interface BusState {
  readonly listeners: Set<PanelListener>;
  pending: PanelKey | null;
}

const BUS_KEY = Symbol.for('taizhang.panelBus');

function busState(): BusState {
  const slots = globalThis as unknown as Record<symbol, BusState | undefined>;
  let state = slots[BUS_KEY];
  if (!state) {
    state = { listeners: new Set(), pending: null };
    slots[BUS_KEY] = state;
  }
  return state;
}

export function isPanelKey(value: unknown): value is PanelKey {
  return typeof value === 'string' && (PANELS as readonly string[]).includes(value);
}

/** Asks the task pane to show a panel. Only the latest unheard request is kept: it is where the user last asked to go. */
export function requestPanel(panel: PanelKey): void {
  const state = busState();
  if (state.listeners.size === 0) {
    state.pending = panel;
    return;
  }
  for (const listener of [...state.listeners]) listener(panel);
}

/**
 * Subscribes to panel requests. A request made before anyone subscribed is delivered at once, to
 * this subscriber only. Returns the function that unsubscribes.
 */
export function onPanelRequest(listener: PanelListener): () => void {
  const state = busState();
  state.listeners.add(listener);
  const pending = state.pending;
  if (pending !== null) {
    state.pending = null;
    listener(pending);
  }
  return () => {
    state.listeners.delete(listener);
  };
}
