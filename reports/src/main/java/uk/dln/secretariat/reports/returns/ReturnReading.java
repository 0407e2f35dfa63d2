package uk.dln.secretariat.reports.returns;

import java.util.List;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.ReturnProblem;

/**
 * What a return workbook said: its records, or why it cannot be taken in.
 *
 * @param content null when the file could not be read as a return at all
 */
public record ReturnReading(DepartmentalReturn content, List<ReturnProblem> problems) {

    public ReturnReading {
        problems = List.copyOf(problems);
    }

    public boolean isRefused() {
        return content == null || !problems.isEmpty();
    }
}
