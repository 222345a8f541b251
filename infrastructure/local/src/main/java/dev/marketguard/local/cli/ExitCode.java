package dev.marketguard.local.cli;

/** What scripts can rely on: 0 ok, 1 the work failed, 2 the command line was wrong. */
public enum ExitCode {
    OK(0), FAILURE(1), USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
