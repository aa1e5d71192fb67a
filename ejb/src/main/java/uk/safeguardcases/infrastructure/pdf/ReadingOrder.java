package uk.safeguardcases.infrastructure.pdf;

import java.text.Bidi;

/**
 * Text as a PDF line shows it. The PDF library lays characters out left to right in the order they are stored, so a
 * right-to-left run (a Hebrew or Arabic name in an English note) is put in the order it is read (Unicode bidirectional
 * algorithm, {@link Bidi}), its brackets mirrored; and the marks that only steer that order (U+200E, U+200F and the
 * other format characters) are left out, having no glyph. A reader of the PDF, and a program that extracts its text,
 * then get the words as they were typed. Each line of a text is ordered on its own.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    static String visual(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(withoutMarks(ordered(lines[i])));
        }
        return out.toString();
    }

    private static String ordered(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, startsRightToLeft(line) ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int r = 0; r < count; r++) {
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            levels[r] = (byte) bidi.getRunLevel(r);
            runs[r] = (levels[r] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder visual = new StringBuilder(line.length());
        for (Object run : runs) {
            visual.append(run);
        }
        return visual.toString();
    }

    /**
     * Whether the line's first letter is written right to left: then the whole line is. A mark (U+200F) does not
     * decide it, as it would under the algorithm's default: the documents are English, and a mark typed before a
     * Hebrew name only steers that name.
     */
    private static boolean startsRightToLeft(String line) {
        return line.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).map(Character::getDirectionality)
                .filter(d -> d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                .findFirst().orElse(Character.DIRECTIONALITY_LEFT_TO_RIGHT) != Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    /** A right-to-left run, last character first (a surrogate pair kept whole), brackets turned round. */
    private static String reversed(String run) {
        int[] points = run.codePoints().toArray();
        StringBuilder out = new StringBuilder(run.length());
        for (int i = points.length - 1; i >= 0; i--) {
            out.appendCodePoint(mirrored(points[i]));
        }
        return out.toString();
    }

    private static int mirrored(int c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> c;
        };
    }

    private static String withoutMarks(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
