package io.cityplan.edge;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes the connection of a request whose body has not all arrived within {@code quarkus.http.idle-timeout} of its
 * headers, so that a client sending its body a byte at a time cannot hold a connection for as long as it likes.
 * <p>
 * Vert.x's idle timeout cuts off headers sent slowly (its idle check sits behind the HTTP decoder, which passes
 * nothing on until the headers are complete), but every byte of a body reaches that check as content and counts as
 * activity. Vert.x has no time limit on receiving a body; this is one, with the idle timeout's length, so that the
 * README can say: a request must arrive within the idle timeout ({@code IdleConnectionsTest}).
 */
@ApplicationScoped
public class SlowRequests {

    private final long limitMillis;

    SlowRequests(@ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout) {
        this.limitMillis = Math.max(1, idleTimeout.toMillis());
    }

    void limitBodies(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limit).failureHandler(SlowRequests::cutOffQuietly);
    }

    /**
     * A body cut off here fails its request (the body handler's read ends with HttpClosedException), which Quarkus'
     * error handler would log as an error of the server; the client is gone, and there is nothing to answer.
     */
    private static void cutOffQuietly(RoutingContext context) {
        if (context.failure() instanceof HttpClosedException && context.response().closed()) {
            Log.debugf("request %s: its connection closed before its body arrived", RequestIds.current());
        } else {
            context.next();
        }
    }

    private void limit(RoutingContext context) {
        var request = context.request();
        if (!request.isEnded() && context.get(SlowRequests.class.getName()) == null) {
            context.put(SlowRequests.class.getName(), Boolean.TRUE); // a GET routed again (RequestShape) has no body
            // Looked at again once the bytes read with the headers are decoded: a body that came with them (nearly
            // every one) needs no timer, which would cost a cheap request a tenth of its throughput.
            context.vertx().runOnContext(later -> {
                if (!request.isEnded()) {
                    var vertx = context.vertx();
                    var timer = vertx.setTimer(limitMillis, fired -> cutOff(context));
                    context.addEndHandler(done -> vertx.cancelTimer(timer));
                }
            });
        }
        context.next();
    }

    private static void cutOff(RoutingContext context) {
        var request = context.request();
        if (!request.isEnded()) {
            if (request.version() == HttpVersion.HTTP_2) {
                request.response().reset();
            } else {
                request.connection().close();
            }
        }
    }
}
