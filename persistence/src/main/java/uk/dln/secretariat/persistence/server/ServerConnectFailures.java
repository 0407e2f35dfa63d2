package uk.dln.secretariat.persistence.server;

import java.sql.SQLException;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Why a server could not be reached or would not let the person in, in plain words: the driver's own messages name
 * protocols and SQL states. The password is never part of a message.
 */
final class ServerConnectFailures {

    private static final String INVALID_PASSWORD = "28P01";
    private static final String INVALID_AUTHORIZATION = "28000";
    private static final String NO_PASSWORD_GIVEN = "08004";
    private static final String UNABLE_TO_CONNECT = "08001";
    private static final String CONNECTION_FAILURE = "08006";
    private static final String NO_SUCH_DATABASE = "3D000";

    private ServerConnectFailures() {
    }

    /** The failure said for the person when it is one of those above; otherwise the failure itself. */
    static RuntimeException explain(ServerAddress address, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SecretariatException) {
                return failure;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case INVALID_PASSWORD, INVALID_AUTHORIZATION, NO_PASSWORD_GIVEN:
                        return new SecretariatException(failure, "workspace.error.serverLogin", address.host(),
                                address.user());
                    case UNABLE_TO_CONNECT, CONNECTION_FAILURE:
                        return new SecretariatException(failure, "workspace.error.serverUnreachable",
                                address.host(), address.port());
                    case NO_SUCH_DATABASE:
                        return new SecretariatException(failure, "workspace.error.serverNoDatabase",
                                address.host(), address.database());
                    default:
                        break;
                }
            }
        }
        return failure;
    }
}
