/**
 * The part of puppeteer-core 3.1.0 (installed as puppeteer-core-83, to drive Chromium 83:
 * test/support/chromium-83.ts) that the tests use. That version ships no type declarations.
 */
declare module 'puppeteer-core-83' {
  type Serializable = string | number | boolean | null | undefined | Serializable[] | { [key: string]: Serializable };

  export interface ConsoleMessage {
    type(): string;
    text(): string;
  }

  export interface ElementHandle {
    uploadFile(...files: string[]): Promise<void>;
  }

  export interface Keyboard {
    type(text: string): Promise<void>;
    press(key: string): Promise<void>;
  }

  export interface Page {
    $(selector: string): Promise<ElementHandle | null>;
    focus(selector: string): Promise<void>;
    keyboard: Keyboard;
    goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle0' | 'networkidle2'; timeout?: number }): Promise<unknown>;
    evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: Serializable[]): Promise<T>;
    $eval<T>(selector: string, fn: (element: Element, ...args: never[]) => T | Promise<T>, ...args: Serializable[]): Promise<T>;
    $$eval<T>(selector: string, fn: (elements: Element[], ...args: never[]) => T | Promise<T>, ...args: Serializable[]): Promise<T>;
    waitForFunction(fn: (...args: never[]) => unknown, options?: { timeout?: number; polling?: number | 'raf' | 'mutation' }, ...args: Serializable[]): Promise<unknown>;
    waitForSelector(selector: string, options?: { visible?: boolean; timeout?: number }): Promise<unknown>;
    click(selector: string): Promise<void>;
    url(): string;
    screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
    on(event: 'pageerror', handler: (error: Error) => void): void;
    on(event: 'console', handler: (message: ConsoleMessage) => void): void;
    on(event: 'dialog', handler: (dialog: { message(): string; accept(): Promise<void> }) => void): void;
    close(): Promise<void>;
  }

  export interface Browser {
    newPage(): Promise<Page>;
    version(): Promise<string>;
    close(): Promise<void>;
  }

  const puppeteer: {
    connect(options: { browserWSEndpoint: string; defaultViewport?: { width: number; height: number } | null }): Promise<Browser>;
  };
  export default puppeteer;
}
