/** Binds declared custom functions to their implementations in Excel's custom functions runtime. */
import type { CustomFunctionImplementation } from './implementations';

/** The part of the CustomFunctions global used here, so tests can stand in for Excel. */
export interface CustomFunctionsRegistry {
  associate(id: string, implementation: CustomFunctionImplementation): void;
}

export function registerCustomFunctions(
  registry: CustomFunctionsRegistry,
  definitions: readonly { readonly id: string }[],
  implementations: Readonly<Record<string, CustomFunctionImplementation>>,
): void {
  for (const { id } of definitions) {
    const implementation = implementations[id];
    // The typed tables rule this out; a hand-built table reaching here is a programming error.
    if (!implementation) throw new Error(`Custom function ${id} is declared but has no implementation`);
    registry.associate(id, implementation);
  }
}
