package org.tawazun.app;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tawazun.store.Ingest;

import java.time.Duration;

/**
 * A progress bar on standard error for long ingests: shown only on a terminal and only once the job has run for a
 * second (short jobs stay quiet). The bar measures input bytes, which gives the ETA; documents and their rate are
 * in its message.
 */
final class Progress implements AutoCloseable {
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long files, total;
    private ProgressBar bar;

    Progress(boolean enabled) {
        this.enabled = enabled && System.console() != null;
    }

    void started(long files, long totalBytes) {
        this.files = files;
        this.total = totalBytes;
    }

    /** Called by the reader as documents are read. */
    synchronized void update(long bytes, long documents, long failures) {
        if (!enabled) return;
        long elapsedNanos = System.nanoTime() - start;
        if (bar == null) {
            if (elapsedNanos < 1_000_000_000L) return;
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total > 0 ? total : -1)
                    .setUnit(total >= 10L << 20 ? " MB" : " KB", total >= 10L << 20 ? 1L << 20 : 1L << 10).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .startsFrom(0, Duration.ofNanos(elapsedNanos)).build();
        }
        bar.stepTo(total > 0 ? Math.min(bytes, total) : bytes);
        double secs = elapsedNanos / 1e9;
        bar.setExtraMessage(String.format("%,d docs %,.0f/s%s", documents, documents / Math.max(secs, 1e-3),
                failures > 0 ? String.format(", %,d failed", failures) : ""));
    }

    boolean showing() {
        return bar != null;
    }

    long files() {
        return files;
    }

    @Override
    public void close() {
        finish();
    }

    /** Completes and removes the bar (if shown), so that what follows prints on clean lines; idempotent. */
    synchronized void finish() {
        if (bar != null) {
            bar.stepTo(bar.getMax() > 0 ? bar.getMax() : bar.getCurrent());
            bar.close();
            bar = null;
        }
    }

    /** A listener that feeds this bar and delegates everything else. */
    Ingest.Listener wrap(Ingest.Listener next) {
        Progress p = this;
        return new Ingest.Listener() {
            @Override
            public void started(long files, long totalBytes) {
                p.started(files, totalBytes);
                next.started(files, totalBytes);
            }

            @Override
            public void progress(long bytes, long documents, long failures) {
                p.update(bytes, documents, failures);
                next.progress(bytes, documents, failures);
            }

            @Override
            public void analyzed(org.tawazun.pipeline.AnalyzedDocument doc, boolean stored) {
                next.analyzed(doc, stored);
            }

            @Override
            public void failure(org.tawazun.ingest.Input.Failure f) {
                next.failure(f);
            }

            @Override
            public void committed(long articles) {
                next.committed(articles);
            }
        };
    }
}
