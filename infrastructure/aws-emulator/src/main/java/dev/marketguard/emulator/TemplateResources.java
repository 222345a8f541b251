package dev.marketguard.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of template.yaml an emulator can deploy: the tables, topics, queues and subscriptions,
 * exactly as declared. The serverless resources (functions, API, schedule, alarms on functions)
 * are left out; tests invoke the handlers in-process with the environment the template gives them.
 */
final class TemplateResources {
    static final Set<String> DEPLOYED_TYPES = Set.of("AWS::DynamoDB::Table", "AWS::SNS::Topic",
            "AWS::SNS::Subscription", "AWS::SQS::Queue", "AWS::SQS::QueuePolicy");
    /** What tests rely on; an emulator may accept a queue policy without creating anything (moto does). */
    static final Set<String> REQUIRED_TYPES = Set.of("AWS::DynamoDB::Table", "AWS::SNS::Topic",
            "AWS::SNS::Subscription", "AWS::SQS::Queue");

    private final Map<String, Object> template;

    TemplateResources(Map<String, Object> template) {
        this.template = template;
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) template.get("Resources");
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> parameters() {
        return (Map<String, Map<String, Object>>) template.getOrDefault("Parameters", Map.of());
    }

    /** A plain CloudFormation template (no Transform) with only the resources an emulator deploys. */
    Map<String, Object> emulatorTemplate() {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources().forEach((name, resource) -> {
            if (DEPLOYED_TYPES.contains((String) resource.get("Type"))) {
                resources.put(name, resource);
            }
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("AWSTemplateFormatVersion", "2010-09-09");
        result.put("Parameters", parameters());
        result.put("Resources", resources);
        return result;
    }

    String resourceType(String logicalId) {
        Map<String, Object> resource = resources().get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("template.yaml declares no resource " + logicalId);
        }
        return (String) resource.get("Type");
    }

    List<String> logicalIdsOfType(String type) {
        return resources().entrySet().stream()
                .filter(e -> type.equals(e.getValue().get("Type")))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Globals' environment variables merged with the function's own, unresolved. */
    @SuppressWarnings("unchecked")
    Map<String, Object> functionVariables(String functionLogicalId) {
        if (!"AWS::Serverless::Function".equals(resourceType(functionLogicalId))) {
            throw new IllegalArgumentException(functionLogicalId + " is not an AWS::Serverless::Function");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, Object> globals = (Map<String, Object>) template.getOrDefault("Globals", Map.of());
        variables.putAll(variablesOf((Map<String, Object>) globals.getOrDefault("Function", Map.of())));
        Map<String, Object> properties = (Map<String, Object>) resources().get(functionLogicalId).get("Properties");
        variables.putAll(variablesOf(properties));
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variablesOf(Map<String, Object> functionProperties) {
        Map<String, Object> environment = (Map<String, Object>) functionProperties.getOrDefault("Environment", Map.of());
        return (Map<String, Object>) environment.getOrDefault("Variables", Map.of());
    }

    /** The function's events of type DynamoDB, in template order. */
    @SuppressWarnings("unchecked")
    List<StreamEventSource> streamEventSources(String functionLogicalId) {
        if (!"AWS::Serverless::Function".equals(resourceType(functionLogicalId))) {
            throw new IllegalArgumentException(functionLogicalId + " is not an AWS::Serverless::Function");
        }
        Map<String, Object> properties = (Map<String, Object>) resources().get(functionLogicalId).get("Properties");
        Map<String, Map<String, Object>> events = (Map<String, Map<String, Object>>) properties.getOrDefault("Events", Map.of());
        List<StreamEventSource> sources = new java.util.ArrayList<>();
        for (Map<String, Object> event : events.values()) {
            if (!"DynamoDB".equals(event.get("Type"))) {
                continue;
            }
            Map<String, Object> source = (Map<String, Object>) event.get("Properties");
            List<String> getAtt = (List<String>) ((Map<String, Object>) source.get("Stream")).get("Fn::GetAtt");
            Map<String, Object> criteria = (Map<String, Object>) source.getOrDefault("FilterCriteria", Map.of());
            List<String> patterns = ((List<Map<String, Object>>) criteria.getOrDefault("Filters", List.of())).stream()
                    .map(filter -> (String) filter.get("Pattern"))
                    .toList();
            sources.add(new StreamEventSource(getAtt.get(0),
                    ((Number) source.getOrDefault("BatchSize", 100)).intValue(),
                    ((Number) source.getOrDefault("MaximumRetryAttempts", -1)).intValue(),
                    patterns));
        }
        return sources;
    }

    String parameterDefault(String name) {
        Map<String, Object> parameter = parameters().get(name);
        return parameter == null || parameter.get("Default") == null ? null : String.valueOf(parameter.get("Default"));
    }
}
