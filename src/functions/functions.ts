/**
 * Entry of the custom functions. In the shared runtime it runs on the task pane page; Excel reads
 * the declarations from functions.json and calls the functions associated here.
 */
import { FUNCTION_DEFINITIONS } from './definitions';
import { FUNCTION_IMPLEMENTATIONS } from './implementations';
import { registerCustomFunctions, type CustomFunctionsRegistry } from './register';

// Outside Excel (the workbench, or office.js unavailable offline) there is no registry to fill.
const registry = (globalThis as { CustomFunctions?: CustomFunctionsRegistry }).CustomFunctions;
if (registry) registerCustomFunctions(registry, FUNCTION_DEFINITIONS, FUNCTION_IMPLEMENTATIONS);
