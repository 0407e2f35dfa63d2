package uk.dln.secretariat.persistence.support;

import org.jooq.Converter;

/**
 * A choice from a list is stored as its constant's name ({@code MINUTES_APPROVED}), the text the schema's checks
 * list, so the file reads the same in any SQL tool and in any database. The code generator gives each such column
 * its enum through one of these (see the persistence pom), so no repository converts by hand.
 */
public final class StoredNames {

    private StoredNames() {
    }

    public static <E extends Enum<E>> Converter<String, E> of(Class<E> type) {
        return Converter.ofNullable(String.class, type, name -> Enum.valueOf(type, name), Enum::name);
    }
}
