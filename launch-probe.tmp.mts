import { launchChromium, launchPersistentChromium } from '/work/main/test/launch-chromium.ts';
const mode = process.argv[2];
for (let i = 0; i < 5; i++) {
  if (mode === 'launch') { const b = await launchChromium(); const c = await b.newContext(); const p = await c.newPage(); await p.goto('about:blank'); await b.close(); }
  else if (mode === 'context') { globalThis.b ??= await launchChromium(); const c = await globalThis.b.newContext(); const p = await c.newPage(); await p.goto('about:blank'); await c.close(); }
}
process.exit(0);
