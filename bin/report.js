#!/usr/bin/env node
// wq-report: the package bin for `npm run report`. Runs the TypeScript entry through tsx's API,
// so an installed copy needs no build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../scripts/report.ts', import.meta.url).href);
