#!/usr/bin/env node
// wq-migrate: the package bin for `npm run migrate`. Runs the TypeScript entry through tsx's API,
// so an installed copy needs no build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../scripts/migrate.ts', import.meta.url).href);
