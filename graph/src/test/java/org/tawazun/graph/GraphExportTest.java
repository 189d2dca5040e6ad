package org.tawazun.graph;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tawazun.graph.Events.ev;

class GraphExportTest {
    final RelationSet rs = RelationSet.compute(List.of(ev("A&B", "C<D>", null, 5), ev("C<D>", "A&B", null, -4),
            ev("A&B", "E", null, 0.3)), Window.ALL, SignRule.DEFAULT);

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphmlHasEveryActorAndOneEdgePerDirection() throws Exception {
        StringWriter w = new StringWriter();
        GraphExport.write(w, GraphExport.Format.GRAPHML, rs, Blocs.partition(rs.signedGraph(null)), false);
        Document d = parse(w.toString());
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(d.getElementsByTagName("node").getLength()).isEqualTo(3);
        NodeList edges = d.getElementsByTagName("edge");
        assertThat(edges.getLength()).isEqualTo(3);
        Element first = (Element) edges.item(0);
        assertThat(first.getAttribute("source")).isEqualTo("A&B");
        assertThat(first.getAttribute("target")).isEqualTo("C<D>");
        assertThat(w.toString()).contains("<data key=\"sign\">1</data>").contains("<data key=\"sign\">-1</data>")
                .contains("edgedefault=\"directed\"");
    }

    @Test
    void gexfSymmetricHasOneEdgePerPair() throws Exception {
        StringWriter w = new StringWriter();
        GraphExport.write(w, GraphExport.Format.GEXF, rs, null, true);
        Document d = parse(w.toString());
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("gexf");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(d.getElementsByTagName("edge").getLength()).isEqualTo(2);
        assertThat(w.toString()).contains("defaultedgetype=\"undirected\"").contains("weight=\"2\"");
    }
}
