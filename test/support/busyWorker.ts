/** A worker module that never answers: it spins (test/search/moduleWorker.test.ts stops it by its time limit). */
for (;;) {
  // busy on purpose: only `worker.terminate()` ends this
}
