package uk.dln.secretariat.model.meetings;

import java.time.LocalDate;
import java.util.Objects;
import uk.dln.secretariat.model.Validator;

/**
 * What a civil-service cover sheet says about a paper besides its summary: when it was written, where it has been
 * before, who was consulted, its financial, legal and risk implications, and whether it may be published.
 *
 * @param paperDate the date of the paper; null when not given
 */
public record PaperContext(LocalDate paperDate, String previousConsideration, String consultation,
                           String financialImplications, String legalImplications, String riskImplications,
                           Publication publication) {

    public static final PaperContext NONE = new PaperContext(null, "", "", "", "", "", Publication.NOT_DECIDED);

    public PaperContext {
        previousConsideration = strip(previousConsideration);
        consultation = strip(consultation);
        financialImplications = strip(financialImplications);
        legalImplications = strip(legalImplications);
        riskImplications = strip(riskImplications);
        publication = Objects.requireNonNullElse(publication, Publication.NOT_DECIDED);
        new Validator()
                .maxLength("previousConsideration", previousConsideration, CoverSheet.TEXT_MAX)
                .maxLength("consultation", consultation, CoverSheet.TEXT_MAX)
                .maxLength("financialImplications", financialImplications, CoverSheet.TEXT_MAX)
                .maxLength("legalImplications", legalImplications, CoverSheet.TEXT_MAX)
                .maxLength("riskImplications", riskImplications, CoverSheet.TEXT_MAX)
                .throwIfInvalid();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
