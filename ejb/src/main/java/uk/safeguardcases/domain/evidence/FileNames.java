package uk.safeguardcases.domain.evidence;

/** The name a file is kept under: the last part of whatever path the browser sent, nothing else. */
public final class FileNames {

    /** The longest name kept (the column's size). */
    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The bare file name: everything up to the last {@code /} or {@code \} removed (Unix and Windows paths,
     * including a drive such as {@code C:\}), control characters removed, surrounding white space trimmed.
     * "." and ".." are not names. Returns "" when nothing is left.
     */
    public static String withoutPath(String name) {
        if (name == null) {
            return "";
        }
        int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = name.substring(lastSeparator + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        String bare = kept.toString().strip();
        return bare.equals(".") || bare.equals("..") ? "" : bare;
    }
}
