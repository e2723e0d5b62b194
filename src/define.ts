// Registers the elements, for apps that bundle the package (`call-log-elements/define`). One of the modules with side
// effects (see "sideEffects" in package.json); the script-tag bundles start from src/script-tag/ instead.
import { defineCallLogList } from './call-log-list/define.js';
import { defineCallLogExport } from './call-log-export/define.js';
import { defineCallLogFilter } from './call-log-filter/define.js';
import { defineCallLogSummary } from './call-log-summary/define.js';

defineCallLogList();
defineCallLogFilter();
defineCallLogExport();
defineCallLogSummary();

export * from './index.js';
