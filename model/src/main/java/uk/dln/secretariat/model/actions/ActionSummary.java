package uk.dln.secretariat.model.actions;

/** An action with the names a list shows beside it. */
public record ActionSummary(Action action, String ownerName, String organisationShortName) {
}
