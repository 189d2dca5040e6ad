package org.tawazun.graph;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signed dyad graph of a window as GraphML or GEXF 1.3, for Gephi, Cytoscape, yEd or networkx. Directed: one
 * edge per ordered pair with events (its own sign); symmetric: one undirected edge per pair (the pooled relation).
 * Edges carry sign, score, strength, confidence, events and mixed, with {@code weight} = the number of events (always
 * positive, as layout tools expect); actors carry their bloc and membership strength when a partition is given.
 * Pairs with events but sign 0 are kept (sign 0), so the file holds every dyad of the window.
 */
public final class GraphExport {
    public enum Format { GRAPHML, GEXF }

    private GraphExport() {
    }

    public static void write(Writer out, Format format, RelationSet relations, Blocs.Partition blocs, boolean symmetric)
            throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            Indenting x = new Indenting(w);
            if (format == Format.GRAPHML) graphml(x, relations, blocs, symmetric);
            else gexf(x, relations, blocs, symmetric);
            w.writeEndDocument();
            w.flush();
            w.close();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
        }
    }

    private static final String[][] EDGE_ATTRS = {{"sign", "int"}, {"score", "double"}, {"strength", "double"},
            {"confidence", "double"}, {"events", "int"}, {"mixed", "boolean"}};

    private static void graphml(Indenting x, RelationSet rs, Blocs.Partition blocs, boolean symmetric) throws XMLStreamException {
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(x, "label", "node", "label", "string");
        key(x, "bloc", "node", "bloc", "int");
        key(x, "membership", "node", "membership", "double");
        for (String[] a : EDGE_ATTRS) key(x, a[0], "edge", a[0], a[1]);
        key(x, "weight", "edge", "weight", "double");
        key(x, "window", "graph", "window", "string");
        x.writeStartElement("graph");
        x.writeAttribute("id", "tawazun");
        x.writeAttribute("edgedefault", symmetric ? "undirected" : "directed");
        data(x, "window", rs.window().label());
        for (String a : rs.actors()) {
            x.writeStartElement("node");
            x.writeAttribute("id", a);
            data(x, "label", a);
            if (blocs != null && blocs.bloc().containsKey(a)) {
                data(x, "bloc", Integer.toString(blocs.bloc().get(a)));
                Double m = blocs.strength().get(a);
                if (m != null && !m.isNaN()) data(x, "membership", num(m));
            }
            x.writeEndElement();
        }
        int id = 0;
        for (Relation r : edges(rs, symmetric)) {
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + id++);
            x.writeAttribute("source", r.actor());
            x.writeAttribute("target", r.recipient());
            for (Map.Entry<String, String> v : values(r).entrySet()) data(x, v.getKey(), v.getValue());
            data(x, "weight", Integer.toString(r.events()));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void gexf(Indenting x, RelationSet rs, Blocs.Partition blocs, boolean symmetric) throws XMLStreamException {
        x.writeStartElement("gexf");
        x.writeDefaultNamespace("http://gexf.net/1.3");
        x.writeAttribute("version", "1.3");
        x.writeStartElement("meta");
        x.writeStartElement("creator");
        x.writeCharacters("Tawazun");
        x.writeEndElement();
        x.writeStartElement("description");
        x.writeCharacters("signed dyad graph, window " + rs.window().label());
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("mode", "static");
        x.writeAttribute("defaultedgetype", symmetric ? "undirected" : "directed");
        x.writeStartElement("attributes");
        x.writeAttribute("class", "node");
        attr(x, "bloc", "integer");
        attr(x, "membership", "double");
        x.writeEndElement();
        x.writeStartElement("attributes");
        x.writeAttribute("class", "edge");
        for (String[] a : EDGE_ATTRS) attr(x, a[0], a[1].equals("int") ? "integer" : a[1]);
        x.writeEndElement();
        x.writeStartElement("nodes");
        for (String a : rs.actors()) {
            x.writeStartElement("node");
            x.writeAttribute("id", a);
            x.writeAttribute("label", a);
            if (blocs != null && blocs.bloc().containsKey(a)) {
                x.writeStartElement("attvalues");
                attvalue(x, "bloc", Integer.toString(blocs.bloc().get(a)));
                Double m = blocs.strength().get(a);
                if (m != null && !m.isNaN()) attvalue(x, "membership", num(m));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("edges");
        int id = 0;
        for (Relation r : edges(rs, symmetric)) {
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + id++);
            x.writeAttribute("source", r.actor());
            x.writeAttribute("target", r.recipient());
            x.writeAttribute("weight", Integer.toString(r.events()));
            x.writeStartElement("attvalues");
            for (Map.Entry<String, String> v : values(r).entrySet()) attvalue(x, v.getKey(), v.getValue());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static List<Relation> edges(RelationSet rs, boolean symmetric) {
        List<Relation> out = new java.util.ArrayList<>();
        for (SymmetricRelation p : rs.pairs()) {
            if (symmetric) out.add(p.pooled());
            else {
                if (p.forward().events() > 0) out.add(p.forward());
                if (p.backward().events() > 0) out.add(p.backward());
            }
        }
        return out;
    }

    private static Map<String, String> values(Relation r) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("sign", Integer.toString(r.sign()));
        if (!Double.isNaN(r.score())) m.put("score", num(r.score()));
        m.put("strength", num(r.strength()));
        m.put("confidence", num(r.confidence()));
        m.put("events", Integer.toString(r.events()));
        m.put("mixed", Boolean.toString(r.stats().mixed()));
        return m;
    }

    private static void key(Indenting x, String id, String target, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", target);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(Indenting x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void attr(Indenting x, String id, String type) throws XMLStreamException {
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", id);
        x.writeAttribute("title", id);
        x.writeAttribute("type", type);
    }

    private static void attvalue(Indenting x, String id, String value) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", id);
        x.writeAttribute("value", value);
    }

    /** Writes one element per line, indented by depth, text-only elements on one line. */
    private static final class Indenting {
        private final XMLStreamWriter w;
        private int depth;
        private boolean hadChild;

        Indenting(XMLStreamWriter w) {
            this.w = w;
        }

        private void newline() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }

        void writeStartElement(String name) throws XMLStreamException {
            newline();
            w.writeStartElement(name);
            depth++;
            hadChild = false;
        }

        void writeEmptyElement(String name) throws XMLStreamException {
            newline();
            w.writeEmptyElement(name);
            hadChild = true;
        }

        void writeEndElement() throws XMLStreamException {
            depth--;
            if (hadChild) newline();
            w.writeEndElement();
            hadChild = true;
        }

        void writeAttribute(String k, String v) throws XMLStreamException {
            w.writeAttribute(k, v);
        }

        void writeDefaultNamespace(String ns) throws XMLStreamException {
            w.writeDefaultNamespace(ns);
        }

        void writeCharacters(String text) throws XMLStreamException {
            w.writeCharacters(text);
        }
    }

    private static String num(double d) {
        return Double.toString(Math.round(d * 10000) / 10000.0);
    }
}
