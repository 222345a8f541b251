package dev.marketguard.integration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What the flows read from template.yaml besides the deployed resources: parameter defaults and
 * SupportNotifierFunction's DynamoDB event source mappings (stream, batch size, filter patterns).
 */
final class TemplateYaml {
    /** One DynamoDB event source mapping of a function: the table whose stream it reads, and how. */
    record StreamMapping(String eventName, String table, int batchSize, List<String> filterPatterns) {
    }

    private final Map<String, Object> template;

    private TemplateYaml(Map<String, Object> template) {
        this.template = template;
    }

    @SuppressWarnings("unchecked")
    static TemplateYaml load() {
        try (Reader reader = Files.newBufferedReader(RepositoryFiles.root().resolve("template.yaml"), StandardCharsets.UTF_8)) {
            return new TemplateYaml((Map<String, Object>) new Yaml(new IntrinsicTolerantConstructor()).load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    String parameterDefault(String name) {
        Map<String, Object> parameters = (Map<String, Object>) template.get("Parameters");
        Map<String, Object> parameter = (Map<String, Object>) parameters.get(name);
        if (parameter == null || parameter.get("Default") == null) {
            throw new IllegalStateException("template.yaml has no default for parameter " + name);
        }
        return String.valueOf(parameter.get("Default"));
    }

    /** The function's DynamoDB event source mapping that reads {@code tableLogicalId}'s stream. */
    @SuppressWarnings("unchecked")
    StreamMapping streamMapping(String functionLogicalId, String tableLogicalId) {
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        Map<String, Object> function = (Map<String, Object>) resources.get(functionLogicalId);
        Map<String, Object> events = (Map<String, Object>) ((Map<String, Object>) function.get("Properties")).get("Events");
        List<StreamMapping> found = new ArrayList<>();
        events.forEach((name, value) -> {
            Map<String, Object> event = (Map<String, Object>) value;
            if (!"DynamoDB".equals(event.get("Type"))) {
                return;
            }
            Map<String, Object> properties = (Map<String, Object>) event.get("Properties");
            List<String> getAtt = (List<String>) ((Map<String, Object>) properties.get("Stream")).get("Fn::GetAtt");
            if (!tableLogicalId.equals(getAtt.get(0)) || !"StreamArn".equals(getAtt.get(1))) {
                return;
            }
            List<String> patterns = new ArrayList<>();
            Map<String, Object> criteria = (Map<String, Object>) properties.get("FilterCriteria");
            if (criteria != null) {
                for (Map<String, Object> filter : (List<Map<String, Object>>) criteria.get("Filters")) {
                    patterns.add((String) filter.get("Pattern"));
                }
            }
            int batchSize = properties.get("BatchSize") == null ? 100 : ((Number) properties.get("BatchSize")).intValue();
            found.add(new StreamMapping(name, tableLogicalId, batchSize, List.copyOf(patterns)));
        });
        if (found.size() != 1) {
            throw new IllegalStateException(functionLogicalId + " has " + found.size() + " DynamoDB events on " + tableLogicalId + "'s stream");
        }
        return found.get(0);
    }

    /** Short-form intrinsics (!Ref, !GetAtt, !Sub …) become {"Ref": …} / {"Fn::GetAtt": [..]} maps. */
    private static final class IntrinsicTolerantConstructor extends SafeConstructor {
        IntrinsicTolerantConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String key = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        String text = constructScalar(scalar);
                        value = key.equals("Fn::GetAtt") ? List.of(text.split("\\.", 2)) : text;
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(key, value);
                }
            });
        }
    }
}
