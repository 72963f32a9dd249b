/**
 * Reading codes from camera frames and photos: the browser's BarcodeDetector where it has one (Chrome
 * on Android), else zxing-wasm. Its .wasm is served by our own site beside this page and cached by
 * the service worker; it is never fetched from a CDN (the library's default), so counting works offline.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

interface Detector {
  detect(source: ImageBitmapSource): Promise<Array<{ rawValue: string }>>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

const FORMATS = ['qr_code', 'code_128'];
let native: Promise<Detector | null> | null = null;
let zxingReady = false;

function nativeDetector(): Promise<Detector | null> {
  native ??= (async () => {
    const Ctor = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (!Ctor) return null;
    const supported = await Ctor.getSupportedFormats().catch(() => [] as string[]);
    return supported.includes('qr_code') ? new Ctor({ formats: FORMATS.filter((f) => supported.includes(f)) }) : null;
  })();
  return native;
}

function prepareZxing(): void {
  if (zxingReady) return;
  prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL('zxing_reader.wasm', document.baseURI).href : prefix + path) },
    fireImmediately: false,
  });
  zxingReady = true;
}

/** Which decoder this browser uses (shown to the counter, checked by the tests). */
export async function decoderName(): Promise<'BarcodeDetector' | 'zxing-wasm'> {
  return (await nativeDetector()) ? 'BarcodeDetector' : 'zxing-wasm';
}

/** The codes in a frame (a canvas's pixels) or a photo. */
export async function detectCodes(image: ImageData | Blob, forceZxing = false): Promise<string[]> {
  const detector = forceZxing ? null : await nativeDetector();
  if (detector) {
    const source = image instanceof Blob ? await createImageBitmap(image) : image;
    return (await detector.detect(source)).map((r) => r.rawValue);
  }
  prepareZxing();
  const results = await readBarcodes(image, { formats: ['QRCode', 'Code128'], tryHarder: true, maxNumberOfSymbols: 4 });
  return results.filter((r) => r.isValid).map((r) => r.text);
}
