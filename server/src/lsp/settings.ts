import type { Connection } from 'vscode-languageserver';
import { coerceSettings, defaultSettings, type Settings } from '../core/settings';

export type { Settings, Severity } from '../core/settings';

/** Per-resource settings, fetched with workspace/configuration and cached until they change. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(defaultSettings);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'conflictLens' })
        .then((raw) => this.coerce(raw), () => defaultSettings);
      this.cache.set(uri, s);
    }
    return s;
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  private coerce(raw: unknown): Settings {
    const { settings, problems } = coerceSettings(raw);
    for (const p of problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      void this.connection.window.showWarningMessage(`Conflict Lens: ${p}`);
    }
    return settings;
  }
}
