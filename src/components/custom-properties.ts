/**
 * A directive that sets CSS custom properties on an element through the CSSOM
 * (`style.setProperty`), never through a `style` attribute. Lit's `styleMap` writes the
 * attribute on first render, which a `Content-Security-Policy` without `'unsafe-inline'`
 * blocks (`style-src-attr`); CSSOM writes are allowed.
 *
 * `<div ${customProperties({ '--depth': '3' })}>`
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CustomPropertiesDirective extends Directive {
  private previous: Readonly<Record<string, string>> = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('customProperties() goes in an element tag: <div ${customProperties(...)}>');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.previous)) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) if (this.previous[name] !== value) style.setProperty(name, value);
    this.previous = properties;
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
