// The Angular example (http://localhost:5173/angular/ with `npm start`): the component compiled in the browser
// (JIT, hence @angular/compiler), without zone.js.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CallHistoryComponent } from './call-history.component.js';

bootstrapApplication(CallHistoryComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) =>
  console.error(error),
);
