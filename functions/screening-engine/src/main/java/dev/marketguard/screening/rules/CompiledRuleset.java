package dev.marketguard.screening.rules;

import dev.marketguard.core.category.ViolationCategory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The ruleset as the build ships it: ruleset.yaml's rules and the phrase table compiled from them,
 * in one binary resource that the build writes once the classes are compiled (the module's pom
 * runs {@link #main} at process-classes). Reading it takes tens of milliseconds where parsing the
 * YAML and compiling its ~200k phrases takes ~0.8 s with C1 (measured at 171k): most of a cold start.
 *
 * <p>The YAML stays the one source. The binary records the fingerprint of the YAML it was
 * compiled from; one that does not match the YAML beside it (say, an IDE build that copied the
 * resources but did not run the build step) is ignored with a warning, and the YAML is compiled
 * instead.
 */
public final class CompiledRuleset {
    public static final String RESOURCE = "/marketguard/ruleset.bin";
    private static final int MAGIC = 0x4D475253; // "MGRS"
    /** Bump when the layout below changes: binaries of another format are then ignored. */
    private static final int FORMAT = 3;

    private CompiledRuleset() {
    }

    /** Writes the compiled form of the default ruleset.yaml to the file given (the build's step). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledRuleset <output file>");
        }
        byte[] yaml = resource(RulesetLoader.DEFAULT_RESOURCE);
        RuleMatcher matcher = compile(yaml);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(matcher, fingerprint(yaml), file);
        }
        System.out.printf("%s: ruleset %s, %,d phrases, %,d bytes%n", out, matcher.ruleset().version(),
                matcher.phraseCount(), Files.size(out));
    }

    /** The default ruleset's matcher: from the build's compiled resource when it matches ruleset.yaml, else compiled now. */
    public static RuleMatcher loadDefault() {
        byte[] yaml = resource(RulesetLoader.DEFAULT_RESOURCE);
        try (InputStream binary = CompiledRuleset.class.getResourceAsStream(RESOURCE)) {
            if (binary == null) {
                warn(RESOURCE + " is missing (the build compiles it); compiling ruleset.yaml", null);
            } else {
                RuleMatcher matcher = read(binary, fingerprint(yaml));
                if (matcher != null) {
                    return matcher;
                }
                warn(RESOURCE + " was compiled from another ruleset.yaml; compiling ruleset.yaml", null);
            }
        } catch (IOException e) {
            warn(RESOURCE + " is unreadable; compiling ruleset.yaml", e);
        }
        return compile(yaml);
    }

    /** The matcher compiled from the YAML itself (what the build step does, and the fallback). */
    private static RuleMatcher compile(byte[] yaml) {
        try {
            return new RuleMatcher(RulesetLoader.load(new ByteArrayInputStream(yaml)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ruleset", e);
        }
    }

    /** The logger only when there is something to say: setting up the JDK's logging costs ~25 ms of a start. */
    private static void warn(String message, Throwable cause) {
        System.getLogger(CompiledRuleset.class.getName()).log(System.Logger.Level.WARNING, message, cause);
    }

    static void write(RuleMatcher matcher, long sourceFingerprint, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(sourceFingerprint);
        writeRuleset(out, matcher.ruleset());
        matcher.phraseTable().writeTo(out);
        out.flush();
    }

    /** The matcher compiled from the YAML of this fingerprint, or null if the binary was compiled from another. */
    static RuleMatcher read(InputStream stream, long sourceFingerprint) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != sourceFingerprint) {
            return null;
        }
        Ruleset ruleset = readRuleset(in);
        return new RuleMatcher(ruleset, PhraseTable.readFrom(in));
    }

    /**
     * What identifies the YAML a binary was compiled from: its length and CRC-32. A cache key
     * against accidents, not an attacker (both files ship in the same jar); SHA-256 cost ~50 ms of
     * a C1 cold start.
     */
    static long fingerprint(byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        return (long) yaml.length << 32 | crc.getValue();
    }

    private static byte[] resource(String name) {
        try (InputStream in = CompiledRuleset.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static void writeRuleset(DataOutput out, Ruleset ruleset) throws IOException {
        writeString(out, ruleset.version());
        writeStrings(out, ruleset.compoundWords());
        out.writeInt(ruleset.rules().size());
        for (Rule r : ruleset.rules()) {
            writeString(out, r.id());
            writeString(out, r.category().name());
            out.writeDouble(r.weight());
            writeString(out, r.description());
            writeString(out, r.scope().name());
            out.writeBoolean(r.contactExchange());
            out.writeBoolean(r.warning() != null);
            if (r.warning() != null) {
                writeString(out, r.warning().code());
                writeString(out, r.warning().message());
            }
            writeStrings(out, r.patterns());
            writeContexts(out, r.near());
            writeContexts(out, r.unless());
            writeStrings(out, r.mustMatch());
            writeStrings(out, r.mustNotMatch());
            out.writeInt(r.suppressContact());
            out.writeBoolean(r.projectOnly());
            out.writeBoolean(r.suppressConcrete());
            out.writeInt(r.suppressFindings());
            out.writeBoolean(r.coversList());
            out.writeBoolean(r.clearsClassifier());
        }
    }

    private static Ruleset readRuleset(DataInput in) throws IOException {
        String version = readString(in);
        List<String> compoundWords = readStrings(in);
        int count = in.readInt();
        List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = readString(in);
            ViolationCategory category = ViolationCategory.valueOf(readString(in));
            double weight = in.readDouble();
            String description = readString(in);
            Rule.Scope scope = Rule.Scope.valueOf(readString(in));
            boolean contactExchange = in.readBoolean();
            Rule.WarningSpec warning = in.readBoolean() ? new Rule.WarningSpec(readString(in), readString(in)) : null;
            rules.add(new Rule(id, category, weight, description, scope, contactExchange, warning, readStrings(in),
                    readContexts(in), readContexts(in), readStrings(in), readStrings(in), in.readInt(),
                    in.readBoolean(), in.readBoolean(), in.readInt(), in.readBoolean(), in.readBoolean()));
        }
        return new Ruleset(version, compoundWords, rules);
    }

    private static void writeContexts(DataOutput out, List<Rule.Context> contexts) throws IOException {
        out.writeInt(contexts.size());
        for (Rule.Context c : contexts) {
            out.writeInt(c.window());
            writeStrings(out, c.patterns());
        }
    }

    private static List<Rule.Context> readContexts(DataInput in) throws IOException {
        int n = in.readInt();
        List<Rule.Context> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Rule.Context(in.readInt(), readStrings(in)));
        }
        return out;
    }

    private static void writeStrings(DataOutput out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString(in));
        }
        return out;
    }

    /** UTF-8 with an int length ({@code writeUTF} stops at 64 KB and has its own encoding). */
    private static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("corrupt string length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
