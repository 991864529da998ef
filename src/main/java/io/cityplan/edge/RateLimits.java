package io.cityplan.edge;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.github.benmanes.caffeine.cache.Cache;

import io.cityplan.common.CaffeineCaches;
import io.cityplan.common.CityplanConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a client that sends more requests to /graphql and /export/ than {@code cityplan.rate-limit.*} allows, with
 * HTTP 429, a Retry-After header and the code RATE_LIMITED; off (a rate of 0) by default. A client is a remote address
 * (behind a proxy, the proxy's, unless {@code quarkus.http.proxy.proxy-address-forwarding} lets Quarkus take the
 * client's from its headers). Each client has a token bucket: {@code burst} requests at once, refilled at
 * {@code requests-per-second}; buckets of clients gone quiet are dropped.
 */
@ApplicationScoped
public class RateLimits {

    static final String CODE = "RATE_LIMITED";
    private static final long MAX_CLIENTS = 100_000;
    private static final String COUNTED = "cityplan.rate-limited";

    private final double perSecond;
    private final int burst;
    private final Cache<String, Bucket> buckets;

    RateLimits(CityplanConfig config) {
        this.perSecond = config.rateLimit().requestsPerSecond();
        this.burst = Math.max(1, config.rateLimit().burst());
        var refill = perSecond > 0 ? Duration.ofMillis((long) Math.ceil(1000 * burst / perSecond)) : Duration.ZERO;
        // A bucket left alone long enough to fill up again is as good as a new one.
        this.buckets = CaffeineCaches.expiring(MAX_CLIENTS, refill.plusSeconds(1));
    }

    void limit(@Observes Router router) {
        if (perSecond <= 0) {
            return;
        }
        router.route("/graphql").order(Integer.MIN_VALUE + 1).handler(this::admit);
        router.route("/export/*").order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (context.get(COUNTED) != null) { // a GET routed again as the POST it stands for (RequestShape)
            context.next();
            return;
        }
        context.put(COUNTED, Boolean.TRUE);
        var client = context.request().remoteAddress();
        var key = client == null ? "unknown" : client.hostAddress();
        var wait = buckets.get(key, k -> new Bucket(burst, System.nanoTime())).take(perSecond, burst);
        if (wait <= 0) {
            context.next();
            return;
        }
        var seconds = (long) Math.ceil(wait);
        context.response().putHeader("Retry-After", Long.toString(seconds));
        Answers.refuse(context, 429, "too many requests from this client; retry in " + seconds + " s", CODE);
    }

    /** A token bucket. */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes a token: 0 when there was one, else the seconds until there will be. */
        synchronized double take(double perSecond, int burst) {
            var now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }
}
