package uk.dln.secretariat.model.returns;

import java.util.List;

/** One organisation's slice of the records: what a return workbook holds when issued, and when it comes back. */
public record DepartmentalReturn(ReturnHeader header, List<ActionLine> actions, List<MilestoneLine> milestones,
                                 List<IndicatorLine> indicators, List<RiskLine> risks) {

    public DepartmentalReturn {
        actions = List.copyOf(actions);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
        risks = List.copyOf(risks);
    }

    public DepartmentalReturn withHeader(ReturnHeader newHeader) {
        return new DepartmentalReturn(newHeader, actions, milestones, indicators, risks);
    }
}
