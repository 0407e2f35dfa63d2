package uk.dln.secretariat.persistence.server;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method (or constructor) a {@link TestDatabase} parameter: a new, empty database on the JVM's one
 * real PostgreSQL server, dropped when the test ends. Use with {@code @ExtendWith(PostgresExtension.class)}.
 */
public final class PostgresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = PostgresServer.shared().newDatabase();
        // The store closes what it holds when the test ends; a database is AutoCloseable.
        context.getStore(NAMESPACE).put(database.name(), database);
        return database;
    }
}
