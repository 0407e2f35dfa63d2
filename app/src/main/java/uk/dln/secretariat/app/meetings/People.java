package uk.dln.secretariat.app.meetings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;

/** The directory as meetings need it on one day: who leads which organisation, and everyone's names. */
record People(List<CurrentRole> roles, List<Organisation> organisations) {

    static final People NONE = new People(List.of(), List.of());

    People {
        roles = List.copyOf(roles);
        organisations = List.copyOf(organisations);
    }

    List<Leader> leaders() {
        return roles.stream().map(CurrentRole::leader).toList();
    }

    List<Organisation> members() {
        return organisations.stream().filter(Organisation::member).toList();
    }

    Map<Long, Leader> byId() {
        return roles.stream().map(CurrentRole::leader).collect(Collectors.toMap(Leader::id, Function.identity()));
    }

    String name(Long leaderId) {
        Leader leader = leaderId == null ? null : byId().get(leaderId);
        return leader == null ? "" : leader.name();
    }

    /** The organisation's Digital Leader on the day, or null for a vacancy. */
    Leader digitalLeaderOf(Organisation organisation) {
        return roles.stream().filter(r -> r.role() == NetworkRole.DIGITAL_LEADER)
                .filter(r -> organisation.shortName().equals(r.organisationShortName()))
                .map(CurrentRole::leader).findFirst().orElse(null);
    }

    /** The people who could deputise for the organisation: its deputies first, then its other people. */
    List<Leader> deputiesOf(Organisation organisation) {
        return roles.stream().filter(r -> r.role() != null && r.role() != NetworkRole.DIGITAL_LEADER)
                .filter(r -> organisation.shortName().equals(r.organisationShortName()))
                .sorted((a, b) -> Boolean.compare(b.role() == NetworkRole.DEPUTY, a.role() == NetworkRole.DEPUTY))
                .map(CurrentRole::leader).toList();
    }

    /** The organisation a person currently works for in the network, or null. */
    Organisation organisationOf(Leader leader) {
        String shortName = roles.stream().filter(r -> r.leader().id() == leader.id())
                .map(CurrentRole::organisationShortName).filter(Objects::nonNull).findFirst().orElse(null);
        return organisations.stream().filter(o -> o.shortName().equals(shortName)).findFirst().orElse(null);
    }

    /** "Name (ORG)" for lists, so two people are never confused. */
    String label(Leader leader) {
        if (leader == null) {
            return "";
        }
        Organisation organisation = organisationOf(leader);
        return organisation == null ? leader.name()
                : Messages.get("meetings.person.label", leader.name(), organisation.shortName());
    }
}
