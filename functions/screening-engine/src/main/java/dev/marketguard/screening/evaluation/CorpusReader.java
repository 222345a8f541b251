package dev.marketguard.screening.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.screening.json.SubmissionReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the labelled corpus (JSON Lines). The files grow while teammates write them, so a line
 * that does not parse (typically a half-written last line) is reported and skipped, not fatal.
 */
public final class CorpusReader {
    /** Labelled items (training and evaluation): every {@code violations-*.jsonl} and {@code clean*.jsonl}. */
    public static final String LABELLED_FILES = "{violations-*,clean*}.jsonl";
    /** The obfuscation suite: every {@code obfuscation*.jsonl}. */
    public static final String OBFUSCATION_FILES = "obfuscation*.jsonl";

    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintStream warnings;

    public CorpusReader(PrintStream warnings) {
        this.warnings = warnings;
    }

    /** The corpus directory: an explicit path, else the module's corpus/ seen from the module or the repo root. */
    public static Path locate(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        for (String candidate : List.of("corpus", "functions/screening-engine/corpus")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("corpus directory not found; pass it as the first argument");
    }

    /** The labelled items of a corpus directory (files in name order, so ids and splits are stable). */
    public List<CorpusItem> readLabelled(Path dir) throws IOException {
        return read(dir, files(dir, LABELLED_FILES));
    }

    public List<CorpusItem> readObfuscation(Path dir) throws IOException {
        return read(dir, files(dir, OBFUSCATION_FILES));
    }

    /** File names in {@code dir} matching a glob, sorted. */
    public static List<String> files(Path dir, String glob) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            for (Path p : matches) {
                names.add(p.getFileName().toString());
            }
        }
        names.sort(null);
        return names;
    }

    public List<CorpusItem> read(Path dir, List<String> files) throws IOException {
        List<CorpusItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String name : files) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                warnings.println("corpus: missing " + file);
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    CorpusItem item = parse(name, line);
                    if (!ids.add(item.id())) {
                        warnings.println("corpus: " + name + ":" + (i + 1) + " duplicate id " + item.id() + ", skipped");
                        continue;
                    }
                    items.add(item);
                } catch (IOException | RuntimeException e) {
                    warnings.println("corpus: " + name + ":" + (i + 1) + " unreadable, skipped (" + e.getMessage() + ")");
                }
            }
        }
        return items;
    }

    private CorpusItem parse(String file, String line) throws IOException {
        JsonNode node = mapper.readTree(line);
        String id = node.path("id").asText();
        if (id.isBlank()) {
            throw new IllegalArgumentException("no id");
        }
        Set<ViolationCategory> labels = EnumSet.noneOf(ViolationCategory.class);
        for (JsonNode l : node.path("labels")) {
            labels.add(ViolationCategory.valueOf(l.asText()));
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode t : node.path("tags")) {
            tags.add(t.asText());
        }
        return new CorpusItem(id, file, SubmissionReader.read(node, id), labels, tags);
    }
}
