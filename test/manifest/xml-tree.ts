/**
 * The manifest as a tree of elements in document order, parsed by xml2js (a real XML parser), with
 * the small set of queries the manifest tests need.
 */
import { parseStringPromise } from 'xml2js';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlElement[];
}

interface RawNode {
  '#name'?: string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

function toElement(raw: RawNode): XmlElement {
  return {
    name: raw['#name'] ?? '',
    attributes: raw.$ ?? {},
    text: (raw._ ?? '').trim(),
    children: (raw.$$ ?? []).map(toElement),
  };
}

export async function parseXml(xml: string): Promise<XmlElement> {
  const doc = (await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true })) as Record<string, RawNode>;
  const [rootName, root] = Object.entries(doc)[0] ?? [];
  if (!rootName || !root) throw new Error('empty XML document');
  return toElement({ ...root, '#name': rootName });
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The one child of that name; fails the test when there are none or several. */
export function only(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected exactly 1`);
  return found[0] as XmlElement;
}

/** Follows a path of single children, e.g. path(root, 'VersionOverrides', 'Hosts', 'Host'). */
export function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(only, element);
}

/** Every element below (and including) this one, with its chain of ancestors' names. */
export function walk(element: XmlElement, ancestors: readonly string[] = []): { element: XmlElement; ancestors: readonly string[] }[] {
  return [{ element, ancestors }, ...element.children.flatMap((c) => walk(c, [...ancestors, element.name]))];
}
