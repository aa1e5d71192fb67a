/*
 * Copyright The WildFly Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Changed by Safeguard Cases (2026-11-25) from wildfly-clustering-marshalling-spi 9.0.2.Final, the version WildFly
 * 39.0.1.Final ships: the bytes of the wrapped object are marshalled once per hand-out of the object (a snapshot), and
 * both size() and getBuffer() answer from that one marshalling. Everything else is as WildFly's.
 *
 * Why: a session's attributes are kept in the cache as a live object (get() keeps the object and drops the bytes), and
 * WildFly marshalled it twice for each copy it sent, once for its length (size(), which also ran outside the
 * deployment's class loader: upstream wildfly-clustering 3fdab583, "Weld may miscompute size due to TCCL differences
 * with write operation", in 12.0.0.CR1 only) and once for its bytes (getBuffer()). A copy sent when a node joined
 * (state transfer, on Infinispan's thread, while a request of that session could be changing the object) could then
 * carry a length that did not match its bytes: the joining node could not read it and never became ready
 * (ClusterIT's rolling restart).
 *
 * What it relies on: whoever changes the wrapped object got it from get() (which drops the snapshot), or writes a new
 * wrapper with it; WildFly 9.0.2's sessions do both (each request reads through get() and puts a new wrapper at its
 * end). What it costs: a session's owner keeps the bytes of its last copy beside the live object until a request
 * takes the session again (this product's sessions are small).
 */
package org.wildfly.clustering.marshalling;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * {@link MarshalledValue} implementation that uses a {@link ByteBufferMarshaller}.
 * @author Paul Ferraro
 * @param <V> the type wrapped by this marshalled value
 */
public class ByteBufferMarshalledValue<V> implements MarshalledValue<V, ByteBufferMarshaller>, Serializable {
	private static final long serialVersionUID = -8419893544424515905L;

	private transient volatile ByteBufferMarshaller marshaller;
	private transient volatile V object;
	private transient volatile ByteBuffer buffer;
	// The object's bytes from one marshalling, answered by size() and getBuffer() alike until get() hands the object
	// out again (whoever has it may then change it).
	private transient volatile ByteBuffer snapshot;

	/**
	 * Constructs a marshalled value from the specified object and marshaller.
	 * @param object the wrapped object
	 * @param marshaller a marshaller suitable for marshalling the specified object
	 */
	public ByteBufferMarshalledValue(V object, ByteBufferMarshaller marshaller) {
		this.marshaller = marshaller;
		this.object = object;
	}

	/**
	 * Constructs a marshalled value from the specified byte buffer.
	 * This constructor is only public to facilitate marshallers of this object (from other packages).
	 * The byte buffer parameter must not be read outside the context of this object.
	 * @param buffer a byte buffer
	 */
	public ByteBufferMarshalledValue(ByteBuffer buffer) {
		this.buffer = (buffer != null) ? buffer.duplicate() : null;
	}

	// Used for testing purposes only
	V peek() {
		return this.object;
	}

	/**
	 * Indicates whether or not this value is empty.
	 * @return true, if this value is empty, false otherwise
	 */
	public synchronized boolean isEmpty() {
		return (this.buffer == null) && (this.object == null);
	}

	/**
	 * Returns the byte buffer of this value, marshalling it if necessary.
	 * @return the byte buffer of this value.
	 * @throws IOException if the value could not be marshalled
	 */
	public synchronized ByteBuffer getBuffer() throws IOException {
		ByteBuffer buffer = this.buffer;
		if ((buffer == null) && (this.object != null)) {
			// The wrapped object is likely mutable: its bytes are kept only until get() hands it out again.
			ByteBuffer snapshot = this.snapshot;
			if (snapshot == null) {
				snapshot = this.marshaller.write(this.object);
				this.snapshot = snapshot;
				// N.B. Refrain from logging wrapped object
				// If wrapped object contains an EJB proxy, toString() will trigger an EJB invocation!
				Logger.INSTANCE.log(System.Logger.Level.TRACE, "Marshalled size of {0} object = {1} bytes", this.object.getClass().getCanonicalName(), snapshot.remaining());
			}
			return snapshot.duplicate();
		}
		return buffer;
	}

	/**
	 * If present, returns the size of the buffer returned by {@link #getBuffer()}.
	 * @return an optional buffer size
	 */
	public synchronized OptionalInt size() {
		// N.B. Buffer position is guarded by synchronization on this object
		// We invalidate buffer upon reading it, ensuring that ByteBuffer.remaining() returns the effective buffer size
		if ((this.buffer != null) || (this.object == null)) {
			return (this.buffer != null) ? OptionalInt.of(this.buffer.remaining()) : this.marshaller.size(this.object);
		}
		// The length of the very bytes getBuffer() will answer, marshalled as getBuffer() marshals them (in the
		// marshaller's own class loader context), not a second marshalling of an object that may have changed since.
		try {
			return OptionalInt.of(this.getBuffer().remaining());
		} catch (IOException e) {
			return OptionalInt.empty();
		}
	}

	@SuppressWarnings("unchecked")
	@Override
	public synchronized V get(ByteBufferMarshaller marshaller) throws IOException {
		// Whoever gets the object may change it: its next copy is marshalled afresh.
		this.snapshot = null;
		if (this.object == null) {
			this.marshaller = marshaller;
			if (this.buffer != null) {
				// Invalidate buffer after reading object
				this.object = (V) this.marshaller.read(this.buffer);
				this.buffer = null;
			}
		}
		return this.object;
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.object);
	}

	@Override
	public boolean equals(Object object) {
		if ((object == null) || !(object instanceof ByteBufferMarshalledValue value)) return false;
		Object ourObject = this.object;
		Object theirObject = value.object;
		if ((ourObject != null) && (theirObject != null)) {
			return ourObject.equals(theirObject);
		}
		try {
			return Objects.equals(this.getBuffer(), value.getBuffer());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String toString() {
		// N.B. Refrain from logging wrapped object
		// If wrapped object contains an EJB proxy, toString() will trigger an EJB invocation!
		return String.format("%s [%s]", this.getClass().getName(), (this.object != null) ? this.object.getClass().getName() : "<serialized>");
	}

	/**
	 * Writes this object to the specified output stream.
	 * @param output an output stream
	 * @throws IOException if the fields of this object could not be written
	 */
	private void writeObject(ObjectOutputStream output) throws IOException {
		output.defaultWriteObject();
		ByteBuffer buffer = this.getBuffer();
		int length = (buffer != null) ? buffer.remaining() : 0;
		IndexSerializer.VARIABLE.writeInt(output, length);
		if (length > 0) {
			if (buffer.hasArray()) {
				output.write(buffer.array(), buffer.arrayOffset() + buffer.position(), length);
			} else {
				ByteBuffer duplicate = buffer.duplicate();
				byte[] chunk = new byte[Math.min(length, Byte.MAX_VALUE + 1)];
				while (duplicate.hasRemaining()) {
					int bytes = Math.min(duplicate.remaining(), chunk.length);
					duplicate.get(chunk, 0, bytes);
					output.write(chunk, 0, bytes);
				}
			}
		}
	}

	/**
	 * Reads this object from the specified input stream.
	 * @param input an input stream
	 * @throws IOException if the fields of this object could not be read
	 * @throws ClassNotFoundException if this class could not be loaded by the class loader of the current thread context
	 */
	private void readObject(ObjectInputStream input) throws IOException, ClassNotFoundException {
		input.defaultReadObject();
		int size = IndexSerializer.VARIABLE.readInt(input);
		byte[] bytes = (size > 0) ? new byte[size] : null;
		if (bytes != null) {
			input.readFully(bytes);
		}
		this.buffer = (bytes != null) ? ByteBuffer.wrap(bytes) : null;
	}
}
