/**
 * Encoding a payload with maintained libraries: `qrcode` for the QR matrix (error correction M: 15 %
 * of a scuffed label can be lost) and bwip-js for the Code 128 bar pattern. Core lays them out.
 */
import bwipjs from 'bwip-js';
import { create } from 'qrcode';
import type { BarPattern, LabelCodes, QrMatrix } from '../../core/labels';

export function qrMatrix(payload: string): QrMatrix {
  const { modules } = create(payload, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) !== 0 };
}

export function code128Pattern(payload: string): BarPattern {
  const encoded = bwipjs.raw({ bcid: 'code128', text: payload })[0];
  if (!encoded || !('sbs' in encoded)) throw new Error('bwip-js gave no Code 128 pattern');
  return encoded.sbs;
}

export function labelEncoder(withCode128: boolean): (payload: string) => LabelCodes {
  return (payload) => (withCode128 ? { qr: qrMatrix(payload), bars: code128Pattern(payload) } : { qr: qrMatrix(payload) });
}
