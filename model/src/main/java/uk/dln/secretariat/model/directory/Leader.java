package uk.dln.secretariat.model.directory;

import uk.dln.secretariat.model.Validator;

/**
 * A person in the network. Where they sit and in which role is their {@link Membership} history, not a field here,
 * so moving department keeps who they were.
 *
 * @param id 0 until stored
 */
public record Leader(long id, String name, String jobTitle, String grade, boolean boardMember, String email,
                     String phone) {

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

    public static Leader create(String name) {
        return new Leader(0, name, "", "", false, "", "");
    }

    public boolean isStored() {
        return id != 0;
    }

    public Leader withId(long newId) {
        return new Leader(newId, name, jobTitle, grade, boardMember, email, phone);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
