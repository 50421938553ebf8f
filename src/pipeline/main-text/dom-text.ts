/** @module DOM subtree → text that keeps paragraph, heading, list-item and <br> boundaries as line breaks. */
import { type DomNode, isElement, TEXT_NODE } from "./dom.js";
import { BLOCK_ELEMENTS } from "./strip-tags.js";
import { BLOCK_BREAK, tidyText } from "./tidy-text.js";

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select"]);

/**
 * The text of a subtree, one line per block (textContent would run paragraphs together).
 * Walks without recursion, so nesting depth cannot overflow the stack.
 */
export function toBlockText(root: DomNode): string {
  const parts: string[] = [];
  let pre = 0;
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      parts.push(pre > 0 ? text.replaceAll("\n", BLOCK_BREAK) : text);
      return false;
    }
    if (!isElement(node) || SKIPPED.has(node.localName)) return false;
    if (node.localName === "td" || node.localName === "th") parts.push(" ");
    if (BLOCK_ELEMENTS.has(node.localName)) parts.push(BLOCK_BREAK);
    if (node.localName === "pre") pre++;
    return true;
  };
  const leave = (node: DomNode): void => {
    if (!isElement(node)) return;
    if (BLOCK_ELEMENTS.has(node.localName)) parts.push(BLOCK_BREAK);
    if (node.localName === "pre") pre--;
  };
  walk(root, enter, leave);
  return tidyText(parts.join(""));
}

/** Depth-first walk below `root`; `enter` returning false skips a node's children. */
function walk(root: DomNode, enter: (node: DomNode) => boolean, leave: (node: DomNode) => void): void {
  let node = root.firstChild;
  while (node !== null) {
    if (enter(node) && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    leave(node);
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null || node === root) return;
      leave(node);
    }
    node = node?.nextSibling ?? null;
  }
}
