// The benchmark's peer: the virtual list a Lit developer would otherwise reach for, `<lit-virtualizer scroller>`
// (@lit-labs/virtualizer, a dev dependency only), with the naive list's rows: the same DOM as <call-log-list>'s
// rows (avatar, name, time, meta line, three buttons), the same styles and formatting, no day headers.
import '@lit-labs/virtualizer';
import { css, html, type TemplateResult } from 'lit';
import type { CallLog } from '../../src/model/call-log.js';
import { NaiveCallList } from './naive-call-list.js';

export class VirtualCallList extends NaiveCallList {
  static override styles = [
    NaiveCallList.styles,
    css`
      lit-virtualizer {
        height: var(--call-log-max-height, 600px);
      }
      .row {
        inline-size: 100%;
      }
    `,
  ];

  readonly #renderItem = (call: CallLog, index: number): TemplateResult => this.renderRow(call, index);

  protected override render(): TemplateResult {
    return html`<lit-virtualizer part="base" class="base" role="list" scroller .items=${this.items} .renderItem=${this.#renderItem}></lit-virtualizer>`;
  }
}

if (!customElements.get('virtual-call-list')) customElements.define('virtual-call-list', VirtualCallList);

declare global {
  interface HTMLElementTagNameMap {
    'virtual-call-list': VirtualCallList;
  }
}
