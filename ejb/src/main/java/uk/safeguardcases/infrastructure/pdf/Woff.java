package uk.safeguardcases.infrastructure.pdf;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a WOFF 1.0 font (the form fonts come in from the npm registry) back into the TrueType file it wraps, which
 * is what the PDF library embeds: each table is inflated if it was compressed, and the tables are laid out again
 * with the sfnt header and directory (W3C WOFF File Format 1.0, section 5).
 */
final class Woff {

    private static final int SIGNATURE = 0x774F4646; // "wOFF"
    private static final int HEADER = 44;
    private static final int DIRECTORY_ENTRY = 20;

    private Woff() {
    }

    static byte[] toSfnt(byte[] woff) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < HEADER || in.getInt(0) != SIGNATURE) {
            throw new IllegalArgumentException("Not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        int tables = Short.toUnsignedInt(in.getShort(12));
        int totalSize = in.getInt(16);
        ByteBuffer out = ByteBuffer.allocate(totalSize);
        int power = Integer.highestOneBit(tables);
        int entrySelector = Integer.numberOfTrailingZeros(power);
        out.putInt(flavor).putShort((short) tables).putShort((short) (power * 16))
                .putShort((short) entrySelector).putShort((short) (tables * 16 - power * 16));
        int offset = 12 + tables * 16;
        for (int i = 0; i < tables; i++) {
            int entry = HEADER + i * DIRECTORY_ENTRY;
            int tag = in.getInt(entry);
            int from = in.getInt(entry + 4);
            int compressedLength = in.getInt(entry + 8);
            int length = in.getInt(entry + 12);
            int checksum = in.getInt(entry + 16);
            byte[] table = compressedLength == length ? java.util.Arrays.copyOfRange(woff, from, from + length)
                    : inflate(woff, from, compressedLength, length);
            out.putInt(12 + i * 16, tag).putInt(12 + i * 16 + 4, checksum).putInt(12 + i * 16 + 8, offset)
                    .putInt(12 + i * 16 + 12, length);
            out.put(offset, table);
            offset += (length + 3) & ~3;
        }
        return out.array();
    }

    private static byte[] inflate(byte[] woff, int from, int compressedLength, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, from, compressedLength);
            byte[] table = new byte[length];
            int read = 0;
            while (read < length && !inflater.finished()) {
                read += inflater.inflate(table, read, length - read);
            }
            if (read != length) {
                throw new IllegalArgumentException("A WOFF table inflated to " + read + " bytes, not " + length);
            }
            return table;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("A WOFF table could not be inflated", e);
        } finally {
            inflater.end();
        }
    }
}
