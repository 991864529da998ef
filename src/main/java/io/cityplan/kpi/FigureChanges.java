package io.cityplan.kpi;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import io.cityplan.editing.ChangeNotices.Notice;
import io.cityplan.editing.Changes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The stream of changes to figures and targets that subscriptions read: each change this instance hears of (from any
 * instance,
 * through ChangeNotices), read once as it reads after the change, and told to every subscriber whose filter it
 * passes.
 */
@ApplicationScoped
@Startup // the gauge reads 0 from the start, not from the first subscription on
class FigureChanges {

    /** The most changes held for one subscriber that has not read them yet. */
    private static final int HELD = 256;

    private final KpiService kpis;
    private final Changes changes;
    private final FigureFilters filters;
    private final BroadcastProcessor<FigureChanged> stream = BroadcastProcessor.create();
    /** How many subscriptions listen now, which operators watch (gauge cityplan.subscriptions). */
    private final AtomicInteger subscribers = new AtomicInteger();

    FigureChanges(KpiService kpis, Changes changes, FigureFilters filters, MeterRegistry registry) {
        this.kpis = kpis;
        this.changes = changes;
        this.filters = filters;
        registry.gauge("cityplan.subscriptions", subscribers);
    }

    /** The changes from now on to figures of {@code indicators} (all when null) within {@code region} (or all). */
    Multi<FigureChanged> of(List<String> indicators, String region) {
        filters.checkIndicators(indicators);
        Set<String> scopes = region == null ? null : Set.copyOf(filters.scopesUnder(region));
        Set<String> wanted = indicators == null ? null : Set.copyOf(indicators);
        // Changes a subscriber has not read yet are held for it (SmallRye asks for one at a time, and
        // BroadcastProcessor fails a subscriber that has asked for none), up to a bound past which its subscription
        // ends with an error rather than the server's memory growing.
        return stream.filter(c -> (wanted == null || wanted.contains(c.indicator().code()))
                && (scopes == null || scopes.contains(c.scope()))).onOverflow().buffer(HELD)
                .onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    @ActivateRequestContext
    void onChange(@Observes Notice notice) {
        var subject = Stream.of(FigureSubject.values()).filter(s -> s.name().equals(notice.subject())).findFirst();
        if (subject.isEmpty()) {
            return; // a document registered: no figure to tell of
        }
        var history = changes.history(notice.subject(), List.of(notice.code())).get(0);
        var change = history.stream()
                .filter(c -> c.action() == notice.action() && c.version() == notice.version()).findFirst();
        var indicator = kpis.indicator(notice.indicator());
        if (change.isEmpty() || indicator.isEmpty()) {
            return; // rolled back after all, or an indicator this instance does not know yet: nothing to tell
        }
        var target = subject.get() == FigureSubject.TARGET;
        stream.onNext(new FigureChanged(subject.get(), notice.code(), change.get(),
                target ? null : kpis.observation(notice.code()), target ? kpis.target(notice.code()) : null,
                indicator.get(), notice.scope()));
    }
}
