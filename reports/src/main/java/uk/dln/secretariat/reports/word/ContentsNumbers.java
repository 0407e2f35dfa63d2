package uk.dln.secretariat.reports.word;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * The second pass over a written document: stores in each contents entry's PAGEREF field the page its heading was
 * rendered on. Word shows stored results until it updates fields, and never updates them in Protected View, Word
 * for the web or previews, so a stored number must be the real one or none (decision 0022).
 *
 * <p>Only the document's main part is rewritten, as a stream of XML events: a field's result is the first text
 * after its "separate" mark. Every other part of the package is copied as stored ({@link PackageParts}).
 */
public final class ContentsNumbers {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MAIN_PART = "word/document.xml";
    private static final QName FIELD_CHAR_TYPE = new QName(W, "fldCharType");

    private ContentsNumbers() {
    }

    /**
     * Copies the document, filling in the page of every contents entry whose bookmark is in {@code pages}. An entry
     * whose page is not known keeps no number.
     *
     * @param pages each heading's bookmark name and the page it is on, from 1
     * @return how many entries now carry a number
     */
    public static int store(Path docx, Map<String, Integer> pages, OutputStream out) throws IOException {
        var stored = new int[1];
        PackageParts.rewrite(docx, MAIN_PART::equals, (name, part, to) -> stored[0] = storeInPart(part, pages, to), out);
        return stored[0];
    }

    /** The same from a stream, read into memory first. */
    public static int store(InputStream docx, Map<String, Integer> pages, OutputStream out) throws IOException {
        var stored = new int[1];
        PackageParts.rewrite(docx, MAIN_PART::equals, (name, part, to) -> stored[0] = storeInPart(part, pages, to), out);
        return stored[0];
    }

    private static int storeInPart(InputStream part, Map<String, Integer> pages, OutputStream out) throws IOException {
        try {
            // Buffered both ways: the zip's streams inflate and deflate in whatever pieces they are handed.
            var buffered = new BufferedOutputStream(out, 1 << 16);
            XMLEventReader reader = input().createXMLEventReader(new BufferedInputStream(part, 1 << 16));
            XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(buffered, "UTF-8");
            int stored = new Pass(reader, writer, pages).run();
            writer.flush();
            writer.close();
            buffered.flush();
            reader.close();
            return stored;
        } catch (XMLStreamException e) {
            throw new IOException("the document's main part does not parse", e);
        }
    }

    /** A secure reader: the part is our own, but reading it must not reach out for entities or DTDs. */
    private static XMLInputFactory input() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * One pass over the main part. Within a paragraph, a PAGEREF instruction names the bookmark; the "separate"
     * mark starts the result, whose first text is replaced; "end" closes the field.
     */
    private static final class Pass {
        private final XMLEventReader reader;
        private final XMLEventWriter writer;
        private final Map<String, Integer> pages;
        private final XMLEventFactory events = XMLEventFactory.newFactory();
        private String bookmark;
        private boolean inResult;
        private int stored;

        Pass(XMLEventReader reader, XMLEventWriter writer, Map<String, Integer> pages) {
            this.reader = reader;
            this.writer = writer;
            this.pages = pages;
        }

        int run() throws XMLStreamException {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                writer.add(event);
                if (!event.isStartElement() || !W.equals(event.asStartElement().getName().getNamespaceURI())) {
                    continue;
                }
                StartElement start = event.asStartElement();
                switch (start.getName().getLocalPart()) {
                    case "p" -> {
                        bookmark = null;
                        inResult = false;
                    }
                    case "fldChar" -> {
                        var type = start.getAttributeByName(FIELD_CHAR_TYPE);
                        String value = type == null ? "" : type.getValue();
                        if (value.equals("separate")) {
                            inResult = bookmark != null;
                        } else if (value.equals("end")) {
                            bookmark = null;
                            inResult = false;
                        }
                    }
                    case "instrText" -> {
                        String[] words = copyText().strip().split("\\s+");
                        bookmark = words.length >= 2 && words[0].equals("PAGEREF") ? words[1] : null;
                    }
                    case "t" -> {
                        if (inResult) {
                            replaceText();
                        }
                    }
                    default -> {
                    }
                }
            }
            return stored;
        }

        /** Copies an element's text through, up to and including its end, and returns it. */
        private String copyText() throws XMLStreamException {
            var text = new StringBuilder();
            while (true) {
                XMLEvent event = reader.nextEvent();
                writer.add(event);
                if (event.isCharacters()) {
                    text.append(event.asCharacters().getData());
                } else if (event.isEndElement()) {
                    return text.toString();
                }
            }
        }

        /** Drops the result's text up to its end and writes the page instead (or nothing when it is not known). */
        private void replaceText() throws XMLStreamException {
            Integer page = pages.get(bookmark);
            while (true) {
                XMLEvent event = reader.nextEvent();
                if (event.isEndElement()) {
                    if (page != null) {
                        writer.add(events.createCharacters(String.valueOf(page)));
                        stored++;
                    }
                    writer.add(event);
                    inResult = false;
                    return;
                }
            }
        }
    }
}
