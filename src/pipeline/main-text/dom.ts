/** @module HTML string → a linkedom document, typed with the few DOM members roei uses (the project has no DOM lib). */
import { parseHTML } from "linkedom";

export type DomNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
};

export type DomElement = DomNode & {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
};

export type DomDocument = {
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a whole HTML document (see toParseableHtml: linkedom needs explicit html/head/body). */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html);
  return document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
