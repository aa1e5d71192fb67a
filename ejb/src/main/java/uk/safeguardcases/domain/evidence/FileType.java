package uk.safeguardcases.domain.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The only kinds of file that may be attached to evidence, with the content type a browser declares and
 * the signature ("magic bytes") the content itself must start with. A file is accepted only when both
 * agree, so a renamed or mislabelled file is refused.
 */
public enum FileType {
    PNG("image/png", "PNG image", "png"),
    JPEG("image/jpeg", "JPEG image", "jpg"),
    GIF("image/gif", "GIF image", "gif"),
    WEBP("image/webp", "WebP image", "webp"),
    PDF("application/pdf", "PDF document", "pdf"),
    TEXT("text/plain", "plain-text file", "txt");

    /** 10 MB: the largest file that may be attached. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MARK = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;
    private final String label;
    private final String extension;

    FileType(String contentType, String label, String extension) {
        this.contentType = contentType;
        this.label = label;
        this.extension = extension;
    }

    /** The canonical content type, as stored. */
    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /**
     * The allowed type a declared content type names: case-insensitive, parameters such as
     * {@code ; charset=utf-8} ignored. Empty when the type is missing or not allowed.
     */
    public static Optional<FileType> forContentType(String declared) {
        String type = normalise(declared);
        return Arrays.stream(values()).filter(t -> t.contentType.equals(type)).findFirst();
    }

    /** The declared type without parameters, trimmed and in lower case ("" when missing). */
    public static String normalise(String declared) {
        if (declared == null) {
            return "";
        }
        int parameters = declared.indexOf(';');
        return (parameters < 0 ? declared : declared.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The name a file of evidence is given to download or to keep: {@code evidence-<number>} and the extension
     * of its checked type, never of the name the uploader chose (a text file named {@code x.hta} would run on
     * a double click on Windows). No extension when the type is not one of these.
     */
    public static String evidenceFileName(long number, String contentType) {
        return "evidence-" + number + forContentType(contentType).map(t -> "." + t.extension).orElse("");
    }

    /** The binary type the content's signature shows, if any (plain text has no signature). */
    public static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> t != TEXT && t.hasSignatureOf(content)).findFirst();
    }

    /**
     * Whether the content really is of this type: the binary types by their signature; plain text when it
     * has no NUL byte and does not carry the signature of one of the binary types.
     */
    public boolean matches(byte[] content) {
        if (content == null || content.length == 0) {
            return false;
        }
        if (this == TEXT) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return sniff(content).isEmpty();
        }
        return hasSignatureOf(content);
    }

    private boolean hasSignatureOf(byte[] content) {
        return switch (this) {
            case PNG -> startsWith(content, 0, PNG_SIGNATURE);
            case JPEG -> startsWith(content, 0, JPEG_SIGNATURE);
            case GIF -> startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89);
            case WEBP -> startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_MARK);
            case PDF -> startsWith(content, 0, PDF_SIGNATURE);
            case TEXT -> false;
        };
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        if (content == null || content.length < offset + signature.length) {
            return false;
        }
        return Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
    }
}
