/** A pause that lets the event loop run (rendering, a cancel click) between chunks of work. */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
