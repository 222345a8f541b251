package dev.marketguard.integration;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (where template.yaml lives) from a module's working directory. */
final class RepositoryFiles {
    private RepositoryFiles() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("functions"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
