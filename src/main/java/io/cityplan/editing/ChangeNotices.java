package io.cityplan.editing;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.postgresql.PGConnection;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells every instance of cityplan on the database of each change an editor makes, through PostgreSQL's
 * LISTEN/NOTIFY: a change notifies channel {@value #CHANNEL} in its own transaction, so the notice goes out when, and
 * only if, it commits, to every instance listening, the one that made it included. Each instance turns the notices it
 * hears into {@link Notice} events, which refresh what it holds in memory and feed the subscriptions.
 * <p>
 * The listener holds one connection of the pool for as long as the server runs, and reads notices on a thread of its
 * own; when the connection fails it takes another, after a pause that doubles up to 30 s. Changes made while no
 * connection listened are not told again (a client that must see every change reads the figures' history).
 */
@ApplicationScoped
public class ChangeNotices {

    public static final String CHANNEL = "cityplan_changes";
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Event<Notice> events;
    private final Event<Listening> listeningEvents;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean listening;

    ChangeNotices(DataSource dataSource, Event<Notice> events, Event<Listening> listeningEvents) {
        this.dataSource = dataSource;
        this.events = events;
        this.listeningEvents = listeningEvents;
    }

    /**
     * This instance listens again after its connection failed: what it holds in memory of what editors change is read
     * again, since changes made while it did not listen were told to no one here.
     */
    public record Listening() {
    }

    /**
     * A change as every instance hears of it: what was changed (OBSERVATION, TARGET or DOCUMENT), its code, what the
     * change did, the version it made, and for a figure or target its indicator and scope (R, P or J and the code),
     * which subscriptions filter by.
     */
    public record Notice(String subject, String code, ChangeAction action, int version, String indicator,
            String scope) {

        String json() {
            var builder = Json.createObjectBuilder().add("subject", subject).add("code", code)
                    .add("action", action.name()).add("version", version);
            if (indicator != null) {
                builder.add("indicator", indicator).add("scope", scope);
            }
            return builder.build().toString();
        }

        static Notice of(JsonObject json) {
            return new Notice(json.getString("subject"), json.getString("code"),
                    ChangeAction.valueOf(json.getString("action")), json.getInt("version"),
                    json.getString("indicator", null), json.getString("scope", null));
        }
    }

    /** Notifies every instance of {@code notice} when the transaction of {@code connection} commits. */
    public void tell(Connection connection, Notice notice) throws SQLException {
        try (var notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, notice.json());
            notify.execute();
        }
    }

    /** Whether the listener holds a connection that listens now. */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent started) {
        running.set(true);
        var listener = new Thread(this::listen, "cityplan-change-notices");
        listener.setDaemon(true);
        listener.start();
    }

    /** From the start of the shutdown delay, when the database may go before this instance. */
    void stop(@Observes ShutdownDelayInitiatedEvent stopping) {
        running.set(false);
    }

    void stop(@Observes ShutdownEvent stopping) {
        running.set(false);
    }

    private void listen() {
        var pause = FIRST_PAUSE;
        boolean before = false; // at the first start, what is in memory is read once the dataset is in place
        while (running.get()) {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                listening = true;
                pause = FIRST_PAUSE;
                if (before) {
                    listeningAgain();
                }
                before = true;
                var pg = connection.unwrap(PGConnection.class);
                var checked = System.nanoTime();
                while (running.get()) {
                    var notifications = pg.getNotifications(1_000);
                    if (notifications != null) {
                        for (var notification : notifications) {
                            hear(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                        // Reading alone would not notice a connection that died without a word (a failover).
                        statement.execute("SELECT 1");
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running.get()) {
                    Log.warnf("Not listening for changes on other instances (%s); trying again in %d ms",
                            e.getMessage(), pause.toMillis());
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                }
            }
        }
        listening = false;
    }

    private void listeningAgain() {
        try {
            listeningEvents.fire(new Listening());
        } catch (RuntimeException e) {
            Log.errorf(e, "What changed while this instance did not listen could not be read again");
        }
    }

    private void hear(String payload) {
        Notice notice;
        try (var reader = Json.createReader(new StringReader(payload))) {
            notice = Notice.of(reader.readObject());
        } catch (RuntimeException e) {
            Log.warnf("A change notice that cityplan does not read: %s", payload);
            return;
        }
        try {
            events.fire(notice);
        } catch (RuntimeException e) {
            Log.errorf(e, "A change notice could not be applied: %s", payload);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
