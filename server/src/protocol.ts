// Ids shared by the client, the server and the tests. The client imports this file only.

export const Commands = {
  /** Client command: serve the active document even if it matches no glob. */
  analyseFile: 'conflictLens.analyseFile',
  /** Server command, args: [uri]. Removes every later copy of a paragraph. */
  removeDuplicates: 'conflictLens.removeDuplicates',
  /** Server command, args: [uri]. Removes boilerplate paragraphs. */
  removeBoilerplate: 'conflictLens.removeBoilerplate',
  /** Server command, no args. Removes duplicates in every served file of the workspace. */
  removeDuplicatesInWorkspace: 'conflictLens.removeDuplicatesInWorkspace',
  /** Server command, args: [uri | null, format]. The entities and figures of a file (or, for null, the workspace) as csv|jsonl|json|geojson text. */
  exportFindings: 'conflictLens.exportFindings',
  /** Server command, args: [uri, position]. Every mention of the entity there, across the workspace. */
  entityMentions: 'conflictLens.entityMentions',
  /** Server command, args: [uri]. The article report as a self-contained HTML page (no scripts, no network). */
  articleReport: 'conflictLens.articleReport',
  /** Client command: Show Entity (peek every mention of the entity under the cursor in the workspace). */
  showEntity: 'conflictLens.showEntity',
  /** Client command: Article Report (a webview of the server's report). */
  showReport: 'conflictLens.showReport',
  /** Client command: Export Entities and Casualty Figures of the active file. */
  exportFile: 'conflictLens.exportFile',
  /** Client command: Export Workspace Entities and Casualty Figures. */
  exportWorkspace: 'conflictLens.exportWorkspace',
} as const;

/** Client → server request: the one-line summary of a document, for the status bar. */
export const SummaryRequest = 'conflictLens/summary';
export interface SummaryResult {
  text: string;
  tooltip: string;
}

/** Client → server notification: start serving this document (Analyse This File). */
export const ServeDocumentNotification = 'conflictLens/serveDocument';

/** Diagnostic codes; each is also the settings key and the key its quick fix is looked up by. */
export const DiagnosticCodes = {
  duplicate: 'duplicate-paragraph',
  boilerplate: 'boilerplate',
  entityFile: 'entity-file',
} as const;

export const DiagnosticSource = 'conflict-lens';

/** Semantic token legend. Order matters: indices are sent on the wire. */
export const TokenTypes = ['actor', 'place', 'casualty'] as const;
export const TokenModifiers = [
  'armedGroup',
  'stateForce',
  'state',
  'organisation',
  'media',
  'person',
  'inferred',
  'killed',
  'wounded',
  'kidnapped',
  'missing',
  'executed',
  'arrested',
  'displaced',
] as const;
