/**
 * Entry of the ribbon commands. In the shared runtime it runs on the task pane page, beside the
 * task pane and the custom functions.
 */
import { registerRibbonActions } from './ribbon-actions';

// office.js is loaded from Microsoft's CDN; in the workbench, offline, it may not exist at all.
// Outside Excel (host null) there is no ribbon to serve.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      registerRibbonActions({ actions: Office.actions, addin: Office.addin });
    }
  });
}
