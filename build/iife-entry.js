// The classic-script bundle: registers both tags and exposes the package's classes on `window.CallLogElements`.
// Loaded twice, the first copy's classes stay there, as the first copy's registrations do.
import * as CallLogElements from '../src/define.ts';

globalThis.CallLogElements ??= CallLogElements;
