package io.cityplan.edge;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes the connection after answering a request whose body is framed by Transfer-Encoding, and answers nothing sent
 * behind it on that connection.
 * <p>
 * RFC 9112 (6.1) asks this of a request that has both Transfer-Encoding and Content-Length: a proxy in front that
 * frames the body by Content-Length and cityplan, which frames it by Transfer-Encoding, read different requests from
 * the same bytes, and what one takes for the end of a body the other takes for a second request (request smuggling).
 * Netty's decoder drops the Content-Length of such a request before Vert.x sees it, and Vert.x keeps the connection
 * open and answers the next request on it (Vert.x 4.5.25, Netty 4.1.130;
 * {@code RequestFramingTest.vertxStillAnswersWhatFollowsConflictingFraming} fails once that changes). As cityplan
 * cannot tell that request from one sent with Transfer-Encoding alone, it closes
 * after both; GraphQL clients and browsers send a Content-Length, and one that does not opens a new connection.
 */
@ApplicationScoped
public class RequestFraming {

    private static final String CHECKED = "cityplan.framing-checked";
    /** The connections that will close once their response is written; weakly held, as closed ones go away. */
    private final Set<HttpConnection> closing = Collections
            .synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void closeAfterTransferEncoding(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.get(CHECKED) != null) { // a GET routed again as the POST it stands for (RequestShape)
            if (closing.contains(context.request().connection())) {
                context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE); // routing again cleared it
            }
            context.next();
            return;
        }
        context.put(CHECKED, Boolean.TRUE);
        var request = context.request();
        var connection = request.connection();
        if (closing.contains(connection)) {
            connection.close(); // a request pipelined behind one with Transfer-Encoding
            return;
        }
        if (request.version() != HttpVersion.HTTP_2 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            closing.add(connection);
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            context.addEndHandler(done -> connection.close());
        }
        context.next();
    }
}
