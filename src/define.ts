// Registers both elements. The only module with side effects (see "sideEffects" in package.json).
import { defineCallLogFilter } from './call-log-filter/define.js';
import { defineCallLogList } from './call-log-list/define.js';

defineCallLogList();
defineCallLogFilter();

export * from './index.js';
