package uk.dln.secretariat.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Reads back a written Word or Excel file the way Word, Excel and LibreOffice will: every XML part of the package
 * must parse. An export checks its own files with this before they take their final names, so a file no reader can
 * open is never handed over as if it were fine.
 *
 * <p>The parser is a secure one (no DTDs, no external entities): the parts are our own, but a check must not be the
 * thing that reaches out to the network or the disk.
 */
public final class OfficePartsCheck {

    private OfficePartsCheck() {
    }

    /**
     * @param file  the file written
     * @param shown the file's name as the user knows it, for the message (the file checked may be a temporary one)
     * @throws SecretariatException {@code pack.error.unreadablePart} naming the file and the first part that does not
     *                              parse, or {@code pack.error.notAPackage} when the file is not a zip package at all
     */
    public static void verify(Path file, Path shown) {
        SAXParser parser = parser();
        try (var zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isXml(entry.getName())) {
                    parse(parser, zip, entry, shown);
                }
            }
        } catch (IOException e) {
            throw new SecretariatException(e, "pack.error.notAPackage", shown, String.valueOf(e.getMessage()));
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static void parse(SAXParser parser, ZipFile zip, ZipEntry entry, Path shown) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            parser.reset();
            parser.parse(in, new DefaultHandler());
        } catch (SAXException e) {
            throw new SecretariatException(e, "pack.error.unreadablePart", shown, entry.getName(),
                    String.valueOf(e.getMessage()));
        }
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The platform's XML parser cannot be made safe", e);
        }
    }
}
