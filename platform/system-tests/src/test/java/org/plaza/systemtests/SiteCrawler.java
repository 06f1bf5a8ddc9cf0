package org.plaza.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A resident's walk over every page they can reach by links from one starting page, through the gateway:
 * breadth first, each address once, at most {@code maxPages}. It follows the {@code href} of {@code a} and
 * {@code link} elements, the {@code src} of scripts and images, and GET forms whose fields are all optional
 * (submitted with what the page pre-selects). It never follows staff pages, sign-in or sign-out, other
 * origins or POST forms, and keeps no cookies, so each request is in the language it asks for
 * ({@code Accept-Language}) unless the address itself says {@code ?lang=}.
 *
 * <p>Every answer is checked: no 4xx or 5xx, no redirect into staff sign-in; every HTML page has the site
 * layout (a stylesheet), an {@code html lang} in its language, no stack trace, a link preview (Open Graph and
 * Twitter card title, description and image, {@code og:locale} in its language) and footer links to the
 * privacy and accessibility statements. A petition, comment drive or shift page links its QR code
 * ({@code qr.png}, answered as {@code image/png}) and its flyer ({@code flyer.pdf}, {@code application/pdf});
 * a meeting page links its calendar invite ({@code invite.ics}, {@code text/calendar}); the crawl follows these
 * links, so their types are checked too. The {@link Report} lists each finding with the
 * page that linked it, in the order found, so a run is repeatable.
 */
public final class SiteCrawler {

    /** Paths a resident's crawl leaves alone: staff pages, sign-in and sign-out, the staff API. */
    private static final List<String> NOT_FOR_RESIDENTS = List.of("/staff", "/api/staff", "/identity", "/oauth2",
            "/login", "/logout", "/sign-in", "/sign-out", "/actuator");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat [\\w$]+(\\.[\\w$<>]+)+\\([\\w$]*\\.java:\\d+\\))"
                    + "|(\\b(java|jakarta|org\\.springframework|org\\.thymeleaf|org\\.plaza)\\.[\\w.$]*(Exception|Error)\\b)"
                    + "|(Whitelabel Error Page)|(\\bTemplate ?Input ?Exception\\b)");
    private static final Pattern LANG_PARAMETER = Pattern.compile("(?:^|&)lang=([a-zA-Z-]+)");
    private static final Pattern LOCAL_HOST = Pattern.compile("^(127\\.0\\.0\\.1|localhost|\\[::1\\])$");
    /** The link preview every resident page carries: a property (or name) and its content. */
    private static final List<String> PREVIEW_TAGS = List.of("meta[property='og:title']",
            "meta[property='og:description']", "meta[property='og:image']", "meta[property='og:locale']",
            "meta[name='twitter:card']", "meta[name='twitter:title']", "meta[name='twitter:description']",
            "meta[name='twitter:image']");
    /** Pages of one petition, comment drive or shift, which offer a QR code and a flyer to print. */
    private static final Pattern ITEM_PAGE = Pattern.compile("^/(petitions|comments/drives|outreach/shifts)/[^/]+$");
    /** The printables of an item and the type each must be served as. */
    private static final Map<String, String> PRINTABLES = Map.of("/qr.png", "image/png", "/flyer.pdf", "application/pdf",
            "/invite.ics", "text/calendar");
    /** Pages of one community meeting, which offer its calendar invite. */
    private static final Pattern MEETING_PAGE = Pattern.compile("^/outreach/meetings/[^/]+$");

    private final URI origin;
    private final String language;
    private final int maxPages;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param origin   the gateway ({@code http://127.0.0.1:port}), the only origin followed
     * @param language what the resident's browser asks for ({@code Accept-Language}) and expects in {@code html lang}
     * @param maxPages a bound on the walk: reaching it is itself a finding (a link space without end)
     */
    public SiteCrawler(String origin, String language, int maxPages) {
        this.origin = URI.create(origin);
        this.language = language;
        this.maxPages = maxPages;
    }

    /** Walks from {@code startPath} (for example {@code /?lang=es}) and reports everything it found. */
    public Report crawl(String startPath) {
        Map<String, String> foundOn = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        List<Finding> findings = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        String start = normalize(origin.resolve(startPath)).orElseThrow();
        foundOn.put(start, "(start)");
        queue.add(start);
        while (!queue.isEmpty()) {
            if (visits.size() >= maxPages) {
                findings.add(new Finding(queue.peek(), 0, foundOn.get(queue.peek()),
                        "more than " + maxPages + " pages: a link space without end?"));
                break;
            }
            String url = queue.poll();
            Visit visit = fetch(url);
            visits.add(visit);
            check(visit, foundOn.get(url), findings);
            if (visit.html() != null) {
                for (Link link : links(visit)) {
                    if (link.leavesTheGateway()) {
                        findings.add(new Finding(link.url(), 0, url, "links past the gateway"));
                    } else if (link.url() != null && !foundOn.containsKey(link.url())) {
                        foundOn.put(link.url(), url);
                        queue.add(link.url());
                    }
                }
            }
        }
        return new Report(language, visits, findings);
    }

    private Visit fetch(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Accept-Language", language).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("");
            Document html = type.startsWith("text/html") ? Jsoup.parse(response.body(), url) : null;
            return new Visit(url, response.uri().toString(), response.statusCode(), type, response.body(), html);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(Visit visit, String linkedFrom, List<Finding> findings) {
        String path = path(visit.url());
        if (visit.status() >= 400) {
            findings.add(new Finding(path, visit.status(), linkedFrom, "broken link"));
        }
        if (!visit.finalUrl().equals(visit.url()) && !residentPage(URI.create(visit.finalUrl()))) {
            findings.add(new Finding(path, visit.status(), linkedFrom, "redirects to " + path(visit.finalUrl())));
        }
        if (STACK_TRACE.matcher(visit.body()).find()) {
            findings.add(new Finding(path, visit.status(), linkedFrom, "shows a stack trace or an exception"));
        }
        PRINTABLES.forEach((suffix, type) -> {
            if (visit.status() < 400 && URI.create(visit.url()).getPath().endsWith(suffix)
                    && !visit.contentType().startsWith(type)) {
                findings.add(new Finding(path, visit.status(), linkedFrom,
                        "is served as " + visit.contentType() + ", not " + type));
            }
        });
        if (visit.html() == null) {
            return;
        }
        checkSharing(visit, path, linkedFrom, findings);
        if (visit.html().select("link[rel=stylesheet][href]").isEmpty()) {
            findings.add(new Finding(path, visit.status(), linkedFrom, "has no stylesheet (not in the site layout)"));
        }
        String expected = expectedLanguage(URI.create(visit.url()));
        String lang = visit.html().selectFirst("html") == null ? "" : visit.html().selectFirst("html").attr("lang");
        if (!lang.toLowerCase(Locale.ROOT).startsWith(expected)) {
            findings.add(new Finding(path, visit.status(), linkedFrom,
                    "html lang=\"" + lang + "\" where \"" + expected + "\" was asked for"));
        }
    }

    /**
     * The link preview, the statements in the footer, and on an item's page the links to its QR code and flyer.
     * Only pages that answered are checked: an error page is reported as a broken link already.
     */
    private void checkSharing(Visit visit, String path, String linkedFrom, List<Finding> findings) {
        if (visit.status() >= 400) {
            return;
        }
        Document html = visit.html();
        for (String tag : PREVIEW_TAGS) {
            Element meta = html.selectFirst("head " + tag);
            if (meta == null || meta.attr("content").isBlank()) {
                findings.add(new Finding(path, visit.status(), linkedFrom, "has no link preview tag " + tag));
            }
        }
        Element locale = html.selectFirst("head meta[property='og:locale']");
        String expected = expectedLanguage(URI.create(visit.url()));
        if (locale != null && !locale.attr("content").toLowerCase(Locale.ROOT).startsWith(expected + "_")) {
            findings.add(new Finding(path, visit.status(), linkedFrom,
                    "og:locale \"" + locale.attr("content") + "\" where \"" + expected + "\" was asked for"));
        }
        for (String statement : List.of("/privacy", "/accessibility")) {
            boolean linked = html.select("footer a[href]").stream()
                    .anyMatch(a -> statement.equals(pathOf(a.attr("abs:href"))));
            if (!linked) {
                findings.add(new Finding(path, visit.status(), linkedFrom, "has no footer link to " + statement));
            }
        }
        String itemPath = URI.create(visit.finalUrl()).getPath();
        if (itemPath != null && ITEM_PAGE.matcher(itemPath).matches()) {
            for (String suffix : List.of("/qr.png", "/flyer.pdf")) {
                boolean linked = html.select("a[href]").stream()
                        .anyMatch(a -> (itemPath + suffix).equals(pathOf(a.attr("abs:href"))));
                if (!linked) {
                    findings.add(new Finding(path, visit.status(), linkedFrom, "has no link to its " + suffix.substring(1)));
                }
            }
        }
        if (itemPath != null && MEETING_PAGE.matcher(itemPath).matches() && html.select("a[href]").stream()
                .noneMatch(a -> (itemPath + "/invite.ics").equals(pathOf(a.attr("abs:href"))))) {
            findings.add(new Finding(path, visit.status(), linkedFrom, "has no link to its calendar invite (invite.ics)"));
        }
    }

    /** The path of a link, or "" when it is not a URI. */
    private static String pathOf(String href) {
        try {
            String path = URI.create(href.trim()).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The page's language: {@code ?lang=} when the address says it, otherwise what the browser asks for. */
    private String expectedLanguage(URI url) {
        if (url.getRawQuery() != null) {
            Matcher lang = LANG_PARAMETER.matcher(url.getRawQuery());
            if (lang.find()) {
                return lang.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return language;
    }

    private List<Link> links(Visit visit) {
        List<Link> links = new ArrayList<>();
        for (Element element : visit.html().select("a[href], link[href], area[href]")) {
            links.add(link(element.attr("abs:href")));
        }
        for (Element element : visit.html().select("script[src], img[src]")) {
            links.add(link(element.attr("abs:src")));
        }
        for (Element form : visit.html().select("form")) {
            if (form.attr("method").isBlank() || form.attr("method").equalsIgnoreCase("get")) {
                getForm(form).map(this::link).ifPresent(links::add);
            }
        }
        return links;
    }

    /** A GET form submitted as the page offers it, or nothing when one of its fields must be filled in. */
    private static Optional<String> getForm(Element form) {
        if (!form.select("[required]").isEmpty()) {
            return Optional.empty();
        }
        List<String> pairs = new ArrayList<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (field.hasAttr("disabled") || type.equals("submit") || type.equals("button") || type.equals("image")
                    || type.equals("file") || type.equals("reset")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value;
            if (field.tagName().equals("select")) {
                Element chosen = Optional.ofNullable(field.selectFirst("option[selected]"))
                        .orElse(field.selectFirst("option"));
                value = chosen == null ? "" : chosen.hasAttr("value") ? chosen.attr("value") : chosen.text();
            } else if (field.tagName().equals("textarea")) {
                value = field.text();
            } else {
                value = field.hasAttr("value") ? field.attr("value") : (type.equals("checkbox") ? "on" : "");
            }
            pairs.add(encode(field.attr("name")) + "=" + encode(value));
        }
        String action = form.hasAttr("action") && !form.attr("action").isBlank() ? form.attr("abs:action")
                : form.ownerDocument().location();
        String withoutQuery = action.replaceAll("[?#].*$", "");
        return Optional.of(pairs.isEmpty() ? withoutQuery : withoutQuery + "?" + String.join("&", pairs));
    }

    private Link link(String absolute) {
        if (absolute == null || absolute.isBlank()) {
            return new Link(null, false);
        }
        URI uri;
        try {
            uri = URI.create(absolute.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return new Link(absolute, false);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return new Link(null, false);
        }
        boolean sameOrigin = uri.getScheme().equals(origin.getScheme()) && origin.getHost().equals(uri.getHost())
                && origin.getPort() == uri.getPort();
        if (!sameOrigin) {
            boolean local = uri.getHost() != null && LOCAL_HOST.matcher(uri.getHost()).matches();
            return new Link(local ? absolute : null, local);
        }
        if (!residentPage(uri)) {
            return new Link(null, false);
        }
        return new Link(normalize(uri).orElse(null), false);
    }

    private static boolean residentPage(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return NOT_FOR_RESIDENTS.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** The address without its fragment (the same page). */
    private static Optional<String> normalize(URI uri) {
        try {
            return Optional.of(new URI(uri.getScheme(), uri.getRawAuthority(), null, null, null).toString()
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private String path(String url) {
        return url.startsWith(origin.toString()) ? url.substring(origin.toString().length()) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Link(String url, boolean leavesTheGateway) {
    }

    /** One page or resource fetched: where it was asked for, where it ended, its answer. */
    public record Visit(String url, String finalUrl, int status, String contentType, String body, Document html) {
    }

    /** Something wrong with {@code url} (status 0 when the status is not the point), linked from {@code foundOn}. */
    public record Finding(String url, int status, String foundOn, String problem) {

        @Override
        public String toString() {
            return (status == 0 ? "" : status + " ") + url + " — " + problem + " (linked from " + foundOn + ")";
        }
    }

    /** What a crawl saw, in the order it saw it. */
    public record Report(String language, List<Visit> visits, List<Finding> findings) {

        /** Every finding, one a line, for an assertion message. */
        public String describe() {
            return findings.size() + " problem(s) crawling in " + language + " (" + visits.size() + " pages and files):\n"
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
        }

        /** Whether the walk reached an address containing {@code part} (asked for, or redirected to). */
        public boolean visited(String part) {
            return visits.stream().anyMatch(visit -> visit.url().contains(part) || visit.finalUrl().contains(part));
        }
    }
}
