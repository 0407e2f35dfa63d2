package uk.dln.secretariat.model.directory;

import java.util.List;

/**
 * The network at a glance: how many organisations are members, which of them have no current Digital Leader, and
 * who has recently joined or left.
 */
public record NetworkGlance(int memberCount, List<Organisation> gaps, List<DirectoryChange> recentChanges) {

    public NetworkGlance {
        gaps = List.copyOf(gaps);
        recentChanges = List.copyOf(recentChanges);
    }
}
