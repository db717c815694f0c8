#!/usr/bin/env node
// wq-forms: the package bin for `npm run forms`. Runs the TypeScript entry through tsx's API,
// so an installed copy needs no build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../scripts/forms.ts', import.meta.url).href);
