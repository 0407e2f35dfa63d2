package uk.dln.secretariat.model.directory;

import uk.dln.secretariat.model.Validator;

/**
 * A person in the network. Where they sit and in which role is their {@link Membership} history, not a field here,
 * so moving department keeps who they were.
 *
 * @param id      0 until stored
 * @param version the stored version it was read at (decision 0038): a save or delete claims it; 0 for a new one
 */
public record Leader(long id, String name, String jobTitle, String grade, boolean boardMember, String email,
                     String phone, long version) {

    public static final int NAME_MAX = 120;
    public static final int JOB_TITLE_MAX = 200;
    public static final int GRADE_MAX = 60;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    public Leader {
        name = strip(name);
        jobTitle = strip(jobTitle);
        grade = strip(grade);
        email = strip(email);
        phone = strip(phone);
        new Validator()
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .maxLength("jobTitle", jobTitle, JOB_TITLE_MAX)
                .maxLength("grade", grade, GRADE_MAX)
                .maxLength("email", email, EMAIL_MAX)
                .email("email", email)
                .maxLength("phone", phone, PHONE_MAX)
                .check(phone.matches("[0-9+() .-]*"), "phone", "leader.error.phone", phone)
                .throwIfInvalid();
    }

    /** A leader not read from a workspace, so at the version a new record starts at. */
    public Leader(long id, String name, String jobTitle, String grade, boolean boardMember, String email,
                  String phone) {
        this(id, name, jobTitle, grade, boardMember, email, phone, 0);
    }

    public static Leader create(String name) {
        return new Leader(0, name, "", "", false, "", "");
    }

    public boolean isStored() {
        return id != 0;
    }

    public Leader withId(long newId) {
        return new Leader(newId, name, jobTitle, grade, boardMember, email, phone, version);
    }

    /** The same leader as stored at a newer version, after a save. */
    public Leader atVersion(long newVersion) {
        return new Leader(id, name, jobTitle, grade, boardMember, email, phone, newVersion);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
