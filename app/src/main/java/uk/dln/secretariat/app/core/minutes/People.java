package uk.dln.secretariat.app.core.minutes;

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
public record People(List<CurrentRole> roles, List<Organisation> organisations) {

    public static final People NONE = new People(List.of(), List.of());

    public People {
        roles = List.copyOf(roles);
        organisations = List.copyOf(organisations);
    }

    public List<Leader> leaders() {
        return roles.stream().map(CurrentRole::leader).toList();
    }

    public List<Organisation> members() {
        return organisations.stream().filter(Organisation::member).toList();
    }

    public Map<Long, Leader> byId() {
        return roles.stream().map(CurrentRole::leader).collect(Collectors.toMap(Leader::id, Function.identity()));
    }

    public String name(Long leaderId) {
        Leader leader = leaderId == null ? null : byId().get(leaderId);
        return leader == null ? "" : leader.name();
    }

    /** The organisation's Digital Leader on the day, or null for a vacancy. */
    public Leader digitalLeaderOf(Organisation organisation) {
        return roles.stream().filter(r -> r.role() == NetworkRole.DIGITAL_LEADER)
                .filter(r -> organisation.shortName().equals(r.organisationShortName()))
                .map(CurrentRole::leader).findFirst().orElse(null);
    }

    /** The people who could deputise for the organisation: its deputies first, then its other people. */
    public List<Leader> deputiesOf(Organisation organisation) {
        return roles.stream().filter(r -> r.role() != null && r.role() != NetworkRole.DIGITAL_LEADER)
                .filter(r -> organisation.shortName().equals(r.organisationShortName()))
                .sorted((a, b) -> Boolean.compare(b.role() == NetworkRole.DEPUTY, a.role() == NetworkRole.DEPUTY))
                .map(CurrentRole::leader).toList();
    }

    /** The organisation a person currently works for in the network, or null. */
    public Organisation organisationOf(Leader leader) {
        String shortName = roles.stream().filter(r -> r.leader().id() == leader.id())
                .map(CurrentRole::organisationShortName).filter(Objects::nonNull).findFirst().orElse(null);
        return organisations.stream().filter(o -> o.shortName().equals(shortName)).findFirst().orElse(null);
    }

    /** "Name (ORG)" for lists, so two people are never confused. */
    public String label(Leader leader) {
        if (leader == null) {
            return "";
        }
        Organisation organisation = organisationOf(leader);
        return organisation == null ? leader.name()
                : Messages.get("meetings.person.label", leader.name(), organisation.shortName());
    }
}
