package uk.dln.secretariat.app.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.dln.secretariat.model.directory.Organisation;

/** Orders organisations as a tree read top to bottom: each department followed by its agencies. */
final class OrganisationHierarchy {

    private OrganisationHierarchy() {
    }

    static List<OrganisationItem> order(List<Organisation> organisations, Map<Long, String> digitalLeaders) {
        Map<Long, Organisation> byId = new HashMap<>();
        organisations.forEach(o -> byId.put(o.id(), o));
        Map<Long, List<Organisation>> children = new HashMap<>();
        var roots = new ArrayList<Organisation>();
        for (Organisation organisation : organisations) {
            if (organisation.parentId() == null || !byId.containsKey(organisation.parentId())) {
                roots.add(organisation);
            } else {
                children.computeIfAbsent(organisation.parentId(), id -> new ArrayList<>()).add(organisation);
            }
        }
        var ordered = new ArrayList<OrganisationItem>();
        roots.stream().sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(root -> add(root, 0, byId, children, digitalLeaders, ordered));
        return ordered;
    }

    private static void add(Organisation organisation, int depth, Map<Long, Organisation> byId,
                            Map<Long, List<Organisation>> children, Map<Long, String> digitalLeaders,
                            List<OrganisationItem> ordered) {
        Organisation parent = organisation.parentId() == null ? null : byId.get(organisation.parentId());
        ordered.add(new OrganisationItem(organisation, depth, parent == null ? "" : parent.shortName(),
                Objects.requireNonNullElse(digitalLeaders.get(organisation.id()), "")));
        children.getOrDefault(organisation.id(), List.of()).stream()
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(child -> add(child, depth + 1, byId, children, digitalLeaders, ordered));
    }
}
