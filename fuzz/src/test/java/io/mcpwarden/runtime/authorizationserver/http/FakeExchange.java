package io.mcpwarden.runtime.authorizationserver.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;

/**
 * One request to an endpoint handler without a server: a {@link RoutingContext} whose request holds exactly what the
 * fuzz target put in it (method, headers, query parameters, form attributes, body, cookies, as Vert.x hands them to
 * the handler after its body handler ran) and whose response records what the handler wrote. Header values are
 * checked as Vert.x checks them (no control character but HTAB), so a value that would make Vert.x fail the request
 * fails here too. Any other method the handler calls fails: the fake must grow with the handlers, on purpose.
 */
final class FakeExchange {

    String method = "GET";
    final MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    final MultiMap params = MultiMap.caseInsensitiveMultiMap();
    final MultiMap form = MultiMap.caseInsensitiveMultiMap();
    final Map<String, String> cookies = new HashMap<>();
    Buffer body;
    String remoteAddress = "203.0.113.7";

    int status = 200;
    final MultiMap responseHeaders = MultiMap.caseInsensitiveMultiMap();
    final List<Cookie> responseCookies = new ArrayList<>();
    String responseBody;
    boolean ended;

    RoutingContext context() {
        HttpServerRequest request = proxy(HttpServerRequest.class, (self, m, args) -> switch (m.getName()) {
            case "method" -> HttpMethod.valueOf(method);
            case "remoteAddress" -> SocketAddress.inetSocketAddress(40000, remoteAddress);
            case "getHeader" -> headers.get(args[0].toString());
            case "headers" -> headers;
            case "params" -> params;
            case "getParam" -> params.get(args[0].toString());
            case "formAttributes" -> form;
            case "getFormAttribute" -> form.get(args[0].toString());
            case "getCookie" -> cookies.containsKey(args[0].toString())
                    ? Cookie.cookie(args[0].toString(), cookies.get(args[0].toString()))
                    : null;
            case "isSSL" -> false;
            default -> unsupported(m.getName());
        });
        HttpServerResponse[] response = new HttpServerResponse[1];
        response[0] = proxy(HttpServerResponse.class, (self, m, args) -> switch (m.getName()) {
            case "setStatusCode" -> {
                requireOpen();
                status = (Integer) args[0];
                yield self;
            }
            case "getStatusCode" -> status;
            case "putHeader" -> {
                requireOpen();
                String name = args[0].toString();
                if (args[1] instanceof Iterable<?> values) {
                    for (Object value : values) {
                        responseHeaders.add(name, checkedHeader(name, value.toString()));
                    }
                } else {
                    responseHeaders.add(name, checkedHeader(name, args[1].toString()));
                }
                yield self;
            }
            case "headers" -> responseHeaders;
            case "addCookie" -> {
                requireOpen();
                Cookie cookie = (Cookie) args[0];
                checkedHeader("Set-Cookie", cookie.encode());
                responseCookies.add(cookie);
                yield self;
            }
            case "end" -> {
                requireOpen();
                ended = true;
                responseBody = args == null || args.length == 0 ? "" : args[0].toString();
                yield Future.succeededFuture();
            }
            case "ended" -> ended;
            case "closed" -> false;
            default -> unsupported(m.getName());
        });
        RequestBody requestBody = proxy(RequestBody.class, (self, m, args) -> switch (m.getName()) {
            case "buffer" -> body;
            case "asString" -> body == null ? null : body.toString();
            case "length" -> body == null ? -1 : body.length();
            case "available" -> true;
            default -> unsupported(m.getName());
        });
        return proxy(RoutingContext.class, (self, m, args) -> switch (m.getName()) {
            case "request" -> request;
            case "response" -> response[0];
            case "body" -> requestBody;
            default -> unsupported(m.getName());
        });
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("Response has already been written");
        }
    }

    /** Vert.x refuses header values with control characters (header injection, response splitting). */
    private static String checkedHeader(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw new IllegalArgumentException("a control character in header " + name + ": " + value);
            }
        }
        return value;
    }

    private static Object unsupported(String method) {
        throw new UnsupportedOperationException("FakeExchange does not implement " + method);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeExchange.class.getClassLoader(), new Class<?>[] { type },
                (self, m, args) -> {
                    if (m.getDeclaringClass() == Object.class) {
                        return switch (m.getName()) {
                            case "equals" -> self == args[0];
                            case "hashCode" -> System.identityHashCode(self);
                            default -> type.getSimpleName() + " (fake)";
                        };
                    }
                    return handler.invoke(self, m, args);
                });
    }
}
