package org.plaza.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code .dockerignore}: which paths of the build context reach the builder. As in Docker, the last pattern
 * that matches a path or one of its parent folders decides, and {@code !} patterns bring paths back.
 */
final class DockerIgnore {

    private record Rule(Pattern pattern, boolean include) {
    }

    private final List<Rule> rules = new ArrayList<>();

    private DockerIgnore(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean include = line.startsWith("!");
            String glob = (include ? line.substring(1) : line).strip();
            while (glob.startsWith("/")) {
                glob = glob.substring(1);
            }
            rules.add(new Rule(Pattern.compile(regex(glob)), include));
        }
    }

    static DockerIgnore read(Path file) {
        return new DockerIgnore(Files.isRegularFile(file) ? List.of(Yaml.text(file).split("\n")) : List.of());
    }

    /** Whether a context path ({@code services/x/target/y.jar}, forward slashes) is sent to the builder. */
    boolean sends(String path) {
        boolean sent = true;
        for (Rule rule : rules) {
            if (matchesPathOrParent(rule.pattern(), path)) {
                sent = rule.include();
            }
        }
        return sent;
    }

    private static boolean matchesPathOrParent(Pattern pattern, String path) {
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                    i++;
                    regex.append("(?:.*/)?");
                } else {
                    regex.append(".*");
                }
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
