package dev.marketguard.screening.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * int[] and long[] to and from a binary stream as a length and one bulk copy: the compiled
 * ruleset's arrays (hundreds of thousands of ints) are read at every cold start, before the JIT
 * has compiled anything, so one copy per array rather than a stream call per int.
 */
public final class BinaryArrays {
    private BinaryArrays() {
    }

    public static void writeInts(DataOutput out, int[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES);
        bytes.asIntBuffer().put(values);
        out.writeInt(values.length);
        out.write(bytes.array());
    }

    public static int[] readInts(DataInput in) throws IOException {
        int[] values = new int[length(in)];
        byte[] bytes = new byte[values.length * Integer.BYTES];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    public static void writeLongs(DataOutput out, long[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
        bytes.asLongBuffer().put(values);
        out.writeInt(values.length);
        out.write(bytes.array());
    }

    public static long[] readLongs(DataInput in) throws IOException {
        long[] values = new long[length(in)];
        byte[] bytes = new byte[values.length * Long.BYTES];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
    }

    private static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 26) {
            throw new IOException("corrupt array length " + n);
        }
        return n;
    }
}
