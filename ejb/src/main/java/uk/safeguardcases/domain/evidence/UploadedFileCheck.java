package uk.safeguardcases.domain.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The one rule for a file anyone uploads (an officer's evidence, a member's proof, a member of the public's supplied
 * evidence): the size, the declared type among those accepted, and then the content itself. The type is detected from
 * the bytes by Apache Tika's detector (never from the name or the declared type) and must be the declared one; an
 * archive or an office document (a ZIP inside, as .docx and .odt are) is refused, since nothing packed inside another
 * file is accepted; a picture is refused when its header says it would take more than {@link #MAX_PIXELS} pixels to
 * draw, and a PDF when it has more than {@link #MAX_PDF_PAGES} pages, {@link #MAX_PDF_OBJECTS} objects, an image over
 * the pixel bound, streams that inflate to more than {@link #MAX_PDF_INFLATED_BYTES}, or when opening it takes longer
 * than {@link #PDF_TIME_LIMIT_SECONDS} seconds. A refusal says why ({@link Refusal}); the caller words it.
 */
public final class UploadedFileCheck {

    /** The most pixels a picture may need to be drawn: 50 million (an 8,660 × 5,773 photograph), 200 MB drawn. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** The most pages of an accepted PDF. */
    public static final int MAX_PDF_PAGES = 2_000;

    /** The most objects (numbered entries of its cross-reference table) of an accepted PDF. */
    public static final int MAX_PDF_OBJECTS = 200_000;

    /** The most a PDF's compressed streams may hold once inflated, all together: 256 MB. */
    public static final long MAX_PDF_INFLATED_BYTES = 256L * 1024 * 1024;

    /** The longest a PDF may take to be opened and walked. */
    public static final int PDF_TIME_LIMIT_SECONDS = 10;

    /** The most memory PDFBox may keep for the streams it makes while a PDF is opened. */
    static final long PDF_MEMORY_BYTES = 64L * 1024 * 1024;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** What the bytes must be detected as, per accepted type (or a narrower kind of it, as Tika names them). */
    private static final List<MediaType> ARCHIVES = List.of(MediaType.application("zip"),
            MediaType.application("gzip"), MediaType.application("x-gzip"), MediaType.application("x-7z-compressed"),
            MediaType.application("x-rar-compressed"), MediaType.application("vnd.rar"), MediaType.application("x-tar"),
            MediaType.application("x-bzip2"), MediaType.application("x-bzip"), MediaType.application("x-xz"),
            MediaType.application("zstd"), MediaType.application("x-lzma"), MediaType.application("x-compress"),
            MediaType.application("java-archive"), MediaType.application("x-archive"), MediaType.application("x-cpio"),
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"),
            MediaType.application("vnd.ms-cab-compressed"), MediaType.application("x-iso9660-image"));

    /** Text a browser or a reader would render as a page or a document, not show as typed. */
    private static final List<MediaType> MARKUP = List.of(MediaType.text("html"), MediaType.application("xhtml+xml"),
            MediaType.application("xml"), MediaType.text("xml"), MediaType.image("svg+xml"),
            MediaType.text("javascript"), MediaType.application("javascript"), MediaType.application("rtf"),
            MediaType.text("rtf"));

    /** At most two PDFs opened at once on a node; more wait their turn (a few) or are asked to try again. */
    private static final ThreadPoolExecutor PDF_OPENERS = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), runnable -> {
                Thread thread = new Thread(runnable, "uploaded-pdf-check");
                thread.setDaemon(true);
                return thread;
            });

    static {
        PDF_OPENERS.allowCoreThreadTimeOut(true);
    }

    private UploadedFileCheck() {
    }

    /** Why a file is refused. */
    public enum Refusal {
        /** Nothing in it. */
        EMPTY,
        /** Over {@link FileType#MAX_BYTES}. */
        TOO_LARGE,
        /** No type declared. */
        NO_TYPE,
        /** A declared type that is not accepted. */
        TYPE_NOT_ACCEPTED,
        /** The bytes are of another type than the one declared. */
        NOT_ITS_TYPE,
        /** An archive or an office document: files packed inside another. */
        ARCHIVE,
        /** Declared as plain text but a web page, XML or a script a browser would run. */
        MARKUP,
        /** A picture larger than {@link #MAX_PIXELS} to draw. */
        TOO_MANY_PIXELS,
        /** A PDF over a bound of pages, objects, images, inflated streams or time. */
        PDF_TOO_LARGE_TO_OPEN,
        /** A PDF that asks for a password to be opened. */
        PDF_PROTECTED,
        /** A picture or PDF whose structure cannot be read. */
        UNREADABLE,
        /** Too many PDFs being checked on this server at this moment. */
        BUSY
    }

    /**
     * The outcome: the accepted type, or the refusal, with what the bytes were detected as (a media type, e.g.
     * {@code application/zip}; "" when not detected).
     */
    public record Verdict(FileType type, Refusal refusal, String detected) {

        public boolean accepted() {
            return refusal == null;
        }

        public Optional<Refusal> refused() {
            return Optional.ofNullable(refusal);
        }

        static Verdict accept(FileType type, String detected) {
            return new Verdict(type, null, detected);
        }

        static Verdict refuse(FileType declared, Refusal refusal, String detected) {
            return new Verdict(declared, refusal, detected);
        }
    }

    /** The check against every type the product accepts ({@link FileType}). */
    public static Verdict check(String declaredType, byte[] content) {
        return check(declaredType, content, Set.of(FileType.values()));
    }

    /**
     * Checks a file: its size, its declared type among {@code accepted}, then its bytes. The declared type may carry
     * parameters ({@code ; charset=utf-8}); its case does not matter.
     */
    public static Verdict check(String declaredType, byte[] content, Set<FileType> accepted) {
        if (content == null || content.length == 0) {
            return Verdict.refuse(null, Refusal.EMPTY, "");
        }
        if (content.length > FileType.MAX_BYTES) {
            return Verdict.refuse(null, Refusal.TOO_LARGE, "");
        }
        String declared = FileType.normalise(declaredType);
        if (declared.isEmpty()) {
            return Verdict.refuse(null, Refusal.NO_TYPE, "");
        }
        Optional<FileType> type = FileType.forContentType(declared).filter(accepted::contains);
        if (type.isEmpty()) {
            return Verdict.refuse(null, Refusal.TYPE_NOT_ACCEPTED, "");
        }
        MediaType detected = detect(content);
        String seen = detected.toString();
        if (isAny(detected, ARCHIVES)) {
            return Verdict.refuse(type.get(), Refusal.ARCHIVE, seen);
        }
        if (type.get() == FileType.TEXT) {
            if (isAny(detected, MARKUP)) {
                return Verdict.refuse(type.get(), Refusal.MARKUP, seen);
            }
            if (!REGISTRY.isInstanceOf(detected, MediaType.TEXT_PLAIN) || !type.get().matches(content)) {
                return Verdict.refuse(type.get(), Refusal.NOT_ITS_TYPE, seen);
            }
            return Verdict.accept(type.get(), seen);
        }
        if (!REGISTRY.isInstanceOf(detected, MediaType.parse(type.get().contentType())) || !type.get().matches(content)) {
            return Verdict.refuse(type.get(), Refusal.NOT_ITS_TYPE, seen);
        }
        Optional<Refusal> drawing = type.get() == FileType.PDF ? pdfRefusal(content) : pictureRefusal(type.get(), content);
        return drawing.map(r -> Verdict.refuse(type.get(), r, seen)).orElseGet(() -> Verdict.accept(type.get(), seen));
    }

    /** What Tika's detector makes of the bytes alone (no name, no declared type): its magic, then text or not. */
    static MediaType detect(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            return TYPES.detect(in, new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static boolean isAny(MediaType detected, List<MediaType> kinds) {
        return kinds.stream().anyMatch(kind -> REGISTRY.isInstanceOf(detected, kind));
    }

    /** A picture's size from its header only: nothing is drawn. */
    static Optional<Refusal> pictureRefusal(FileType type, byte[] content) {
        long[] size = type == FileType.WEBP ? webpSize(content) : headerSize(content);
        if (size == null) {
            return Optional.of(Refusal.UNREADABLE);
        }
        return size[0] * size[1] > MAX_PIXELS ? Optional.of(Refusal.TOO_MANY_PIXELS) : Optional.empty();
    }

    private static long[] headerSize(byte[] content) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new long[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The canvas of a WebP from its first chunk (lossy VP8, lossless VP8L, or extended VP8X). */
    static long[] webpSize(byte[] c) {
        if (c.length < 30) {
            return null;
        }
        String chunk = new String(c, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> new long[] {((c[26] & 0xff) | (c[27] & 0xff) << 8) & 0x3fff,
                ((c[28] & 0xff) | (c[29] & 0xff) << 8) & 0x3fff};
            case "VP8L" -> {
                long bits = (c[21] & 0xffL) | (c[22] & 0xffL) << 8 | (c[23] & 0xffL) << 16 | (c[24] & 0xffL) << 24;
                yield new long[] {(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1};
            }
            case "VP8X" -> new long[] {((c[24] & 0xffL) | (c[25] & 0xffL) << 8 | (c[26] & 0xffL) << 16) + 1,
                ((c[27] & 0xffL) | (c[28] & 0xffL) << 8 | (c[29] & 0xffL) << 16) + 1};
            default -> null;
        };
    }

    /** A PDF opened and walked on one of the checkers' threads, within the time limit. */
    static Optional<Refusal> pdfRefusal(byte[] content) {
        Future<Optional<Refusal>> opened;
        try {
            opened = PDF_OPENERS.submit(() -> walk(content));
        } catch (RejectedExecutionException e) {
            return Optional.of(Refusal.BUSY);
        }
        try {
            return opened.get(PDF_TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // PDFBox does not stop when interrupted; its thread is one of two, and the answer is given now.
            opened.cancel(true);
            return Optional.of(Refusal.PDF_TOO_LARGE_TO_OPEN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened.cancel(true);
            return Optional.of(Refusal.BUSY);
        } catch (ExecutionException e) {
            // A structure PDFBox cannot parse (a nesting deep enough to overflow its stack included).
            return Optional.of(Refusal.UNREADABLE);
        }
    }

    private static Optional<Refusal> walk(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY_BYTES).streamCache)) {
            COSDocument objects = document.getDocument();
            if (objects.getXrefTable().size() > MAX_PDF_OBJECTS) {
                return Optional.of(Refusal.PDF_TOO_LARGE_TO_OPEN);
            }
            int pages = 0;
            for (PDPage ignored : document.getPages()) {
                if (++pages > MAX_PDF_PAGES) {
                    return Optional.of(Refusal.PDF_TOO_LARGE_TO_OPEN);
                }
            }
            long inflated = 0;
            for (COSObjectKey key : new ArrayList<>(objects.getXrefTable().keySet())) {
                COSBase object = objects.getObjectFromPool(key).getObject();
                if (object instanceof COSStream stream) {
                    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                            && (long) stream.getInt(COSName.WIDTH, stream.getInt(COSName.W, 0))
                            * stream.getInt(COSName.HEIGHT, stream.getInt(COSName.H, 0)) > MAX_PIXELS) {
                        return Optional.of(Refusal.PDF_TOO_LARGE_TO_OPEN);
                    }
                    inflated += inflatedSize(stream, MAX_PDF_INFLATED_BYTES - inflated);
                    if (inflated > MAX_PDF_INFLATED_BYTES) {
                        return Optional.of(Refusal.PDF_TOO_LARGE_TO_OPEN);
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(Refusal.PDF_PROTECTED);
        } catch (IOException | RuntimeException e) {
            return Optional.of(Refusal.UNREADABLE);
        }
    }

    /**
     * How many bytes a stream whose first filter is Flate inflates to, counted up to {@code most} + 1 without keeping
     * them (0 for any other stream: images are bounded by their declared size, and no other filter multiplies).
     */
    private static long inflatedSize(COSStream stream, long most) throws IOException {
        COSBase filters = stream.getFilters();
        COSBase first = filters instanceof COSArray array && array.size() > 0 ? array.getObject(0) : filters;
        if (!COSName.FLATE_DECODE.equals(first) && !COSName.FLATE_DECODE_ABBREVIATION.equals(first)) {
            return 0;
        }
        long counted = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream raw = stream.createRawInputStream(); InputStream in = new InflaterInputStream(raw)) {
            int read;
            while (counted <= most && (read = in.read(buffer)) > 0) {
                counted += read;
            }
        } catch (java.util.zip.ZipException e) {
            return counted;
        }
        return counted;
    }
}
