package uk.dln.secretariat.persistence.server;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Where a shared workspace lives: {@code postgresql://[user@]host[:port]/database}, the form a person types after
 * {@code --workspace}. It never holds a password: the driver reads it from the user's {@code ~/.pgpass}, or it comes
 * from {@code PGPASSWORD} for the length of one run (decision 0038).
 *
 * @param user the database user; without one in the address, {@code PGUSER}, else the operating-system user
 */
public record ServerAddress(String host, int port, String database, String user) {

    public static final String SCHEME = "postgresql://";
    private static final int DEFAULT_PORT = 5432;
    private static final Pattern FORM = Pattern.compile(
            "postgresql://(?:(?<user>[^@/:]+)@)?(?<host>[^:/@]+)(?::(?<port>\\d{1,5}))?/(?<database>[A-Za-z0-9_\\-]+)");

    /** Whether the text names a server rather than a file. */
    public static boolean isServer(String text) {
        return text != null && text.startsWith(SCHEME);
    }

    /** @throws SecretariatException when the text is not an address of the form above */
    public static ServerAddress parse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new SecretariatException("workspace.error.serverAddress", text);
        }
        String port = matcher.group("port");
        String user = Optional.ofNullable(matcher.group("user"))
                .or(() -> Optional.ofNullable(System.getenv("PGUSER")).filter(name -> !name.isBlank()))
                .orElse(System.getProperty("user.name"));
        return new ServerAddress(matcher.group("host"), port == null ? DEFAULT_PORT : Integer.parseInt(port),
                matcher.group("database"), user);
    }

    public String jdbcUrl() {
        return "jdbc:" + SCHEME + host + ":" + port + "/" + database;
    }

    /** As the person would write it, with the user: how the workspace is named in messages. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + host + ":" + port + "/" + database;
    }
}
