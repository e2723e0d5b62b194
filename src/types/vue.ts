// `<call-log-list>`, `<call-log-filter>`, `<call-log-export>` and `<call-log-summary>` in Vue 3 templates: their properties and their events
// (`@call-log-select` is `onCallLogSelect`) for Volar / vue-tsc. Load these types with
// `import type {} from 'call-log-elements/vue'`, and tell Vue's compiler that the tags are custom elements
// (`compilerOptions.isCustomElement: (tag) => tag.startsWith('call-log-')`).
import type { DefineComponent } from 'vue';
import type {
  CallLogExportProperties,
  CallLogFilterEventMap,
  CallLogFilterProperties,
  CallLogListEventMap,
  CallLogListProperties,
  CallLogSummaryEventMap,
  CallLogSummaryProperties,
  CamelEventHandlers,
} from './call-log-elements.js';

/** The props of `<call-log-list>` in a Vue template. */
export type CallLogListVueProps = CallLogListProperties & CamelEventHandlers<CallLogListEventMap>;
/** The props of `<call-log-filter>` in a Vue template (`for` as an attribute, `htmlFor` as a property). */
export type CallLogFilterVueProps = CallLogFilterProperties & { for?: string } & CamelEventHandlers<CallLogFilterEventMap>;

/** The props of `<call-log-export>` in a Vue template (`for` as an attribute, `htmlFor` as a property). */
export type CallLogExportVueProps = CallLogExportProperties & { for?: string };

/** The props of `<call-log-summary>` in a Vue template (`for` as an attribute, `htmlFor` as a property). */
export type CallLogSummaryVueProps = CallLogSummaryProperties & { for?: string } & CamelEventHandlers<CallLogSummaryEventMap>;

declare module 'vue' {
  interface GlobalComponents {
    'call-log-list': DefineComponent<CallLogListVueProps>;
    'call-log-filter': DefineComponent<CallLogFilterVueProps>;
    'call-log-export': DefineComponent<CallLogExportVueProps>;
    'call-log-summary': DefineComponent<CallLogSummaryVueProps>;
  }
}
