package org.plaza.testsupport.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The service's side of the route table ({@link RouteTable}): every path the gateway sends here is served
 * here, and every page, API and file served here is reachable through some route (or is internal, or the
 * platform's). A service's test implements this interface next to its usual test annotation, so the checks run
 * in the service's shared application context:
 *
 * <pre>{@code @PetitionsTest class RoutesContractTest implements ServedRoutesContract {}}</pre>
 *
 * <p>"Served" means a {@code GET} of a representative path through the service's own MockMvc, with a staff
 * token, reaches something: a controller method (whatever it answers for an unknown id), a static file, or an
 * endpoint of the security filter chain (anything but a 404). Only an answer from no handler at all counts as not
 * served. The
 * representative path of a pattern is one of the service's own mappings under it.
 */
public interface ServedRoutesContract {

    @Test
    default void everyPathTheGatewaySendsHereIsServedHere(@Autowired WebApplicationContext context,
            @Autowired MockMvc mvc) throws Exception {
        String service = serviceName(context);
        RouteTable.Routes routes = RouteTable.load().of(service);
        List<Served> served = served(context);
        String token = StaffTokens.bearer(StaffTokens.shared().staffToken("stf_route_probe", Role.ADMIN));
        List<String> notServed = new ArrayList<>();
        for (String pattern : routes.all()) {
            String probe = probeFor(pattern, served);
            if (probe == null) {
                notServed.add(pattern + " (no mapping or file under it)");
                continue;
            }
            MvcResult result = mvc.perform(get(probe).header("Authorization", token)).andReturn();
            if (!reachedSomething(result)) {
                notServed.add(pattern + " (GET " + probe + " found no handler)");
            }
        }
        assertThat(notServed).as("paths the route table (%s) sends to %s that %s does not serve",
                RouteTable.LOCATION, service, service).isEmpty();
    }

    @Test
    default void everythingServedHereIsReachableThroughSomeRoute(@Autowired WebApplicationContext context) {
        String service = serviceName(context);
        RouteTable table = RouteTable.load();
        List<String> reachable = Stream.of(table.of(service).all(), table.gatewayPaths(), table.platformPaths())
                .flatMap(List::stream).toList();
        List<String> unreachable = served(context).stream().map(Served::pattern).distinct()
                .filter(pattern -> reachable.stream()
                        .noneMatch(route -> RouteTable.matches(route, examplePath(pattern))))
                .sorted().toList();
        assertThat(unreachable).as("what %s serves but no route of %s reaches (route it in the table and the "
                + "gateway, or list it as internal)", service, RouteTable.LOCATION).isEmpty();
    }

    /**
     * Whether a request reached a controller method (whatever it answered), or anything else that did not
     * answer 404: a static file, an endpoint of the filter chain.
     */
    private static boolean reachedSomething(MvcResult result) {
        if (result.getHandler() instanceof HandlerMethod) {
            return true;
        }
        Exception resolved = result.getResolvedException();
        return !(resolved instanceof NoResourceFoundException || resolved instanceof NoHandlerFoundException)
                && result.getResponse().getStatus() != 404;
    }

    private static String serviceName(WebApplicationContext context) {
        String name = context.getEnvironment().getProperty("spring.application.name");
        assertThat(name).as("spring.application.name").isNotBlank();
        return name;
    }

    /**
     * The service's own mapping or file under a pattern of the table, as a path to GET: GET before other methods,
     * then files and mappings before resource handlers' wildcards, then those without ids.
     */
    private static String probeFor(String pattern, List<Served> served) {
        return served.stream().filter(s -> RouteTable.matches(pattern, examplePath(s.pattern())))
                .min(Comparator.comparing((Served s) -> !s.get()).thenComparing(s -> s.pattern().contains("*"))
                        .thenComparing(s -> s.pattern().contains("{"))
                        .thenComparing(s -> s.pattern().length()))
                .map(s -> examplePath(s.pattern()))
                .orElse(pattern.contains("*") ? null : pattern);
    }

    /** A concrete path for a mapping's pattern: each variable or wildcard becomes {@code route-probe}. */
    private static String examplePath(String pattern) {
        return RouteTable.examplePath(pattern).replaceAll("\\{[^}]*}", "route-probe").replace("/*", "/route-probe");
    }

    /**
     * What the service serves: its request mappings, the static files on its class path, and resource handlers
     * it registered itself (Boot's catch-all {@code /**} and {@code /webjars/**} stand for the files).
     */
    private static List<Served> served(WebApplicationContext context) {
        List<Served> served = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMethods()
                .keySet().forEach(info -> {
                    var methods = info.getMethodsCondition().getMethods();
                    boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
                    info.getPatternValues().forEach(pattern -> served.add(new Served(pattern, get)));
                }));
        context.getBeansOfType(AbstractUrlHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMap()
                .keySet().stream().filter(pattern -> !pattern.equals("/**") && !pattern.equals("/webjars/**"))
                .forEach(pattern -> served.add(new Served(pattern, true))));
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.*")) {
                String url = file.getURL().toString();
                served.add(new Served(url.substring(url.lastIndexOf("/static/") + "/static".length()), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(new TreeSet<>(served));
    }

    /** A path pattern the service answers, and whether it answers {@code GET} there. */
    record Served(String pattern, boolean get) implements Comparable<Served> {

        @Override
        public int compareTo(Served other) {
            return Comparator.comparing(Served::pattern).thenComparing(Served::get).compare(this, other);
        }
    }
}
