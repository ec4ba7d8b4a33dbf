/** Where Debian's `chromium` package puts the browser that playwright-core drives in the tests (no download). */
export const CHROMIUM = "/usr/bin/chromium";
