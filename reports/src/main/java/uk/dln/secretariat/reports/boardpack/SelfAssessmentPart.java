package uk.dln.secretariat.reports.boardpack;

import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.SelfAssessmentPackData;
import uk.dln.secretariat.reports.toolkit.SelfAssessmentSectionWriter;
import uk.dln.secretariat.reports.word.WordDocument;

/**
 * The toolkit self-assessment: the latest round's section, written by the same writer as the section exported on its
 * own. With no round opened yet the pack says so in one line under the section's heading, so a reader who looks for
 * it in the contents finds why it is empty.
 */
final class SelfAssessmentPart implements PackPart {

    @Override
    public String titleKey() {
        return "pack.section.selfAssessment";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        var data = request.selfAssessment();
        var map = data.flatMap(SelfAssessmentPackData::heatMap);
        if (map.isEmpty()) {
            document.heading(1, texts.get("pack.section.selfAssessment"));
            document.body(texts.get("pack.selfAssessment.none"));
            return;
        }
        SelfAssessmentSectionWriter.forPack(texts).write(document, map.get(), data.get().roleChecks());
    }
}
