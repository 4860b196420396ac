'use strict';
// A worker for the pool's tests: doubles a number, or misbehaves on request.
const { parentPort } = require('node:worker_threads');

parentPort.on('message', (m) => {
  if (m === 'hang') for (;;);
  if (m === 'crash') process.exit(3);
  if (m === 'oom') {
    const hog = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
  parentPort.postMessage(m * 2);
});
