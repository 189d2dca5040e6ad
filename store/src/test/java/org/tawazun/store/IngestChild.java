package org.tawazun.store;

import org.tawazun.pipeline.Pipelines;
import org.tawazun.store.corpus.CorpusFormat;

import java.nio.file.Path;
import java.util.List;

/**
 * The process {@link CrashIT} kills: ingests a folder into a store with small batches and prints "committed N"
 * after each commit, so the test can kill it in the middle. Not a test.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            System.out.println("opened");
            System.out.flush();
            Ingest.run(store, List.of(args[1]), System.in, Pipelines.standard(), new Ingest.Options(1, 20, CorpusFormat.AUTO, false),
                    new Ingest.Listener() {
                        @Override
                        public void committed(long articles) {
                            System.out.println("committed " + articles);
                            System.out.flush();
                        }
                    });
        }
        System.out.println("done");
    }
}
