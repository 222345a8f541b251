package dev.marketguard.local.cli;

import java.util.List;

/** The subcommands the jar offers, as a user types them. */
final class CommandNames {
    static final List<String> ALL = List.of("serve", "screen", "monthly");

    private CommandNames() {
    }
}
