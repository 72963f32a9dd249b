/**
 * The counting page's service worker: it keeps the page, its script and the decoder's .wasm so the
 * page opens and scans with no network. Cache first; a new build's files replace the old cache.
 */
// The project's type library is the DOM's; these are the few service worker types used here.
interface SwEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwScope {
  readonly registration: { readonly scope: string };
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: SwEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
}
const sw = self as unknown as SwScope;

const CACHE = 'taizhang-count-v1';
const FILES = ['count.html', 'count.js', 'zxing_reader.wasm'];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new URL(f, sw.registration.scope).href)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  // The page's address may carry a query (?lang=en); the cached copy is the same page.
  const key = url.pathname.endsWith('/count.html') ? new URL('count.html', sw.registration.scope).href : event.request.url;
  event.respondWith(caches.match(key).then((hit) => hit ?? fetch(event.request)));
});
