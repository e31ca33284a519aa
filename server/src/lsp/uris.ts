import { fileURLToPath, pathToFileURL } from 'node:url';

/** The path of a file: or untitled: URI, for glob matching; undefined for other schemes. */
export function uriPath(uri: string): string | undefined {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }
  if (uri.startsWith('untitled:')) return decodeURIComponent(uri.slice('untitled:'.length));
  return undefined;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** The file name of a URI, for messages. */
export function uriName(uri: string): string {
  const path = uriPath(uri) ?? decodeURIComponent(uri);
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}
