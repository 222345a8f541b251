package dev.marketguard.screening.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import dev.marketguard.screening.json.JsonTrees;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.marketguard.core.category.ViolationCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates the YAML ruleset (Jackson dataformat-yaml); bad rules fail loudly at load. */
public final class RulesetLoader {
    public static final String DEFAULT_RESOURCE = "/marketguard/ruleset.yaml";

    private RulesetLoader() {
    }

    public static Ruleset loadDefault() {
        try (InputStream in = RulesetLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ruleset", e);
        }
    }

    public static Ruleset load(InputStream in) throws IOException {
        JsonNode root;
        // Streaming parse into a plain node tree: no ObjectMapper, whose start-up cost would
        // dominate loading a ruleset this small.
        try (JsonParser parser = YAML.createParser(in)) {
            parser.nextToken();
            root = JsonTrees.read(parser);
        }
        String version = text(root, "version", "ruleset");
        Map<String, List<String>> wordLists = new HashMap<>();
        root.path("wordLists").fields()
                .forEachRemaining(e -> wordLists.put(e.getKey(), strings(e.getValue(), "wordLists." + e.getKey())));
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode r : root.path("rules")) {
            String id = text(r, "id", "rule");
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate rule id " + id);
            }
            ViolationCategory category = ViolationCategory.valueOf(text(r, "category", id));
            double weight = r.path("weight").asDouble(-1);
            // 0: a topic marker, which flags nothing by itself; a refusal that covers it silences the classifier
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("rule " + id + ": weight must be in [0, 1]");
            }
            Rule.Scope scope = Rule.Scope.valueOf(r.path("scope").asText("any").toUpperCase(Locale.ROOT));
            Rule.WarningSpec warning = null;
            if (r.hasNonNull("warning")) {
                warning = new Rule.WarningSpec(text(r.get("warning"), "code", id), text(r.get("warning"), "message", id));
            }
            List<String> patterns = strings(r.path("patterns"), id);
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("rule " + id + " has no patterns");
            }
            rules.add(new Rule(id, category, weight, r.path("description").asText(""), scope,
                    r.path("contactExchange").asBoolean(false), warning, patterns,
                    contexts(r.path("near"), id, wordLists), contexts(r.path("unless"), id, wordLists),
                    strings(r.path("examples").path("match"), id), strings(r.path("examples").path("noMatch"), id),
                    r.path("suppressContact").asInt(0), r.path("projectOnly").asBoolean(false),
                    r.path("suppressConcrete").asBoolean(true), r.path("suppressFindings").asInt(0),
                    r.path("coversList").asBoolean(false), r.path("clearsClassifier").asBoolean(false)));
        }
        return new Ruleset(version, strings(root.path("compoundWords"), "compoundWords"), rules);
    }

    private static final YAMLFactory YAML = new YAMLFactory();

    private static List<Rule.Context> contexts(JsonNode node, String id, Map<String, List<String>> wordLists) {
        List<Rule.Context> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        for (JsonNode c : node.isObject() ? List.of(node) : node) {
            out.add(new Rule.Context(c.path("window").asInt(0), contextPatterns(c, id, wordLists)));
        }
        return out;
    }

    /** A group's {@code patterns} and, with {@code list: name}, the patterns of the ruleset's word list of that name. */
    private static List<String> contextPatterns(JsonNode group, String id, Map<String, List<String>> wordLists) {
        List<String> patterns = strings(group.path("patterns"), id);
        if (group.has("list")) {
            List<String> listed = wordLists.get(group.get("list").asText());
            if (listed == null) {
                throw new IllegalArgumentException("rule " + id + ": unknown word list " + group.get("list").asText());
            }
            patterns.addAll(listed);
        }
        return patterns;
    }

    private static List<String> strings(JsonNode node, String id) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            String s = n.asText();
            if (s.isBlank()) {
                throw new IllegalArgumentException("rule " + id + ": blank pattern");
            }
            if (s.startsWith("re:")) {
                try {
                    Pattern.compile(s.substring(3));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("rule " + id + ": bad regex " + s, e);
                }
            }
            out.add(s);
        }
        return out;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing " + field);
        }
        return v.asText();
    }
}
