package dev.marketguard.local.cli;

/** The command line is wrong: the message says what, and the command's usage follows it on stderr (exit 2). */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
