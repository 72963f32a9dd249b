/**
 * The ribbon buttons of manifest.xml (ExecuteFunction actions) and what each one does: open the
 * task pane on its panel. The manifest test checks that every FunctionName there is in this table.
 */
import { requestPanel, type PanelKey } from './panel-bus';

export const RIBBON_ACTIONS = [
  { functionName: 'openTemplates', panel: 'templates' },
  { functionName: 'openReconcile', panel: 'reconcile' },
  { functionName: 'openCompensation', panel: 'compensation' },
  { functionName: 'openPlan', panel: 'plan' },
  { functionName: 'openReports', panel: 'reports' },
] as const satisfies readonly { functionName: string; panel: PanelKey }[];

/** The part of Office's command event a handler uses. */
export interface CommandEvent {
  completed(): void;
}

/** The part of Office.js the commands use; a small interface so tests can stand in for Office. */
export interface CommandHost {
  readonly actions: { associate(actionId: string, handler: (event: CommandEvent) => void): void };
  readonly addin: { showAsTaskpane(): Promise<void> };
}

export function openPanelCommand(addin: CommandHost['addin'], panel: PanelKey): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    // The request goes first: if the pane is still loading, the bus holds it until the pane subscribes.
    requestPanel(panel);
    try {
      await addin.showAsTaskpane();
    } catch (error) {
      // A ribbon command has no UI of its own to report this in; the pane simply stays closed.
      console.error('Taizhang: could not show the task pane', error);
    } finally {
      // Office waits for completed() before it runs another command from this add-in.
      event.completed();
    }
  };
}

export function registerRibbonActions(host: CommandHost): void {
  for (const action of RIBBON_ACTIONS) {
    host.actions.associate(action.functionName, openPanelCommand(host.addin, action.panel));
  }
}
