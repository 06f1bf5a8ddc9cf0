package org.plaza.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read into its build stages and instructions (line continuations joined, comments dropped):
 * enough to check what it copies from where, what it runs and how the image starts.
 *
 * @param stages the stages in order; the last one is the image
 */
record Dockerfile(List<Stage> stages) {

    /** One instruction: its keyword (upper case) and the rest of the line. */
    record Instruction(String keyword, String arguments) {

        /** The arguments split on white space. */
        List<String> words() {
            return List.of(arguments.trim().split("\\s+"));
        }
    }

    /**
     * One stage, from its {@code FROM} to the next.
     *
     * @param name         its {@code AS} name, or its index when unnamed
     * @param instructions everything after {@code FROM}
     */
    record Stage(String name, String from, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        Optional<Instruction> last(String keyword) {
            List<Instruction> found = all(keyword);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
        }

        /** The working directory in effect after the stage's last {@code WORKDIR} ({@code /} without one). */
        String workdir() {
            return last("WORKDIR").map(i -> i.arguments().trim()).orElse("/");
        }
    }

    static Dockerfile read(Path file) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : Yaml.text(file).split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            lines.add(current.toString().strip());
            current.setLength(0);
        }
        List<Stage> stages = new ArrayList<>();
        List<Instruction> instructions = null;
        for (String line : lines) {
            int space = line.indexOf(' ');
            String keyword = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
            String arguments = space < 0 ? "" : line.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                String[] words = arguments.split("\\s+");
                String name = words.length >= 3 && words[1].equalsIgnoreCase("AS") ? words[2] : String.valueOf(stages.size());
                instructions = new ArrayList<>();
                stages.add(new Stage(name, words[0], instructions));
            } else if (instructions != null) {
                instructions.add(new Instruction(keyword, arguments));
            }
        }
        return new Dockerfile(stages.stream().map(s -> new Stage(s.name(), s.from(), List.copyOf(s.instructions()))).toList());
    }

    Stage image() {
        return stages.get(stages.size() - 1);
    }
}
