package uk.dln.secretariat.app.actions;

/** Something a filter can be set to, e.g. an organisation or an owner; id 0 is "any". */
public record Choice(long id, String label) {

    public boolean any() {
        return id == 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
