package dev.marketguard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketguard.core.screening.Reward;
import dev.marketguard.core.screening.RewardType;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The benchmark posting: a body of exactly {@value #BODY_LENGTH} characters (Java chars, as
 * the API's limits and evidence offsets count them) made of realistic text, built the same
 * way on every run.
 *
 * <p>Recipe: the bodies of the clean postings of {@code corpus/clean.jsonl} (no labels, not
 * tagged {@code tricky}), in file order, joined by blank lines; after the first paragraph break
 * past the middle, one violating paragraph ({@link #VIOLATING_SENTENCE}: a LINE ID and a phone
 * number, i.e. DIRECT_TRADING); cut to {@value #BODY_LENGTH} characters (never inside a
 * surrogate pair). The title is the first clean posting's title. The corpus file is bundled into
 * the jar at build time ({@code benchmarks/corpus/clean.jsonl}); {@link #sha256()} identifies
 * the exact text a figure was measured on, since teammates keep editing the corpus.
 *
 * <p>{@code java -cp benchmarks.jar dev.marketguard.benchmarks.BenchmarkPosting} prints the
 * posting as one {@code screen} command input line (JSON Lines).
 */
public final class BenchmarkPosting {
    public static final int BODY_LENGTH = 2_000;
    public static final String VIOLATING_SENTENCE =
            "急ぎのご相談はLINE（ID: yamada_design55）か090-1234-5678まで直接ご連絡ください。";
    public static final String CLIENT_ID = "c-bench";
    public static final Reward REWARD = new Reward(RewardType.FIXED, 50_000L);
    private static final String CORPUS = "/benchmarks/corpus/clean.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String title;
    private final String body;

    private BenchmarkPosting(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public static BenchmarkPosting build() {
        StringBuilder text = new StringBuilder(BODY_LENGTH * 2);
        String title = null;
        try (InputStream in = BenchmarkPosting.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CORPUS + " (built from functions/screening-engine/corpus)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && text.length() < BODY_LENGTH * 2) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item;
                try {
                    item = MAPPER.readTree(line);
                } catch (IOException halfWritten) {
                    continue; // the corpus reader skips such lines too
                }
                if (!"posting".equals(item.path("kind").asText()) || item.path("labels").size() != 0
                        || item.path("tags").toString().contains("\"tricky\"") || item.path("body").asText().isBlank()) {
                    continue;
                }
                if (title == null) {
                    title = item.path("title").asText();
                }
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(item.path("body").asText().strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int insertAt = text.indexOf("\n\n", BODY_LENGTH / 2);
        if (insertAt < 0 || text.length() < BODY_LENGTH + VIOLATING_SENTENCE.length()) {
            throw new IllegalStateException("not enough clean posting text in " + CORPUS);
        }
        text.insert(insertAt, "\n\n" + VIOLATING_SENTENCE);
        int end = BODY_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            // keep the pair whole: drop it and close with an ideographic full stop instead
            text.setCharAt(end - 1, '。');
        }
        text.setLength(end);
        return new BenchmarkPosting(title, text.toString());
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Submission.Posting submission(String postingId) {
        return new Submission.Posting(postingId, CLIENT_ID, title, body, WorkStyle.PROJECT, REWARD);
    }

    /** The request body of {@code POST /screenings/postings} (DESIGN.md section 5). */
    public String apiJson(String postingId) {
        return fields(MAPPER.createObjectNode().put("postingId", postingId)).toString();
    }

    /** Everything of {@link #apiJson} after {@code "postingId":"…",}: lets a caller vary the id cheaply. */
    public String apiJsonAfterId() {
        return fields(MAPPER.createObjectNode()).toString().substring(1);
    }

    /** One input line of the {@code screen} command. */
    public String screenLine(String postingId) {
        return fields(MAPPER.createObjectNode().put("kind", "posting").put("postingId", postingId)).toString();
    }

    private ObjectNode fields(ObjectNode node) {
        node.put("clientId", CLIENT_ID).put("title", title).put("body", body).put("workStyle", WorkStyle.PROJECT.code());
        node.putObject("reward").put("type", REWARD.type().code()).put("amount", REWARD.amount());
        return node;
    }

    /** SHA-256 (hex) of title + "\n" + body: which text a figure was measured on. */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints the posting as a {@code screen} input line; {@code --info} prints lengths and hash to stderr. */
    public static void main(String[] args) {
        BenchmarkPosting posting = build();
        if (args.length > 0 && args[0].equals("--text")) {
            System.out.println(posting.title());
            System.out.println(posting.body());
        } else {
            System.out.println(posting.screenLine("p-bench-1"));
        }
        System.err.println("benchmark posting: title " + posting.title().length() + " chars, body "
                + posting.body().length() + " chars, sha256 " + posting.sha256());
    }
}
