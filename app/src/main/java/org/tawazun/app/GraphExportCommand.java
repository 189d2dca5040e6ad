package org.tawazun.app;

import org.tawazun.graph.Blocs;
import org.tawazun.graph.DyadEvent;
import org.tawazun.graph.Filter;
import org.tawazun.graph.GraphExport;
import org.tawazun.graph.RelationSet;
import org.tawazun.graph.SignRule;
import org.tawazun.graph.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tawazun graph-export}: the signed dyad graph as GraphML or GEXF. */
@Command(name = "graph-export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the signed dyad graph as GraphML or GEXF (Gephi, Cytoscape, yEd, networkx).",
                "The period is --since..--until (all time by default). Actors carry their bloc and membership strength; "
                        + "edges, one per direction with events (or one per pair with --symmetric), carry sign, score, "
                        + "strength, confidence and events.",
                "Exit code 1 when the events cannot be read or the file cannot be written, 2 on a usage error."})
final class GraphExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml (default) or gexf.")
    GraphExport.Format format = GraphExport.Format.GRAPHML;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--actors", paramLabel = "CODES", split = ",", description = "Only these actors (default: all).")
    List<String> actors;

    @Option(names = "--symmetric", description = "One undirected edge per pair (both directions pooled) instead of one per direction.")
    boolean symmetric;

    @Mixin
    RelationsOptions opts;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SignRule rule;
        Filter filter;
        try {
            rule = opts.rule();
            filter = opts.filter();
            actors = RelationsOptions.actorCodes(actors);
        } catch (IllegalArgumentException e) {
            return Main.usage(err, "graph-export", e.getMessage());
        }
        if (actors != null) filter = filter.among(actors);
        EventSources.Read read = EventSources.read(opts, filter, err);
        if (read == null) return Main.BAD_INPUT;
        List<DyadEvent> events = read.events();
        Window w = new Window(opts.since, opts.until);
        RelationSet rs = RelationSet.compute(events, w, rule);
        Blocs.Partition blocs = Blocs.partition(rs.signedGraph(null));
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                GraphExport.write(wr, format, rs, blocs, symmetric);
            }
        } catch (IOException e) {
            err.println("tawazun: " + out + ": cannot write: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        o.printf("wrote %s: %d actors, %d pairs with events (%s, window %s)%n", out, rs.actors().size(), rs.pairs().size(),
                format.name().toLowerCase(java.util.Locale.ROOT), w.label());
        o.flush();
        return read.exitCode();
    }
}
