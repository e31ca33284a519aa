import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, EntityMention } from '../core/types';
import { readArticle } from '../io/readArticle';
import { walkFiles } from '../io/walk';
import { matchesAny } from './glob';
import type { SettingsStore } from './settings';
import { fileUri } from './uris';

export interface IndexedMention {
  uri: string;
  range: Range;
  entity: Pick<EntityMention, 'kind' | 'canonical' | 'type' | 'key' | 'text'>;
}

interface FileEntry {
  mtimeMs: number;
  size: number;
  mentions: IndexedMention[];
}

/**
 * Entity mentions of every served file in the workspace, for workspace symbols and Show Entity.
 * Open documents are read from their cached model; closed files are analysed once and kept until
 * their size or modification time changes. Bounded by `maxFiles`, so a huge tree cannot stall it.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly analyse: (text: string, uri: string) => Promise<ArticleModel>,
    private readonly openModel: (uri: string) => Promise<{ doc: TextDocument; model: ArticleModel } | undefined>,
    private readonly maxFiles = 5000,
  ) {}

  async mentions(folders: string[], isCancelled: () => boolean): Promise<IndexedMention[]> {
    const out: IndexedMention[] = [];
    await this.eachFile(folders, isCancelled, async (path, uri, maxBytes) => {
      const open = await this.openModel(uri);
      if (open) return void out.push(...toMentions(uri, open.doc, open.model));
      const read = readArticle(path, maxBytes);
      if (!read.ok) return;
      let entry = this.files.get(path);
      if (!entry || entry.mtimeMs !== read.mtimeMs || entry.size !== read.size) {
        const model = await this.analyse(read.text, uri);
        entry = { mtimeMs: read.mtimeMs, size: read.size, mentions: toMentions(uri, TextDocument.create(uri, 'plaintext', 0, read.text), model) };
        this.files.set(path, entry);
      }
      out.push(...entry.mentions);
    });
    return out;
  }

  /** The model of every served file (open ones from the editor), for workspace exports. */
  async eachModel(folders: string[], isCancelled: () => boolean, fn: (path: string, model: ArticleModel) => void): Promise<void> {
    await this.eachFile(folders, isCancelled, async (path, uri, maxBytes) => {
      const open = await this.openModel(uri);
      if (open) return fn(path, open.model);
      const read = readArticle(path, maxBytes);
      if (read.ok) fn(path, await this.analyse(read.text, uri));
    });
  }

  private async eachFile(folders: string[], isCancelled: () => boolean, fn: (path: string, uri: string, maxBytes: number) => Promise<void>): Promise<void> {
    const paths = walkFiles(folders, () => true, () => undefined).slice(0, this.maxFiles);
    for (const path of paths) {
      if (isCancelled()) return;
      const uri = fileUri(path);
      const s = await this.settings.get(uri);
      if (!matchesAny(path, s.files)) continue;
      await fn(path, uri, s.maxFileSizeMB * 1048576);
      await new Promise((r) => setImmediate(r)); // let other requests through between files
    }
  }
}

function toMentions(uri: string, doc: TextDocument, model: ArticleModel): IndexedMention[] {
  return model.entities.map((e) => ({
    uri,
    range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
    entity: { kind: e.kind, canonical: e.canonical, type: e.type, key: e.key, text: e.text },
  }));
}
