import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { DiagnosticSeverity, type Connection, type WorkspaceFolder } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseEntityFile } from '../core/entities/userEntities';
import type { ActorEntry } from '../core/entities/actorTypes';
import type { PlaceEntry } from '../core/entities/placeTypes';
import type { AnalyzeOptions } from '../core/types';
import { defaultOptions } from '../core/types';
import { DiagnosticCodes, DiagnosticSource } from '../protocol';
import type { Settings, SettingsStore } from './settings';
import { fileUri, uriPath } from './uris';

const MAX_BYTES = 10 * 1048576;

/**
 * User entity files: `.conflict-lens/entities.json` in each workspace folder and the files named by
 * `conflictLens.entityFiles`. They are data only (parsed as JSON, never executed); a malformed file
 * gets diagnostics on itself saying where and why, its valid entries are used, and the built-in
 * dictionaries keep working.
 */
export class EntityFiles {
  private folders: WorkspaceFolder[] = [];
  private actors: ActorEntry[] = [];
  private places: PlaceEntry[] = [];
  private generation = 0;
  private published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
  ) {}

  setFolders(folders: WorkspaceFolder[]): void {
    this.folders = folders;
  }

  /** Re-reads every entity file, then calls onChange (which re-analyses open documents). */
  async load(onChange: () => void): Promise<void> {
    const generation = ++this.generation;
    const actors: ActorEntry[] = [];
    const places: PlaceEntry[] = [];
    const diagnosed = new Set<string>();
    for (const { path, explicit } of await this.paths()) {
      const uri = fileUri(path);
      let text: string;
      try {
        const buf = await readFile(path);
        if (buf.length > MAX_BYTES) throw new Error(`it is over ${MAX_BYTES / 1048576} MB`);
        text = buf.toString('utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && !explicit) continue;
        void this.connection.window.showWarningMessage(`Conflict Lens: cannot read entity file ${path} (${code ?? (e as Error).message}).`);
        continue;
      }
      const parsed = parseEntityFile(text);
      actors.push(...parsed.actors);
      places.push(...parsed.places);
      const doc = TextDocument.create(uri, 'json', 0, text);
      diagnosed.add(uri);
      void this.connection.sendDiagnostics({
        uri,
        diagnostics: parsed.errors.map((err) => ({
          range: { start: doc.positionAt(err.start), end: doc.positionAt(Math.max(err.end, err.start + 1)) },
          severity: DiagnosticSeverity.Error,
          source: DiagnosticSource,
          code: DiagnosticCodes.entityFile,
          message: err.message,
        })),
      });
    }
    if (generation !== this.generation) return; // a newer load is under way
    for (const uri of this.published) if (!diagnosed.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = diagnosed;
    this.actors = actors;
    this.places = places;
    onChange();
  }

  options(settings: Settings): { options: AnalyzeOptions; key: string } {
    const options: AnalyzeOptions = { ...defaultOptions, nearDuplicateThreshold: settings.nearDuplicateThreshold, extraActors: this.actors, extraPlaces: this.places };
    return { options, key: `${this.generation}:${settings.nearDuplicateThreshold}` };
  }

  private async paths(): Promise<{ path: string; explicit: boolean }[]> {
    const out: { path: string; explicit: boolean }[] = [];
    const roots = this.folders.map((f) => uriPath(f.uri)).filter((p): p is string => !!p);
    for (const root of roots) out.push({ path: join(root, '.conflict-lens', 'entities.json'), explicit: false });
    const settings = await this.settings.get(this.folders[0]?.uri ?? '');
    for (const p of settings.entityFiles) {
      if (isAbsolute(p)) out.push({ path: p, explicit: true });
      else for (const root of roots.length ? roots : [process.cwd()]) out.push({ path: join(root, p), explicit: true });
    }
    return out;
  }
}
