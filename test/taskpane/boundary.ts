/** Stands in for the worker boundary in tests: only structured-cloneable data crosses, never classes. */
import type { PortHostApi } from '../../src/taskpane/engine/port-bridge';

export function acrossBoundary(host: PortHostApi): PortHostApi {
  return Object.fromEntries(
    Object.entries(host).map(([name, fn]) => [name, async (...args: unknown[]) => structuredClone(await (fn as (...a: unknown[]) => Promise<unknown>)(...args))]),
  ) as unknown as PortHostApi;
}
