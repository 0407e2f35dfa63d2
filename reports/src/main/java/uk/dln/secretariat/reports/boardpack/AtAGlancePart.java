package uk.dln.secretariat.reports.boardpack;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.PackMovement;
import uk.dln.secretariat.model.boardpack.PackMovement.ConfidenceMove;
import uk.dln.secretariat.model.boardpack.PackMovement.IndicatorMove;
import uk.dln.secretariat.model.boardpack.PackMovement.MilestoneMove;
import uk.dln.secretariat.model.boardpack.PackMovement.RiskMove;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.meetings.ActionLogSection;
import uk.dln.secretariat.reports.meetings.CoverSheetSection;
import uk.dln.secretariat.reports.word.InternalLinks;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * "At a glance", straight after the cover: what an executive reads first. The decisions sought, overall delivery
 * confidence with its movement since the last issued pack, new red milestones and new slippage, actions overdue and
 * closed, new or worse high risks and indicators that moved on or off track. Movement is said in words with an
 * arrow, never by colour alone; each line about a roadmap links to that organisation's detail.
 */
final class AtAGlancePart implements PackPart {

    @Override
    public String titleKey() {
        return "pack.section.atAGlance";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        document.heading(1, texts.get("pack.section.atAGlance"));
        PackMovement movement = PackMovement.of(request);
        document.body(movement.previous()
                .map(last -> texts.get("pack.glance.comparedWith", last.meeting().contains(texts.date(last.packDate()))
                        ? last.meeting() : last.meeting() + ", " + texts.date(last.packDate())))
                .orElse(texts.get("pack.glance.firstIssue")));
        boolean linked = request.includes(PackSection.ROADMAPS);
        request.meeting().ifPresent(meeting -> decisions(document, movement.decisions(), papersIn(request)));
        if (request.roadmaps().isPresent() && !request.roadmaps().get().roadmaps().isEmpty()) {
            confidence(document, movement.confidence(), linked);
            milestones(document, "pack.glance.newReds", "pack.glance.noNewReds", movement.newReds(), linked,
                    move -> texts.get("pack.glance.newRed", move.milestone().title(),
                            texts.shortDate(move.milestone().forecastDate())));
            milestones(document, "pack.glance.newSlippage", "pack.glance.noNewSlippage", movement.newSlippage(),
                    linked, move -> texts.get(move.before() == null ? "pack.glance.slipped" : "pack.glance.slippedMore",
                            move.milestone().title(), move.movedDays(),
                            texts.slippage(move.milestone().slippageDays())));
        }
        request.meeting().ifPresent(meeting -> actions(document, movement, logged(request)));
        if (request.roadmaps().isPresent() && !request.roadmaps().get().roadmaps().isEmpty()) {
            risks(document, movement.risks(), linked);
            indicators(document, movement.indicators(), request.includes(PackSection.INDICATORS), linked);
        }
    }

    /** The agenda items whose cover sheets the pack carries: the targets of the decisions' links. */
    private static Set<Long> papersIn(PackRequest request) {
        if (!request.includes(PackSection.PAPERS)) {
            return Set.of();
        }
        return request.meeting().map(m -> m.coveredPapers().stream().map(e -> e.line().item().id())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** The actions whose rows the pack's action log carries: the targets of the actions' links. */
    private static Set<Long> logged(PackRequest request) {
        if (!request.includes(PackSection.ACTIONS)) {
            return Set.of();
        }
        return request.meeting().map(m -> m.actionLog().stream().map(e -> e.action().id())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /**
     * Each decision with its recommendation; its paper's reference and title link to the paper's cover sheet, whose
     * heading they repeat. A decision is an item with a paper (not a standing item), so every one has a cover sheet
     * when the pack carries the papers; without them the line is plain, the agenda being one table with no
     * heading per item to link to.
     */
    private static void decisions(WordDocument document, List<AgendaEntry> decisions, Set<Long> papers) {
        var texts = document.texts();
        // An empty list is one line without its heading, so the page stays within two.
        if (decisions.isEmpty()) {
            document.body(texts.get("pack.glance.noDecisions"));
            return;
        }
        document.heading(2, texts.get("pack.glance.decisions"));
        for (AgendaEntry entry : decisions) {
            var item = entry.line().item();
            String recommendation = item.cover().recommendations();
            String said = recommendation.isEmpty() ? texts.get("pack.glance.noRecommendation") : recommendation;
            if (entry.line().reference() != null && papers.contains(item.id())) {
                XWPFParagraph paragraph = document.labelled(".", said);
                InternalLinks.prepend(paragraph.getCTP(), PackLinks.paper(item.id()),
                        CoverSheetSection.heading(texts, entry), true);
            } else {
                String reference = entry.line().reference() == null ? "" : entry.line().reference() + " ";
                document.labelled(reference + item.title() + ".", said);
            }
        }
    }

    /** The table of overall confidence; each organisation's name links to its roadmap's detail when that is in. */
    private static void confidence(WordDocument document, List<ConfidenceMove> moves, boolean linked) {
        var texts = document.texts();
        document.heading(2, texts.get("pack.glance.confidence"));
        // A wide name column keeps each organisation to one line, so the table fits beside the lists that follow.
        var table = new WordTable(document, List.of(new Column(texts.get("roadmaps.network.organisation"), 9),
                new Column(texts.get("pack.confidence.overall"), 3),
                new Column(texts.get("pack.glance.sinceLast"), 4),
                new Column(texts.get("pack.confidence.leastMilestone"), 3)));
        for (ConfidenceMove move : moves) {
            String organisation = move.roadmap().organisationName();
            table.row(linked ? Cell.linked(organisation, PackLinks.roadmap(move.roadmap().roadmap().id()))
                            : Cell.of(organisation),
                    move.now() == null ? Cell.of(texts.get("pack.confidence.notJudged"))
                            : Cells.confidence(texts, move.now()),
                    Cell.of(movement(texts, move)),
                    move.leastConfidentMilestone() == null ? Cell.of(texts.get("roadmaps.network.noOpen"))
                            : Cells.confidence(texts, move.leastConfidentMilestone()));
        }
        table.write();
        document.paragraph("Caption", texts.get("pack.glance.confidenceKey"));
    }

    /** "▲ Up from Amber", "▼ Down from Green", "No change", or why there is nothing to compare. */
    static String movement(Texts texts, ConfidenceMove move) {
        return switch (move.direction()) {
            case UP -> texts.get("pack.glance.up", texts.get(move.before().messageKey()));
            case DOWN -> texts.get("pack.glance.down", texts.get(move.before().messageKey()));
            case SAME -> texts.get("pack.glance.same");
            case NOT_COMPARED -> texts.get(move.now() == null ? "pack.glance.notJudged" : "pack.glance.newJudgement");
        };
    }

    private interface Line<T> {
        String text(T item);
    }

    private static void milestones(WordDocument document, String headingKey, String noneKey,
                                   List<MilestoneMove> moves, boolean linked, Line<MilestoneMove> line) {
        var texts = document.texts();
        if (moves.isEmpty()) {
            document.body(texts.get(noneKey));
            return;
        }
        document.heading(2, texts.get(headingKey, moves.size()));
        for (MilestoneMove move : moves) {
            organisationLine(document, move.organisation(), move.milestone().roadmapId(), linked, line.text(move));
        }
    }

    /** A line that starts with the organisation's name, linked to its roadmap's detail when that is in the pack. */
    private static void organisationLine(WordDocument document, String organisation, long roadmapId, boolean linked,
                                         String text) {
        XWPFParagraph paragraph = document.paragraph("Normal", "");
        if (linked) {
            PackLinks.link(paragraph, PackLinks.roadmap(roadmapId), organisation);
        } else {
            var bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText(uk.dln.secretariat.reports.XmlText.clean(organisation));
        }
        paragraph.createRun().setText(uk.dln.secretariat.reports.XmlText.clean(": " + text));
    }

    /**
     * Actions overdue and closed, each reference a link to its row in the pack's action log. An action closed since
     * the last pack but before the last meeting is not in the log (it lists those finished since the meeting): its
     * detail is only in the trackers, so its reference stays plain, and the line ends with a link to the log itself,
     * the nearest detail the pack has.
     */
    private static void actions(WordDocument document, PackMovement movement, Set<Long> logged) {
        var texts = document.texts();
        document.heading(2, texts.get("pack.glance.actions"));
        XWPFParagraph paragraph = document.paragraph("Normal", "");
        actionLine(paragraph, texts, "pack.glance.overdue", movement.overdueActions(), logged);
        PackLinks.text(paragraph, " ");
        actionLine(paragraph, texts, movement.compared() ? "pack.glance.closedSincePack"
                : "pack.glance.closedSinceMeeting", movement.closedActions(), logged);
        if (!logged.isEmpty()) {
            PackLinks.text(paragraph, " ");
            PackLinks.sentence(paragraph, texts.get("pack.glance.seeActionLog", PackLinks.HERE),
                    ActionLogSection.BOOKMARK, texts.get("pack.section.actions"));
        }
    }

    private static void actionLine(XWPFParagraph paragraph, Texts texts, String key, List<ActionLogEntry> actions,
                                   Set<Long> logged) {
        // "No actions are overdue." has no place for references; a bilingual sentence has one in each language.
        PackLinks.sentence(paragraph, texts.get(key, actions.size(), PackLinks.HERE), () -> {
            for (int i = 0; i < actions.size(); i++) {
                var action = actions.get(i).action();
                if (i > 0) {
                    PackLinks.text(paragraph, ", ");
                }
                if (logged.contains(action.id())) {
                    PackLinks.link(paragraph, ActionLogSection.bookmark(action), action.reference());
                } else {
                    PackLinks.text(paragraph, action.reference());
                }
            }
        });
    }

    private static void risks(WordDocument document, List<RiskMove> moves, boolean linked) {
        var texts = document.texts();
        if (moves.isEmpty()) {
            document.body(texts.get("pack.glance.noRisks"));
            return;
        }
        document.heading(2, texts.get("pack.glance.risks", moves.size()));
        for (RiskMove move : moves) {
            var risk = move.risk();
            String rating = texts.get(risk.rating().messageKey());
            String text = move.before() == null
                    ? texts.get("pack.glance.riskNew", risk.title(), risk.score(), rating)
                    : texts.get("pack.glance.riskWorse", risk.title(), risk.score(), rating, move.before().score());
            organisationLine(document, move.organisation(), risk.roadmapId(), linked, text);
        }
    }

    /**
     * Each indicator that moved, its organisation's name a link to that organisation's charts (every indicator that
     * moved is charted), or to its roadmap's detail when the pack has no indicator trends.
     */
    private static void indicators(WordDocument document, List<IndicatorMove> moves, boolean charted,
                                   boolean roadmaps) {
        var texts = document.texts();
        if (moves.isEmpty()) {
            document.body(texts.get("pack.glance.noIndicators"));
            return;
        }
        document.heading(2, texts.get("pack.glance.indicators", moves.size()));
        for (IndicatorMove move : moves) {
            String key = move.now() == IndicatorTrack.ON_TRACK ? "pack.glance.onTrack" : "pack.glance.offTrack";
            String organisation = move.series().organisation();
            long roadmapId = move.series().indicator().roadmapId();
            if (charted || roadmaps) {
                PackLinks.sentence(document.paragraph("Normal", ""), texts.get(key, PackLinks.HERE,
                        move.series().indicator().name(), texts.get(move.before().messageKey())),
                        charted ? PackLinks.indicators(roadmapId) : PackLinks.roadmap(roadmapId), organisation);
            } else {
                document.body(texts.get(key, organisation, move.series().indicator().name(),
                        texts.get(move.before().messageKey())));
            }
        }
    }
}
