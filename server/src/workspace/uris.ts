/**
 * URIs of workspace files, without Node's url module (the server also runs in
 * a browser worker). Editors spell the same file differently (`%3A` or `:`,
 * `C:` or `c:`), so files are compared by a key with the path decoded.
 */
const URI = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)([?#].*)?$/i;

interface UriParts {
  scheme: string;
  authority: string;
  /** Decoded path, always starting with `/` for hierarchical URIs. */
  path: string;
  rest: string;
}

function parse(uri: string): UriParts | undefined {
  const match = URI.exec(uri);
  if (!match) return undefined;
  let path = decode(match[3] ?? '');
  // A Windows drive letter is spelled in either case.
  path = path.replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`);
  return { scheme: (match[1] ?? '').toLowerCase(), authority: (match[2] ?? '').toLowerCase(), path, rest: match[4] ?? '' };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The same key for every spelling of one URI. */
export function uriKey(uri: string): string {
  const parts = parse(uri);
  return parts ? `${parts.scheme}://${parts.authority}${parts.path}${parts.rest}` : uri;
}

/** The path of `uri` below `folder` (decoded, `/`-separated), or undefined when it is not inside it. */
export function relativePath(folder: string, uri: string): string | undefined {
  const base = parse(folder);
  const file = parse(uri);
  if (!base || !file || base.scheme !== file.scheme || base.authority !== file.authority) return undefined;
  const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
  return file.path.startsWith(prefix) && file.path.length > prefix.length ? file.path.slice(prefix.length) : undefined;
}

/** The last part of a URI's path, decoded. */
export function baseName(uri: string): string {
  const path = parse(uri)?.path ?? uri;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/**
 * A path from a setting, relative to the folder (or absolute), as a URI.
 * `..` and `.` are resolved; the result may lie outside the folder.
 */
export function resolveInFolder(folder: string, path: string): string {
  const base = parse(folder);
  if (!base) return folder;
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed);
  const segments: string[] = [];
  for (const part of `${absolute ? '' : base.path}/${slashed}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return `${base.scheme}://${base.authority}/${segments.map(encodeSegment).join('/')}`;
}

function encodeSegment(segment: string): string {
  // A drive letter keeps its colon, as editors write it (file:///c:/...).
  return /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment);
}
