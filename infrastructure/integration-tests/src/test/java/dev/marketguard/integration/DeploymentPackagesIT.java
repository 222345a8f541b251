package dev.marketguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What `sam deploy` uploads: every function's CodeUri in template.yaml is a zip the build made,
 * holding the handler class the template names, with its dependencies under lib/.
 */
class DeploymentPackagesIT {
    private static final Pattern FUNCTION = Pattern.compile(
            "CodeUri: (functions/[a-z-]+/target/[a-z-]+\\.zip)\\s+Handler: ([\\w.]+)::handleRequest");

    record Function(String codeUri, String handlerClass) {
        @Override
        public String toString() {
            return codeUri;
        }
    }

    static List<Function> functions() throws IOException {
        String template = Files.readString(RepositoryFiles.root().resolve("template.yaml"));
        List<Function> functions = new ArrayList<>();
        Matcher matcher = FUNCTION.matcher(template);
        while (matcher.find()) {
            functions.add(new Function(matcher.group(1), matcher.group(2)));
        }
        assertThat(functions).as("functions in template.yaml").hasSize(4);
        return functions;
    }

    @ParameterizedTest
    @MethodSource("functions")
    void zipHoldsTheHandlerAndItsDependencies(Function function) throws IOException {
        Path zip = RepositoryFiles.root().resolve(function.codeUri());
        assertThat(zip).as("built by mvn package").isRegularFile();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String handlerEntry = function.handlerClass().replace('.', '/') + ".class";
            assertThat(archive.getEntry(handlerEntry)).as(handlerEntry).isNotNull();
            List<String> libs = archive.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/") && n.endsWith(".jar")).toList();
            assertThat(libs).as("dependencies").anyMatch(n -> n.startsWith("lib/core-")).anyMatch(n -> n.startsWith("lib/aws-lambda-java-core"));
            boolean carriesKuromoji = libs.stream().anyMatch(n -> n.startsWith("lib/lucene-"));
            assertThat(carriesKuromoji).as("Kuromoji only in posting-screening")
                    .isEqualTo(function.codeUri().contains("posting-screening"));
            assertThat(libs).as("no test-only code").noneMatch(n -> n.contains("junit") || n.contains("aws-emulator"));
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void zipIsWithinItsBudget(Function function) throws IOException {
        long budget = function.codeUri().contains("posting-screening") ? 30L << 20 : 12L << 20;
        assertThat(Files.size(RepositoryFiles.root().resolve(function.codeUri()))).isLessThanOrEqualTo(budget);
    }

}
