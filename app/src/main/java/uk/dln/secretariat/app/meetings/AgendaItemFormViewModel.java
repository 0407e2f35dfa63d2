package uk.dln.secretariat.app.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.model.meetings.Publication;
import uk.dln.secretariat.model.meetings.StandingItem;

/** The agenda item form: title, purpose, presenter, time, paper and cover sheet. */
public final class AgendaItemFormViewModel {

    private long editingId;
    /** The item as read for editing; its version is what a save claims. */
    private AgendaItem shown;
    private long meetingId;
    private int position;
    private StandingItem standing;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ItemPurpose> purpose = new SimpleObjectProperty<>(this, "purpose",
            ItemPurpose.DISCUSSION);
    private final ObjectProperty<Leader> presenter = new SimpleObjectProperty<>(this, "presenter");
    private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "15");
    private final BooleanProperty paper = new SimpleBooleanProperty(this, "paper", true);
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final StringProperty sponsor = new SimpleStringProperty(this, "sponsor", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty recommendations = new SimpleStringProperty(this, "recommendations", "");
    private final StringProperty marking = new SimpleStringProperty(this, "marking", "OFFICIAL");
    private final ObjectProperty<LocalDate> paperDate = new SimpleObjectProperty<>(this, "paperDate");
    private final StringProperty previousConsideration = new SimpleStringProperty(this, "previousConsideration", "");
    private final StringProperty consultation = new SimpleStringProperty(this, "consultation", "");
    private final StringProperty financial = new SimpleStringProperty(this, "financialImplications", "");
    private final StringProperty legal = new SimpleStringProperty(this, "legalImplications", "");
    private final StringProperty risk = new SimpleStringProperty(this, "riskImplications", "");
    private final ObjectProperty<Publication> publication = new SimpleObjectProperty<>(this, "publication",
            Publication.NOT_DECIDED);
    private final ReadOnlyBooleanWrapper editingExisting = new ReadOnlyBooleanWrapper(this, "editingExisting");
    private final FieldErrors errors = new FieldErrors("title", "purpose", "presenter", "minutes", "author", "sponsor", "summary",
            "recommendations", "marking", "paperDate", "previousConsideration", "consultation", "financialImplications",
            "legalImplications", "riskImplications");
    private final ChangeTracker changes = new ChangeTracker(
            () -> Arrays.asList(title.get(), purpose.get(), presenter.get(), minutes.get(), paper.get(), author.get(),
                    sponsor.get(), summary.get(), recommendations.get(), marking.get(), paperDate.get(),
                    previousConsideration.get(), consultation.get(), financial.get(), legal.get(), risk.get(),
                    publication.get()),
            title, purpose, presenter, minutes, paper, author, sponsor, summary, recommendations, marking, paperDate,
            previousConsideration, consultation, financial, legal, risk, publication);

    public void edit(AgendaItem item, Leader presenterLeader) {
        shown = item;
        editingId = item.id();
        meetingId = item.meetingId();
        position = item.position();
        standing = item.standing();
        title.set(item.title());
        purpose.set(item.purpose());
        presenter.set(presenterLeader);
        minutes.set(String.valueOf(item.minutes()));
        paper.set(item.paper());
        CoverSheet cover = item.cover();
        author.set(cover.author());
        sponsor.set(cover.sponsor());
        summary.set(cover.summary());
        recommendations.set(cover.recommendations());
        marking.set(cover.marking().label());
        show(cover.context());
        editingExisting.set(true);
        errors.clear();
        changes.markClean();
    }

    /** A blank substantive item that will go in at {@code newPosition}. */
    public void clear(long forMeetingId, int newPosition, ProtectiveMarking defaultMarking) {
        shown = null;
        editingId = 0;
        meetingId = forMeetingId;
        position = newPosition;
        standing = null;
        title.set("");
        purpose.set(ItemPurpose.DISCUSSION);
        presenter.set(null);
        minutes.set("15");
        paper.set(true);
        author.set("");
        sponsor.set("");
        summary.set("");
        recommendations.set("");
        marking.set(defaultMarking.label());
        show(PaperContext.NONE);
        editingExisting.set(false);
        errors.clear();
        changes.markClean();
    }

    private void show(PaperContext context) {
        paperDate.set(context.paperDate());
        previousConsideration.set(context.previousConsideration());
        consultation.set(context.consultation());
        financial.set(context.financialImplications());
        legal.set(context.legalImplications());
        risk.set(context.riskImplications());
        publication.set(context.publication());
    }

    /** The item the fields describe, or null with every problem shown on its field. */
    AgendaItem toItem() {
        var parsing = new FormParsing();
        parsing.text(title, author, sponsor, summary, recommendations, marking, previousConsideration, consultation,
                financial, legal, risk);
        int allotted = parsing.minutes("minutes", minutes.get());
        ProtectiveMarking parsed = parsing.marking(marking.get());
        return parsing.build(() -> new AgendaItem(editingId, meetingId, position, title.get(), purpose.get(),
                standing, presenter.get() == null ? null : presenter.get().id(), allotted, paper.get(),
                new CoverSheet(author.get(), sponsor.get(), summary.get(), recommendations.get(), parsed,
                        new PaperContext(paperDate.get(), previousConsideration.get(), consultation.get(),
                                financial.get(), legal.get(), risk.get(), publication.get())),
                shown == null ? 0 : shown.version()), errors);
    }

    /**
     * The item read again while the person types over it. When its fields are as the form read them (its place or
     * its minutes changed, say), the form takes the new version, so that saving the typing is not refused over a
     * change to something else; otherwise it keeps the version it read, and the save is refused.
     */
    void readAgain(AgendaItem stored) {
        if (shown != null && stored.id() == shown.id()
                && stored.at(shown.meetingId(), shown.position()).atVersion(shown.version()).equals(shown)) {
            shown = stored;
        }
    }

    /** The id of the item in the form; 0 for a new one. */
    long editingId() {
        return editingId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ItemPurpose> purposeProperty() {
        return purpose;
    }

    public ObjectProperty<Leader> presenterProperty() {
        return presenter;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public BooleanProperty paperProperty() {
        return paper;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty sponsorProperty() {
        return sponsor;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty recommendationsProperty() {
        return recommendations;
    }

    public StringProperty markingProperty() {
        return marking;
    }

    /** The date of the paper, printed on its cover sheet; null when not given. */
    public ObjectProperty<LocalDate> paperDateProperty() {
        return paperDate;
    }

    public StringProperty previousConsiderationProperty() {
        return previousConsideration;
    }

    public StringProperty consultationProperty() {
        return consultation;
    }

    public StringProperty financialImplicationsProperty() {
        return financial;
    }

    public StringProperty legalImplicationsProperty() {
        return legal;
    }

    public StringProperty riskImplicationsProperty() {
        return risk;
    }

    public ObjectProperty<Publication> publicationProperty() {
        return publication;
    }

    public ReadOnlyBooleanProperty editingExistingProperty() {
        return editingExisting.getReadOnlyProperty();
    }

    /** Whether the fields differ from what was last loaded or saved. */
    public ChangeTracker changes() {
        return changes;
    }

    public FieldErrors errors() {
        return errors;
    }
}
