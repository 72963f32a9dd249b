/**
 * Everything a count holds, in IndexedDB, written the moment it happens: the list, the counter's
 * name and room, and every scan. A reload, a closed tab or a flat battery loses nothing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CountEntry, RoomField, SavedScan } from '../core/labels';

export interface CountSettings {
  readonly counter: string;
  readonly roomField: RoomField;
  readonly room: string;
}

interface CountDb extends DBSchema {
  scans: { key: string; value: SavedScan };
  meta: { key: string; value: unknown };
}

export interface StoredList {
  readonly fileName: string;
  readonly entries: CountEntry[];
}

export class CountStore {
  private constructor(private readonly db: IDBPDatabase<CountDb>) {}

  static async open(name = 'taizhang-count'): Promise<CountStore> {
    const db = await openDB<CountDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('scans', { keyPath: 'id' });
        d.createObjectStore('meta');
      },
    });
    return new CountStore(db);
  }

  async scans(): Promise<SavedScan[]> {
    const all = await this.db.getAll('scans');
    return all.sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id));
  }

  async addScan(scan: SavedScan): Promise<void> {
    await this.db.put('scans', scan);
  }

  async list(): Promise<StoredList | null> {
    return ((await this.db.get('meta', 'list')) as StoredList | undefined) ?? null;
  }

  async setList(list: StoredList): Promise<void> {
    await this.db.put('meta', list, 'list');
  }

  async settings(): Promise<CountSettings | null> {
    return ((await this.db.get('meta', 'settings')) as CountSettings | undefined) ?? null;
  }

  async setSettings(settings: CountSettings): Promise<void> {
    await this.db.put('meta', settings, 'settings');
  }
}
