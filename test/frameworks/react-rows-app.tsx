// A React 19 app whose list rows have parts rendered by React, through the `CallLogList` wrapper's render props.
// Every React part is wrapped in a `Probe` that counts its mounts and unmounts, so a test can tell how many portals
// are mounted.
import { useEffect, useState, type CSSProperties, type MouseEvent, type ReactNode, type Ref } from 'react';
import type { CallLogList as CallLogListElement } from '../../src/call-log-list/call-log-list.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import type { RowRenderers } from '../../src/call-log-list/row.js';
import type { CallLog } from '../../src/model/call-log.js';
import { CallLogList, type CallLogListRenderProps, type RowRenderProp } from '../../src/react/index.js';

/** Mounts and unmounts of the React parts in the rows, counted by their effects. */
export const probes = {
  mounted: 0,
  unmounted: 0,
  get live(): number {
    return this.mounted - this.unmounted;
  },
  reset(): void {
    this.mounted = 0;
    this.unmounted = 0;
  },
};

function Probe({ children }: { children: ReactNode }) {
  useEffect(() => {
    probes.mounted++;
    return () => {
      probes.unmounted++;
    };
  }, []);
  return children;
}

/** A button of the app's own in each row, with its own state: how many notes it has logged. */
function LogNote({ call, active, onLog }: { call: CallLog; active: boolean; onLog(sessionID: string): void }) {
  const [notes, setNotes] = useState(0);
  return (
    <Probe>
      <button
        className="log-note"
        type="button"
        tabIndex={active ? 0 : -1}
        onClick={() => {
          setNotes((count) => count + 1);
          onLog(call.sessionID);
        }}
      >
        Log note ({notes})
      </button>
    </Probe>
  );
}

/** The app's tag, shown in every row's subtitle: React state of the app, changed from outside. */
export let setRowTag: (tag: string) => void = () => {};

export interface RowsAppProps {
  source: string | CallLogSource;
  viewerUid?: string;
  /** The list's height limit, so that it scrolls inside itself. */
  maxHeight?: string;
  /** Which render props to give (all by default). */
  parts?: (keyof CallLogListRenderProps)[];
  renderers?: Partial<RowRenderers>;
  onLog?(sessionID: string): void;
  /** Handed the list element, through the wrapper's ref. */
  listRef?: Ref<CallLogListElement>;
  /** A click handler on an element around the list. */
  onOuterClick?(event: MouseEvent<HTMLElement>): void;
}

const ALL_PARTS: (keyof CallLogListRenderProps)[] = ['renderSubtitle', 'renderTrailing', 'renderDetails'];

export function RowsApp({ source, viewerUid, maxHeight, parts = ALL_PARTS, renderers, listRef, onLog = () => {}, onOuterClick }: RowsAppProps) {
  const [tag, setTag] = useState('VIP');
  setRowTag = setTag;
  const renderProps: Record<keyof CallLogListRenderProps, RowRenderProp> = {
    renderLeading: () => (
      <Probe>
        <span className="custom-leading">★</span>
      </Probe>
    ),
    renderTitle: (_call, view) => (
      <Probe>
        <span className="custom-title">{view.name.toUpperCase()}</span>
      </Probe>
    ),
    renderSubtitle: (call, view) => (
      <Probe>
        <span className="custom-subtitle">
          {tag} · {call.type} · {view.time}
        </span>
      </Probe>
    ),
    renderTrailing: (call, _view, { active }) => <LogNote call={call} active={active} onLog={onLog} />,
    renderDetails: (call, view) => (
      <Probe>
        <p className="custom-details">
          Notes on the call with {view.name} ({call.sessionID})
        </p>
      </Probe>
    ),
  };
  const given = Object.fromEntries(parts.map((name) => [name, renderProps[name]]));
  const style = maxHeight ? ({ '--call-log-max-height': maxHeight } as CSSProperties) : undefined;
  return (
    <main onClick={onOuterClick}>
      <CallLogList
        ref={listRef}
        source={source}
        viewerUid={viewerUid}
        loadMoreTrigger="button"
        style={style}
        {...(renderers ? { renderers } : {})}
        {...given}
      />
    </main>
  );
}
