package org.wildfly.clustering.marshalling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A session copy's length and its bytes come from one marshalling, whatever happens to the live object between the
 * two questions; the object's next copy, once it has been handed out again, is marshalled afresh.
 */
class ByteBufferMarshalledValueTest {

    private final CountingMarshaller marshaller = new CountingMarshaller();

    @Test
    void theLengthIsTheLengthOfTheBytesSentEvenIfTheObjectChangesBetween() throws Exception {
        List<String> views = new ArrayList<>(List.of("Tŷ Siân – “view 1” 🙂"));
        ByteBufferMarshalledValue<List<String>> value = new ByteBufferMarshalledValue<>(views, marshaller);

        int length = value.size().getAsInt();
        views.add("view 2, added by a request while the copy is written");
        ByteBuffer sent = value.getBuffer();

        assertThat(sent.remaining()).isEqualTo(length);
        assertThat(marshaller.read(sent)).isEqualTo(List.of("Tŷ Siân – “view 1” 🙂"));
        assertThat(marshaller.writes.get()).as("one marshalling for both").isEqualTo(1);
    }

    @Test
    void theSameBytesEachTimeTheyAreReadUntilTheObjectIsHandedOutAgain() throws Exception {
        List<String> views = new ArrayList<>(List.of("a"));
        ByteBufferMarshalledValue<List<String>> value = new ByteBufferMarshalledValue<>(views, marshaller);
        ByteBuffer first = value.getBuffer();
        first.position(first.limit()); // a writer that consumes what it sends
        ByteBuffer second = value.getBuffer();
        assertThat(second.remaining()).isEqualTo(value.size().getAsInt()).isPositive();
        assertThat(marshaller.read(second)).isEqualTo(List.of("a"));

        List<String> handedOut = value.get(marshaller);
        handedOut.add("b");
        ByteBuffer afterwards = value.getBuffer();
        assertThat(value.size().getAsInt()).isEqualTo(afterwards.remaining());
        assertThat(marshaller.read(afterwards)).isEqualTo(List.of("a", "b"));
        assertThat(marshaller.writes.get()).isEqualTo(2);
    }

    @Test
    void aValueReadFromBytesAnswersWithThemAsBefore() throws Exception {
        ByteBuffer bytes = marshaller.write(new ArrayList<>(List.of("£5")));
        ByteBufferMarshalledValue<List<String>> value = new ByteBufferMarshalledValue<>(bytes);
        assertThat(value.size().getAsInt()).isEqualTo(bytes.remaining());
        assertThat(value.get(marshaller)).isEqualTo(List.of("£5"));
        assertThat(value.isEmpty()).isFalse();
    }

    /** Java serialization, counting its marshallings. */
    private static final class CountingMarshaller implements ByteBufferMarshaller {

        final AtomicInteger writes = new AtomicInteger();

        @Override
        public Object readFrom(InputStream input) throws IOException {
            try (ObjectInputStream objects = new ObjectInputStream(input)) {
                return objects.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void writeTo(OutputStream output, Object object) throws IOException {
            writes.incrementAndGet();
            try (ObjectOutputStream objects = new ObjectOutputStream(output)) {
                objects.writeObject(new ArrayList<>((List<?>) object));
            }
        }

        @Override
        public boolean test(Object object) {
            return object instanceof List;
        }
    }
}
