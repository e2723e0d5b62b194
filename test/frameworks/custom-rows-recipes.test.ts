// The README's recipes for custom rows from Vue (a render function into a node) and Angular (createComponent): a
// component per row, its own state kept while the row stays rendered, and unmounted once the row is not.
import '@angular/compiler';
import {
  ApplicationRef,
  Component,
  createComponent,
  CUSTOM_ELEMENTS_SCHEMA,
  ElementRef,
  enableProdMode,
  EnvironmentInjector,
  inject,
  Input,
  provideZonelessChangeDetection,
  signal,
  ViewChild,
  type AfterViewInit,
  type ComponentRef,
  type OnDestroy,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, defineComponent, h, onBeforeUnmount, onMounted, ref, render, type App, type PropType } from 'vue';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { rows, settled } from './elements.js';

enableProdMode();

/** Mounts and unmounts of the framework's row parts. */
const counts = { mounted: 0, unmounted: 0 };

const rowMain = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('[part~="row-main"]')!;
const notes = (list: CallLogList) => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.note')];
const expandFirst = (list: CallLogList) =>
  rowMain(rows(list)[0]!).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));

/** What both recipes must give: a part per row with its own state and the tab stop, none left once they go. */
async function expectRecipe(list: CallLogList, unmount: () => void): Promise<void> {
  await settled(list);
  await waitUntil(() => rows(list).length > 0 && notes(list).length === rows(list).length, 'a row lacks its part');
  expect(rows(list)).to.have.length(10);
  expect(notes(list).map((button) => button.tabIndex).slice(0, 2)).to.deep.equal([0, -1]);
  expect(counts.mounted).to.equal(10);

  notes(list)[1]!.click();
  await waitUntil(() => notes(list)[1]!.textContent!.trim() === 'Log note (1)', 'the part did not keep its state');

  // A row that re-renders (its details open) keeps its part, state included.
  expandFirst(list);
  await list.updateComplete;
  expect(rows(list)[0]!.classList.contains('expanded')).to.equal(true);
  expect(notes(list)[1]!.textContent!.trim()).to.equal('Log note (1)');
  expect(counts).to.deep.equal({ mounted: 10, unmounted: 0 });

  // Rows that go (the list shows fewer calls) take their parts with them.
  list.limit = 5;
  await settled(list);
  await list.updateComplete;
  expect(rows(list)).to.have.length(5);
  expect(counts.mounted - counts.unmounted).to.equal(5);

  unmount();
  expect(counts.unmounted).to.equal(counts.mounted);
}

describe('Custom rows from other frameworks (the README recipes)', () => {
  let container: HTMLElement;

  beforeEach(() => {
    counts.mounted = 0;
    counts.unmounted = 0;
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('Vue: a render function into a node per row, unmounted once the row is not rendered', async () => {
    const NoteButton = defineComponent({
      props: { call: { type: Object as PropType<CallLog>, required: true }, active: Boolean },
      setup(props) {
        const count = ref(0);
        onMounted(() => counts.mounted++);
        onBeforeUnmount(() => counts.unmounted++);
        return () =>
          h('button', { class: 'note', type: 'button', tabindex: props.active ? 0 : -1, onClick: () => count.value++ }, `Log note (${count.value})`);
      },
    });
    // The README's component, with the template's ref.
    const Calls = defineComponent({
      setup() {
        const list = ref<CallLogList | null>(null);
        const parts = new Map<string, HTMLElement>();
        onMounted(() => {
          const element = list.value!;
          element.renderers = {
            trailing: (call, _view, context) => {
              let part = parts.get(call.sessionID);
              if (!part) parts.set(call.sessionID, (part = document.createElement('span')));
              render(h(NoteButton, { call, active: context.active }), part);
              return part;
            },
          };
          element.addController({
            hostUpdated() {
              for (const [id, part] of parts) {
                if (element.shadowRoot!.contains(part)) continue;
                render(null, part);
                parts.delete(id);
              }
            },
          });
        });
        onBeforeUnmount(() => parts.forEach((part) => render(null, part)));
        return { list };
      },
      template: `<call-log-list ref="list" source="demo" :limit="10" load-more="button" />`,
    });
    const app: App = createApp(Calls);
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('call-log-');
    app.mount(container);
    await expectRecipe(container.querySelector<CallLogList>('call-log-list')!, () => app.unmount());
  });

  it('Angular: createComponent per row, destroyed once the row is not rendered', async () => {
    @Component({
      selector: 'app-note-button',
      template: `<button class="note" type="button" [tabIndex]="active ? 0 : -1" (click)="notes.set(notes() + 1)">Log note ({{ notes() }})</button>`,
    })
    class NoteButtonComponent implements OnDestroy {
      @Input({ required: true }) call!: CallLog;
      @Input() active = false;
      readonly notes = signal(0);
      constructor() {
        counts.mounted++;
      }
      ngOnDestroy(): void {
        counts.unmounted++;
      }
    }

    // The README's component, with a decorator query (JIT has no signal queries).
    @Component({
      selector: 'app-calls',
      schemas: [CUSTOM_ELEMENTS_SCHEMA],
      template: `<call-log-list #list source="demo" limit="10" load-more="button"></call-log-list>`,
    })
    class CallsComponent implements AfterViewInit, OnDestroy {
      @ViewChild('list') private readonly list!: ElementRef<CallLogList>;
      private readonly appRef = inject(ApplicationRef);
      private readonly injector = inject(EnvironmentInjector);
      private readonly parts = new Map<string, ComponentRef<NoteButtonComponent>>();

      ngAfterViewInit(): void {
        const list = this.list.nativeElement;
        list.renderers = {
          trailing: (call, _view, context) => {
            let part = this.parts.get(call.sessionID);
            if (!part) {
              part = createComponent(NoteButtonComponent, { environmentInjector: this.injector });
              this.appRef.attachView(part.hostView);
              this.parts.set(call.sessionID, part);
            }
            part.setInput('call', call);
            part.setInput('active', context.active);
            part.changeDetectorRef.detectChanges();
            return part.location.nativeElement;
          },
        };
        list.addController({
          hostUpdated: () => {
            for (const [id, part] of this.parts) {
              if (list.shadowRoot!.contains(part.location.nativeElement)) continue;
              part.destroy();
              this.parts.delete(id);
            }
          },
        });
      }

      ngOnDestroy(): void {
        this.parts.forEach((part) => part.destroy());
      }
    }

    container.append(document.createElement('app-calls'));
    const app = await bootstrapApplication(CallsComponent, { providers: [provideZonelessChangeDetection()] });
    await expectRecipe(container.querySelector<CallLogList>('call-log-list')!, () => app.destroy());
  });
});
