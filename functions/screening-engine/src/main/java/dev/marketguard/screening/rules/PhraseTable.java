package dev.marketguard.screening.rules;

import dev.marketguard.screening.analysis.BinaryArrays;
import dev.marketguard.screening.analysis.PhraseAutomaton;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ruleset's phrase patterns compiled for one automaton pass: every literal their alternatives
 * expand to (204k for the shipped ruleset), which pattern slot each literal serves, and the
 * gapped patterns ({@code A <N> B}) as chains of part slots. Compiling it is most of a cold start's
 * work (~0.5 s with C1), so the build does it once and ships it in the compiled ruleset
 * ({@link CompiledRuleset}); it can also be compiled on the spot from the patterns.
 */
final class PhraseTable {
    /** Latin-script phrases match whole words only ("rdp" is not in "wordpress"). */
    static final int LEFT_BOUNDED = 1 << 30;
    static final int RIGHT_BOUNDED = 1 << 29;
    static final int PATTERN_BITS = RIGHT_BOUNDED - 1;

    /** A gapped pattern: hits of part i+1 must start within gaps[i] chars of part i's end. */
    record Chain(int pattern, int[] parts, int[] gaps) {
    }

    final PhraseAutomaton automaton;
    /**
     * Per phrase (its rank among the sorted distinct literals, which is what the automaton
     * reports), one int read per hit: the pattern it serves and its word-boundary flags when it
     * serves one (96% of phrases), else {@code -(1 + offset)} of {@code [flags, count, patterns...]}
     * in {@link #sharedTargets}.
     */
    final int[] phraseInfo;
    final int[] sharedTargets;
    final Chain[] chains;
    /** Pattern slots in all: the ruleset's patterns, then one per part of each chain. */
    final int slotCount;

    private PhraseTable(PhraseAutomaton automaton, int[] phraseInfo, int[] sharedTargets, Chain[] chains, int slotCount) {
        this.automaton = automaton;
        this.phraseInfo = phraseInfo;
        this.sharedTargets = sharedTargets;
        this.chains = chains;
        this.slotCount = slotCount;
    }

    /**
     * Compiles phrase patterns (the pattern language of {@link PatternSyntax}); {@code slots[i]} is
     * pattern i's slot, and chain parts get new slots from {@code firstFreeSlot} on.
     */
    static PhraseTable compile(List<String> patterns, int[] slots, int firstFreeSlot) {
        int nextSlot = firstFreeSlot;
        Map<String, List<Integer>> literalTargets = new LinkedHashMap<>();
        List<Chain> chains = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            PatternSyntax.Chain chain = PatternSyntax.parse(patterns.get(i));
            if (chain.parts().size() == 1) {
                for (String literal : chain.parts().get(0)) {
                    literalTargets.computeIfAbsent(literal, k -> new ArrayList<>()).add(slots[i]);
                }
                continue;
            }
            int[] parts = new int[chain.parts().size()];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = nextSlot++;
                for (String literal : chain.parts().get(p)) {
                    literalTargets.computeIfAbsent(literal, k -> new ArrayList<>()).add(parts[p]);
                }
            }
            chains.add(new Chain(slots[i], parts, chain.gaps()));
        }
        List<String> phrases = new ArrayList<>(literalTargets.keySet());
        phrases.sort(null);
        int[] phraseInfo = new int[phrases.size()];
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            String ph = phrases.get(i);
            int flags = (isAsciiAlnum(ph.charAt(0)) ? LEFT_BOUNDED : 0)
                    | (isAsciiAlnum(ph.charAt(ph.length() - 1)) ? RIGHT_BOUNDED : 0);
            List<Integer> targets = literalTargets.get(ph);
            if (targets.size() == 1 && targets.get(0) <= PATTERN_BITS) {
                phraseInfo[i] = flags | targets.get(0);
            } else {
                phraseInfo[i] = -1 - shared.size();
                shared.add(flags);
                shared.add(targets.size());
                shared.addAll(targets);
            }
        }
        return new PhraseTable(new PhraseAutomaton(phrases), phraseInfo, Ints.toArray(shared),
                chains.toArray(new Chain[0]), nextSlot);
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    void writeTo(DataOutput out) throws IOException {
        automaton.writeTo(out);
        BinaryArrays.writeInts(out, phraseInfo);
        BinaryArrays.writeInts(out, sharedTargets);
        out.writeInt(chains.length);
        for (Chain c : chains) {
            out.writeInt(c.pattern());
            BinaryArrays.writeInts(out, c.parts());
            BinaryArrays.writeInts(out, c.gaps());
        }
        out.writeInt(slotCount);
    }

    static PhraseTable readFrom(DataInput in) throws IOException {
        PhraseAutomaton automaton = PhraseAutomaton.readFrom(in);
        int[] phraseInfo = BinaryArrays.readInts(in);
        int[] sharedTargets = BinaryArrays.readInts(in);
        Chain[] chains = new Chain[in.readInt()];
        for (int i = 0; i < chains.length; i++) {
            chains[i] = new Chain(in.readInt(), BinaryArrays.readInts(in), BinaryArrays.readInts(in));
        }
        return new PhraseTable(automaton, phraseInfo, sharedTargets, chains, in.readInt());
    }
}
