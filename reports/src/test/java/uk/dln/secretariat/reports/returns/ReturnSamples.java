package uk.dln.secretariat.reports.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.returns.ActionLine;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IndicatorLine;
import uk.dln.secretariat.model.returns.MilestoneLine;
import uk.dln.secretariat.model.returns.ReturnHeader;
import uk.dln.secretariat.model.returns.RiskLine;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.time.Quarter;

/** A small return with one record of each kind, as the app would issue it. */
public final class ReturnSamples {

    private ReturnSamples() {
    }

    public static DepartmentalReturn dwp() {
        var header = new ReturnHeader("a".repeat(32), "b".repeat(32), "DWP", "Department for Work and Pensions",
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 19), Quarter.of(LocalDate.of(2026, 11, 5)),
                "OFFICIAL-SENSITIVE", "The Digital Leaders Network secretariat");
        return new DepartmentalReturn(header,
                List.of(new ActionLine(7, "2026-10-01T09:00", "A26/09/02", "Publish the data strategy",
                        LocalDate.of(2026, 12, 1), ActionStatus.IN_PROGRESS, "Draft with ministers", "")),
                List.of(new MilestoneLine(11, "2026-09-01T10:15:30.250", "Cloud migration",
                        LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30), null, MilestoneStatus.IN_PROGRESS,
                        DeliveryConfidence.AMBER, "")),
                List.of(new IndicatorLine(13, "2026-08-01T08:00", "Services online", "%", new BigDecimal("38.5"),
                        "")),
                List.of(new RiskLine(17, "2026-07-01T12:00", "Skills shortage", "CDIO", 4, 3,
                        "Graduate scheme", RiskStatus.OPEN, LocalDate.of(2027, 1, 15))));
    }
}
