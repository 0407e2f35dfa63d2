package uk.dln.secretariat.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Marks as artifacts what LibreOffice paints on a tagged page outside any tag. LibreOffice 7.4 draws a paragraph's
 * border (the red frame of the minutes' draft notice) after the tagged text and leaves it untagged, which PDF/UA-1
 * forbids (clause 7.1: content is either tagged or an artifact). A border is decoration, so an artifact is right.
 * Only whole graphics objects outside every marked-content sequence are wrapped: paths from their first segment to
 * their painting operator, text objects with no tags inside, images and shadings. Tagged content is left as it is.
 */
final class UntaggedPaint {

    private static final Set<String> PATH_STARTS = Set.of("m", "re");
    private static final Set<String> PATH_ENDS = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    private static final Set<String> SINGLE_OBJECTS = Set.of("Do", "sh", "BI");
    private static final Set<String> MARKED_STARTS = Set.of("BMC", "BDC");

    private UntaggedPaint() {
    }

    /** One operator with its operands, as they stand in the content stream. */
    private record Op(List<Object> tokens, String name) {
    }

    /** Rewrites the page's content as one stream, untagged graphics objects wrapped as artifacts. */
    static void markAsArtifacts(PDDocument pdf, PDPage page) throws IOException {
        List<Op> ops = ops(new PDFStreamParser(page).parse());
        var out = new ArrayList<Object>();
        int depth = 0;
        boolean inArtifactPath = false;
        boolean changed = false;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String name = op.name();
            boolean wrapAlone = depth == 0 && (SINGLE_OBJECTS.contains(name)
                    || ("BT".equals(name) && !tagsInsideText(ops, i)));
            if (depth == 0 && !inArtifactPath && PATH_STARTS.contains(name)) {
                open(out);
                inArtifactPath = true;
                changed = true;
            }
            if (wrapAlone) {
                open(out);
                changed = true;
                if ("BT".equals(name)) {
                    // The whole text object, up to its ET.
                    while (!"ET".equals(ops.get(i).name())) {
                        out.addAll(ops.get(i++).tokens());
                    }
                    op = ops.get(i);
                    name = op.name();
                }
            }
            out.addAll(op.tokens());
            if (MARKED_STARTS.contains(name)) {
                depth++;
            } else if ("EMC".equals(name)) {
                depth--;
            }
            if ((inArtifactPath && PATH_ENDS.contains(name)) || wrapAlone) {
                out.add(Operator.getOperator("EMC"));
                inArtifactPath = false;
            }
        }
        if (!changed) {
            return;
        }
        var contents = new PDStream(pdf);
        try (OutputStream stream = contents.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(stream).writeTokens(out);
        }
        page.setContents(contents);
    }

    private static void open(List<Object> out) {
        out.add(COSName.ARTIFACT);
        out.add(Operator.getOperator("BMC"));
    }

    private static boolean tagsInsideText(List<Op> ops, int bt) {
        for (int i = bt + 1; i < ops.size() && !"ET".equals(ops.get(i).name()); i++) {
            if (MARKED_STARTS.contains(ops.get(i).name()) || "EMC".equals(ops.get(i).name())) {
                return true;
            }
        }
        return false;
    }

    private static List<Op> ops(List<Object> tokens) {
        var ops = new ArrayList<Op>();
        var pending = new ArrayList<Object>();
        for (Object token : tokens) {
            pending.add(token);
            if (token instanceof Operator operator) {
                ops.add(new Op(List.copyOf(pending), operator.getName()));
                pending.clear();
            } else if (!(token instanceof COSBase)) {
                throw new IllegalStateException("unexpected content token " + token);
            }
        }
        if (!pending.isEmpty()) {
            ops.add(new Op(List.copyOf(pending), ""));
        }
        return ops;
    }
}
