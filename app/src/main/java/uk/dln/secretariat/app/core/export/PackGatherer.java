package uk.dln.secretariat.app.core.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.marking.DocumentMarking;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.boardpack.PackTitles;

/** Reads what a pack needs from the workspace, so the writers never touch the database. */
public final class PackGatherer {

    private PackGatherer() {
    }

    /**
     * @param meeting the meeting the pack is for, or null for a pack of the roadmap sections on a day
     * @param asAt    the day the pack is issued: what it reports as at, and overdue is judged on; a pack for a day
     *                without a meeting is as at that day
     */
    public static PackRequest gather(WorkspaceData workspace, Meeting meeting, LocalDate date,
                                     Set<PackSection> sections, LocalDate asAt) {
        return gather(workspace, meeting, date, sections, asAt,
                ReportTexts.of(workspace.settings().documentLanguage()));
    }

    /** @param texts the words of the documents the pack is written in, for its title */
    public static PackRequest gather(WorkspaceData workspace, Meeting meeting, LocalDate date,
                                     Set<PackSection> sections, LocalDate asAt, Texts texts) {
        var settings = workspace.settings().load();
        LocalDate day = meeting == null ? date : asAt;
        Optional<RoadmapPackData> roadmaps = period(workspace, day).map(period -> roadmaps(workspace, period,
                settings.slippageThresholdDays(), settings.confidenceScale()));
        Optional<MeetingPackData> meetingData = Optional.ofNullable(meeting)
                .filter(m -> sections.stream().anyMatch(PackSection::fromMeeting))
                .map(m -> new MeetingGatherer(workspace).pack(m, day));
        String title = meeting == null ? PackTitles.forDate(texts, date)
                : PackTitles.forMeeting(texts, meeting.number(), meeting.date());
        var markings = new DocumentMarkings(settings.defaultMarking());
        ProtectiveMarking marking = meetingData.map(markings::pack).orElseGet(markings::day).marking();
        var request = new PackRequest(settings.networkName(), title, day, List.of(settings.defaultMarking(), marking),
                sections, roadmaps, meetingData, workspace.roadmaps().issuedPacks().lastBefore(date));
        return sections.contains(PackSection.SELF_ASSESSMENT)
                ? request.withSelfAssessment(SelfAssessmentGatherer.read(workspace, day)) : request;
    }

    /** What the pack for the meeting will be marked, and which paper raised it, before it is written. */
    static DocumentMarking marking(WorkspaceData workspace, Meeting meeting, LocalDate asAt) {
        var markings = new DocumentMarkings(workspace.settings().load().defaultMarking());
        return meeting == null ? markings.day() : markings.pack(new MeetingGatherer(workspace).pack(meeting, asAt));
    }

    /** The period the date falls in; failing that the latest one that started before it, or the latest of all. */
    public static Optional<SpendingReviewPeriod> period(WorkspaceData workspace, LocalDate date) {
        List<SpendingReviewPeriod> periods = workspace.roadmaps().periods().findAll();
        return periods.stream().filter(p -> p.contains(date)).findFirst()
                .or(() -> periods.stream().filter(p -> !p.start().isAfter(date))
                        .max(Comparator.comparing(SpendingReviewPeriod::start)))
                .or(() -> periods.stream().max(Comparator.comparing(SpendingReviewPeriod::start)));
    }

    private static RoadmapPackData roadmaps(WorkspaceData workspace, SpendingReviewPeriod period, int threshold,
                                            ConfidenceScale scale) {
        List<OrganisationRoadmap> overview = workspace.roadmaps().overview(period.id());
        var repository = workspace.roadmaps().indicators();
        // Two queries for every roadmap's indicators and readings, however many roadmaps the period has.
        Map<Long, String> organisations = overview.stream().collect(Collectors.toMap(
                roadmap -> roadmap.roadmap().id(), OrganisationRoadmap::organisationName, (first, second) -> first));
        List<Indicator> found = repository.findByRoadmaps(
                overview.stream().map(roadmap -> roadmap.roadmap().id()).toList());
        Map<Long, List<IndicatorReading>> readings = repository.readings(found.stream().map(Indicator::id).toList());
        var indicators = found.stream().map(indicator -> new IndicatorSeries(organisations.get(indicator.roadmapId()),
                indicator, period.start(), readings.getOrDefault(indicator.id(), List.of()))).toList();
        return new RoadmapPackData(period, threshold, overview, indicators, scale,
                workspace.roadmaps().overallConfidence().currentByPeriod(period.id()),
                workspace.settings().exceptionsLimit(), RoadmapPackData.DEFAULT_REVIEW_GRACE_DAYS);
    }
}
