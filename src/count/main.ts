/**
 * The phone counting page (手机盘点): open the office's count list, choose a room, scan labels with
 * the camera (or a photo, or type the code), see at once what each scan means, and export the scan
 * file for reconciliation. No server, no account, no network call: everything stays in IndexedDB
 * until the counter exports it.
 */
import { interpolate, pickLocale, type Locale, type MessageParams } from '../core/i18n/locale';
import { indexList, judgeScan, roomProgress, roomsOf, scanFileCsv, type CountEntry, type RoomField, type SavedScan, type ScanVerdict } from '../core/labels';
import { normalizeCode } from '../core/text';
import { decoderName, detectCodes } from './decoder';
import { readCountList } from './list-file';
import { countMessages, type CountMessageKey } from './messages';
import { CountStore, type CountSettings, type StoredList } from './store';

const params = new URLSearchParams(location.search);
const locale: Locale = pickLocale(params.get('lang') ?? navigator.language);
const t = (key: CountMessageKey, p?: MessageParams): string => interpolate(countMessages[key][locale], p);

type Attrs = Record<string, string>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

interface State {
  store: CountStore;
  list: StoredList | null;
  index: Map<string, CountEntry>;
  scans: SavedScan[];
  settings: CountSettings;
}

async function start(): Promise<void> {
  document.documentElement.lang = locale;
  document.title = t('title');
  const title = document.getElementById('title');
  if (title) title.textContent = t('title');
  const app = document.getElementById('app');
  if (!app) return;

  const store = await CountStore.open(params.get('db') ?? undefined);
  const list = await store.list();
  const state: State = {
    store,
    list,
    index: indexList(list?.entries ?? []),
    scans: await store.scans(),
    settings: (await store.settings()) ?? { counter: '', roomField: 'location', room: '' },
  };

  const counter = el('input', { type: 'text', id: 'counter', autocomplete: 'name' });
  counter.value = state.settings.counter;
  const listInput = el('input', { type: 'file', id: 'list', accept: '.csv,.txt,.tsv,text/csv,text/plain' });
  const listInfo = el('p', { class: 'muted', id: 'list-info' });
  const roomField = el('select', { id: 'room-field', 'aria-label': t('roomBy') }, el('option', { value: 'location' }, t('byLocation')), el('option', { value: 'department' }, t('byDepartment')));
  roomField.value = state.settings.roomField;
  const room = el('select', { id: 'room' });
  const feedback = el('div', { id: 'feedback', role: 'status', 'aria-live': 'assertive' });
  const video = el('video', { playsinline: '', muted: '', 'aria-hidden': 'true' });
  const cameraButton = el('button', { type: 'button', id: 'camera' }, t('camera'));
  const photoInput = el('input', { type: 'file', id: 'photo', accept: 'image/*', capture: 'environment' });
  const code = el('input', { type: 'text', id: 'code', autocomplete: 'off', autocapitalize: 'characters', enterkeyhint: 'done' });
  const quantity = el('input', { type: 'number', id: 'quantity', min: '1', step: '1', value: '1', inputmode: 'numeric' });
  const note = el('input', { type: 'text', id: 'note' });
  const form = el('form', { id: 'manual' },
    el('label', { for: 'code' }, t('code')), code,
    el('div', { class: 'row' }, el('div', {}, el('label', { for: 'quantity' }, t('quantity')), quantity), el('div', {}, el('label', { for: 'note' }, t('note')), note)),
    el('button', { type: 'submit', id: 'record' }, t('record')));
  const progress = el('p', { id: 'progress' });
  const missing = el('ul', { id: 'missing' });
  const recent = el('p', { class: 'muted', id: 'recent' });
  const exportButton = el('button', { type: 'button', id: 'export', class: 'secondary' }, t('export'));
  const status = el('p', { class: 'muted', id: 'status' });

  app.append(
    el('label', { for: 'counter' }, t('counter')), counter,
    el('label', { for: 'list' }, t('list')), listInput, listInfo,
    el('label', { for: 'room' }, t('room')), el('div', { class: 'row' }, roomField, room),
    feedback, video,
    el('div', {}, cameraButton, el('label', { for: 'photo', class: 'muted' }, t('photo')), photoInput),
    form, progress, el('p', {}, t('missing')), missing, recent, exportButton, status,
  );

  const saveSettings = async (): Promise<void> => {
    state.settings = { counter: counter.value.trim(), roomField: roomField.value === 'department' ? 'department' : 'location', room: room.value };
    await state.store.setSettings(state.settings);
  };

  const currentRoom = (): { field: RoomField; value: string } => ({ field: state.settings.roomField, value: state.settings.room });

  function renderRooms(): void {
    const rooms = roomsOf(state.list?.entries ?? [], state.settings.roomField);
    room.replaceChildren(...rooms.map((r) => el('option', { value: r }, r)));
    if (rooms.includes(state.settings.room)) room.value = state.settings.room;
    else if (rooms[0] !== undefined) {
      room.value = rooms[0];
      state.settings = { ...state.settings, room: rooms[0] };
    }
  }

  function renderProgress(): void {
    listInfo.textContent = state.list ? t('listLoaded', { file: state.list.fileName, count: state.list.entries.length }) : t('listMissing');
    const p = roomProgress(state.list?.entries ?? [], state.scans, currentRoom());
    progress.textContent = t('progress', { counted: p.counted, expected: p.expected });
    missing.replaceChildren(...p.missing.map((e) => el('li', {}, `${e.code}  ${e.name}`)));
    recent.textContent = t('recent', { count: state.scans.length });
  }

  function show(verdict: ScanVerdict, scanned: string, qty: number): void {
    const place = (e: CountEntry): string => [e.department, e.location].filter((s) => s !== '').join(' / ');
    let text: string;
    switch (verdict.kind) {
      case 'counted':
        text = verdict.entry.quantity > 1
          ? t('countedSet', { name: verdict.entry.name, code: verdict.entry.code, quantity: qty, total: verdict.total, listed: verdict.entry.quantity })
          : t('counted', { name: verdict.entry.name, code: verdict.entry.code, place: place(verdict.entry) });
        break;
      case 'wrongPlace':
        text = t('wrongPlace', { name: verdict.entry.name, code: verdict.entry.code, listed: verdict.entry[state.settings.roomField], room: state.settings.room });
        break;
      case 'notOnList':
        text = t('notOnList', { code: scanned });
        break;
      case 'duplicate':
        text = t('duplicate', { name: verdict.entry.name, code: verdict.entry.code, time: verdict.previous.time.slice(11, 16), room: verdict.previous.location });
        break;
      default:
        text = t('empty');
    }
    feedback.className = verdict.kind === 'empty' ? 'error' : verdict.kind;
    feedback.dataset.verdict = verdict.kind;
    feedback.textContent = text;
    navigator.vibrate?.(verdict.kind === 'duplicate' ? [80, 60, 80] : 60);
  }

  /** Judges a scan and, unless refused, saves it before anything else happens. */
  async function record(scanned: string, qty: number, noteText: string): Promise<ScanVerdict> {
    if (!state.list) {
      feedback.className = 'error';
      feedback.textContent = t('listMissing');
      return { kind: 'empty' };
    }
    const verdict = judgeScan(state.index, state.scans, scanned, currentRoom(), qty);
    if (verdict.kind !== 'duplicate' && verdict.kind !== 'empty') {
      const scan: SavedScan = {
        id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
        key: normalizeCode(scanned),
        code: verdict.kind === 'notOnList' ? scanned.trim() : verdict.entry.code,
        quantity: verdict.kind !== 'notOnList' && verdict.entry.quantity > 1 ? qty : 1,
        location: state.settings.room,
        time: localTime(),
        counter: state.settings.counter,
        note: noteText,
      };
      await state.store.addScan(scan);
      state.scans = [...state.scans, scan];
    }
    show(verdict, scanned.trim(), qty);
    renderProgress();
    return verdict;
  }

  counter.addEventListener('change', () => void saveSettings());
  roomField.addEventListener('change', () => {
    void saveSettings().then(() => {
      renderRooms();
      renderProgress();
      return saveSettings();
    });
  });
  room.addEventListener('change', () => void saveSettings().then(renderProgress));
  listInput.addEventListener('change', () => {
    const file = listInput.files?.[0];
    if (!file) return;
    void file.text().then(async (text) => {
      const read = readCountList(text, file.name);
      if (read.problem || read.entries.length === 0) {
        feedback.className = 'error';
        feedback.textContent = t('listProblem', { file: file.name, problem: read.problem?.[locale] ?? t('listMissing') });
        return;
      }
      state.list = { fileName: file.name, entries: read.entries };
      state.index = indexList(read.entries);
      await state.store.setList(state.list);
      renderRooms();
      await saveSettings();
      renderProgress();
    });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const qty = Math.max(1, Math.floor(Number(quantity.value) || 1));
    void record(code.value, qty, note.value.trim()).then((v) => {
      if (v.kind !== 'empty') {
        code.value = '';
        note.value = '';
        quantity.value = '1';
      }
      code.focus();
    });
  });
  photoInput.addEventListener('change', () => {
    const file = photoInput.files?.[0];
    if (!file) return;
    void detectCodes(file).then(async (codes) => {
      if (codes.length === 0) {
        feedback.className = 'error';
        feedback.textContent = t('photoNone');
      }
      for (const c of codes) await record(c, 1, '');
    });
  });

  // The camera: a frame every 300 ms; the same code in view is taken once, not flagged as a repeat.
  let stream: MediaStream | null = null;
  let last = { code: '', at: 0 };
  cameraButton.addEventListener('click', () => {
    if (stream) {
      stream.getTracks().forEach((track) => track.stop());
      stream = null;
      video.classList.remove('on');
      cameraButton.textContent = t('camera');
      return;
    }
    void navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        video.srcObject = s;
        video.classList.add('on');
        cameraButton.textContent = t('cameraStop');
        await video.play();
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true });
        const tick = async (): Promise<void> => {
          if (!stream || !context) return;
          if (video.videoWidth > 0) {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            context.drawImage(video, 0, 0);
            const codes = await detectCodes(context.getImageData(0, 0, canvas.width, canvas.height)).catch(() => [] as string[]);
            for (const c of codes) {
              if (c === last.code && Date.now() - last.at < 3000) continue;
              last = { code: c, at: Date.now() };
              await record(c, Math.max(1, Math.floor(Number(quantity.value) || 1)), '');
            }
          }
          setTimeout(() => void tick(), 300);
        };
        void tick();
      })
      .catch((e: unknown) => {
        feedback.className = 'error';
        feedback.textContent = t('cameraFailed', { reason: e instanceof Error ? e.name : String(e) });
      });
  });

  exportButton.addEventListener('click', () => {
    const csv = scanFileCsv(state.scans);
    const name = `扫码-${state.settings.counter || 'phone'}-${localTime().slice(0, 10)}.csv`;
    const file = new File([csv], name, { type: 'text/csv' });
    const done = (): void => {
      status.textContent = t('exported', { file: name, count: state.scans.length });
    };
    if (navigator.canShare?.({ files: [file] })) {
      void navigator.share({ files: [file], title: name }).then(done, () => download(file));
    } else {
      download(file);
      done();
    }
  });

  renderRooms();
  renderProgress();
  status.dataset.decoder = await decoderName();
  if ('serviceWorker' in navigator && params.get('sw') !== '0') {
    void navigator.serviceWorker.register('count-sw.js').then(
      () => navigator.serviceWorker.ready.then(() => {
        status.textContent = t('offlineReady');
        status.dataset.offline = 'ready';
      }),
      () => undefined,
    );
  }
  document.body.dataset.ready = '1';
}

function download(file: File): void {
  const url = URL.createObjectURL(file);
  const a = el('a', { href: url, download: file.name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Local date-time without zone, as the office reads it: 2026-12-04T09:30:12. */
function localTime(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

void start();
