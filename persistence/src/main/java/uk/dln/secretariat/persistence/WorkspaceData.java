package uk.dln.secretariat.persistence;

import java.time.Clock;
import org.jooq.DSLContext;
import uk.dln.secretariat.persistence.actions.ActionRepository;
import uk.dln.secretariat.persistence.audit.AuditRepository;
import uk.dln.secretariat.persistence.backup.BackupSettings;
import uk.dln.secretariat.persistence.directory.DeclarationRepository;
import uk.dln.secretariat.persistence.directory.LeaderRepository;
import uk.dln.secretariat.persistence.directory.MembershipRepository;
import uk.dln.secretariat.persistence.directory.OrganisationRepository;
import uk.dln.secretariat.persistence.home.HomeRepository;
import uk.dln.secretariat.persistence.meetings.AgendaRepository;
import uk.dln.secretariat.persistence.meetings.AttendanceRepository;
import uk.dln.secretariat.persistence.meetings.MeetingRepository;
import uk.dln.secretariat.persistence.meetings.PaperFileRepository;
import uk.dln.secretariat.persistence.returns.ReturnRepository;
import uk.dln.secretariat.persistence.roadmaps.Roadmaps;
import uk.dln.secretariat.persistence.settings.SettingsRepository;
import uk.dln.secretariat.persistence.toolkit.RoleCheckRepository;
import uk.dln.secretariat.persistence.toolkit.SelfAssessmentRepository;

/**
 * The records of a workspace: every repository, over one {@link DSLContext} given to them. Where the context's
 * connections come from (an SQLite file, or a PostgreSQL server) is none of their business; the file's life cycle
 * (open, check, lock, back up, restore) is {@link Workspace}'s, the server's {@code ServerWorkspace}'s
 * (decision 0038).
 */
public final class WorkspaceData {

    private final DSLContext dsl;
    private final boolean readOnly;
    private final BackupSettings backupSettings;
    private final AuditRepository audit;
    private final SettingsRepository settings;
    private final OrganisationRepository organisations;
    private final LeaderRepository leaders;
    private final MembershipRepository memberships;
    private final DeclarationRepository declarations;
    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final AttendanceRepository attendance;
    private final PaperFileRepository papers;
    private final ActionRepository actions;
    private final Roadmaps roadmaps;
    private final ReturnRepository returns;
    private final SelfAssessmentRepository selfAssessment;
    private final RoleCheckRepository roleChecks;
    private final HomeRepository home;

    /**
     * @param dsl   the one context of the open workspace, built once and never changed
     * @param clock stamps changes
     */
    public WorkspaceData(DSLContext dsl, Clock clock) {
        this(dsl, clock, false);
    }

    /**
     * @param readOnly whether the context refuses every change (a file another copy of the app holds), so that
     *                 work that would change records can say so before it starts
     */
    public WorkspaceData(DSLContext dsl, Clock clock, boolean readOnly) {
        this.dsl = dsl;
        this.readOnly = readOnly;
        this.backupSettings = new BackupSettings(dsl);
        this.audit = new AuditRepository(dsl);
        this.settings = new SettingsRepository(dsl);
        this.organisations = new OrganisationRepository(dsl, clock);
        this.leaders = new LeaderRepository(dsl, clock);
        this.memberships = new MembershipRepository(dsl, clock);
        this.declarations = new DeclarationRepository(dsl, clock);
        this.meetings = new MeetingRepository(dsl, clock);
        this.agenda = new AgendaRepository(dsl, clock);
        this.attendance = new AttendanceRepository(dsl, clock);
        this.papers = new PaperFileRepository(dsl, clock);
        this.actions = new ActionRepository(dsl, clock);
        this.roadmaps = new Roadmaps(dsl, clock);
        this.returns = new ReturnRepository(dsl, clock);
        this.selfAssessment = new SelfAssessmentRepository(dsl, clock);
        this.roleChecks = new RoleCheckRepository(dsl, clock);
        this.home = new HomeRepository(dsl, settings);
    }

    /** The context the repositories share, for whole-workspace work in this module (copying between databases). */
    DSLContext dsl() {
        return dsl;
    }

    /** Whether every change is refused here; the records can still be read. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public BackupSettings backupSettings() {
        return backupSettings;
    }

    public AuditRepository audit() {
        return audit;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public OrganisationRepository organisations() {
        return organisations;
    }

    public LeaderRepository leaders() {
        return leaders;
    }

    public MembershipRepository memberships() {
        return memberships;
    }

    public DeclarationRepository declarations() {
        return declarations;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public AgendaRepository agenda() {
        return agenda;
    }

    public AttendanceRepository attendance() {
        return attendance;
    }

    public PaperFileRepository papers() {
        return papers;
    }

    public ActionRepository actions() {
        return actions;
    }

    public Roadmaps roadmaps() {
        return roadmaps;
    }

    public ReturnRepository returns() {
        return returns;
    }

    public SelfAssessmentRepository selfAssessment() {
        return selfAssessment;
    }

    public RoleCheckRepository roleChecks() {
        return roleChecks;
    }

    /** Where the month stands, for the Home screen. */
    public HomeRepository home() {
        return home;
    }
}
