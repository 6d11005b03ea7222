// What the content scripts' build puts in place of @1natsu/wait-element (wxt.config.ts). WXT's
// content-script UI reaches that library only through `ui.autoMount()`, which the panel never calls
// (components/panel/mount.ts mounts and places its host itself): the bundler cannot see that, and
// the library and its dependencies (many-keys-map, defu) were ~1.1 KB gzip of every webmail page.
export function waitElement(): never {
  throw new Error('[relance] ui.autoMount() is not built into the content scripts (wxt.config.ts)');
}
