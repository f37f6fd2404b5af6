import { expect, test } from 'vitest';
test('runs in chromium', async () => {
  expect(navigator.userAgent).toContain('Chrome');
  const db = await new Promise<IDBDatabase>((resolve, reject) => { const r = indexedDB.open('smoke'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  expect(db.name).toBe('smoke');
});
