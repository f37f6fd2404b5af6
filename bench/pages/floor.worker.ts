/** The floor page's worker: answers each message at once, and does nothing else. */
self.addEventListener('message', (event: MessageEvent) => self.postMessage(event.data));
