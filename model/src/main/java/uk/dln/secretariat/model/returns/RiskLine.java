package uk.dln.secretariat.model.returns;

import java.time.LocalDate;
import uk.dln.secretariat.model.roadmaps.RiskStatus;

/**
 * An open risk as a return carries it, or a new one written into an empty row.
 *
 * @param id      0 for a new risk
 * @param version empty for a new risk
 */
public record RiskLine(long id, String version, String title, String owner, int likelihood, int impact,
                       String mitigation, RiskStatus status, LocalDate reviewDate) {

    public RiskLine {
        version = version == null ? "" : version;
        title = title == null ? "" : title.strip();
        owner = owner == null ? "" : owner.strip();
        mitigation = mitigation == null ? "" : mitigation.strip();
    }

    public boolean isNew() {
        return id == 0;
    }
}
