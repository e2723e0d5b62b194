import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string | undefined>>;

/**
 * Sets CSS properties through the CSSOM (`element.style.setProperty`), never as a `style` attribute, so pages with
 * a strict `style-src` Content Security Policy see no violation. (`styleMap` writes the attribute on first render.)
 */
class StylePropertiesDirective extends Directive {
  #previous: Properties = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() belongs on an element');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.#previous)) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) style.removeProperty(name);
      else if (value !== this.#previous[name]) style.setProperty(name, value);
    }
    this.#previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
