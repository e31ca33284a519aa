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
